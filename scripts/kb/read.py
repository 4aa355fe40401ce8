"""Read stage: article files -> RawArticle, or Skipped with a reason a person can act on."""
from __future__ import annotations

import codecs
import hashlib
import unicodedata
from pathlib import Path

from charset_normalizer import from_bytes

from .model import RawArticle, Skipped

MAX_BYTES = 50 * 1024 * 1024   # beyond this a "article" is almost surely not one
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
# Control characters other than tab/newline/carriage return/form feed mean binary data.
_CONTROL = {chr(c) for c in range(32)} - {"\t", "\n", "\r", "\f"} | {"\x7f"}
_DROP_CONTROL = str.maketrans(dict.fromkeys(map(ord, _CONTROL)))


def read_articles(folder: Path) -> tuple[list[RawArticle], list[Skipped]]:
    """Every *.txt in folder, in name order; unreadable files become Skipped."""
    articles: list[RawArticle] = []
    skipped: list[Skipped] = []
    for path in sorted(folder.glob("*.txt"), key=lambda p: p.name):
        if not path.is_file():
            continue
        try:
            size = path.stat().st_size
            if size > MAX_BYTES:
                skipped.append(Skipped(path.name, f"file is {size / 2**20:.0f} MB, over the "
                                       f"{MAX_BYTES // 2**20} MB limit for one article"))
                continue
            data = path.read_bytes()
        except OSError as error:
            skipped.append(Skipped(path.name, f"cannot be read: {error.strerror or error}"))
            continue
        result = decode_article(path.name, data)
        (articles if isinstance(result, RawArticle) else skipped).append(result)
    return articles, skipped


def decode_article(source: str, data: bytes) -> RawArticle | Skipped:
    """Bytes -> text with the right encoding; empty, blank and binary input is Skipped."""
    if not data:
        return Skipped(source, "empty file (0 bytes)")
    decoded = _decode(data)
    if decoded is None:
        return Skipped(source, "binary or undecodable data, not a text article")
    text, encoding = decoded
    if _looks_binary(text):
        return Skipped(source, "binary data (control characters), not a text article")
    text = normalise_text(text)
    if not text.strip():
        return Skipped(source, "contains only whitespace")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return RawArticle(source=source, text=text, encoding=encoding, digest=digest)


def normalise_text(text: str) -> str:
    """One newline convention, composed Unicode, no BOM or stray spaces at line ends."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\t", " ")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n") + "\n"


def _decode(data: bytes) -> tuple[str, str] | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                return None
    if b"\x00" in data:
        return None   # UTF-16 without a BOM is not a format articles arrive in
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Our sources are Chinese: legacy files are GBK/GB18030. Take that when it decodes
    # cleanly into mostly Chinese text; short texts fool general detectors (GBK read as
    # Korean cp949), so they only get the cases this test rejects.
    try:
        text = data.decode("gb18030")
        if _mostly_chinese(text):
            return text, "gb18030"
    except UnicodeDecodeError:
        pass
    # Otherwise the encodings such articles arrive in: Western Windows, Traditional Chinese.
    best = from_bytes(data, cp_isolation=["cp1252", "big5", "gb18030"]).best()
    if best is None:
        return None
    encoding = _prefer_superset(best.encoding)
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError:
        return str(best), best.encoding


def _is_cjk(ch: str) -> bool:
    """Han characters (all planes), CJK and full-width punctuation."""
    code = ord(ch)
    return (0x3000 <= code <= 0x303F or 0x3400 <= code <= 0x4DBF or 0x4E00 <= code <= 0x9FFF
            or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF or 0x20000 <= code <= 0x3134F)


def _web_symbol(ch: str) -> bool:
    """Punctuation and symbols Chinese pages use beside their text: dashes and quotes, "·",
    arrows, "①", boxes and shapes ("▲ caption", "■ heading"), dingbats."""
    code = ord(ch)
    return (0x2010 <= code <= 0x206F or 0x2190 <= code <= 0x21FF or 0x2460 <= code <= 0x24FF
            or 0x2500 <= code <= 0x27BF or ch == "\u00b7")


def _mostly_chinese(text: str) -> bool:
    """Decoded text that reads as Chinese: nearly all non-ASCII characters are Chinese (or
    the punctuation and symbols Chinese pages use), and they come in runs. Western text in
    cp1252 also decodes as GB18030, but into isolated characters between Latin letters
    ("It抯")."""
    non_ascii = [i for i, ch in enumerate(text) if ord(ch) > 127]
    if not non_ascii:
        return False
    chinese = [i for i in non_ascii if _is_cjk(text[i]) or _web_symbol(text[i])]
    if len(chinese) / len(non_ascii) < 0.9:
        return False
    han = [i for i in chinese if _is_cjk(text[i])]
    in_runs = sum(1 for i in han if (i > 0 and _is_cjk(text[i - 1]))
                  or (i + 1 < len(text) and _is_cjk(text[i + 1])))
    return not han or in_runs / len(han) >= 0.5


def _prefer_superset(encoding: str) -> str:
    # GB2312 and GBK are subsets of GB18030; decoding with the superset never loses a character.
    return "gb18030" if encoding.lower().replace("-", "") in {"gb2312", "gbk", "gb18030"} else encoding


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    controls = len(sample) - len(sample.translate(_DROP_CONTROL))
    return controls > max(2, len(sample) // 1000)
