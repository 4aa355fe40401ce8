"""Structure stage: headings, numbered points, titles, slugs and stable, readable ids."""
from __future__ import annotations

import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

import _paths  # noqa: F401
import sitebuild
from _support import P1, P2, P3, P4, article, front_matter, page_for_source, point_ids
from kb.model import Article
from kb.structure import assign_slugs

READABLE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*(?:--[a-z0-9]+(?:-[a-z0-9]+)*)?$")


def headings(a: Article) -> list[str | None]:
    return [s.heading for s in a.sections]


def items(a: Article) -> list[tuple[int | None, str]]:
    return [(p.number, p.text) for p in a.points() if p.kind == "item"]


@pytest.mark.parametrize("line, heading", [
    ("First, meet the new middle class;", "Meet the new middle class"),
    ("Firstly, meet the new middle class", "Meet the new middle class"),
    ("Second, improve product quality", "Improve product quality"),
    ("Third: build the brand", "Build the brand"),
    ("1, customer drainage", "Customer drainage"),
    ("2. Product design", "Product design"),
    ("1: New thinking on consumption upgrades", "New thinking on consumption upgrades"),
    ("Three: Fan economy", "Fan economy"),
    ("(1) Store positioning", "Store positioning"),
    ("（2）Store positioning", "Store positioning"),
    ("1、Brand building", "Brand building"),
    ("1、用户体验", "用户体验"),
    ("二、用户体验", "用户体验"),
    ("Part Two: Brand building", "Brand building"),
    ("Part 2: Brand building", "Brand building"),
    ("Chapter 3: Brand building", "Brand building"),
    ("Section 4. Pricing", "Pricing"),
    ("01\nData thinking", "Data thinking"),
    ("02\nData thinking;", "Data thinking"),
    ("Two, build the brand", "Build the brand"),
    ("II. Product design", "Product design"),
    ("IV、Product design", "Product design"),
    ("Part Three - Brand building", "Brand building"),
    ("Chapter 2 — Brand building", "Brand building"),
    ("03 Data thinking", "Data thinking"),
    ("First point: find the price the buyer expects", "Find the price the buyer expects"),
    ("The second step: test the product", "Test the product"),
    ("Step 3: Scale up", "Scale up"),
    ("Reason one: Everyone sells the same thing", "Everyone sells the same thing"),
    ("Misunderstanding two: Traffic will come by itself", "Traffic will come by itself"),
    ("Chapter 4 What a small shop can copy", "What a small shop can copy"),
    ("【3】Make the shop look like a person", "Make the shop look like a person"),
    ("💡Tip 2 - Shoot the scene, not the product", "Shoot the scene, not the product"),
    ("Q2: What are the main goals of the plan?", "What are the main goals of the plan?"),
    ("【Pit 3】Forgetting that the fans are the asset", "Forgetting that the fans are the asset"),
    ("第三，Tell the story behind the product", "Tell the story behind the product"),
    ("Lastly, build your own voice", "Build your own voice"),
    ("[Four] Let the live room feed the store", "Let the live room feed the store"),
    ("III Compliance is no longer optional", "Compliance is no longer optional"),
    ("Session 2 | Roundtable: who wins community group buying?",
     "Roundtable: who wins community group buying?"),
])
def test_heading_line_opens_a_section_with_the_enumerator_stripped(line: str, heading: str) -> None:
    a = article(f"{P1}\n{line}\n{P2}\n{P3}\n")
    assert headings(a) == [None, heading]
    assert [p.text for p in a.sections[1].points] == [P2, P3]


def test_long_sentence_starting_with_a_number_word_and_comma_is_a_paragraph() -> None:
    line = ("Two, three or four orders a day are enough for a new store in its first month, "
            "because the ranking rewards steady sales more than a single burst.")
    a = article(f"{P1}\n{line}\n{P2}\n")
    assert headings(a) == [None]
    assert line in [p.text for p in a.points()]


def test_sentence_starting_with_the_pronoun_i_is_not_a_roman_numeral_heading() -> None:
    line = "I. e. the buyer, not the seller, decides what a fair price is."
    a = article(f"{P1}\n{line}\n{P2}\n")
    assert headings(a) == [None]


def test_colon_heading_glued_after_a_sentence_is_split_off() -> None:
    a = article(f"{P1}\nThere are many methods. 1: New thinking on consumption upgrades, "
                f"understanding new ideas. Then our first topic is about this.\n{P2}\n")
    assert headings(a) == [None, "New thinking on consumption upgrades, understanding new ideas"]
    assert [p.text for p in a.sections[0].points] == [P1, "There are many methods."]
    assert [p.text for p in a.sections[1].points] == ["Then our first topic is about this.", P2]


def test_heading_repeated_as_the_start_of_its_paragraph_is_split_off() -> None:
    a = article(f"{P1}\nUser thinking User thinking is the most important way of thinking in the "
                f"Internet era, and every seller must learn to see the store as a buyer does.\n")
    assert headings(a)[1] == "User thinking"
    assert a.sections[1].points[0].text.startswith("User thinking is the most important")


def test_numbered_points_become_items_with_their_numbers() -> None:
    a = article(f"{P1}\nThere are three reasons:\n1. Prices are rising every year for everyone;\n"
                "2. Quality matters more than ever for buyers;\n"
                f"3. Service decides loyalty in the long run.\n{P2}\n")
    assert items(a) == [(1, "Prices are rising every year for everyone;"),
                        (2, "Quality matters more than ever for buyers;"),
                        (3, "Service decides loyalty in the long run.")]
    assert headings(a) == [None]


def test_short_numbered_lines_in_a_series_are_items_not_headings() -> None:
    a = article(f"{P1}\n1. Price\n2. Quality\n3. Service\n{P2}\n")
    assert items(a) == [(1, "Price"), (2, "Quality"), (3, "Service")]
    assert headings(a) == [None]


def test_paragraph_between_item_one_and_two_belongs_to_item_one() -> None:
    a = article(f"{P1}\n1. Prices are rising every year for everyone who sells goods in the big "
                f"cities;\n{P3}\n2. Quality matters more than ever for the buyers of those goods.\n")
    assert [(p.kind, p.number) for p in a.points()] == [
        ("paragraph", None), ("item", 1), ("item-more", None), ("item", 2)]


def test_inline_enumeration_is_split_into_numbered_items() -> None:
    a = article("The following is divided into four points: 1. The concept of consumption "
                "upgrade... 2. Current thinking of mobile customers... 3. Dataization thinking... "
                f"4. New scenario-based thinking...\n{P1}\n")
    points = a.points()
    assert points[0].text == "The following is divided into four points:"
    assert items(a) == [(1, "The concept of consumption upgrade..."),
                        (2, "Current thinking of mobile customers..."),
                        (3, "Dataization thinking..."), (4, "New scenario-based thinking...")]


def test_a_number_inside_a_sentence_is_not_an_enumeration() -> None:
    line = "Sales grew 3. 5 percent last year and 2. 1 percent the year before, said the report."
    a = article(f"{P1}\n{line}\n{P2}\n")
    assert items(a) == []


# --- titles ----------------------------------------------------------------------------------

def test_title_comes_from_the_source_title_line() -> None:
    a = article(f"What Should Micro Traders Do In 2016?\n{P1}\n{P2}\n")
    assert (a.title, a.title_origin) == ("What Should Micro Traders Do In 2016?", "source")
    assert P1 == a.points()[0].text


def test_editorial_title_wins_over_the_source_title_line() -> None:
    a = article(f"What Should Micro Traders Do In 2016?\n{P1}\n", title="Micro traders in 2016")
    assert (a.title, a.title_origin) == ("Micro traders in 2016", "editorial")


def test_generated_title_is_the_first_sentence_cut_at_a_word_within_80_chars() -> None:
    a = article(f"{P1} {P2}\n{P3}\n")
    assert a.title_origin == "generated"
    assert len(a.title) <= 80
    assert a.title.endswith("…")
    assert P1.startswith(a.title.rstrip("…"))
    assert not a.title.rstrip("…").endswith(" ")


def test_generated_title_of_a_short_first_sentence_is_the_sentence() -> None:
    a = article(f"Prices are rising. {P1}\n{P2}\n")
    assert a.title == "Prices are rising"


def test_summary_is_at_most_200_characters() -> None:
    a = article(" ".join([P1, P2, P3, P4]) + "\n")
    assert 0 < len(a.summary) <= 200


def test_same_titles_get_unique_titles_and_slugs() -> None:
    articles = [article(f"The Same Title Twice\n{text}\n", source=f"{name}.txt")
                for name, text in (("b", P1), ("a", P2), ("c", P3))]
    slugged = assign_slugs(articles)
    assert len({a.slug for a in slugged}) == 3
    assert len({a.title.lower() for a in slugged}) == 3
    by_source = {a.source: a for a in slugged}
    assert by_source["a.txt"].slug == "the-same-title-twice"
    assert by_source["a.txt"].title == "The Same Title Twice"
    assert "(b)" in by_source["b.txt"].title


def test_slugs_do_not_depend_on_the_order_articles_are_given_in() -> None:
    articles = [article(f"The Same Title Twice\n{text}\n", source=f"{name}.txt")
                for name, text in (("b", P1), ("a", P2), ("c", P3))]
    forward = {a.source: a.slug for a in assign_slugs(articles)}
    backward = {a.source: a.slug for a in assign_slugs(list(reversed(articles)))}
    assert forward == backward


def test_adding_an_article_with_the_same_title_keeps_the_existing_page_url() -> None:
    # The first file by name keeps the plain slug; a newcomer with the same title and a
    # later name gets its file name appended and leaves the existing URL alone.
    existing = article(f"The Same Title Twice\n{P1}\n", source="b.txt")
    alone = assign_slugs([existing])[0].slug
    newcomer = article(f"The Same Title Twice\n{P2}\n", source="c.txt")
    together = {a.source: a.slug for a in assign_slugs([existing, newcomer])}
    assert together["b.txt"] == alone
    assert together["c.txt"] == f"{alone}-c"


def test_very_long_title_gives_a_bounded_slug() -> None:
    title = " ".join(["Consumption"] * 40)
    a = assign_slugs([replace(article(f"{P1}\n"), title=title)])[0]
    assert 0 < len(a.slug) <= 60


def test_title_without_latin_letters_still_gets_a_readable_slug() -> None:
    a = assign_slugs([article("电商运营的新思维。\n消费升级是一个长期的趋势。\n")])[0]
    assert a.slug and READABLE_ID.match(a.slug)


# --- ids -----------------------------------------------------------------------------------

TEXT_WITH_REPEATS = (f"{P1}\n{P1}\nFirst, meet the new middle class;\n{P2}\n{P2}\n"
                     "Second, meet the new middle class\n1. Price matters to buyers;\n"
                     f"2. Price matters to buyers;\n{P3}\n")


def test_ids_are_unique_within_an_article() -> None:
    a = article(TEXT_WITH_REPEATS)
    ids = [s.id for s in a.sections] + [p.id for p in a.points()]
    assert len(ids) == len(set(ids))


def test_ids_are_readable_words_not_hashes() -> None:
    a = article(TEXT_WITH_REPEATS)
    for an_id in [s.id for s in a.sections] + [p.id for p in a.points()]:
        assert READABLE_ID.match(an_id), an_id
        for token in re.split(r"-+", an_id):   # a hash mixes digits and letters in one token
            assert not (len(token) >= 6 and re.search(r"\d", token) and re.search(r"[a-z]", token)), an_id
    assert a.points()[0].id == "intro--sellers-must-understand-what"


def test_ids_do_not_collide_with_the_page_ids_of_the_template() -> None:
    a = article(f"{P1}\nPart One: KB title\n{P2}\nPart Two: KB related\n{P3}\n")
    ids = {s.id for s in a.sections} | {p.id for p in a.points()}
    assert not ids & {"kb-title", "kb-related"}


def test_ids_are_identical_across_rebuilds() -> None:
    first = article(TEXT_WITH_REPEATS)
    second = article(TEXT_WITH_REPEATS)
    assert [p.id for p in first.points()] == [p.id for p in second.points()]
    assert [s.id for s in first.sections] == [s.id for s in second.sections]


def test_editing_a_later_paragraph_does_not_change_earlier_ids() -> None:
    before = article(f"{P1}\n{P2}\n{P3}\n")
    after = article(f"{P1}\n{P2}\n{P4}\n")
    assert [p.id for p in before.points()][:2] == [p.id for p in after.points()][:2]


TARGET = ("How Sellers Win In A Crowded Market\n"
          f"{P1}\nFirst, meet the new middle class;\n{P2}\n1. Price matters to buyers;\n"
          f"2. Quality matters more than ever;\n{P3}\nSecond, build the brand\n{P4}\n")
# Other articles share headings and a title with TARGET, but no sentence (a sentence shared at
# the edges of two articles is boilerplate and rightly removed, which would change the points).
OTHERS = {
    "aa_other.txt": "Another Article About Logistics\nWarehouses near the big cities cost more "
                    "but deliver faster to the buyers who live there.\nFirst, find the buyers "
                    "who pay for speed;\nThey want goods the next day and will pay for it.\n"
                    "1. Price matters to buyers;\n2. Quality matters more than ever;\n",
    "zz_same_title.txt": "How Sellers Win In A Crowded Market\nA crowded market rewards "
                         "sellers who pick a niche and serve it better than anyone else.\n",
    "mm_chinese.txt": "电商运营的新思维。\n消费升级是一个长期的趋势。\n",
}


def _ids_after_pipeline(where: Path, files: dict[str, str], source: str) -> tuple[str, list[str]]:
    folder = where / "articles"
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    project = sitebuild.make_project(where, folder)
    result = sitebuild.run_pipeline(project)
    assert result.returncode == 0, result.stderr
    page = page_for_source(project / "docs", source)
    return page.stem, point_ids(page.read_text(encoding="utf-8"))


def test_point_ids_are_the_same_built_alone_and_alongside_other_articles(tmp_path: Path) -> None:
    slug_alone, alone = _ids_after_pipeline(tmp_path / "alone", {"target.txt": TARGET},
                                            "target.txt")
    slug_with, together = _ids_after_pipeline(tmp_path / "together",
                                              {"target.txt": TARGET, **OTHERS}, "target.txt")
    assert alone == together
    assert slug_alone == slug_with
    assert len(alone) == len(set(alone)) >= 8


def test_seed_article_point_ids_are_the_same_alone_and_in_the_full_corpus(tmp_path: Path) -> None:
    seed = sorted(sitebuild.SEEDS.glob("*.txt"))[-1]
    alone_dir = tmp_path / "alone-articles"
    alone_dir.mkdir()
    shutil.copy2(seed, alone_dir / seed.name)
    alone = sitebuild.make_project(tmp_path / "alone", alone_dir)
    full = sitebuild.make_project(tmp_path / "full")
    for project in (alone, full):
        assert sitebuild.run_pipeline(project).returncode == 0
    pages = [page_for_source(p / "docs", seed.name) for p in (alone, full)]
    ids = [point_ids(p.read_text(encoding="utf-8")) for p in pages]
    assert ids[0] == ids[1]
    assert pages[0].name == pages[1].name
    assert front_matter(pages[0].read_text(encoding="utf-8"))["title"]


def test_parenthesised_point_under_a_section_is_a_sub_heading() -> None:
    a = article(f"Part One: Why fans matter\n{P1}\n(1) Fans bring free traffic\n{P2}\n"
                f"(2) Fans buy again\n{P3}\n")
    levels = {s.heading: s.level for s in a.sections if s.heading}
    assert levels == {"Why fans matter": 2, "Fans bring free traffic": 3, "Fans buy again": 3}


def test_inline_parenthesised_enumeration_is_split_into_items() -> None:
    a = article(f"{P1}\nThere are three steps: (1) choose the goods; (2) tell their story; "
                "(3) serve the buyer after the sale.\n")
    assert items(a) == [(1, "choose the goods;"), (2, "tell their story;"),
                        (3, "serve the buyer after the sale.")]


def test_a_series_of_parenthesised_headings_stays_one_series_at_one_level() -> None:
    # "(2)" is longer than a lone numbered line may be and still a heading like "(1)" and "(3)".
    a = article(f"{P1}\n(1) Start from a real need\n{P2}\n"
                f"(2) Make one difference that a buyer can see in the very first picture\n{P3}\n"
                f"(3) Test a small batch first\n{P4}\n")
    levels = [(s.heading, s.level) for s in a.sections if s.heading]
    assert levels == [("Start from a real need", 2),
                      ("Make one difference that a buyer can see in the very first picture", 2),
                      ("Test a small batch first", 2)]
    assert not [p for p in a.points() if p.kind != "paragraph"]


def test_a_long_first_heading_opens_a_series_when_its_next_number_follows_after_text() -> None:
    first = "Misunderstanding one: the private domain is only the old WeChat business in new clothes"
    a = article(f"{P1}\n(1) {first}\n{P2}\n(2) Misunderstanding two: more friends\n{P3}\n")
    assert headings(a) == [None, first, "Misunderstanding two: more friends"]
    # The same line followed at once by "(2)" is the first point of a list, not a heading.
    b = article(f"{P1}\n(1) {first}\n(2) Misunderstanding two: more friends\n{P3}\n")
    assert headings(b) == [None] and items(b)[0] == (1, first)


def test_a_line_marked_with_a_block_glyph_is_a_heading() -> None:
    a = article(f"Title Of The Piece\n{P1}\n▌The platforms fight, the sellers pay\n{P2}\n{P3}\n")
    assert headings(a) == [None, "The platforms fight, the sellers pay"]


def test_a_short_unnumbered_line_over_a_paragraph_is_a_heading() -> None:
    a = article(f"Title Of The Piece\n{P1}\nWhat does not change\n{P2} {P3}\n{P4}\n")
    assert headings(a) == [None, "What does not change"]


def test_a_short_line_that_ends_like_a_sentence_or_runs_into_one_line_is_not_a_heading() -> None:
    assert headings(article(f"Title Of The Piece\n{P1}\nPrices never lie.\n{P2} {P3}\n")) \
        == [None]
    one_sentence = "Buyers compare the price first and the picture second"
    assert headings(article(f"Title Of The Piece\n{P1}\nNot always\n{one_sentence}\n{P2}\n")) \
        == [None]


def test_a_bare_number_before_a_labelled_heading_drops_both_labels() -> None:
    art = article(f"Title Of The Piece\n{P1}\n01\nPart One: The price is pressed to the floor\n"
                  f"{P2}\n02\nPart Two: The fans belong to the host\n{P3}\n")
    assert [s.heading for s in art.sections] == [
        None, "The price is pressed to the floor", "The fans belong to the host"]


def test_lettered_lines_under_a_roman_numbered_section_are_its_sub_headings() -> None:
    a = article(f"{P1}\nII. Three kinds of players\n{P2}\nA. The big names\n{P3}\n"
                f"B. The vertical accounts\n{P4}\n")
    assert [(s.heading, s.level) for s in a.sections if s.heading] == [
        ("Three kinds of players", 2), ("The big names", 3), ("The vertical accounts", 3)]


@pytest.mark.parametrize("prose", [
    "A. Smith, who ran the largest tea store on the platform for nine years, disagreed with this.",
    "Chapter 4 of the report is about logistics.",
    "Reason enough for most sellers to stop buying traffic and start keeping their old buyers."])
def test_prose_that_starts_like_a_label_stays_a_paragraph(prose: str) -> None:
    a = article(f"{P1}\n{prose}\n{P2}\n")
    assert headings(a) == [None] and prose in [p.text for p in a.points()]


def test_a_decimal_number_is_not_an_inline_enumerator() -> None:
    text = ("Imports reached about 1.9 trillion yuan. This report answers three questions: "
            "1. how large the market is; 2. who is buying; 3. which model will win.")
    a = article(f"{P1}\n{text}\n")
    assert items(a) == [(1, "how large the market is;"), (2, "who is buying;"),
                        (3, "which model will win.")]
    assert a.points()[1].text == ("Imports reached about 1.9 trillion yuan. This report answers "
                                  "three questions:")


def test_a_numbered_question_on_its_own_line_is_a_heading() -> None:
    a = article(f"{P1}\n3、Should a small seller go to the high-end market?\n{P2}\n{P3}\n")
    assert headings(a) == [None, "Should a small seller go to the high-end market?"]


def test_the_next_numbered_heading_after_a_list_with_other_marks_is_a_heading() -> None:
    a = article(f"Title Of The Piece\n{P1}\n2、Why everything looks the same\n{P2}\n"
                f"3、Differentiate the store\n{P3}\n1. Narrow the category.\n2. Choose one style."
                f"\n3. Add a fitting service.\n4、Build the brand slowly\n{P4}\n")
    assert headings(a) == [None, "Why everything looks the same", "Differentiate the store",
                           "Build the brand slowly"]


def test_a_short_question_alone_between_two_paragraphs_is_a_heading() -> None:
    a = article(f"Title Of The Piece\n{P1} {P2}\nWhy did the heat fade so fast?\n{P3} {P4}\n")
    assert headings(a) == [None, "Why did the heat fade so fast?"]


@pytest.mark.parametrize("question", [
    "Q: Why are they so loyal?",              # a speaker's label: an interview
    "- Who exactly is this for?",             # bulleted: a list of questions
    "Why?"])                                  # too short: the author's own short paragraph
def test_a_labelled_or_bulleted_question_is_not_a_heading(question: str) -> None:
    assert headings(article(f"Title Of The Piece\n{P1} {P2}\n{question}\n{P3} {P4}\n")) == [None]


def test_a_question_next_to_a_one_sentence_line_is_not_a_heading() -> None:
    assert headings(article(f"Title Of The Piece\n{P1} {P2}\nWhat does she pay more for?\n"
                            f"{P3}\n{P4}\n")) == [None]


def test_a_short_line_over_a_numbered_heading_is_a_heading_that_introduces_it() -> None:
    a = article(f"{P1}\nWhat to do instead\nPoint 1: Make the category small\n{P2}\n")
    assert headings(a) == [None, "What to do instead", "Make the category small"]


@pytest.mark.parametrize("line, heading", [
    ("[03:12] Why the anchor is not the product", "Why the anchor is not the product"),
    ("【四】What I took back to my own shop", "What I took back to my own shop"),
    ("【Viewpoint 1】Cheap does not mean low-end", "Cheap does not mean low-end")])
def test_timestamp_and_chinese_numeral_labels_open_sections(line: str, heading: str) -> None:
    assert headings(article(f"{P1}\n{line}\n{P2}\n{P3}\n")) == [None, heading]


def test_the_third_of_an_ordinal_series_is_a_heading_even_with_a_full_stop() -> None:
    a = article(f"{P1}\nFirst, Find the buyer nobody serves;\n{P2}\nSecond, Change one thing;\n"
                f"{P3}\nThird, Say it in the picture, not in the title.\n{P4}\n")
    assert headings(a)[-1] == "Say it in the picture, not in the title"


def test_a_bare_number_over_a_paragraph_does_not_make_the_paragraph_a_heading() -> None:
    a = article(f"{P1}\n02\n{P2}\n{P3}\n")
    assert headings(a) == [None] and P2 in [p.text for p in a.points()]


def test_a_closing_section_name_over_a_short_line_is_a_heading() -> None:
    a = article(f"{P1}\n{P2}\nClosing words\nDon't treat fans as leeks.\n")
    assert headings(a) == [None, "Closing words"]
    assert a.sections[1].points[0].text == "Don't treat fans as leeks."


@pytest.mark.parametrize("line, heading, first", [
    ("Two. Price: The first move in every city was a subsidy war.", "Price",
     "The first move in every city was a subsidy war."),
    ("二、Move the customer into WeChat: The first step is simple, but most do it badly.",
     "Move the customer into WeChat", "The first step is simple, but most do it badly."),
    ("1️⃣ The parcel is the first conversation", "The parcel is the first conversation", None),
])
def test_a_heading_line_may_carry_its_label_and_its_first_sentence(line: str, heading: str,
                                                                  first: str | None) -> None:
    art = article(f"Title Of The Piece\n{P1}\n{line}\n{P2}\n")
    assert [s.heading for s in art.sections] == [None, heading]
    assert [p.text for p in art.sections[1].points] == [t for t in (first, P2) if t]


def test_a_part_of_a_heading_after_its_colon_is_kept_when_it_is_not_a_statement() -> None:
    art = article(f"Title Of The Piece\n{P1}\nPart Two: why fans matter\n{P2}\n")
    assert [s.heading for s in art.sections] == [None, "Why fans matter"]


def test_a_bare_chapter_line_labels_the_heading_under_it() -> None:
    art = article(f"Title Of The Piece\n{P1}\nChapter 1\nThe end of easy money\n{P2} {P3}\n")
    assert [s.heading for s in art.sections] == [None, "The end of easy money"]


def test_a_short_line_over_a_bulleted_list_is_a_heading() -> None:
    art = article(f"Title Of The Piece\n{P1} {P2}\nSome numbers\n💡 {P3}\n💡 {P4}\n")
    assert [s.heading for s in art.sections] == [None, "Some numbers"]


def test_a_table_row_of_figures_is_not_a_heading() -> None:
    art = article(f"Title Of The Piece\n{P1} {P2}\nLoss of fresh goods 7% 4%\n{P3} {P4}\n")
    assert [s.heading for s in art.sections] == [None]


@pytest.mark.parametrize("numbers", [
    ("NO.1 ", "NO.2 "),      # a portal's "NO.1"
    ("Ⅰ. ", "Ⅱ. "),          # Unicode Roman numerals
    ("（一）", "（二）"),      # a Chinese numeral in brackets
])
def test_more_numbered_heading_forms_open_sections(numbers: tuple[str, str]) -> None:
    art = article(f"Title Of The Piece\n{P1}\n{numbers[0]}The anchor sells trust\n{P2}\n"
                  f"{numbers[1]}Low price is a dead end\n{P3}\n")
    assert headings(art) == [None, "The anchor sells trust", "Low price is a dead end"]


@pytest.mark.parametrize("label", ["— 01 —", "Q3:", "（四）", "NO.3", "PART.01"])
def test_a_bare_label_line_over_its_heading_line_makes_it_a_heading(label: str) -> None:
    art = article(f"Title Of The Piece\n{P1}\n{label}\nWhere small sellers should start\n{P2}\n")
    assert headings(art) == [None, "Where small sellers should start"]


def test_an_unpadded_page_number_between_dashes_is_no_heading_label() -> None:
    # "— 3 —" is a converted report's page number; the line after it goes on with the text.
    art = article(f"Title Of The Piece\n{P1}\n— 3 —\nThe next part of the report\n{P2}\n")
    assert "The next part of the report" not in headings(art)


def test_the_next_numbered_heading_after_a_paragraphs_inline_list_is_a_heading() -> None:
    a = article(f"Title Of The Piece\n1、Why buyers come\n{P1}\n2、Why they stay\n{P2}\n"
                "3、Why they return goods\nThree fixes: 1. measure honestly; 2. show the fabric; "
                f"3. answer fast.\n4、Keep the regulars, not just the orders\n{P3}\n")
    assert [s.heading for s in a.sections] == [
        "Why buyers come", "Why they stay", "Why they return goods",
        "Keep the regulars, not just the orders"]
    assert items(a) == [(1, "measure honestly;"), (2, "show the fabric;"), (3, "answer fast.")]


# --- found on the first runs of sets 79 to 82 -----------------------------------------------

@pytest.mark.parametrize("numbers", [
    ("Step 1 ▸ ", "Step 2 ▸ "),      # a step label with a pointer
    ("▌Part 1 | ", "▌Part 2 | "),    # a label under a heading glyph is dropped
    ("01 / ", "02 / "),              # a zero-padded number and a bar
    ("Step 1 -> ", "Step 2 -> "),    # an arrow written with two characters
    ("➤ ", "➤ "),                    # an arrow glyph over a paragraph
])
def test_labelled_numbered_and_arrowed_heading_forms(numbers: tuple[str, str]) -> None:
    art = article(f"Title Of The Piece\n{P1}\n{numbers[0]}The leader is the shop front\n{P2}\n"
                  f"{numbers[1]}Fresh food lives in the warehouse\n{P3}\n")
    assert headings(art) == [None, "The leader is the shop front",
                             "Fresh food lives in the warehouse"]


def test_a_run_of_arrowed_lines_is_no_heading() -> None:
    art = article(f"Title Of The Piece\n{P1}\n➤ Free returns for members\n➤ Next-day delivery\n"
                  f"➤ A gift on birthdays\n{P2}\n")
    assert headings(art) == [None]


@pytest.mark.parametrize("closing", ["Write at the end", "A Final Word On Numbers"])
def test_an_unnumbered_closing_heading_over_a_one_sentence_paragraph(closing: str) -> None:
    art = article(f"Title Of The Piece\n1. Where the stock sits\n{P1}\n2. How the parcel travels\n"
                  f"{P2}\n{closing}\nNone of these methods works without records.\n")
    assert headings(art) == ["Where the stock sits", "How the parcel travels", closing]


def test_a_count_over_ordinal_points_is_their_heading() -> None:
    art = article(f"Title Of The Piece\n1. Three levels of bloggers\n{P1}\n{P2}\nFour suggestions\n"
                  "First, choose bloggers by the fit between their followers and your product.\n"
                  "Second, check the comments and repeat orders of past cooperation.\n")
    assert headings(art) == ["Three levels of bloggers", "Four suggestions"]


def test_a_heading_cut_mid_phrase_under_its_number_is_no_running_header() -> None:
    # A long line without a full stop above "03" looks like a page cut mid-sentence; but a
    # running header is a whole title, and "Bring buyers in from" is not one.
    art = article(f"Title Of The Piece\n01\nPay for traffic\n{P1}\n3、Never buy fake orders, because "
                  "the platform catches most of them and a demoted store needs months to recover\n"
                  f"03\nBring buyers in from\noutside the platform\n{P2}\n")
    assert headings(art) == ["Pay for traffic", "Bring buyers in from outside the platform"]


def test_an_ordinal_sentence_telling_what_someone_did_is_a_paragraph() -> None:
    art = article(f"Title Of The Piece\n{P1}\nLooking back, three changes mattered.\n"
                  "First, we stopped hiding the defects.\n"
                  f"When a bed sheet shrinks a little after washing, I say it and show it.\n{P2}\n")
    assert headings(art) == [None]
    assert "First, we stopped hiding the defects." in [p.text for p in art.points()]


def test_a_number_with_its_full_stop_alone_over_its_heading_line() -> None:
    art = article(f"Title Of The Piece\n{P1}\n3.\nThe little two is the face of the store\n{P2}\n")
    assert headings(art) == [None, "The little two is the face of the store"]


# --- found on the first runs of sets 85 to 88 -----------------------------------------------

@pytest.mark.parametrize("name", ["Lessons", "Results and lessons"])
def test_lessons_after_numbered_sections_head_the_last_one(name: str) -> None:
    art = article(f"Title Of The Piece\n(1) Where the stock sits\n{P1}\n(2) How the parcel "
                  f"travels\n{P2}\n{name}\n{P3}\n")
    assert headings(art) == ["Where the stock sits", "How the parcel travels", name]


# --- found on the first runs of sets 89 to 92 -----------------------------------------------

def test_a_roman_numeral_before_a_lowercase_word_is_prose() -> None:
    line = "IV drips are not something a small shop can sell online without a licence."
    assert headings(article(f"{P1}\n{line}\n{P2}\n")) == [None]


def test_a_labelled_point_with_its_text_run_in_is_a_heading_when_its_siblings_stand_alone() -> None:
    art = article(f"Title Of The Piece\nKey 1: The main picture\n{P1}\nKey 2: Title and "
                  f"keywords. Buyers on the mobile end type short words.\n{P2}\n"
                  f"Key 3: The first screen\n{P3}\n")
    assert headings(art) == ["The main picture", "Title and keywords", "The first screen"]
    assert "Buyers on the mobile end type short words." in [p.text for p in art.points()]


# --- found on the first runs of sets 93 to 96 -----------------------------------------------

def test_the_first_part_and_the_second_part_are_headings() -> None:
    art = article(f"Title Of The Piece\nThe first part: The subsidy was brief\n{P1}\n"
                  f"The second part: Leaders must become managers\n{P2}\n")
    assert headings(art) == ["The subsidy was brief", "Leaders must become managers"]


def test_a_bulleted_item_ending_in_a_semicolon_is_no_heading() -> None:
    art = article(f"Title Of The Piece\n{P1}\n◆ Long-tail words are cheaper, and the buyers who "
                  "search them know what they want;\n◆ Check the hourly report for two weeks, and "
                  f"lower the bid at night;\n◆ Keep a fifth of the budget for testing new words.\n"
                  f"{P2}\n")
    assert headings(art) == [None]


def test_a_reports_chapters_over_its_numbered_sections_are_headings() -> None:
    art = article(f"Title Of The Piece\n1 Market overview\n1.1 Definition and scope\n{P1}\n"
                  f"1.2 Market size\n{P2}\n2 Driving forces\n2.1 Consumers\n{P3}\n")
    assert headings(art) == ["Market overview", "Definition and scope", "Market size",
                             "Driving forces", "Consumers"]


# --- found on the first runs of sets 99 to 102 ----------------------------------------------

@pytest.mark.parametrize("line, heading", [
    ("Chapter Two · What exactly is private domain", "What exactly is private domain"),
    ("Topic 1: Who should be the host", "Who should be the host"),
    ("Part 2 of 3: Why test before you spend the money?", "Why test before you spend the money?"),
    ("第3点：Cold chain and the last hundred meters", "Cold chain and the last hundred meters"),
    ("► Search only works when the buyer knows what he wants",
     "Search only works when the buyer knows what he wants"),
    ("✅ Find a person who can answer questions", "Find a person who can answer questions"),
    ("Interactive session", "Interactive session"),
])
def test_headings_of_sets_99_to_102(line: str, heading: str) -> None:
    assert headings(article(f"Title Of The Piece\n{P1}\n{line}\n{P2}\n")) == [None, heading]


def test_a_question_heading_of_two_sentences_is_one_heading() -> None:
    art = article(f"Title Of The Piece\nQ1: Buyers write at all hours. How do we answer them?\n"
                  f"{P1}\nQ2: Is one article for every follower wrong?\n{P2}\n")
    assert headings(art) == ["Buyers write at all hours. How do we answer them?",
                             "Is one article for every follower wrong?"]


def test_a_point_told_after_an_ordinal_and_a_colon_is_a_paragraph() -> None:
    line = ("The last thing: look at the data every day, but don't be scared by one day's data. "
            "Look at the trend of seven days.")
    art = article(f"Title Of The Piece\n{P1}\n{line}\n{P2}\n")
    assert headings(art) == [None]
    assert line in [p.text for p in art.points()]


def test_a_number_with_a_full_width_full_stop_is_a_heading() -> None:
    art = article(f"Title Of The Piece\n1．Respond first, do not argue\n{P1}\n"
                  f"2．Find out the real reason\n{P2}\n")
    assert headings(art) == ["Respond first, do not argue", "Find out the real reason"]


# --- found on the first runs of sets 107 to 110 ---------------------------------------------

def test_the_last_numbered_point_of_a_list_with_paragraphs_is_an_item_not_a_heading() -> None:
    art = article(f"Title Of The Piece\nPart Two: Three things to do well\n"
                  f"1. Make the rules transparent before the sale.\n{P1}\n"
                  f"2. Do not let the buyer run more roads.\n{P2}\n"
                  f"3. Save every chat transcript.\n{P3}\nPart Three: From a complaint\n{P4}\n")
    assert headings(art) == ["Three things to do well", "From a complaint"]
    assert [n for n, _ in items(art)] == [1, 2, 3]


@pytest.mark.parametrize("line, heading", [
    ("【Misunderstanding one: county people only want cheap】",
     "Misunderstanding one: county people only want cheap"),
    ("▌Part 1 | Direct mail", "Direct mail"),
])
def test_a_label_in_brackets_stays_unless_it_only_numbers_a_part(line: str, heading: str) -> None:
    assert headings(article(f"Title Of The Piece\n{P1}\n{line}\n{P2}\n")) == [None, heading]


# --- found on the first runs of sets 111 to 114 ---------------------------------------------

def test_a_circled_number_after_an_emoji_is_a_heading() -> None:
    art = article(f"Title Of The Piece\n📌① The group leader is not a seller\n{P1}\n"
                  f"📌② Why platforms die in the second year\n{P2}\n")
    assert headings(art) == ["The group leader is not a seller",
                             "Why platforms die in the second year"]


def test_the_last_circled_item_over_a_paragraph_is_still_an_item() -> None:
    art = article(f"Title Of The Piece\nPart One: Three roads out\n{P1}\n① Product: change one detail\n"
                  "② Service: do what the big stores are too lazy to do\n"
                  f"③ Style: let the store have its own face\n{P2}\n")
    assert headings(art) == ["Three roads out"]


def test_a_round_in_brackets_is_a_heading() -> None:
    art = article(f"Title Of The Piece\n【Round One】What is actually new\n{P1}\n"
                  f"【Round Two】Who pays for the stores\n{P2}\n")
    assert headings(art) == ["What is actually new", "Who pays for the stores"]
