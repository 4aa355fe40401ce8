"""The end of an article: link farms, promotions, calls to action and other footers, peeled
from the end until none is left.

Scraped pages end in layers in any order: a tagline, a "Related reading" header over short
headlines, a course ad under "Scan the QR code to follow us", a "▼ 推荐工具" header over a
tool's pitch, a "【直播预告】..." banner, a follow-and-reply call to action. Each rule here takes
one layer from the end; remove_footer repeats them until none applies, so the order of the
layers does not matter and the author's last paragraph, which fits none of them, stops it.
"""
from __future__ import annotations

import re

from .editorial import Editorial
from .furniture import COUNTED
from .model import Change
from .structure import ENUMERATED, SECTION_NAME, looks_like_heading
from .text import BULLET, fingerprint, is_title_case, sentences, word_count

HEADLINE_MAX_WORDS = 25
# An ad no cue knows can still sit under a known footer line: see remove_below_footer_line.
FOOTER_WINDOW = 4       # last lines where a footer line is looked for
AD_MAX_WORDS = 40       # a line under it longer than this is text, and stops the rule
PROMO_HEADER_MAX_WORDS = 8   # "▼ 推荐工具", "Recommended tool of the week"
PROMO_MAX_LINES = 2          # lines of an ad under a promotion header
CLOSING_WINDOW = 20          # an end marker is among the last lines (WeChat: bio, QR, reads, bar)


# A slide's, report's or hot list's padded number: "01 Why private domain now".
PADDED_NUMBER = re.compile(r"^\s*0[1-9]\s+(?=\S)")
_BAR_BULLET = re.compile(r"^\s*[|｜]\s*\S")


def _is_headline(line: str) -> bool:
    """A line of a link farm: a short title, often bulleted or numbered, at most two
    sentences."""
    text = PADDED_NUMBER.sub("", BULLET.sub("", line))   # "01 Headline" on a hot list
    numbered = ENUMERATED.match(text)   # "1. Headline" under a "Hot articles" header
    text = numbered.group("text") if numbered else text
    return 0 < word_count(text) <= HEADLINE_MAX_WORDS and len(sentences(text)) <= 2


_HAN_RUN = re.compile(r"[\u3400-\u9fff]+")


def related_header(line: str, ed: Editorial) -> bool:
    """A link-farm header, also when given in both languages ("往期精选 Past highlights"):
    either half may be the one the patterns know."""
    text = BULLET.sub("", line) or line
    return bool(ed.related_headers.search(text) or ed.related_headers.search(
        _HAN_RUN.sub(" ", text).strip()) or ed.related_headers.search(
        " ".join(_HAN_RUN.findall(text))))


def _remove_link_farm(lines: list[str], ed: Editorial, changes: list[Change]) -> list[str]:
    """A 'Related reading' header and the run of headline lines after it, up to the end."""
    for start, line in enumerate(lines):
        if line not in ed.keep and related_header(line, ed):
            end = start + 1
            while end < len(lines) and _is_headline(lines[end]) and lines[end] not in ed.keep:
                end += 1
            if end == len(lines):
                changes.append(Change("removed", line, "link-farm header"))
                changes.extend(Change("removed", ln, "link-farm headline") for ln in lines[start + 1:])
                return lines[:start]
            # Amid the text only when every headline under it is bulleted ("▪ Why did ...?"):
            # the text goes on after the farm, so its lines must not read as the author's. Or
            # when the next section's heading follows the headlines right away ("猜你喜欢" /
            # three headlines / "Third, let the brand carry the difference;").
            end = start + 1
            while end < len(lines) and BULLET.match(lines[end]) and _is_headline(lines[end]) \
                    and lines[end] not in ed.keep:
                end += 1
            if end - start - 1 < 2:
                end = start + 1
                while end < len(lines) and _is_headline(lines[end]) and lines[end] not in ed.keep \
                        and not lines[end].rstrip().endswith(_STATEMENT_END) \
                        and not looks_like_heading(lines[end]):
                    end += 1
                if end == len(lines) or not looks_like_heading(lines[end]):
                    end = start + 1
            if end - start - 1 >= 2:
                changes.append(Change("removed", line, "link-farm header"))
                changes.extend(Change("removed", ln, "link-farm headline")
                               for ln in lines[start + 1:end])
                return lines[:start] + _remove_link_farm(lines[end:], ed, changes)
    # No header: a trailing run of three or more bulleted headlines is a link farm too, when
    # they read like headlines (Title Case, or "Channel | Headline"), not like sentences.
    start = len(lines)
    while start > 0 and BULLET.match(lines[start - 1]) and _is_headline(lines[start - 1]) \
            and lines[start - 1] not in ed.keep:
        start -= 1
    start = _after_introduced_list(lines, start, ed)
    # Bars are a link list's bullets, never an author's ("| Is Pinduoduo still worth entering?").
    barred = len(lines)
    while barred > 0 and _BAR_BULLET.match(lines[barred - 1]) and _is_headline(lines[barred - 1]) \
            and lines[barred - 1] not in ed.keep:
        barred -= 1
    barred_run = len(lines) - barred >= 3
    if barred_run:
        start = barred
    run = lines[start:]
    headline_like = sum(1 for ln in run if _reads_like_headline(ln))
    if len(run) >= 3 and (headline_like >= 0.6 * len(run) or barred_run):
        changes.extend(Change("removed", ln, "link-farm headline (bulleted list at the end)")
                       for ln in lines[start:])
        return lines[:start]
    # Without bullets the lines must all read like headlines: real text rarely ends in three
    # Title Case lines with no sentence punctuation.
    start = len(lines)
    while start > 0 and lines[start - 1] not in ed.keep and _is_headline(lines[start - 1]) \
            and _reads_like_headline(lines[start - 1]) \
            and not lines[start - 1].rstrip().endswith(_STATEMENT_END) \
            and not looks_like_heading(lines[start - 1]):
        start -= 1
    start = _after_introduced_list(lines, start, ed)
    if len(lines) - start >= 3:
        changes.extend(Change("removed", ln, "link-farm headline (headlines at the end)")
                       for ln in lines[start:])
        return lines[:start]
    return lines


_STATEMENT_END = (".", ",", ";", ":", "。", "，", "；", "：")   # headlines may end in ? or !


LEAD_IN_MIN_WORDS = 6   # "It says only one sentence:", not "Contact:" or "Recommended reading:"


def lead_in(line: str) -> bool:
    """A sentence of the author's that announces what the next lines say: they are quoted,
    however they read ("... under the code there is one line of text:" / "Scan the code ...")."""
    return line.rstrip().endswith((":", "：")) and word_count(line) >= LEAD_IN_MIN_WORDS


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10}
# A sentence announcing how many lines follow: "..., ask three questions." / "five rules:".
_ANNOUNCED = re.compile(r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+"
                        r"(?:\w+\s+)?(?:questions|things|rules|points|steps|tips|lessons|words|"
                        r"suggestions|ideas|principles|habits|checks)\W*$", re.IGNORECASE)


def _after_introduced_list(lines: list[str], start: int, ed: Editorial) -> int:
    """Where a run of headline-like lines at the end really starts: past the author's own
    bulleted list when a sentence ending in a colon introduces it ("..., ask yourself:" / "-
    Who exactly is this for?" / ...), or past as many lines as a sentence announces ("...,
    ask three questions." / "Who is my buyer?" / ...). A link farm's header is short or known."""
    if not 0 < start < len(lines):
        return start
    lead = lines[start - 1].rstrip()
    announced = _ANNOUNCED.search(lead)
    if announced and word_count(lead) >= LEAD_IN_MIN_WORDS and not related_header(lead, ed):
        n = announced.group("n").lower()
        return min(len(lines), start + (int(n) if n.isdigit() else _COUNTS[n]))
    if not lead_in(lead) or related_header(lead, ed):
        return start
    while start < len(lines) and BULLET.match(lines[start]):
        start += 1
    return start


# What a link to a question or a post ends with: "... drop by half? 88 answers".
_COUNT_SUFFIX = re.compile(rf"\b[\d,.]+\s*[kw万]?\s+{COUNTED}\W*$", re.IGNORECASE)


def _reads_like_headline(line: str) -> bool:
    """'Channel | Headline', a Title Case line, a question, a line ending in a count ("23
    answers"), a Chinese headline or an arrow-bulleted phrase: the shapes of a linked
    headline."""
    text = BULLET.sub("", line).strip()
    return ("|" in text or is_title_case(text) or text.endswith(("?", "？"))
            or _COUNT_SUFFIX.search(text) is not None or _chinese_headline(text)
            or (_ARROW_BULLET.match(line) is not None and not text.endswith(_STATEMENT_END)))


# Arrows and pointers lead to another page ("▶ Why copying best sellers no longer works");
# an author's list is dashed or dotted.
_ARROW_BULLET = re.compile(r"^\s*[▶►▸➤➜➔→»›]")


def _chinese_headline(text: str) -> bool:
    """A headline left in Chinese ("保税仓爆仓，618 快递为何慢了一周"): mostly Han, and not a
    sentence, which ends in a full stop (the author's "消费升级不是涨价。")."""
    han = sum(len(run) for run in _HAN_RUN.findall(text))
    return han > len(re.findall(r"[A-Za-z]+", text)) * 2 and not text.endswith(("。", "."))


def remove_footer(lines: list[str], ed: Editorial, repeated: frozenset[str],
                  changes: list[Change]) -> list[str]:
    """The footer block: link farms, promotions, calls to action, banners and shared taglines
    in any order (a tagline above a link farm, a QR call below it), peeled from the end until
    none is left."""
    while True:
        before = len(changes)
        lines = _remove_link_farm(lines, ed, changes)
        lines = _remove_promo_block(lines, ed, changes)
        lines = remove_below_footer_line(lines, ed, changes)
        lines = _remove_tail_calls(lines, ed, changes, repeated)
        if len(changes) == before:
            return lines


def remove_after_end_marker(lines: list[str], ed: Editorial, changes: list[Change]) -> list[str]:
    """A line that says the text is over (`end_markers`), in the second half and among the
    last CLOSING_WINDOW lines, and the lines under it, when none of them is a paragraph (over
    AD_MAX_WORDS words): whatever a page puts under "—END—" is the page's, not the author's,
    however it is worded."""
    for i in range(max((len(lines) + 1) // 2, len(lines) - CLOSING_WINDOW), len(lines)):
        if lines[i] in ed.keep or not ed.end_marker.search(lines[i]):
            continue
        below = lines[i + 1:]
        if any(word_count(ln) > AD_MAX_WORDS or ln in ed.keep for ln in below):
            continue
        changes.append(Change("removed", lines[i], "end marker"))
        changes.extend(Change("removed", ln, "under the end marker") for ln in below)
        return lines[:i]
    return lines


def remove_below_footer_line(lines: list[str], ed: Editorial, changes: list[Change]) -> list[str]:
    """Short lines under a footer line near the end belong to the footer too: an ad for a
    course, an app or an agency that no cue knows ("Zhibo Star MCN: anchor incubation...")
    under "Scan the QR code to follow us". A footer line, in the second half of the article
    and among its last FOOTER_WINDOW lines, is all call to action and opens a footer
    (`footer_starts` in boilerplate.yml); real text rarely follows one, and a long line
    (over AD_MAX_WORDS words) below it stops the rule. The footer line itself is left to
    the rules that name it."""
    for i in range(max((len(lines) + 1) // 2, len(lines) - FOOTER_WINDOW), len(lines) - 1):
        parts = sentences(lines[i])
        if (lines[i] in ed.keep or not parts or not ed.footer_start.search(lines[i])
                or not all(ed.call_to_action.search(p) for p in parts)
                or (i > 0 and lead_in(lines[i - 1]))):   # "... one line of text:" / "Scan ..."
            continue
        below = lines[i + 1:]
        if any(word_count(ln) > AD_MAX_WORDS or ln in ed.keep for ln in below):
            return lines
        changes.extend(Change("removed", ln, "under a footer line at the end") for ln in below)
        return lines[:i + 1]
    return lines


def _remove_tail_calls(lines: list[str], ed: Editorial, changes: list[Change],
                       repeated: frozenset[str] = frozenset()) -> list[str]:
    """Call-to-action sentences (and taglines repeated at the tail of other articles) at the
    very end, line by line until real text is reached; a question leading into one goes
    with it."""
    lines = list(lines)
    while lines and lines[-1] not in ed.keep:
        if _banner(lines[-1]):
            changes.append(Change("removed", lines.pop(), "a bracketed banner at the end"))
            continue
        parts = sentences(lines[-1])
        kept = list(parts)
        while kept:
            if ed.call_to_action.search(kept[-1]):
                why = "call to action / footer at the end"
            elif not any(ch.isalpha() for ch in kept[-1]):
                # What a removed footer leaves behind: "17048231-2" of "ICP No. 17048231-2".
                why = "a number or symbols alone at the end"
            elif fingerprint(kept[-1]) in repeated:
                why = "repeated at the head or tail of other articles"
            else:
                break
            changes.append(Change("removed", kept.pop(), why))
            if kept and ed.ad_lead_in.search(kept[-1]):   # "Like it? Tap 👍 and forward ..."
                changes.append(Change("removed", kept.pop(), why + " (its lead-in question)"))
        if kept:
            lines[-1] = " ".join(kept)
            break
        lines.pop()
    return lines


# "【直播预告】Tonight 20:00, ...", "[Job] We are hiring ...": a label in brackets opening a line.
_BANNER = re.compile(r"^\s*[【\[]\s*(?P<label>[^\]】]{1,30}?)\s*[】\]]\s*\S")
BANNER_LABEL_MAX_WORDS = 4


def _banner(line: str) -> bool:
    """A line opened by a short label in brackets, at the end of an article: a banner for a
    live class, a job, a book or an event. Authors do not end their text under a label in
    brackets; a summary ("【Summary】...") or a numbered section ("【3】...") is not one."""
    found = _BANNER.match(line)
    return (found is not None and word_count(found.group("label")) <= BANNER_LABEL_MAX_WORDS
            and not SECTION_NAME.match(found.group("label")) and not looks_like_heading(line))


def promo_header(line: str, ed: Editorial) -> bool:
    header = BULLET.sub("", line) or line
    return (line not in ed.keep and word_count(header) <= PROMO_HEADER_MAX_WORDS
            and ed.promo_header.search(header) is not None)


def _remove_promo_block(lines: list[str], ed: Editorial, changes: list[Change]) -> list[str]:
    """A promotion's header among the last lines ("▼ 推荐工具", "📖 新书推荐", "We're hiring")
    and the lines under it: an ad for a tool, a book or a course whose words no cue knows.
    Only when at most PROMO_MAX_LINES lines of ad length follow it to the end."""
    for i in range(max((len(lines) + 1) // 2, len(lines) - 1 - PROMO_MAX_LINES), len(lines) - 1):
        below = lines[i + 1:]
        if (not promo_header(lines[i], ed)
                or any(word_count(ln) > AD_MAX_WORDS or ln in ed.keep for ln in below)):
            continue
        changes.append(Change("removed", lines[i], "promotion header near the end"))
        changes.extend(Change("removed", ln, "under a promotion header at the end") for ln in below)
        return lines[:i]
    return lines
