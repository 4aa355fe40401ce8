"""Concept matching: find taxonomy labels, aliases and hidden labels in text.

Case-insensitive; whole words; inflections match through simplemma's English lemmas
("upgrade", "upgrading", "upgrades"), which, unlike a stemmer, keep derived words apart
("retailer" is not "retail", "customization" is not "customer"); a hyphen is a space
("new-retail"); a name never spans punctuation ("brand, building" is not "brand building").
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

import simplemma

from .model import Concept

_TOKEN = re.compile(r"[^\W_]+(?:\.\d+)?")   # keeps "3.0" whole; splits "e-commerce"
# Plurals the lemma dictionary leaves as they are: acronyms ("KOLs", "SKUs") and nouns it
# lists in the plural ("sales", "logistics"), so that "after sale" is "after-sales".
_PLURAL_ACRONYM = re.compile(r"[A-Z0-9]{2,}s")
_PLAIN_PLURAL = re.compile(r"[a-z]{3,}[^siu]s")

# What may stand between two words of one name: spaces, hyphens, apostrophes ("fans'
# economy"), "&" ("Q&A") and "/" ("online/offline"). Anything else (a comma, full stop,
# colon, bracket, quote, line break) separates two phrases: "the traffic, diversion..."
_JOINER = re.compile(r"[ \t\u00a0\-\u2010\u2011'\u2019&/]*")

_LEMMAS: dict[str, str] = {}   # word as written -> lowercase lemma; the vocabulary is small


def _lemma(word: str) -> str:
    if _PLURAL_ACRONYM.fullmatch(word):
        return word[:-1].lower()
    lower = word.lower()
    lemma = simplemma.lemmatize(lower, lang="en").lower()
    return lemma[:-1] if lemma == lower and _PLAIN_PLURAL.fullmatch(lower) else lemma


def lemmas_of(text: str) -> list[str]:
    """The lemma of every word of text, lowercase: what concept names are matched on."""
    result = []
    for word in _TOKEN.findall(text):
        lemma = _LEMMAS.get(word)
        if lemma is None:
            lemma = _LEMMAS[word] = _lemma(word)
        result.append(lemma)
    return result


def joined(text: str, spans: list[tuple[int, int]], first: int, n: int) -> bool:
    """Whether the n words from spans[first] are one run of text, not split by punctuation."""
    return all(_JOINER.fullmatch(text, spans[k][1], spans[k + 1][0])
               for k in range(first, first + n - 1))


def tokens(text: str) -> list[tuple[str, int, int]]:
    """(stem, start, end) for every word of text."""
    spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    return [(stem, start, end) for stem, (start, end) in zip(lemmas_of(text), spans)]


@dataclass(frozen=True)
class Matcher:
    # first stem -> [(all stems of the phrase, concept id)], longest phrase first
    phrases: dict[str, tuple[tuple[tuple[str, ...], str], ...]]

    def find(self, text: str) -> list[tuple[str, int, int]]:
        """(concept id, start, end) of every non-overlapping mention, longest phrase wins."""
        stems = lemmas_of(text)
        phrases = self.phrases
        if not any(s in phrases for s in stems):
            return []          # most text: no word that can start a concept name
        found = []
        spans: list[tuple[int, int]] | None = None
        i = 0
        while i < len(stems):
            for phrase, concept_id in phrases.get(stems[i], ()):
                n = len(phrase)
                if tuple(stems[i:i + n]) == phrase:
                    if spans is None:
                        spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
                    if not joined(text, spans, i, n):
                        continue
                    found.append((concept_id, spans[i][0], spans[i + n - 1][1]))
                    i += n
                    break
            else:
                i += 1
        return found


def build_matcher(concepts: tuple[Concept, ...]) -> Matcher:
    table: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for concept in concepts:
        for name in {concept.label, *concept.aliases, *concept.hidden}:
            stems = tuple(t[0] for t in tokens(name))
            if stems and (stems, concept.id) not in table[stems[0]]:
                table[stems[0]].append((stems, concept.id))
    return Matcher({first: tuple(sorted(entries, key=lambda e: (-len(e[0]), e[1])))
                    for first, entries in table.items()})
