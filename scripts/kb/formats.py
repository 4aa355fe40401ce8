"""What other formats leave in a scraped text, taken out before the boilerplate rules run:
HTML character references, Markdown and quote markers, footnote markers, a transcript's
stage directions and speaker labels, a news wire's dateline, a bibliography. Every change
is recorded."""
from __future__ import annotations

import html
import re
from collections import Counter
from html.entities import html5

from .editorial import Editorial
from .model import Change
from .furniture import metadata_line
from .text import ends_sentence, word_count


# HTML character references a scrape left in the text ("&nbsp;", "&quot;", "&#39;"): only
# complete ones, so "AT&T" and "R&D" stay as written.
_REFERENCE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_references(lines: list[str], changes: list[Change]) -> list[str]:
    """Lines with HTML character references decoded; the text is escaped again on the page."""
    result = []
    for line in lines:
        decoded = _REFERENCE.sub(_character, line).replace("\u00a0", " ")
        if decoded != line:
            changes.append(Change("repaired", line,
                                  f"HTML character references decoded: {decoded}"))
        result.append(decoded)
    return result


def _character(reference: re.Match[str]) -> str:
    """The character of a reference; an unknown name ("&nothing;") stays as written, where
    html.unescape would read its "&not" prefix."""
    text = reference.group()
    return text if text[1] != "#" and text[1:] not in html5 else html.unescape(text)


# Markup a scrape left in the text: a quote marker ("> A thousand real fans..."), bold inside
# a line ("**The core problem** is..."; a line all in bold is a heading, see structure.py) and
# footnote markers glued to a word ("Haitao[2] made...").
# A quotation opens with a capital or a quote mark; "> quote marks show up..." is text as typed.
_QUOTE_MARKER = re.compile(r"^>+\s+(?=[A-Z0-9\"“‘'\u4e00-\u9fff])")
_INLINE_BOLD = re.compile(r"\*\*(?=\S)([^*]+?)(?<=\S)\*\*|__(?=\S)([^_]+?)(?<=\S)__")
_FOOTNOTE_MARKER = re.compile(r"(?<=[\w.,;:!?)\"”’])\[\d{1,2}\]")


def strip_markup(lines: list[str], ed: Editorial, changes: list[Change]) -> list[str]:
    """Lines without stage directions (`stage_directions` in boilerplate.yml), quote markers,
    inline bold and footnote markers."""
    result = []
    for line in lines:
        if ed.stage_direction.search(line):
            directed, line = line, ed.stage_direction.sub("", line).strip()
            changes.append(Change("removed", directed, "stage direction of a transcript")
                           if not line else
                           Change("repaired", directed, f"stage direction taken out: {line}"))
            if not line:
                continue
        bare = _QUOTE_MARKER.sub("", line)
        if not (bare.startswith(("**", "__")) and bare.endswith(("**", "__"))
                and _INLINE_BOLD.fullmatch(bare)):
            bare = _INLINE_BOLD.sub(lambda m: m.group(1) or m.group(2), bare)
        bare = _FOOTNOTE_MARKER.sub("", bare)
        if bare != line:
            changes.append(Change("repaired", line, f"markup left by the scrape taken out: {bare}"))
        result.append(bare)
    return result


# A transcript's speaker label alone on its line: a role ("Host:", `speaker_roles` in
# boilerplate.yml) or a name that labels several turns ("Chen Yu:" twice). A lead-in such as
# "Three reasons:" is said once.
_TIME = r"\[\d{1,2}:\d{2}(?::\d{2})?\]"   # a transcript's time: "[00:03:20]"
_SPEAKER_LABEL = re.compile(rf"^(?:{_TIME}\s*)?"   # "[00:03:20] 老周："
                            r"(?P<name>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}|[\u4e00-\u9fff]{2,4})"
                            r"\s*[:：]$")
# A live room's chat and system lines in a transcript, under their time: "[00:00:42] 阿香的茶：来了
# 来了", "[00:06:45] 用户7319045 送出 小心心 ×10" (no English: the host's words are translated).
_TIMESTAMPED_CHAT = re.compile(rf"^{_TIME}\s*(?!.*[A-Za-z]{{2}})\S")


def remove_speaker_labels(lines: list[str], ed: Editorial, changes: list[Change]) -> list[str]:
    """Lines without the speaker labels of a transcript; what is said stays."""
    labels = Counter(m.group("name") for m in map(_SPEAKER_LABEL.match, lines) if m)
    result = []
    for line in lines:
        label = _SPEAKER_LABEL.match(line)
        if label and (labels[label.group("name")] > 1
                      or ed.speaker_role.fullmatch(label.group("name"))):
            changes.append(Change("removed", line, "speaker label of a transcript"))
            continue
        if _TIMESTAMPED_CHAT.match(line):
            changes.append(Change("removed", line, "a live room's chat or system line (timed, "
                                                   "untranslated)"))
            continue
        result.append(line)
    return result


# A forum thread's floor marker alone on its line: "2#", "#3", "4F", "5楼", "Floor 6", with the
# poster's role after it ("1#  Landlord", "3楼 楼主").
_FLOOR = re.compile(r"^\W*(?:(?P<n>\d{1,4})\s*(?:#|F|楼)|#\s*(?P<m>\d{1,4})|floor\s*(?P<k>\d{1,4}))"
                    r"(?:\s+(?P<role>\S.{0,30}))?\s*$", re.IGNORECASE)
OTHER_REPLY_MAX_WORDS = 40   # an unlabelled floor by someone else is a short reply


def remove_other_floors(lines: list[str], ed: Editorial, changes: list[Change]) -> list[str]:
    """A forum thread without the floors of others: from each floor marker to the next, a
    floor not marked as the author's (`forum_author_roles`: "1#  Landlord", "3#  Landlord",
    where the author goes on after the replies) is a reply, and goes. When no floor names the
    author, the first one is the author's and only short floors go. The markers must count
    up, as a thread's do."""
    floors = [(i, m) for i, line in enumerate(lines) if (m := _FLOOR.match(line))]
    numbers = [int(m.group("n") or m.group("m") or m.group("k")) for _, m in floors]
    if len(floors) < 2 or numbers != sorted(set(numbers)):
        return lines
    by_author = [bool(m.group("role") and ed.forum_author_role.search(m.group("role")))
                 for _, m in floors]
    # Or by name: a floor posted under the first floor's poster ("北岸小掌柜 | 2019-11-03 10:18")
    # is the author's thread going on.
    posters = [_poster(lines, start) for start, _ in floors]
    # A thread whose floors each open with the poster's name alone ("3楼" / "葵花籽Sunny"),
    # the first poster's coming back: those names tell whose floor it is.
    names = [_name_under(lines, start) for start, _ in floors]
    named = all(names) and names.count(names[0]) > 1
    if named:
        posters = names
    if not any(by_author) and posters[0]:
        by_author = [poster == posters[0] for poster in posters]
    labelled = any(by_author[1:])
    doomed: set[int] = set()
    headers: set[int] = set()   # the author's own floors: their marker and name line go
    for k, (start, _) in enumerate(floors):
        end = floors[k + 1][0] if k + 1 < len(floors) else len(lines)
        if by_author[k] or (not labelled and k == 0):
            if named:
                headers.update((start, start + 1))
            continue
        if labelled or all(word_count(lines[i]) <= OTHER_REPLY_MAX_WORDS
                           for i in range(start, end)):
            doomed.update(range(start, end))
    changes.extend(Change("removed", lines[i], "a reply by another poster (a forum floor not "
                                               "the author's)") for i in sorted(doomed))
    changes.extend(Change("removed", lines[i], "a forum floor's number or its poster's name")
                   for i in sorted(headers))
    return [line for i, line in enumerate(lines) if i not in doomed | headers]


_POSTER_FIELDS = re.compile(r"\s*[|｜]\s*|\s{2,}|\u3000")


POSTER_NAME_MAX_CHARS = 24   # "葵花籽Sunny", "海绵宝宝不吃菜", "Lao Wang from Hangzhou"


def _name_under(lines: list[str], marker: int) -> str:
    """The line under a floor's marker when it is a name alone: short, no sentence."""
    name = lines[marker + 1].strip() if marker + 1 < len(lines) else ""
    if name and len(name) <= POSTER_NAME_MAX_CHARS and not ends_sentence(name) \
            and not metadata_line(name):
        return name
    return ""


def _poster(lines: list[str], marker: int) -> str:
    """Who posted the floor: the first field of the metadata line under its marker (or over
    it: a thread's first post may give its poster before "1#")."""
    for i in (marker + 1, marker - 1):
        if 0 <= i < len(lines) and metadata_line(lines[i]):
            return _POSTER_FIELDS.split(lines[i].strip(), maxsplit=1)[0]
    return ""


# A wire dateline before a release's first sentence: "SHANGHAI, China, June 8, 2021 /Business
# Wire/ -- Linxian Fresh today announced...", "BEIJING, March 3 (Xinhua) -- ...".
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,30}(?:,\s*[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2})*,\s*"
                       r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{4}-\d{1,2}-\d{1,2})\s*"
                       r"(?:/[^/]{2,40}/|\([^)]{2,30}\))?\s*(?:--|—|–)\s*(?=\S)")
DATELINE_WINDOW = 3   # the dateline opens the release


def remove_dateline(lines: list[str], changes: list[Change]) -> list[str]:
    """Lines without a wire dateline; the sentence it was glued to stays."""
    for index, line in enumerate(lines[:DATELINE_WINDOW]):
        dateline = _DATELINE.match(line)
        if dateline:
            changes.append(Change("removed", dateline.group().strip(), "news-wire dateline"))
            return lines[:index] + [line[dateline.end():]] + lines[index + 1:]
    return lines


# A bibliography: its header (`bibliography_headers` in boilerplate.yml: "References"), then
# numbered entries ("[1] Zhang Wei. A Practical Guide..."). The sources an author cites are not
# the argument.
_HEADER_TEXT = re.compile(r"^\W*(?P<text>.*?)\s*[:：]?$")
_CITATION = re.compile(r"^\s*(?:\[\d{1,3}\]|\d{1,3}\.)\s*\S")


def remove_references(lines: list[str], ed: Editorial, changes: list[Change]) -> list[str]:
    """Lines without a bibliography in the second half of the article."""
    for index in range(len(lines) // 2, len(lines) - 1):
        header = _HEADER_TEXT.match(lines[index]).group("text")
        if ed.bibliography_header.fullmatch(header) and _CITATION.match(lines[index + 1]):
            end = index + 1
            while end < len(lines) and _CITATION.match(lines[end]):
                end += 1
            changes.extend(Change("removed", ln, "bibliography (the sources the author cites)")
                           for ln in lines[index:end])
            return lines[:index] + lines[end:]
    return lines
