"""The quality sets (tests/quality/setN: articles and an editor's gold) keep what they reach:
a regression in cleaning or structure shows up as boilerplate left, a sentence lost, a
heading missed or a word damaged on articles written by someone who never saw the code.
Tagging is not held to a figure here: `make quality` prints it (see the README)."""
from __future__ import annotations

from pathlib import Path

import pytest

import _paths  # noqa: F401
import quality
from kb.editorial import load_editorial

SETS = sorted((p for p in quality.SETS.iterdir() if (p / "gold").is_dir()), key=lambda p: p.name)
# What the sets do not reach yet, by set: each one is named in the README.
KNOWN = {
    "set2": {"sent_lost": 1},   # "drainage" left as the source's name; the editor wrote otherwise
    "set10": {"bp_left": 1},    # a caption glued before its photo credit ("Hema store. Photo: IC")
    "set12": {"bp_left": 2},    # a speaker tag alone ("Liu Jianguo:"); a Weibo account name on top
    # An answerer's "leave a comment and I will answer" read as a call to action.
    "set13": {"sent_lost": 1},
    "set15": {"bp_left": 1},    # "What you will get": a course page's section of no known shape
    # A slide title under a "[Slide 2 / 9]" marker.
    "set21": {"head_missed": 1},
    # A blog comment and a sidebar headline.
    "set22": {"bp_left": 2, "head_missed": 1},
    # "Firstly, x: Apparently ..." (an ordinal heading with its first sentence on its line).
    "set23": {"head_missed": 1},
    # A PDF footer glued to a sentence it interrupts; a QR-code sentence the editor reads as
    # the author's.
    "set24": {"bp_left": 1, "sent_lost": 1},
    # A caption word ("Warehouse") in a diary taken for a heading; a handout's title line, a
    # "Lesson 3:" label, taken for its first heading.
    "set26": {"bp_left": 1, "head_wrong": 2},
    # A product card's name line ("Lumina 18-inch ring light, pro live kit"), taken for a heading.
    "set34": {"bp_left": 1, "head_wrong": 1},
    # An offer the author quotes without quotation marks ("Scan the QR code on the card, join
    # the group, and your next pair is 10 yuan cheaper: this one line, printed on a small card
    # ...") read as a scan-the-code pitch; the heading over it then reads as a caption.
    "set44": {"sent_lost": 1, "head_missed": 1},
    # An editing note the editor keeps ("What follows is a summary of the discussion, edited
    # for length."); set 24's editor removed one ("..., edited and abridged:").
    "set51": {"sent_lost": 1},
    # A press release's subheading with no number and no other mark ("Heads of the regiment
    # become service points"), read as a short paragraph.
    "set54": {"head_missed": 1},
    # A section heading with no mark among "Part One:" headings ("Three questions for anyone
    # who claims to be doing 3.0"), read as a short paragraph.
    "set59": {"head_missed": 1},
    # A point numbered "② x" read as an item, not as the section heading the editor marked.
    "set60": {"head_missed": 1},
    # Furniture in words and shapes no rule knows: an association's seat-booking notice
    # ("☞ 2020 年会 · 会员单位请于 12 月 20 日前…"), a portal's hot-list badge over the title ("今日财经热文
    # No.3 ↗"), a forum's points reward ("☑ 回帖 +5 派币…"), a vendor's closing pitch in prose
    # ("Ready to stop guessing? 有数CRM · 会员通 pulls ... data into one dashboard ...").
    "set62": {"bp_left": 4},
    # An equipment-rental ad in a bracketed label with a price and no urge ("【Live room
    # equipment rental】Ring light + camera ..., 99 yuan per day, delivery in Beijing ...").
    "set63": {"bp_left": 1},
    # Vendors' pitches in plain prose glued to a paragraph ("Kuaixiang Live Base rents you a
    # ready-made studio by the hour, ... the first session is half price.", "Qianyu Brand Studio
    # does your logo ... for 6800 yuan, with fifteen finished cases on our homepage.") and an
    # unbulleted, unheaded list of three sentence-case headlines at the end.
    "set72": {"bp_left": 5},
    # Later answers on a Q&A page, each a short line of its own ("Run away, do not do the
    # electricity supplier, open a noodle shop."), and a deck's "Thank you! Q & A".
    "set74": {"bp_left": 4},
    # A question heading over a list of advice lines ("What should you do tomorrow morning?"),
    # read as the author's question.
    "set78": {"head_missed": 1},
    # A short question line ("So why do so many leaders still lose their groups?") between
    # paragraphs, read as a heading.
    "set71": {"head_wrong": 1},
    # A sentence describing what a seller posts ("Photos of goods, screenshots of payments, a
    # discount countdown."), whose "countdown" and "discount" read as an urged offer.
    "set84": {"sent_lost": 1},
    # A sponsor's tagline before its discount code ("LiveBox Studio — multi-platform streaming
    # for small teams."); a press release's "Programme highlights" over its numbered list and a
    # slide's plain "What we got wrong", read as text.
    "set85": {"bp_left": 1, "head_missed": 2},
    # An interviewer's question of two sentences ("Many people say ... is dead. What do you
    # think?"), read as text.
    "set86": {"head_missed": 1},
    # An editor's note that opens an interview ("Editor's note: Live-streaming e-commerce ...
    # This week we talked to ..."), which other sets' editors marked as boilerplate; an
    # audience question in a transcript, read as a heading.
    "set88": {"sent_lost": 2, "head_wrong": 1},
    # A social feed's header ("Maimai · Workplace feed") over a post without a title.
    "set89": {"bp_left": 1},
    # Sets 99 to 102: a training school's ad row ("Small class of 20 · ... · retake for free"), an
    # association's address split over lines, a vendor's question over its demo link, a comment's
    # "Report" button, a link farm of "·" headlines under no header; a repost card's tagline and
    # a forum reply after a "板凳 | name | date" row.
    "set99": {"bp_left": 7, "head_wrong": 1},
    "set102": {"bp_left": 2},
    # Sets 107 to 110: "a plated article" for "a translated article" ("plated" is English as
    # written, so only context could tell); a site's name in pinyin before a dash ("Tao Que Hui
    # - Through Train Burns Money ...").
    "set107": {"sent_lost": 1, "rep_missed": 1},
    "set110": {"bp_left": 1},
    # Sets 111 to 114: "goods stayed in pit for a week" for "in transit" ("pit" is English as
    # written); a mini program's product card, whose name line stands between its label and
    # its price ("晨光陶瓷杯 350ml 手工釉").
    "set112": {"sent_lost": 1, "rep_missed": 1},
    "set113": {"bp_left": 1},
}


@pytest.fixture(scope="module")
def editorial():
    return load_editorial(_paths.EDITORIAL)


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_quality_set_keeps_its_cleaning_figures(folder: Path, editorial) -> None:
    score = quality.score_set(folder, editorial)
    c, known = score.counts, KNOWN.get(folder.name, {})
    problems = "\n".join(p for ps in score.problems.values() for p in ps if "tags" not in p)
    assert c["bp_left"] <= known.get("bp_left", 0), problems
    assert c["sent_lost"] <= known.get("sent_lost", 0), problems
    assert c["head"] - c["head_found"] <= known.get("head_missed", 0), problems
    assert c["out_head"] - c["out_head_ok"] <= known.get("head_wrong", 0), problems
    assert c["rep"] - c["rep_ok"] <= known.get("rep_missed", 0) and c["keep_bad"] == 0, problems
