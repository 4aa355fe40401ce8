"""Line breaks a scrape left inside the text: a sentence or a heading broken across lines is
joined again, a word hyphenated at a line's end is rejoined, and a book's running header at a
page break (between the two halves of a sentence) goes."""
from __future__ import annotations

import re

from .editorial import Editorial
from .model import Change
from .repair import unhyphenated
from .structure import ENUMERATED, looks_like_heading
from .text import ends_sentence, word_count

RUNNING_MAX_WORDS = 15   # a running header is a title and a date, not a paragraph


_OPENING_QUOTES = "\"“‘'「『"
# A heading line cut mid-phrase ("Ⅲ. The last kilometer and the"): the next line goes on with it.
DANGLING = re.compile(r"\b(?:the|a|an|and|or|of|to|in|on|for|with|from|by|at|as|but|than|into|"
                       r"about|between|its|their|your|our|is|are|how|why|what)\s*$|[,，:：&–—-]\s*$",
                       re.IGNORECASE)


# "...: 1. The concept... 3. Dataization" ends mid-heading; "Thinking... 4. ..." goes on.
_ENUMERATOR_IN_LINE = re.compile(r"(?:^|\s)\d{1,2}[.:、]\s")
_SPLIT_ENUMERATION = re.compile(r"\s\d{1,2}[.:、]\s+[A-Z][\w-]*(?:\s+[\w-]+){0,3}$")


_CONTINUES = ",，;；:：)）.。!！?？"   # a line starting with one of these ends the sentence before it
# A closing quote and then punctuation: 'when she says "I tried this rice myself' / '", the ...'
_CLOSING_QUOTE = re.compile(r"^[\"”’']\s*[,，.;；:：!?！？)）]")


# "a. Show the customs declaration ...": the first of a lettered list, not the word "a".
_LETTERED_ITEM = re.compile(r"^[a-h][.)]\s+[A-Z]")


def continues(line: str) -> bool:
    """Whether a line goes on with the sentence of the line before: it starts with ", " or
    the like, or with an all-lowercase word ("eBay ..." and "iPhone ..." start a sentence).
    Punctuation after the word ("red, not the brand") does not change what the word is."""
    first_word = line.split()[0].rstrip(",.;:!?)'\"”’").replace("-", "")   # "high-end"
    first_word = first_word.replace("'", "").replace("’", "")   # "buyer's"
    if _LETTERED_ITEM.match(line):
        return False
    return (first_word.isalpha() and first_word.islower() or line[0] in _CONTINUES
            or _CLOSING_QUOTE.match(line) is not None)


_PAGE_NUMBER = re.compile(r"^\W*(?:page\s*)?\d{1,4}\W*$", re.IGNORECASE)   # "— 6 —", "- 12 -"
# "ware-" / "houses", and "e-" / "commerce" (a single letter keeps its hyphen: "e-mail").
_HYPHENATED = re.compile(r"(?<![\w-])(?P<left>[A-Za-z]{2,}|[eE])-$")
_LOWER_WORD = re.compile(r"[a-z]+")


PAGE_HEADER_MAX_LINES = 2   # a book's running header: its title, its chapter


def remove_page_break_headers(lines: list[str], ed: Editorial,
                               changes: list[Change]) -> list[str]:
    """A page's running header between its page number and the sentence the page break cut
    ("... what matters is whether the data says the product fits a particular" / "· 58 ·" /
    "Chapter 3 Goods Looking for People" / "person and keeps that person satisfied."): the
    sentence goes on after it, so the short lines between are the page's, not the author's."""
    doomed: set[int] = set()
    for i, line in enumerate(lines):
        # A paragraph cut mid-sentence above the number ("04" over a slide's title is not one).
        if (not _PAGE_NUMBER.match(line) or i == 0 or ends_sentence(lines[i - 1])
                or word_count(lines[i - 1]) <= RUNNING_MAX_WORDS):
            continue
        for j in range(i + 1, min(i + 2 + PAGE_HEADER_MAX_LINES, len(lines))):
            if continues(lines[j]):
                # A running header is a whole title: a line cut mid-phrase ("Bring buyers in
                # from" / "outside the platform") is the section's heading broken in two.
                if all(word_count(lines[k]) <= RUNNING_MAX_WORDS and not ends_sentence(lines[k])
                       and DANGLING.search(lines[k]) is None
                       and lines[k] not in ed.keep for k in range(i + 1, j)):
                    doomed.update(range(i + 1, j))
                break
    changes.extend(Change("removed", lines[k], "running header at a page break (the sentence "
                                               "goes on under it)") for k in sorted(doomed))
    return [line for k, line in enumerate(lines) if k not in doomed]


CUT_HEADING_MAX_WORDS = 2     # "Thinking", the rest of "3. Dataization"
PARAGRAPH_MIN_WORDS = 12   # a sentence this long is text, not a heading


def cut_heading(previous: str, line: str, below: list[str]) -> bool:
    """A numbered heading of one word cut from its last words: "3. Dataization" / "Thinking" /
    a paragraph. Not a one-word heading over its paragraph ("2. Pricing" / "Buyers compare
    ..."), whose next line is long."""
    numbered = ENUMERATED.match(previous)
    return (numbered is not None and word_count(numbered.group("text")) == 1
            and not ends_sentence(previous) and line[0].isupper()
            and word_count(line) <= CUT_HEADING_MAX_WORDS and not ends_sentence(line)
            and not looks_like_heading(line)
            and bool(below) and word_count(below[0]) >= PARAGRAPH_MIN_WORDS)


CUT_CAPITALS_MAX_WORDS = 4
_LATIN_LETTERS = re.compile("[A-Za-z]")


def _in_capitals(line: str) -> bool:
    letters = "".join(_LATIN_LETTERS.findall(line))
    return len(letters) >= 2 and letters.isupper()


def cut_capitals(previous: str, line: str, below: list[str]) -> bool:
    """A heading in capitals cut over two lines: "【2】CONTENT IS THE NEW" / "PMISSION BELT" /
    a paragraph."""
    return (_in_capitals(previous) and _in_capitals(line) and word_count(previous) >= 2
            and word_count(line) <= CUT_CAPITALS_MAX_WORDS
            and not ends_sentence(previous) and not ends_sentence(line)
            and bool(below) and word_count(below[0]) >= PARAGRAPH_MIN_WORDS)


def join_broken_lines(lines: list[str], changes: list[Change]) -> list[str]:
    """Rejoin sentences and headings that the scrape broke across lines."""
    result: list[str] = []
    for i, line in enumerate(lines):
        if result:
            previous = result[-1]
            # ... or with a quotation after a line cut mid-phrase: "Open any shopping app and
            # search for" / '"glass tea cup". You will see ...'.
            goes_on = continues(line) or (
                line[0] in _OPENING_QUOTES and DANGLING.search(previous) is not None
                and previous.rstrip()[-1:].isalpha() and not looks_like_heading(previous))
            # Only inside an inline enumeration ("1. x... 2. y... 3. Dataization"), never a
            # heading line of its own ("Part 2: Brand building").
            split_heading = (_SPLIT_ENUMERATION.search(previous) is not None
                             and len(_ENUMERATOR_IN_LINE.findall(previous)) >= 2
                             and not looks_like_heading(previous)
                             and not looks_like_heading(line)   # "Second, ..." opens a section
                             and line[0].isupper() and not ENUMERATED.match(line)
                             or cut_heading(previous, line, lines[i + 1:i + 2])
                             or cut_capitals(previous, line, lines[i + 1:i + 2]))
            # A page number between the two halves of a sentence ("...order was" / "— 6 —" /
            # "twelve to twenty days..."): the page break goes, the sentence is joined.
            if goes_on and len(result) >= 2 and _PAGE_NUMBER.match(previous):
                changes.append(Change("removed", result.pop(), "page number (a sentence runs on "
                                                               "across it)"))
                previous = result[-1]
            hyphenated = _HYPHENATED.search(previous) if goes_on else None
            word = _LOWER_WORD.match(line) if hyphenated else None
            if word:   # "ware-" / "houses and returns"
                result[-1] = (previous[:hyphenated.start()]
                              + unhyphenated(hyphenated.group("left"), word.group())
                              + line[word.end():])
                changes.append(Change("joined", line, "continues the word hyphenated at the end "
                                                      "of the line before it"))
                continue
            if goes_on or split_heading:
                glue = "" if line[0] in _CONTINUES or _CLOSING_QUOTE.match(line) else " "
                result[-1] = previous + glue + line
                changes.append(Change("joined", line, "continues the line before it"))
                continue
        result.append(line)
    return result
