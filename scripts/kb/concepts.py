"""Concept matching: find taxonomy labels, aliases and hidden labels in text.

Case-insensitive; whole words; British or American spelling ("personalisation"); inflections
match through simplemma's English lemmas ("upgrade", "upgrading", "upgrades"), which, unlike a
stemmer, keep derived words apart ("retailer" is not "retail", "customization" is not
"customer"); a hyphen is a space ("new-retail"); a name never spans punctuation ("brand,
building" is not "brand building").
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

import simplemma
from wordfreq import zipf_frequency

from .model import Concept

_TOKEN = re.compile(r"[^\W_]+(?:\.\d+)?")   # keeps "3.0" whole; splits "e-commerce"
# Plurals the lemma dictionary leaves as they are: acronyms ("KOLs", "SKUs") and nouns it
# lists in the plural ("sales", "logistics"), so that "after sale" is "after-sales".
_PLURAL_ACRONYM = re.compile(r"[A-Z0-9]{2,}s")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,3}")   # "AI", "KOL": a dictionary reads "AI" as "ai" = "be"
_PLAIN_PLURAL = re.compile(r"[a-z]{3,}[^siu]s")

# What may stand between two words of one name: spaces, hyphens, apostrophes ("fans'
# economy"), "&" ("Q&A") and "/" ("online/offline"). Anything else (a comma, full stop,
# colon, bracket, quote, line break) separates two phrases: "the traffic, diversion..."
_JOINER = re.compile(r"[ \t\u00a0\-\u2010\u2011'\u2019&/]*")

_LEMMAS: dict[str, str] = {}   # word as written -> lowercase lemma; the vocabulary is small

# British spellings and their American forms ("personalisation", "behaviour", "centre",
# "analyse"): some translators write one, some the other, and the taxonomy one of them.
_BRITISH = (
    (re.compile(r"(\w{3,})is(e|es|ed|ing|ation|ations|er|ers)"), r"\1iz\2"),
    (re.compile(r"(\w{2,})ys(e|es|ed|ing)"), r"\1yz\2"),
    (re.compile(r"(\w{3,})our(s|ed|ing|ite|ites|able|er|ers|hood|hoods)?"), r"\1or\2"),
    (re.compile(r"(\w{3,})tre(s)?"), r"\1ter\2"),
)


def american(word: str) -> str:
    """The American spelling of a lowercase British one, when English text uses it more
    (wordfreq): "organisation" -> "organization", but "promise", "four" and "expertise" stay."""
    for british, replacement in _BRITISH:
        if british.fullmatch(word):
            other = british.sub(replacement, word)
            return other if zipf_frequency(other, "en") > zipf_frequency(word, "en") else word
    return word


def _lemma(word: str) -> str:
    if _PLURAL_ACRONYM.fullmatch(word):
        return word[:-1].lower()
    if _ACRONYM.fullmatch(word):
        return word.lower()
    lower = american(word.lower())
    lemma = simplemma.lemmatize(lower, lang="en").lower()
    if lower.endswith("ings"):   # "rankings" -> "ranking", whose own lemma is "rank"
        lemma = simplemma.lemmatize(lemma, lang="en").lower()
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


Table = dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]
# Words that make a name read differently when it is turned round ("online and offline").
_FUNCTION_WORDS = frozenset("of and or to in on for with by the a an".split())


@dataclass(frozen=True)
class Matcher:
    # first lemma -> [(the lemmas of a phrase, the concept ids it belongs to)], longest first
    names: Table
    cues: Table

    def find(self, text: str) -> list[tuple[str, int, int]]:
        """(concept id, start, end) of every non-overlapping name, longest name wins."""
        return _find(self.names, text, lemmas_of(text))

    def find_cues(self, text: str) -> list[tuple[str, int, int]]:
        """(concept id, start, end) of every cue word; one cue may signal several concepts."""
        return self.find_names_and_cues(text)[1]

    def find_names_and_cues(self, text: str) -> tuple[list[tuple[str, int, int]],
                                                       list[tuple[str, int, int]]]:
        """The names and the cue words in text. A word inside a name is part of that name
        ("warehouse" in "overseas warehouse"), not a cue."""
        stems = lemmas_of(text)
        names = _find(self.names, text, stems)
        cues = _find(self.cues, text, stems)
        if cues and names:
            cues = [(cid, s, e) for cid, s, e in cues
                    if not any(s < name_end and name_start < e for _, name_start, name_end in names)]
        return names, cues


def _find(table: Table, text: str, stems: list[str]) -> list[tuple[str, int, int]]:
    if not any(s in table for s in stems):
        return []          # most text: no word that can start a phrase
    found = []
    spans: list[tuple[int, int]] | None = None
    i = 0
    while i < len(stems):
        for phrase, concept_ids in table.get(stems[i], ()):
            n = len(phrase)
            if tuple(stems[i:i + n]) == phrase:
                if spans is None:
                    spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
                if not joined(text, spans, i, n):
                    continue
                found.extend((cid, spans[i][0], spans[i + n - 1][1]) for cid in concept_ids)
                i += n
                break
        else:
            i += 1
    return found


# "data-driven operations" -> "operations driven by data", "scenario-based marketing" ->
# "marketing based on scenarios".
_PARTICIPLE = {"driven": "driven by", "based": "based on", "oriented": "oriented to",
               "led": "led by", "centred": "centred on", "centered": "centered on"}


def turned_round(name: str) -> list[str]:
    """The ways a two- or three-word name is said with its head noun first, as translations
    often do: "fan economy" -> "economy of fans", "economy of the fans", and "data-driven
    operations" -> "operations driven by data". Names with a function word in them ("online
    and offline") are left alone."""
    parts = name.split()
    if not 2 <= len(parts) <= 3 or any(p.lower() in _FUNCTION_WORDS for p in parts):
        return []
    head, modifier = parts[-1], " ".join(parts[:-1])
    noun, _, participle = modifier.rpartition("-")
    if noun and participle.lower() in _PARTICIPLE:
        return [f"{head} {_PARTICIPLE[participle.lower()]} {noun}"]
    return [f"{head} of {modifier}", f"{head} of the {modifier}"]


def _table(entries: dict[tuple[str, ...], list[str]]) -> Table:
    table: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = defaultdict(list)
    for stems, concept_ids in entries.items():
        table[stems[0]].append((stems, tuple(sorted(set(concept_ids)))))
    return {first: tuple(sorted(rows, key=lambda row: (-len(row[0]), row)))
            for first, rows in table.items()}


def build_matcher(concepts: tuple[Concept, ...]) -> Matcher:
    names: dict[tuple[str, ...], list[str]] = {}
    for concept in concepts:
        for name in (concept.label, *concept.aliases, *concept.hidden):
            stems = tuple(lemmas_of(name))
            if stems:
                names.setdefault(stems, [concept.id])
    # Turned-round names never take a phrase that is already another concept's name.
    for concept in concepts:
        for name in (concept.label, *concept.aliases):
            for variant in turned_round(name):
                names.setdefault(tuple(lemmas_of(variant)), [concept.id])
    cues: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for concept in concepts:
        for cue in concept.cues:
            stems = tuple(lemmas_of(cue))
            if stems and stems not in names:
                cues[stems].append(concept.id)
    return Matcher(_table(names), _table(cues))
