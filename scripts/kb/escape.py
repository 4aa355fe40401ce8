"""Make untrusted article text inert in Markdown, HTML and page metadata."""
from __future__ import annotations

import re

# Every character that Markdown (with the extensions in mkdocs.yml), attr_list or HTML could
# read as markup becomes a numeric character reference: the browser shows the character, no
# parser acts on it. "(", "!" and "=" are inert once "[" and "]" are escaped, and no enabled
# extension gives "~", "^" or ":" a meaning; leaving them plain keeps MkDocs fast.
_MARKUP = re.compile(r"[&<>\\`*_{}\[\]#|]")
# At the start of a line "1. ", "- " or "+ " would open a list.
_SPACES = re.compile(r"\s+")
_LINE_START = re.compile(r"^(\s*\d+)([.)])|^(\s*)([-+=])")
# Control characters have no place in a page, and Python-Markdown reads STX/ETX pairs as its
# own placeholders: they are shown as U+FFFD, so the reader sees that something was there.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def md_text(text: str) -> str:
    """Article text -> Markdown that renders as exactly that text, on one line. Runs of
    white space become one space (kept at the ends: callers join pieces)."""
    text = _CONTROL.sub("\ufffd", _SPACES.sub(" ", text))
    text = _MARKUP.sub(lambda m: f"&#{ord(m.group(0))};", text)
    return _LINE_START.sub(lambda m: f"{m.group(1) or m.group(3)}&#{ord(m.group(2) or m.group(4))};",
                           text)


# One pass for html_text: white space -> " ", other control characters -> U+FFFD (as in
# md_text), and the five characters HTML gives a meaning.
_HTML_TEXT = str.maketrans({**{c: "\ufffd" for c in range(0x20)}, 0x7f: "\ufffd",
                            **{c: " " for c in range(0x110000) if chr(c).isspace()},
                            "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})
_SPACE_RUN = re.compile(" {2,}")


def html_text(text: str) -> str:
    """Article text -> HTML text (or attribute value) that shows exactly that text, on one
    line. Python-Markdown passes a raw HTML block through untouched, so nothing in it is
    read as Markdown either. Runs of white space become one space (kept at the ends)."""
    text = text.translate(_HTML_TEXT)
    return _SPACE_RUN.sub(" ", text) if "  " in text else text


_META_UNSAFE = str.maketrans({"<": "‹", ">": "›", "&": "＆", '"': "”", "\\": "＼",
                              "{": "｛", "}": "｝"})


def meta_text(text: str) -> str:
    """Text for front matter (title, description). The theme prints these into <title>,
    <meta content="..."> and the nav without escaping, so characters that could open a
    tag, an attribute or a template are replaced by look-alikes."""
    return " ".join(_CONTROL.sub("\ufffd", text).translate(_META_UNSAFE).split())
