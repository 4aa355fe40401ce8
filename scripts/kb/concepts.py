"""Concept matching: find taxonomy labels, aliases and hidden labels in text.

Case-insensitive; whole words; inflections match through the Snowball stemmer
("upgrade", "upgrading", "upgrades"); a hyphen is a space ("new-retail").
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from .model import Concept

_TOKEN = re.compile(r"[^\W_]+(?:\.\d+)?")   # keeps "3.0" whole; splits "e-commerce"
_STEMMER = snowballstemmer.stemmer("english")


@lru_cache(maxsize=200_000)
def stem(token: str) -> str:
    return _STEMMER.stemWord(token)


def tokens(text: str) -> list[tuple[str, int, int]]:
    """(stem, start, end) for every word of text."""
    return [(stem(m.group(0).lower()), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@dataclass(frozen=True)
class Matcher:
    # first stem -> [(all stems of the phrase, concept id)], longest phrase first
    phrases: dict[str, tuple[tuple[tuple[str, ...], str], ...]]

    def find(self, text: str) -> list[tuple[str, int, int]]:
        """(concept id, start, end) of every non-overlapping mention, longest phrase wins."""
        found = []
        toks = tokens(text)
        i = 0
        while i < len(toks):
            for stems, concept_id in self.phrases.get(toks[i][0], ()):
                n = len(stems)
                if tuple(t[0] for t in toks[i:i + n]) == stems:
                    found.append((concept_id, toks[i][1], toks[i + n - 1][2]))
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
