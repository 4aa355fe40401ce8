"""Tagging and related articles: what a reader would agree an article is about."""
from __future__ import annotations

import _paths  # noqa: F401
from _support import P1, P2, P3, P4, article, editorial
from kb.concepts import build_matcher
from kb.link import article_tags, find_mentions, related_articles, tag_article
from kb.structure import assign_slugs

LONG = " ".join([P1, P2, P3, P4] * 4)   # well over the short-article threshold


def tags_of(text: str) -> tuple[str, ...]:
    matcher = build_matcher(editorial().concepts)
    a = assign_slugs([article(text)])[0]
    return article_tags(a, find_mentions(a, matcher), matcher)


def test_a_single_passing_mention_in_a_long_article_is_not_a_tag() -> None:
    assert "fan-economy" not in tags_of(f"{LONG}\n{P1} The fan economy is one idea. {P2}\n{LONG}\n")


def test_two_mentions_make_a_tag_whatever_the_spelling() -> None:
    text = f"{LONG}\nThe economy of fans grows.\n{LONG}\nFans economy is everywhere.\n"
    assert "fan-economy" in tags_of(text)


def test_a_mention_in_a_heading_or_the_opening_paragraph_makes_a_tag() -> None:
    assert "new-retail" in tags_of(f"{LONG}\nFirst, new-retail is coming;\n{LONG}\n")
    assert "consumption-upgrade" in tags_of(f"Upgrading of consumption shapes demand.\n{LONG}\n")


def test_a_single_mention_in_the_first_sentence_of_a_paragraph_makes_a_tag() -> None:
    text = f"{LONG}\nThe supply-chain must keep up with the orders. {P1} {P2}\n{LONG}\n"
    assert "supply-chain" in tags_of(text)


def test_two_names_in_one_later_sentence_are_still_a_passing_mention() -> None:
    text = (f"{LONG}\n{P1} Some buy through cross border e-commerce and overseas purchasing, "
            f"but most buy at home. {P2}\n{LONG}\n")
    assert "cross-border-e-commerce" not in tags_of(text)


def test_names_in_two_later_sentences_make_a_tag() -> None:
    text = (f"{LONG}\n{P1} The through train is expensive. {P2}\n{LONG}\n"
            f"{P3} Many stop paying for the through-train. {P4}\n")
    assert "paid-traffic" in tags_of(text)


def test_one_mention_opening_a_paragraph_is_enough_in_a_short_article() -> None:
    assert "after-sales-service" in tags_of(f"{P1}\nAfter-sales service keeps buyers. {P2}\n")
    # Even a one-sentence paragraph, or deep in the sentence: a short article has few to spare.
    assert "after-sales-service" in tags_of(
        f"{P1}\nWhat keeps the buyers of a small store coming back is good after-sales service.\n")


def test_a_name_after_the_first_sentence_is_in_passing_even_in_a_short_article() -> None:
    text = f"{P1}\n{P2} We also tried drainage through short videos, which costs time.\n"
    tags = tags_of(text)
    assert "customer-drainage" not in tags and "short-video-marketing" not in tags


def test_related_articles_prefer_the_rarer_shared_concept() -> None:
    tags = {"a": ("common", "rare"), "b": ("common",), "c": ("common",), "d": ("common", "rare")}
    related = related_articles(tags)
    assert related["a"][0].slug == "d"
    assert related["a"][0].shared[0] == "rare"


def test_a_name_later_in_the_opening_paragraph_sets_the_scene_and_is_in_passing() -> None:
    text = (f"Many sellers now look for new buyers. The old way of opening the through train "
            f"no longer works. {P1}\n{LONG}\n")
    assert "paid-traffic" not in tags_of(text)


def test_the_opening_sentence_states_the_subject_even_alone() -> None:
    assert "fan-economy" in tags_of(f"The economy of fans is everywhere.\n{LONG}\n")


def test_a_one_sentence_paragraph_names_in_passing_and_leads_nothing() -> None:
    text = f"{LONG}\nThe logistics was slow last year.\n{LONG}\n"
    assert "logistics" not in tags_of(text)


def test_a_bare_outline_entry_is_not_a_topic_until_the_body_names_it_again() -> None:
    outline = "1. Fan economy...\n2. Price war...\n3. Supply chain...\n"
    body = f"{LONG}\n{P1} The fan economy pays the rent. {P2}\n{LONG}\n"
    tags = tags_of(f"{LONG}\n{outline}{body}")
    assert "fan-economy" in tags and "price-war" not in tags


def test_a_name_deep_inside_a_first_sentence_is_in_passing() -> None:
    text = (f"{LONG}\nIn August of that year the company came out of the old platform and began "
            f"to focus on personal brand building. {P1}\n{LONG}\n")
    assert "brand-building" not in tags_of(text)


def test_several_names_in_one_sentence_are_still_one_passing_mention() -> None:
    text = (f"{LONG}\n{P1} Media operations were born, including today's headlines, "
            f"Wukong Q&A and Toutiao. {P2}\n{LONG}\n")
    assert "self-media" not in tags_of(text)


LOGISTICS_TALK = ["The warehouse sits outside the city.", "Couriers pick up parcels at noon.",
                  "Delivery takes two days in winter.", "Each parcel is scanned twice."]


def test_cue_words_alone_never_make_a_tag() -> None:
    # Four sentences speak of warehouses, couriers and parcels, but none names logistics.
    text = f"{LONG}\n" + "\n".join(f"{s} {P1}" for s in LOGISTICS_TALK) + f"\n{LONG}\n"
    assert "logistics" not in tags_of(text)


def test_a_cue_word_adds_to_a_passing_name() -> None:
    # One passing name (0.5) and two sentences with cue words (0.25 each) make a tag.
    text = (f"{LONG}\n{P1} The logistics were slow this year. {P2}\n{LONG}\n"
            f"{LOGISTICS_TALK[0]} {P3}\n{LOGISTICS_TALK[1]} {P4}\n{LONG}\n")
    assert "logistics" in tags_of(text)
    assert "logistics" not in tags_of(f"{LONG}\n{P1} The logistics were slow this year. {P2}\n"
                                      f"{LONG}\n")


def test_cue_words_count_as_mentions_only_where_the_concept_is_a_tag() -> None:
    matcher = build_matcher(editorial().concepts)
    talk = assign_slugs([article(f"{LONG}\nThe logistics were slow. {P1}\n"
                                 + "\n".join(LOGISTICS_TALK) + f"\n{LONG}\n")])[0]
    passing = assign_slugs([article(f"{LONG}\n{LOGISTICS_TALK[0]}\n{LONG}\n")])[0]
    talk_links, passing_links = tag_article(talk, matcher), tag_article(passing, matcher)
    assert "logistics" in talk_links.tags
    assert sum(m.concept_id == "logistics" for m in talk_links.mentions) >= 4
    assert all(m.concept_id != "logistics" for m in passing_links.mentions)


# --- concept profiles (kb/profiles.py): words an editor's tagged articles share -----------

from kb.profiles import learn, similarities  # noqa: E402

COURIERS = ("Parcels wait in the warehouse until the courier collects them at dawn. The depot "
            "sorts every parcel by district, and the van leaves before the morning rush. "
            "Delivery times fall when stock sits in a warehouse near the buyer.")
FABRIC = ("We changed the fabric, added a thumb loop and a reflective strip at the wrist. The "
          "sleeve fabric breathes, and the design fits the handlebar of an electric bike.")


def profiles_of_examples():
    return learn([(COURIERS, {"logistics"}), (COURIERS + " " + FABRIC, {"logistics"}),
                  (FABRIC, {"product-design"}), (FABRIC + " " + P1, {"product-design"}),
                  (P2 + " " + P3, {"customer-retention"}), (P3 + " " + P4, set())])


def test_an_article_is_closest_to_the_profile_of_what_it_discusses() -> None:
    close = similarities("The courier took the parcel from the warehouse depot at dawn.",
                         profiles_of_examples())
    assert max(close, key=close.get) == "logistics"


def with_model(profiles, **weights: float):
    """profiles with a hand-set tag model: a tag from a weighted sum of weights' features."""
    from dataclasses import replace
    from kb.tagmodel import TagModel
    return replace(profiles, model=TagModel(weights, bias=-4.0, threshold=0.5))


def test_a_concept_discussed_without_its_name_is_tagged_when_the_model_weighs_closeness(
        ) -> None:
    matcher = build_matcher(editorial().concepts)
    text = f"How The Orders Reach The Buyer\n{COURIERS}\n{COURIERS}\n{P1}\n"
    a = assign_slugs([article(text)])[0]
    assert "logistics" not in tag_article(a, matcher).tags
    close = with_model(profiles_of_examples(), closeness=10.0, by_names=8.0)
    assert "logistics" in tag_article(a, matcher, profiles=close).tags
    names_only = with_model(profiles_of_examples(), by_names=8.0)
    assert "logistics" not in tag_article(a, matcher, profiles=names_only).tags


def test_a_name_far_from_its_profile_is_dropped_when_the_model_weighs_closeness_over_names(
        ) -> None:
    matcher = build_matcher(editorial().concepts)
    named = (f"{COURIERS}\nThe fan economy matters here. {COURIERS}\nFans economy grows. "
             f"{COURIERS}\n")
    a = assign_slugs([article(f"Notes On A Depot\n{named}")])[0]
    assert "fan-economy" in tag_article(a, matcher).tags
    model = with_model(profiles_of_examples(), by_names=3.0, closeness=10.0, titled=8.0)
    assert tag_article(a, matcher, profiles=model).tags == ("logistics",)
    titled = assign_slugs([article(f"The Fan Economy Of A Depot\n{named}")])[0]
    assert tag_article(titled, matcher, profiles=model).tags == ("fan-economy", "logistics")


def test_every_article_gets_at_least_its_most_likely_tag() -> None:
    matcher = build_matcher(editorial().concepts)
    a = assign_slugs([article(f"Notes On A Depot\n{COURIERS}\n{COURIERS}\n{P1}\n")])[0]
    strict = with_model(profiles_of_examples(), closeness=1.0)   # nothing reaches 0.5
    assert tag_article(a, matcher, profiles=strict).tags == ("logistics",)


def classifiers_of_examples():
    """Profiles and classifiers learned as make profiles does: parcels are in the articles of
    both concepts, couriers and depots only in those tagged logistics."""
    from learn_profiles import learn_profiles_and_classifiers
    depot = "The courier left the depot at dawn and the van reached the depot again by noon."
    parcel = "The parcel arrived in a box with a card, and the buyer opened the parcel at once."
    loyal = "The buyer came back to order again, a loyal regular who repurchased every month."
    examples = [(f"{depot} {parcel}", {"logistics"}), (f"{depot} {depot} {P1}", {"logistics"}),
                (f"{parcel} {loyal}", {"customer-retention"}), (f"{loyal} {P2}", {"customer-retention"}),
                (f"{parcel} {P3}", set()), (f"{P3} {P4}", set())] * 3
    return learn_profiles_and_classifiers([(article(text), tags) for text, tags in examples])


def test_a_classifier_weighs_the_words_that_tell_its_concept_apart() -> None:
    from kb.profiles import classifier_scores, vector_of
    learned = classifiers_of_examples()
    weights = learned.classifiers["logistics"].weights
    assert weights["courier"] > 0 and weights.get("parcel", 0.0) < weights["courier"]
    text = "At dawn the courier loaded the van at the depot."
    scores = classifier_scores(vector_of(text, learned), learned)
    assert max(scores, key=scores.get) == "logistics"


def test_a_concept_is_tagged_by_its_classifier_when_the_model_weighs_it() -> None:
    matcher = build_matcher(editorial().concepts)
    text = ("The Fan Economy Of A Morning Round\nAt dawn the courier loaded the van at the "
            f"depot, and the courier was back at the depot by noon.\n{P4}\n")
    a = assign_slugs([article(text)])[0]
    learned = classifiers_of_examples()
    assert tag_article(a, matcher, profiles=with_model(learned, classifier_first=8.0)).tags == (
        "fan-economy", "logistics")
    assert tag_article(a, matcher, profiles=with_model(learned, closeness=0.1)).tags == (
        "fan-economy",)


def test_the_shipped_model_tags_an_article_about_couriers_and_warehouses_with_logistics() -> None:
    """The model learned from the editors' tags (editorial/profiles.yml), as the build uses it."""
    shipped = editorial().profiles
    assert shipped.model is not None
    matcher = build_matcher(editorial().concepts)
    text = (f"Getting The Parcel To The Door\n{LONG}\nFirst, the warehouse\n{COURIERS}\n"
            f"Second, the courier\n{COURIERS}\nThe delivery van was late and the parcel "
            f"sat in the depot.\n{LONG}\n")
    a = assign_slugs([article(text)])[0]
    assert "logistics" not in tag_article(a, matcher).tags
    assert "logistics" in tag_article(a, matcher, profiles=shipped).tags


def test_the_learner_weighs_a_name_in_a_heading_as_the_editors_did() -> None:
    from kb.tagmodel import NOTHING
    from learn_profiles import fit_model
    from dataclasses import replace
    from kb.tagmodel import probability
    headed = replace(NOTHING, named_in_heading=True, names=1)
    passing = replace(NOTHING, names=1)
    # Editors tagged every concept named in a heading and none named once in passing.
    rows = [({"a": headed, "b": passing}, {"a"}), ({"a": passing, "b": headed}, {"b"})] * 20
    model = fit_model(rows, ["a", "b"])
    assert model.weights["named_in_heading"] > 0
    assert probability("a", headed, model) > model.threshold > probability("a", passing, model)


def test_a_concept_named_in_a_heading_or_the_title_is_a_tag_whatever_the_model_says() -> None:
    from dataclasses import replace
    from kb.tagmodel import TagModel, choose_tags
    from kb.tagmodel import NOTHING
    # A model that finds nothing likely: a name in a heading or the title still makes a tag.
    doubtful = TagModel({}, -10.0, 0.35)
    evidence = {"product-design": replace(NOTHING, named_in_heading=True, names=2),
                "brand-building": replace(NOTHING, titled=True, names=1),
                "price-war": replace(NOTHING, names=3)}
    assert choose_tags(evidence, doubtful) == {"product-design", "brand-building"}
