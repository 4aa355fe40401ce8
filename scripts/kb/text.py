"""Small text helpers shared by the stages: sentences, words, line shapes."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

# A sentence ends at . ! ? (or Chinese 。！？), with up to two closing quotes or brackets,
# followed by space; "3.0" and "..." inside a word do not end one. The closers stay with
# the sentence (only the space between sentences is the separator), so no quote is lost.
_END, _CLOSER = "[.!?。！？…]", "[\"'”’)]"
SIGNS = "\u2600-\u27bf\U0001f300-\U0001faff"   # symbols, dingbats and emoji, for classes
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"   # Han, for classes
# A label in brackets glued on ("...answer for you.【Seller School VIP】199 yuan", "[Plug]",
# "（广告）", "(Advertisement)"), a pointing sign or emoji ("...a detail page.👉 Warm-up
# package"), a capitalised word glued to a word's full stop ("...the next boat.Want your
# click cost cut?") or a Chinese pitch glued to one ("...for years.扫码进群领取..."), starts a
# sentence even without the space, as after a figure ("... under 1.5%.Fresh fruit boxes ...");
# "3.0", "e.g.", "www.Taobao.com" do not.
# Nor does the full stop of a title before a name or of "vs." ("Thank you, Mr. Li, for ...").
_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "Prof", "vs", "e.g", "i.e")
# Nor does a list's number at the start of a line ("2. Keywords: big words are for ...").
_NOT_AFTER = "".join(rf"(?<!\b{re.escape(word)}\.)" for word in _ABBREVIATIONS) \
    + r"(?<!^\d\.)(?<!^\d\d\.)"
_SENTENCE_END = re.compile(
    rf"(?:(?<={_END})|(?<={_END}{_CLOSER})|(?<={_END}{_CLOSER}{_CLOSER})){_NOT_AFTER}"
    rf"(?:\s+(?=\S)|(?=[【\[（{SIGNS}])|(?=\([A-Z{HAN}][^()]{{0,20}}\)))"
    r"|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]+[\s,])|(?<=[%)][.!?])(?=[A-Z][a-z]+[\s,])"
    rf"|(?<=[a-z]{{2}}[.!?])(?=[{HAN}])"
    rf"|(?<=[a-z]{{2}}[.!?])(?=[(（][A-Z{HAN}])")   # "...within two days.(Store diagnosis ...)"
# Bullets of scraped link lists: bars, dots, and the glyphs Chinese portals use: arrows,
# geometric shapes, dingbats and emoji ("◆ x", "▷ x", "👉 x"); not the circled numbers of a
# numbered list ("❶ x").
BULLET = re.compile("^\\s*(?:[-|·•*»›\u2190-\u21ff\u25a0-\u25ff\u2600-\u2775\u2794-\u27bf"
                    "\U0001f300-\U0001faff]+\\s*)+")
# A Han character is a word of its own (Chinese has no spaces); otherwise runs of letters
# and digits, with inner apostrophes and hyphens.
_WORD = re.compile(rf"[{HAN}]|[^\W_{HAN}]+(?:['’\-][^\W_{HAN}]+)*")
TERMINAL = tuple(".!?;:。！？；：…,，")


def sentences(line: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(line) if s.strip()]


def sentence_of(line: str, offset: int) -> int:
    """Which sentence of line (0 = the first) the character at offset belongs to."""
    return bisect_right(_sentence_ends(line), offset)


@lru_cache(maxsize=4096)   # asked once per mention: a long paragraph's breaks are found once
def _sentence_ends(line: str) -> tuple[int, ...]:
    return tuple(m.end() for m in _SENTENCE_END.finditer(line))


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def word_count(text: str) -> int:
    return len(words(text))


def fingerprint(text: str) -> str:
    """How a sentence is compared across articles: case, spacing and punctuation ignored."""
    return " ".join(w.lower() for w in words(text))


def ends_sentence(line: str) -> bool:
    return line.rstrip().endswith(TERMINAL)


def is_title_case(line: str) -> bool:
    """Most words capitalised, as in a headline: 'What Should Micro Traders Do In 2016?'"""
    ws = [w for w in words(line) if w[0].isalpha()]
    if len(ws) < 2:
        return False
    capitalised = sum(1 for w in ws if w[0].isupper())
    return capitalised / len(ws) >= 0.6
