"""Structure stage: clean lines -> title, sections, paragraphs and numbered points, with
stable, readable ids derived from the section and the point's own first words."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from slugify import slugify

from .furniture import date_only
from .model import Article, CleanText, Point, RawArticle, Section
from .text import HAN, SIGNS, TERMINAL, is_title_case, sentences, word_count, words

_ORDINALS = ("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final")
# "First", "Firstly", "The first point", "Second step", "The first part": 第一点 / 第二步 / 第一部分
# translated.
_ORDINAL_LEAD = (rf"(?:the\s+)?(?:{_ORDINALS})(?:ly)?"
                 r"(?:\s+(?:point|step|aspect|stage|principle|method|strategy|tip|reason|thing|"
                 r"part|section))?")
_NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten"
_CN_NUMERALS = "一二三四五六七八九十"

# Enumerated lines: "1. x", "1, x", "1、x", "1: x", "1．x", "1/ x" (not a slide's "3 / 7"), "(1) x",
# "[1] x" (a note), "一、x".
ENUMERATED = re.compile(rf"^\s*(?:(?P<n>\d{{1,2}})(?:\s*[.,，:：、)）．]|/(?=\s))(?!\d)"
                        rf"|[(（\[](?P<p>\d{{1,2}})[)）\]]"
                        rf"|[{_CN_NUMERALS}]+\s*[、.:：])\s*(?P<text>\S.*)$")
# Headings that always open a section; the heading is the first sentence of what follows.
# Also "Part Three - x", "II. X" (一、 translated as a Roman numeral; upper case and followed
# by a capital, so "I. e. ..." is not one) and "03 x" (a zero-padded number is never prose).
# "Two. x" (a number word and a full stop before a capital) and "1️⃣ x" (a keycap emoji).
# Labels of numbered headings: "Part Two: x", "Trick 3 | x", "【Method 1】x", "【四】x", "Q1: x";
# a podcast's timestamps: "[03:12] x".
# "Reason one: x", "Misunderstanding two: x", "Chapter 3 X" (no mark needed before a capital).
# "Ⅲ. x" (the Unicode Roman numeral), "NO.2 X", "#2 X", "（二）x" (a Chinese numeral in brackets).
_LABELS = ("method|step|part|point|tip|way|chapter|section|strategy|lesson|case|trick|move|"
           "reason|misunderstanding|misreading|myth|mistake|pitfall|trap|question|problem|"
           "suggestion|principle|rule|key|secret|stage|phase|trend|factor|lever|tactic|habit|"
           "viewpoint|view|opinion|insight|observation|pit|session|topic|round")
# An emoji before a label ("💡Tip 2 - x"), as note apps write them.
_EMOJI = "[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?" + r"\s*"
_STRONG_HEADING = re.compile(
    rf"^\s*(?:(?:{_EMOJI})?(?:{_LABELS})(?:\s+|\s*\.\s*)#?(?:\d+|{_NUMBER_WORDS}|[ivx]+)"
    rf"(?:\s+of\s+\d{{1,2}})?"   # "Part 1 of 3: x"
    rf"(?:\s*(?:[-=]+>|→|[:：.,、\-–—|｜▸▶►>·])|\s+(?-i:(?=[A-Z{HAN}])))"
    rf"|(?:{_NUMBER_WORDS})\s*(?:[:：、]|\.\s+(?-i:(?=[A-Z{HAN}])))|{_ORDINAL_LEAD}\s*[:：]"
    rf"|Q\s?\d{{1,2}}\s*[:：.、]|\d{{1,2}}\ufe0f?\u20e3|\U0001f51f"
    rf"|(?-i:(?:[IVX]{{1,4}}|[\u2160-\u216b])(?:[.:：]\s+(?=[A-Z{HAN}])|、|\s+[—–]\s+(?=[A-Z{HAN}])))"
    rf"|(?-i:(?:I{{2,3}}|IV|VI{{1,3}}|IX|XI{{1,3}})\s+(?=[A-Z][a-z])|I\s+(?=(?:The|A|An)\s))"
    rf"|0[1-9](?:\s+[/|｜·])?(?=\s)"   # "03 x", "01 / x"
    rf"|(?-i:NO|No)\.?\s?\d{{1,2}}\s+(?-i:(?=[A-Z{HAN}]))|[(（][{_CN_NUMERALS}]+[)）]"
    rf"|#\d{{1,2}} (?-i:(?=[A-Z{HAN}]))(?!.*\s{{2}})"   # not a forum's "#1 Poster  Wang  ..."
    rf"|第\s*[\d{_CN_NUMERALS}]+\s*[点条步]\s*[:：、]"   # "第3点：x", left in Chinese
    rf"|\d{{1,2}}\s*[:：](?!\d)|[{_CN_NUMERALS}]+\s*[、.:：]"
    rf"|【(?:(?:{_LABELS})\s*)?(?:\d{{1,2}}|{_NUMBER_WORDS}|[{_CN_NUMERALS}]+)\s*】"
    rf"|\[(?:{_LABELS})\s*(?:\d{{1,2}}|{_NUMBER_WORDS}|[{_CN_NUMERALS}]+)\s*\]"
    rf"|\[(?:{_NUMBER_WORDS}|[{_CN_NUMERALS}]+)\]"   # "[Four] x" ("[1] x" is a note)
    rf"|[\[(（]\d{{1,2}}:\d{{2}}(?::\d{{2}})?[\])）])\s*(?P<text>\S.*)$",
    re.IGNORECASE)
# "A. The big names" under "II. Three kinds of players": a lettered sub-heading.
_LETTERED_HEADING = re.compile(r"^\s*[A-H]\.\s+(?P<text>[A-Z].*)$")
# "First, meet the ...;" (or "Two, build the brand") is a heading only when it is one short
# sentence on its own line.
# "第三，x": the Chinese ordinal left untranslated.
_ORDINAL_COMMA = re.compile(rf"^\s*(?:{_ORDINAL_LEAD}|{_NUMBER_WORDS}|第[{_CN_NUMERALS}]+)\s*[,，]\s*"
                            r"(?P<text>\S.*)$",
                            re.IGNORECASE)
# "First, we stopped hiding the defects.": a person's deed told in a sentence, not a heading.
_TOLD = re.compile(r"^(?:we|i|they|he|she)\s.*[.!]\s*$", re.IGNORECASE)
# "User thinking User thinking is the most important ..." : a heading glued to its paragraph.
_GLUED_HEADING = re.compile(r"^(?P<h>[A-Z][\w-]*(?:\s[\w-]+){1,4})\s(?P<rest>(?P=h)\b.*)$",
                            re.IGNORECASE)
# "01" or "— 02 —" alone on a line, over its heading line ("— 3 —" unpadded is a page number).
_BARE_NUMBER = re.compile(r"^\s*(?:0?\d{1,2}[.、]?|[—–~-]+\s*0\d\s*[—–~-]+)\s*$")   # also "3."
# "Chapter 1", "Step two" or "第三章" alone on a line, over its heading line: a label like "01".
# Also "PART.01", "Q3:", "NO.3" and "（四）".
_BARE_LABEL = re.compile(rf"^\s*(?:(?:{_LABELS})(?:\s+|\s*\.\s*)#?(?:\d{{1,2}}|{_NUMBER_WORDS}|[ivx]+)"
                         rf"|第[{_CN_NUMERALS}\d]+[章节部分课]|Q\s?\d{{1,2}}\s*[:：.]?|NO\.?\s?\d{{1,2}}"
                         rf"|[(（][{_CN_NUMERALS}]+[)）]|【[{_CN_NUMERALS}\d]{{1,3}}】|(?-i:[IVX]{{1,4}})(?=\s*[—–]))"
                         r"\s*[:：|｜▸▶►>—–.]?\s*$", re.IGNORECASE)
# The labels of points rather than of parts: "Tip 1: x", "Point 2 - x", "Rule three: x".
_POINT_LABEL = re.compile(r"^\W*(?P<label>tip|point|trick|move|habit|suggestion|rule|key|secret|way|"
                          r"method)"
                          r"\s*\.?\s*(?:(?P<n>\d{1,2})|[a-z]+)\b", re.IGNORECASE)
_FIGURE = re.compile(r"\d[\d.,]*%?")
# A bullet or an emoji opening a line: the first item of a list under a heading.
LIST_START = re.compile(rf"^\s*(?:[-•·▪●◆*]|[{SIGNS}])")
# "▌The platforms fight" / "■ Low price": a glyph that portals put before a section title.
_GLYPH_HEADING = re.compile(r"^\s*[▌▍▎▋█■◆●◼◎]\s*(?P<text>\S.*)$")
# "➤ The store becomes a warehouse" (or "► x", "✅ x") over a paragraph: a heading; a run of
# such lines is a list (or, at an article's end, a link farm the cleaner removed).
ARROW_HEADING = re.compile(r"^\s*(?:[➤➢➜►✔☑]|✅)\ufe0f?\s*(?P<text>\S.*)$")
# "【Giants rush in】" alone on its line, and "2.1 Head anchors" (a report's sub-section): a
# heading when what is inside is a short phrase, not a sentence.
_BRACKET_HEADING = re.compile(r"^\s*【(?P<text>[^】]{1,80})】\s*$")
# Markdown a scrape left in: "## x" to "###### x" and a line in bold, "**Step one: x**" ("# x"
# alone is as often a tag or a note's first line, and stays text).
_MARKDOWN_HEADING = re.compile(r"^\s*(?:#{2,6}\s+(?P<hashed>\S.*?)\s*#*|\*\*(?P<bold>[^*]+)\*\*|"
                               r"__(?P<underlined>[^_]+)__)\s*$")
# "Model: The basic logic is simple." on a heading line: a short label, then its section's
# first sentence.
_LABEL_THEN_TEXT = re.compile(r"^(?P<label>[^:：.!?]+?)\s*[:：]\s+(?P<rest>[A-Z\"“].*)$")
LABEL_MAX_WORDS = 5
# "1 The Market Has Entered the Stage of Elimination": a report's numbered heading in Title Case.
_NUMBERED_TITLE = re.compile(r"^\s*(?P<number>\d{1,2})\s+(?P<text>[A-Z].*)$")
NUMBERED_SECTIONS_MIN = 2   # "1.1 x" and "1.2 x": a report numbers its sections
_DECIMAL_HEADING = re.compile(
    rf"^\s*(?P<chapter>\d{{1,2}})\.\d{{1,2}}\s+(?P<text>[A-Z{HAN}].*)$")
# Unnumbered sections that articles with numbered ones still have: a heading over whatever
# follows, never a caption, nor navigation at the top ("Abstract" over a report's first
# paragraph).
SECTION_NAME = re.compile(r"^\W*(?:in\s+)?(?:(?:some|a few|my|our|the|key)\s+)?"
                          r"(?:conclusions?|summary|abstract|epilogue|postscript|"
                          r"afterword|foreword|preface|introduction|closing|final thoughts|"
                          r"closing thoughts|closing words|final words|last words|"
                          r"writ(?:e|ten) at the end|a final word|"   # 写在最后
                          r"in closing|background|outlook|references?|notes|results|outcomes?|"
                          r"verdict|"
                          r"(?:final|closing|concluding) remarks|takeaways|"
                          r"lessons(?: learned)?|results and lessons|"
                          r"bottom line|to sum up|wrapping up|interactive session)\W*$",
                          re.IGNORECASE)
UNMARKED_HEADING_WORDS = 8   # "What does not change": a short unpunctuated line over a paragraph
# Where a colon heading is glued after the end of a sentence: "... methods... 1: New thinking".
_GLUED_STRONG = re.compile(rf"(?<=[.!?…])\s+(?=(?:\d{{1,2}}|{_NUMBER_WORDS}|{_ORDINAL_LEAD})"
                           rf"\s*[:：]\s+[A-Z])", re.IGNORECASE)
# "1. ", "1、" or "(1) " inside a line; group 1 or 2 is the number.
# "1.9 trillion" is a number, not item 1: after "1." comes a space.
_INLINE_ENUMERATOR = re.compile(
    r"(?:(?<=\s)|^)(?:(\d{1,2})(?:\.(?=\s)|、)|[(（](\d{1,2})[)）])\s*(?=\S)")
HEADING_MAX_WORDS = 20
SHORT_HEADING_WORDS = 10
ID_WORDS = 4


@dataclass(frozen=True)
class _Block:
    kind: str                 # "heading" | "item" | "paragraph"
    text: str
    number: int | None = None
    level: int = 2            # headings: 3 for "(1) ..." under a section heading
    series: str | None = None  # headings: the enumerator style of "1. x" / "(1) x" headings
    inline: bool = False       # items: split out of a paragraph ("...: 1. x; 2. y; 3. z")
    listed: bool = False       # items: short lines under a lead-in ending in a colon


def looks_like_heading(line: str) -> bool:
    """Used by the cleaner: a line with a heading's shape is never a caption fragment."""
    return bool(_STRONG_HEADING.match(line) or _ORDINAL_COMMA.match(line)
                or _LETTERED_HEADING.match(line) or _MARKDOWN_HEADING.match(line)
                or ENUMERATED.match(line) or _BARE_NUMBER.match(line) or _BARE_LABEL.match(line)
                or _marked_heading(line) is not None)


def numbered_chapters(lines: list[str]) -> frozenset[str]:
    """A report's chapter headings, "2 Driving forces", when it numbers its sections "1.1 x",
    "1.2 x" (in sentence case they look like a caption; the cleaner keeps them too): numbered
    up to one past its last section's chapter, so a running head's page number ("64   CHAPTER
    4 ...") is none, and each where its number puts it: no section of an earlier chapter
    after it, and a section of its own or a later chapter after it unless it is the last (not
    a numbered link list under "3.3 x": "1 Top hosts ..."; a contents list may come first)."""
    sections = [(i, int(m.group("chapter"))) for i, ln in enumerate(lines)
                if (m := _DECIMAL_HEADING.match(ln))]
    if len(sections) < NUMBERED_SECTIONS_MIN:
        return frozenset()
    last = max(chapter for _, chapter in sections)

    def in_place(index: int, number: int) -> bool:
        later = [chapter for at, chapter in sections if at > index]
        return all(chapter >= number for chapter in later) and (bool(later) or number == last + 1)
    return frozenset(ln for i, ln in enumerate(lines) if (m := _NUMBERED_TITLE.match(ln))
                     and int(m.group("number")) <= last + 1
                     and in_place(i, int(m.group("number")))
                     and word_count(m.group("text")) <= SHORT_HEADING_WORDS
                     and not ln.rstrip().endswith(TERMINAL))


_PART_LABEL = re.compile(r"^\W*(?:part|chapter|section|lesson|step|stage|phase|session|topic|point)\b",
                         re.IGNORECASE)


def _marked_heading(line: str) -> str | None:
    """The text of a heading marked by a glyph ("▌x"), brackets ("【x】") or a section number
    ("2.1 x"), when that text is a short phrase."""
    for marked in (_GLYPH_HEADING, _BRACKET_HEADING):
        match = marked.match(line)
        # "◆ Check the hourly report ..., and turn down the bid at night;": one item of a run.
        if match and _is_heading_sentence(match.group("text")) \
                and not match.group("text").rstrip().endswith((";", "；", ",", "，")):
            # A label of the article's parts under the glyph goes too: "▌Part 1 | Direct mail"
            # -> "Direct mail". One that says what the section is stays, as after a number:
            # "【Misunderstanding one: county people only want cheap】".
            labelled = _STRONG_HEADING.match(match.group("text"))
            if labelled and _PART_LABEL.match(match.group("text")):
                return labelled.group("text")
            return match.group("text")
    match = _DECIMAL_HEADING.match(line) or _NUMBERED_TITLE.match(line)
    if match and not line.rstrip().endswith(TERMINAL) \
            and word_count(match.group("text")) <= SHORT_HEADING_WORDS \
            and (match.re is _DECIMAL_HEADING or is_title_case(match.group("text"))):
        return match.group("text")
    return None


def build_article(raw: RawArticle, text: CleanText, editorial_title: str | None) -> Article:
    blocks = _classify(_split_glued(list(text.lines)))
    sections = _sections(blocks)
    if editorial_title:
        title, origin = editorial_title, "editorial"
    elif text.title_line:
        title, origin = text.title_line, "source"
    else:
        title, origin = generated_title(sections), "generated"
    return Article(source=raw.source, slug="", title=title, title_origin=origin,
                   summary=summary(sections), sections=sections, original=raw.text,
                   encoding=raw.encoding, changes=text.changes)


def assign_slugs(articles: list[Article]) -> list[Article]:
    """Unique titles and URLs. Articles are taken in file-name order: the first keeps the
    plain slug, a later one with the same title gets its file name added (not a counter, so
    its URL does not depend on how many others share the title). Adding an article renames
    no existing page unless it has the very same title and a file name that sorts first."""
    seen_slugs: set[str] = set()
    seen_titles: set[str] = set()
    result = []
    for article in sorted(articles, key=lambda a: a.source):
        title = article.title
        stem = article.source.rsplit(".", 1)[0]
        if title.lower() in seen_titles:
            title = f"{title} ({stem})"
        slug = slugify(article.title, max_length=60, word_boundary=True) or "article"
        if slug in seen_slugs:
            slug = f"{slug}-{slugify(stem, max_length=40) or 'article'}"
        n = 2
        base = slug
        while slug in seen_slugs:
            slug, n = f"{base}-{n}", n + 1
        seen_slugs.add(slug)
        seen_titles.add(title.lower())
        result.append(replace(article, slug=slug, title=title))
    return result


def generated_title(sections: tuple[Section, ...]) -> str:
    """A readable title of at most 80 characters: the first sentence, cut at a word."""
    for section in sections:
        for point in section.points:
            return shorten(sentences(point.text)[0].rstrip(".;:,"), 80)
    return "Untitled article"


def summary(sections: tuple[Section, ...]) -> str:
    for section in sections:
        for point in section.points:
            first = sentences(point.text)
            text = first[0]
            if len(text) < 80 and len(first) > 1:
                text = f"{text} {first[1]}"
            return shorten(text, 200)
    return ""


def shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:.-— ")
    return cut + "…"


def _split_glued(lines: list[str]) -> list[str]:
    """Separate what the scrape glued together: a colon heading after a sentence end, a
    heading repeated as the start of its paragraph, a bare "01" before its heading line."""
    result: list[str] = []
    for line in lines:
        for part in _GLUED_STRONG.split(line):
            glued = _GLUED_HEADING.match(part)
            if glued and word_count(glued.group("rest")) > HEADING_MAX_WORDS // 2:
                result.extend(["\x00" + glued.group("h"), glued.group("rest")])
            else:
                result.append(part)
    merged: list[str] = []
    for line in result:
        if merged and _bare_label(merged[-1]):
            # "01" + its heading line, whose own label goes too: "01" / "Part One: x" -> "x"
            strong = _STRONG_HEADING.match(line) or ENUMERATED.match(line)   # "01" / "(1) x"
            text = strong.group("text") if strong else line
            if _is_heading_sentence(text):   # not the paragraph after a lost heading
                merged[-1] = "\x00" + text
                continue
        merged.append(line)
    return merged


def _bare_label(line: str) -> bool:
    """"01", "Chapter 1" or "PART.3 |" alone on a line, also as Markdown ("## Lesson three:")."""
    markdown = _MARKDOWN_HEADING.match(line)
    text = (markdown.group("hashed") or markdown.group("bold") or markdown.group("underlined")
            ) if markdown else line
    return bool(_BARE_NUMBER.match(text) or _BARE_LABEL.match(text))


def _labels_standing_alone(lines: list[str]) -> set[str]:
    """The point labels that some line carries with one sentence alone, a heading ("Key 1: The
    main picture"): then "Key 2: Title and keywords. Buyers ..." is the next heading with its
    text run in, not a point under a heading."""
    alone = set()
    for line in lines:
        point = _POINT_LABEL.match(line)
        strong = _STRONG_HEADING.match(line) if point else None
        if strong and len(sentences(strong.group("text"))) == 1:
            alone.add(point.group("label").lower())
    return alone


def _classify(lines: list[str]) -> list[_Block]:
    """Lines -> heading, item and paragraph blocks. "\x00" marks a line already known to be
    a heading. Short enumerated lines are headings unless they continue a numbered series."""
    blocks: list[_Block] = []
    headed_labels = _labels_standing_alone(lines)
    chapters = numbered_chapters(lines)
    for index, line in enumerate(lines):
        if line.startswith("\x00"):
            blocks.extend(_heading_blocks(line[1:]))
            continue
        markdown = _MARKDOWN_HEADING.match(line)
        if markdown:
            text = markdown.group("hashed") or markdown.group("bold") or markdown.group("underlined")
            label = (_STRONG_HEADING.match(text) or _ORDINAL_COMMA.match(text)
                     or ENUMERATED.match(text))   # "**1. The warehouse decides**"
            blocks.extend(_heading_blocks(label.group("text") if label else text))
            continue
        strong = _STRONG_HEADING.match(line)
        point = _POINT_LABEL.match(line) if strong else None
        if point and len(sentences(strong.group("text"))) >= 2 \
                and point.group("label").lower() not in headed_labels:
            # "Tip 1: Pick a narrow group of people. My buyers are ...": a numbered point with
            # its explanation on its line, under the section's heading ("Tip 1: x" alone is one).
            number = point.group("n")
            blocks.append(_Block("item", strong.group("text"), int(number) if number else None))
            continue
        if strong and word_count(sentences(strong.group("text"))[0]) <= HEADING_MAX_WORDS \
                and not _told_step(line, strong.group("text")):
            blocks.extend(_heading_blocks(strong.group("text")))
            continue
        lettered = _LETTERED_HEADING.match(line)
        if lettered and _is_heading_sentence(lettered.group("text")):
            under = any(b.kind == "heading" for b in blocks)
            blocks.append(_Block("heading", _heading_text(lettered.group("text")),
                                 level=3 if under else 2, series="letter"))
            continue
        if date_only(line):   # a diary's entry: the cleaner removed dates that are metadata
            blocks.append(_Block("heading", line.strip()))
            continue
        marked = _marked_heading(line)
        if line in chapters:
            marked = _NUMBERED_TITLE.match(line).group("text")
        if marked is not None:
            blocks.append(_Block("heading", _heading_text(marked)))
            continue
        next_line = lines[index + 1] if index + 1 < len(lines) else ""
        if _listed(line, blocks):
            # "a useful list reads:" / "Moisture-proof mat" / "Folding lantern": its items.
            blocks.append(_Block("item", line.strip(), listed=True))
            continue
        arrow = ARROW_HEADING.match(line)
        if arrow and _is_heading_sentence(arrow.group("text"), SHORT_HEADING_WORDS) \
                and not any(ARROW_HEADING.match(ln) for ln in (lines[index - 1] if index else "",
                                                                next_line)):
            blocks.append(_Block("heading", _heading_text(arrow.group("text"))))
            continue
        circled = circled_heading(line, next_line, lines[index - 1] if index else "")
        if circled is not None:
            blocks.append(_Block("heading", _heading_text(circled),
                                 ord(_CIRCLED_HEADING.match(line).group("number")) - 0x245F,
                                 series="circled"))
            continue
        if _is_unmarked_heading(line, next_line) \
                or _is_question_heading(line, lines[index - 1] if index else "", next_line):
            blocks.append(_Block("heading", _heading_text(line)))
            continue
        ordinal = _ORDINAL_COMMA.match(line)
        if ordinal:
            text = ordinal.group("text")
            last = next((b for b in reversed(blocks) if b.kind == "heading"), None)
            # "Third, Say it in the picture." after "First, ...;" and "Second, ...;" headings
            # is the third of them, whatever its closing stop.
            in_series = (last is not None and last.series == "ordinal"
                         and len(sentences(text)) == 1 and word_count(text) <= HEADING_MAX_WORDS)
            if in_series or _is_heading_sentence(text) and not _TOLD.match(text):
                blocks.append(_Block("heading", _heading_text(text), series="ordinal"))
                continue
        enumerated = ENUMERATED.match(line)
        if enumerated and (enumerated.group("n") or enumerated.group("p")):
            number = int(enumerated.group("n") or enumerated.group("p"))
            body = enumerated.group("text")
            labelled = _labelled_section(body)
            if labelled:   # "1/ Cut the category small: A store that sells ... . Choose ..."
                blocks.append(_Block("heading", _heading_text(labelled[0]), number))
                blocks.append(_Block("paragraph", labelled[1]))
                continue
            follows = bool(blocks) and blocks[-1].kind == "item" and blocks[-1].number == number - 1
            precedes = _next_number(lines, index) == number + 1
            series = "paren" if enumerated.group("p") else "number"
            last = next((b for b in reversed(blocks) if b.kind == "heading"), None)
            # The next heading of a numbered series ("(1) x" ... "(2) y") is one like it, at
            # its level, even when longer than a lone numbered line may be.
            continues = last is not None and last.series == series and last.number == number - 1
            # "3. Save every chat transcript." after items "1. x" and "2. y", each with its
            # paragraphs: the last point of the section's list, not a heading.
            follows = follows or (not continues and _item_before(blocks, number - 1))
            # "4、Keep the fans" after a "3、" heading whose paragraph ends "1. ... 2. ... 3. ...":
            # the list ended with its paragraph; the headings go on. So after "1. a" / "2. b" /
            # "3. c" items, a list written with other marks than the heading's number.
            follows = follows and not (continues and (blocks[-1].inline or _mark(lines[index - 1])
                                                      != _mark(line)))
            opens = continues or _opens_spaced_series(lines, index, number, series)
            limit = HEADING_MAX_WORDS if opens else SHORT_HEADING_WORDS
            if not (follows or precedes) and _is_heading_sentence(body, limit):
                # "(1) x" under a section heading is a sub-heading of that section.
                nested = series == "paren" and any(
                    b.kind == "heading" and b.level == 2 and b.series != "paren" for b in blocks)
                level = last.level if continues and last is not None else 3 if nested else 2
                blocks.append(_Block("heading", _heading_text(body), number, level, series))
            else:
                blocks.extend(_inline_items(body, number, lines, index))
            continue
        blocks.extend(_inline_items(line, None, lines, index))
    return blocks


_NUMBER_MARK = re.compile(r"^\s*[(（]?\d{1,2}\s*(\S)")


def _item_before(blocks: list[_Block], number: int) -> bool:
    """Whether the current section (since its heading) has a numbered item of that number."""
    for block in reversed(blocks):
        if block.kind == "heading":
            return False
        if block.kind == "item" and block.number == number and not block.inline:
            return True
    return False


def _mark(line: str) -> str:
    """The mark after a line's number: "." for "3. c", "、" for "4、d"."""
    match = _NUMBER_MARK.match(line)
    return match.group(1) if match else ""


def _opens_spaced_series(lines: list[str], index: int, number: int, series: str) -> bool:
    """"(1) x" whose next numbered line of the same style, after text of its own, is "(2) y":
    the first heading of a series, as long as the next ones may be ("(1) Misunderstanding
    one: ..." / paragraphs / "(2) ..."), not a lone numbered line. "(2)" must read as a
    heading too: a numbered point followed by its comment is still a list."""
    for later in range(index + 1, len(lines)):
        match = ENUMERATED.match(lines[later])
        if match and (match.group("p") if series == "paren" else match.group("n")):
            return (later > index + 1 and int(match.group("p") or match.group("n")) == number + 1
                    and _is_heading_sentence(match.group("text")))
    return False


_ORDINAL_COLON = re.compile(rf"^\s*{_ORDINAL_LEAD}\s*[:：]", re.IGNORECASE)
TOLD_STEP_MIN_WORDS = 7


def _told_step(line: str, text: str) -> bool:
    """"The last thing: look at the data every day, but ...": after an ordinal and a colon, a
    sentence in lower case with its full stop (more may follow) is a point told, not a
    heading."""
    first = sentences(text)[0]
    return (_ORDINAL_COLON.match(line) is not None and text[:1].islower()
            and first.rstrip().endswith(".") and word_count(first) >= TOLD_STEP_MIN_WORDS)


def _heading_blocks(text: str) -> list[_Block]:
    parts = sentences(text)
    # "Q3: Followers write at all hours. How do we answer them?": a question and its lead-in.
    if len(parts) == 2 and text.rstrip().endswith(("?", "？")) \
            and word_count(text) <= HEADING_MAX_WORDS:
        return [_Block("heading", _heading_text(text))]
    head = parts[0]
    rest = " ".join(parts[1:])
    # "Price: The first move was a subsidy war." : the label is the heading, when a statement
    # (or more text) follows it.
    labelled = _LABEL_THEN_TEXT.match(head)
    if labelled and word_count(labelled.group("label")) <= LABEL_MAX_WORDS and (
            rest or (head.rstrip().endswith(".")
                     and word_count(labelled.group("rest")) > LABEL_MAX_WORDS)):
        head, rest = labelled.group("label"), " ".join([labelled.group("rest"), rest]).strip()
    elif word_count(text) <= HEADING_MAX_WORDS and not rest:
        return [_Block("heading", _heading_text(text))]
    blocks = [_Block("heading", _heading_text(head))]
    return blocks + ([_Block("paragraph", rest)] if rest else [])


LABELLED_SECTION_MAX_WORDS = 8
SECTION_MIN_WORDS = 25


def _labelled_section(body: str) -> tuple[str, str] | None:
    """A numbered line that is a section: a short label, a colon, and a paragraph of its own
    ("Cut the category small: A store that sells every kind of cup is remembered by nobody.
    Choose one group ..."), not an item ("Price: cheaper than rivals.")."""
    labelled = _LABEL_THEN_TEXT.match(body)
    if not labelled or word_count(labelled.group("label")) > LABELLED_SECTION_MAX_WORDS:
        return None
    rest = labelled.group("rest")
    if len(sentences(rest)) < 2 or word_count(rest) < SECTION_MIN_WORDS:
        return None
    return labelled.group("label"), rest


def _is_heading_sentence(text: str, max_words: int = HEADING_MAX_WORDS) -> bool:
    """One sentence, short, not ending like a statement unless very short."""
    if len(sentences(text)) != 1 or word_count(text) > max_words:
        return False
    return not text.rstrip().endswith((".", "!")) or word_count(text) <= 6


# ① to ⑳, after an emoji too ("📌① The group leader is not a seller"), as notes write them.
_CIRCLED_HEADING = re.compile(f"^\\s*(?:{_EMOJI})?(?P<number>[\u2460-\u2473])\\s*(?P<text>\\S.*)$")
LISTED_MAX_WORDS = 8


def circled_heading(line: str, next_line: str, previous: str = "") -> str | None:
    """The text of "① Do not photograph the product, photograph the moment" over its
    paragraph; a list numbered so has its items on consecutive lines (its last item may stand
    over a paragraph: "① x" / "② y" / "③ z" / a paragraph)."""
    circled = _CIRCLED_HEADING.match(line)
    if circled and _is_heading_sentence(circled.group("text"), SHORT_HEADING_WORDS) \
            and not _CIRCLED_HEADING.match(next_line) and not _CIRCLED_HEADING.match(previous) \
            and (len(sentences(next_line)) >= 2 or word_count(next_line) > SHORT_HEADING_WORDS):
        return circled.group("text")
    return None


def _listed(line: str, blocks: list[_Block]) -> bool:
    """A short phrase under a paragraph ending in a colon, or under the items before it."""
    if not blocks or word_count(line) > LISTED_MAX_WORDS or line.rstrip().endswith(TERMINAL) \
            or looks_like_heading(line):
        return False
    last = blocks[-1]
    return (last.kind == "paragraph" and last.text.rstrip().endswith((":", "："))) \
        or (last.kind == "item" and last.listed)


# "Four suggestions", "7 Lessons From Three Years ...": a count of what follows.
COUNT_PHRASE = re.compile(rf"^\W*(?:{_NUMBER_WORDS}|\d{{1,2}})\s+[a-z]+s\b", re.IGNORECASE)


def announces_points(line: str, next_line: str) -> bool:
    """"Four suggestions" over "First, choose ...": a count, then the first of its points."""
    return COUNT_PHRASE.match(line) is not None and _ORDINAL_COMMA.match(next_line) is not None


def _is_unmarked_heading(line: str, next_line: str) -> bool:
    """A heading with no number: a few words starting with a capital, no sentence
    punctuation, over a paragraph ("What does not change" then a paragraph). The cleaner
    has already removed captions of this shape. A row of a table ("Loss of fresh goods 7%
    4%") has figures in it, a heading one at most."""
    return (0 < word_count(line) <= UNMARKED_HEADING_WORDS and line[:1].isupper()
            and len(_FIGURE.findall(line)) < 2
            and not line.rstrip().endswith(TERMINAL) and not looks_like_heading(line)
            and (len(sentences(next_line)) >= 2 or looks_like_heading(next_line)
                 or LIST_START.match(next_line) is not None
                 or SECTION_NAME.match(line) is not None
                 or announces_points(line, next_line)
                 # "What The Group Leader Really Sells" over a sentence: a headline's case
                 or word_count(line) >= 3 and is_title_case(line)
                 and next_line.rstrip().endswith(TERMINAL)))


QUESTION_HEADING_WORDS = 10
QUESTION_HEADING_MIN_WORDS = 3   # "Why?" alone is the author's own short paragraph
_LABELLED = re.compile(r"^\W*[\w ]{1,15}[:：]")   # "Q: Why ...?", "Viewer: Will it fade?"


def _is_question_heading(line: str, previous: str, next_line: str) -> bool:
    """A short question alone on its line between two paragraphs, neither of them a question:
    a heading ("Why did the heat fade so fast?"). On the quality sets such lines were
    headings 3 times of 3; the questions that were not stood in a list of questions, or after
    a speaker's label ("Q:", "Viewer:"), or bulleted."""
    return (line.rstrip().endswith(("?", "？")) and len(sentences(line)) == 1
            and QUESTION_HEADING_MIN_WORDS <= word_count(line) <= QUESTION_HEADING_WORDS
            and line[:1].isupper()
            and not _LABELLED.match(line) and LIST_START.match(line) is None
            and all(len(sentences(ln)) >= 2 and not ln.rstrip().endswith(("?", "？"))
                    for ln in (previous, next_line)))


def _heading_text(text: str) -> str:
    text = text.strip().rstrip(";:,.。；：，…").strip()
    return text[:1].upper() + text[1:] if text else text


def _next_number(lines: list[str], index: int) -> int | None:
    if index + 1 >= len(lines):
        return None
    match = ENUMERATED.match(lines[index + 1])
    if match and (match.group("n") or match.group("p")):
        return int(match.group("n") or match.group("p"))
    inline = _INLINE_ENUMERATOR.search(lines[index + 1])
    return int(inline.group(1) or inline.group(2)) if inline and inline.start() == 0 else None


def _inline_items(text: str, number: int | None, lines: list[str], index: int) -> list[_Block]:
    """One line -> a paragraph, or a lead paragraph plus the list it enumerates inline
    ("...seven points: 1. The concept... 2. Current thinking...")."""
    start_kind = "item" if number is not None else "paragraph"
    expected = 1 if number is None else number + 1
    cuts: list[tuple[int, int, int]] = []      # (start, end of enumerator, number)
    for match in _INLINE_ENUMERATOR.finditer(text):
        if int(match.group(1) or match.group(2)) == expected:
            cuts.append((match.start(), match.end(), expected))
            expected += 1
    lone_first = (len(cuts) == 1 and cuts[0][2] == 1 and text[:cuts[0][0]].rstrip().endswith(":")
                  and any((m := ENUMERATED.match(ln)) and m.group("n") == "2"
                          for ln in lines[index + 1:index + 4]))
    if not cuts or (len(cuts) < 2 and not lone_first and number is None):
        return [_Block(start_kind, text, number)]
    blocks = []
    lead = text[:cuts[0][0]].strip()
    if lead:
        blocks.append(_Block(start_kind, lead, number))
    for i, (start, end, n) in enumerate(cuts):
        stop = cuts[i + 1][0] if i + 1 < len(cuts) else len(text)
        blocks.append(_Block("item", text[end:stop].strip(), n, inline=True))
    return blocks


def _sections(blocks: list[_Block]) -> tuple[Section, ...]:
    """Group blocks under headings; paragraphs between item N and item N+1 belong to N."""
    grouped: list[tuple[_Block | None, list[_Block]]] = [(None, [])]
    for block in blocks:
        if block.kind == "heading":
            grouped.append((block, []))
        else:
            grouped[-1][1].append(block)
    if not grouped[0][1] and len(grouped) > 1:
        grouped.pop(0)
    used: set[str] = set()
    sections = []
    for head, members in grouped:
        heading = head.text if head else None
        section_id = slug_words(heading) if heading else "intro"
        if section_id.startswith("kb-"):
            section_id = f"section-{section_id}"   # kb-* ids belong to the page frame
        section_id = _unique(section_id, used)
        points = []
        kinds = _point_kinds(members)
        for block, kind in zip(members, kinds):
            point_id = _unique(f"{section_id}--{slug_words(block.text)}", used)
            points.append(Point(point_id, kind, block.text, block.number))
        sections.append(Section(section_id, heading, tuple(points), head.level if head else 2))
    return tuple(sections)


def _point_kinds(members: list[_Block]) -> list[str]:
    kinds = [b.kind for b in members]
    last_item: int | None = None
    for i, block in enumerate(members):
        if block.kind == "item":
            last_item = i
        elif last_item is not None:
            wanted = (members[last_item].number or 0) + 1
            later = next((b for b in members[i + 1:] if b.kind == "item"), None)
            if later is not None and later.number == wanted:
                kinds[i] = "item-more"
    return kinds


def slug_words(text: str) -> str:
    return slugify(" ".join(words(text)[:ID_WORDS])) or "point"


def _unique(candidate: str, used: set[str]) -> str:
    result, n = candidate, 2
    while result in used:
        result, n = f"{candidate}-{n}", n + 1
    used.add(result)
    return result
