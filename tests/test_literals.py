"""The first look before an editorial pattern's search (kb/literals.py) never skips a match:
a pattern found in a sentence is found with the first look too, so the cleaned pages are the
same as when every pattern is searched."""
from __future__ import annotations

import re

import pytest

import _paths  # noqa: F401
from _paths import ROOT
from kb.editorial import load_editorial
from kb.literals import fold, required_literals
from kb.read import read_articles
from kb.text import sentences


@pytest.mark.parametrize(("pattern", "needles"), [
    (r"\bunlock the full report\b", {"unlock the full report"}),
    (r"\b(keeps?|reserves?) all rights\b", {" all rights"}),
    (r"^\W*(sponsor|advert)\w*\s*:", {"sponsor", "advert"}),
    (r"\b(click|tap) here|scan the code", {" here", "scan the code"}),
    (r"^\s*[▲△]", {"▲", "△"}),
    (r"版权(所有|声明)", {"版权"}),
])
def test_needles_are_words_every_match_contains(pattern: str, needles: set[str]) -> None:
    assert required_literals(pattern) == needles


@pytest.mark.parametrize("pattern", [
    r"^\W*\d+\s*$",             # nothing literal
    r"(free)?\s*gift|\w+\d",    # one alternative needs nothing
])
def test_no_needles_when_none_can_be_told(pattern: str) -> None:
    assert required_literals(pattern) is None


def test_a_part_with_its_own_flags_gives_no_needle() -> None:
    assert required_literals(r"(?-i:Scan) now") == {" now"}


def test_fold_gives_every_character_the_ascii_letter_it_matches_ignoring_case() -> None:
    # "İ", "ı", "ſ" and the Kelvin sign match "i", "s" and "k" under re.IGNORECASE, though
    # str.lower() does not give them those letters.
    every_character = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    misses = [(hex(ord(match)), letter)
              for letter in map(chr, range(32, 127))
              for match in re.findall(re.escape(letter), every_character, re.IGNORECASE)
              if fold(match) != letter.lower()]
    assert misses == []


def test_every_pattern_found_in_the_quality_sets_passes_the_first_look() -> None:
    ed = load_editorial(ROOT / "editorial")
    checked = 0
    for folder in sorted((ROOT / "tests" / "quality").glob("set*/articles")):
        raws, _ = read_articles(folder)
        for raw in raws:
            for line in raw.text.split("\n"):
                for sentence in sentences(line.strip()):
                    folded = fold(sentence)
                    for pattern in ed.patterns:
                        if pattern.regex.search(sentence):
                            checked += 1
                            assert pattern.search(sentence, folded), (pattern.why, sentence)
    assert checked > 500   # the sets do hold boilerplate the patterns find
