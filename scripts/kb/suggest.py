"""Candidate concepts: frequent phrases of the corpus that no concept names yet."""
from __future__ import annotations

import re
from collections import Counter

from wordfreq import zipf_frequency

from .concepts import Matcher
from .model import Article
from .text import words

_STOP = frozenset("""a an the and or but of to in on at for with by from as is are was were be been
it its this that these those there their they them we our you your he she his her i my me not no
so if then than also more most very can will would should could may might must do does did done
has have had such other some any all each every into about after before over under which who what
when where why how one two three first second third just only even still much many own same""".split())


def suggest_phrases(articles: list[Article], matcher: Matcher, limit: int = 40) -> list[tuple[str, int]]:
    """Two- and three-word phrases, ranked by how many times they occur times how many
    articles use them, skipping stop-word edges, very common word pairs and known names."""
    counts: Counter[str] = Counter()
    spread: dict[str, set[str]] = {}
    for article in articles:
        for point in article.points():
            for sentence in re.split(r"[.;:!?,()\"“”]", point.text):
                ws = [w.lower() for w in words(sentence)]
                for n in (2, 3):
                    for i in range(len(ws) - n + 1):
                        gram = ws[i:i + n]
                        if gram[0] in _STOP or gram[-1] in _STOP or any(w.isdigit() for w in gram):
                            continue
                        phrase = " ".join(gram)
                        counts[phrase] += 1
                        spread.setdefault(phrase, set()).add(article.slug)
    ranked = []
    for phrase, count in counts.items():
        if count < 2 or matcher.find(phrase):
            continue
        # A phrase of everyday English ("long run") is not a concept of this field.
        if zipf_frequency(phrase, "en") >= 4.0:
            continue
        ranked.append((phrase, count * len(spread[phrase])))
    ranked.sort(key=lambda item: (-item[1], item[0]))
    return ranked[:limit]
