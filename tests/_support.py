"""Small helpers shared by the tests (not fixtures: conftest.py belongs to another suite)."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

import yaml

import _paths  # noqa: F401  (sys.path for kb)
from kb.clean import clean
from kb.editorial import Editorial, load_editorial
from kb.model import Article, CleanText, RawArticle
from kb.read import decode_article
from kb.structure import build_article

# Debian's Chromium, driven by Playwright (its own browser download is not used). The
# background-networking flags keep it from calling other hosts, which this machine refuses.
CHROMIUM = os.environ.get("KB_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

# Real sentences for fixtures: long enough that no cleaning rule takes them for debris.
P1 = ("Sellers must understand what their customers want before they decide what to put on "
      "the shelves of their store.")
P2 = ("Traffic is expensive, so every visitor must be treated as a guest who may come back "
      "many times over the years.")
P3 = ("Brands that keep their promises earn the trust of buyers, and trust is what turns a "
      "single order into a habit.")
P4 = ("Platforms reward the stores whose customers return, so service after the sale matters "
      "as much as the price on the page.")


@lru_cache(maxsize=1)
def editorial() -> Editorial:
    """The project's own editorial data (the rules under test are configured there)."""
    return load_editorial(_paths.EDITORIAL)


def raw(text: str, source: str = "a.txt") -> RawArticle:
    result = decode_article(source, text.encode("utf-8"))
    assert isinstance(result, RawArticle), result
    return result


def cleaned(text: str, repeated: frozenset[str] = frozenset(), source: str = "a.txt",
            ed: Editorial | None = None) -> CleanText:
    return clean(raw(text, source), ed or editorial(), repeated)


def article(text: str, source: str = "a.txt", title: str | None = None) -> Article:
    r = raw(text, source)
    return build_article(r, clean(r, editorial(), frozenset()), title)


def front_matter(markdown: str) -> dict:
    match = re.match(r"^---\n(.*?)\n---\n", markdown, re.S)
    assert match, "page has no front matter"
    return yaml.safe_load(match.group(1))


def page_for_source(docs: Path, source: str) -> Path:
    """The generated article page whose front matter names this source file."""
    for page in sorted((docs / "articles").glob("*.md")):
        if page.name == "index.md":
            continue
        if front_matter(page.read_text(encoding="utf-8")).get("source") == source:
            return page
    raise AssertionError(f"no article page for {source}")


def point_ids(markdown: str) -> list[str]:
    """The ids of sections and points in a generated page, in order: headings' "{ #id }" and
    raw HTML's id="id", without the page's own parts ("kb-title", "kb-related"...)."""
    ids = [a or b for a, b in re.findall(r'\{ #([^ }]+)[ }]|\bid="([^"]+)"', markdown)]
    return [i for i in ids if not i.startswith("kb-")]


_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
         "track", "wbr"}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str | None]
    text: str = ""


@dataclass
class ParsedPage(HTMLParser):
    """Every element with its attributes, the <title>, the visible text of <article>, and
    the text of each element that has an id."""
    elements: list[Element] = field(default_factory=list)
    title: str = ""
    article_text: str = ""
    by_id: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        HTMLParser.__init__(self, convert_charrefs=True)
        self._stack: list[tuple[str, str | None]] = []
        self._in_title = False
        self._article_depth = 0
        self._script_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append(Element(tag, dict(attrs)))
        if tag == "title":
            self._in_title = True
        if tag in _VOID:
            return
        if tag == "article":
            self._article_depth += 1
        if tag in ("script", "style"):
            self._script_depth += 1
        self._stack.append((tag, dict(attrs).get("id")))
        if dict(attrs).get("id"):
            self.by_id.setdefault(dict(attrs)["id"], "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _VOID:
            return
        while self._stack:
            open_tag, _ = self._stack.pop()
            if open_tag == "article":
                self._article_depth -= 1
            if open_tag in ("script", "style"):
                self._script_depth -= 1
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        if self._script_depth:
            return
        if self._article_depth:
            self.article_text += data
        for _, element_id in self._stack:
            if element_id:
                self.by_id[element_id] += data


def parse_html(html: str) -> ParsedPage:
    page = ParsedPage()
    page.feed(html)
    page.close()
    return page


def squeeze(text: str) -> str:
    return " ".join(text.split())
