"""Clean stage: remove boilerplate, then repair the text. Every change is recorded.

Boilerplate is found two ways: the editor's patterns (editorial/boilerplate.yml) and
general shapes that unseen pages share: sentences repeated at the head or tail of several
articles, trailing link farms, promotions and call-to-action footers (kb/footer.py), scraped
breadcrumbs and caption fragments. The title line is found first, under the navigation above
it (kb/title.py). Removal works sentence by sentence where a line mixes real text and an ad.
Then the lines the scrape broke are joined again (kb/join.py) and each line is repaired
(kb/repair.py).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from .editorial import Editorial
from .footer import (AD_MAX_WORDS, CLOSING_WINDOW, HEADLINE_MAX_WORDS, PADDED_NUMBER,
                     PROMO_MAX_LINES, lead_in, promo_header, related_header,
                     remove_after_end_marker, remove_below_footer_line, remove_footer)
from .formats import (decode_references, remove_dateline, remove_other_floors,
                      remove_references, remove_speaker_labels, strip_markup)
from .furniture import (ad_sentence, boxes, button, chart_values, date_only,
                        interface_row, link_line, metadata_line, page_header, poll_options,
                        rating_or_counters, separator, quoted_mention, table_rows, vendor_offer)
from .join import (DANGLING, PARAGRAPH_MIN_WORDS, RUNNING_MAX_WORDS, continues, cut_capitals,
                   cut_heading, join_broken_lines, remove_page_break_headers)
from .literals import fold
from .model import Change, CleanText, RawArticle
from .patterns import is_fragment, matches_pattern, page_key, page_numbered_keys, patterns_for
from .repair import repair_line
from .structure import (ARROW_HEADING, ENUMERATED, LIST_START, LISTED_MAX_WORDS,
                        SECTION_NAME, announces_points, circled_heading, looks_like_heading,
                        numbered_chapters)
from .text import BULLET, ends_sentence, fingerprint, sentences, word_count
from .title import LATIN, byline, find_title, split_title_line

EDGE_LINES = 3          # lines at each end where footers and breadcrumbs live
# Where shared taglines are counted: a few more lines, not counting bulleted ones, because a
# tagline often sits above a link farm ("Welcome to share..." then "- Headline" x 4).
REPEAT_WINDOW = 6
MIN_REPEATED_WORDS = 6  # a shorter repeated sentence may be a shared phrase, not an ad
# An author's byline between fragments at the top: "Nine years of e-commerce operation, only
# talk about small and medium stores" between "Seller Lao Qi" and "1,386 people agreed".
BYLINE_MAX_WORDS = 16
RUNNING_TITLE_MIN_COPIES = 3   # a title given twice (over the text, then as its heading) stays
CONTENTS_WINDOW = 15     # a table of contents comes before the text
DIARY_MIN_DATES = 2              # lines that are only a date: a diary's entries, not metadata
COMMENT_HEADER_MAX_WORDS = 12   # "Open Toutiao to view all 56 comments"; prose is longer
# Each Chinese character counts as a word: "海纳研究院 | 跨境进口电商消费趋势白皮书（2022）" on every
# page of a report is 19 words, but as short as a running header in English.
RUNNING_MAX_CHARS = 40
# What a comment header quotes is the post's title, not more of the header: '6 thoughts on "Do
# not let the through train drive you: my three rules for paid traffic"'.
_QUOTED = re.compile(r'["“「『][^"”」』]*["”」』]')
REPLY_SIGNATURE_MAX_WORDS = 12   # a name, a date and a place
REPLY_MAX_WORDS = 40             # a reader's reply; the author's paragraphs are longer
FLOOR_REPLY_MAX_LINES = 3        # a reply between two signatures amid a thread


def repeated_edge_sentences(raws: Iterable[RawArticle]) -> frozenset[str]:
    """Sentences found at the head or tail of two or more articles: site-wide boilerplate."""
    counts: Counter[str] = Counter()
    for raw in raws:
        lines = [ln for ln in raw.text.split("\n") if ln.strip() and not BULLET.match(ln)]
        edge = lines[:REPEAT_WINDOW] + lines[-REPEAT_WINDOW:]
        # Headings are shared by articles of one series ("First, meet the new middle class;"):
        # they are structure, not boilerplate.
        counts.update({fingerprint(s) for ln in edge if not looks_like_heading(ln)
                       for s in sentences(ln) if word_count(s) >= MIN_REPEATED_WORDS})
    return frozenset(f for f, n in counts.items() if n >= 2)


def clean(raw: RawArticle, editorial: Editorial, repeated: frozenset[str]) -> CleanText:
    changes: list[Change] = []
    lines = decode_references([ln for ln in raw.text.split("\n") if ln.strip()], changes)
    lines = [ln.strip() for ln in lines]
    lines = [ln for ln in lines if ln]
    # Lines that are only a date head a diary's entries when there are several: no rule
    # removes them as metadata (structure.py makes them headings).
    dates = [ln for ln in lines if date_only(ln)]
    if len(dates) >= DIARY_MIN_DATES:
        editorial = replace(editorial, keep=editorial.keep | frozenset(dates))
    # Nor the rows of a table written with bars, which one by one look like widget rows, nor a
    # report's chapter headings ("2 Driving forces"), which look like captions.
    kept = table_rows(lines) | numbered_chapters(lines)
    if kept:
        editorial = replace(editorial, keep=editorial.keep | kept)
    # Counted before the contents and the title are taken out: a report's page header among
    # the first lines looks like a contents entry, and its other copies are still its copies.
    line_counts = Counter(page_key(ln) for ln in lines)
    page_numbered = page_numbered_keys(lines)
    lines = _remove_contents(lines, editorial, changes)
    # A report's running header on every page is not its title, though it comes first.
    on_every_page = {key for key, n in line_counts.items() if n >= RUNNING_TITLE_MIN_COPIES}
    title_index = find_title(lines, page_numbered | on_every_page, editorial, repeated)
    title_line = lines[title_index] if title_index is not None else None
    if title_line:
        title_line, cut = split_title_line(title_line, editorial)
        if cut:
            changes.append(Change("removed", cut, "a site's name or a tag on the title line"))
    if title_index:   # scraped navigation above the title line
        changes.extend(Change("removed", ln, "breadcrumb or navigation above the title")
                       for ln in lines[:title_index])
    body = lines[title_index + 1:] if title_index is not None else lines
    if title_index is not None and body and byline(body[0]):
        changes.append(Change("removed", body.pop(0), "byline row under the title"))
    body = strip_markup(body, editorial, changes)
    body = remove_dateline(body, changes)
    body = remove_speaker_labels(body, editorial, changes)
    body = remove_other_floors(body, editorial, changes)
    body = _remove_preface(body, editorial, changes)
    body = _remove_header_blocks(body, editorial, changes)
    body = _remove_previews(body, changes)
    body = _remove_running_lines(body, line_counts, page_numbered, editorial, changes)
    body = remove_page_break_headers(body, editorial, changes)
    body = _remove_comment_section(body, editorial, changes)
    body = _remove_floor_replies(body, editorial, changes)
    body = remove_after_end_marker(body, editorial, changes)
    body = remove_below_footer_line(body, editorial, changes)   # while pattern lines are there
    body = _remove_furniture_boxes(body, editorial, changes)
    body = _remove_promo_cards(body, editorial, changes)
    body = _remove_picture_captions(body, editorial, changes)
    body = _remove_patterns(body, editorial, changes)
    body = _remove_widget_labels(body, changes)
    body = _remove_furniture(body, editorial, changes)
    body = _remove_footnotes(body, changes)
    body = remove_references(body, editorial, changes)
    body = _remove_edge_repeats(body, repeated, changes)
    body = remove_footer(body, editorial, repeated, changes)
    body = _remove_head_fragments(body, editorial, changes)
    body = _remove_caption_fragments(body, editorial, changes)
    body = join_broken_lines(body, changes)
    repaired = []
    for line in body:
        line, line_changes = repair_line(line, editorial)
        changes.extend(line_changes)
        repaired.append(line)
    if title_line:
        title_line, title_changes = repair_line(title_line, editorial)
        changes.extend(title_changes)
    return CleanText(raw.source, title_line, tuple(repaired), tuple(changes))


# A report's contents entry: "3、Supply chain is the real moat ........ 5".
_DOT_LEADERS = re.compile(r"\s*(?:\.{4,}|…{2,}|·{4,}|\s{3,})\s*\d{1,3}\s*$")


def _contents_key(line: str) -> str:
    line = PADDED_NUMBER.sub("", BULLET.sub("", _DOT_LEADERS.sub("", line)))
    return fingerprint(ENUMERATED.sub(r"\g<text>", line))


_LEADING_NUMBER = re.compile(r"^\W*(\d{1,2})\b")


def _next_entry(entry: str, line: str) -> bool:
    """Whether line's number follows entry's ("03 ..." after "02 ..."); true without numbers."""
    a, b = _LEADING_NUMBER.match(entry), _LEADING_NUMBER.match(line)
    return not (a and b) or int(b.group(1)) == int(a.group(1)) + 1


def _entry_shape(line: str) -> str:
    """How a contents entry is marked: its bullet, a padded number, an enumerator, or nothing."""
    if BULLET.match(line):
        return "bullet"
    if PADDED_NUMBER.match(line):
        return "padded"
    return "enumerated" if ENUMERATED.match(line) else ""


def _remove_contents(lines: list[str], ed: Editorial, changes: list[Change]) -> list[str]:
    """A table of contents scraped at the top: a run of two or more short lines among the
    first CONTENTS_WINDOW, each of which comes back further down as a line of its own (the
    section headings, "· Why the neighbourhood is a market" / "1、Why the neighbourhood is a
    market") or ends in dot leaders and a page number. The "Contents" label above it is a
    one-word fragment, removed with the top."""
    head = [i for i in range(min(CONTENTS_WINDOW, len(lines)))
            if word_count(lines[i]) <= HEADLINE_MAX_WORDS and not ends_sentence(lines[i])]
    if not any(j == i + 1 for i, j in zip(head, head[1:])):   # no run of two: the common case
        return lines
    keys = [_contents_key(ln) for ln in lines]
    # An entry with dot leaders and a page number is one, whether or not its heading below
    # is worded the same (split over two lines).
    entries = [i for i in head if (keys[i] and keys[i] in keys[i + 2:])
               or (_DOT_LEADERS.search(lines[i]) and not _DOT_LEADERS.fullmatch(lines[i]))]
    # An entry worded unlike its heading (the heading split over two lines below) may sit
    # between two that match, when it is bulleted like them.
    bulleted_gap = {i for i in head if BULLET.match(lines[i])}
    runs: list[list[int]] = []
    for i in entries:
        if runs and (runs[-1][-1] == i - 1 or (runs[-1][-1] == i - 2 and i - 1 in bulleted_gap
                                               and BULLET.match(lines[i]))):
            runs[-1].extend(range(runs[-1][-1] + 1, i + 1))
        else:
            runs.append([i])
    # The last entry may be worded unlike its heading too ("04 Measure what matters" over
    # "Measure what" / "matters"): marked like the entries before it, it is one of them.
    for run in runs:
        shape = _entry_shape(lines[run[-1]])
        while (len(run) >= 2 and shape and run[-1] + 1 in head
               and _entry_shape(lines[run[-1] + 1]) == shape
               and all(_entry_shape(lines[i]) == shape for i in run)
               and _next_entry(lines[run[-1]], lines[run[-1] + 1])
               and keys[run[-1] + 1] not in {keys[i] for i in run}):
            run.append(run[-1] + 1)
    doomed = {i for run in runs if len(run) >= 2 for i in run}
    # Its label goes with it (`contents_labels`: "On this page · 本页目录", "Contents").
    doomed |= {run[0] - 1 for run in runs if len(run) >= 2 and run[0] > 0
               and ed.contents_label.search(lines[run[0] - 1])}
    changes.extend(Change("removed", lines[i], "table of contents (repeats a heading below)")
                   for i in sorted(doomed))
    return [ln for i, ln in enumerate(lines) if i not in doomed]



def _drop_sentences(line: str, doomed, why: str, changes: list[Change]) -> str:
    """Remove the sentences of line for which doomed(sentence) is true; keep the rest."""
    kept = []
    for sentence in sentences(line):
        if doomed(sentence):
            changes.append(Change("removed", sentence, why))
        else:
            kept.append(sentence)
    return " ".join(kept)


_SIGNALLED_AD = "advertisement (a contact handle, or an offer urged on the reader)"
AT_TOP_LINES = 3   # a pattern marked at_top (a summary box) is looked for in the text's first lines


SENTENCE_END_MAX_WORDS = 3


def _sentence_end(previous: str, line: str) -> bool:
    """The last words of a sentence the scrape broke ("... steals your" / "pictures."): text,
    though alone they read like a caption or a badge ("Pictures", "LIVE")."""
    return (line[:1].islower() and continues(line) and ends_sentence(line)
            and word_count(line) <= SENTENCE_END_MAX_WORDS and not ends_sentence(previous))


def _remove_patterns(lines: list[str], ed: Editorial, changes: list[Change]) -> list[str]:
    """Sentences that match an editorial pattern or read as an ad (kb/furniture.ad_sentence),
    wherever they are. Each sentence is tested on its own, so a pattern anchored at its start
    ("^Disclaimer:") also finds one glued to the end of a real line; a line with no such
    sentence is kept exactly as it was. After a pattern marked rest_of_line (an ad label such
    as "【Sponsor】") the rest of the line goes too, and so does a question just before an ad
    that leads into it ("Want to open a smart store in 30 days? Leave your phone number...").
    Such a question also makes an ad of the line's last sentence when a vendor offers something
    in its own voice ("Want results like these? Our assistant ... the first month costs
    nothing.")."""
    result: list[str] = []
    quoting = False   # in the lines an author's lead-in announces: "It says only one sentence:"
    quoted = 0
    for i, line in enumerate(lines):
        # "... under the code there is one line of text:" / "Scan the code to add the store
        # manager and get a 5 yuan coupon ...": what the author quotes, however it reads.
        # More than one when they open alike ('Reply "tea" ...' / 'Reply "after-sale" ...'); at
        # most QUOTED_MAX_LINES, and never a labelled notice ("Statement: ...").
        quoted = quoted + 1 if quoting else 0
        quoting = (word_count(line) <= QUOTED_LINE_MAX_WORDS and i > 0 and bool(result)
                   and result[-1] == lines[i - 1] and not _LABELLED_LINE.match(line)
                   and (quoting and quoted < QUOTED_MAX_LINES and _first_word(line) == _first_word(
                       lines[i - 1]) or lead_in(lines[i - 1])))
        if quoting or (i > 0 and _sentence_end(lines[i - 1], line)):
            result.append(line)
            continue
        parts = [] if line in ed.keep else sentences(line)
        candidates = patterns_for(fold(line), ed) if parts else []
        if i >= AT_TOP_LINES:
            candidates = [p for p in candidates if not p.at_top]
        reasons: list[str | None] = []
        ad_runs_on = False   # after an ad label, the rest of the line is the ad
        for sentence in parts:
            folded = fold(sentence)
            pattern = next((p for p in candidates if p.search(sentence, folded)
                            and not quoted_mention(sentence, p.regex)), None)
            if pattern is not None:
                reasons.append(f"editorial pattern: {pattern.why}")
                ad_runs_on = ad_runs_on or pattern.rest_of_line
            elif ad_sentence(sentence, ed.ad_signals):
                reasons.append(_SIGNALLED_AD)
            else:
                reasons.append(reasons[-1] if ad_runs_on else None)
        # A pitch is glued to the end of a line or stands alone, never amid the author's text:
        # with the author's sentences on both sides, a sentence that reads like one describes a
        # practice ("... readers can reply "size" in the dialog box to receive the size chart.
        # This auto-reply answers a third of the questions ...").
        for i in range(1, len(parts) - 1):
            if reasons[i] == _SIGNALLED_AD and reasons[i - 1] is None and reasons[i + 1] is None:
                reasons[i] = None
        if (len(parts) >= 2 and reasons[-1] is None and reasons[-2] is None
                and ed.ad_lead_in.search(parts[-2]) and vendor_offer(parts[-1], ed.ad_signals)):
            reasons[-1] = "advertisement (a vendor's offer after a lead-in question)"
        # The urge may be in the lead-in and the offer after it: "👉 Need a studio? Yunbo Base
        # rents rooms from 199 yuan/hour".
        for i in range(1, len(parts)):
            if (reasons[i] is None and reasons[i - 1] is None and ed.ad_lead_in.search(parts[i - 1])
                    and ad_sentence(f"{parts[i - 1]} {parts[i]}", ed.ad_signals)):
                reasons[i] = "advertisement (an offer urged in the question leading into it)"
        for i in range(1, len(parts)):
            if (reasons[i] is not None and reasons[i - 1] is None
                    and ed.ad_lead_in.search(parts[i - 1])):
                reasons[i - 1] = reasons[i] + " (its lead-in question)"
        # A note in brackets is one unit: "[The above content is compiled by X. Please indicate
        # the source when reprinting.]" goes whole when one of its sentences does.
        for first, last in _bracketed_runs(parts):
            why = next((w for w in reasons[first:last + 1] if w is not None), None)
            if why is not None:
                for i in range(first, last + 1):
                    reasons[i] = reasons[i] or f"{why} (the rest of its note in brackets)"
        if all(why is None for why in reasons):
            result.append(line)
            continue
        changes.extend(Change("removed", s, why) for s, why in zip(parts, reasons)
                       if why is not None)
        kept = " ".join(s for s, why in zip(parts, reasons) if why is None)
        if kept:
            result.append(kept)
        elif result and promo_header(result[-1], ed):   # "▼ Benefits for readers ▼" over it
            changes.append(Change("removed", result.pop(), "promotion header over a removed ad"))
    return result


def _first_word(line: str) -> str:
    return line.split(maxsplit=1)[0].lower() if line.strip() else ""


QUOTED_LINE_MAX_WORDS = 30
QUOTED_MAX_LINES = 5
_LABELLED_LINE = re.compile(r"^\W*[^\W\d][\w ]{0,20}[:：]\s")
_CLOSER = {"[": "]", "(": ")", "（": "）", "【": "】"}


def _bracketed_runs(parts: list[str]) -> list[tuple[int, int]]:
    """(first, last) of runs of two or more sentences that a bracket opens and closes."""
    runs = []
    i = 0
    while i < len(parts):
        text = parts[i].lstrip()
        closer = _CLOSER.get(text[:1])
        if closer and closer not in text:
            j = i + 1
            while j < len(parts) and closer not in parts[j]:
                j += 1
            if j < len(parts) and parts[j].rstrip().rstrip(".。!！?？").endswith(closer):
                runs.append((i, j))
                i = j
        i += 1
    return runs


def _remove_running_lines(lines: list[str], counts: Counter[str], page_numbered: set[str],
                          ed: Editorial, changes: list[Change]) -> list[str]:
    """A line that comes back word for word (but for its numbers) in one article (counts, by
    page_key) is a running header or footer of the page it was scraped or converted from
    ("Yunguan Research | Live Commerce Series 2020" on every page of a report). Only a line
    that is not a sentence: a paragraph given twice is the author's text, and stays."""
    result = []
    for line in lines:
        key = page_key(line)
        # A heading-shaped line comes back only as a page header when its page number changes
        # ("Chapter 6 Why Every Shop Looks Alike | 113" ... "| 115").
        if (counts[key] >= 2 and 3 <= word_count(line)
                and (word_count(line) <= RUNNING_MAX_WORDS or len(line) <= RUNNING_MAX_CHARS)
                and not ends_sentence(line) and line not in ed.keep
                and (key in page_numbered or not looks_like_heading(line))):
            changes.append(Change("removed", line, "running header or footer (repeated in the "
                                                   "article)"))
        else:
            result.append(line)
    return result


# A page's label set off after a heading: "Scenes, not features  [Free preview]".
_WIDGET_LABEL = re.compile(
    r"^(?P<text>\S.*?\S)[ \t\u3000]{2,}(?P<label>[\[【][^\[\]【】]{1,20}[\]】])\s*$")
WIDGET_TEXT_MAX_WORDS = 12


def _remove_widget_labels(lines: list[str], changes: list[Change]) -> list[str]:
    """A bracketed label at the end of a short line, after a wide gap, is the page's (a
    "[Free preview]" button); the line before it stays."""
    result = []
    for line in lines:
        match = _WIDGET_LABEL.match(line)
        if match and word_count(match.group("text")) <= WIDGET_TEXT_MAX_WORDS:
            changes.append(Change("removed", match.group("label"), "a label of the page set off "
                                                                   "after a line (wide gap)"))
            line = match.group("text")
        result.append(line)
    return result


def _remove_furniture_boxes(lines: list[str], ed: Editorial,
                            changes: list[Change]) -> list[str]:
    """A box drawn round lines is one unit: when one of its lines is page furniture, a pattern
    or an ad (a newsletter box: "│ 📮 WEEKLY │" / "│ 5 cases every Friday │" / "│ Enter your
    email │"), the whole box goes, not only the lines a rule names."""
    gone: set[int] = set()
    for box in boxes(lines):
        inside = [lines[i] for i in box[1:-1]]
        if any(_page_furniture(line, ed) for line in inside):
            gone.update(box)
    for i in sorted(gone):
        changes.append(Change("removed", lines[i], "a box drawn round page furniture"))
    return [line for i, line in enumerate(lines) if i not in gone]


def _page_furniture(line: str, ed: Editorial) -> bool:
    """Whether a rule removes the line as a whole: furniture, a pattern or an ad."""
    return line not in ed.keep and bool(_furniture(line, ed) or matches_pattern(line, ed)
                                         or ad_sentence(line, ed.ad_signals))


def _remove_promo_cards(lines: list[str], ed: Editorial, changes: list[Change]) -> list[str]:
    """A promotion's card amid the text: its label ("Ad", "This week's partner", "Mini
    Program", "—— Sponsored ——"), at most PROMO_MAX_LINES short lines of an ad no cue knows,
    and a line a rule removes ("Learn more >", "Try it free →"): all of it goes, also the
    part of that line no rule names ("YouKe CRM | Tag members automatically. Scan the QR
    code to apply for a free trial →")."""
    result: list[str] = []
    i = 0
    while i < len(lines):
        end = None
        if promo_header(lines[i], ed):
            for j in range(i + 1, min(len(lines), i + 2 + PROMO_MAX_LINES)):
                if word_count(lines[j]) > AD_MAX_WORDS or lines[j] in ed.keep:
                    break
                if _page_furniture(lines[j], ed):
                    end = j
                    break
        if end is None:
            result.append(lines[i])
            i += 1
            continue
        changes.extend(Change("removed", ln, "a promotion's card amid the text")
                       for ln in lines[i:end + 1])
        i = end + 1
    return result


LINK_LEAD_MIN_WORDS = 12   # real text before a glued link: a sentence, not "Free ticket!"
# A headline after a short label and a bar, ending in a link arrow, is a link as a whole: 'Hot
# list | "Returns are free", who pays the freight insurance in the end?  >'.
_LINK_LABEL = re.compile(r"^\W*[^\W\d][^|｜.!?:：]{0,20}\s*[|｜]\s*\S")


def _remove_furniture(lines: list[str], ed: Editorial, changes: list[Change]) -> list[str]:
    """Interface rows, metadata lines and separators, wherever they are (kb/furniture). A link
    glued to the end of real text ("... only a cost. Read the full guide on our site >>") takes
    only its own sentence."""
    result = []
    for line in lines:
        if link_line(line) and line not in ed.keep:
            parts = sentences(line)
            lead = " ".join(parts[:-1])
            if word_count(lead) >= LINK_LEAD_MIN_WORDS and not _LINK_LABEL.match(line):
                changes.append(Change("removed", parts[-1], "a link glued to the end of a line"))
                line = lead
        why = _furniture(line, ed)
        if why:
            changes.append(Change("removed", line, why))
        else:
            result.append(line)
    return result


def _furniture(line: str, ed: Editorial) -> str | None:
    """Why line is page furniture, or None."""
    if line in ed.keep:
        return None
    if separator(line):
        return "separator (no letter or digit)"
    if chart_values(line):
        return "a chart's values or axis (numbers only)"
    if page_header(line):   # before the heading shapes: "Chapter 6 Why ... | 115"
        return "page header (a page number set off by a bar)"
    if _glyph_row(line):   # before the heading shapes: "◆ 赞 326 ◆ 收藏 1.1k ◆ 举报"
        return "page interface row (short fields set apart by gaps, bars or brackets)"
    if poll_options(line):   # before the heading shapes: "A. Often    B. Sometimes    C. Never"
        return "a poll's options"
    if _POST_COUNTER.match(line):   # a thread's "3/8", a deck's "Slide 3 / 9"
        return "a post's or slide's counter"
    if looks_like_heading(line):
        return None
    if rating_or_counters(line):
        return "rating stars or counters"
    if interface_row(line):   # also with a glyph to each field: "👍 Like (23)   ⭐ Collect (41)"
        return "page interface row (short fields set apart by gaps, bars or brackets)"
    if BULLET.match(line):   # bulleted: see link farms; but a player bar "▶ 00:00 / 58:14 ..."
        return "metadata line (a date or time, not a sentence)" if metadata_line(line) else None
    if link_line(line) and not related_header(line, ed):   # "Read next →" opens a link farm
        return "a link (a bare address, or a line ending in a link arrow)"
    if button(line):
        return "a button (a few words in square brackets)"
    if metadata_line(line):
        return "metadata line (a date or time, not a sentence)"
    return None


_POST_COUNTER = re.compile(r"^\W*(?:(?:slide|page|post|part)\s*)?\d{1,3}\s*/\s*\d{1,3}\W*$",
                           re.IGNORECASE)


def _glyph_row(line: str) -> bool:
    """A row of fields each led by the same glyph: the glyph is a separator, not a heading's."""
    glyph = BULLET.match(line)
    return bool(glyph) and f" {glyph.group(0).strip()} " in line \
        and interface_row(BULLET.sub("", line, count=1))


_CIRCLED = re.compile("^\\s*[\u2460-\u2473]")   # ① to ⑳


def _remove_footnotes(lines: list[str], changes: list[Change]) -> list[str]:
    """Footnotes: lines opened by a circled number (①) that no lead-in announces. After a
    line ending in a colon ("a good leader needs three abilities:") or right under a heading
    they are the author's list and stay; so does a run counting up from ① (①, ②, ③), which
    is a list whatever stands above it, while notes come one by one or pick up the count."""
    result: list[str] = []
    in_list = False
    for i, line in enumerate(lines):
        if _CIRCLED.match(line):
            if not in_list and not (result and (result[-1].rstrip().endswith((":", "："))
                                                or looks_like_heading(result[-1]))) \
                    and not _counts_up_from_one(lines, i) and not _circled_heading(lines, i):
                changes.append(Change("removed", line, "footnote (a circled number, no lead-in)"))
                continue
            in_list = True
        else:
            # the rest of an item the scrape broke (", with a little mess ...") is still the list
            in_list = in_list and continues(line)
        result.append(line)
    return result


def _circled_heading(lines: list[str], i: int) -> bool:
    """"① Do not photograph the product, photograph the moment" over a paragraph, as the
    structure stage reads it (or cut mid-phrase, "③ Keep the" / "style consistent ..."): a
    heading. A note is a sentence."""
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    if nxt and continues(nxt):
        return not ends_sentence(lines[i]) and word_count(lines[i]) <= HEADLINE_MAX_WORDS // 2
    return circled_heading(lines[i], nxt, lines[i - 1] if i else "") is not None


def _counts_up_from_one(lines: list[str], start: int) -> bool:
    """lines[start] opens with ① and the next line with ②."""
    return (lines[start].lstrip().startswith("\u2460") and start + 1 < len(lines)
            and lines[start + 1].lstrip().startswith("\u2461"))


def _remove_edge_repeats(lines: list[str], repeated: frozenset[str],
                         changes: list[Change]) -> list[str]:
    if not repeated:
        return lines
    result = list(lines)
    edge = set(range(min(EDGE_LINES, len(lines)))) | set(range(max(0, len(lines) - EDGE_LINES),
                                                               len(lines)))
    for i in sorted(edge):
        if looks_like_heading(result[i]):
            continue
        result[i] = _drop_sentences(result[i], lambda s: fingerprint(s) in repeated,
                                    "repeated at the head or tail of other articles", changes)
    return [ln for ln in result if ln]


def _remove_comment_section(lines: list[str], ed: Editorial, changes: list[Change]) -> list[str]:
    """Readers' comments, forum replies and other people's answers: a comment header
    (`comment_headers` in boilerplate.yml: "86 comments", "Hot comments", "Floor 2# Posted
    on ...") in the second half of the article opens them, and the author's text does not
    come back after it, so everything from there to the end goes. In the first half such
    a line is the article's own metadata ("Comments (14)" in a byline) and is left to the
    other rules. The closing matter of a press release or a newsletter ("About Linxian
    Fresh", "Media contact:", "You are receiving this email because...", `closing_headers`)
    goes the same way."""
    for i in range(len(lines) // 2, len(lines)):
        line = lines[i]
        if line in ed.keep:
            continue
        short = word_count(_QUOTED.sub("", line)) <= COMMENT_HEADER_MAX_WORDS
        if (short and ed.comment_header.search(line)) or _replies_from(lines, i):
            why = f"reader comments (from “{line[:60]}”)"
        elif short and i >= len(lines) - CLOSING_WINDOW and ed.closing_header.search(line):
            i = _first_closing_header(lines, i, ed)
            why = f"closing matter of a release or newsletter (from “{lines[i][:60]}”)"
        else:
            continue
        changes.extend(Change("removed", ln, why) for ln in lines[i:])
        return lines[:i]
    return lines


def _first_closing_header(lines: list[str], i: int, ed: Editorial) -> int:
    """The first of the closing headers stacked above the one at i, each within CLOSING_WINDOW
    lines of the next: a release's "###", "About Linli Fresh" and "Forward-Looking
    Statements" over its "Media contact:". The first may stand before the article's middle
    when the closing matter is long (the company told in two languages, a contact, a share
    bar, previous and next links, related articles)."""
    j = i - 1
    while j >= max(0, i - CLOSING_WINDOW):
        if (lines[j] not in ed.keep and word_count(lines[j]) <= COMMENT_HEADER_MAX_WORDS
                and ed.closing_header.search(lines[j])):
            i = j
        j -= 1
    return i


BLOCK_MAX_ITEMS = 8
BLOCK_ITEM_MAX_WORDS = 30


def _list_item(line: str) -> bool:
    """"1. ...", "(2) ...", "• ...", "❶ ..." (ENUMERATED, LIST_START) or "① ..." (_CIRCLED)."""
    return bool(ENUMERATED.match(line) or LIST_START.match(line) or _CIRCLED.match(line))


TEXT_START_WINDOW = 15   # a republisher's preface is a few paragraphs long


def _remove_preface(lines: list[str], ed: Editorial, changes: list[Change]) -> list[str]:
    """Everything above a start-of-text marker near the top ("OK，正文开始 ↓↓↓", `text_starts`):
    a republisher's greeting, credits and notices, which announce the text rather than
    belong to it."""
    for i, line in enumerate(lines[:TEXT_START_WINDOW]):
        if line not in ed.keep and ed.text_start.search(line):
            changes.extend(Change("removed", ln, "preface above the start-of-text marker "
                                                 f"“{line[:40]}”") for ln in lines[:i])
            changes.append(Change("removed", line, "start-of-text marker"))
            return lines[i + 1:]
    return lines


def _remove_header_blocks(lines: list[str], ed: Editorial, changes: list[Change]) -> list[str]:
    """A block header in the first half (`block_headers`: a handout's "Learning objectives:")
    and the short list items right under it."""
    for i in range(len(lines) // 2):
        if lines[i] in ed.keep or not ed.block_header.search(lines[i]):
            continue
        end = i + 1
        while (end < len(lines) and end - i <= BLOCK_MAX_ITEMS and _list_item(lines[end])
               and word_count(lines[end]) <= BLOCK_ITEM_MAX_WORDS and lines[end] not in ed.keep):
            end += 1
        changes.extend(Change("removed", ln, f"block under “{lines[i][:40]}”")
                       for ln in lines[i:end])
        return lines[:i] + _remove_header_blocks(lines[end:], ed, changes)
    return lines


# A feed's preview of the post: its opening words cut off by an ellipsis and a control
# ("... but the...Expand full text c"), the whole post following.
_PREVIEW_CUT = re.compile(r"(?:\.{3}|…)\W*(?:\S+\s*){0,4}$")
PREVIEW_MIN_WORDS = 8


def _remove_previews(lines: list[str], changes: list[Change]) -> list[str]:
    """A line whose words before its closing ellipsis open the next line: a preview of it."""
    result = []
    for i, line in enumerate(lines):
        cut = _PREVIEW_CUT.search(line)
        if (cut and i + 1 < len(lines) and word_count(line[:cut.start()]) >= PREVIEW_MIN_WORDS
                and fingerprint(lines[i + 1]).startswith(fingerprint(line[:cut.start()]))):
            changes.append(Change("removed", line, "a preview of the next paragraph (cut off "
                                                   "where the page folds it)"))
            continue
        result.append(line)
    return result


def _remove_floor_replies(lines: list[str], ed: Editorial, changes: list[Change]) -> list[str]:
    """A reader's reply amid a forum thread: the short lines between two reply signatures
    ("2F  Lao Tao  Posted 2019-07-11 23:05" / "Saving this for tomorrow" / "3F ..."). The
    signatures themselves are metadata lines, removed with the other furniture."""
    doomed: set[int] = set()
    signatures = [i for i, line in enumerate(lines) if _reply_signature(line)]
    for i, j in zip(signatures, signatures[1:]):
        between = range(i + 1, j)
        if 0 < len(between) <= FLOOR_REPLY_MAX_LINES and all(
                word_count(lines[k]) <= REPLY_MAX_WORDS and lines[k] not in ed.keep
                for k in between):
            doomed.update(between)
    changes.extend(Change("removed", lines[k], "a reader's reply (between two reply signatures)")
                   for k in sorted(doomed))
    return [line for k, line in enumerate(lines) if k not in doomed]


def _reply_signature(line: str) -> bool:
    """"momo的猫   2022-06-19 08:12:33   Zhejiang": who replied and when. A time alone ("[02:40]"
    in a transcript) names no one."""
    return (metadata_line(line) and word_count(line) <= REPLY_SIGNATURE_MAX_WORDS
            and any(ch.isalpha() for ch in line))


def _replies_from(lines: list[str], start: int) -> bool:
    """Replies with no header over them: from a reply signature to the end, two or more
    signatures and nothing longer than a reply between them."""
    if not _reply_signature(lines[start]):
        return False
    rest = lines[start:]
    return (sum(map(_reply_signature, rest)) >= 2
            and all(word_count(ln) <= REPLY_MAX_WORDS for ln in rest))


def _is_byline(line: str) -> bool:
    return word_count(line) <= BYLINE_MAX_WORDS and not ends_sentence(line)


def _between_fragments(line: str, next_line: str, ed: Editorial) -> bool:
    """A short line, or a byline, followed by another fragment or byline: still the top."""
    if is_fragment(next_line, ed):
        return word_count(line) <= 10 or _is_byline(line)
    return _is_byline(line) and _is_byline(next_line)


_COUNT_ALONE = re.compile(r"^\s*(?:0|[1-9]\d{0,4})\s*$")


def _remove_head_fragments(lines: list[str], ed: Editorial, changes: list[Change]) -> list[str]:
    """Breadcrumbs, captions and CTAs before the first real line of text."""
    start = 0
    while start < len(lines):
        line = lines[start]
        counter = (_COUNT_ALONE.match(line) is not None and start + 1 < len(lines)
                   and ends_sentence(lines[start + 1])
                   and word_count(lines[start + 1]) >= PARAGRAPH_MIN_WORDS)
        if line in ed.keep or (looks_like_heading(line) and not counter) \
                or SECTION_NAME.match(line):
            break
        if counter:   # "0" over the first paragraph: a like or share count, not a section's number
            why = "a count alone on its line at the top"
        elif is_fragment(line, ed):
            why = "breadcrumb at the top" if ed.breadcrumb.search(line) else "caption or " \
                  "navigation fragment at the top"
        elif ed.call_to_action.search(line) and word_count(line) <= HEADLINE_MAX_WORDS:
            why = "call to action at the top"
        elif byline(line):   # "Host: Ah Qiang | Guest: Zhou Lin, founder of ..." under a player
            why = "byline row at the top"
        elif not LATIN.search(line) and not ends_sentence(line):   # see kb/title.py
            why = "untranslated site or account name at the top"
        elif 0 < start < len(lines) - 1 and _between_fragments(line, lines[start + 1], ed):
            why = "caption fragment at the top (between other fragments)"
        else:
            break
        changes.append(Change("removed", line, why))
        start += 1
    return lines[start:]


PICTURE_CAPTION_MAX_WORDS = 15
PICTURE_LABEL_MAX_WORDS = 3    # "Photo", "[Picture 2]", "图 3"
# "Appendix: survey sample description" heads a section, also under a page's number ("— 5 —").
_APPENDIX = re.compile(r"^\W*(?:appendix|annex)(?:\s+[a-z\d]{1,3})?\s*[:：]\s*\S", re.IGNORECASE)
# A caption may be a sentence when it ends with the picture's credit: "Lin Xiaomei packing
# orders in her flat. (Photo provided by the interviewee)".
CREDITED_CAPTION_MAX_WORDS = 35
_PHOTO_CREDIT = re.compile(r"[(（]\s*(?:photos?|pictures?|images?|picture source|photo source)\b"
                           r"[^()（）]{0,50}[)）]\W*$", re.IGNORECASE)


def _remove_picture_captions(lines: list[str], ed: Editorial, changes: list[Change]) -> list[str]:
    """A picture's label alone on a line ("Photo": a pattern marked `caption_under`) and the
    caption under it, which may be a longer phrase than a fragment ("Residents collect their
    orders at a pickup point in Changsha"): a phrase with no full stop, not a heading."""
    result: list[str] = []
    skip = False
    for i, line in enumerate(lines):
        if skip:
            skip = False
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        after = lines[i + 2] if i + 2 < len(lines) else ""
        # Not a bulleted line ("→ Recommended for you" opens a link farm), nor the start of a
        # sentence broken across lines, nor a section's name. A label that holds its caption
        # ("[Image: the shop's tea garden ...]") has none under it.
        if (nxt and nxt not in ed.keep and _picture_label(line, ed)
                and word_count(line) <= PICTURE_LABEL_MAX_WORDS and not SECTION_NAME.match(nxt)
                and (word_count(nxt) <= PICTURE_CAPTION_MAX_WORDS and not ends_sentence(nxt)
                     or word_count(nxt) <= CREDITED_CAPTION_MAX_WORDS and _PHOTO_CREDIT.search(nxt))
                and not related_header(nxt, ed)
                and not looks_like_heading(nxt) and not BULLET.match(nxt)
                and not continues(nxt) and not (after and continues(after))):
            changes.append(Change("removed", line, "a picture's label"))
            changes.append(Change("removed", nxt, "a picture's caption (under its label)"))
            skip = True
            continue
        result.append(line)
    return result




def _picture_label(line: str, ed: Editorial) -> bool:
    folded = fold(line)
    return any(p.caption_under and p.search(line, folded) for p in patterns_for(folded, ed))


def _remove_caption_fragments(lines: list[str], ed: Editorial, changes: list[Change]) -> list[str]:
    """One to three words alone on a line, with no punctuation, amid the text: a scraped
    caption. Followed by a paragraph instead, such a line is kept as an untitled heading,
    unless the article marks its headings and the line follows a paragraph."""
    result: list[str] = []
    after_fragment = False
    announced = False   # in a list of short lines under a lead-in ending in a colon
    # Where the author numbers or marks the sections, an unmarked phrase between paragraphs
    # is a picture's caption ("Sorting center"), not a section of another style.
    marked_sections = sum(1 for ln in lines if looks_like_heading(ln)) >= 2
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        short = (word_count(line) <= 3 and not ends_sentence(line) and not looks_like_heading(line)
                 and not SECTION_NAME.match(line) and not ARROW_HEADING.match(line)
                 and not (i > 0 and continues(line)))   # "... before you buy any" / "traffic"
        # After a paragraph: a long line, or the end of a sentence broken across lines
        # ("possible for the first time." / "Warehouse").
        amid_text = marked_sections and i > 0 and (
            word_count(lines[i - 1]) >= 12
            or ends_sentence(lines[i - 1]) and not looks_like_heading(lines[i - 1]))
        # Nor does an untitled heading stand right under a marked one ("Ⅱ. Where the stock
        # sits" / "Warehouse" / a paragraph), unless the heading was cut mid-phrase.
        under_heading = (marked_sections and i > 0 and looks_like_heading(lines[i - 1])
                         and word_count(lines[i - 1]) >= 2   # not a bare "04" over its heading
                         and DANGLING.search(lines[i - 1]) is None and not continues(line))
        broken = bool(nxt) and continues(nxt)   # "Both are upgrades" / ", they just ..."
        # "3. Dataization" / "Thinking": the rest of a numbered heading, joined to it below.
        broken = broken or i > 0 and cut_heading(lines[i - 1], line, [nxt])
        # "【2】CONTENT IS THE NEW" / "PMISSION BELT": a heading in capitals cut over two lines.
        broken = broken or i > 0 and cut_capitals(lines[i - 1], line, [nxt])
        # "Some numbers" / "💡 38% came back"; "Four suggestions" / "First, choose ..."
        over_list = LIST_START.match(nxt) is not None or announces_points(line, nxt)
        # "For a camping tent, a useful list reads:" / "Moisture-proof mat" / "Folding lantern":
        # the author's list, however short its lines.
        # Its lines are alike: all bulleted or none ("- Yesterday's complaints" is not followed
        # by a form's "姓名 Name：____" in the same list).
        announced = (bool(result) and result[-1].rstrip().endswith((":", "："))
                     or announced and bool(result) and result[-1] == lines[i - 1]
                     and word_count(lines[i - 1]) <= LISTED_MAX_WORDS
                     and bool(BULLET.match(line)) == bool(BULLET.match(lines[i - 1])))
        if announced and word_count(line) <= LISTED_MAX_WORDS and not ends_sentence(line):
            after_fragment = False
            result.append(line)
            continue
        if (line not in ed.keep and short and not broken and not over_list
                and (word_count(nxt) < 12 or amid_text or under_heading)):
            changes.append(Change("removed", line, "caption fragment (a few words alone on a line)"))
            after_fragment = True
            continue
        # ... but a short line over a numbered heading introduces it ("What to do instead");
        # "Conclusion" or "Appendix: x" under a caption or a page's number heads a section.
        # (A sentence is text, "7/8" / "Then upgrade one step, not ten.", but for a slide's
        # "Thank you!" or a comment's "LZ加油！")
        if after_fragment and line not in ed.keep and word_count(line) <= 6 \
                and (not ends_sentence(line) or word_count(line) <= 3) \
                and not looks_like_heading(line) and not looks_like_heading(nxt) \
                and not SECTION_NAME.match(line) and not _APPENDIX.match(line):
            changes.append(Change("removed", line, "caption fragment (short line after a caption)"))
            continue
        after_fragment = False
        result.append(line)
    return result
