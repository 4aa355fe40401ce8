"""Tag model: whether an article discusses a concept, from the evidence of its names, its cue
words and its profile, weighed the way the editors' tags taught.

No single signal decides as an editor does: a name in a heading is nearly always a topic, a
name in passing seldom; cue words mean much for some concepts ("warehouse" for logistics)
and little for others ("content"); an article close to a concept's profile may discuss it
without naming it. The model is a logistic regression over the features below, fitted by
scripts/learn_profiles.py on the quality sets' editors' tags and stored with the profiles in
editorial/profiles.yml; the build only computes the features and the weighted sum.
"""
from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

CUE_COUNTS = 5   # cue sentences counted 0, 1, 2, 3, and 4 or more (cue_odds)


@dataclass(frozen=True)
class Evidence:
    """What one article shows of one concept."""
    by_names: bool              # the name rule (link.article_tags) makes it a tag
    titled: bool                # the title names it
    named_in_heading: bool
    names: int                  # names of it in the text
    stated_as_topic: bool       # a name where the author states a topic (link.states_topic)
    share_of_points: float      # of the article's points, the share that name it
    cue_sentences: int          # sentences with a cue word of it and no name
    cue_in_heading: bool        # in the title or a heading
    closeness: float            # cosine of the article with the concept's profile
    rank: int                   # 0: the concept whose profile the article is closest to
    closest_section: float      # the highest cosine of one section with the profile
    sections_closest: int       # sections closer to this profile than to any other
    classifier: float           # the concept classifier's score of the article (kb/profiles.py)
    classifier_rank: int        # 0: the concept whose classifier scores the article highest


@dataclass(frozen=True)
class TagModel:
    weights: Mapping[str, float]                  # feature name -> coefficient
    bias: float
    threshold: float                              # a tag from this probability on
    prior: Mapping[str, float] = field(default_factory=dict)       # concept -> log-odds
    # concept -> log-odds of a tag by its number of cue sentences (0 .. CUE_COUNTS - 1 or more)
    cue_odds: Mapping[str, tuple[float, ...]] = field(default_factory=dict)


UNSEEN_PRIOR = -6.0   # a concept no example was tagged with: about 1 in 400


def features(concept_id: str, ev: Evidence, model: TagModel) -> dict[str, float]:
    """The model's inputs for one concept of one article, by name."""
    odds = model.cue_odds.get(concept_id)
    return {
        "by_names": float(ev.by_names),
        "titled": float(ev.titled),
        "named_in_heading": float(ev.named_in_heading),
        "log_names": math.log1p(ev.names),
        "stated_as_topic": float(ev.stated_as_topic),
        "share_of_points": ev.share_of_points,
        "log_cue_sentences": math.log1p(ev.cue_sentences),
        "cue_in_heading": float(ev.cue_in_heading),
        "closeness": ev.closeness,
        "closest": float(ev.rank == 0),
        "among_3_closest": float(ev.rank < 3),
        "log_rank": math.log1p(ev.rank),
        "closest_section": ev.closest_section,
        "log_sections_closest": math.log1p(ev.sections_closest),
        "classifier": ev.classifier,
        "classifier_first": float(ev.classifier_rank == 0),
        "classifier_among_3": float(ev.classifier_rank < 3),
        "log_classifier_rank": math.log1p(ev.classifier_rank),
        "prior": model.prior.get(concept_id, UNSEEN_PRIOR),
        "cue_odds": odds[min(ev.cue_sentences, CUE_COUNTS - 1)] if odds else 0.0,
    }


UNSEEN_SCORE = -10.0   # the classifier score of a concept no example was tagged with
LAST = 100             # the rank of a concept without a profile or classifier: after all
# What an article shows of a concept it neither names nor cues and that has no profile.
NOTHING = Evidence(False, False, False, 0, False, 0.0, 0, False, 0.0, LAST, 0.0, 0, UNSEEN_SCORE,
                   LAST)
FEATURES = tuple(features("", NOTHING, TagModel({}, 0.0, 0.5)))


def probability(concept_id: str, ev: Evidence, model: TagModel) -> float:
    values = features(concept_id, ev, model)
    score = model.bias + sum(model.weights.get(name, 0.0) * values[name] for name in FEATURES)
    return 1.0 / (1.0 + math.exp(-score))


def choose_tags(evidence: Mapping[str, Evidence], model: TagModel) -> set[str]:
    """The concepts at or over the model's threshold, and every concept the title or a section
    heading names, whatever the model says: the editors of the quality sets tagged 255 of the
    259 named in a title and 216 of the 221 named in a heading, and a short article's profile
    may rank such a concept low ("2. Product design" in a seed of five sections). At least the
    most probable one, so that every article can be reached from a concept."""
    chance = {cid: probability(cid, ev, model) for cid, ev in sorted(evidence.items())}
    tags = {cid for cid, p in chance.items()
            if p >= model.threshold or evidence[cid].titled or evidence[cid].named_in_heading}
    if not tags and chance:
        tags.add(max(sorted(chance), key=lambda cid: chance[cid]))
    return tags
