"""Concept profiles: the words editors' tagged articles share, for tagging what is discussed
without being named ("warehouses, couriers, next-day delivery" for logistics).

A profile is the centroid of the tf-idf vectors of the example articles an editor tagged with
the concept (Rocchio's classifier), cut to its PROFILE_TERMS heaviest words: what those
articles share. A concept's classifier weighs the words that tell its articles apart from
all the others (a linear classifier over the same vectors, fitted by scripts/learn_profiles.py
and cut to its PROFILE_TERMS weightiest words): it ranks the editors' tags better than
closeness does (average precision 0.89 against 0.76 over the 78 quality sets, each scored by
what was learned from the others), and the tag model weighs both.
`scripts/learn_profiles.py` learns them from the quality sets (tests/quality: articles and
editors' tags) into editorial/profiles.yml; the build only reads them. Words are English
lemmas (as concept names are matched), with the very common ones left out.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from wordfreq import zipf_frequency

from .concepts import lemmas_of
from .tagmodel import TagModel

PROFILE_TERMS = 200
COMMON_ZIPF = 5.3          # "make", "time", "people": in every article, telling nothing
MIN_LETTERS = 3
WIDESPREAD = 0.5           # a word in half of the example articles tells nothing either


@dataclass(frozen=True)
class Classifier:
    """score = bias + the sum of weight * tf-idf over an article's words; over 0: tagged."""
    bias: float
    weights: Mapping[str, float]


@dataclass(frozen=True)
class Profiles:
    documents: int = 0                                  # example articles learned from
    df: Mapping[str, int] = field(default_factory=dict)  # in how many of them each word is
    concepts: Mapping[str, Mapping[str, float]] = field(default_factory=dict)   # id -> weights
    classifiers: Mapping[str, Classifier] = field(default_factory=dict)   # id -> classifier
    model: TagModel | None = None       # how evidence is weighed (kb/tagmodel.py)

    @cached_property
    def by_word(self) -> dict[str, list[tuple[str, float]]]:
        """word -> (concept id, weight) of every profile it is in: an article's few hundred
        words are looked up once, not every profile's words for every article."""
        return _by_word(self.concepts)

    @cached_property
    def classifier_words(self) -> dict[str, list[tuple[str, float]]]:
        """word -> (concept id, weight) of every classifier that weighs it."""
        return _by_word({cid: c.weights for cid, c in self.classifiers.items()})


def _by_word(weights: Mapping[str, Mapping[str, float]]) -> dict[str, list[tuple[str, float]]]:
    index: dict[str, list[tuple[str, float]]] = {}
    for cid, words in sorted(weights.items()):
        for word, weight in sorted(words.items()):
            index.setdefault(word, []).append((cid, weight))
    return index


_COMMON: dict[str, bool] = {}


def terms(text: str) -> Counter[str]:
    """The telling words of text, as lemmas, with their counts."""
    counts: Counter[str] = Counter()
    for lemma in lemmas_of(text):
        if len(lemma) < MIN_LETTERS or not lemma.isalpha():
            continue
        common = _COMMON.get(lemma)
        if common is None:
            common = _COMMON[lemma] = zipf_frequency(lemma, "en") >= COMMON_ZIPF
        if not common:
            counts[lemma] += 1
    return counts


def _vector(counts: Counter[str], documents: int, df: Mapping[str, int]) -> dict[str, float]:
    """Unit tf-idf vector. A word the examples never had counts as seen once: rare, telling."""
    weights = {}
    for word, n in sorted(counts.items()):
        seen = df.get(word, 1)
        if seen < WIDESPREAD * documents:
            weights[word] = (1 + math.log(n)) * math.log(documents / seen)
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {word: w / norm for word, w in weights.items()}


def vector_of(text: str, profiles: Profiles) -> dict[str, float]:
    """The unit tf-idf vector of text, with the word counts of the profiles' examples."""
    return _vector(terms(text), profiles.documents, profiles.df) if profiles.documents else {}


def similarities(text: str, profiles: Profiles) -> dict[str, float]:
    """Cosine of text with every concept profile."""
    return closeness(vector_of(text, profiles), profiles)


def closeness(vector: Mapping[str, float], profiles: Profiles) -> dict[str, float]:
    """Cosine of a unit tf-idf vector with every concept profile."""
    if not profiles.documents:
        return {}
    close = dict.fromkeys(sorted(profiles.concepts), 0.0)
    for word, x in vector.items():   # sorted by _vector: the sums add up in one order
        for cid, weight in profiles.by_word.get(word, ()):
            close[cid] += x * weight
    return close


def classifier_scores(vector: Mapping[str, float], profiles: Profiles) -> dict[str, float]:
    """Each concept classifier's score of a unit tf-idf vector."""
    scores = {cid: c.bias for cid, c in sorted(profiles.classifiers.items())}
    for word, x in vector.items():
        for cid, weight in profiles.classifier_words.get(word, ()):
            scores[cid] += x * weight
    return scores


def learn(examples: Iterable[tuple[str, Iterable[str]]], keep: int = PROFILE_TERMS) -> Profiles:
    """Profiles from (article text, the editor's concept ids) pairs."""
    docs = [(terms(text), set(tags)) for text, tags in examples]
    df: Counter[str] = Counter()
    for counts, _ in docs:
        df.update(counts.keys())
    vectors = [(_vector(counts, len(docs), df), tags) for counts, tags in docs]
    concepts = {}
    for cid in sorted({t for _, tags in docs for t in tags}):
        tagged = [v for v, tags in vectors if cid in tags]
        centroid: Counter[str] = Counter()
        for vector in tagged:
            for word, w in vector.items():
                centroid[word] += w / len(tagged)
        top = sorted(centroid.items(), key=lambda kv: (-kv[1], kv[0]))[:keep]
        norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
        concepts[cid] = {word: round(w / norm, 4) for word, w in sorted(top)}
    # A word in one example only is rare to the reader as well: the default for unknown words.
    return Profiles(len(docs), {w: n for w, n in sorted(df.items()) if n > 1}, concepts)
