"""Clean stage: one test per rule. Real text stays; debris goes; every change is recorded."""
from __future__ import annotations

from pathlib import Path

import pytest

import _paths  # noqa: F401
from _support import P1, P2, P3, P4, article, cleaned, editorial, raw
from kb.clean import clean, repeated_edge_sentences
from kb.editorial import load_editorial
from kb.model import Change
from kb.repair import repair_line, restored_trans, unhyphenated
from kb.structure import build_article
from kb.text import sentences

BODY = f"{P1}\n{P2}\n{P3}\n{P4}\n"


def removed(changes: tuple[Change, ...]) -> list[str]:
    return [c.text for c in changes if c.kind == "removed"]


def between_paragraphs(line: str) -> tuple[str, ...]:
    """The cleaned lines of an article where line stands between two real paragraphs."""
    return cleaned(f"Title Of The Piece\n{P1}\n{line}\n{P2}\n").lines


def minimal_editorial(folder: Path, boilerplate: str = "", corrections: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "boilerplate.yml").write_text(boilerplate, encoding="utf-8")
    (folder / "corrections.yml").write_text(corrections, encoding="utf-8")
    (folder / "titles.yml").write_text("", encoding="utf-8")
    (folder / "tags.yml").write_text("", encoding="utf-8")
    (folder / "concepts.yml").write_text("categories: []\nconcepts: []\n", encoding="utf-8")
    return folder


# --- editorial patterns -------------------------------------------------------------------

def test_editorial_pattern_removes_the_matching_sentence_anywhere(tmp_path: Path) -> None:
    ed = load_editorial(minimal_editorial(tmp_path, boilerplate=(
        "patterns:\n  - pattern: 'visit shop\\d+ dot com'\n    why: test advert\n")))
    text = f"{P1}\n{P2} Visit shop123 dot com for deals today.\n{P3}\n{P4}\n"
    result = cleaned(text, ed=ed)
    assert result.lines == (P1, P2, P3, P4)
    assert [(c.kind, c.text, c.detail) for c in result.changes] == [
        ("removed", "Visit shop123 dot com for deals today.", "editorial pattern: test advert")]


def test_quote_closing_a_question_stays_when_a_sentence_is_cut_from_its_line(
        tmp_path: Path) -> None:
    ed = load_editorial(minimal_editorial(tmp_path, boilerplate=(
        "patterns:\n  - pattern: 'visit shop\\d+'\n    why: test advert\n")))
    line = ('Many sellers begin by asking "how do we promote it?" The better question '
            'is who the product is for (and why them.) Visit shop12 for daily tips.')
    result = cleaned(f"{P1}\n{line}\n{P3}\n{P4}\n", ed=ed)
    assert result.lines[1] == line.removesuffix(" Visit shop12 for daily tips.")
    assert sentences(line)[:2] == ['Many sellers begin by asking "how do we promote it?"',
                                   'The better question is who the product is for (and why them.)']


def test_editorial_keep_line_is_never_removed(tmp_path: Path) -> None:
    line = "Visit shop123 dot com is the name of a chapter in this book about stores."
    ed = load_editorial(minimal_editorial(tmp_path, boilerplate=(
        "patterns:\n  - pattern: 'visit shop\\d+'\n    why: test advert\n"
        f"keep:\n  - '{line}'\n")))
    assert line in cleaned(f"{P1}\n{line}\n{P2}\n{P3}\n", ed=ed).lines


def test_ad_sentence_glued_to_real_line_takes_only_itself() -> None:
    ad = ("Click to register to apply for the qualification to attend the Laogao e-commerce "
          "classroom.")
    result = cleaned(f"{P1}\n{P2}\n{P3} {ad}\n{P4}\n")
    assert result.lines == (P1, P2, P3, P4)
    assert removed(result.changes) == [ad]


def test_ad_sentence_glued_to_the_end_of_the_last_line_takes_only_itself() -> None:
    ad = "Laogao strongly invites e-commerce veterans to teach everyone step by step!"
    result = cleaned(f"{P1}\n{P2}\n{P3} {ad}\n")
    assert result.lines == (P1, P2, P3)
    assert removed(result.changes) == [ad]


# --- sentences repeated at the edges of several articles ----------------------------------

SHARED = "The freshest notes on online retail arrive in this column every single weekday morning."
LONG_A = [P1, P2, P3, "The first article keeps going about store design for another line here.",
          "Its middle is about pricing, which many sellers still get wrong every single season.",
          P4, "A closing thought on delivery speed ends the first article about store design."]
LONG_B = ["The second article opens with a claim about live streaming and its real audience.",
          "It goes on about hosts, scripts and the goods that sell best on a live stream.",
          "Viewers buy when they trust the host, and trust takes many streams to build.",
          "Its middle covers returns, which are higher for goods sold on a live stream.",
          "Hosts who show the goods honestly see fewer returns over a season of streams.",
          "Platforms are starting to rank hosts by how many of their sales are returned.",
          "A closing thought on hosts ends the second article about live streaming today."]


def test_sentence_repeated_at_the_tail_of_two_articles_is_removed_from_both() -> None:
    a = raw("\n".join(LONG_A) + f" {SHARED}\n", "a.txt")
    b = raw("\n".join(LONG_B) + f"\n{SHARED}\n", "b.txt")
    repeated = repeated_edge_sentences([a, b])
    for source in (a, b):
        result = clean(source, editorial(), repeated)
        assert SHARED not in " ".join(result.lines)
        assert removed(result.changes) == [SHARED]
    assert clean(a, editorial(), repeated).lines[-1] == LONG_A[-1]


def test_sentence_repeated_at_the_head_of_two_articles_is_removed() -> None:
    a = raw(f"{SHARED}\n" + "\n".join(LONG_A) + "\n", "a.txt")
    b = raw(f"{SHARED}\n" + "\n".join(LONG_B) + "\n", "b.txt")
    repeated = repeated_edge_sentences([a, b])
    assert clean(a, editorial(), repeated).lines == tuple(LONG_A)
    assert clean(b, editorial(), repeated).lines == tuple(LONG_B)

LONG_C = ["A third article is about warehouses and how stock moves between the cities.",
          "Goods that sit too long in a warehouse cost money every single day they stay.",
          "Smart sellers move slow goods to the cities where buyers still want them.",
          "The rest of the third article counts what a day of storage really costs a seller.",
          "Rent, staff and insurance all grow with every pallet that nobody has bought yet.",
          "Some sellers rent space near the big cities only for the weeks of a sales festival.",
          "A closing thought on stock ends the third article about warehouses and cities."]


def test_repeated_sentence_in_the_middle_of_an_article_is_kept() -> None:
    a = raw("\n".join(LONG_A) + f"\n{SHARED}\n", "a.txt")
    b = raw("\n".join(LONG_B) + f"\n{SHARED}\n", "b.txt")
    middle = LONG_C[:3] + [SHARED] + LONG_C[3:]
    c = raw("\n".join(middle) + "\n", "c.txt")
    repeated = repeated_edge_sentences([a, b, c])
    assert clean(c, editorial(), repeated).lines == tuple(middle)


def test_heading_shared_near_the_top_of_two_articles_is_not_removed_as_boilerplate() -> None:
    heading = "First, meet the new middle class;"
    a = raw("\n".join([LONG_A[0], heading, *LONG_A[1:]]) + "\n", "a.txt")
    b = raw("\n".join([LONG_B[0], heading, *LONG_B[1:]]) + "\n", "b.txt")
    repeated = repeated_edge_sentences([a, b])
    for source in (a, b):
        result = clean(source, editorial(), repeated)
        assert heading in result.lines, "a shared section heading is not site-wide boilerplate"


def test_sentence_in_only_one_article_is_not_repeated_boilerplate() -> None:
    a = raw("\n".join(LONG_A) + f"\n{SHARED}\n", "a.txt")
    b = raw("\n".join(LONG_B) + "\n", "b.txt")
    assert repeated_edge_sentences([a, b]) == frozenset()


def test_short_shared_phrase_at_the_edges_is_not_boilerplate() -> None:
    a = raw("\n".join(LONG_A) + "\nThanks for reading.\n", "a.txt")
    b = raw("\n".join(LONG_B) + "\nThanks for reading.\n", "b.txt")
    assert repeated_edge_sentences([a, b]) == frozenset()


# --- trailing link farms --------------------------------------------------------------------

FARM = ["- How To Sell More Shoes This Winter",
        "| Five Tips For New Store Owners",
        "· Why Brands Matter More Than Ever",
        "- Fashion item | 夢幻美飾 小黑裙的絕配珠寶"]


@pytest.mark.parametrize("header", ["Related reading", "- Related reading", "Recommended articles:",
                                    "相关阅读", "【相关阅读】", "You may also like",
                                    "More exciting content", "往期回顾", "Recommended for you"])
def test_trailing_related_reading_link_farm_is_removed_with_its_header(header: str) -> None:
    result = cleaned(BODY + header + "\n" + "\n".join(FARM) + "\n")
    assert result.lines == (P1, P2, P3, P4)
    assert removed(result.changes) == [header, *FARM]


def test_bulleted_link_farm_without_header_is_removed() -> None:
    farm = ["- How To Sell More Shoes This Winter", "- Five Tips For New Store Owners",
            "- Why Brands Matter More Than Ever"]
    result = cleaned(BODY + "\n".join(farm) + "\n")
    assert result.lines == (P1, P2, P3, P4)
    assert removed(result.changes) == farm


def test_two_bulleted_lines_at_the_end_are_not_a_link_farm() -> None:
    tail = ["- Price is what buyers see first on every product page.",
            "- Service is what makes buyers come back to the store."]
    result = cleaned(BODY + "\n".join(tail) + "\n")
    assert result.lines[-2:] == tuple(tail)


def test_real_bulleted_list_of_sentences_closing_the_article_is_kept() -> None:
    lead = "In short, three habits decide whether a small store survives:"
    bullets = ["- Sell goods that buyers already trust, at a fair price.",
               "- Answer every question within an hour, even at night.",
               "- Ship the same day, and say so on the page."]
    result = cleaned(f"{P1}\n{P2}\n{lead}\n" + "\n".join(bullets) + "\n")
    assert result.lines[-3:] == tuple(bullets), result.changes


def test_related_reading_header_followed_by_real_paragraphs_is_kept() -> None:
    long_paragraph = " ".join([P1, P2, P3])
    result = cleaned(f"{P1}\nRelated reading\n{long_paragraph}\n{P4}\n")
    assert long_paragraph in result.lines and P4 in result.lines


# --- call-to-action footers and head debris ------------------------------------------------

@pytest.mark.parametrize("footer", [
    ["Follow us for more articles like this one."],
    ["Scan the QR code to add our WeChat account."],
    ["Please follow our public account for the latest news."],
    ["Editor: Wang Lei"],
    ["—END—"],
    ["- END -"],
    ["Follow us for more.", "Scan the QR code below.", "Responsible editor: Li Na", "—END—"],
    ["关注我们的公众号"],
    ['Reply "group" in the background to receive the complete manual.'],
    ["Welcome to share this article with friends who sell online."],
    ["Like and share if you found this useful!"],
    ['Click "Read the original" to view more.'],
    ["For more tips, add the assistant on WeChat: ds8899."],
    ["Please pay attention to our public account."],
    ["Friends who want the full handbook can leave a message in the comment area."],
    ["The above content is for reference only."],
    ["(The author is the founder of a tea brand, and this article represents only his views.)"],
    ["Maker Academy: one-on-one store coaching for beginners, consultation hotline 400-123-4567."],
    ["Scan the code to follow us.", "Rongda Training: shop design, cooperation phone 0755-2345-6789."],
    ["This column is sponsored by Shuju Box, the ranking tool that sellers trust."],
    ["Want to open a store of your own?", "Kaidian Bao app, zero threshold, download now!"],
    ["Stock up with Huoyuan Cloud: purchasing and warehousing in one place, free trial for 7 days."],
    ["Recommended reading: Five rules of the through train | How to price a new product"],
    ["Copyright © 2016-2020 Dianshang Daily, ICP No. 12345678-1"],
    ["Download the Kaidian Helper APP, one-click store check, new users get 7 days of VIP."],
    ["Like, look and share: three consecutive clicks are the best encouragement to the author!"],
    ["Copyright © 2021 Shop Weekly. All rights reserved. Reprint must be authorized."],
    ["If you found this useful, tap \"Like\" and send it to a friend who runs a store."],
    ["Need a logo for your shop? Mingpai Studio designs one in three days, call 400-555-0199."],
    ["Dianbao Cloud ERP: one-click order sync for ten platforms, see www.dianbao.example"],
    ["Editor: Li Mei", "New course \"Store Basics\" opens on June 1, seats are limited, sign up early.",
     "Scan the QR code below to follow us."],
], ids=["follow", "scan-qr", "public-account", "editor", "end", "end-dashes", "all", "chinese",
        "reply-in-background", "welcome-to-share", "like-and-share", "read-the-original",
        "for-more-add", "pay-attention-to-us", "leave-a-message", "reference-only",
        "author-bio", "hotline", "phone-shields-a-call", "sponsored", "app-pitch-and-lead-in",
        "free-trial", "link-farm-on-one-line", "copyright-and-licence-number", "download-the-app",
        "like-look-share", "reprint-notice", "reader-appeal", "question-lead-in-and-phone",
        "web-address", "unknown-ad-between-editor-and-scan"])
def test_call_to_action_footer_is_removed(footer: list[str]) -> None:
    result = cleaned(BODY + "\n".join(footer) + "\n")
    assert result.lines == (P1, P2, P3, P4)
    # Every word of the footer is reported as removed (a line may go sentence by sentence).
    assert sorted(" ".join(removed(result.changes)).split()) == sorted(" ".join(footer).split())


def test_order_pitch_glued_to_a_paragraph_in_the_middle_takes_only_itself() -> None:
    pitch = "Buy it now via the link in the lower left corner and get a free gift."
    result = cleaned(f"{P1}\n{P2} {pitch}\n{P3}\n{P4}\n")
    assert result.lines == (P1, P2, P3, P4)
    assert removed(result.changes) == [pitch]


def test_unknown_ad_under_a_call_to_action_at_the_end_goes_with_it() -> None:
    footer = ["Scan the QR code to follow us.",
              "Pinpai Lab: brand strategy for small sellers, twelve years of cases, welcome to cooperate."]
    result = cleaned(BODY + "\n".join(footer) + "\n")
    assert result.lines == (P1, P2, P3, P4)
    assert sorted(removed(result.changes)) == sorted(footer)


def test_short_real_lines_under_a_source_line_near_the_end_are_kept() -> None:
    closing = ["Source: National Bureau of Statistics, 2019.",
               "The numbers show that buyers in small cities now spend more each year.",
               "Sellers who ignore them will miss the next wave of growth."]
    result = cleaned(BODY + "\n".join(closing) + "\n")
    assert result.lines[-2:] == tuple(closing[1:]), result.changes


def test_call_to_action_sentence_glued_to_the_last_line_takes_only_itself() -> None:
    result = cleaned(f"{P1}\n{P2}\n{P3} Follow our public account for more.\n")
    assert result.lines == (P1, P2, P3)


@pytest.mark.parametrize("sentence", [
    "In short, merchants must follow the trend of consumption upgrading.",
    "Only sellers who add real value to the goods will survive.",
    "The conclusion is simple: follow the customer, not the competitor.",
    "Add more value to the goods, and buyers will come back for more.",
    "Pay attention to the details, because buyers notice every one of them.",
    "Share the data with the factory, and the factory will share its capacity.",
    "New users who got a 20 yuan coupon came back twice as often as the others.",
    "Want to open a store? Then start with one product you know well.",
    "Sales grew 30% in 2019, and 1,200 buyers came back in 2020.",
], ids=["follow-the-trend", "add-value", "follow-the-customer", "add-more-value",
        "pay-attention-to-details", "share-the-data", "coupon-as-a-topic",
        "rhetorical-question", "numbers-in-a-sentence"])
def test_real_closing_sentence_using_follow_or_add_is_kept(sentence: str) -> None:
    result = cleaned(f"{BODY}{sentence}\n")
    assert result.lines[-1] == sentence, result.changes


def test_real_opening_sentence_using_follow_or_add_is_kept() -> None:
    first = "Merchants who follow the trend of consumption upgrading must add value to their goods."
    result = cleaned(f"{first}\n{BODY}")
    assert result.lines[0] == first, result.changes


def test_public_account_named_in_the_middle_of_the_text_is_kept() -> None:
    line = "Many brands now follow their buyers through a public account and reply to each one."
    result = cleaned(f"{P1}\n{line}\n{P2}\n{P3}\n{P4}\n")
    assert line in result.lines


@pytest.mark.parametrize("head", [
    ["Current position: Home > News"],
    ["Home > News > E-commerce"],
    ["current position: home > news", "News"],
    ["Location: Home > Industry", "TaoBao", "Wechat Business"],
    ["Position: Home >> Hot Topics >> Live E-commerce >> Text"],
    ["Home → Micro-business → Industry news → Article"],
], ids=["current-position", "arrows", "lowercase-then-word", "location-then-words",
        "double-chevrons", "arrows-of-words"])
def test_breadcrumb_and_single_word_lines_at_the_top_are_removed(head: list[str]) -> None:
    result = cleaned("\n".join(head) + "\n" + BODY)
    assert result.title_line is None, "a breadcrumb is not the article's title"
    assert result.lines == (P1, P2, P3, P4)
    assert removed(result.changes) == head


def test_metadata_lines_above_the_title_line_are_removed_and_the_title_found() -> None:
    head = ["Original | Shop Talk | 2021-05-09", "Tags: pricing  promotion  store"]
    result = cleaned("\n".join(head) + "\nHow Small Stores Price Their Goods\n" + BODY)
    assert result.title_line == "How Small Stores Price Their Goods"
    assert result.lines == (P1, P2, P3, P4)
    assert removed(result.changes) == head


def test_pattern_anchored_at_a_sentence_start_finds_it_glued_to_a_real_line() -> None:
    glued = "Disclaimer: the views are the author's own."
    result = cleaned(f"{P1}\n{P2} {glued}\n{P3}\n{P4}\n")
    assert result.lines == (P1, P2, P3, P4)
    assert removed(result.changes) == [glued]


def test_date_and_view_count_line_under_the_title_is_removed() -> None:
    meta = "2020-06-01 09:30 | Views 1,204 | Share"
    result = cleaned(f"How Sellers Win In A Crowded Market\n{meta}\n{BODY}")
    assert result.title_line == "How Sellers Win In A Crowded Market"
    assert result.lines == (P1, P2, P3, P4)
    assert removed(result.changes) == [meta]


def test_contact_ad_with_a_wechat_id_glued_to_a_paragraph_takes_only_itself() -> None:
    ad = "Add WeChat shop8899 to get the full checklist for free."
    result = cleaned(f"{P1}\n{P2} {ad}\n{P3}\n{P4}\n")
    assert result.lines == (P1, P2, P3, P4)
    assert removed(result.changes) == [ad]


def test_advice_to_add_a_buyers_wechat_is_kept() -> None:
    advice = "Add the buyer's WeChat to get repeat orders without paying for traffic."
    result = cleaned(f"{P1}\n{advice} {P2}\n{P3}\n{P4}\n")
    assert result.lines[1] == f"{advice} {P2}"


def test_breadcrumb_under_the_title_line_is_removed_and_title_kept() -> None:
    result = cleaned("How Sellers Win In A Crowded Market\nCurrent position: Home > News\nNews\n"
                     + BODY)
    assert result.title_line == "How Sellers Win In A Crowded Market"
    assert result.lines == (P1, P2, P3, P4)
    assert removed(result.changes) == ["Current position: Home > News", "News"]


def test_paragraph_starting_with_first_is_kept_and_not_a_heading() -> None:
    first = ("First, the merchants who understand their customers will win the market in the "
             "coming years because they know what buyers value.")
    text = f"{P1}\n{first}\n{P2}\n{P3}\n"
    result = cleaned(text)
    assert first in result.lines
    built = build_article(raw(text), result, None)
    assert all(s.heading is None for s in built.sections)
    assert first in [p.text for p in built.points()]


def test_short_real_sentence_at_the_top_is_kept() -> None:
    result = cleaned(f"Prices are rising.\n{P1}\n{P2}\n")
    assert result.lines[0] == "Prices are rising."


# --- broken lines -----------------------------------------------------------------------

def test_line_starting_with_comma_is_joined_without_a_space() -> None:
    result = cleaned(f"{P1}\nBuyers now expect quality, after-sales and formal channels\n"
                     f", waiting for this series of guarantees.\n{P2}\n")
    assert ("Buyers now expect quality, after-sales and formal channels, waiting for this series "
            "of guarantees.") in result.lines
    assert [c.kind for c in result.changes] == ["joined"]


def test_line_starting_lowercase_is_joined_with_a_space() -> None:
    result = cleaned(f"{P1}\nMany sellers have found that the old\nways of selling no longer work.\n"
                     f"{P2}\n")
    assert "Many sellers have found that the old ways of selling no longer work." in result.lines
    assert [(c.kind, c.text) for c in result.changes] == [
        ("joined", "ways of selling no longer work.")]


def test_a_numbered_heading_split_before_a_hyphenated_word_is_rejoined() -> None:
    result = cleaned(f"{P1}\n3、Should a small seller go to the\nhigh-end market?\n{P2}\n")
    assert result.lines == (P1, "3、Should a small seller go to the high-end market?", P2)


def test_lowercase_word_followed_by_a_comma_continues_the_line_and_gets_the_glossary() -> None:
    # The idiom is whole only once the line is joined: "net red" -> "internet celebrity".
    result = cleaned(f"{P1}\nThe audience trusts the net\nred, not the brand, and leaves with "
                     f"the host.\n{P2}\n")
    assert ("The audience trusts the internet celebrity, not the brand, and leaves with the "
            "host.") in result.lines

@pytest.mark.parametrize("brand", ["eBay", "iPhone"])
def test_paragraph_starting_with_a_lowercase_brand_name_is_not_joined(brand: str) -> None:
    line = f"{brand} sellers saw the same trend in their own markets during the last quarter."
    result = cleaned(f"{P1}\n{line}\n{P2}\n")
    assert result.lines == (P1, line, P2)


def test_enumeration_heading_split_across_lines_is_rejoined() -> None:
    result = cleaned(f"{P1}\nThe following is divided into four points: 1. The concept of upgrade... "
                     "2. Current thinking of mobile customers... 3. Dataization\n"
                     "Thinking... 4. New scenario-based thinking...\n{P2}\n")
    assert ("The following is divided into four points: 1. The concept of upgrade... 2. Current "
            "thinking of mobile customers... 3. Dataization Thinking... 4. New scenario-based "
            "thinking...") in result.lines
    assert ("joined", "Thinking... 4. New scenario-based thinking...") in [
        (c.kind, c.text) for c in result.changes]


def test_numbered_line_after_a_split_enumeration_is_not_joined() -> None:
    result = cleaned(f"{P1}\nThere are two points: 1. Price\n2. Quality of the goods\n{P2}\n")
    assert "2. Quality of the goods" in result.lines


# --- the eaten "trans" ------------------------------------------------------------------

@pytest.mark.parametrize("damaged, restored", [
    ("pform", "transform"), ("pition", "transition"), ("pitional", "transitional"),
    ("paction", "transaction"), ("pfer", "transfer"), ("pparent", "transparent"),
    ("pport", "transport"), ("pmit", "transmit"), ("pformation", "transformation"),
    ("Pformed", "Transformed"), ("plation", "translation"),
    ("pcend", "transcend"), ("pitory", "transitory"), ("pportation", "transportation"),
    ("pient", "transient"), ("pcript", "transcript"), ("pplant", "transplant"),
    ("pcribes", "transcribes"),   # rare as inflected ("transcribes"), common as its lemma
    # rare words, but the word as written is in no list at all
    ("Poceanic", "Transoceanic"), ("pcodes", "transcodes"),
])
def test_eaten_trans_is_restored(damaged: str, restored: str) -> None:
    assert restored_trans(damaged) == restored


@pytest.mark.parametrize("word", ["apparent", "support", "template", "plate", "plan", "port",
                                  "Plan", "pattern", "people", "platform", "Pinduoduo", "pit",
                                  "pact", "pose", "plating", "pits", "pistol", "pellet",
                                  "pacts", "plates", "ports", "poses"])
def test_real_words_are_not_given_a_trans(word: str) -> None:
    assert restored_trans(word) is None


def test_rare_spelling_of_a_far_more_common_trans_word_is_restored() -> None:
    # "pistor" is in the word list (a surname), but "transistor" is some thirty times commoner.
    assert restored_trans("pistor") == "transistor"


def test_trans_repair_in_a_line_changes_only_damaged_words_and_records_each() -> None:
    line = ("It is apparent that support for the template of a plate of dumplings is part of the "
            "plan at the port, so stores pform in a pitional period.")
    fixed, changes = repair_line(line, editorial())
    assert fixed == ("It is apparent that support for the template of a plate of dumplings is part "
                     "of the plan at the port, so stores transform in a transitional period.")
    assert [(c.kind, c.text) for c in changes] == [("repaired", "pform"), ("repaired", "pitional")]


def test_keep_words_protect_a_word_from_the_trans_repair(tmp_path: Path) -> None:
    ed = load_editorial(minimal_editorial(tmp_path, corrections="keep_words: [pform]\n"))
    assert repair_line("Stores pform quickly.", ed)[0] == "Stores pform quickly."


# --- glossary -----------------------------------------------------------------------------

@pytest.mark.parametrize("wrong, right", [
    ("the electricity supplier market", "the e-commerce market"),
    ("Electricity supplier platforms grow.", "E-commerce platforms grow."),
    ("Many electricity suppliers fail.", "Many e-commerce companies fail."),
    ("micro quotient sellers", "WeChat business sellers"),
    ("Micro Quotient Sellers", "WeChat Business Sellers"),
    ("Micro quotient sellers", "WeChat business sellers"),
    ("ask the big coffee", "ask the bigwigs"),
    ("Big coffee said so.", "Bigwigs said so."),
    ("Big coffees said so.", "Bigwigs said so."),
])
def test_glossary_corrects_literal_translations_keeping_capitalisation(wrong: str,
                                                                       right: str) -> None:
    fixed, changes = repair_line(wrong, editorial())
    assert fixed == right
    assert changes and all(c.kind == "corrected" for c in changes)


def test_glossary_matches_whole_words_only() -> None:
    line = "The electricity suppliersX and nonmicro quotients stay."
    assert repair_line(line, editorial())[0] == line


def test_glossary_correction_is_recorded_with_what_it_became() -> None:
    _, changes = repair_line("the big coffee said so", editorial())
    assert len(changes) == 1
    assert changes[0].text == "big coffee" and changes[0].detail.startswith("bigwigs")


# --- Chinese text -------------------------------------------------------------------------

def test_chinese_fragments_inside_english_lines_are_kept_intact() -> None:
    line = "The slogan 消费升级 (consumption upgrade) appears on every poster in 北京 and 上海 this year."
    result = cleaned(f"{P1}\n{line}\n{P2}\n")
    assert result.lines == (P1, line, P2)
    assert result.changes == ()


def test_chinese_sentences_are_kept_and_not_repaired() -> None:
    lines = ["消费升级是一个长期的趋势，商家需要不断提高自己的产品质量。",
             "用户体验越来越重要，品牌建设是关键。", "电商平台的流量越来越贵。"]
    result = cleaned("\n".join(lines) + "\n")
    assert result.lines == tuple(lines)


def test_chinese_line_without_final_punctuation_is_not_taken_for_a_caption() -> None:
    # A whole Chinese clause is one run of letters for a word counter; it is not "1 word".
    line = "商家必须提高产品质量和售后服务水平，才能赢得回头客"
    result = cleaned(f"{P1}\n{line}\n用户体验越来越重要，品牌建设是关键。\n{P2}\n")
    assert line in result.lines


# --- records ------------------------------------------------------------------------------

def test_every_removal_join_and_repair_is_recorded_as_a_change() -> None:
    text = ("How Sellers Win In A Crowded Market\nCurrent position: Home > News\n"
            f"{P1} Click to register to apply for the qualification now.\n"
            "Many sellers pform their stores in the\nold way , and the electricity supplier "
            "market changes.\n"
            f"{P2}\n{P3}\nRelated reading\n- How To Sell More Shoes This Winter\n"
            "Follow our public account for more.\n")
    result = cleaned(text)
    kinds = [(c.kind, c.text) for c in result.changes]
    assert ("removed", "Current position: Home > News") in kinds
    assert ("removed", "Click to register to apply for the qualification now.") in kinds
    assert ("joined", "old way , and the electricity supplier market changes.") in kinds
    assert ("repaired", "pform") in kinds
    assert ("corrected", "electricity supplier") in kinds
    assert ("removed", "Related reading") in kinds
    assert ("removed", "- How To Sell More Shoes This Winter") in kinds
    assert ("removed", "Follow our public account for more.") in kinds
    assert any(c.kind == "repaired" and "spaces before punctuation" in c.detail
               for c in result.changes)
    assert result.lines == (P1, "Many sellers transform their stores in the old way, and the "
                            "e-commerce market changes.", P2, P3)
    for change in result.changes:
        assert change.text.strip() and change.detail.strip()


def test_title_line_below_scraped_navigation_is_found_and_the_navigation_removed() -> None:
    result = cleaned("Current location: Home > E-commerce > Operations\nRecommended\n"
                     "How The Economy Of Fans Reshapes Online Stores\n"
                     "Scan the QR code to follow the public account and get the latest news.\n"
                     f"{P1}\n{P2}\n")
    assert result.title_line == "How The Economy Of Fans Reshapes Online Stores"
    assert result.lines == (P1, P2)
    assert [c.text for c in result.changes if c.kind == "removed"] == [
        "Current location: Home > E-commerce > Operations", "Recommended",
        "Scan the QR code to follow the public account and get the latest news."]


def test_hot_recommendation_header_opens_a_link_farm() -> None:
    result = cleaned(f"{P1}\n{P2}\nHot recommendation\n|Five ways to increase your store traffic\n"
                     "|What is private domain traffic and how to build it\n")
    assert result.lines == (P1, P2)
    assert ("removed", "Hot recommendation", "link-farm header") in [
        (c.kind, c.text, c.detail) for c in result.changes]


# --- footers seen on unseen pages -------------------------------------------------------------

def test_footer_of_notices_calls_and_end_marker_is_removed_whatever_the_order() -> None:
    footer = ["Want to learn more selling skills? Scan the QR code below to join the camp for free.",
              "—END—",
              "Disclaimer: This article is reproduced from the Internet. If there is any "
              "infringement, please contact us and we will delete it.",
              "Long press to identify the QR code and follow Shop Daily"]
    result = cleaned(BODY + "\n".join(footer) + "\n")
    assert result.lines == (P1, P2, P3, P4), result.changes


def test_ad_lead_in_question_glued_to_the_last_paragraph_goes_with_its_call() -> None:
    ad = "Want to learn more selling skills? Scan the QR code below to join the camp for free."
    result = cleaned(f"{P1}\n{P2}\n{P3} {ad}\n")
    assert result.lines == (P1, P2, P3)
    assert sorted(removed(result.changes)) == sorted(sentences(ad))


def test_link_farm_followed_by_a_call_to_action_is_removed() -> None:
    result = cleaned(BODY + "Related articles:\n" + "\n".join(FARM[:3])
                     + "\nScan the QR code to follow us\n")
    assert result.lines == (P1, P2, P3, P4)


def test_unbulleted_channel_headlines_at_the_end_are_a_link_farm() -> None:
    farm = ["Double 11 Data Review | Sellers Talk",
            "New Rules For Small Sellers | What Changes",
            "Live Streaming Review | The Top Ten Anchors"]
    result = cleaned(BODY + "\n".join(farm) + "\n")
    assert result.lines == (P1, P2, P3, P4)
    assert removed(result.changes) == farm


def test_two_headline_lines_at_the_end_without_bullets_are_kept() -> None:
    tail = ["Customer Service Matters | A Note", "Quality Beats Price | A Second Note"]
    result = cleaned(BODY + "\n".join(tail) + "\n")
    assert result.lines[-2:] == tuple(tail)


def test_tagline_shared_with_other_articles_is_removed_above_a_link_farm() -> None:
    a = raw("\n".join(LONG_A) + f"\n{SHARED}\n" + "\n".join(FARM) + "\n", "a.txt")
    b = raw("\n".join(LONG_B) + f"\n{SHARED}\n", "b.txt")
    repeated = repeated_edge_sentences([a, b])
    assert clean(a, editorial(), repeated).lines == tuple(LONG_A)


def test_title_below_a_tagline_shared_with_other_articles_is_found() -> None:
    a = raw(f"{SHARED}\nHow Stores Survive The Slow Season\n" + "\n".join(LONG_A) + "\n", "a.txt")
    b = raw(f"{SHARED}\n" + "\n".join(LONG_B) + "\n", "b.txt")
    result = clean(a, editorial(), repeated_edge_sentences([a, b]))
    assert result.title_line == "How Stores Survive The Slow Season"
    assert result.lines == tuple(LONG_A)


@pytest.mark.parametrize("notice", [
    "Image source: Visual China",
    "Picture from the Internet",
    "This article is from the public account Shop Observer, author Wang Lei.",
    "This article was originally published by Yiou and is reprinted with authorization.",
    "The author's view does not represent the position of this website.",
], ids=["image-source", "picture-from-internet", "this-article-is-from", "reprinted",
        "position"])
def test_credit_and_source_notice_amid_the_text_is_removed(notice: str) -> None:
    result = cleaned(f"{P1}\n{notice}\n{P2}\n{P3}\n{P4}\n")
    assert result.lines == (P1, P2, P3, P4)
    assert removed(result.changes) == [notice]


def test_real_sentence_about_pictures_or_sources_is_kept() -> None:
    line = ("The pictures on a product page decide more sales than the title, and this article "
            "explains where good sellers source them.")
    result = cleaned(f"{P1}\n{line}\n{P2}\n")
    assert line in result.lines


def test_heading_after_an_enumeration_split_across_lines_is_not_joined() -> None:
    result = cleaned(f"{P1}\nFour points: 1. Content as a manual 2. Content\n"
                     f"Planning over a year 3. Measuring content correctly\n"
                     f"Second, content explains the product better than an ad\n{P2}\n")
    assert result.lines == (P1, "Four points: 1. Content as a manual 2. Content Planning over a "
                            "year 3. Measuring content correctly",
                            "Second, content explains the product better than an ad", P2)


@pytest.mark.parametrize("bullet", ["◆", "▶", "■", "★", "»"])
def test_link_farm_with_portal_bullet_glyphs_is_removed(bullet: str) -> None:
    farm = [f"{bullet} How To Sell More Shoes This Winter", f"{bullet} Five Tips For New Store Owners",
            f"{bullet} Why Brands Matter More Than Ever"]
    result = cleaned(BODY + "\n".join(farm) + "\n")
    assert result.lines == (P1, P2, P3, P4)


# --- fourth to sixth blind sets: labelled ads, interface rows, captions, titles -------------

def test_a_labelled_ad_takes_the_rest_of_its_line_and_leaves_the_text_before_it() -> None:
    line = (f"{P2} 【Sponsor】Quickshop Helper: coupons in one step, first month free. "
            "Sign up in the service market today!")
    result = cleaned(f"Title Of The Piece\n{P1}\n{line}\n{P3}\n{P4}\n")
    assert result.lines == (P1, P2, P3, P4)
    assert "Sign up in the service market today!" in removed(result.changes)


def test_a_question_leading_into_an_ad_goes_with_it_but_a_plain_question_stays() -> None:
    ad = (f"{P2} Want to double your sales in 30 days? Leave your phone number and our "
          "consultant will contact you within a day!")
    assert cleaned(f"Title Of The Piece\n{P1}\n{ad}\n{P3}\n{P4}\n").lines == (P1, P2, P3, P4)
    question = f"{P2} Want to double your sales? Then stop copying the big stores."
    assert question in cleaned(f"Title Of The Piece\n{P1}\n{question}\n{P3}\n{P4}\n").lines


@pytest.mark.parametrize("caption", ["Figure 2", "Picture", "[Image: a warehouse at night]"])
def test_an_image_caption_in_the_body_goes_even_before_a_long_paragraph(caption: str) -> None:
    result = cleaned(f"Title Of The Piece\n{P1}\n{caption}\n{P2}\n{P3}\n{P4}\n")
    assert result.lines == (P1, P2, P3, P4)


def test_a_click_to_download_pitch_goes_but_advice_about_clicking_stays() -> None:
    advice = "Ask the buyer to click the buy button to get the coupon before paying."
    text = (f"Title Of The Piece\n{P1}\nClick to download the APP and read the full text "
            f"without ads\n{P2} {advice}\n{P3}\n{P4}\n")
    assert cleaned(text).lines == (P1, f"{P2} {advice}", P3, P4)


def test_interface_rows_at_the_top_are_not_the_title_and_at_the_end_go() -> None:
    text = (f"Share to:  WeChat | Weibo | QQ Zone\nSmall shops can build a brand: four steps\n"
            f"{BODY}Like (26)    Collect    Share\nPrevious: How to price a new product\n"
            "Next: Ten ways to get the first review\nTags: brand price war\n")
    result = cleaned(text)
    assert result.title_line == "Small shops can build a brand: four steps"
    assert result.lines == (P1, P2, P3, P4)


@pytest.mark.parametrize("meta", [
    "Release time: 2018-06-14 09:32 | Source: Commerce Weekly | Views: 2871",
    "Posted on 2018-11-02 by Old Qian's Notes | Comments (0)",
    "2019-03-22   Hits:",
    "Author: Lao Zhou    Editor in charge: Xiao Qi",
    "海川研究所 Haichuan Retail Research Centre   March 2021"])
def test_a_metadata_line_under_the_title_goes(meta: str) -> None:
    result = cleaned(f"Small shops can build a brand: four steps\n{meta}\n{BODY}")
    assert result.title_line == "Small shops can build a brand: four steps"
    assert result.lines == (P1, P2, P3, P4)


def test_a_first_line_that_is_a_sentence_is_not_a_title() -> None:
    assert cleaned(f"{P1}\n{P2}\n{P3}\n{P4}\n").title_line is None


def test_a_numbered_link_farm_under_its_header_goes() -> None:
    farm = ("Hot articles\n1. How to write a detail page that sells? Remember these 5 points\n"
            "2. Is the through train still worth opening?\n3. Store weight dropped, what to do\n")
    assert cleaned(f"Title Of The Piece\n{BODY}{farm}").lines == (P1, P2, P3, P4)


# --- page furniture: shapes that no pattern names ----------------------------------------

@pytest.mark.parametrize("row", [
    "Approve (8)    Disapprove (1)    Bookmark    Flag",
    "Words | Li Wei    Layout | Xiao Fang",
    "【Print】【Email this page】【Close】",
    "\u200bUpvote 2.3K    \u200b41 replies    \u200bForward",
    "Do you agree?  ○ Yes  ○ No  (Poll, 312 votes)",
    "Market  Index A 3015.22 +0.31%    Index B 9120.05 -0.12%"])
def test_an_interface_row_goes_wherever_it_is(row: str) -> None:
    result = cleaned(f"Title Of The Piece\n{P1}\n{P2}\n{row}\n{P3}\n{P4}\n")
    assert result.lines == (P1, P2, P3, P4)
    assert [c.detail for c in result.changes if c.text == row.strip()] == [
        "page interface row (short fields set apart by gaps, bars or brackets)"]


def test_prose_with_wide_gaps_or_bars_is_not_an_interface_row() -> None:
    gapped = "Prices fell again.  Buyers waited for the next festival to place orders."
    barred = ("The choice | price or brand | is one every small seller faces, and most "
              "choose price because it works at once.")
    text = f"Title Of The Piece\n{P1}\n{gapped}\n{barred}\n{P2}\n"
    assert cleaned(text).lines == (P1, gapped, barred, P2)


@pytest.mark.parametrize("meta", ["Uploaded on 2020-7-1 08:05", "This thread was edited at 21:40",
                                  "原创 2021-06-30 小王 电商笔记"])
def test_a_metadata_line_goes_amid_the_text_but_a_sentence_with_a_date_stays(meta: str) -> None:
    dated = "On 2019-11-11 at 00:00, the first hour of the festival sold more than all of 2012."
    result = cleaned(f"Title Of The Piece\n{P1}\n{meta}\n{dated}\n{P2}\n")
    assert result.lines == (P1, dated, P2)


def test_a_heading_that_names_a_month_stays() -> None:
    result = cleaned(f"Title Of The Piece\n{P1}\nWhat changed after March 2021\n{P2}\n{P3}\n")
    assert result.lines == (P1, "What changed after March 2021", P2, P3)


def test_a_metadata_line_at_the_top_is_not_the_title() -> None:
    result = cleaned(f"原创 2021-06-30 小王 电商笔记\nWhy small shops lose the price war\n{BODY}")
    assert result.title_line == "Why small shops lose the price war"


def test_a_separator_line_goes_and_is_not_a_heading() -> None:
    art = article(f"Title Of The Piece\n{P1}\n◆ ◆ ◆\n{P2}\n* * *\n{P3}\n")
    assert [s.heading for s in art.sections] == [None]
    assert [p.text for p in art.points()] == [P1, P2, P3]


@pytest.mark.parametrize("ad", [
    'Logo design in 24 hours, three drafts included, V: brandfix_2021',
    'The first 30 shops get a free photo review, add Wangwang "小李美工" to book now!',
    "New sellers register to claim a 50 yuan freight coupon >> Claim now",
    "Enrolment for the 3rd Live Selling Bootcamp is now open!"])
def test_an_ad_no_pattern_names_goes_and_the_text_before_it_stays(ad: str) -> None:
    result = cleaned(f"Title Of The Piece\n{P1}\n{P2} {ad}\n{P3}\n{P4}\n")
    assert result.lines == (P1, P2, P3, P4)
    assert ad in removed(result.changes)


@pytest.mark.parametrize("prose", [
    "The platform now offers a free shipping coupon to every new buyer.",
    "Register the store before the festival, because late shops are not promoted.",
    "Sales rose to 200 yuan a day once the shop joined the training camp, and stayed there."])
def test_prose_about_coupons_or_registration_is_not_an_ad(prose: str) -> None:
    assert cleaned(f"Title Of The Piece\n{P1}\n{prose}\n{P2}\n").lines == (P1, prose, P2)


def test_ad_signals_of_an_unknown_kind_are_refused_with_file_and_line(tmp_path: Path) -> None:
    folder = minimal_editorial(tmp_path, boilerplate="ad_signals:\n  shout:\n    - 'now'\n")
    with pytest.raises(Exception, match=r"boilerplate\.yml:2: unknown ad_signals kind 'shout'"):
        load_editorial(folder)


def test_a_byline_between_fragments_under_the_title_goes() -> None:
    text = ("Can a small shop still win on Taobao?\nShopkeeper Wu\n"
            "Eight years selling tea online, writing only about small stores\n"
            "2,041 people agreed with this answer\n" + BODY)
    result = cleaned(text)
    assert result.title_line == "Can a small shop still win on Taobao?"
    assert result.lines == (P1, P2, P3, P4)


@pytest.mark.parametrize("byline", ["Text / Lao Chen", "文/老陈", "Words | Xiao Yu"])
def test_a_byline_over_the_title_is_neither_the_title_nor_text(byline: str) -> None:
    result = cleaned(f"{byline}\nWhere Does the Traffic of Small Sellers Come From?\n{BODY}")
    assert result.title_line == "Where Does the Traffic of Small Sellers Come From?"
    assert result.lines == (P1, P2, P3, P4)


@pytest.mark.parametrize("farm", [
    "Earlier picks\n▶ Why your live room loses viewers after ten minutes?\n"
    "▶ Three shops that doubled their repeat buyers\n▶ What does a group leader really earn?\n",
    "Related questions\nIs a 30 yuan daily budget enough for a new product? 12 answers\n"
    "Should I leave Taobao for Pinduoduo in 2021? 530 answers\n",
    "Weekly ranking\n01 Five settings that stop your ad budget from leaking\n"
    "02 The new rules for product videos, explained\n03 How two people run a 5 million yuan shop\n"])
def test_link_farms_under_other_headers_and_in_other_shapes_go(farm: str) -> None:
    farm = farm.replace("Earlier picks", "Past recommendations")
    assert cleaned(f"Title Of The Piece\n{BODY}{farm}").lines == (P1, P2, P3, P4)


def test_a_number_with_a_thousands_comma_is_not_an_enumerator() -> None:
    line = "1,200 stores joined in the first week, and most of them came back for the second round."
    art = article(f"Title Of The Piece\n{P1}\n{line}\n{P2}\n")
    assert [s.heading for s in art.sections] == [None]
    assert line in [p.text for p in art.points()]


def test_a_numbered_label_in_brackets_is_a_heading() -> None:
    art = article(f"Title Of The Piece\n{P1}\n【Step 2】Narrow the range\n{P2}\n{P3}\n")
    assert [s.heading for s in art.sections] == [None, "Narrow the range"]


def test_a_line_starting_with_a_full_stop_ends_the_sentence_before_it() -> None:
    text = (f"Title Of The Piece\n{P1}\nWhen the stock moved to the bonded warehouse the "
            "complaints fell by half\n. Nothing about the products had changed at all.\n")
    assert cleaned(text).lines == (P1, "When the stock moved to the bonded warehouse the "
                                       "complaints fell by half. Nothing about the products "
                                       "had changed at all.")


@pytest.mark.parametrize("line", [
    "Figure 2-1 Orders per hour during the festival, 2019 (10,000)",
    "Source: platform reports, compiled by the research team.",
    "Comments (0)   You need to log in to comment. Log in now | Register",
    "Your email address will not be published. Required fields are marked *",
    "Open the NewsNow client to read more exciting content >"])
def test_report_captions_comment_boxes_and_app_prompts_go(line: str) -> None:
    assert cleaned(f"Title Of The Piece\n{P1}\n{line}\n{P2}\n{P3}\n").lines == (P1, P2, P3)


def test_a_line_repeated_in_one_article_is_a_running_header() -> None:
    running = "Research Notes | Live Commerce Series 2020"
    text = f"Title Of The Piece\n{P1}\n{running}\n{P2}\n{running}\n{P3}\n"
    assert cleaned(text).lines == (P1, P2, P3)


@pytest.mark.parametrize("line, heading", [
    ("【Giants rush in】", "Giants rush in"),
    ("2.1 Star hosts and the flow of traffic", "Star hosts and the flow of traffic"),
    ("Trick 3 | Narrow the crowd", "Narrow the crowd")])
def test_bracketed_decimal_and_labelled_headings(line: str, heading: str) -> None:
    art = article(f"Title Of The Piece\n{P1}\n{line}\n{P2}\n{P3}\n")
    assert [s.heading for s in art.sections] == [None, heading]


def test_a_line_starting_with_a_decimal_number_that_is_a_sentence_is_not_a_heading() -> None:
    line = "2.5 Million sellers joined the live rooms last year, twice as many as before."
    art = article(f"Title Of The Piece\n{P1}\n{line}\n{P2}\n")
    assert [s.heading for s in art.sections] == [None]


# --- comment sections, contents, link lines, page headers, captions (blind sets 10 and 11) --

@pytest.mark.parametrize("header", [
    "86 comments", "Hot comments", "Comments 56 · Forward 12 · Like 230",
    "Open the app to view all 56 comments", "Floor 2#   Posted on 2018-4-3 10:40",
    "Reply | Quote | Report", "More answers"])
def test_a_comment_header_in_the_second_half_takes_everything_after_it(header: str) -> None:
    comments = ["Xiaoyu Yu", "The card idea is great, but will the platform punish the store "
                "for it, do you think?", "Lao Zhou (author) replied to Xiaoyu Yu",
                "Do not write the id on the card; lead them to the account first, it is safer."]
    text = "\n".join(["Title Of The Piece", P1, P2, P3, P4, header, *comments]) + "\n"
    result = cleaned(text)
    assert result.lines == (P1, P2, P3, P4)
    assert removed(result.changes) == [header, *comments]


def test_comment_count_in_the_byline_at_the_top_does_not_cut_the_article() -> None:
    text = f"Title Of The Piece\nComments (14)\n{P1}\n{P2}\n{P3}\n{P4}\n"
    assert cleaned(text).lines[-3:] == (P2, P3, P4)


def test_a_table_of_contents_at_the_top_goes_and_the_title_below_it_is_found() -> None:
    text = ("Contents\n· Why the neighbourhood is a market\n· Keeping the group alive\n"
            "Group Buying In The Neighbourhood\n"
            f"{P1}\n1、Why the neighbourhood is a market\n{P2}\n2、Keeping the group alive\n{P3}\n")
    result = cleaned(text)
    assert result.title_line == "Group Buying In The Neighbourhood"
    assert "· Keeping the group alive" in removed(result.changes)
    art = article(text)
    assert [s.heading for s in art.sections] == [None, "Why the neighbourhood is a market",
                                                 "Keeping the group alive"]


def test_two_title_lines_that_come_back_as_text_are_not_a_table_of_contents() -> None:
    # One line repeated once is not a run: a title given again as the first paragraph stays.
    text = f"Title Of The Piece\nA subtitle that the author wrote\n{P1}\n{P2}\nTitle Of The Piece\n"
    assert cleaned(text).title_line == "Title Of The Piece"


@pytest.mark.parametrize("link", [
    "Open in the App for a smoother reading experience >",
    "【Countdown 5 days】Smart Retail Summit · Shanghai — apply for a free ticket >>",
    "Read the whole series ›"])
def test_a_line_ending_in_a_link_arrow_is_neither_the_title_nor_text(link: str) -> None:
    result = cleaned(f"{link}\nAfter The Unmanned Shelf Fever\n{P1}\n{link}\n{P2}\n")
    assert result.title_line == "After The Unmanned Shelf Fever"
    assert result.lines == (P1, P2)


def test_a_running_header_with_page_numbers_is_neither_the_title_nor_text() -> None:
    text = ("E-commerce Chronicle · Operations Column (1/3)\nWhen every store sells the same thing\n"
            f"{P1}\nE-commerce Chronicle · Operations Column (2/3)\n{P2}\n"
            f"E-commerce Chronicle · Operations Column (3/3)\n{P3}\n")
    result = cleaned(text)
    assert result.title_line == "When every store sells the same thing"
    assert result.lines == (P1, P2, P3)


def test_a_long_title_line_is_the_title() -> None:
    title = ("Thousands of faces: how e-commerce uses big data to know you better than you know "
             "yourself, and what a small seller can learn from it")
    assert cleaned(f"{title}\n{P1}\n{P2}\n").title_line == title


def test_a_caption_between_paragraphs_of_an_article_with_numbered_headings_goes() -> None:
    text = (f"Title Of The Piece\n1, Speed\n{P1}\nSorting center\n{P2}\n2, Service\n{P3}\n"
            f"What does not change\n{P4}\n")
    result = cleaned(text)
    assert "Sorting center" in removed(result.changes)
    assert "What does not change" in result.lines   # over a short paragraph: still a heading


def test_a_short_line_that_the_next_line_continues_is_joined_not_a_caption() -> None:
    text = f"Title Of The Piece\n1, Speed\n{P1}\nBoth are upgrades\n, they start elsewhere.\n{P2}\n2, Service\n{P3}\n"
    assert "Both are upgrades, they start elsewhere." in cleaned(text).lines


@pytest.mark.parametrize("row", [
    "Venue: Room 302, Building B, Creative Park, Binjiang District | Seats: 80 | Fee: 99 yuan",
    "Follow the question\u200bWrite an answer"])
def test_form_rows_and_widget_rows_joined_by_zero_width_spaces_go(row: str) -> None:
    assert cleaned(f"Title Of The Piece\n{P1}\n{row}\n{P2}\n").lines == (P1, P2)


@pytest.mark.parametrize("ad", [
    "Linen and silk in stock, samples in three days, contact Manager Wang 138-XXXX-5521",
    "Wholesale add V: qiqi****",
    'How to sign up: reply "salon" to the official account to reserve a seat.',
    'Join the leader program, commission settled weekly, tap "Apply" at the bottom of the page!',
    "The new book is on sale, order before November 11 with the code SMALL18 for a signed copy."])
def test_ads_by_phone_id_keyword_or_urged_offer_go(ad: str) -> None:
    result = cleaned(f"Title Of The Piece\n{P1}\n{P2} {ad}\n{P3}\n")
    assert result.lines == (P1, P2, P3)


@pytest.mark.parametrize("prose", [
    "The host takes a commission of twenty percent, and the brand pays the slot fee on top.",
    "Buyers who order before noon get their parcel the same evening in most cities.",
    "Reply to every buyer within a minute, because slow answers lose the order.",
    'Buyers who reply "1" to the order message get a free refill reminder every quarter.',
    "Viewers click the link to buy at 39 yuan, and half of them return the dress a week later.",
    "Of course, not every seller can afford a famous host, but anyone can start an account today.",
    "Push the same promotion everywhere and followers unsubscribe from the account at once.",
    "【杭州市】Courier Xiao Wang (138****2671) is delivering, please keep your phone available",
    "Join the group today and get 10 yuan off: this one line, printed on a card in every parcel, "
    "brought us 3,100 members."])
def test_prose_about_commissions_orders_and_replies_stays(prose: str) -> None:
    assert cleaned(f"Title Of The Piece\n{P1}\n{prose}\n{P2}\n").lines == (P1, prose, P2)


@pytest.mark.parametrize("line", [
    "Reading time: about 6 minutes", "Open NetEase News to view more pictures",
    "—— Trial reading ends here ——", "The remaining 58% of this article is for subscribers",
    "If this article helped you, treat the author to a cup of milk tea ☕",
    "Signature: Qiqi Baby Clothing, pure cotton children's clothing",
    "#Pinduoduo# #E-commerce# #Consumption upgrade#", "Page 1/3 Next page >",
    "This article may not be reproduced without authorization.", "Log in Register",
    "About the author: Lao Zhou, nine years of store operations, now advises small sellers."])
def test_reading_page_furniture_of_more_portals_goes(line: str) -> None:
    assert cleaned(f"Title Of The Piece\n{P1}\n{line}\n{P2}\n{P3}\n").lines == (P1, P2, P3)


@pytest.mark.parametrize("name", ["Conclusion", "Results", "Some final words", "Key takeaways"])
def test_a_closing_section_name_amid_numbered_sections_is_not_a_caption(name: str) -> None:
    text = f"Title Of The Piece\n1, Speed\n{P1}\n2, Service\n{P2}\n{name}\n{P3} {P4}\n"
    assert name in cleaned(text).lines


def test_a_caption_right_under_a_numbered_heading_goes_but_the_heading_s_second_line_stays(
        ) -> None:
    text = (f"Title Of The Piece\nⅠ. Speed first\n{P1}\nⅡ. Where the stock sits\nWarehouse\n"
            f"{P2}\nⅢ. The last kilometer and the\nTransparent parcel\n{P3}\n04\nSlow is fast\n"
            f"{P4}\n")
    result = cleaned(text)
    assert "Warehouse" in removed(result.changes)
    assert "Transparent parcel" in result.lines   # the heading above was cut mid-phrase
    assert "Slow is fast" in result.lines          # under a bare number: the heading itself


@pytest.mark.parametrize("card", [
    ["Ad", "Small shops all use this cashier: one machine for every wallet", "Learn more >"],
    ["This week's partner", "ReplyDesk answers repeat questions. Readers get 30% off the first "
     "three months.", "Try it free →"],
    ["Mini Program", "Lao Zhou's Good Goods Shop", "Tap to open the mini program and see more"]])
def test_a_promotion_card_amid_the_text_goes_whole(card: list[str]) -> None:
    result = cleaned(f"Title Of The Piece\n{P1}\n" + "\n".join(card) + f"\n{P2}\n{P3}\n")
    assert result.lines == (P1, P2, P3)


def test_a_chinese_photo_caption_inside_a_sentence_goes_and_the_sentence_is_joined() -> None:
    text = (f"Title Of The Piece\n{P1}\nIf the goods arrive after the neighbours leave for work\n"
            f"图为长沙一处社区团购分拣中心。界面新闻记者 刘思远 摄\n, the complaints come that evening.\n"
            f"{P2}\n")
    assert cleaned(text).lines == (
        P1, "If the goods arrive after the neighbours leave for work, the complaints come that "
            "evening.", P2)


def test_a_page_number_between_the_halves_of_a_sentence_goes_and_the_sentence_is_joined() -> None:
    text = (f"Title Of The Piece\n{P1}\nIn our sample, delivery of a direct-mail order took\n"
            f"— 6 —\ntwelve to twenty days.\n{P2}\n")
    assert cleaned(text).lines == (
        P1, "In our sample, delivery of a direct-mail order took twelve to twenty days.", P2)


def test_a_running_header_on_every_page_is_not_the_title() -> None:
    header = "Haina Research | Import Retail Observation 2019"
    text = (f"{header}\nImport Retail in China: Demand and Delivery\n{P1}\n{header}\n{P2}\n"
            f"{header}\n{P3}\n")
    result = cleaned(text)
    assert result.title_line == "Import Retail in China: Demand and Delivery"
    assert result.lines == (P1, P2, P3)


def test_an_unbulleted_link_farm_between_sections_goes_when_a_heading_follows_it() -> None:
    farm = ["猜你喜欢", "小众女装店如何做出差异化？", "From 9.9 free shipping to brand: a shoe shop's years",
            "Pinduoduo merchants: is the price war over?"]
    text = (f"Title Of The Piece\n1, Speed\n{P1} {P4}\n" + "\n".join(farm) +
            f"\n2, Service\n{P2} {P3}\n")
    result = cleaned(text)
    assert result.lines == ("1, Speed", f"{P1} {P4}", "2, Service", f"{P2} {P3}")
    assert removed(result.changes) == farm


def test_a_box_drawn_round_a_newsletter_signup_goes_whole_and_a_box_of_prose_stays() -> None:
    signup = ["┌──────────────┐", "│ 📮 RETAIL WEEKLY          │",
              "│ 5 cases every Friday, no fluff │", "│ Enter your email and press ▶     │",
              "└──────────────┘"]
    result = cleaned(f"Title Of The Piece\n{P1}\n" + "\n".join(signup) + f"\n{P2}\n{P3}\n")
    assert result.lines == (P1, P2, P3)
    assert removed(result.changes) == signup
    quote = "│ A shop that keeps its promises is the only brand a small seller needs. │"
    kept = cleaned(f"Title Of The Piece\n{P1}\n┌────┐\n{quote}\n└────┘\n{P2}\n{P3}\n")
    assert quote in kept.lines


@pytest.mark.parametrize("line", ["User comments matter more than stars",
                                  "Write a comment on every review, because buyers read them."])
def test_prose_starting_like_a_comment_header_does_not_cut_the_article(line: str) -> None:
    text = f"Title Of The Piece\n{P1}\n{P2}\n{line}\n{P3}\n{P4}\n"
    assert cleaned(text).lines[-2:] == (P3, P4)


# --- talks, newsletters, note apps, document and course sites -----------------------------

@pytest.mark.parametrize("line", [
    "Moderator: Thank you, Mr. Liu. Due to time limits, the Q&A will be held in the break area.",
    "(This article is compiled from the on-site speech and has not been reviewed by the "
    "speaker. The subheadings were added by the editor.)",
    "Speech at the 2019 Retail Digital Summit · Jinan",
    "Finishing: Retail Observation Room editorial department",
    "View this email in your browser",
    "Hi, this week we picked one long article for you. Estimated reading time: 7 minutes.",
    "Ad · Jiuyi Supply Chain: one-piece dropshipping, no stock needed",
    "VIP members read without ads · open now, 1 yuan for the first month",
    "★★★★☆ 4.7 points | 2,318 students have studied",
    "How to improve the conversion rate of a Tmall store.ppt   36 pages",
    "📷 Pictures shot with iPhone, no filter",
    "That's all for today, if it helps, remember to like and collect 🙌",
    "#Xiaohongshu operation #Brand marketing #Small brand notes",
    "Lesson 3 of 12",
    "Previous lesson: Lesson 2 Choosing SKUs | Next lesson: Lesson 4 Recruiting leaders",
    "[This lesson has a 42-minute video version — Learn now]",
    "Like this article? Forward it to your circle of friends ↓",
    '▶ Subscribe to "Retail Morning Post"',
    'This post is synced from my public account, search "Old Zhou" to follow.',
    "Disclaimer: This article represents only the author's views. The market is risky, and "
    "decisions should be made with caution.",
    "Special statement: The above content is uploaded by users of the platform. This platform "
    "only provides information storage services.",
    "【Statement】Pictures and text come from the Internet, for learning and communication only.",
    "This report is prepared by the Institute based on public information. The Institute does "
    "not guarantee the accuracy or completeness of the information.",
    "Thanks for reading. Like it? Share it with a friend who is still burning money!",
    "Views: 8642 | Replies: 57", "[Copy link]", "Sponsored",
    "\u200bAgree 436 \u200b▼ \u200b31 comments \u200bShare \u200bFavorite \u200bCollapse answer",
    # Notices left in Chinese: picture credits, takedown, position, share bar, keywords, an ad
    # giving a WeChat handle.
    "图片来源：网络，侵删", "*封面图来源：视觉中国*", "本文为作者独立观点，不代表本站立场",
    "分享到：微信 / 微博 / QQ空间", "关键词：live broadcast, pit fee, anchor, return rate",
    "添加微信 wsdh8888（备注：微商），免费领取《2019微商合规指南》",
    # Reading-page controls, site notices and reader invitations.
    "Tap to view the original picture", "收起全文 ⌃",
    "Open it in the Kuaibao app for a 5-yuan reading coupon",
    "Install the app to keep reading this report and 500 more ▸",
    "Submissions welcome: we accept original, unpublished pieces on rural retail; fees on "
    "acceptance.",
    "This piece is part of the series \"Small Shops, Big Data\" (No. 3). Read the whole series in "
    "the menu.",
    "Leave your shop name in the comment area: each Monday we review two stores for free.",
    "Prev: How to price a bundle | Next: 直播间的第一分钟",
    # Platform boxes and widgets: summary box, first-published note, star prompt, topic line,
    # survey, report link, series pager, paywall, data note, buy button.
    "AI summary: this piece explains how small sellers can read their own dashboards.",
    "本文首发于「店长笔记」专栏 | 作者：老何", "⭐ Star this account so the next issue is not folded",
    "Related topics: #private domain #retention #membership", "Was this article helpful?  Yes / No",
    "Report this article", "Next in this series ▸ Part 6: The first message after adding a friend",
    "开通会员 ¥12/月 Unlock the full text", "数据说明：文中数据仅供参考。", "[Buy now 立即购买]",
    # Reposting sites: an "also read" link between sections, a credit with no colon, the rest of
    # a reprint notice.
    "📌 Also read: Five hidden costs of store promotion that nobody tells you",
    "See also ▶ How one courier fleet changed what buyers expect from 'tomorrow'",
    "Photo by Lin Qiao / Unsplash",
    "This article is authorised by the author for reprint by 虎嗅网. The views represent the "
    "author only; please contact the original author for further reprinting.",
    # A forum's continuation note, a sign-up placeholder, a WeChat article's collection label,
    # star prompt and mini-program button, a newsletter's tagline and footer, a postal address.
    "Continued from the 3rd floor:", "Type your email...",
    "Included in the collection #Private domain operation 12",
    '👆 Click "Lao Zhou Talks Shop" above, set it as a star, and new posts arrive at 8:30',
    "Tap to open the mini program and see this week's selected tools",
    "A weekly letter for people who run small online shops",
    "You are receiving this email because you subscribed at example.cn. Unsubscribe | Update "
    "preferences", "Forward this letter to a friend who runs a shop",
    "From the Counter · Room 1203, 88 Wensan Road, Hangzhou",
    # A position notice in other words, a reprint request in Chinese, a credit the other way
    # round, a call for contributions, a recommendation between arrows, an ad label in glyphs.
    "*The article represents the author's personal position only. 转载请联系后台。",
    "Source of the picture: Visual China", "Welcome to contribute: tougao@example.com",
    "Recommended ▷ Pull New Cost Keeps Rising: 6 Fission Playbooks ◁ tap to read",
    "◤ Ad ◢ 智店通 smart shelf labels: change 10,000 prices in one second, free installation",
    # A link farm on one line, credits, a caption and an end marker in Chinese, a share appeal
    # with a heart, a hotline with a masked number.
    "Recommended: How to write the first three seconds | 10 farm accounts | Dou+ or not?",
    "相关阅读：海淘税改两周年，谁赢了？ | Why daigou will not disappear | 保税仓 vs 直邮",
    "责任编辑：林小雨", "来源丨物流沙龙　　编辑丨小鹿", "视频截图", "■ 全文完 ■",
    "Like it? Tap ♥ & 转发给那个还以为直播是免费流量的老板 😂",
    "海外仓一站式 · 头程+清关+尾程派送 ｜ 咨询热线 400-820-XXXX（工作日 9:00-18:00）",
    # A debate's guest list; an app to download now for a coupon.
    "Guests: Chen Hao, retail analyst; Zhang Lu, former operations director of a chain",
    "Download the Shopkeeper Assistant App now, new users receive a 100-yuan ad coupon",
    # Portal notices left in Chinese: position and source notices, captions, reading-page
    # controls, an app slogan, a call to act now.
    "特别声明：本文为网易号作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。",
    "新浪声明：新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。",
    "本文来自微信公众号：零售观察局（ID：lingshouguancha），作者：陈一帆，题图来自：视觉中国",
    "图：盒马门店内的悬挂输送链（资料图）", "打开网易新闻 查看精彩图片", "返回搜狐，查看更多",
    "海量资讯、精准解读，尽在新浪财经APP", "开淘宝店不会找货源？一件代发 无需囤货 >> 立即咨询"])
def test_furniture_of_talks_newsletters_notes_and_course_pages_goes(line: str) -> None:
    result = cleaned(f"Title Of The Piece\n{P1}\n{P2}\n{line}\n{P3}\n{P4}\n")
    assert result.lines == (P1, P2, P3, P4)


@pytest.mark.parametrize("prose", [
    "Host: XL, and if it does not fit, return it, the freight insurance is on us.",
    'Search "women\'s linen shirt" on Taobao and you will see thousands of identical listings.',
    "The market has changed, and decisions made with last year's data go wrong.",
    "We chose to subscribe to three trade newsletters and read them every morning.",
    "[1] The buyers we asked were all from Hangzhou and Suzhou, so the sample is small."])
def test_prose_like_furniture_of_talks_and_notes_stays(prose: str) -> None:
    assert cleaned(f"Title Of The Piece\n{P1}\n{prose}\n{P2}\n").lines == (P1, prose, P2)


def test_an_ad_glued_without_a_space_after_a_sentence_goes_alone() -> None:
    line = (f'{P2} If your store cannot answer "why buy from me", the price will answer for '
            "you.【Seller School VIP】199 yuan a year, 300+ courses, join now!")
    result = cleaned(f"Title Of The Piece\n{P1}\n{line}\n{P3}\n")
    assert result.lines[1] == (f'{P2} If your store cannot answer "why buy from me", the price '
                               "will answer for you.")


def test_an_exclamation_leading_into_an_ad_goes_with_it() -> None:
    ad = "Source factory direct supply! Linen in stock, contact Manager Wang 138-XXXX-5521"
    assert cleaned(f"Title Of The Piece\n{P1}\n{P2} {ad}\n{P3}\n").lines == (P1, P2, P3)


def test_a_page_header_among_the_first_lines_goes_with_all_its_copies() -> None:
    # Two header lines in a row at the top look like a table of contents; taking them as one
    # must not leave their copy further down.
    header = "Zhongjing Research Institute · Please read the disclaimer at the end\nZhongjing " \
             "Institute | Import Report 2019"
    text = f"Import Report 2019\n{header}\n{P1}\n{P2}\n{header}\n{P3}\n{P4}\n"
    result = cleaned(text)
    assert result.lines == (P1, P2, P3, P4)


def test_a_section_name_at_the_top_is_kept_as_a_heading() -> None:
    assert cleaned(f"Import Report 2019\nAbstract\n{P1}\n{P2}\n").lines == ("Abstract", P1, P2)


@pytest.mark.parametrize("broken, joined", [
    ('When she says "I tried this rice myself\n", the order count doubles.',
     'When she says "I tried this rice myself", the order count doubles.'),
    ("The pillow has to perform. This is the key\n: the upgrade is selective.",
     "The pillow has to perform. This is the key: the upgrade is selective.")])
def test_a_line_starting_with_a_closing_quote_or_a_colon_continues_the_line_before(
        broken: str, joined: str) -> None:
    assert cleaned(f"Title Of The Piece\n{P1}\n{broken}\n{P2}\n").lines == (P1, joined, P2)


def test_an_untranslated_site_name_and_an_account_over_its_follow_button_are_not_the_title() -> None:
    text = (f"小红书 · 标记我的生活\nOpen the App to see more\nBrand girl Momo\n+ Follow\n1/6\n"
            f"Small brands on Xiaohongshu: three tips I paid for\n{BODY}")
    result = cleaned(text)
    assert result.title_line == "Small brands on Xiaohongshu: three tips I paid for"
    assert result.lines == (P1, P2, P3, P4)


def test_a_short_line_after_a_caption_stays_when_a_numbered_heading_follows() -> None:
    text = (f"Title Of The Piece\nPoint 1: Speed\n{P1}\nSorting center\nWhat to do instead\n"
            f"Point 2: Make the category small\n{P2}\n")
    assert cleaned(text).lines == ("Point 1: Speed", P1, "What to do instead",
                                   "Point 2: Make the category small", P2)


# --- books, podcasts, bulletins, group pages ---------------------------------------------

def test_page_headers_with_page_numbers_go_and_a_sentence_broken_by_one_is_joined() -> None:
    text = (f"Chapter 6 Why Every Shop Looks Alike | 113\n6.2 The copying machine\n{P1}\n"
            f"Sellers who copy can get\n\n114 | Out of the Red Sea: Notes for Small Stores\n\n"
            f"clicks for a while, but not for long.\n{P2}\n"
            f"Chapter 6 Why Every Shop Looks Alike | 115\n{P3}\n")
    result = cleaned(text)
    assert result.lines == ("6.2 The copying machine", P1,
                            "Sellers who copy can get clicks for a while, but not for long.",
                            P2, P3)


def test_footnotes_go_but_a_circled_list_after_its_lead_in_stays() -> None:
    text = (f"Title Of The Piece\n{P1}\n① On bidding see Chapter 3, pp. 58-61.\n"
            f"A good leader needs three abilities:\n①Know the residents;\n② Answer at night;\n"
            f"{P2}\n② The interviews were made in 2019.\n③ See Chapter 8.\n")
    assert cleaned(text).lines == (P1, "A good leader needs three abilities:",
                                   "①Know the residents;", "② Answer at night;", P2)


def test_a_label_set_off_after_a_heading_goes_and_the_heading_stays() -> None:
    text = f"Title Of The Piece\n{P1}\n02\nScenes, not features  [Free preview]\n{P2}\n"
    result = cleaned(text)
    assert result.lines == (P1, "02", "Scenes, not features", P2)
    assert "[Free preview]" in removed(result.changes)


def test_replies_under_signatures_go_without_a_comment_header() -> None:
    replies = ("momo的猫   2022-06-19 08:12:33   Zhejiang\nVery useful, collected! Did they pay late?\n"
               "橘子汽水 (post author)   2022-06-19 09:05:10   Shanghai\nOnce, by a week.\n"
               "This reply has been deleted by the author\n")
    assert cleaned(f"Title Of The Piece\n{BODY}{replies}").lines == (P1, P2, P3, P4)


@pytest.mark.parametrize("line", [
    "▶ Listen on Xiaoyuzhou / Ximalaya / Apple Podcasts",
    "⏱ Tap any timestamp below to jump to that part of the episode.",
    "This segment is brought to you by Fengchao Smart Lockers: your parcel waits for you.",
    "—— Leave a comment on this episode: three listeners drawn on Friday win a canvas bag ——",
    'Music: "Morning Market" by Little Tin Box. Cover design: Shelf Talk studio.',
    "Recommended: 9 WeChat group templates (free download, 2 MB PDF)",
    "沪ICP备19000000号-2",
    "Get one growth playbook in your inbox every Thursday. No spam, unsubscribe anytime.",
    "[Editor's note: compiled from speakers' remarks; does not represent the position of "
    "the Association.]",
    "(For internal reference by member units only)",
    "Sent to: all member units | Copied to: Provincial Department of Commerce",
    "上一篇：Association delegation visits the pilot zone",
    "📌 Group rules: no ads, offenders will be removed without warning",
    "Keywords: micro-business, through train, traffic",
    "— Continue reading: purchase the full edition to unlock Chapter 7 —",
    'Like it? Tap "Looking" in the lower right corner and share it with a friend.'])
def test_furniture_of_podcasts_bulletins_and_group_pages_goes(line: str) -> None:
    assert cleaned(f"Title Of The Piece\n{P1}\n{P2}\n{line}\n{P3}\n").lines == (P1, P2, P3)


@pytest.mark.parametrize("top", ["Hustlers Mutual Aid Group 电商搬砖互助组  ›  Discussion",
                                 "浙江省跨境电子商务协会 · Zhejiang Cross-border E-commerce Association"])
def test_a_group_section_or_a_bilingual_masthead_is_not_the_title(top: str) -> None:
    result = cleaned(f"{top}\nThree months as a tea seller\n{BODY}")
    assert result.title_line == "Three months as a tea seller"


def test_a_bulleted_link_farm_amid_the_text_goes_and_the_text_after_it_stays() -> None:
    farm = ("Extended reading ▼\n▪ Why did Shihui Tuan collapse within a month?\n"
            "▪ Meituan Youxuan vs. Duoduo Maicai: a map of 300 cities\n")
    text = f"Title Of The Piece\n{P1}\n{P2}\n{farm}二、The pickup point decides the cost\n{P3} {P4}\n"
    assert cleaned(text).lines == (P1, P2, "二、The pickup point decides the cost", f"{P3} {P4}")


@pytest.mark.parametrize("line", [
    "Click to expand full text ▼",
    "Data cloud service for merchants, first month only 9.9 yuan, click to apply"])
def test_an_expander_and_a_click_to_apply_offer_go(line: str) -> None:
    assert cleaned(f"Title Of The Piece\n{P1}\n{P2} {line}\n{P3}\n").lines == (P1, P2, P3)


def test_a_share_appeal_over_a_past_recommendations_list_goes() -> None:
    tail = ("If you think this article is useful, please share it with your friends ~\n"
            "Recommended in the past:\n→ How to write the parcel card\n"
            "→ Membership points: 7 designs that bring people back\n")
    assert cleaned(f"Title Of The Piece\n{BODY}{tail}").lines == (P1, P2, P3, P4)


# --- set 19: other wordings of the same furniture ---------------------------------------------

@pytest.mark.parametrize("line", [
    "(Editor on duty: Lin Xiao)",
    "Notice: this piece was uploaded by a NetEase account holder, and NetEase only offers the "
    "space to publish it.",
    "（原标题：新零售不是开个无人店）",
    "Scan to see the full 2019 store digitization white paper",
    '👇 Press and hold the picture below to add Teacher Orange, note "团购" when you apply, and '
    "the script is yours at no cost",
    'Send the keyword "团长" in the chat box and the 48-page manual will be pushed to you',
    "The writer keeps all rights to this text: ask first before any business reuse.",
    "This article is about 1,500 words and takes roughly 5 minutes to read",
    "Photo | a self-pickup shelf in a county supermarket",
    "[Reprint notice] Original pieces may be quoted only with the source name kept intact.",
    "Add the teacher's WeChat now and get a free traffic diagnosis worth 599 yuan!",
    "Statement of position: the text above speaks only for the author; write to us for removal."])
def test_furniture_in_other_wordings_goes(line: str) -> None:
    assert cleaned(f"Title Of The Piece\n{P1}\n{P2}\n{line}\n{P3}\n").lines == (P1, P2, P3)


def test_an_ad_glued_to_a_full_stop_without_a_space_goes_alone() -> None:
    plug = (f"{P2[:-1]} on WeChat.[Plug] Our bonded warehouse has room for new brands, leave the "
            'word "仓" in a private message for the price list.')
    camp = ("The fish swim to the next boat.Want your click cost cut in half? The camp opens on "
            "the 20th, 299 yuan for the whole course, seats are limited.")
    result = cleaned(f"Title Of The Piece\n{P1}\n{plug}\n{camp}\n{P3}\n")
    assert result.lines[1:3] == (f"{P2[:-1]} on WeChat.", "The fish swim to the next boat.")


def test_a_reply_between_two_floor_signatures_goes_and_the_thread_goes_on() -> None:
    text = (f"Title Of The Piece\n{P1}\n{P2}\n2F  Lao Tao  Posted 2019-07-11 23:05\n"
            "Saving this first, thanks for sharing, OP\n3F  Zhang (OP)  Posted 2019-07-11 23:20\n"
            f"{P3} {P4}\n")
    assert cleaned(text).lines == (P1, P2, f"{P3} {P4}")


@pytest.mark.parametrize("header", ["You may also want to look at:", "Earlier pieces worth a look",
                                    "Other pieces in 跨境那些事", "Hot searches"])
def test_link_farm_headers_in_other_wordings_take_their_list(header: str) -> None:
    farm = f"{header}\nTen customs terms every seller must know\n无人超市倒闭潮\n盒马 会员\n"
    assert cleaned(f"Title Of The Piece\n{BODY}{farm}").lines == (P1, P2, P3, P4)


# --- sets 21-23: blogs, case notes, reports and portals seen on first runs ------------------

def test_a_site_name_over_navigation_is_not_the_title_the_headline_over_the_metadata_is() -> None:
    result = cleaned("Ah Jie's Notebook\nSelling tea, writing things, occasionally thinking\n"
                     "Home   About   Shop notes   Contact\nThree Years Of Selling Tea On WeChat\n"
                     f"Posted on November 24, 2019 by ajie — 7 Comments\n{P1}\n{P2}\n")
    assert result.title_line == "Three Years Of Selling Tea On WeChat"
    assert result.lines == (P1, P2)


def test_a_headline_over_metadata_without_navigation_above_it_is_not_taken_for_the_title() -> None:
    result = cleaned(f"How Small Shops Keep Their Buyers\nA Note From The Field Office\n"
                     f"2019-10-21 10:30\n{P1}\n{P2}\n")
    assert result.title_line == "How Small Shops Keep Their Buyers"


def test_a_circled_list_right_under_a_heading_stays() -> None:
    text = (f"Title Of The Piece\n{P1}\n一、Why the river is not enough\n"
            "① The cost of a new customer keeps rising.\n② Platform rules change every season.\n"
            f"{P2}\n")
    assert "① The cost of a new customer keeps rising." in cleaned(text).lines


def test_a_link_farm_header_in_two_languages_opens_a_link_farm() -> None:
    result = cleaned(f"Title Of The Piece\n{BODY}往期精选 Past highlights\n"
                     "| How To Price Your First Live Session\n| The Hidden Cost Of A Top Anchor\n")
    assert result.lines == (P1, P2, P3, P4)


@pytest.mark.parametrize("row", [
    "Rate this document: ★★★★☆ (4.2 from 12 ratings)",
    "点赞(12) 收藏 举报",
    "▶ 00:00 / 58:14   1.0x   ⤓ Download",
])
def test_ratings_counters_and_player_bars_go(row: str) -> None:
    assert cleaned(f"Title Of The Piece\n{P1}\n{row}\n{P2}\n").lines == (P1, P2)


def test_a_recruitment_banner_at_the_end_takes_its_fields_with_it() -> None:
    tail = ("———— Xingyao MCN is hiring ————\nPositions: live anchor ×20 | field controller ×5\n"
            "Requirements: aged 18-30, no experience needed\nFiled under: anchor training\n")
    assert cleaned(f"Title Of The Piece\n{BODY}{tail}").lines == (P1, P2, P3, P4)


def test_a_copyright_line_goes_whole_but_a_five_star_review_in_the_text_stays() -> None:
    review = "A buyer who got the parcel in two days would leave a five-star review."
    text = (f"Title Of The Piece\n{P1}\n{review}\n{P2}\nCopyright © 2020 Huadong School. No "
            "part of this publication may be reproduced without permission.\n")
    assert cleaned(text).lines == (P1, review, P2)


# --- sets 24-26: markup, transcripts, releases, newsletters, diaries seen on first runs -----

def test_markdown_a_scrape_left_in_becomes_headings_and_plain_text() -> None:
    text = (f"Title Of The Piece\n### Why fans matter again\n**The core problem** is that {P1}\n"
            f"> {P2}\n**Step one: Move the buyer**\n{P3} {P4}\n")
    art = article(text)
    assert [s.heading for s in art.sections] == ["Why fans matter again", "Move the buyer"]
    assert [p.text for p in art.points()] == [f"The core problem is that {P1}", P2, f"{P3} {P4}"]


def test_footnote_markers_go_a_bibliography_goes_and_notes_stay() -> None:
    notes = "Notes\n[1] Haitao: buying foreign goods online through cross-border platforms.\n"
    bibliography = ("References\n[1] Zhang Wei. A Practical Guide to Keyword Bidding. Beijing, "
                    "2018.\n[2] Alimama. Mobile Search Trends Report, 2019.\n")
    art = article(f"Title Of The Piece\n{P1}\nHaitao[1] made foreign quality a daily reference "
                  f"point.\n{P2}\n{P3}\n{notes}{bibliography}")
    texts = [p.text for p in art.points()]
    assert "Haitao made foreign quality a daily reference point." in texts
    assert [s.heading for s in art.sections][-1] == "Notes"
    assert texts[-1] == "Haitao: buying foreign goods online through cross-border platforms."
    assert not any("Zhang Wei" in t or "References" in t for t in texts)


def test_a_transcript_loses_stage_directions_and_speaker_labels_not_what_is_said() -> None:
    text = ("Title Of The Piece\nHost:\nChen Yu:\n"
            f"{P1} (applause)\n(laughter)\n{P2}\nChen Yu:\n(laughs) {P3}\nThree reasons:\n{P4}\n")
    result = cleaned(text)
    assert result.lines == (P1, P2, f"(laughs) {P3}", "Three reasons:", P4)
    assert {"Host:", "Chen Yu:", "(laughter)"} <= set(removed(result.changes))


def test_a_wire_dateline_goes_and_its_sentence_stays() -> None:
    result = cleaned(f"Linxian Fresh Opens 120 Stores\nSHANGHAI, China, June 8, 2021 /Business "
                     f"Wire/ -- {P1}\n{P2}\n")
    assert result.lines == (P1, P2)


def test_a_press_release_and_a_newsletter_lose_their_closing_matter() -> None:
    release = ("About Linxian Fresh\nFounded in 2017, Linxian Fresh is a leading fresh food "
               "retailer in East China.\nMedia contact:\nMs. Zhao Lu\n###\n")
    newsletter = ("That's all for this week. Hit reply and tell us your cost per click.\n"
                  "— Lin and the Seller Weekly team\nYou are receiving this email because you "
                  "subscribed to Seller Weekly.\nUnsubscribe | Update your preferences\n")
    for tail in (release, newsletter):
        assert cleaned(f"Title Of The Piece\n{BODY}{tail}").lines == (P1, P2, P3, P4)


def test_a_section_named_like_a_company_early_in_the_article_stays() -> None:
    text = f"Title Of The Piece\n{P1}\nAbout Linxian Fresh\n{P2}\n{P3}\n{P4}\n{P1}\n{P2}\n" * 1
    text += "\n".join([P3] * 10) + "\n"
    assert "About Linxian Fresh" in cleaned(text).lines


def test_the_headline_under_a_publication_name_is_the_title() -> None:
    result = cleaned("Ecommerce Insight Weekly\nPlatform Tightens The Rules For Live Rooms\n"
                     f"{P1}\n{P2}\n")
    assert result.title_line == "Platform Tightens The Rules For Live Rooms"
    assert removed(result.changes)[0] == "Ecommerce Insight Weekly"


def test_a_diary_keeps_its_dates_as_headings_but_a_dated_byline_goes() -> None:
    diary = article(f"A Year Of Running A Tea Shop\n12 January 2019\n{P1}\n3 March 2019\n{P2}\n")
    assert [s.heading for s in diary.sections] == ["12 January 2019", "3 March 2019"]
    dated = article(f"A Year Of Running A Tea Shop\nNovember 24, 2019\n{P1}\n{P2}\n")
    assert [s.heading for s in dated.sections] == [None]


@pytest.mark.parametrize("line", [
    "This site uses cookies to analyse traffic. Continuing to browse means you accept this. [OK]",
    "https://m.retail-insight.example.com/p/88231",
    "The following is the conversation between 36Kr and Lin Yizhou, edited and abridged:",
    "Next, let us welcome Chen Yu, founder of Beibei Garden, to share her story. Welcome!",
    "Editor's guide: Homogenization is the headache of small sellers. Recommended to everyone.",
    "The title picture comes from Unsplash, based on the CC0 protocol.",
    "本文由 @老K 原创发布于人人都是产品经理。未经作者许可，禁止转载。",
    "Open an annual membership card now: 600+ operation courses free to watch.",
])
def test_page_notices_links_introductions_and_pitches_between_paragraphs_go(line: str) -> None:
    assert cleaned(f"Title Of The Piece\n{P1}\n{line}\n{P2}\n{P3}\n").lines == (P1, P2, P3)


def test_html_character_references_left_by_a_scrape_are_decoded_and_reported() -> None:
    result = cleaned(f"Goods &amp; Supply Notes\n{P1}\nThey said &quot;one-cent&quot;&nbsp;deals, "
                     f"it&#39;s &#x4e2d;.\n{P2}\n")
    assert result.title_line == "Goods & Supply Notes"
    assert result.lines[1] == "They said \"one-cent\" deals, it's \u4e2d."
    assert any(c.kind == "repaired" and "&quot;" in c.text for c in result.changes)


def test_ampersands_that_are_not_character_references_stay() -> None:
    line = "AT&T and R&D &nothing; here, & there are names sellers write as they are."
    assert between_paragraphs(line)[1] == line


def test_a_numbered_heading_split_before_a_possessive_is_rejoined() -> None:
    art = article(f"Title Of The Piece\n{P1}\n2、Make the first screen answer the\n"
                  f"buyer's three questions\n{P2} {P3}\n")
    assert [s.heading for s in art.sections] == [None, "Make the first screen answer the "
                                                       "buyer's three questions"]


def test_a_short_line_over_a_list_is_not_a_caption_where_sections_are_numbered() -> None:
    text = (f"Title Of The Piece\n1、Why buyers come back\n{P1} {P2}\n2、What it costs\n{P3} {P4}\n"
            f"Some numbers\n💡 {P3}\n💡 {P4}\n")
    assert [s.heading for s in article(text).sections][-1] == "Some numbers"


def test_a_link_farm_under_a_header_ending_in_an_arrow_goes_whole() -> None:
    # "Read next →" is a link line by shape; it still opens the farm of "→ x" headlines.
    farm = ["Read next →", "→ Offline stores are back, but not as you knew them",
            "→ Ten metrics every chain owner should check on Monday"]
    result = cleaned(BODY + "\n".join(farm) + "\n")
    assert result.lines == (P1, P2, P3, P4)
    assert removed(result.changes) == farm


@pytest.mark.parametrize("call", [
    "Like it? Tap 👍 and forward to the friend who needs it most~",
    'Want the template we use? Follow Shop Data Lab and reply "member" to download it.',
    # A line opened by a bracketed label: a banner for a live class or a job.
    '【直播预告】Tonight 20:00, the "Hundred Anchors Camp" opens live! Book a seat in the mini '
    "program.",
    "【招聘】零售未来研究院 needs two analysts. Base: Shanghai.",
])
def test_more_calls_to_action_and_banners_at_the_end_are_removed(call: str) -> None:
    result = cleaned(f"{BODY}{call}\n")
    assert result.lines == (P1, P2, P3, P4)


@pytest.mark.parametrize("ad", [
    # glued to the full stop by an emoji, without a space
    "👉 Live room warm-up package: 9.9 yuan for 1,000 real viewers, private message to get it",
    # in brackets, with a WeChat id that has no digit, and the question leading into it
    " (Need a main picture nobody else has? 电商派设计组 makes main pictures from 299 yuan, "
    "WeChat: dsp-design.)",
    # an agency asking for a private message
    " Brands that need Little Red Book placement can private message me: our agency has "
    "30,000+ KOC resources.",
    # a question leading into a vendor's offer in its own voice
    " Want numbers like these? Our ordering robot already serves 800 noodle shops, and the "
    "first quarter costs nothing.",
    # a web address to go to, with something free; a private message for details
    " ShopLink cloud ERP — one stock for every channel, free demo at www.shoplink-erp.cn",
    " Aged accounts with 5,000 fans for sale, from 600 yuan, private message for details.",
    # under a Chinese bracketed label, or urged with "limited-time price"
    "【赞助】Clayworks: custom gift boxes from 300 pieces, 扫码咨询 for samples.",
    "【品牌直通车】Yuanyuan Sourcing finds you factories, 免费获取报价 this week.",
    " Hot pick: Copywriting Camp, 14 days, 120 cases, limited-time price 99 yuan",
    # a keyword to send, told to the reader; a keyword to tap, with something free
    ' Need a studio by the hour? 星播基地 rents furnished rooms — DM "直播间" for this week\'s '
    "slots.",
    ' Want the card we use? Follow 派代 and reply "卡片" to get the editable file free.',
    ' Our free checklist "30 lines hosts must never say" waits in the 品牌号 menu; tap 资料 to '
    "grab it.",
    # the urge in the question leading into the offer; a keyword to reply in a chat; the editor
    # to contact for a price list
    " 👉 Need a studio? Yunbo Base rents fully equipped rooms from 199 yuan/hour, lights included",
    ' Want the full "Pickup Point Checklist"? Reply 选址 in the dialog box and it will be pushed '
    "to you 📦",
    " ▶ Want your product on 500 self-media accounts? Contact the editor for the placement price "
    "list",
    # a link at the end of a line of real text: only its sentence goes
    " Read the full guide to store data on our site >>",
])
def test_an_ad_glued_to_the_end_of_a_real_line_goes_and_the_line_stays(ad: str) -> None:
    result = cleaned(f"Title Of The Piece\n{P1}\n{P2}{ad}\n{P3}\n{P4}\n")
    assert result.lines == (P1, P2, P3, P4)


@pytest.mark.parametrize("farm", [
    ["往期推荐", "▷ 小红书笔记限流的10个原因", "▷ How a 200-follower account sold 3,000 bottles"],
    ["热门推荐 Hot picks", "01 亚马逊封号潮之后，卖家何去何从", "02 How Shein built a supply chain",
     "03 Wish's low price: how long can it last?"],
    ["读过本文的人还看了", "· Why your live room has viewers but no orders",
     "· How to survive the platform's new review rules"],
])
def test_link_farms_under_new_headers_and_bullets_go_whole(farm: list[str]) -> None:
    result = cleaned(BODY + "\n".join(farm) + "\n")
    assert result.lines == (P1, P2, P3, P4)
    assert removed(result.changes) == farm


@pytest.mark.parametrize("promo", [
    ["▼ 推荐工具", "QuanYou SCRM: one console for all your WeChat groups, automatic tagging."],
    ["📖 新书推荐", "《爆款从0到1》: 12 years of store operation condensed into 36 practical methods. "
                 "On sale now at Jingdong and Dangdang, 50% off in the first week!"],
    ["Course of the week", "Twelve lessons on store data, taught by a former platform analyst."],
])
def test_an_ad_under_a_promotion_header_at_the_end_goes(promo: list[str]) -> None:
    result = cleaned(BODY + "\n".join(promo) + "\n")
    assert result.lines == (P1, P2, P3, P4)
    assert removed(result.changes) == promo


def test_a_real_closing_list_under_an_ordinary_line_stays() -> None:
    # Short real lines at the end under a line that is no promotion header.
    closing = ["Tonight, before you turn off the computer, do four small things:",
               "Check whether your main picture can be told apart on the first page.",
               "Cut the three SKUs that only sell with coupons."]
    assert cleaned(BODY + "\n".join(closing) + "\n").lines == (P1, P2, P3, P4, *closing)


def test_a_bracketed_summary_at_the_end_stays() -> None:
    summary = f"【Summary】{P3}"
    assert cleaned(f"{BODY}{summary}\n").lines == (P1, P2, P3, P4, summary)


@pytest.mark.parametrize("row", ["Views 3.2w · Likes 418", "阅读 1.2万  点赞 300",
                                 "👍 Like (23)   ⭐ Collect (41)   ↗ Recommend   ⚠ Report"])
def test_a_row_of_reader_counts_goes(row: str) -> None:
    result = cleaned(f"Title Of The Piece\n{P1}\n{P2}\n{row}\n{P3}\n{P4}\n")
    assert result.lines == (P1, P2, P3, P4)


def test_a_reader_offer_between_two_sections_goes_with_its_header() -> None:
    offer = ["▼ Limited-time benefits for readers ▼",
             "The 9th training camp opens on the 20th, the original price is 399 yuan, and the "
             "first 100 people only need 99 yuan. Long press to identify the QR code below to "
             "sign up"]
    art = article(f"Title Of The Piece\n1、Why buyers come back\n{P1} {P2}\n" + "\n".join(offer)
                  + f"\n2、What it costs\n{P3} {P4}\n")
    assert [s.heading for s in art.sections] == ["Why buyers come back", "What it costs"]
    assert [p.text for p in art.points()] == [f"{P1} {P2}", f"{P3} {P4}"]


def test_an_offer_the_author_quotes_stays() -> None:
    line = ('Every parcel carried a small card: "Scan the code to add the after-sales '
            'housekeeper and get 5 yuan cash back for a photo review."')
    assert cleaned(f"Title Of The Piece\n{P1}\n{line}\n{P2}\n{P3}\n").lines == (P1, line, P2, P3)


@pytest.mark.parametrize("prompt", ["Write down your comment...",
                                    "Comments (0) · Log in to say something"])
def test_a_comment_prompt_near_the_end_opens_the_comment_section(prompt: str) -> None:
    result = cleaned(f"{BODY}{prompt}\nPrevious: Ten metrics every chain owner checks\n")
    assert result.lines == (P1, P2, P3, P4)


def test_a_question_and_a_vendors_words_without_an_offer_stay() -> None:
    line = (f"{P2} Want to know what changed? We stopped discounting and started answering "
            "every message within ten minutes.")
    assert cleaned(f"Title Of The Piece\n{P1}\n{line}\n{P3}\n").lines == (P1, line, P3)


def test_the_authors_list_introduced_by_a_colon_at_the_end_stays_and_the_pager_goes() -> None:
    lead = "Before you open the next store, ask yourself four questions:"
    questions = ["- Who exactly will walk in?", "- What do they get that they cannot get next door?",
                 "- Would you pay full price here?", "- Can you say it in one sentence?"]
    pager = 'Series "Ten Questions for Shop Owners" · Next question: What should a latte cost?'
    result = cleaned(BODY + "\n".join([lead, *questions, pager]) + "\n")
    assert result.lines == (P1, P2, P3, P4, lead, *questions)


def test_as_many_lines_as_the_author_announces_stay_and_the_link_farm_under_them_goes() -> None:
    lead = "So before asking whether consumption goes up or down, ask three questions."
    questions = ["Who is my buyer?", "What does she pay more for?",
                 "What would make her come back?"]
    farm = [">> Recommended reading", ">> Will the discounters eat the malls?",
            ">> A price index nobody reads"]
    result = cleaned(BODY + "\n".join([lead, *questions, *farm]) + "\n")
    assert result.lines == (P1, P2, P3, P4, lead, *questions)
    assert removed(result.changes) == [line.removeprefix(">> ") for line in farm]


def test_a_table_written_with_bars_stays_row_by_row() -> None:
    table = ["Month | Visitors | Orders | Refunds", "March | 12,400 | 310 | 4.1%",
             "April | 15,900 | 402 | 3.7%", "May | 14,100 | 455 | 2.9%"]
    result = cleaned(f"Title Of The Piece\n{P1}\n" + "\n".join(table) + f"\n{P2}\n{P3}\n")
    assert result.lines == (P1, *table, P2, P3)


def test_a_request_the_author_reports_is_no_ad() -> None:
    line = ("The leaflet asked customers to scan the code and follow the shop's account to register "
            "a free repair, and 27% of them did so.")
    assert between_paragraphs(line) == (P1, line, P2)


def test_a_contents_block_goes_whole_when_one_entry_is_worded_unlike_its_heading() -> None:
    text = ("Title Of The Piece\nContents\n· Why buyers leave\n· Counting what matters\n"
            "· Keep the regulars\n"
            f"{P1}\n1. Why buyers leave\n{P2}\n2. What to count\nevery week\n{P3}\n"
            f"3. Keep the regulars\n{P4}\n")
    result = cleaned(text)
    assert "· Counting what matters" in removed(result.changes)
    assert not any(ln.startswith("·") for ln in result.lines)


def test_a_bilingual_promotion_header_goes_with_the_event_form_under_it() -> None:
    block = ["—— 活动报名 Event registration ——", "Spring Sellers Summit · Hangzhou · 名额有限",
             "姓名 Name：__________", "[ 提交报名 Submit ]"]
    assert cleaned(BODY + "\n".join(block) + "\n").lines == (P1, P2, P3, P4)


# --- found on the first runs of sets 46 and 48: a newsletter, a report, a Q&A page, a talk ---

@pytest.mark.parametrize("ad", [
    'If you want the full 36-page checklist, send "checklist" to our public account and the '
    'assistant will push it to you within 24 hours.',
    'For the complete “product selection map” with 120 categories, long-press the code at the end '
    'of the article to add the assistant, note “map”, places are limited.',
    "Want to learn the whole keyword system? Join the 21-day Through Train Bootcamp now, the "
    "first 100 students get a 50% discount!",
    "Want to track shares and conversions automatically? Try Shulian Cloud Content Analytics "
    "free for 14 days.",
])
def test_a_pitch_glued_to_the_end_of_a_paragraph_takes_only_itself(ad: str) -> None:
    result = cleaned(f"Title Of The Piece\n{P1}\n{P2} {ad}\n{P3}\n{P4}\n")
    assert result.lines == (P1, P2, P3, P4)


def test_a_newsletters_mail_header_and_footer_go_and_its_headline_is_the_title() -> None:
    text = "\n".join([
        "From: 店长周刊 Shopkeeper Weekly <newsletter@example.com>",
        "Date: Tuesday, March 5, 2024 08:00", "To: subscriber",
        "Subject: [Issue 112] Why your membership system keeps nobody",
        "View in browser | 在浏览器中打开",
        "If this email does not display properly, please click here to view the web version.",
        "Why your membership system keeps nobody", "Hi, shopkeepers:", P1, P2, P3, P4,
        "Next week: how small stores can run a member day without losing money.",
        "—— Sponsored ——",
        "YouKe CRM | Tag members automatically, remind them before they leave. Scan the QR code "
        "to apply for a free trial →",
        "Forward to a friend | Share to Weibo",
        "You received this email because you subscribed to Shopkeeper Weekly on our website or "
        "at one of our offline salons.",
        "Unsubscribe | Manage email preferences"])
    result = cleaned(text + "\n")
    assert result.title_line == "Why your membership system keeps nobody"
    assert result.lines == (P1, P2, P3, P4)


def test_a_reports_masthead_contents_chart_values_and_excerpt_note_go() -> None:
    text = "\n".join([
        "恒智咨询 HENGZHI CONSULTING", "2023 Cross-border Import Research Report", "Contents",
        "1、Market scale keeps growing .................... 3",
        "2、The new middle class leads imported consumption .... 4",
        "3、Supply chain is the real moat .................. 5",
        "1、Market scale keeps growing", P1,
        "2、The new middle class has become the main force of", "imported consumption", P2,
        "Figure 1: Transaction scale, 2018-2023E (trillion yuan)", "2.1 2.4 2.7 3.0 3.2 3.4",
        "2018 2019 2020 2021 2022 2023E", "Note: N=2,036, online survey, August 2023",
        "3、Supply chain is the real moat", P3, P4,
        "(The preview version ends here. For the full report, please contact the research "
        "department: report@example.cn)"])
    art = article(text + "\n")
    assert art.title == "2023 Cross-border Import Research Report"
    assert [s.heading for s in art.sections] == [
        "Market scale keeps growing",
        "The new middle class has become the main force of imported consumption",
        "Supply chain is the real moat"]
    assert [p.text for p in art.points()] == [P1, P2, P3, P4]


def test_a_qa_pages_head_goes_and_the_question_is_the_title() -> None:
    question = "Why does a small store that ships fast get better reviews than a cheaper one?"
    text = "\n".join([
        "知乎 Know almost", "Home  Discover  Waiting for you to answer", question,
        "Follow the question   Write an answer   Invite to answer",
        "Followers 1,204 · Viewed 386,551", "老周聊仓储",
        "Ten years in warehousing, now running a third-party warehouse in Jiaxing",
        "2,317 people agreed with this answer", "Thank you for the invitation.", P1, P2, P3,
        f"{P4} Our Jiaxing warehouse has spare capacity, private message for a quotation."])
    result = cleaned(text + "\n")
    assert result.title_line == question
    assert result.lines == (P1, P2, P3, P4)


def test_a_talks_transcript_keeps_the_talk_and_drops_the_host_and_the_greetings() -> None:
    text = "\n".join([
        "【Live text record】2024 Digital Retail Conference · Content E-commerce Sub-forum",
        "Host: Thank you, Mr. Li, for the wonderful sharing. Next, let us welcome Ms. Chen Jing.",
        "Chen Jing: Thank you, host, good afternoon everyone.", P1, P2, P3, P4,
        "That's all I want to share today, thank you all!",
        "Host: Thank you Ms. Chen for the sincere sharing. After the tea break, we will enter "
        "the roundtable session.",
        "[End of this part of the text record]"])
    result = cleaned(text + "\n")
    assert result.title_line is None
    assert result.lines == (P1, P2, P3, P4)


def test_an_accounts_name_over_its_follow_button_is_not_the_title_and_the_appeal_goes() -> None:
    title = "After 3 years of private domain, I summed up 6 lessons"
    text = "\n".join([
        "小红书", "Open the App, discover more wonderful content",
        "Ran Jie talks about tea shop operation", "Follow", title, P1, P2, P3, P4,
        "Writing is not easy, if it helps you please give me a like and a collection 💗",
        "A total of 86 comments", "Say something...",
        "Tea Sister Xiaoman: Saved it! The part about labels is so useful"])
    result = cleaned(text + "\n")
    assert result.title_line == title
    assert result.lines == (P1, P2, P3, P4)


def test_an_author_card_and_a_pager_with_a_two_sentence_title_go() -> None:
    text = "\n".join([
        "Title Of The Piece", P1, P2, P3, P4, "About the author", "Lin Xiaoyu",
        "Content marketing manager at Shulian Cloud, previously spent six years running "
        "self-media accounts for a beauty brand.",
        "Previous: How to write a product description",
        "Next: Private domain or public domain? A beginner's guide for new stores"])
    assert cleaned(text + "\n").lines == (P1, P2, P3, P4)


@pytest.mark.parametrize("line", [
    "When we sent three promotional issues in a row, the unsubscribe rate jumped from 0.2% to "
    "1.1% per issue, and it took two months of plain content to bring it back down.",
    "Our 2021 report pointed out on page 9 that personal shoppers accounted for nearly 30% of "
    "imported cosmetics purchases.",
    "On this platform, my notes with more collections than likes bring more people to add me, "
    "because collecting means they want to come back.",
    'I once saw a host announce "the first 200 orders get a second one free", then keep the '
    "counter visible on screen, and the room sold out in four minutes.",
    'Reply "1" to check your logistics, reply "2" to apply for a return: a menu like this, set '
    "in the automatic reply, solved almost half of the night questions.",
])
def test_real_sentences_about_unsubscribes_pages_likes_and_offers_stay(line: str) -> None:
    assert cleaned(f"Title Of The Piece\n{P1}\n{line}\n{P2}\n{P3}\n").lines == (P1, line, P2, P3)


def test_the_full_stop_of_a_title_before_a_name_does_not_end_a_sentence() -> None:
    line = "Thank you, Mr. Li, for the talk. Dr. Wang compared Hema vs. 7FRESH. Then we left."
    assert sentences(line) == ["Thank you, Mr. Li, for the talk.",
                               "Dr. Wang compared Hema vs. 7FRESH.", "Then we left."]


# --- found on the first runs of sets 50 and 51 ----------------------------------------------

def test_a_diary_headed_by_month_names_keeps_them_as_headings_under_captions_too() -> None:
    diary = article(f"A Year Of Selling Tea\nJanuary\n{P1}\nMarch\n{P2}\n图片\n"
                    f"Photo: the first picking of the season\nMay\n{P3}\n")
    assert [s.heading for s in diary.sections] == ["January", "March", "May"]
    assert [p.text for p in diary.points()] == [P1, P2, P3]


def test_a_promotion_block_between_its_markers_goes_whole() -> None:
    block = ["[The following content is a commercial promotion]",
             "Yifang Textile accepts small-batch custom fabric orders from 100 metres, samples "
             "ready in seven days.", "[End of promotion]"]
    assert cleaned(f"Title Of The Piece\n{P1}\n{P2}\n" + "\n".join(block) + f"\n{P3}\n{P4}\n"
                   ).lines == (P1, P2, P3, P4)


@pytest.mark.parametrize("line", [
    'Click the blue characters above ↑ and set "Fresh Neighbourhood Notes" as a star, so that '
    "no push gets lost",
    'Private-message the backstage with the word "script" and get our 30-day shooting '
    "calendar for small shops",
    "Want to practise live-room scripts from zero? Sign up for the seven-day anchor camp in the "
    "menu bar below, only 9.9 yuan for the whole course.",
    "Market risk, investment needs to be cautious. The content of this article does not "
    "constitute investment advice.",
])
def test_star_prompts_keyword_pitches_camps_and_risk_notices_go(line: str) -> None:
    text = f"Title Of The Piece\n{P1}\n{P2} {line}\n{P3}\n{P4}\n"
    assert cleaned(text).lines == (P1, P2, P3, P4)


def test_more_articles_from_this_column_opens_a_link_farm() -> None:
    farm = ["More good articles from this column", "◆ Why every shop sells the same thing",
            "◆ 小而美的店怎么活", "◆ Three ways to stop copying the leader"]
    assert cleaned(BODY + "\n".join(farm) + "\n").lines == (P1, P2, P3, P4)


def test_months_with_their_year_in_a_blogs_archive_are_not_a_diarys_headings() -> None:
    archive = ["Archives", "November 2019", "October 2019", "August 2019"]
    art = article(f"A Year Of Selling Tea\n{P1}\n{P2}\n{P3}\n" + "\n".join(archive) + "\n")
    assert [s.heading for s in art.sections] == [None]


# --- found on the first runs of sets 52-55 --------------------------------------------------

@pytest.mark.parametrize("line", [
    # A pitch in a bracketed label, pointing to an address.
    "〔合作〕品牌联名 / content agency service → bd@chayu-media.example，工作日 24h 内回复",
    # The assistant's WeChat to add.
    "▎私域陪跑｜1 v 1 帮你诊断社群，本周限时 0 元，加助理微信 szpp088 并备注\"诊断\"即可",
    # An event announced, then its registration pitch.
    "The next Content Commerce Forum will be held in Shanghai in October. Register now for an "
    "early-bird ticket at 50% off!",
    # A tool's free trial after a lead-in question.
    'Do you also want to see the real profit of every order? Qianniu Ledger helps 200,000 '
    'sellers do their accounts, search "QN Ledger" to try it free for 30 days!',
])
def test_pitches_glued_to_a_paragraph_go_and_the_paragraph_stays(line: str) -> None:
    assert cleaned(f"Title Of The Piece\n{P1}\n{P2} {line}\n{P3}\n{P4}\n").lines == (P1, P2, P3, P4)


@pytest.mark.parametrize("line", [
    'The line "all rights reserved" printed at the bottom of a product page protects nothing '
    "unless you can prove the picture was yours first.",
    # An author's practice told in mid-paragraph, though it reads like a keyword pitch.
    'The public account is the second entrance. Our account posts two articles a week, and '
    'readers can reply "size" in the dialog box to receive the size chart at once. This '
    "auto-reply answers a third of the questions we used to get.",
])
def test_notices_and_pitches_the_author_tells_of_stay(line: str) -> None:
    assert cleaned(f"Title Of The Piece\n{P1}\n{line}\n{P2}\n{P3}\n").lines == (P1, line, P2, P3)


def test_a_quoted_button_the_reader_is_told_to_press_is_still_a_pitch() -> None:
    line = '🎬 直播间冷场？7天主播特训营 · 仅剩30席 · 戳「阅读原文」抢位 ⬇️⬇️'
    assert cleaned(f"Title Of The Piece\n{P1}\n{P2}\n{line}\n{P3}\n{P4}\n").lines == (P1, P2, P3, P4)


def test_a_related_reading_header_with_arrows_takes_its_dashed_headlines() -> None:
    farm = ["Related Reading >>", "— 白茶三问：新茶、老茶与存茶",
            '— Why we stopped writing "top 10" lists', "— 一款茶壶的 90 天：从选题到复购"]
    assert cleaned(BODY + "\n".join(farm) + "\n").lines == (P1, P2, P3, P4)


def test_a_press_releases_stacked_closing_matter_goes_from_its_end_marker() -> None:
    closing = ["###", "About Linli Fresh",
               "Founded in 2018, Linli Fresh is a community commerce company that connects "
               "farms, regional warehouses and neighbourhood organisers across East China.",
               "Forward-Looking Statements",
               "This press release contains forward-looking statements based on current "
               "expectations.", "Media contact:", "Ms. Gu Yan, Linli Fresh Public Relations",
               "Email: press@linlifresh.example.com", "Tel: +86-571-8xxx-6620",
               "Source: Linli Fresh", "Share to: WeChat | Weibo | QQ Space", "Related articles",
               "| Fresh food goes online: who pays for the cold chain?",
               "| Three years of group buying: the pickup point owners speak"]
    body = [P1, P2, P3, P4] + [f"Each regional warehouse No. {n} covers towns within a radius "
                               "of about 150 kilometres and has its own cold storage." for n in range(1, 9)]
    text = "Linli Fresh Opens 12 Regional Warehouses\n" + "\n".join(body + closing)
    assert cleaned(text + "\n").lines == tuple(body)


def test_a_forum_threads_replies_by_others_go_and_the_authors_later_floors_stay() -> None:
    thread = ["1#  Landlord", "掌柜老K", "Lv.7 Gold Seller", "Posted on 2019-06-12 10:41", P1, P2,
              "Reply  Quote  Report",
              "2#", "买家秀达人", "Lv.3 Registered Member", "Posted on 2019-06-12 10:58",
              "Sofa! Mark first and read later", "Reply  Quote  Report",
              "3#  Landlord", "掌柜老K", "Lv.7 Gold Seller", "Posted on 2019-06-12 11:15", P3,
              "Reply  Quote  Report",
              "4#", "小白卖家2019", "Lv.1 New Seller", "Posted on 2019-06-12 11:40",
              "Reply to the landlord: learned a lot, but what if the clicks get dearer?",
              "Reply  Quote  Report",
              "5#", "运营小管家", "Moderator", "Posted on 2019-06-12 12:03",
              "This post has been rated by the moderator: Points +20, Reason: excellent "
              "original experience", "Reply  Quote  Report",
              "Quick reply  |  You need to log in before you can reply  Login | Register now"]
    text = "Burned 200,000 On Paid Traffic In Three Years\n" + "\n".join(thread) + "\n"
    assert cleaned(text).lines == (P1, P2, P3)


def test_a_numbered_heading_is_one_sentence_and_not_a_keyword_line() -> None:
    art = article(f"Paid Traffic Notes\n{P1}\n2. Keywords: big words are for\nbig sellers\n{P2}\n")
    assert [s.heading for s in art.sections] == [None, "Keywords: big words are for big sellers"]
    assert sentences("2. Keywords: big words.") == ["2. Keywords: big words."]


def test_a_books_page_break_takes_its_running_header_and_rejoins_the_sentence() -> None:
    cut = ("For the seller, the rules have changed: what matters is whether the data says "
           "the product fits a particular")
    text = (f"Chapter 3\nGoods Looking for People: The Logic of E-commerce 3.0\n{P1}\n{cut}\n"
            "· 58 ·\nChapter 3 Goods Looking for People\nperson and keeps that person "
            f"satisfied.\n{P2}\nThey invest in quality control, ware-\nhouses and returns.\n")
    clean_text = cleaned(text)
    assert clean_text.title_line == "Goods Looking for People: The Logic of E-commerce 3.0"
    assert clean_text.lines == (P1, cut + " person and keeps that person satisfied.", P2,
                                "They invest in quality control, warehouses and returns.")


def test_a_word_hyphenated_across_lines_keeps_its_hyphen_when_it_is_a_compound() -> None:
    assert cleaned(f"Title Of The Piece\n{P1}\nWe plan for the long-\nterm, not the season.\n"
                   ).lines == (P1, "We plan for the long-term, not the season.")


def test_a_slide_decks_contents_speaker_line_and_notes_label_go() -> None:
    deck = ["Private Domain Is Not a Fish Pond", "Speaker: Fang Lin | Head of User Operations",
            "Contents", "01 Why private domain now", "02 Members first, groups second",
            "03 Measure what matters", "01", "Why private domain now", "Speaker notes:", P1,
            "02", "Members first, groups second", P2, "03", "Measure what", "matters", P3]
    art = article("\n".join(deck) + "\n")
    assert [s.heading for s in art.sections] == [
        "Why private domain now", "Members first, groups second", "Measure what matters"]
    assert [p.text for p in art.points()] == [P1, P2, P3]


def test_a_course_handouts_header_objectives_and_homework_go() -> None:
    handout = ["E-commerce Operation Practice (Spring 2022) | Lecture 6 Handout",
               "Instructor: Xu Jing | For students of the 2020 E-commerce class",
               "Escaping Homogenization: How Small Stores Differentiate",
               "Learning objectives:", "① Understand the causes of homogenization;",
               "② Design a differentiation plan for a given store.",
               "Review of last lecture: search ranking factors.", P1, P2, P3, "Homework:",
               "1. Choose a category and describe three signs of homogenization in it."]
    clean_text = cleaned("\n".join(handout) + "\n")
    assert clean_text.title_line == "Escaping Homogenization: How Small Stores Differentiate"
    assert clean_text.lines == (P1, P2, P3)


def test_a_podcasts_hosts_and_guests_at_the_end_go() -> None:
    notes = ["Host", "阿May | Former category manager, now runs a small studio in Hangzhou.",
             "Guest", "陈舟 | Eight years as an import buyer for milk powder.",
             "If you like the show, subscribe on Xiaoyuzhou. Questions: hello@example.com"]
    assert cleaned(BODY + "\n".join(notes) + "\n").lines == (P1, P2, P3, P4)


def test_a_feeds_cut_preview_of_the_post_goes_and_the_post_stays() -> None:
    preview = ("Last week I sat in a friend's live room for three nights in a row, and the "
               "more I watched...Expand full text c")
    post = ("Last week I sat in a friend's live room for three nights in a row, and the more I "
            "watched, the more I felt that most people misread the fan economy.")
    assert cleaned(f"Title Of The Piece\n{preview}\n{post}\n{P1}\n").lines == (post, P1)


# --- found on the first runs of sets 56 and 57 ----------------------------------------------

@pytest.mark.parametrize("line", [
    "🎁 Add our assistant on WeChat (ID: shouji_8899) and send 666 for a 37-page fan "
    "operation handbook.",
    "冷链到家 refrigerated vans, 5.5 m, from 380 yuan a day, 微信同号 139-0571-2260",
    "Send the word 品牌 in the chat window and we will mail you a PDF of 50 brand story cases.",
    "★Sponsor★ 优品源 links you with 600 OEM factories, and the first sample order ships free.",
    "【Hiring】Senior Tmall operator, Hangzhou Binjiang, 15-25k per month, CV to "
    "jobs@example-shop.cn",
    "Some pictures were found online; owners who object can message us and we will take them "
    "down within 24 hours.",
    "Original content of this portal. Excerpts in any form should name 零售观察 and link back "
    "to this page.",
    "Signature ———— ten years on Taobao, still a student | 周记家纺 welcomes you",
    "Reply to this post to view the author's contact information",
    "Like this article? Tap \"Wow\" ↓",
    "点个「在看」，让更多掌柜看到 👀",
    "Also on this topic: Is \"affordable luxury\" already over? | Why buyers in small towns "
    "read the label",
    # Sets 58 to 61: Chinese platforms' pitches and prompts, blog and portal furniture.
    "添加博主微信 dataz2021，免费领取《电商数据分析SQL 50题》+ 埋点文档模板",
    "打开CSDN APP，看更多技术内容",
    "扫一扫在手机打开当前页",
    "(Text gathered from public channels for exchange only; rights holders who object may "
    "write to the editors and the piece will be withdrawn within 48 hours.)",
    "Disclaimer ｜ Opinions above belong to the writer alone — this portal neither endorses "
    "nor verifies them.",
    "★ Like — Be the first to like this post.",
    "Filed under: Live streaming, Shop diary",
    "← Why I left the discount platform | Packaging that survives the courier →",
    "Estimated reading: 7 min | 3,400 characters",
    "Drop the word 私域 into our chat box and the 36-page SOP workbook will be sent to you "
    "automatically",
    "Return to the column home ⟲ browse more posts by this author",
])
def test_new_wordings_of_pitches_notices_and_prompts_go(line: str) -> None:
    assert cleaned(f"Title Of The Piece\n{P1}\n{P2}\n{line}\n{P3}\n{P4}\n").lines == (P1, P2, P3, P4)


def test_an_ad_label_in_parentheses_glued_to_a_full_stop_starts_a_sentence() -> None:
    line = ("Within a year, about 60 percent of its orders came from people who had bought "
            "before.(Advertisement) Kuaidi Yun CRM: care messages for old customers, first "
            'month free, search "Kuaidi Yun" now!')
    assert between_paragraphs(line) == (
        P1, "Within a year, about 60 percent of its orders came from people who had bought "
            "before.", P2)


def test_an_end_marker_between_scissors_and_a_byline_with_its_source_go() -> None:
    text = (f"Regimental Commanders And The Egg\nText / 老鱼 (first published on the author's "
            f"Zhihu column, reposted with permission)\n{BODY}✂ ------ 正文到此 ------ ✂\n")
    assert cleaned(text).lines == (P1, P2, P3, P4)


# --- found on the first runs of sets 58 and 59 ----------------------------------------------

def test_part_labels_with_a_dot_and_labels_alone_over_their_heading_are_stripped() -> None:
    text = (f"Who Pays 200 Yuan For A Candle\nPART.1 | Paying for feeling, not for function\n"
            f"{P1}\nPART.2 |\nCopying is cheap, trust is not\n{P2}\nLesson 3 ▸\n"
            f"Treat after-sales as a second sale\n{P3}\n## Lesson four:\nThe store that lives\n"
            f"{P4}\n【五】\nThe account of the fans\n{P1}\n◎ Farmers at the microphone\n{P2}\n")
    assert [s.heading for s in article(text).sections] == [
        "Paying for feeling, not for function", "Copying is cheap, trust is not",
        "Treat after-sales as a second sale", "The store that lives", "The account of the fans",
        "Farmers at the microphone"]


def test_a_tip_with_its_explanation_on_its_line_is_a_point_not_a_heading() -> None:
    tips = ["Tip 1: Pick a narrow group of people. My buyers drink tea at their desks.",
            "Tip 2: Design around their day. Every set fits on a desk."]
    art = article(f"Being Different\nThe store that lives\n{P1}\n" + "\n".join(tips) + "\n")
    assert [s.heading for s in art.sections] == [None]
    assert [p.text for p in art.points()][1:] == [
        "Pick a narrow group of people. My buyers drink tea at their desks.",
        "Design around their day. Every set fits on a desk."]


def test_a_chinese_pitch_glued_to_a_full_stop_starts_its_own_sentence() -> None:
    line = ("That honesty costs one small sale and wins a customer for years.扫码进群领取《客服话术"
            "100条》，仅限前50名")
    assert between_paragraphs(line) == (
        P1, "That honesty costs one small sale and wins a customer for years.", P2)


def test_a_blog_platforms_tip_jar_and_its_read_more_farm_go() -> None:
    footer = ["小礼物走一走，来简书关注我", "赞赏支持", "还没有人赞赏，支持一下",
              "更多精彩内容，就在简书APP", "推荐阅读更多精彩内容", "淘宝新店如何度过前三个月的冷启动期",
              "How I Made 10,000 Yuan a Month Selling Second-hand Books",
              "The Only Three Numbers a Small Seller Needs to Watch"]
    assert cleaned(BODY + "\n".join(footer) + "\n").lines == (P1, P2, P3, P4)


# --- found on the first runs of sets 60 and 61 ----------------------------------------------

def test_a_breadcrumb_with_triangles_is_not_the_title() -> None:
    text = ("Location ▸ Front page ▸ Industry Watch ▸ Community Retail ▸ Text\n"
            f"Community Group Buying After The Subsidy War\n{BODY}")
    assert cleaned(text).title_line == "Community Group Buying After The Subsidy War"


def test_a_newsletter_pitch_in_parentheses_glued_to_a_paragraph_goes() -> None:
    pitch = ("(Psst — the paid edition of this newsletter digs much deeper; first month's on "
             "me, button in the sidebar ➜)")
    assert cleaned(f"Title Of The Piece\n{P1}\n{P2} {pitch}\n{P3}\n").lines == (P1, P2, P3)


def test_a_handouts_end_marker_and_its_more_handouts_list_go() -> None:
    footer = ["—— End of Handout 06 ——", "More free handouts:",
              "Handout 05 · Writing detail pages that answer objections",
              "Handout 07 · Reading the DSR panel without panic"]
    assert cleaned(BODY + "\n".join(footer) + "\n").lines == (P1, P2, P3, P4)


@pytest.mark.parametrize("header", ["Hot news today", None])
def test_headlines_bulleted_with_bars_at_the_end_are_a_link_farm(header: str | None) -> None:
    farm = ["| Taobao's new rules for 2024: what changed for small sellers",
            "| Is Pinduoduo still worth entering?", "| How I recovered from a demoted store"]
    text = BODY + "- THE END -\n" + (f"{header}\n" if header else "") + "\n".join(farm) + "\n"
    assert cleaned(text).lines == (P1, P2, P3, P4)


@pytest.mark.parametrize("line", [
    "Many stores came to Douyin and the little red book with the same dream: make one hit "
    "video, sell ten thousand units overnight.",
    "A better scheme gives benefits that are not only money. Members who scan the QR code on "
    "the package card and register with their phone number should receive something useful "
    "immediately, not just a coupon for the next purchase.",
])
def test_sentences_that_only_look_like_pitches_stay(line: str) -> None:
    kept = line.replace("the little red book", "the Xiaohongshu")   # the glossary's repair
    assert between_paragraphs(line) == (P1, kept, P2)


# --- found on the first runs of sets 62 to 65 -----------------------------------------------

def test_a_circled_list_counting_up_from_one_stays_without_a_lead_in() -> None:
    items = ["① A follower who bought twice is worth more than ten who only followed.",
             "② The relationship must be kept by a real person, not by a robot.",
             "③ When the relationship is good, the fan will support you."]
    assert cleaned(f"Title Of The Piece\n{P1}\n" + "\n".join(items) + f"\n{P2}\n").lines == (
        P1, *items, P2)


@pytest.mark.parametrize("lines, heading", [
    (["01", "(1) Why people buy from anchors"], "Why people buy from anchors"),
    (["**1. The warehouse decides the speed**"], "The warehouse decides the speed"),
    (["#2 The first three seconds decide everything"], "The first three seconds decide everything"),
])
def test_a_headings_own_number_goes_under_a_bare_label_in_bold_and_after_a_hash(
        lines: list[str], heading: str) -> None:
    art = article("Title Of The Piece\n" + f"{P1}\n" + "\n".join(lines) + f"\n{P2}\n{P3}\n")
    assert [s.heading for s in art.sections] == [None, heading]


def test_a_forum_floor_marked_with_a_hash_is_not_a_heading() -> None:
    floor = "#1 Poster  OrangeOldWang  Level 6 seller  Posted on 2020-9-3 21:06"
    assert floor in removed(cleaned(f"Title Of The Piece\n{P1}\n{floor}\n{P2}\n").changes)


def test_a_lettered_item_does_not_continue_the_heading_above_it() -> None:
    text = (f"Title Of The Piece\n{P1}\n【Point 2】 Trust is built in the details\n"
            "a. Show the customs declaration on the product page.\n"
            "b. Explain returns clearly, because returns are the biggest fear.\n{P2}\n")
    art = article(text)
    assert [s.heading for s in art.sections] == [None, "Trust is built in the details"]


@pytest.mark.parametrize("damaged, restored", [
    ("The most unpparent part", "The most untransparent part"),
    ("Non-pferable points", "Non-transferable points"),
    ("a report, a repost and an unplanned nonprofit", "a report, a repost and an unplanned nonprofit"),
])
def test_an_eaten_trans_after_a_prefix_is_restored(damaged: str, restored: str) -> None:
    assert repair_line(damaged, editorial())[0] == restored


@pytest.mark.parametrize("line", [
    "大家还在搜：直播带货 ｜ 坑位费 ｜ 退货率怎么降 ｜ 店播话术",
    "热门跟贴 · 126 条跟贴\u30003,402 人参与",
    "◆ 赞 326 ◆ 收藏 1.1k ◆ 回复 57 ◆ 举报",
    "↻ 转发 312 ▏ ✎ 评论 89 ▏ ♡ 1.1万",
    "A. Almost every day    B. Sometimes    C. Never",
])
def test_chinese_widget_rows_and_a_polls_options_go(line: str) -> None:
    assert cleaned(f"Title Of The Piece\n{P1}\n{P2}\n{line}\n{P3}\n").lines == (P1, P2, P3)


def test_a_masthead_issue_line_column_label_and_byline_above_the_title_go() -> None:
    text = ("浙江省网商协会 · 会员通讯 Member Bulletin\n"
            "2019 年第 4 期（总第 62 期）｜内部资料 · 免费交流｜浙内准字第 C-0917 号\n"
            "【行业观察 · Industry Watch】\nSame Price, Same Fate: Homogenization in Factory Stores\n"
            f"文 / 秘书处研究部\u3000\u3000审校 / 周立平\n{BODY}")
    result = cleaned(text)
    assert result.title_line == "Same Price, Same Fate: Homogenization in Factory Stores"
    assert result.lines == (P1, P2, P3, P4)


@pytest.mark.parametrize("farm", [
    ["» 阅读下一篇", "» 保税仓爆仓，618 快递为何慢了一周",
     "» Japanese drugstore brands are quietly leaving 代购 behind", "» 新西兰奶粉新国标落地，跨境店要不要换标?"],
    ["▶ Why copying best sellers no longer works", "▶ The secret of 小而美 shops",
     "▶ From OEM factory to own brand in 18 months"],
    ["本期其他文章 Also in this issue", "① 会长寄语：把“工厂店”做成“品牌店”",
     "② 政策速递｜电子商务法实施一周年，协会答会员 12 问",
     "③ Member news: three Yiwu enterprises join the association"],
])
def test_link_farms_with_arrows_chinese_headlines_or_circled_numbers_go(farm: list[str]) -> None:
    assert cleaned(BODY + "\n".join(farm) + "\n").lines == (P1, P2, P3, P4)


def test_an_authors_closing_line_in_chinese_stays() -> None:
    assert cleaned(BODY + "消费升级不是涨价。\n").lines == (P1, P2, P3, P4, "消费升级不是涨价。")


def test_a_contents_label_goes_with_its_entries() -> None:
    text = ("Title Of The Piece\nOn this page · 本页目录\n→ Members are not followers\n"
            f"→ Segment before you send\n{P1}\n1. Members are not followers\n{P2}\n"
            f"2. Segment before you send\n{P3}\n")
    assert cleaned(text).lines == (P1, "1. Members are not followers", P2,
                                   "2. Segment before you send", P3)


def test_a_republishers_preface_above_the_start_of_text_marker_goes() -> None:
    preface = ("Hi everyone, this week our editors argued for a whole hour about whether content "
               "e-commerce is dead, and decided to let someone smarter answer it.")
    text = f"Title Of The Piece\n小编按 ｜ Editor's preface\n{preface}\nOK，正文开始 ↓↓↓\n{BODY}"
    assert cleaned(text).lines == (P1, P2, P3, P4)


@pytest.mark.parametrize("pitch", ["(This is exactly what 有数's 积分引擎 automates — 点此 0 元开通 ▸)",
                                   "「知乎知学堂 · 电商运营实战营」0.1 元体验课 ▸ 立即围观"])
def test_a_chinese_pitch_glued_to_a_paragraph_goes_and_the_paragraph_stays(pitch: str) -> None:
    assert cleaned(f"Title Of The Piece\n{P1}\n{P2} {pitch}\n{P3}\n").lines == (P1, P2, P3)


def test_a_one_word_caption_after_a_sentence_broken_across_lines_goes() -> None:
    text = (f"Title Of The Piece\n{P1}\nPart One: Where the stock sits\nWith bonded stock, the "
            "platform imports in bulk and stores the goods, which makes fast delivery\n"
            f"possible for the first time.\nWarehouse\n{P3}\nPart Two: Who pays\n{P4}\n")
    assert "Warehouse" in removed(cleaned(text).changes)


def test_a_count_alone_over_the_first_paragraph_goes() -> None:
    assert cleaned(f"Title Of The Piece\n0\n{BODY}").lines == (P1, P2, P3, P4)


# --- found on the first runs of sets 66 and 67 ----------------------------------------------

def test_a_note_in_brackets_goes_whole_when_one_of_its_sentences_is_boilerplate() -> None:
    note = ("[The above content is compiled by the editorial department of Kuajing Home. Please "
            "indicate the source when reprinting.]")
    assert cleaned(f"Title Of The Piece\n{P1}\n{P2}\n{note}\n{P3}\n").lines == (P1, P2, P3)


def test_a_recommended_product_with_a_price_glued_to_a_paragraph_goes() -> None:
    pitch = ("Recommended: Zhibo Bao live assistant, automatic comment replies and a real-time data "
             "board, first month only 1 yuan!")
    assert cleaned(f"Title Of The Piece\n{P1}\n{P2} {pitch}\n{P3}\n").lines == (P1, P2, P3)


def test_an_authors_recommendation_without_an_offer_stays() -> None:
    line = "Recommended: start with one product line and one kind of buyer, then grow."
    assert between_paragraphs(line) == (P1, line, P2)


def test_a_video_transcripts_greeting_sign_off_and_course_pitch_go() -> None:
    text = ("Title Of The Piece\nHello everyone, welcome back to Xiao Qin Talks E-commerce!\n"
            f"{BODY}Our video editing course is 50% off this week, link in the description!\n"
            "Okay, that's it for today.\nIf this helped you, give it a like and follow the channel "
            "so you don't miss the next one.\nSee you next time, bye!\n"
            "--- Subtitles were automatically generated and may contain errors ---\n")
    assert cleaned(text).lines == (P1, P2, P3, P4)


def test_a_newsletters_greeting_over_the_title_is_not_the_title() -> None:
    text = ("THE SELLER'S WEEKLY · Issue 112 · 14 November 2019\nHello, dear subscribers 👋\n"
            f"Consumption upgrading is real, but narrower than you think\n{BODY}")
    assert cleaned(text).title_line == "Consumption upgrading is real, but narrower than you think"


def test_a_pictures_label_and_its_longer_caption_go() -> None:
    text = (f"Title Of The Piece\n{P1}\nPhoto\nResidents collect their orders at a pickup point "
            f"in Changsha\n{P2}\n{P3}\n")
    assert cleaned(text).lines == (P1, P2, P3)


def test_a_charts_caption_goes() -> None:
    line = "📊 Chart of the week: share of orders above 300 yuan, 2016-2019"
    assert between_paragraphs(line) == (P1, P2)


def test_under_a_pictures_label_a_broken_sentence_and_a_link_farm_header_are_not_captions() -> None:
    broken = (f"Title Of The Piece\n{P1}\nPicture\nLong size tables that looked tidy on a PC become "
              f"unreadable on a phone\n, so move them lower and put the fitting advice first.\n{P2}\n")
    assert ("Long size tables that looked tidy on a PC become unreadable on a phone, so move them "
            "lower and put the fitting advice first.") in cleaned(broken).lines
    farm = ["→ Recommended for you", "→ 社区团购下半场：拼的是供应链",
            "→ Five Mistakes New Group Leaders Make In Their First Month"]
    text = (f"Title Of The Piece\n{P1}\nImage\n" + "\n".join(farm)
            + f"\n2、The warehouse decides\n{P2} {P3}\n")
    assert cleaned(text).lines == (P1, "2、The warehouse decides", f"{P2} {P3}")


# --- found on the first runs of sets 68 to 71 -----------------------------------------------

def test_a_list_of_short_phrases_under_a_colon_stays_and_is_a_list() -> None:
    items = ["Moisture-proof mat", "Folding lantern", "Spare ground pegs, 12 pieces",
             "Waterproof storage bag"]
    lead = "For a camping tent, a useful list reads:"
    text = (f"Title Of The Piece\n{P1}\n{lead}\n" + "\n".join(items)
            + f"\nEach of these answers a question the buyer is about to have on the campsite. "
              f"None of them competes with the tent.\n{P2}\n")
    assert cleaned(text).lines[1:6] == (lead, *items)
    art = article(text)
    assert [s.heading for s in art.sections] == [None]
    assert [p.kind for p in art.points()][2:6] == ["item"] * 4


def test_a_list_of_short_phrases_ending_the_article_under_a_colon_stays() -> None:
    items = ["Fresh every morning", "Pick up before six", "Refund without argument",
             "One leader, one building"]
    text = BODY + "What the neighbours remember in the end is short:\n" + "\n".join(items) + "\n"
    assert cleaned(text).lines[-4:] == tuple(items)


@pytest.mark.parametrize("lines, headings", [
    (["Tip #1: Choose the leader before the products", P2, "Tip #2: Keep the list short", P3],
     ["Choose the leader before the products", "Keep the list short"]),
    (["Section 3 —", "Turn viewers into repeat buyers", P2], ["Turn viewers into repeat buyers"]),
    (["Lesson Four.", "Do not sell the cheapest, sell the right one", P2],
     ["Do not sell the cheapest, sell the right one"]),
    (["I — WHY FREE TRAFFIC IS SHRINKING", P2, "II —", "WHAT TO DO THIS QUARTER", P3],
     ["WHY FREE TRAFFIC IS SHRINKING", "WHAT TO DO THIS QUARTER"]),
    (["① Do not photograph the product, photograph the moment", P2,
      "② Let real users plant grass for you", P3],
     ["Do not photograph the product, photograph the moment", "Let real users plant grass for you"]),
])
def test_more_heading_forms(lines: list[str], headings: list[str]) -> None:
    art = article(f"Title Of The Piece\n{P1}\n" + "\n".join(lines) + "\n")
    assert [s.heading for s in art.sections] == [None, *headings]


def test_numbered_sections_with_a_label_and_a_paragraph_on_one_line() -> None:
    lines = [f"1/ Cut the category small: {P2} {P3}", f"2/ Give the product a reason beyond price: {P4} {P1}"]
    art = article(f"Title Of The Piece\n{P1}\n" + "\n".join(lines) + "\n")
    assert [s.heading for s in art.sections] == [None, "Cut the category small",
                                                 "Give the product a reason beyond price"]
    assert art.sections[1].points[0].text == f"{P2} {P3}"


def test_an_item_with_a_label_stays_an_item() -> None:
    art = article(f"Title Of The Piece\n{P1}\nThree things matter:\n1. Price: cheaper than rivals.\n"
                  f"2. Speed: delivered the next day.\n{P2}\n")
    assert [s.heading for s in art.sections] == [None]


def test_a_quotation_after_a_line_cut_mid_phrase_continues_it() -> None:
    text = (f"Title Of The Piece\nOpen any shopping app and search for\n\"glass tea cup\". You will see "
            f"thousands of listings with the same pictures.\n{P1}\n")
    assert cleaned(text).lines[0] == ("Open any shopping app and search for \"glass tea cup\". You "
                                      "will see thousands of listings with the same pictures.")


def test_an_eaten_trans_in_capitals_is_restored() -> None:
    assert repair_line("HOW DATA CAN PFORM A LISTING", editorial())[0] == "HOW DATA CAN TRANSFORM A LISTING"
    assert repair_line("PDF, PPT, POS and PORT", editorial())[0] == "PDF, PPT, POS and PORT"


def test_a_long_spoken_line_in_quotes_is_a_mention_not_a_pitch() -> None:
    line = ('Say "sister, I see you, our customer service will contact you right after the '
            'broadcast", and then really transfer her order number to the service team.')
    assert between_paragraphs(line) == (P1, line, P2)


def test_a_lessons_labelled_title_over_its_byline_is_the_title() -> None:
    text = ("Course catalogue > Chapter 2 Where the Traffic Comes From > Lesson 6\n"
            "Lesson 6 | Private Domain Traffic: Stop Renting Visitors\n"
            "Lecturer: Teacher Fang Yue (former operations director)\n"
            "Text version of the lecture (organised from the video, the wording may differ "
            f"slightly from the recording)\n{BODY}")
    result = cleaned(text)
    assert result.title_line == "Lesson 6 | Private Domain Traffic: Stop Renting Visitors"
    assert result.lines == (P1, P2, P3, P4)


@pytest.mark.parametrize("line", [
    "[Portal notice] The Q3 anchor certification exam opens on the 15th. Sign up before the 12th.",
    "[Column offer] Unlock all 12 lessons for ¥99 (original price ¥199), offer ends in 3 days.",
    "【Homework】Post the number of buyers you can still reach in the comment area.",
    "Attachments: 1. Village Collection Point Application Form.docx  2. Subsidy Guide.pdf",
    "Internal training material of the brand, do not forward to outside groups. Violators will "
    "be held responsible.",
])
def test_labelled_notices_attachments_and_training_notices_go(line: str) -> None:
    assert between_paragraphs(line) == (P1, P2)


@pytest.mark.parametrize("footer", [
    ["Learner comments (86)", "Xiaoyu's Store: the package card really works 👍 32",
     "Course assistant: the teacher will answer this in the live session, stay tuned"],
    ["Have questions about your store? Leave a message below, Teacher Ma will answer next time."],
    ["What is your keyword for 2019? Leave a message and tell us."],
    ["Buy 2 get 1 free on all spring oolong this week only, click the link in the menu bar!"],
    ["Shop link in my profile, new followers get 10% off this week with the code CUP10 ✨"],
])
def test_comments_reader_questions_and_offers_at_the_end_go(footer: list[str]) -> None:
    assert cleaned(BODY + "\n".join(footer) + "\n").lines == (P1, P2, P3, P4)


def test_the_article_before_a_corrected_idiom_agrees_with_it() -> None:
    assert repair_line("For an explosive model, a electricity supplier matters.", editorial())[0] == (
        "For a hit product, an e-commerce matters.")


def test_a_slides_page_count_is_not_a_numbered_line() -> None:
    art = article(f"Title Of The Piece\n{P1}\n3 / 7\n{P2}\n1/ Cut the category small: {P3} {P4}\n")
    assert "7" not in [s.heading for s in art.sections]


# --- found on the first runs of sets 72 to 75 -----------------------------------------------

@pytest.mark.parametrize("marker", ["☆ The text is over, thank you for staying till the last line ☆",
                                    "(This piece ends here)", "———— Here the text stops ————",
                                    "END·感谢阅读"])
def test_whatever_stands_under_an_end_marker_goes(marker: str) -> None:
    footer = [marker, "Put a star on our official number, otherwise the new push rules may hide us.",
              "· Moments copy that sells without selling: eleven real examples",
              "· Why your group went quiet after the third week"]
    assert cleaned(BODY + "\n".join(footer) + "\n").lines == (P1, P2, P3, P4)


def test_an_end_marker_over_a_paragraph_is_left_alone() -> None:
    long_line = " ".join([P1, P2, P3])
    assert cleaned(f"{BODY}The End\n{long_line}\n").lines[-1] == long_line


def test_a_transcripts_timestamps_are_not_reply_signatures() -> None:
    text = (f"Title Of The Piece\n{P1}\n[02:40]\nLater a big coffee told me one sentence.\n"
            "So I moved the camera outdoors, to the tea garden.\n[04:05]\n{P2}\n")
    lines = cleaned(text).lines
    assert "So I moved the camera outdoors, to the tea garden." in lines


def test_a_forum_authors_later_floor_is_known_by_name_and_other_floors_go() -> None:
    text = ("Forum › Taobao › Experience\nThree years of driving the through train\n"
            f"北岸小掌柜   Posted on 2019-11-02 21:14\n1#\n{P1}\n2#\n风一样的男子 | 2019-11-02 21:20\n"
            "Sofa! Mark first and read later\n3#\n北岸小掌柜 | 2019-11-03 10:18\n"
            "Continued from the first floor, the second half is below.\n"
            "This year I did the opposite of what I did before.\n"
            "We dropped eleven styles and kept four, all in undyed canvas.\n4#\n"
            "北岸小掌柜 | 2019-11-03 12:05\nReply to 小鹿乱撞2017: that is true, but buyers change slowly.\n")
    assert cleaned(text).lines == (P1, "This year I did the opposite of what I did before.",
                                   "We dropped eleven styles and kept four, all in undyed canvas.")


def test_a_threads_post_counters_go_and_a_short_sentence_after_them_stays() -> None:
    text = (f"Title Of The Piece\n1/8\n{P1}\n2/8\n{P2}\n7/8\nThen upgrade one step, not ten.\n"
            f"{P3}\n8/8\n{P4}\n")
    assert cleaned(text).lines == (P1, P2, "Then upgrade one step, not ten.", P3, P4)


def test_a_report_heading_numbered_without_a_mark_in_title_case() -> None:
    art = article(f"Title Of The Piece\n{P1}\n1 The Market Has Entered the Stage of Elimination\n"
                  f"{P2}\n2 Where the Money Goes\n{P3}\n")
    assert [s.heading for s in art.sections] == [
        None, "The Market Has Entered the Stage of Elimination", "Where the Money Goes"]
    prose = article(f"Title Of The Piece\n{P1}\n3 shops in our street closed last year.\n{P2}\n")
    assert [s.heading for s in prose.sections] == [None]


@pytest.mark.parametrize("left, right, joined", [
    ("ware", "houses", "warehouses"), ("long", "term", "long-term"), ("pick", "up", "pick-up")])
def test_a_word_hyphenated_at_a_line_end_keeps_its_hyphen_when_that_is_how_it_is_written(
        left: str, right: str, joined: str) -> None:
    assert unhyphenated(left, right) == joined


def test_a_rare_trans_word_is_restored_when_the_word_as_written_is_in_no_list() -> None:
    assert restored_trans("pship") == "transship"


@pytest.mark.parametrize("head", [
    "Can't see the pictures? View this email in your browser\n"
    "E-COMMERCE WEEKLY BRIEF · Issue 112 · 20 May 2022\n"
    "Hi friends, Xiao A here. This week's long read is below, and the digest is at the end.\n",
    "You are browsing: Front page / Industry research / Retail change / Text\n"])
def test_a_newsletters_head_and_a_browsing_breadcrumb_are_not_the_title(head: str) -> None:
    result = cleaned(f"{head}Content Is Not Advertising\n{BODY}")
    assert result.title_line == "Content Is Not Advertising"
    assert result.lines == (P1, P2, P3, P4)


@pytest.mark.parametrize("line", [
    "Question description: I sell phone cases, and my competitors are one yuan cheaper every week.",
    "This article is an original work of Retail Observation Room.",
    "The opinions in this essay belong to the author himself; the site only carries them.",
    "Some figures are quoted from public reports; nothing here is investment advice.",
    "Recruiting city partners for pickup points, settlement every day, call 0731-8862 xxxx",
    "The following text is sorted out by the editor according to the video, with slight deletions",
    "—— End of video text ——",
])
def test_qa_rights_position_and_transcript_notes_go(line: str) -> None:
    assert between_paragraphs(line) == (P1, P2)


# --- found on the first runs of sets 76 to 78 -----------------------------------------------

@pytest.mark.parametrize("lead, quoted", [
    ("On the front there is a QR code, and under the code there is one line of text:",
     ["Scan the code to add the store manager and get a 5 yuan coupon for your next order."]),
    ("We also use keyword replies, so that a customer who types one word gets a fixed answer:",
     ['Reply "tea" to see this week\'s new arrivals.', 'Reply "after-sale" to talk to a real person.']),
    ("The registration page is deliberately short. It says only one sentence:",
     ["Register now and get 200 points, worth 20 yuan on your next order."]),
])
def test_what_an_authors_lead_in_announces_stays_however_it_reads(lead: str, quoted: list[str]) -> None:
    # Amid the text: at its edges, calls to action go line by line whatever stands above them.
    text = f"Title Of The Piece\n{P1}\n{P2}\n{lead}\n" + "\n".join(quoted) + f"\n{P3}\n{P4}\n"
    assert cleaned(text).lines == (P1, P2, lead, *quoted, P3, P4)


def test_a_labelled_notice_after_the_authors_quoted_lines_still_goes() -> None:
    text = (f"Title Of The Piece\n{P1}\nTomorrow morning, do these three things:\n"
            "Follow five accounts that sell nothing.\nContent is the new shelf.\n"
            "Statement: This article is reproduced from the Internet and the copyright belongs to "
            f"the original author.\n{P2}\n")
    assert "Statement" not in " ".join(cleaned(text).lines)


@pytest.mark.parametrize("line", [
    "Of course this raises the transport cost of each order by about 0.6 yuan, but the "
    "repurchase rate rose by enough to cover it several times.",
    "VIP members get free replacement parts for life, early access to new sizes, and a direct "
    "line to a clerk who knows their order history.",
])
def test_prose_about_orders_and_vip_members_stays(line: str) -> None:
    assert between_paragraphs(line) == (P1, line, P2)


@pytest.mark.parametrize("line", [
    "VIP members of this site can download all operation templates for free. Open VIP now >>",
    "Too many friends to manage? WeiKe assistant groups 5,000 contacts in one click, free trial "
    "for 7 days!",
    "Need a courier partner with door-to-door delivery? Jisu Express serves 2,800 counties, "
    "scan the code to get a quote.",
])
def test_vip_prompts_and_pitches_after_a_question_go(line: str) -> None:
    assert between_paragraphs(line) == (P1, P2)


# --- found on the first runs of sets 79 to 82 -----------------------------------------------

@pytest.mark.parametrize("line", [
    "💡 1,204 readers highlighted this passage",
    "(continued on page 23)",
    "For the best browsing experience, please use IE9 or above with a resolution of 1366×768",
    "412 人赞同了该文章",
    "Organizer: Hangzhou Municipal Bureau of Commerce | Technical support: Yunzhan Digital "
    "Exhibition Co., Ltd.",
    "Text version of this episode (edited for reading):",
    'BGM: "Night Market" by Lofi Zhang',
])
def test_widgets_credits_and_show_notes_of_new_page_types_go(line: str) -> None:
    assert between_paragraphs(line) == (P1, P2)


@pytest.mark.parametrize("pitch", [
    "Want to become the operator every manager fights over? Upload your resume now and get "
    "matched with 300+ e-commerce employers within 24 hours.",
    "Want your live room to keep its fans? Follow Shop Talk on Xiaoyuzhou and join our sellers' "
    "group for the weekly replay breakdown.",
])
def test_a_job_board_or_show_pitch_glued_to_a_paragraph_takes_only_itself(pitch: str) -> None:
    assert cleaned(f"Title Of The Piece\n{P1} {pitch}\n{P2}\n").lines == (P1, P2)


@pytest.mark.parametrize("tail", [
    "— End of trial chapter —\nUnlock the full book with a membership\nRead on in the app",
    "Other booths you may be interested in\n· B015 Yuntu Customs Brokerage\n"
    "· B031 Kangda Cold Chain International",
    "Job seekers who read this article also viewed:\n- Is a data analyst certificate worth it?\n"
    "- From customer service to operations director: a 6-year career path",
    "文章被以下专栏收录\n运营笔记 — 一个老运营的复盘本",
])
def test_end_markers_and_link_farms_of_new_page_types_go(tail: str) -> None:
    text = f"Title Of The Piece\n{P1}\n{P2}\n{P3}\n{P4}\n{tail}\n"
    assert cleaned(text).lines == (P1, P2, P3, P4)


@pytest.mark.parametrize("site, navigation, title, byline", [
    ("2021 Cloud Expo for Cross-border E-commerce — Online Exhibition Hall",
     "Enter 3D Hall | Hall A Brands | Hall B Services | My Appointments",
     "Why the New Middle Class Still Buys Overseas",
     "Speaker: Director of Research, Haibei Supply Chain | Exhibitor talk, text version"),
    # A show's name behind an emoji at the very top is navigation when a headline follows.
    ("🎧 Shop Talk 开店夜谈 — a podcast for people who sell online",
     "EP.47 | Duration 42:18 | Published 2022-03-09 | Subscribe: Xiaoyuzhou",
     "Why Live Rooms Keep Burning Out Their Fans",
     "Host: Lao Zhou | Guest: Ah Mei, former operations lead of a beauty live room"),
])
def test_the_title_is_the_headline_over_the_byline_row_under_a_sites_name(
        site: str, navigation: str, title: str, byline: str) -> None:
    result = cleaned(f"{site}\n{navigation}\n{title}\n{byline}\n{P1}\n{P2}\n")
    assert result.title_line == title
    assert result.lines == (P1, P2)


def test_a_sentence_with_bars_under_the_title_is_text() -> None:
    line = "Taobao | Tmall | JD: three platforms, three kinds of buyers, one question for sellers."
    assert cleaned(f"Title Of The Piece\n{line}\n{P1}\n").lines == (line, P1)


def test_a_section_name_under_a_caption_is_kept_as_its_heading() -> None:
    text = (f"Title Of The Piece\n1. Find the moment\n{P1}\n2. Build the scene\n{P2}\nScene\n"
            f"Conclusion\n{P3}\n")
    assert "Conclusion" in cleaned(text).lines


@pytest.mark.parametrize("line", [
    "This article is an original manuscript of Retail Insight. Please indicate the source for "
    "reprinting.",
    "[Consultation hotline] Want to open an unmanned shelf in your office building? Call "
    "0571-8696-xxxx, project manager online 24 hours",
    "Need a one-stop differentiated design solution? Contact Xinyu Studio, first consultation "
    "free.",
    'Hongshan Orchard\'s new season oranges are on sale now, search "Hongshan Orchard" on Tmall, '
    "new customers get a 10 yuan coupon.",
    "Vote: Will you try short video this year? ○ Yes ○ No ○ Already doing it (312 people voted)",
])
def test_rights_lines_hotlines_pitches_and_polls_of_sets_79_to_82_go(line: str) -> None:
    assert between_paragraphs(line) == (P1, P2)


def test_searching_a_phrase_on_a_platform_in_prose_stays() -> None:
    line = ('Buyers who search "linen shirt" on Taobao see ten thousand listings, and the first '
            "page takes almost every order.")
    assert between_paragraphs(line) == (P1, line, P2)


def test_an_ad_glued_after_a_figures_full_stop_takes_only_itself() -> None:
    real = "The share of damaged boxes fell from 8% to under 1.5%."
    ad = "Fresh fruit cold chain boxes, factory direct sale, free samples, add WeChat: guoxiang66"
    assert cleaned(f"Title Of The Piece\n{P1}\n{real}{ad}\n{P2}\n").lines == (P1, real, P2)


def test_numbered_headlines_under_a_more_good_articles_header_go() -> None:
    tail = ("More good articles:\n1. Why your detail page has no conversion\n"
            "2. How to get your first 1,000 followers\n3. The 3 mistakes that kill a new brand")
    assert cleaned(f"Title Of The Piece\n{P1}\n{P2}\n{P3}\n{tail}\n").lines == (P1, P2, P3)


def test_a_counted_title_under_a_breadcrumb_is_the_title() -> None:
    text = ("Home > Seller Stories > Experience Sharing\n"
            "7 Lessons From Three Years of Selling Tea on Taobao\n"
            f"Author: A Cup of Old White | 2020-11-09 | Reading: 3,412\n{P1}\n{P2}\n")
    result = cleaned(text)
    assert result.title_line == "7 Lessons From Three Years of Selling Tea on Taobao"
    assert result.lines == (P1, P2)


def test_an_exhibitors_bracketed_label_opens_an_ad() -> None:
    line = ("【Exhibitor B027】Haibei Supply Chain — one-stop bonded warehousing for import brands. "
            'Click "Make an appointment" to talk to us during the expo!')
    assert between_paragraphs(line) == (P1, P2)


# --- found on the first runs of sets 83 and 84 ----------------------------------------------

@pytest.mark.parametrize("line", [
    "This blog's articles are original. Please keep the link when reposting. Powered by Typecho",
    "Powered by Discuz! X3.4  © 2001-2019 Comsenz Inc.  |  Archiver | Mobile version",
    "Seller Club reminds: do not post contact information in replies, violators will be banned.",
    "▼ Scroll down: 3 templates of Moments copy that doubled repurchase ▼",
])
def test_engine_credits_reposting_rules_and_teasers_go(line: str) -> None:
    assert between_paragraphs(line) == (P1, P2)


# --- found on the first runs of sets 85 to 88 -----------------------------------------------

@pytest.mark.parametrize("line", [
    "Confidential · For reference by member units only",
    "[Title slide — background image: vegetables on a pickup shelf]",
    "Slide 6",
    "(No notes for this slide)",
    "1,203 followers · Viewed 486,215 times",
    "[Transcript compiled by the organiser and reviewed by the speaker]",
    "(Notes end. Slides are not shared at the speaker's request.)",
    "Happy to answer questions below.",
    "Like this article? Share it with a friend!",
    "If you found this useful, please like and forward it. Operations questions can be left in "
    "the message area, I will answer them every Friday.",
    # sets 89 to 92: a course page, a mailing list, a notice, a live blog, a Q&A answer, a book
    "+ Follow",
    "Quality creator in the business field · 86,000 fans",
    "Completed 4/12 ■■■■□□□□□□□□ 33%",
    "Lesson notes",
    "✎ Quick quiz: A store had 4,000 visitors and 60 orders yesterday. What was its rate?",
    "Mark this lesson as complete ✓",
    "Subject: Why small import stores are losing to the platforms",
    "To all member units:",
    "● LIVE",
    "Translated from the Chinese live blog by our editors. All times are Beijing time.",
    "The views in this review are the reviewer's own. Submission email: review@example.com",
    "Cover of Selling in Real Time (CITIC Press)",
    "[Image] An unmanned convenience store in Shanghai, photographed in March",
    "[Video] 15 seconds of a wallet being made, 3.8 million plays",
    'Answer from user "Shopkeeper Xu", 2,311 people agreed',
    "Recommended for you: 2019 Tmall tea category data report | How to shoot product videos",
    "64   CHAPTER 4 · FROM PRODUCT TO BRAND",
])
def test_report_slide_course_mail_and_live_blog_furniture_of_sets_85_to_92_goes(line: str) -> None:
    assert between_paragraphs(line) == (P1, P2)


@pytest.mark.parametrize("ad", [
    "Content team too small? Our agency offers one-stop note writing and KOC placement, consult "
    "now.",
    "Join our commander training camp and earn 3,000 a month at home!",
    "Add the editor's WeChat to join our skin care exchange group.",
    "Add our seller group to receive free samples every week!",
    "Our booth is in Hall B, welcome to come and taste the strawberries from our partner farms.",
    "Get 20% off with code SHOPTALK48.",
    "【Seller Club VIP】 Auto-reply plug-in, 7 days free, click the banner at the top of the forum "
    "to install!",   # set 84
    # sets 89 to 92
    "Upgrade to the VIP plan to unlock the complete store diagnosis template pack!",
    "Download the membership growth toolkit at the end of this article.",
    "For brand incubation cooperation, please call 0755-8888 6666 (same number on WeChat).",
])
def test_pitches_glued_to_a_paragraph_take_only_themselves(ad: str) -> None:
    assert cleaned(f"Title Of The Piece\n{P1} {ad}\n{P2}\n").lines == (P1, P2)


@pytest.mark.parametrize("line", [
    "Sellers call it drainage: a cooking clip, a post in a forum, a discount code in a group.",
    "Thank you all.",
    # sets 89 to 92
    "14:05 — After the lunch break, the afternoon keynote is given by a former platform head.",
    "A running head is printed on every page of the book, with its page number.",
])
def test_prose_about_codes_breaks_and_running_heads_and_a_speakers_thanks_stay(line: str) -> None:
    assert between_paragraphs(line) == (P1, line, P2)


def test_a_newsletters_headline_over_its_byline_is_the_title_under_its_preamble() -> None:
    text = ("Having trouble reading this email? View it in your browser.\n"
            "ShopTalk Weekly  |  Issue 48  |  12 March 2020\nHi there,\n"
            "This week: why some live rooms convert, and a free checklist.\nIN THIS ISSUE\n"
            "→ The lead story: 300 live rooms, four lessons\n→ Events in Hangzhou\n"
            "Live Streaming Is Not a Miracle Cure\n"
            f"By the ShopTalk editorial team · 6 min read\n{P1}\n{P2}\n")
    result = cleaned(text)
    assert result.title_line == "Live Streaming Is Not a Miracle Cure"
    assert result.lines == (P1, P2)


@pytest.mark.parametrize("top, title, meta", [
    ("Retail Observer > Community group buying",
     "Why Regimental Commanders Decide Who Wins Community Group Buying",
     "Published: 2020-08-21 14:05  Reading: 5627"),
    ("Seller Salon | Study Notes",
     "Notes from the Hangzhou seller salon: running a store by the numbers",
     "Recorded by: Ah Mei  /  2019-11-23  /  1,096 views"),
])
def test_the_headline_under_a_two_name_breadcrumb_or_a_column_label_is_the_title(
        top: str, title: str, meta: str) -> None:
    result = cleaned(f"{top}\n{title}\n{meta}\n{P1}\n{P2}\n")
    assert result.title_line == title
    assert result.lines == (P1, P2)


def test_a_wechat_footer_of_many_short_lines_under_the_end_marker_goes() -> None:
    footer = ["—END—", "Author: Chen Mo, ten years in operation. Reprint please contact us.",
              "Long press to identify the QR code below and follow us", "Picture",
              "Recommended reading", "Who is buying in your live room? Three numbers to check",
              "私域流量 is not a group of people you can spam",
              "Why your Moments posts get blocked by friends", "Read the original", "Share",
              "Collect", "Looking", "Like", "Reading 23,641", "Write a message",
              "Selected messages", "阿南 ♡ 126"]
    body = [P1, P2, P3, P1 + " Again.", P2 + " Again.", P3 + " Again."] * 3
    text = "Title Of The Piece\n" + "\n".join(body + footer) + "\n"
    assert cleaned(text).lines == tuple(body)


def test_a_caption_that_ends_with_its_photo_credit_goes_with_its_label() -> None:
    caption = ("Lin Xiaomei packing orders in the living room of her flat. (Photo provided by the "
               "interviewee)")
    assert cleaned(f"Title Of The Piece\n{P1}\nPicture\n{caption}\n{P2}\n").lines == (P1, P2)


@pytest.mark.parametrize("header, bullet", [("Related cases", "- "), ("MORE FROM SHOPTALK", "· ")])
def test_related_cases_and_more_from_a_newsletter_go(header: str, bullet: str) -> None:
    farm = "\n".join(bullet + h for h in ("Hema's 3 km rule explained",
                                          "Why convenience stores are adding mini programs",
                                          "Case: a bakery chain that moved its members online"))
    text = f"Title Of The Piece\n{P1}\n{P2}\n{P3}\n{header}\n{farm}\n"
    assert cleaned(text).lines == (P1, P2, P3)


def test_an_appendix_heading_under_a_page_number_stays() -> None:
    text = (f"Title Of The Piece\n{P1}\n{P2}\n— 5 —\nConfidential · For reference by member "
            f"units only\nAppendix: survey sample description\n{P3}\n")
    assert cleaned(text).lines == (P1, P2, "Appendix: survey sample description", P3)


# --- found on the first runs of sets 89 to 92 -----------------------------------------------

def test_a_sentence_broken_before_followers_keeps_its_last_word() -> None:
    text = (f"Title Of The Piece\n{P1}\nIt is the buyers you reach without paying, like your "
            f"groups and your\nfollowers.\n{P2}\n")
    assert cleaned(text).lines == (P1, "It is the buyers you reach without paying, like your "
                                       "groups and your followers.", P2)


@pytest.mark.parametrize("top, title", [
    # A browser's title bar over the page
    ("Small stores, stop fighting the price war_百家号\nBaidu Home | Baijiahao | Log in",
     "Small stores, stop fighting the price war"),
    # A book's name over an excerpt's chapter label
    ("The Small Store Playbook: Building a Brand on a Budget\nChapter 4", "From Product to Brand"),
    # A lesson's counter, a column's label
    ("Current location: Home > Course Center\nLesson 5 / 12",
     "Read your store like a dashboard: three numbers"),
    ("Column: Conference dry goods", "Upgrading of consumption is not making things expensive"),
])
def test_the_headline_under_a_title_bar_a_chapter_a_lesson_or_a_column_label_is_the_title(
        top: str, title: str) -> None:
    result = cleaned(f"{top}\n{title}\n{P1}\n{P2}\n")
    assert result.title_line == title
    assert result.lines == (P1, P2)


def test_a_notices_headline_over_its_document_number_and_metadata_is_the_title() -> None:
    title = "Notice on Guiding Member Enterprises to Improve After-sales Service"
    text = (f"Zhejiang Provincial E-commerce Promotion Association\nHome | About Us | Notices\n"
            f"{title}\nZhe E-com Assoc. [2023] No. 17\nSource: Secretariat    Release date: "
            f"2023-06-09    Views: 1,532\n{P1}\n{P2}\n")
    result = cleaned(text)
    assert result.title_line == title
    assert result.lines == (P1, P2)


def test_a_podcasts_credits_under_its_player_go() -> None:
    text = ("Rented traffic or owned traffic: how a small tea brand built its private domain\n"
            "2022-08-03 · 58:14 · 9,412 plays\n▶ Play    1.5x    Download    Add to playlist\n"
            f"Host: Ah Qiang | Guest: Zhou Lin, founder of a Wuyi rock tea brand\n{P1}\n{P2}\n")
    assert cleaned(text).lines == (P1, P2)


def test_a_section_name_under_a_picture_label_with_its_own_caption_stays() -> None:
    text = (f"Title Of The Piece\n[Image: the shop's tea garden in Anxi. Source: the interviewee]\n"
            f"Background\n{P1}\n{P2}\n")
    assert cleaned(text).lines == ("Background", P1, P2)


def test_a_digests_contents_its_next_message_and_a_lessons_discussion_go() -> None:
    body = [P1, P2, P3, P1 + " Again.", P2 + " Again."]
    digest = ("Today's Topics:\n  1. Why small import stores are losing (Editor)\n"
              "  2. Ningbo meetup on June 8 (Organizer)\nTitle Of The Piece\n" + "\n".join(body)
              + "\nMessage: 2\nOur next offline meetup will be held in Ningbo on June 8, seats are "
              "limited to sixty people.\n")
    assert cleaned(digest).lines == tuple(body)
    lesson = ("Title Of The Piece\n" + "\n".join(body) + "\nDiscussion (128)\nStudent Xiao Wang: "
              "Teacher, does this formula also work for Douyin stores?\n")
    assert cleaned(lesson).lines == tuple(body)


def test_an_articles_own_chapters_under_its_title_are_its_sections() -> None:
    title = "Selling on Camera After the Gold Rush: Notes From a Douyin Studio"
    text = (f"{title}\nChapter 1\nThe end of easy money\n{P1}\nChapter 2\nWhy live selling works\n"
            f"{P2}\n")
    assert cleaned(text).title_line == title


# --- found on the first runs of sets 93 to 96 -----------------------------------------------

@pytest.mark.parametrize("top, line, title", [
    # A site's name after the headline
    ("Where you are: Shop Home » Insight » Body",
     "Brands are not logos: what small stores get wrong about brand building | 电商观察网",
     "Brands are not logos: what small stores get wrong about brand building"),
    ("", "Three questions to ask before you open a store abroad_跨境研究社",
     "Three questions to ask before you open a store abroad"),
    # Breadcrumbs of other shapes, a column's note over the headline
    ("Seller Daily ＞ Column ＞ Store Operation ＞ Body", "Why your detail page does not convert",
     "Why your detail page does not convert"),
    ("Homepage / Retail / Cases", "What a corner store learned from two years of apps",
     "What a corner store learned from two years of apps"),
    ("Import Notes - Column - Cross-border", "Selection matters more than assortment",
     "Selection matters more than assortment"),
    ("Blog / Growth / Retention", "Points Are Not Loyalty: What Members Really Want",
     "Points Are Not Loyalty: What Members Really Want"),
    ("Published in the column「Notes on store operation」",
     "Private traffic is not adding friends: a year in a small store",
     "Private traffic is not adding friends: a year in a small store"),
])
def test_the_headline_without_the_sites_name_under_other_breadcrumbs_is_the_title(
        top: str, line: str, title: str) -> None:
    result = cleaned(f"{top}\n{line}\n{P1}\n{P2}\n" if top else f"{line}\n{P1}\n{P2}\n")
    assert result.title_line == title
    assert result.lines == (P1, P2)


def test_a_title_with_a_subtitle_after_a_dash_keeps_it() -> None:
    title = "Fan Economy - A Primer For Small Stores"
    assert cleaned(f"{title}\n{P1}\n{P2}\n").title_line == title


def test_a_first_line_that_breaks_a_sentence_is_not_a_title() -> None:
    text = ("A seller of glass teapots asked me last month why her orders kept falling\n"
            f"while her price was already the lowest in the category.\n{P1}\n")
    result = cleaned(text)
    assert result.title_line is None
    assert result.lines[0] == ("A seller of glass teapots asked me last month why her orders "
                               "kept falling while her price was already the lowest in the "
                               "category.")


@pytest.mark.parametrize("ad", [
    "【Seller Academy】Only 9.9 yuan to unlock the 10-lesson course on pricing, places for this "
    "round are limited.",
    "Settle in the Shop Notes column now and enjoy 50,000 exposures of traffic support for every "
    "post.",
    "Group control software, one phone adds friends automatically, QQ 3849201756",
    "Shopify store setup, one-on-one service of a consultant free of charge, click the bottom of "
    "the article to apply.",
    "【小K陪跑营】Six weeks, one-to-one store diagnosis, only 15 places this month",
    "Follow the public account 电商老炮 to get the full survey report",
])
def test_pitches_of_sets_93_to_96_glued_to_a_paragraph_take_only_themselves(ad: str) -> None:
    assert cleaned(f"Title Of The Piece\n{P1} {ad}\n{P2}\n").lines == (P1, P2)


@pytest.mark.parametrize("line", [
    "[This part of the content is visible only after replying, you have already replied, the "
    "content is shown below]",
    "Editor-in-charge of this issue: Li Ming",
    "Like it? Give the author a thumbs up",
    "本文来源：经济日报 作者：李明",
    "Share:",
    "Enter your work email",
    "Get one practical article on pricing every Friday. No spam, unsubscribe at any time.",
    '▼ A frame from the series "night shift in the warehouse"',
    "(Pictured: parcels waiting at the sorting centre in Yiwu)",
    'Want more store cases? Search "Shop Frontier" on WeChat, or long press to identify the QR '
    'code below',
])
def test_forum_blog_portal_and_caption_furniture_of_sets_93_to_96_goes(line: str) -> None:
    assert between_paragraphs(line) == (P1, P2)


@pytest.mark.parametrize("line", [
    "Follow the customer, not the platform, and scan the shelf of your own Moments before you "
    "post.",
    "Get one new review every day from a real buyer, and answer it before dinner.",
    "The content is visible only to members who have paid for the year.",
    "Enjoy the quiet hour before the store opens: it is when the best ideas come.",
])
def test_prose_that_reads_like_a_pitch_or_a_notice_stays(line: str) -> None:
    assert between_paragraphs(line) == (P1, line, P2)


def test_the_authors_later_floors_stay_when_each_floor_opens_with_its_posters_name() -> None:
    short = "The platforms differ, and you only learn by doing it for a season or two."
    text = ("Two years as a group leader: money, platforms and neighbours\n1楼\n葵花籽Sunny\n"
            f"{P1}\nReport | 1楼 2022-08-03 22:17\n2楼\n海绵宝宝不吃菜\nSofa! Keep writing\n"
            f"Report | 2楼 2022-08-03 22:20\n3楼\n葵花籽Sunny\n{short}\n"
            f"Report | 3楼 2022-08-03 22:41\n4楼\n路过的老王\nmark, waiting for the update\n"
            f"Report | 4楼 2022-08-03 23:02\n5楼\n葵花籽Sunny\n{P2}\n"
            "Report | 5楼 2022-08-03 23:30\n")
    assert cleaned(text).lines == (P1, short, P2)


def test_a_reports_chapter_headings_over_its_numbered_sections_stay() -> None:
    # A running head's page number is no chapter's: "64" is past the last one.
    text = (f"Title Of The Piece\n1 Market overview\n1.1 Definition and scope\n{P1}\n"
            f"64   CHAPTER 1 · MARKET OVERVIEW\n1.2 Market size\n{P2}\n2 Driving forces\n"
            f"2.1 Consumers\n{P3}\n")
    assert cleaned(text).lines == ("1 Market overview", "1.1 Definition and scope", P1,
                                   "1.2 Market size", P2, "2 Driving forces", "2.1 Consumers", P3)


def test_e_hyphenated_at_a_lines_end_keeps_its_hyphen() -> None:
    text = f"Title Of The Piece\n{P1}\nReturns in cross-border e-\ncommerce are painful.\n{P2}\n"
    assert cleaned(text).lines == (P1, "Returns in cross-border e-commerce are painful.", P2)
    assert unhyphenated("e", "mail") == "e-mail"


# --- found on the first runs of sets 97 and 98 ----------------------------------------------

def test_a_forum_pages_title_bar_without_the_forums_name_and_engine_is_the_title() -> None:
    title = "What nine years of price wars taught a small seller"
    text = (f"卖家论坛 » 交流区 » 正文\n{title} - 卖家论坛 - Powered by Discuz!\n"
            f"查看: 8832 | 回复: 64\n{P1}\n{P2}\n")
    result = cleaned(text)
    assert result.title_line == title
    assert result.lines == (P1, P2)


def test_a_comment_area_and_an_apps_pitch_glued_to_a_paragraph_go() -> None:
    text = (f"Title Of The Piece\n{P1} Download the Shop Daily APP and read the industry's news "
            f"every morning.\n{P2}\n{P3}\nComment area\n老王: Very practical, thanks\n")
    assert cleaned(text).lines == (P1, P2, P3)


def test_a_quoted_reply_that_is_the_subject_of_a_sentence_stays() -> None:
    line = 'Reply "received" is not enough: tell the buyer what happens next and when.'
    assert between_paragraphs(line) == (P1, line, P2)


# --- found on the first runs of sets 99 to 102 ----------------------------------------------

@pytest.mark.parametrize("line, title", [
    ("Kiwis ride the live room: how hill villages sell fruit - Lishui News Network",
     "Kiwis ride the live room: how hill villages sell fruit"),
    ("When the tide goes out, who is left on the shelf_零售频道_环球零售网",
     "When the tide goes out, who is left on the shelf"),
])
def test_a_title_without_a_news_sites_name_or_two_channel_names(line: str, title: str) -> None:
    assert cleaned(f"{line}\n{P1}\n{P2}\n").title_line == title


def test_a_title_with_good_news_after_a_dash_keeps_it() -> None:
    assert cleaned(f"Private Domain - The Good News\n{P1}\n").title_line == \
        "Private Domain - The Good News"


@pytest.mark.parametrize("ad", [
    "Seller camp phase 7 is enrolling now, limited to 40 people",
    "Follow the Shop Sniff APP to get the latest industry news first",
    "Scan the code to enter our private domain exchange group, dry goods every day!",
    "Enterprises wishing to place advertisements on this site may call 0571-6612 3390.",
    "(Welcome to add the editor's WeChat shop2021 and join our reader group)",
    'Want the sheet used in class? Leave the message "sheet" under this article and the '
    'assistant will send it to you.',
])
def test_pitches_of_sets_99_to_102_glued_to_a_paragraph_take_only_themselves(ad: str) -> None:
    assert cleaned(f"Title Of The Piece\n{P1} {ad}\n{P2}\n").lines == (P1, P2)


def test_an_empty_comment_section_at_the_end_goes() -> None:
    text = f"Title Of The Piece\n{P1}\n{P2}\n{P3}\nNo comments yet, come and grab the sofa~\n"
    assert cleaned(text).lines == (P1, P2, P3)


@pytest.mark.parametrize("line", [
    'Like it? Give the author a "watching"',
    "The following article comes from 私域小馆, author 木木",
    "Reading this article takes about 5 minutes",
    "(The author is a retail researcher. This column is updated every Thursday.)",
    "更多专栏文章，请点击作者主页",
    "[Member column] The author runs a member company in Ningbo; the views are his own.",
    "【零售札记 · 专栏】",
    "« Older post: How I photograph cases with a light box",
    "📘 Free download | 2023 Repurchase White Paper: 42 pages of data >",
    "Sponsor:",
    "Secretariat: Room 1806, Tower A,",
])
def test_repost_column_blog_and_association_furniture_of_sets_99_to_102_goes(line: str) -> None:
    assert between_paragraphs(line) == (P1, P2)


@pytest.mark.parametrize("line", [
    "Next page, next page, next page: that is how a buyer scrolls past forty identical pictures.",
    "Long press the screenshot, forward it to the group, done: that was the whole marketing.",
])
def test_prose_that_starts_like_a_pager_or_a_long_press_stays(line: str) -> None:
    assert between_paragraphs(line) == (P1, line, P2)


def test_a_numbered_heading_cut_after_its_first_word_is_joined_again() -> None:
    text = (f"Title Of The Piece\n{P1}\n3. Dataization\nThinking\nDataization thinking does not "
            "mean buying an expensive system, it means three habits of a small team.\n")
    assert cleaned(text).lines[1] == "3. Dataization Thinking"


# --- found on the first runs of sets 103 to 106 ---------------------------------------------

@pytest.mark.parametrize("top, line, title", [
    ("百家号 | 电商老K说\n原创  2019-09-05 12:30  电商老K说  +关注",
     "Women's clothing without a face: how to break through? Four steps",
     "Women's clothing without a face: how to break through? Four steps"),
    ("", "[经验分享] Through train burned 20,000 yuan in three months: the lessons",
     "Through train burned 20,000 yuan in three months: the lessons"),
    ("", "Overseas Shopping Five Years: What Is Left After The Dividend - Cross-border Circle",
     "Overseas Shopping Five Years: What Is Left After The Dividend"),
])
def test_the_headline_under_an_accounts_name_without_a_tag_or_a_sites_name_is_the_title(
        top: str, line: str, title: str) -> None:
    result = cleaned(f"{top}\n{line}\n{P1}\n{P2}\n" if top else f"{line}\n{P1}\n{P2}\n")
    assert result.title_line == title
    assert result.lines == (P1, P2)


@pytest.mark.parametrize("ad", [
    "(Store diagnosis at 9.9 yuan, limited to today)",
    "Taobao operation 1-to-1 diagnosis, add QQ 2854xxxx for a free store check",
    "Join our customer service exchange group to get 100 reply scripts for free！",
    "Add the teacher's WeChat to get the 30-day private domain course for free",
])
def test_pitches_of_sets_103_to_106_glued_to_a_full_stop_take_only_themselves(ad: str) -> None:
    # Glued with no space, as the sets had them: "...within two days.(Store diagnosis ...)".
    assert cleaned(f"Title Of The Piece\n{P1}{ad}\n{P2}\n").lines == (P1, P2)


@pytest.mark.parametrize("line", [
    "[图片说明：一家茶叶店的店主正在打包发货]",
    "字体：大 中 小",
    "回复 举报",
    "给作者打赏，鼓励TA抓紧创作！",
    "推荐阅读 | 2019电商增长白皮书免费下载",
    'This article was first published on the public number "Shop Talk". Please contact us for '
    'authorization to reprint.',
    'Originally published in the public account "Store Notes"    Read 10w+',
])
def test_chinese_furniture_and_reprint_notes_of_sets_103_to_106_go(line: str) -> None:
    assert between_paragraphs(line) == (P1, P2)


def test_a_cards_offer_quoted_after_a_colon_stays_and_an_english_tag_stays_in_the_title() -> None:
    line = ("When the idea got hot, many sellers put a card in every parcel: add WeChat to get a "
            "red envelope of 3 yuan.")
    assert between_paragraphs(line) == (P1, line, P2)
    title = "[Original] Three years of driving the through train, I turned it off"
    assert cleaned(f"{title}\n{P1}\n").title_line == title


@pytest.mark.parametrize("head, tail", [
    ("Registering a trademark costs little, but it protects you when a copycat steals your",
     "pictures."),
    ("4. How to look at the data after the", "live."),
])
def test_the_last_word_of_a_broken_sentence_is_not_a_caption_or_a_badge(head: str,
                                                                         tail: str) -> None:
    text = f"Title Of The Piece\n{P1}\n{head}\n{tail}\n{P2}\n"
    assert cleaned(text).lines == (P1, f"{head} {tail}", P2)


# --- found on the first runs of sets 107 to 110 ---------------------------------------------

@pytest.mark.parametrize("line, title", [
    ("Why live rooms return half the goods|Dingdian News", "Why live rooms return half the goods"),
    ("Refund Is Not A Loss: Do After-sales As The Second Sale | Kedou Seller Academy",
     "Refund Is Not A Loss: Do After-sales As The Second Sale"),
    ("Is private domain still worth it in 2021? - Qiaomen Q&A",
     "Is private domain still worth it in 2021?"),
    ("Notes on seeding a new brand -- Dianshang Lab", "Notes on seeding a new brand"),
    ("Retail of the New Type: Why the Store Is Not Dead | 零售前沿 Retail Frontier",
     "Retail of the New Type: Why the Store Is Not Dead"),
    ("Jingwei Brand Lab丨Why content is not advertising for small brands",
     "Why content is not advertising for small brands"),
    ("Shangjia Lianmeng » Three Hundred Stores Selling The Same Phone Case",
     "Three Hundred Stores Selling The Same Phone Case"),
    ("[Lingshou Observer] After The Cold Winter Of Unmanned Shelves",
     "After The Cold Winter Of Unmanned Shelves"),
])
def test_a_sites_name_before_or_after_the_headline_leaves_the_title(line: str, title: str) -> None:
    assert cleaned(f"{line}\n{P1}\n{P2}\n").title_line == title


def test_a_breadcrumb_with_chevrons_is_not_a_site_name_and_a_title() -> None:
    text = (f"You are here: Home » Retail Tech » Unmanned Retail\nAfter The Cold Winter Of "
            f"Unmanned Shelves\n{P1}\n{P2}\n")
    assert cleaned(text).title_line == "After The Cold Winter Of Unmanned Shelves"


def test_a_blogs_name_tagline_and_menu_stand_above_the_posts_title() -> None:
    text = ("Old Mu's Shop Notes\nRecording the pits I stepped on in ten years of Taobao\n"
            "Home | About me | Operation notes | Tool downloads | Message board\n"
            "Do not let the through train drive you: my three rules for paid traffic\n"
            f"Posted on 2020-11-02 by Old Mu · 6 comments\n{P1}\n{P2}\n")
    result = cleaned(text)
    assert result.title_line == "Do not let the through train drive you: my three rules for paid traffic"
    assert result.lines == (P1, P2)


def test_a_document_sites_file_name_is_the_title_without_its_extension() -> None:
    text = ("DocHarbor 文档湾 — Share knowledge, share value    Upload    Log in\nHome\n"
            "How small retail stores do new retail: notes from a fruit chain.doc\n"
            f"Uploader: 果园老陈    Pages: 4    Downloads: 1,377\n{P1}\n{P2}\n")
    result = cleaned(text)
    assert result.title_line == "How small retail stores do new retail: notes from a fruit chain"
    assert result.lines == (P1, P2)


def test_a_blogs_comments_under_a_header_quoting_the_post_title_go() -> None:
    text = (f"Title Of The Piece\n{P1}\n{P2}\n{P3}\n{P4}\n"
            '6 thoughts on "Do not let the through train drive you: my three rules for paid '
            'traffic"\n小鹿店主 says:\n2020-11-03 at 09:12\nThe second rule hit me. I always '
            "looked at the clicks.\nReply\n")
    assert cleaned(text).lines == (P1, P2, P3, P4)


def test_folded_comments_of_a_qa_page_go_with_their_header() -> None:
    text = (f"Title Of The Piece\n{P1}\n{P2}\n{P3}\nFolded comments (163)\n"
            "小米粥: Very practical, the enterprise account point saved me\n"
            "Tang on the Shore (author) replied 小米粥: 👍\nShow the folded comments\n")
    assert cleaned(text).lines == (P1, P2, P3)


def test_a_reports_running_header_in_chinese_goes_and_the_broken_sentence_joins() -> None:
    head = "海纳研究院 | 跨境进口电商消费趋势白皮书（2022）"
    text = (f"Title Of The Piece\n{P1}\n{head}\n{P2}\nFor platforms, the ability to select "
            f"and\n{head}\nexplain goods becomes the core competitiveness.\n{P3}\n{head}\n{P4}\n")
    assert cleaned(text).lines == (P1, P2, "For platforms, the ability to select and explain "
                                   "goods becomes the core competitiveness.", P3, P4)


def test_a_hot_list_link_amid_the_text_goes_whole() -> None:
    line = 'Hot list | "Returns are free", who pays the freight insurance in the end?  >'
    assert between_paragraphs(line) == (P1, P2)


def test_a_course_pages_catalogue_and_its_homework_and_qa_go() -> None:
    text = ("Title Of The Piece\nLesson 1  Why your shop has no natural traffic  ✓ Learned\n"
            "Lesson 2  Reading the category market with data  Free trial\n"
            "Lesson 3  Pricing: do not fight the price war  🔒\n"
            "Lesson 4  Out of homogenization  ▶ Playing\n"
            "The following is the text version of this lesson, compiled by the teaching "
            f"assistant\n{P1}\n{P2}\n{P3}\n📝 After-class homework (submit to unlock Lesson 6)\n"
            "Q&A area (27)\n学员_8821: Teacher, is a utility model patent enough?\n")
    assert cleaned(text).lines == (P1, P2, P3)


@pytest.mark.parametrize("ad", [
    'Want my 37-page private domain SOP? Comment "鱼塘" under this answer and I will send it to '
    'you privately.',
    'Follow Lingxi Retail Observer and send "团长" in the dialog box to get the full interview '
    'record.',
    'The template can be downloaded for free on the "Tool downloads" page, registered members '
    'only.',
    "Students who buy the whole series can get the bad review analysis table in the Q&A area.",
    "Follow Lingshou Observer, one in-depth report on retail technology every Tuesday.",
    "The Brand Road column is updated every Thursday, welcome to send your store story to the "
    "editor's mailbox.",
])
def test_pitches_of_sets_107_to_110_glued_to_a_paragraph_take_only_themselves(ad: str) -> None:
    assert cleaned(f"Title Of The Piece\n{P1} {ad}\n{P2}\n").lines == (P1, P2)


@pytest.mark.parametrize("line", [
    "Photo: staff sort returned clothes in a warehouse. Dingdian News reporter Zhou Ming "
    "photographed",
    "图2-1 受访者购买进口商品的主要原因（多选）",
    "[Summary] When the goods are the same, the buyer only looks at the price. How can small "
    "sellers jump out of the red sea?",
    "(The cases in this article come from the visits of Chuangdian Research Room. Some shop "
    "names are hidden at the request of the owners.)",
    "Chuangdian Weekly is recruiting case contributors, send it to our mailbox and win 500 yuan.",
    "Download this document (8 points)",
])
def test_captions_notes_and_calls_of_sets_107_to_110_go(line: str) -> None:
    assert between_paragraphs(line) == (P1, P2)


@pytest.mark.parametrize("line", [
    "Some members only ever buy with a coupon, and sending them more coupons only moves our "
    "margin into their savings.",
    "【Summary】",
])
def test_prose_about_members_and_a_summary_heading_stay(line: str) -> None:
    assert between_paragraphs(line) == (P1, line, P2)


def test_a_newsletters_name_with_its_issue_stands_above_the_title() -> None:
    text = (f"Chuangdian Weekly · Issue 47\nTen thousand shops, one picture: how small shops "
            f"escape homogenization\n{P1}\n{P2}\n")
    assert cleaned(text).title_line == ("Ten thousand shops, one picture: how small shops escape "
                                        "homogenization")


def test_trans_eaten_before_an_s_is_restored_as_tran() -> None:
    assert restored_trans("psition") == "transition"
    assert restored_trans("pslate") == "translate"
    assert restored_trans("pshipment") == "transshipment"


def test_a_reports_untranslated_notes_with_a_data_source_at_the_end_go() -> None:
    text = (f"Title Of The Piece\n{P1}\n{P2}\n{P3}\n{P4}\nNotes 注释\n"
            "① 数据来源：海纳研究院2021年12月在线问卷，有效样本4,312份。\n"
            "② 保税进口：商品提前存放于保税仓，消费者下单后再清关发货。\n")
    assert cleaned(text).lines == (P1, P2, P3, P4)


# --- found on the first runs of sets 111 to 114 ---------------------------------------------

@pytest.mark.parametrize("line, title", [
    ("Who owns the neighbourhood? Group buying after the subsidy war-Lingxi Retail Observatory",
     "Who owns the neighbourhood? Group buying after the subsidy war"),
    ('The live room sells fast, the return desk cries: rethinking "bring goods"—Xiaoyu Economy Net',
     'The live room sells fast, the return desk cries: rethinking "bring goods"'),
    ("Group buying second half: who is the last group leader standing——电商观察网",
     "Group buying second half: who is the last group leader standing"),
    ("Singles' Day in numbers: ads dearer, live rooms louder - Finance",
     "Singles' Day in numbers: ads dearer, live rooms louder"),
    ("How should small sellers do store self-broadcast｜老周电商课堂 第38期",
     "How should small sellers do store self-broadcast"),
])
def test_titles_of_sets_111_to_114_lose_the_sites_name(line: str, title: str) -> None:
    assert cleaned(f"{line}\n{P1}\n{P2}\n").title_line == title


@pytest.mark.parametrize("line", [
    "Cross-border e-commerce keeps growing in small cities",
    "Why the cross-Border Research Team changed its mind about bonded warehouses",
])
def test_a_hyphen_inside_the_headline_is_no_sites_name(line: str) -> None:
    assert cleaned(f"{line}\n{P1}\n{P2}\n").title_line == line


@pytest.mark.parametrize("top", [
    "Inkwell Notes · a public account about words and business",
    "Haiqiao Cross-border Net (海桥跨境网)",
    "FOR IMMEDIATE RELEASE 即时发布",
    "Star us so you never miss a push",
])
def test_a_mastheads_release_header_or_star_prompt_stands_above_the_title(top: str) -> None:
    text = f"{top}\nIs the official account really dying? Three years of writing\n{P1}\n{P2}\n"
    result = cleaned(text)
    assert result.title_line == "Is the official account really dying? Three years of writing"
    assert result.lines == (P1, P2)


def test_a_newsletters_mail_header_greeting_and_contents_stand_above_the_title() -> None:
    text = ("From: 购物车周刊 The Cart Weekly <hello@cartweekly.cn>\n"
            "Subject: 第47期｜Members are not a discount card\n"
            "View this email in your browser | 在浏览器中打开\nHi {{first_name}}，\n"
            "本期目录 In this issue\n- Members are not a discount card（正文）\n- 赞助：芯选CRM\n"
            "- Reader mailbox 读者来信\n"
            f"Members are not a discount card: how to bring old customers back\n{P1}\n{P2}\n")
    result = cleaned(text)
    assert result.title_line == "Members are not a discount card: how to bring old customers back"
    assert result.lines == (P1, P2)


def test_a_live_transcripts_timed_labels_chat_and_close_go() -> None:
    text = ("Title Of The Piece\n[00:00:05] 欢迎 大橙子 进入直播间\n[00:00:11] 老周：\n"
            f"{P1}\n[00:00:42] 阿香的茶：来了来了\n[00:01:03] 老周：\n{P2}\n"
            f"[00:06:45] 用户7319045 送出 小心心 ×10\n[00:06:52] 老周：\n{P3}\n{P4}\n"
            "—— 直播已结束 ——\n")
    assert cleaned(text).lines == (P1, P2, P3, P4)


def test_a_press_releases_long_closing_matter_goes_from_its_about_block() -> None:
    text = (f"Title Of The Piece\n{P1}\n{P2}\n{P3}\n{P4}\nAbout Haiyue Technology\n"
            "Haiyue Technology was founded in 2015 and is headquartered in Hangzhou, China.\n"
            "关于海悦科技\n海悦科技成立于2015年，总部位于杭州。\nForward-Looking Statements\n"
            "This press release contains forward-looking statements.\nMedia Contact 媒体联系人\n"
            "周雯 Zhou Wen\npress@haiyuebuy.cn\n###\n分享到：微信 微博\n上一篇：海悦科技荣获创新企业奖\n"
            "下一篇：Haiyue Global Buy Double Eleven\nRelated articles\n| 海悦科技与澳洲牧场签署协议\n")
    assert cleaned(text).lines == (P1, P2, P3, P4)


def test_a_numbered_link_list_after_a_reports_last_section_goes() -> None:
    text = (f"Title Of The Piece\n{P1}\n3.1 Self-broadcast is the foundation\n{P2}\n"
            f"3.2 The supply chain must keep up\n{P3}\n{P4}\nHot articles ranking\n"
            "1 Top hosts slot fee list 2020 exposed\n2 How to pass the Douyin store review in one day\n"
            "3 Self-broadcast script: 12 sentences that keep viewers\n")
    assert cleaned(text).lines == (P1, "3.1 Self-broadcast is the foundation", P2,
                                   "3.2 The supply chain must keep up", P3, P4)


def test_a_circled_list_goes_on_after_an_item_broken_across_lines() -> None:
    text = (f"Title Of The Piece\n{P1}\n2. Content of the friend circle\n① Keep the ratio: of "
            "every ten posts, at most three are about goods.\n② Shoot real scenes: shoot the "
            "product in your own kitchen\n, with a little mess in the background.\n③ Choose the "
            f"time: post at 7 in the morning, at noon and at 9 in the evening.\n{P2}\n")
    assert "③ Choose the time: post at 7 in the morning, at noon and at 9 in the evening." in \
        cleaned(text).lines


def test_a_heading_in_capitals_cut_over_two_lines_is_joined_and_repaired() -> None:
    text = f"Title Of The Piece\n{P1}\n【2】CONTENT IS THE NEW\nPMISSION BELT\n{P2}\n"
    assert cleaned(text).lines == (P1, "【2】CONTENT IS THE NEW TRANSMISSION BELT", P2)


@pytest.mark.parametrize("ad", [
    'Want the full list of platforms? Add the little assistant Lingxi-03 and send the word '
    '"regiment".',
    "Old Xu's keyword worksheet is free for readers this week, leave a message under this column "
    "to get it.",
    "Inkwell Notes now takes commissioned brand stories for tea and wine shops; the price list "
    "sits in the menu bar.",
    "Forum members can download the store opening cost table in the attachment area, 5 forum "
    "coins each.",
    "What do you think? Write it in the message area; the three messages with the most likes win "
    "a Dianjia Bang notebook",
    "The full Kedian Academy membership course has 12 lessons and costs 199 yuan for the first 500 "
    "learners.",
    "Scan the code to enter the Tea House seller group, 3000 shopkeepers exchange dry goods every "
    "night!",
    "To cooperate on content planting, please send a private message to the editor, we have 2000+ "
    "blogger resources.",
    "Family members good evening, click the follow in the upper left corner first, there is a "
    "lucky bag at nine o'clock.",
])
def test_pitches_of_sets_111_to_114_glued_to_a_paragraph_take_only_themselves(ad: str) -> None:
    assert cleaned(f"Title Of The Piece\n{P1} {ad}\n{P2}\n").lines == (P1, P2)


@pytest.mark.parametrize("line", [
    "Image taken from the web, deleted on request",
    "This article is the original of E-Business Frontline. Please indicate the source when "
    "reprinting, otherwise legal responsibility will be pursued.",
    "« Previous thread: Is a face-payment machine worth buying for a 60-square-meter store?",
    "Next thread »: Night economy: how convenience stores sell after 10 pm",
    "Quick reply: you must log in before you can post",
    "Floor 2 | 便利店小白 | The unmanned shelf loss rate is so real",
    "Which side do you support?",
    "演讲者备注 Speaker notes：",
    "单击此处添加标题",
    "编辑于 03-02 上海",
    "赞 2.1万 收藏 8765 评论 432",
])
def test_furniture_of_sets_111_to_114_goes(line: str) -> None:
    assert between_paragraphs(line) == (P1, P2)


def test_a_notes_comments_and_a_debates_comment_area_go() -> None:
    note = (f"Title Of The Piece\n{P1}\n{P2}\n{P3}\n{P4}\n共 432 条评论\n一颗小白菜\n"
            "太真实了，我们小区团长去年就不干了\n")
    assert cleaned(note).lines == (P1, P2, P3, P4)
    debate = (f"Title Of The Piece\n{P1}\n{P2}\n{P3}\n{P4}\nComment area (2)\nOld Zhao from "
              "Ningbo: the fish tank store near my home closed last month\n2018-04-27 reply\n")
    assert cleaned(debate).lines == (P1, P2, P3, P4)
