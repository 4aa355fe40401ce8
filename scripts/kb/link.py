"""Link stage: mentions of concepts at their points, tags, related articles."""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import replace

from .concepts import Matcher
from .editorial import TagEdit
from .model import Article, ArticleLinks, Mention, Point, RelatedArticle
from .profiles import Profiles, classifier_scores, closeness, similarities, vector_of
from .tagmodel import LAST, UNSEEN_SCORE, Evidence, choose_tags
from .text import sentence_of, sentences, word_count

RELATED_MAX = 5
SHORT_ARTICLE_WORDS = 300
LEAD_WORDS = 8   # a paragraph names its topic within its first words: its subject


NAME_TOPIC, NAME_PASSING, CUE = 1.0, 0.5, 0.25   # evidence of one sentence; a tag needs 1


def find_mentions(article: Article, matcher: Matcher) -> list[Mention]:
    """Every name of a concept, and every cue word of one, at its point or heading."""
    mentions = []
    for section in article.sections:
        if section.heading:
            names, cues = matcher.find_names_and_cues(section.heading)
            mentions.extend(Mention(cid, article.slug, section.id, s, e, in_heading=True)
                            for cid, s, e in names)
            mentions.extend(Mention(cid, article.slug, section.id, s, e, True, cue=True)
                            for cid, s, e in cues)
        for point in section.points:
            names, cues = matcher.find_names_and_cues(point.text)
            mentions.extend(Mention(cid, article.slug, point.id, s, e) for cid, s, e in names)
            mentions.extend(Mention(cid, article.slug, point.id, s, e, cue=True)
                            for cid, s, e in cues)
    return mentions


def article_tags(article: Article, mentions: list[Mention], matcher: Matcher,
                 profiles: Profiles | None = None) -> tuple[str, ...]:
    """The concepts an article discusses, as opposed to names in passing.

    With a tag model (editorial/profiles.yml, learned from editors' tags), the evidence of
    every concept is weighed by it: see concept_evidence and kb/tagmodel.py. Without one, the
    name rule of tags_by_names decides alone.
    """
    by_names = tags_by_names(article, mentions, matcher)
    if profiles is None or profiles.model is None:
        return tuple(sorted(by_names))
    evidence = concept_evidence(article, mentions, matcher, profiles, by_names)
    return tuple(sorted(choose_tags(evidence, profiles.model)))


def tags_by_names(article: Article, mentions: list[Mention], matcher: Matcher) -> set[str]:
    """The name rule: a concept is a tag when the article names it (label, alias or hidden
    label) in the title or a section heading, or when it names it in the text and the
    sentences that speak of it add up to 1:
    - a sentence where an author states a topic by name (see states_topic) gives 1;
    - any other sentence naming it gives 0.5, so two are enough;
    - a sentence with only a cue word of it (editorial/concepts.yml: "warehouse", "courier"
      for logistics) gives 0.25, a heading with one 0.5: a passing name in an article that
      keeps coming back to warehouses and couriers is its topic.
    Cue words never make a tag on their own here: on six blind sets (42 articles, tags by
    editors who never saw the code) they raised false tags by as much as they raised found
    ones, while as support of a name they found 4% more of the editors' tags for 1% more
    false ones. A single sentence naming it in passing, even with several names ("media
    operations were born, including today's headlines, Wukong Q&A and Tik Tok"), is not
    enough. A short article (under SHORT_ARTICLE_WORDS words) has few sentences to repeat a
    name in, so there a name anywhere in the first sentence of a paragraph or list item
    states a topic.
    """
    points = {p.id: p for p in article.points()}
    opening = next(iter(points), None)
    short = sum(word_count(p.text) for p in points.values()) < SHORT_ARTICLE_WORDS
    titled = {cid for cid, _, _ in matcher.find(article.title)}
    tags = set(titled)
    # Per concept, the evidence of each sentence (or heading) that speaks of it.
    weights: dict[str, dict[tuple[str, int], float]] = defaultdict(dict)
    for cid, _, _ in matcher.find_cues(article.title):
        weights[cid][("", 0)] = 2 * CUE
    for m in mentions:
        if m.in_heading:
            if m.cue:
                weights[m.concept_id][(m.point_id, 0)] = 2 * CUE
            else:
                tags.add(m.concept_id)
            continue
        point = points[m.point_id]
        sentence = (m.point_id, sentence_of(point.text, m.start))
        if m.cue:
            weight = CUE
        elif sentence[1] == 0 if short else states_topic(point, m.start,
                                                          opening=m.point_id == opening):
            weight = NAME_TOPIC
        else:
            weight = NAME_PASSING
        weights[m.concept_id][sentence] = max(weight, weights[m.concept_id].get(sentence, 0))
    named = {m.concept_id for m in mentions if not m.cue}
    return tags | {cid for cid, w in weights.items() if cid in named and sum(w.values()) >= 1}


def full_text(article: Article) -> str:
    """Title, headings and points: the words a profile is compared with (and learned from)."""
    return " ".join([article.title] + [s.heading or "" for s in article.sections]
                    + [p.text for p in article.points()])


def section_texts(article: Article) -> list[str]:
    """Each headed section's heading and points: the parts an editor reads as topics."""
    return [" ".join([s.heading] + [p.text for p in s.points])
            for s in article.sections if s.heading]


def concept_evidence(article: Article, mentions: list[Mention], matcher: Matcher,
                     profiles: Profiles, by_names: set[str]) -> dict[str, Evidence]:
    """What the article shows of every concept that has a profile or is named or cued."""
    points = {p.id: p for p in article.points()}
    opening = next(iter(points), None)
    titled = {cid for cid, _, _ in matcher.find(article.title)}
    cue_in_heading = {cid for cid, _, _ in matcher.find_cues(article.title)}
    in_heading, topic = set(), set()
    names: Counter[str] = Counter()
    naming_points: dict[str, set[str]] = defaultdict(set)
    cue_sentences: dict[str, set[tuple[str, int]]] = defaultdict(set)
    for m in mentions:
        if m.in_heading:
            (cue_in_heading if m.cue else in_heading).add(m.concept_id)
        elif m.cue:
            cue_sentences[m.concept_id].add(
                (m.point_id, sentence_of(points[m.point_id].text, m.start)))
        else:
            names[m.concept_id] += 1
            naming_points[m.concept_id].add(m.point_id)
            if states_topic(points[m.point_id], m.start, opening=m.point_id == opening):
                topic.add(m.concept_id)
    vector = vector_of(full_text(article), profiles)
    close, scored = closeness(vector, profiles), classifier_scores(vector, profiles)
    rank, classifier_rank = _ranks(close), _ranks(scored)
    closest_section: dict[str, float] = defaultdict(float)
    sections_closest: Counter[str] = Counter()
    for text in section_texts(article):
        section_close = similarities(text, profiles)
        if section_close:
            sections_closest[max(sorted(section_close), key=lambda c: section_close[c])] += 1
        for cid, value in section_close.items():
            closest_section[cid] = max(closest_section[cid], value)
    ids = set(close) | set(scored) | {m.concept_id for m in mentions} | titled | cue_in_heading
    return {cid: Evidence(
        by_names=cid in by_names, titled=cid in titled, named_in_heading=cid in in_heading,
        names=names[cid], stated_as_topic=cid in topic,
        share_of_points=len(naming_points[cid]) / max(len(points), 1),
        cue_sentences=len(cue_sentences[cid]), cue_in_heading=cid in cue_in_heading,
        closeness=close.get(cid, 0.0), rank=rank.get(cid, LAST),
        closest_section=closest_section[cid], sections_closest=sections_closest[cid],
        classifier=scored.get(cid, UNSEEN_SCORE), classifier_rank=classifier_rank.get(cid, LAST))
        for cid in sorted(ids)}


def _ranks(values: Mapping[str, float]) -> dict[str, int]:
    """0 for the concept of the highest value, 1 for the next...; ties by id."""
    return {cid: k for k, cid in enumerate(sorted(values, key=lambda cid: (-values[cid], cid)))}


def states_topic(point: Point, start: int, opening: bool = False) -> bool:
    """Whether a name at offset start of point is where the author states a topic: the head
    of a paragraph or list item (its first sentence, within LEAD_WORDS words) that goes on
    after that sentence.

    Scraped articles often give every sentence a line of its own; such a one-sentence
    paragraph, like a bare outline entry ("5. How to do fan economy..."), leads nothing and
    only announces: it counts once the body names the concept again. Only the article's
    opening sentence states its subject even when it stands alone. A name deep inside a
    first sentence ("In August 2012, WeChat ... began to focus on personal brand building.")
    or later in the opening paragraph (setting the scene) is in passing."""
    return (sentence_of(point.text, start) == 0
            and word_count(point.text[:start]) <= LEAD_WORDS
            and (opening or len(sentences(point.text)) > 1))


def tag_article(article: Article, matcher: Matcher,
                tag_edits: Mapping[str, TagEdit] | None = None,
                profiles: Profiles | None = None) -> ArticleLinks:
    """What depends on one article alone: its mentions, tags (after the editor's additions
    and removals in tag_edits, by source file) and the first mention of each tag (linked to
    the concept page). Related articles are added by link_articles."""
    found = find_mentions(article, matcher)
    tags = article_tags(article, found, matcher, profiles)
    edit = (tag_edits or {}).get(article.source)
    if edit:
        tags = tuple(sorted((set(tags) | edit.add) - edit.remove))
    # A cue word speaks of a concept only in an article that discusses it.
    mentions = [m for m in found if not m.cue or m.concept_id in tags]
    first: dict[str, str] = {}
    # The first name of each tag in the text is linked; a tag named only in the title or a
    # heading, its first cue word.
    for mention in sorted(mentions, key=lambda m: m.cue):
        if not mention.in_heading and mention.concept_id in tags:
            first.setdefault(mention.concept_id, mention.point_id)
    return ArticleLinks(tags=tags, mentions=tuple(mentions), first_mentions=first)


def link_articles(tagged: dict[str, ArticleLinks]) -> dict[str, ArticleLinks]:
    """Each article's links (by slug) with its related articles, which need the whole corpus."""
    related = related_articles({slug: links.tags for slug, links in tagged.items()})
    return {slug: replace(links, related=related.get(slug, ())) for slug, links in tagged.items()}


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
