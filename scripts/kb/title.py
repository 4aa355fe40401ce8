"""Title: where an article's own title line is, under the navigation a scrape leaves at the
top (breadcrumbs, a browser's title bar, an account's name over its "Follow" button, a
column's or a chapter's label, a publication's masthead, a dated byline)."""
from __future__ import annotations

import re

from .editorial import Editorial
from .furniture import byline_row, interface_row, link_line, metadata_line
from .join import PARAGRAPH_MIN_WORDS, continues
from .patterns import all_repeated, is_fragment, matches_pattern, page_key
from .structure import COUNT_PHRASE, looks_like_heading
from .text import BULLET, ends_sentence, is_title_case, word_count

TITLE_MAX_WORDS = 30     # a long title ("...: how e-commerce uses big data to know you better
                         # than you know yourself"); a sentence of prose is caught by its period
TITLE_WINDOW = 10        # the title comes after at most this many lines of navigation (a mail
                         # header, greeting and contents: set 113)
FOLLOW_MAX_WORDS = 3      # "+ Follow", "Follow the author"
BULLETED_ENTRY_MAX_WORDS = 12

# A line with no Latin letter at the top of a translated article is the portal's name or
# slogan left untranslated ("小红书 · 标记我的生活"), never the article's title.
LATIN = re.compile("[A-Za-z]")
_LATIN_WORD = re.compile("[A-Za-z]{2,}")   # "百家号 | 电商老K说" is a site's and an account's name


def find_title(lines: list[str], page_numbered: set[str], ed: Editorial,
               repeated: frozenset[str]) -> int | None:
    """Where the source's own title line is: the first line, or the first headline of three
    or more words after a few lines of scraped navigation (breadcrumbs, one-word captions,
    a site-wide tagline shared with other articles, an untranslated site name).

    A site's name is a headline too ("Ah Jie's Notebook", "Nanxi Municipal People's Government
    Portal"): when navigation follows it and a later headline sits right over the article's
    metadata row ("Posted on November 24, 2019 by ajie", "Release time: 2021-06-18"), that
    later headline is the title. So is the first headline under a publication's name
    ("Ecommerce Insight Weekly", `mastheads` in boilerplate.yml) and its navigation."""
    first = None
    for index, line in enumerate(lines[:TITLE_WINDOW]):
        # "Operations Column (1/3)": a running header, not the title
        if page_numbered and page_key(line) in page_numbered:
            continue
        if _browser_title(line, lines[index + 1:TITLE_WINDOW]):   # the page's title bar
            continue
        if _headline_title(split_title_line(line, ed)[0], index, lines, ed) \
                or _labelled_title(line, index, lines, ed, repeated):
            first = index
            break
        # An account's name over its "Follow" button is navigation too, and so is a show's or a
        # site's name behind an emoji at the very top ("🎧 Shop Talk — a podcast for ...").
        account = is_title_line(line, ed) and _follow_button(lines[index + 1:index + 2])
        emblem = index == 0 and is_title_line(BULLET.sub("", line), ed) and BULLET.match(line)
        if not account and not emblem and not _navigation(line, ed, repeated):
            return _title_over_byline(lines, ed) if index > 0 else None
    if first is None:
        return None
    # A book's name over an excerpt: the chapter's label ("Chapter 4") stands over its title.
    # Where other chapters follow, they are the article's sections, and the first is one.
    for below in range(first + 1, min(TITLE_WINDOW, len(lines) - 1)):
        if _CHAPTER_LABEL.match(lines[below]) and _headline_title(lines[below + 1], below + 1,
                                                                  lines, ed) \
                and not any(_CHAPTER_LABEL.match(ln) for ln in lines[below + 2:]):
            return below + 1
        if not _navigation(lines[below], ed, repeated):
            break
    for index in range(first + 2, min(TITLE_WINDOW, len(lines))):
        # "Home | About me | Operation notes" is the site's menu, not the article's byline
        if metadata_line(lines[index]) or (byline(lines[index])
                                           and not ed.breadcrumb.search(lines[index])):
            above = index - 1
            # Only navigation and a tagline stand between: not the article's paragraphs, over
            # a reader's comment and its date ("Old Zhao from Ningbo: ..." / "2018-04-27 reply").
            between = lines[first + 1:above]
            if above > first and _headline_title(lines[above], above, lines, ed) and (any(
                    _navigation(ln, ed, repeated) for ln in between)
                    or _COLUMN_NAME.match(lines[first]) and word_count(lines[first]) <= 6) \
                    and not any(ends_sentence(ln) and word_count(ln) >= PARAGRAPH_MIN_WORDS
                                and not _navigation(ln, ed, repeated) for ln in between):
                return above
            break
    if ed.masthead.search(lines[first]):
        for below in range(first + 1, min(TITLE_WINDOW, len(lines))):
            if _headline_title(lines[below], below, lines, ed):
                return below
            if not _navigation(lines[below], ed, repeated):
                break
    return first


# A site's name after a headline in a browser's title bar: "..._百家号", "... - Zhihu".
_SITE_SUFFIX = re.compile(r"\s*(?:_|\s[-–—|｜]\s)\s*[^_|｜.!?]{1,30}")
BROWSER_TITLE_MIN_CHARS = 10


def _browser_title(line: str, below: list[str]) -> bool:
    """The page's title bar, scraped over its headline: a line below plus a site's name."""
    return any(len(headline) >= BROWSER_TITLE_MIN_CHARS and line.startswith(headline)
               and _SITE_SUFFIX.fullmatch(line[len(headline):]) is not None
               for headline in below)


# A column's name and its kind over the headline: "Seller Salon | Study Notes".
_COLUMN_NAME = re.compile(r"^[^|｜.!?]{1,30}\s[|｜]\s[^|｜.!?]{1,30}$")
PREAMBLE_MAX_WORDS = 25   # a newsletter's greeting and teasers over its headline: short lines


def _title_over_byline(lines: list[str], ed: Editorial) -> int | None:
    """Where the top's navigation gives way to other lines: a headline right over its dated
    byline row ("By the ShopTalk editorial team · 6 min read"), within the first lines, under
    short lines only. A newsletter's preamble ("View it in your browser", "Hi there,", "This
    week: ...", "In this issue" and its entries) stands above its title."""
    for index in range(1, min(TITLE_WINDOW + 2, len(lines) - 1)):
        if word_count(lines[index - 1]) > PREAMBLE_MAX_WORDS:
            return None
        # A byline dated or timed ("· 6 min read"), not a book's "114 | Out of the Red Sea".
        below = lines[index + 1]
        if _headline_title(lines[index], index, lines, ed) and byline(below) \
                and metadata_line(below):
            return index
    return None


# A course's or a series' title with its label: "Lesson 6 | Private Domain Traffic: Stop ...".
_LABELLED_TITLE = re.compile(r"^\W*(?:lesson|lecture|chapter|episode|issue|part|session|class)\s*"
                             r"(?:\d{1,3}|[ivx]{1,5}|one|two|three|four|five|six|seven|eight|nine|ten)"
                             r"\s*[|｜:：—–-]\s*(?P<title>\S.*)$", re.IGNORECASE)


def _labelled_title(line: str, index: int, lines: list[str], ed: Editorial,
                    repeated: frozenset[str]) -> bool:
    """A labelled headline over the page's byline or metadata (not over the text, where it
    would be the first section's heading)."""
    labelled = _LABELLED_TITLE.match(line)
    return (labelled is not None and word_count(labelled.group("title")) >= 3
            and not line.rstrip().endswith((".", ";", ",", ":", "。", "；", "，", "："))
            and index + 1 < len(lines) and _navigation(lines[index + 1], ed, repeated))


def _headline_title(line: str, index: int, lines: list[str], ed: Editorial) -> bool:
    """A headline that may be the title: not an account's name over its "Follow" button, nor
    a chapter's or a lesson's label ("Lesson 5 / 12"), nor the first half of a sentence the
    scrape broke ("... asked me why her sales kept falling" / "while her price was ...")."""
    return is_title_line(line, ed) and (index == 0 or word_count(line) >= 3) \
        and not _follow_button(lines[index + 1:index + 2]) and not _CHAPTER_LABEL.match(line) \
        and not _broken_sentence(lines[index + 1:index + 2])


SENTENCE_END_MIN_WORDS = 5   # "while her price was already the lowest in the category."


def _broken_sentence(next_lines: list[str]) -> bool:
    """Whether the next line ends a sentence begun on the line before: it goes on in lower case
    and closes with a period (a byline such as "by Zhang San" does not)."""
    return bool(next_lines) and continues(next_lines[0]) and ends_sentence(next_lines[0]) \
        and word_count(next_lines[0]) >= SENTENCE_END_MIN_WORDS


def _navigation(line: str, ed: Editorial, repeated: frozenset[str]) -> bool:
    """Page furniture that may stand above a title."""
    return bool(is_fragment(line, ed) or _CHAPTER_LABEL.match(line) or _COLUMN_LABEL.match(line)
                or ed.call_to_action.search(line) or not _LATIN_WORD.search(line)
                or matches_pattern(line, ed, by_sentence=True) or interface_row(line)
                or metadata_line(line)
                or link_line(line) or all_repeated(line, repeated)
                # an entry of a contents list or a menu: "- Members are not a discount card（正文）"
                or (BULLET.match(line) is not None and not ends_sentence(line)
                    and word_count(line) <= BULLETED_ENTRY_MAX_WORDS))


def byline(line: str) -> bool:
    """A byline row of fields set apart by bars, not a labelled heading ("PART.1 | x")."""
    return byline_row(line) and not looks_like_heading(line)


# A book's or a course's label over the title: "Chapter 3", "第三章", "Lecture 6". Not "Part
# One" alone, which stands over a section's heading as often.
_CHAPTER_LABEL = re.compile(r"^\W*(?:(?:chapter|lecture|lesson)\s+(?:\d{1,3}|[ivxlc]{1,6}|one|two|"
                            r"three|four|five|six|seven|eight|nine|ten)(?:\s*(?:/|of)\s*\d{1,3})?"
                            r"|第\s*[\d一二三四五六七八九十百]+\s*[章讲课])\W*$", re.IGNORECASE)
# A column's name in brackets over the title: "【行业观察 · Industry Watch】".
_COLUMN_LABEL = re.compile(r"^\s*【[^】]{1,30}】\s*$")
_FOLLOW = re.compile(r"^\W*(?:follow|subscribe|关注)\b", re.IGNORECASE)


def _follow_button(next_lines: list[str]) -> bool:
    """A headline-shaped line over "+ Follow" (a button of at most FOLLOW_MAX_WORDS words) is
    the author's account name, not the title."""
    return bool(next_lines) and word_count(next_lines[0]) <= FOLLOW_MAX_WORDS \
        and _FOLLOW.match(next_lines[0]) is not None


def is_title_line(line: str, ed: Editorial) -> bool:
    """A headline at the very top: short, not a sentence ending in a period, not a breadcrumb
    ("Home > News"), a call to action or other boilerplate ("Share to: WeChat | Weibo").
    Title Case or not: translated titles are often in sentence case ("Small sellers can also
    do brand: four steps without big money")."""
    n = word_count(line)
    return (2 <= n <= TITLE_MAX_WORDS and len(line) <= 150 and _LATIN_WORD.search(line) is not None
            and not BULLET.match(line)
            and not interface_row(line) and not metadata_line(line) and not link_line(line)
            and not ed.breadcrumb.search(line) and not ed.call_to_action.search(line)
            and not matches_pattern(line, ed, by_sentence=True)
            # "7 Lessons From Three Years of Selling Tea": a count in Title Case is a headline.
            and (not looks_like_heading(line) or COUNT_PHRASE.match(line) is not None
                 and is_title_case(line))
            and not line.rstrip().endswith((".", ";", ",", ":", "。", "；", "，", "：")))


# A site's name after the headline on the title line: "..._跨境智库" (prose has no underscore),
# or after a bar or a dash a name `site_names` in boilerplate.yml knows ("... | 商潮观察网",
# "...50%|Dingdian News", "... -- Dianshang Lab", "...goods"—Xiaoyu Economy Net"). A bar or a
# long dash may be glued to the words, a hyphen only before a name of three words or more
# after a word in lower case ("...subsidy war-Lingxi Retail Observatory", not "e-commerce").
_UNDERSCORE_NAMES = re.compile(r"(?:\s*_\s*[^_.!?]{1,30})+\s*$")
_BAR_OR_DASH = re.compile(r"\s*[|｜丨]\s*|\s*(?:——|—|–)\s*|\s+(?:--|-)\s*|(?<=[a-z])-(?=(?:[A-Z]\w*\s+){2})")
# A site's name before the headline: "Jingwei Brand Lab丨Planting grass ...", "Shangjia
# Lianmeng » Three Hundred Stores ..." (a headline has no "»"), "[Lingshou Observer] After ...".
# (A column's label stays: "Debate | ...", "Interview | ...", as eleven editors kept it.)
_NAME_BEFORE = re.compile(r"^\s*(?P<name>[^|｜丨»\[\]【】]{2,40}?)\s*(?P<mark>[|｜丨»])\s*"
                          r"|^\s*[\[【]\s*(?P<tagged>[^\]】]{2,40}?)\s*[\]】]\s*")
NAME_BEFORE_MAX_WORDS = 4
# A document site shows the file's name as the title: "... of a fruit chain.doc".
_DOCUMENT_NAME = re.compile(r"\.(?:docx?|pdf|pptx?|xlsx?|wps|txt)\s*$", re.IGNORECASE)


# A forum's or a column's tag in Chinese before the headline: "[经验分享] Through train burned
# ...". One in English ("[Original] Three years of ...") was translated with it, and stays.
_TAG_BEFORE = re.compile(r"^\s*[\[【]\s*[\u4e00-\u9fff·]{1,12}\s*[\]】]\s*")


def split_title_line(title: str, ed: Editorial) -> tuple[str, str | None]:
    """The title line without a tag or a site's name before it or sites' names after it, and
    what was cut off (None when nothing was)."""
    cut = []
    before = _TAG_BEFORE.match(title) or _site_name_before(title, ed)
    if before and word_count(title[before.end():]) >= 3:
        cut.append(before.group().strip())
        title = title[before.end():]
    document = _DOCUMENT_NAME.search(title)   # "How small stores do new retail.doc"
    if document:
        cut.append(document.group().strip())
        title = title[:document.start()]
    end = _site_names_start(title, ed)
    if end < len(title) and word_count(title[:end]) >= 3:
        cut.append(title[end:].strip())
        title = title[:end]
    return title, " ".join(cut) or None


def _site_name_before(title: str, ed: Editorial) -> re.Match[str] | None:
    """A site's name before a bar or in brackets that `site_names` knows, or any short name
    before a "»"."""
    match = _NAME_BEFORE.match(title)
    # "You are here: Home » Retail Tech » Unmanned Retail" is a breadcrumb, not a name and a title
    if match is None or ed.breadcrumb.search(title) or "»" in title[match.end():]:
        return None
    name = match.group("name") or match.group("tagged")
    if ed.site_name.fullmatch(name) or (match.group("mark") == "»"
                                        and word_count(name) <= NAME_BEFORE_MAX_WORDS):
        return match
    return None


def _site_names_start(title: str, ed: Editorial) -> int:
    """Where the sites' names at the end of the title line begin (len(title) if none):
    "..._零售频道_环球零售网", "... - 卖家帮论坛 - Powered by Discuz!", one name at a time."""
    underscored = _UNDERSCORE_NAMES.search(title)
    if underscored:
        return underscored.start()
    start = len(title)
    while separators := list(_BAR_OR_DASH.finditer(title, 0, start)):
        last = separators[-1]
        if not ed.site_name.fullmatch(title[last.end():start].strip()):
            break
        start = last.start()
    return start
