"""Link stage: mentions of concepts at their points, tags, related articles."""
from __future__ import annotations

import math
from collections import Counter, defaultdict

from .concepts import Matcher
from .text import word_count
from .model import Article, ArticleLinks, Mention, RelatedArticle

RELATED_MAX = 5
SHORT_ARTICLE_WORDS = 300


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

    Rule: a concept is a tag when the article names it at least twice, or names it once
    where an author states a topic: the title, a section heading, a short list entry (an
    outline such as "5. How to do fan economy...") or the opening paragraph. In a short
    article (under SHORT_ARTICLE_WORDS words) one mention is enough. Otherwise a single
    passing mention in running text is not a topic.
    """
    counts = Counter(m.concept_id for m in mentions)
    points = article.points()
    topical = {p.id for p in points if p.kind == "item" and word_count(p.text) <= 8}
    if points:
        topical.add(points[0].id)
    headed = {m.concept_id for m in mentions if m.in_heading or m.point_id in topical}
    headed |= {cid for cid, _, _ in matcher.find(article.title)}
    needed = 1 if sum(word_count(p.text) for p in points) < SHORT_ARTICLE_WORDS else 2
    return tuple(sorted(cid for cid in counts.keys() | headed
                        if counts[cid] >= needed or cid in headed))


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
