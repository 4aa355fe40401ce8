"""Line tests that several cleaning rules share: whether an editorial pattern matches a line,
whether a line is a scraped fragment or repeated site-wide, and how a page's running header
compares with its other copies."""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

import ahocorasick

from .editorial import Editorial, Pattern
from .literals import fold
from .structure import looks_like_heading
from .text import ends_sentence, fingerprint, sentences, word_count


@lru_cache(maxsize=1 << 16)   # asked of every line by three rules
def page_key(line: str) -> str:
    """How lines of a page's header or footer compare: as fingerprints, numbers ignored, since
    page numbers differ from page to page ("Operations Column (1/3)", "(2/3)")."""
    return fingerprint(re.sub(r"\d+", "0", line))


def page_numbered_keys(lines: list[str]) -> set[str]:
    """Keys (page_key) of lines that come back elsewhere in the article with other numbers
    only: "E-commerce Chronicle (1/3)" ... "(2/3)". A title given twice comes back the same."""
    by_key: dict[str, set[str]] = defaultdict(set)
    for line in lines:
        if any(ch.isdigit() for ch in line):
            by_key[page_key(line)].add(line)
    return {key for key, texts in by_key.items() if len(texts) > 1}


def all_repeated(line: str, repeated: frozenset[str]) -> bool:
    return bool(repeated) and all(fingerprint(s) in repeated for s in sentences(line))


def matches_pattern(line: str, ed: Editorial, by_sentence: bool = False) -> bool:
    """Whether a pattern matches the line, or with by_sentence one of its sentences as
    cleaning tries them (at the top: "Can't see the pictures? View this email in your
    browser" is no title)."""
    folded = fold(line)
    candidates = patterns_for(folded, ed)
    parts = {line, *sentences(line)} if by_sentence else {line}
    return any(p.search(part, fold(part)) for part in parts for p in candidates)


def patterns_for(folded_line: str, ed: Editorial) -> list[Pattern]:
    """The patterns that may match in a line (kb.literals.fold of it) or any part of it, in
    their order: those with a literal that occurs in it, and those with none to tell."""
    found = set(ed.unfiltered)
    if ed.pattern_finder.kind == ahocorasick.AHOCORASICK:
        for _, indices in ed.pattern_finder.iter(folded_line):
            found.update(indices)
    return [ed.patterns[i] for i in sorted(found)]


def is_fragment(line: str, ed: Editorial) -> bool:
    """Scraped navigation or a caption: a few words with no sentence punctuation."""
    if line in ed.keep or looks_like_heading(line):
        return False
    return bool(ed.breadcrumb.search(line)) or (word_count(line) <= 6 and not ends_sentence(line))
