"""Link stage: mentions of concepts at their points, tags, related articles."""
from __future__ import annotations

import math
from collections import Counter, defaultdict

from .concepts import Matcher
from .text import sentence_of, word_count
from .model import Article, ArticleLinks, Mention, RelatedArticle

RELATED_MAX = 5
SHORT_ARTICLE_WORDS = 300
OUTLINE_ITEM_WORDS = 8


def find_mentions(article: Article, matcher: Matcher) -> list[Mention]:
    mentions = []
    for section in article.sections:
        if section.heading:
            mentions.extend(Mention(cid, article.slug, section.id, s, e, in_heading=True)
                            for cid, s, e in matcher.find(section.heading))
        for point in section.points:
            mentions.extend(Mention(cid, article.slug, point.id, s, e)
                            for cid, s, e in matcher.find(point.text))
    return mentions


def article_tags(article: Article, mentions: list[Mention], matcher: Matcher) -> tuple[str, ...]:
    """The concepts an article discusses, as opposed to names in passing.

    Rule: a concept is a tag when the article names it (label, alias or hidden label)
    - in the title or a section heading, or
    - where an author states a topic: the opening paragraph, a short list entry (an outline
      such as "5. How to do fan economy..."), the first sentence of a paragraph or list item, or
    - in two different sentences, or three times anywhere.
    A single name inside a later sentence of a paragraph is in passing. In a short article
    (under SHORT_ARTICLE_WORDS words) one mention is enough.
    """
    points = {p.id: p for p in article.points()}
    opening = next(iter(points), None)
    short = sum(word_count(p.text) for p in points.values()) < SHORT_ARTICLE_WORDS
    tags = {cid for cid, _, _ in matcher.find(article.title)}
    # Per concept, the sentences naming it: 1 for a topic sentence, 0.5 for any other.
    weights: dict[str, dict[tuple[str, int], float]] = defaultdict(dict)
    for m in mentions:
        if m.in_heading or short:
            tags.add(m.concept_id)
            continue
        point = points[m.point_id]
        sentence = sentence_of(point.text, m.start)
        topical = (m.point_id == opening or sentence == 0
                   or (point.kind == "item" and word_count(point.text) <= OUTLINE_ITEM_WORDS))
        weights[m.concept_id][(m.point_id, sentence)] = 1.0 if topical else 0.5
    counts = Counter(m.concept_id for m in mentions)
    tags |= {cid for cid, w in weights.items() if sum(w.values()) >= 1 or counts[cid] >= 3}
    return tuple(sorted(tags))


def link_articles(articles: list[Article], matcher: Matcher) -> dict[str, ArticleLinks]:
    mentions = {a.slug: find_mentions(a, matcher) for a in articles}
    tags = {a.slug: article_tags(a, mentions[a.slug], matcher) for a in articles}
    related = related_articles(tags)
    links = {}
    for article in articles:
        first: dict[str, str] = {}
        for mention in mentions[article.slug]:
            if not mention.in_heading and mention.concept_id in tags[article.slug]:
                first.setdefault(mention.concept_id, mention.point_id)
        links[article.slug] = ArticleLinks(tags=tags[article.slug],
                                           mentions=tuple(mentions[article.slug]),
                                           first_mentions=first,
                                           related=related.get(article.slug, ()))
    return links


CANDIDATE_CAP = 200   # articles per concept considered when looking for neighbours
SHORTLIST = 20        # candidates scored exactly


def related_articles(tags: dict[str, tuple[str, ...]]) -> dict[str, tuple[RelatedArticle, ...]]:
    """Rank other articles by the concepts they share, each weighted by its inverse document
    frequency, log(1 + N / df): a concept few articles discuss says more about kinship than
    one every article mentions. Ties go to the slug, so the order is stable.

    A concept every article names would make this quadratic, so candidates are gathered
    from at most CANDIDATE_CAP holders of each concept (in slug order) with a partial score;
    the best SHORTLIST of them are then scored on every concept both share."""
    total = len(tags)
    holders: dict[str, list[str]] = defaultdict(list)
    for slug in sorted(tags):
        for cid in tags[slug]:
            holders[cid].append(slug)
    weight = {cid: math.log(1 + total / len(slugs)) for cid, slugs in holders.items()}
    tag_sets = {slug: set(ids) for slug, ids in tags.items()}
    result = {}
    for slug, concept_ids in tags.items():
        partial: dict[str, float] = defaultdict(float)
        for cid in concept_ids:
            for other in holders[cid][:CANDIDATE_CAP]:
                partial[other] += weight[cid]
        partial.pop(slug, None)
        shortlist = sorted(partial, key=lambda o: (-partial[o], o))[:SHORTLIST]
        scored = []
        for other in shortlist:
            shared = sorted(tag_sets[slug] & tag_sets[other], key=lambda c: (-weight[c], c))
            scored.append((-sum(weight[c] for c in shared), other, tuple(shared)))
        scored.sort()
        result[slug] = tuple(RelatedArticle(o, round(-score, 3), shared)
                             for score, o, shared in scored[:RELATED_MAX])
    return result
