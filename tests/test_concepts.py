"""Concept matching: the names a reader would recognise, and nothing else."""
from __future__ import annotations

import pytest

import _paths  # noqa: F401
from _support import editorial
from kb.concepts import Matcher, american, build_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return build_matcher(editorial().concepts)


def found(matcher: Matcher, text: str) -> list[tuple[str, str]]:
    """(concept id, the words matched) for every mention in text."""
    return [(cid, text[start:end]) for cid, start, end in matcher.find(text)]


@pytest.mark.parametrize("text", [
    "Consumption upgrade is here.", "CONSUMPTION UPGRADING is here.",
    "Consumption upgrades are here.", "Consumption upgraded last year.",
    "The upgrade of consumption is here.", "The upgrading of consumption is here."])
def test_case_and_inflections_match(matcher: Matcher, text: str) -> None:
    assert [cid for cid, _ in found(matcher, text)] == ["consumption-upgrade"]


@pytest.mark.parametrize("text, words", [
    ("New-retail stores open.", "New-retail"), ("New retail stores open.", "New retail"),
    ("After sale matters.", "After sale"), ("The after-sales team.", "after-sales"),
    ("Invite KOLs to write.", "KOLs"), ("The economy of fans.", "economy of fans"),
    ("Micro-businesses sell.", "Micro-businesses")])
def test_hyphen_space_plural_and_acronym_variants_match(matcher: Matcher, text: str,
                                                        words: str) -> None:
    assert words in [w for _, w in found(matcher, text)], found(matcher, text)


@pytest.mark.parametrize("text", [
    "Retailers new and old compete.",            # "new retailers" is not "new retail"
    "The new retailers opened.",
    "What customers care about is freshness.",
    "Fanship is not a word; nor is fansite.",    # whole words only
    "Since the 19th CPC National Congress."])    # an ambiguous acronym is not an alias
def test_derived_words_parts_of_words_and_ambiguous_acronyms_do_not_match(
        matcher: Matcher, text: str) -> None:
    assert found(matcher, text) == []


def test_a_derived_word_is_not_the_name_it_starts_with(matcher: Matcher) -> None:
    # "Customization" is a name of personalization, not a form of "customer service".
    assert found(matcher, "Customization services have a market.") == [
        ("personalization", "Customization")]


def test_longest_name_wins_and_mentions_do_not_overlap(matcher: Matcher) -> None:
    text = "Cross-border e-commerce grows."
    assert found(matcher, text) == [("cross-border-e-commerce", "Cross-border e-commerce")]


def test_chinese_text_around_a_name_does_not_stop_the_match(matcher: Matcher) -> None:
    assert [cid for cid, _ in found(matcher, "关于 fan economy 的讨论")] == ["fan-economy"]


def test_a_chinese_term_left_in_the_text_names_its_concept_as_a_whole_word(
        matcher: Matcher) -> None:
    text = "Sellers call it 同质化, and the cure is 差异化; 做私域流量运营 is one run of words."
    assert found(matcher, text) == [("homogenization", "同质化"),
                                    ("store-differentiation", "差异化")]


@pytest.mark.parametrize("text", [
    "Spend on traffic, diversion of budget follows.",   # "traffic diversion" across a comma
    "It needs a brand. Building trust takes years.",    # "brand building" across a full stop
    "Whose brand: building or buying?"])
def test_a_name_does_not_span_punctuation(matcher: Matcher, text: str) -> None:
    assert found(matcher, text) == []


@pytest.mark.parametrize("text, words", [
    ("The fans' economy grows.", "fans' economy"), ("Use Wukong Q&A to answer.", "Wukong Q&A"),
    ("Online/offline integration wins.", "Online/offline integration")])
def test_apostrophe_ampersand_and_slash_join_the_words_of_a_name(matcher: Matcher, text: str,
                                                                 words: str) -> None:
    assert words in [w for _, w in found(matcher, text)], found(matcher, text)


@pytest.mark.parametrize("text, concept", [
    ("The online and offline integration of the store.", "online-offline-integration"),
    ("Community group buys arrive at noon.", "community-group-buying"),
    ("Repeat buyers are the cheapest.", "customer-retention")])
def test_variants_sources_use_are_aliases(matcher: Matcher, text: str, concept: str) -> None:
    assert concept in [cid for cid, _ in found(matcher, text)], found(matcher, text)


def test_a_warehouse_is_not_logistics(matcher: Matcher) -> None:
    # "warehousing" lemmatises to "warehouse", a word used for any store-room
    assert found(matcher, "The goods stayed in the warehouses of the agents.") == []


@pytest.mark.parametrize("text, concept_id", [
    ("The war of prices hurts everyone.", "price-war"),
    ("The building of the brand takes years.", "brand-building"),
    ("The chain of supply broke.", "supply-chain"),
    ("The retention of customers is cheap.", "customer-retention"),
    ("Operations driven by data beat hunches.", "data-driven-operations"),
    ("Marketing based on scenarios sells the moment.", "scenario-based-marketing")])
def test_a_name_turned_round_matches_without_an_alias(matcher: Matcher, text: str,
                                                      concept_id: str) -> None:
    assert [cid for cid, _ in found(matcher, text)] == [concept_id]


def test_a_name_with_a_function_word_is_not_turned_round(matcher: Matcher) -> None:
    # "online and offline" turned round would be "offline of online and": nonsense to match
    assert found(matcher, "The offline of online and the rest.") == []


def cue_words(matcher: Matcher, text: str) -> list[tuple[str, str]]:
    return [(cid, text[start:end]) for cid, start, end in matcher.find_cues(text)]


def test_cue_words_are_found_in_any_inflection(matcher: Matcher) -> None:
    assert ("logistics", "warehouses") in cue_words(matcher, "Two warehouses were built.")
    assert ("logistics", "couriers") in cue_words(matcher, "The couriers arrived late.")


def test_a_cue_word_inside_a_name_belongs_to_the_name(matcher: Matcher) -> None:
    text = "An overseas warehouse cuts the wait."       # a name of cross-border e-commerce
    assert ("cross-border-e-commerce", "overseas warehouse") in found(matcher, text)
    assert "logistics" not in [cid for cid, _ in cue_words(matcher, text)]


def test_an_acronym_is_not_read_as_a_dictionary_word(matcher: Matcher) -> None:
    # simplemma's lemma of "ai" is "be": without care, the cue "AI" would match every "is"
    assert "big-data" not in [cid for cid, _ in cue_words(matcher, "It is what it is.")]
    assert ("big-data", "AI") in cue_words(matcher, "AI writes the product copy.")


@pytest.mark.parametrize("text, concept", [   # the taxonomy has only the American names
    ("Personalised recommendations win buyers.", "personalization"),
    ("Buying behaviour changed after 2020.", "consumer-behavior"),
    ("Product homogenisation hurts small shops.", "homogenization")])
def test_british_spellings_match_the_american_names(matcher: Matcher, text: str,
                                                    concept: str) -> None:
    assert concept in [cid for cid, _ in found(matcher, text)], found(matcher, text)


@pytest.mark.parametrize("word, kept", [("organisation", "organization"),
                                        ("behaviour", "behavior"), ("centre", "center"),
                                        ("four", "four"), ("promise", "promise"),
                                        ("expertise", "expertise"), ("hour", "hour")])
def test_only_words_english_spells_otherwise_take_the_american_form(word: str,
                                                                     kept: str) -> None:
    assert american(word) == kept


def test_the_plural_of_a_name_ending_in_ing_matches_it(matcher: Matcher) -> None:
    # simplemma gives "rankings" -> "ranking" but "ranking" -> "rank".
    assert found(matcher, "Search rankings move daily.") == [("search-ranking", "Search rankings")]
