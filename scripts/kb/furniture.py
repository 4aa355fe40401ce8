"""Page furniture: parts of a scraped page that are never an author's text, told by their
shape rather than their words, so that a portal no editorial pattern knows yet is cleaned too.

- an interface row: short fields set apart by wide gaps, bars or brackets ("Support (12)
  Oppose (0)    Report", "Text | Zhou    Editor | Xiaoqi", "【Correction】【Print】【Close】");
- a metadata line: a date or a clock time on a line that is not a sentence ("Published on
  2019-11-02 21:47", "原创 2020-03-12 刘老师", "Yunguan Institute   June 2020");
- rating stars, counters and a poll's options ("A. Often    B. Sometimes    C. Never");
- a separator: a line with no letter or digit ("◆ ◆ ◆", "* * *");
- a button: a few words in square brackets alone on a line ("[Copy link]");
- a page header: a page number set off by a bar ("114 | Out of the Red Sea");
- a link line: one that ends in a link arrow ("Open in the App for a smoother reading >",
  "apply for a free ticket >>"): prose never ends in one, a breadcrumb never does either; or
  a web address alone on its line;
- an ad sentence: one that gives a contact handle ("V: haiyun_0755"), or that urges ("now!",
  ">>", "👉") and offers something (free, a coupon, a price, a course, registration). The
  words of each kind are editorial data (`ad_signals` in boilerplate.yml). A passage the
  sentence quotes is left out of the test: the author reports it, as are requests and offers
  the author tells of (`reported`: "The card asked buyers to scan the code ...").

Not furniture, though each of its rows looks like a widget's row: a table written with bars
(table_rows), which the cleaner keeps whole.
"""
from __future__ import annotations

import re

from .editorial import AdSignals
from .text import HAN, word_count

ROW_FIELD_MAX_WORDS = 7   # "Invite others to answer"; a clause of prose is longer
FORM_FIELD_MAX_WORDS = 12  # "Venue: Room 302, Building B, Creative Park": a labelled value
METADATA_MAX_WORDS = 20
# Zero-width characters: between two words ("question\u200bWrite") they are a widget's gap.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
# Also with a space before it ("Agree 436 \u200b▼ \u200b31 comments"), as Q&A sites render them.
_INVISIBLE_GAP = re.compile(rf"(?<=\S)\s?{_INVISIBLE.pattern}+(?=\S)")
_FORM_FIELD = re.compile(rf"^\s*[\w{HAN}][\w{HAN} ]{{0,20}}[:：]\s*\S")   # "Venue: ...", "Fee: ..."
# "Views: 8642"; without the colon, a count of what readers do, either way round: "Views
# 3.2w", "418 likes", "阅读 1.2万".
COUNTED = (r"(?:views?|reads?|readings?|likes?|comments?|replies|shares?|favou?rites?|collections?"
            r"|followers?|answers?|plays?|阅读|阅读量|点赞|在看|评论|转发|收藏|分享|浏览)")
_COUNTER = re.compile(r"^\s*(?:[^\W\d][\w ]{0,20}[:：]\s*[\d,.]+\s*[kw万]?"
                      rf"|{COUNTED}\s*[\d,.]+\s*[kw万]?|[\d,.]+\s*[kw万]?\s*{COUNTED})\s*$",
                      re.IGNORECASE)
# A page header of a book or report: the page number set off by a bar ("114 | Out of the Red
# Sea", "Why Every Shop Looks Alike | 115").
_PAGE_HEADER = re.compile(r"^\s*\d{1,4}\s*[|｜]\s*\S|[|｜]\s*\d{1,4}\s*$")
PAGE_HEADER_MAX_WORDS = 15
# A button alone on its line: "[Copy link]", "[Print]".
_BUTTON = re.compile(r"^\s*\[[^\[\]]{1,30}\]\s*$")
BUTTON_MAX_WORDS = 3
# A web address alone on its line: the link of an embed or a "read the original" button.
_BARE_ADDRESS = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.IGNORECASE)
_LINK_ARROW = re.compile(r"(?:^|[\s\w)】\]])(?:>{1,2}|›{1,2}|»|→|➜|⟩|⟶|↗)\s*$")
# Between the fields of a row: two or more spaces (or a tab, an ideographic space), a bar
# or a middle dot with spaces round it, or the meeting of two bracketed labels.
# An ideographic space alone is as wide as two; glyphs set between fields ("赞 326 ◆ 收藏 1.1k",
# "转发 312 ▏ 评论 89") are bars too.
# A full-width bar needs no spaces: "2019 年第 4 期｜内部资料".
_FIELD_GAP = re.compile(r"[ \t\u00a0\u3000]{2,}|\u3000|\s+[|·◆◇▏▪•]\s+|\s*｜\s*"
                        r"|(?<=[】\]])\s*(?=[【\[])")
_WIDE_GAP = re.compile(r"[ \t\u00a0\u3000]{2,}|\u3000|[】\]]\s*[【\[]")
# A field that ends a statement is prose ("Sentence one.  Sentence two."); an ellipsis
# ("Write a comment...") or a question ("Like the author?") is a widget's label.
_STATEMENT = re.compile(r"(?<!\.)[.。;；,，]\s*$")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# "2019-10-21", "10:30", and a date with its day written out: "November 24, 2019", "24 Nov 2019".
_DATE_OR_TIME = re.compile(r"\b(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?!\d)"
                           r"|(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])"
                           rf"|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}\b"
                           rf"|\b\d{{1,2}}\s+{_MONTH}\s+(?:19|20)\d{{2}}\b", re.IGNORECASE)
# "June 2020" is a date in a heading's words too ("What changed in June 2020"), so it marks
# metadata only on a line of fields: "云观研究院 Yunguan Research Institute   June 2020",
# "Zhongjing Research Institute · March 2019".
_MONTH_YEAR = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
                         r"\s+(?:19|20)\d{2}\b", re.IGNORECASE)
_HAN_CHAR = re.compile(f"[{HAN}]")
_SENTENCE_END = re.compile(r"[.!?。！？]\W*$")


# A rating widget: "Rate this document: ★★★★☆ (4.2 from 12 ratings)".
_STARS = re.compile(r"[★☆✩✪⭐]{3,}")
# A row of counters in Chinese, single-spaced: "点赞(12) 收藏 举报".
_HAN_COUNTERS = re.compile(rf"^(?:[{HAN}]{{1,4}}\s*(?:[(（]\d+[)）])?\s*){{2,}}$")


# A poll's options on one line: "A. Almost every day    B. Sometimes    C. Never".
_POLL_OPTIONS = re.compile(r"^\s*A\s*[.、)）]\s*\S.{0,40}?(?:\s{2,}|\u3000)B\s*[.、)）]\s*\S")


def poll_options(line: str) -> bool:
    return _POLL_OPTIONS.match(line) is not None


def rating_or_counters(line: str) -> bool:
    return bool(_STARS.search(line) and word_count(line) <= METADATA_MAX_WORDS
                or (_HAN_COUNTERS.match(line.strip()) and re.search(r"[(（]\d+[)）]", line)))


def interface_row(line: str) -> bool:
    text = _INVISIBLE.sub("", _INVISIBLE_GAP.sub("  ", line)).strip()
    fields = [f for f in _FIELD_GAP.split(text) if f.strip()]
    # Bars alone need three fields: "Tea Sales Slow | A Note" may be a headline of the text;
    # counters need two ("Views: 8642 | Replies: 57").
    counters = all(_COUNTER.match(f) for f in fields)
    needed = 2 if _WIDE_GAP.search(text) or counters else 3
    # Labelled fields of a form ("Venue: ... | Seats: 80 | Fee: 99 yuan") may be longer.
    most = FORM_FIELD_MAX_WORDS if all(_FORM_FIELD.match(f) for f in fields) else ROW_FIELD_MAX_WORDS
    return len(fields) >= needed and all(_length(f) <= most and not _STATEMENT.search(f)
                                         for f in fields)


def _length(field: str) -> float:
    """Words as written ("3320.90" and "+0.47%" are one each); a Chinese word is about two
    Han characters ("退货率 / 怎么 / 降")."""
    return (sum(1 for token in field.split() if not _HAN_CHAR.search(token))
            + len(_HAN_CHAR.findall(field)) / 2)


# A month's name alone heads a diary's entry; with its year ("November 2019") it is more often a
# blog's archive link.
_MONTH_ALONE = re.compile(r"^\s*(?:january|february|march|april|may|june|july|august|september|"
                          r"october|november|december)\s*$", re.IGNORECASE)


def date_only(line: str) -> bool:
    """A full date and nothing else: "12 January 2019", "2019-03-03", or a month's name
    written out ("March"). A diary heads its entries with them; elsewhere they are metadata
    or captions."""
    if _MONTH_ALONE.match(line):
        return True
    found = _DATE_OR_TIME.findall(line)
    return len(found) == 1 and ":" not in found[0] \
        and not _DATE_OR_TIME.sub("", line).strip(" ,.-–—()")


# "6 min read", "Reading time: 4 minutes": a page's reading time, metadata like a date.
_READING_TIME = re.compile(r"\b\d{1,3}\s*(?:min|mins|minutes?)\s+read\b|\breading time\s*[:：]",
                           re.IGNORECASE)


# An official document's number under its title: "Zhe E-com Assoc. [2023] No. 17",
# "浙商协〔2023〕17号".
_DOCUMENT_NUMBER = re.compile(r"[\[〔［]\s*(?:19|20)\d{2}\s*[\]〕］]\s*(?:no\.?\s*)?\d{1,4}\b"
                              r"(?:\s*号)?", re.IGNORECASE)


def metadata_line(line: str) -> bool:
    dated = (_DATE_OR_TIME.search(line) or (_MONTH_YEAR.search(line) and _FIELD_GAP.search(line))
             or _READING_TIME.search(line) or _DOCUMENT_NUMBER.search(line))
    return bool(dated) and not _SENTENCE_END.search(line) and word_count(line) <= METADATA_MAX_WORDS


# "Host: Lao Zhou | Guest: Ah Mei, former operations lead", "林一帆 | 8 years in e-commerce
# operations ＋关注": who wrote or speaks, in fields set apart by bars. A name comes first,
# unless a label says what the field is ("Speaker: Director of Research, Haibei ...").
_BYLINE = re.compile(r"^\W*(?P<label>(?:speaker|host|guest|author|by|text|lecturer|interviewee|"
                     r"reporter|writer|presenter|moderator)\s*[:：/]\s*)?(?P<name>[^|｜:：]+?)"
                     r"\s+[|｜]\s+\S", re.IGNORECASE)
# "By the ShopTalk editorial team · 6 min read": a dot sets fields apart only after "By" (a
# headline may hold one: "Community group buying · the last mile").
_BY_DOT = re.compile(r"^\W*by\s+(?!\d)[^·•|｜.!?]{1,40}?\s[·•]\s+\S", re.IGNORECASE)
BYLINE_NAME_MAX_WORDS = 4


def byline_row(line: str) -> bool:
    if _BY_DOT.match(line):
        return not _SENTENCE_END.search(line) and word_count(line) <= METADATA_MAX_WORDS
    match = _BYLINE.match(line)
    return (match is not None and not _SENTENCE_END.search(line)
            and word_count(line) <= METADATA_MAX_WORDS
            and (match.group("label") is not None
                 or word_count(match.group("name")) <= BYLINE_NAME_MAX_WORDS))


def link_line(line: str) -> bool:
    return (_LINK_ARROW.search(_INVISIBLE.sub("", line)) is not None
            or _BARE_ADDRESS.match(line) is not None)


def page_header(line: str) -> bool:
    return (_PAGE_HEADER.search(line) is not None and word_count(line) <= PAGE_HEADER_MAX_WORDS
            and not _SENTENCE_END.search(line))


def button(line: str) -> bool:
    return _BUTTON.match(line) is not None and word_count(line) <= BUTTON_MAX_WORDS


def separator(line: str) -> bool:
    return not any(ch.isalnum() for ch in line)


# A chart's values or axis left by a PDF's text layer: "2.1 2.4 2.7 3.0 3.2 3.4", "2018 2019
# 2020 2021 2022 2023E", "12% 30% 58%".
_CHART_VALUE = re.compile(r"^[-+]?\d[\d,.]*(?:%|[A-Za-z]\d?)?$")
CHART_MIN_VALUES = 3


def chart_values(line: str) -> bool:
    values = line.split()
    return len(values) >= CHART_MIN_VALUES and all(_CHART_VALUE.match(v) for v in values)


# A passage in quotation marks, of several words: someone's words reported by the author
# ('Every parcel carried a card: "Scan the code ... and get 5 yuan cash back."'), not the
# page's own ad. A quoted keyword ('reply "salon"') is part of an ad and stays in.
_QUOTED_PASSAGE = re.compile(r'"[^"]*(?:\s[^\s"]+){5,}[^"]*"|“[^”]*(?:\s[^\s”]+){5,}[^”]*”')
REPORTING_MIN_WORDS = 3   # words outside the quote that report it: "Every parcel carried a card"


# A short quotation: words the author quotes, not the page's own.
# Up to two lines of a script ('Say "sister, I see you, our customer service will contact you
# right after the broadcast", and then ...').
_QUOTATION = re.compile(r'"[^"]{1,200}"|“[^”]{1,200}”|「[^」]{1,200}」|『[^』]{1,200}』')
MENTION_MIN_WORDS = 8   # words outside the quotation that say something of it


# What is done to a button's or a keyword's name: 'Click "Read the original"', '戳「阅读原文」'.
_ACTED_ON = re.compile(r"(?:\b(?:click|tap|press|hit|reply|send|search|type|enter|select|choose|"
                       r"follow)|戳|点击|点|回复|搜索|关注)\s*$", re.IGNORECASE)
_LATIN_WORD = re.compile(r"[A-Za-z]+")


def quoted_mention(sentence: str, regex: re.Pattern[str]) -> bool:
    """Whether every match of regex in sentence lies inside a quotation that the rest of the
    sentence, in English, talks about: 'The line "all rights reserved" printed at the bottom
    of a product page protects nothing ...' mentions a copyright notice; it is not one. A
    quoted button or keyword the reader is told to act on ('Click "Read the original" ...')
    is not a mention."""
    quotes = [m.span() for m in _QUOTATION.finditer(sentence)
              if not _ACTED_ON.search(sentence[:m.start()])]
    if not quotes or len(_LATIN_WORD.findall(_QUOTATION.sub(" ", sentence))) < MENTION_MIN_WORDS:
        return False
    matches = [m.span() for m in regex.finditer(sentence)]
    return bool(matches) and all(any(a <= start and end <= b for a, b in quotes)
                                 for start, end in matches)


def ad_sentence(sentence: str, signals: AdSignals) -> bool:
    unquoted = _QUOTED_PASSAGE.sub(" ", sentence)
    if unquoted != sentence and word_count(unquoted) >= REPORTING_MIN_WORDS:
        sentence = unquoted
    # A handle or an urged offer the author tells of (`reported`: "The card asked buyers to
    # scan the code ...", 'Reply "1" ...: a menu like this ... solved') is a case, not an ad;
    # tested last, as few sentences get that far.
    return bool((signals.handle.search(sentence)
                 or (signals.urge.search(sentence) and signals.offer.search(sentence)))
                and not signals.reported.search(sentence))


# A vendor speaking: "Our SCRM assistant already manages ...", "We offer a free audit ...".
_VENDOR_VOICE = re.compile(r"^\W*(?:our|we)\b", re.IGNORECASE)


def vendor_offer(sentence: str, signals: AdSignals) -> bool:
    """An offer in a vendor's own voice: an ad when a question leads into it (clean.py)."""
    return bool(_VENDOR_VOICE.search(sentence) and signals.offer.search(sentence))


_TABLE_BAR = re.compile(r"\s*[|｜]\s*")
TABLE_MIN_ROWS = 3      # a header and two rows, or three rows
TABLE_MIN_FIELDS = 3


def _bar_fields(line: str) -> list[str]:
    return _TABLE_BAR.split(line.strip().strip("|｜").strip()) if _TABLE_BAR.search(line) else []


def table_rows(lines: list[str]) -> frozenset[str]:
    """Lines of a table written with bars ("Week | Viewers | Orders" / "Week 1 | 18,400 | 147"):
    three or more lines in a row with the same number of fields, three or more, at least two
    of them mostly figures. Each row alone looks like a widget's row or a running header."""
    fields = [_bar_fields(ln) for ln in lines]
    counts = [len(f) for f in fields]
    rows: set[str] = set()
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and counts[end] >= TABLE_MIN_FIELDS and counts[end] == counts[start]:
            end += 1
        figures = sum(1 for row in fields[start:end]
                      if sum(1 for f in row if re.search(r"\d", f)) * 2 > counts[start])
        if end - start >= TABLE_MIN_ROWS and figures >= 2:
            rows.update(lines[start:end])
        start = max(end, start + 1)
    return frozenset(rows)


# A box drawn with box-drawing characters: a top border ("┌────┐", "╔══╗"), lines inside
# ("│ 📮 LIVE COMMERCE WEEKLY │") and a bottom border ("└────┘").
_BOX_TOP = re.compile(r"^\s*[┌╔╭┏]")
_BOX_BOTTOM = re.compile(r"^\s*[└╚╰┗]")
BOX_MAX_LINES = 12


def boxes(lines: list[str]) -> list[range]:
    """Where boxes drawn round some lines are: each a range from its top border to its bottom."""
    found = []
    start = None
    for i, line in enumerate(lines):
        if _BOX_TOP.match(line):
            start = i
        elif start is not None and _BOX_BOTTOM.match(line):
            if i - start <= BOX_MAX_LINES:
                found.append(range(start, i + 1))
            start = None
    return found
