"""Repairs inside a line: spacing, the eaten syllable "trans", machine-translation idioms."""
from __future__ import annotations

import re
from functools import lru_cache

import simplemma
from wordfreq import zipf_frequency

from .editorial import Editorial
from .model import Change

# Zipf frequency: 0 = never seen in the word list, 3 = once per million words.
UNKNOWN_BELOW = 1.0   # as written, not English
KNOWN_FROM = 2.0      # with "trans" restored, an English word
# ... or a rarer one ("transoceanic" 1.9, "transcode" 1.6, "transship" 1.1) when the word as
# written is in no list at all ("poceanic", "pcodes", "pship").
KNOWN_FROM_UNSEEN = 1.0
# A rare spelling that is mostly a name or a typo ("pistor") still gets its "trans" back when
# the restored word is some thirty times more common ("transistor").
RARE_BELOW = 2.0
MORE_COMMON_BY = 1.5
# A word hyphenated at a line's end is rejoined as one word when it is this common as one:
# "warehouses" (3.4); "longterm" (2.8, a misspelling of "long-term") keeps its hyphen.
ONE_WORD_FROM = 3.0
HYPHEN_MARGIN = 1.0
# Also after a prefix of negation or repetition: "unpparent" is "untransparent".
# In capitals too, as a heading in capitals has it: "HOW DATA CAN PFORM A LISTING".
_P_WORD = re.compile(r"\b(?:(?P<prefix>(?:[Uu]n|[Nn]on|[Rr]e)-?)?(?P<word>[Pp][a-z]{2,})"
                     r"|(?P<capitals>P[A-Z]{2,}))\b")
_SPACE_BEFORE_PUNCT = re.compile(r"(?<=[\w\"”)])\s+([,.;:!?])(?=\s|$)")


def repair_line(line: str, editorial: Editorial) -> tuple[str, list[Change]]:
    changes: list[Change] = []
    for match in _SPACE_BEFORE_PUNCT.finditer(line):
        before = line[max(0, match.start() - 25):match.end()].split(" ", 1)[-1]
        changes.append(Change("repaired", f"…{before}", "removed spaces before punctuation"))
    spaced = _SPACE_BEFORE_PUNCT.sub(r"\1", line)
    line = _restore_trans(spaced, editorial.keep_words, changes)
    line = apply_glossary(line, editorial, changes)
    return line, changes


def unhyphenated(left: str, right: str) -> str:
    """A word hyphenated across a line break, rejoined: "ware-" + "houses" is "warehouses" (a
    word as one), "long-" + "term" stays "long-term", and so does "e-" + "commerce"."""
    joined, hyphenated = left + right, f"{left}-{right}"
    if len(left) == 1:   # "e-" + "commerce"
        return hyphenated
    as_one = zipf_frequency(joined.lower(), "en")
    # Unless the hyphenated form is far more common: "pick-up" (5.1) over "pickup" (3.9).
    if as_one >= ONE_WORD_FROM and as_one > zipf_frequency(hyphenated.lower(), "en") - HYPHEN_MARGIN:
        return joined
    return hyphenated


@lru_cache(maxsize=65536)
def restored_trans(word: str) -> str | None:
    """'pform' -> 'transform' when 'pform' is not English but 'transform' is; else None.

    The scrape turned "trans" into "p". Any word can be affected, so this asks a real word
    list rather than a list of damaged words: "support", "apparent", "plate" stay as they are.
    """
    lower = word.lower()
    as_written = zipf_frequency(lower, "en")
    if as_written >= RARE_BELOW:
        return None
    # "psition": the scrape ate "tran" before an "s" as often as "trans" ("transition").
    candidates = ["trans" + lower[1:]] + (["tran" + lower[1:]] if lower[1:2] == "s" else [])
    restored, candidate = max((_frequency(c), c) for c in candidates)
    if restored < (KNOWN_FROM_UNSEEN if as_written == 0 else KNOWN_FROM):
        return None
    if as_written >= UNKNOWN_BELOW and restored - as_written < MORE_COMMON_BY:
        return None
    return ("T" + candidate[1:]) if word[0].isupper() else candidate


def _frequency(word: str) -> float:
    """How common a word is, or its base: an inflected form may be rare where its base is not
    ("transcribes" 1.9, "transcribe")."""
    return max(zipf_frequency(word, "en"),
               zipf_frequency(simplemma.lemmatize(word, lang="en").lower(), "en"))


def _restore_trans(line: str, keep_words: frozenset[str], changes: list[Change]) -> str:
    def fix(match: re.Match[str]) -> str:
        whole, prefix, word = match.group(0), match.group("prefix") or "", match.group("word")
        if match.group("capitals"):
            restored = None if whole.lower() in keep_words else restored_trans(whole.lower())
            if restored is None:
                return whole
            changes.append(Change("repaired", whole, f"restored the eaten 'trans': {restored.upper()}"))
            return restored.upper()
        if whole.lower() in keep_words or (
                prefix and zipf_frequency(whole.lower().replace("-", ""), "en") > 0):
            return whole   # "report", "unpack", "non-profit" are words as written
        restored = restored_trans(word)
        if restored is None:
            return whole
        restored = prefix + restored
        changes.append(Change("repaired", whole, f"restored the eaten 'trans': {restored}"))
        return restored
    return _P_WORD.sub(fix, line)


def apply_glossary(line: str, editorial: Editorial, changes: list[Change]) -> str:
    """The glossary's corrections in line, each recorded in changes, with the article before
    a corrected word agreeing with it."""
    by_wrong = editorial.correction_by_wrong
    fixed_words: list[str] = []

    def fix(match: re.Match[str]) -> str:
        found = match.group(0)
        correction = by_wrong[" ".join(found.lower().split())]
        fixed = _match_case(found, correction.right)
        changes.append(Change("corrected", found, f"{fixed} ({correction.why})"))
        fixed_words.append(fixed)
        return fixed
    if not editorial.corrections:
        return line
    line = editorial.glossary.sub(fix, line)
    for fixed in set(fixed_words):   # "an explosive model" -> "a hit product", not "an hit"
        line = re.sub(rf"\b([Aa])n?(?=\s+{re.escape(fixed)}\b)",
                      lambda m: m.group(1) + ("n" if _vowel_sound(fixed) else ""), line)
    return line


def _vowel_sound(word: str) -> bool:
    """Whether "an" goes before word: "an e-commerce", "a hit product", "a WeChat", "a user"."""
    lower = word.lower()
    return lower[:1] in "aeiou" and not lower.startswith(("uni", "use", "usu", "eu", "one"))


def _match_case(found: str, right: str) -> str:
    """Keep the source's capitalisation: 'Micro Quotient' -> 'WeChat Business'."""
    words = found.split()
    if len(words) > 1 and all(w[0].isupper() for w in words if w[0].isalpha()):
        return " ".join(w[:1].upper() + w[1:] for w in right.split())
    if found[:1].isupper() and right[:1].islower():
        return right[:1].upper() + right[1:]
    return right
