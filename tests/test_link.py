"""Tagging and related articles: what a reader would agree an article is about."""
from __future__ import annotations

import _paths  # noqa: F401
from _support import P1, P2, P3, P4, article, editorial
from kb.concepts import build_matcher
from kb.link import article_tags, find_mentions, related_articles
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


def test_one_mention_is_enough_in_a_short_article() -> None:
    assert "after-sales-service" in tags_of(f"{P1}\nAfter-sales service keeps buyers. {P2}\n")


def test_related_articles_prefer_the_rarer_shared_concept() -> None:
    tags = {"a": ("common", "rare"), "b": ("common",), "c": ("common",), "d": ("common", "rare")}
    related = related_articles(tags)
    assert related["a"][0].slug == "d"
    assert related["a"][0].shared[0] == "rare"
