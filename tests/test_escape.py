"""Untrusted article text must render as exactly what was typed: in Markdown, HTML and metadata.

Unit tests render md_text() output with Python-Markdown and the extensions of mkdocs.yml;
the module-scoped site build checks the real `mkdocs build --strict` output.
"""
from __future__ import annotations

import re

import markdown
import pytest
import yaml

import _paths  # noqa: F401
import sitebuild
from _support import front_matter, page_for_source, parse_html, squeeze
from kb.escape import md_text, meta_text
from kb.model import Point
from kb.render import _points_html

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "![x](javascript:alert(1))",
    "<https://evil.example/>",
    "---",
    "title: x",
    "# heading",
    "## heading {#id}",
    "> quote",
    "| a | b |",
    "|---|---|",
    "`code` and ``double``",
    "{#id}",
    "{: .cls }",
    "{{ x }}",
    "{% y %}",
    "* * *",
    "1. item",
    "1) item",
    "- item",
    "+ item",
    "=== ",
    "&lt;",
    "&amp; &#60; &#x3c;",
    "back\\slash \\* not emphasis \\",
    "*emph* _emph_ **strong** __strong__",
    "[ref]: https://evil.example",
    "<!-- comment -->",
    "a  b\tc",
    "ends with two spaces  ",
]
# Python-Markdown marks stashed HTML with STX/ETX: text must not be able to forge one.
PLACEHOLDER = "\x02wzxhzdk:0\x03 and \x02wzxhzdk:1\x03"


def _shown(payload: str) -> str:
    """What a reader sees of payload: control characters show as U+FFFD."""
    return re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", "\ufffd", payload)

def _mkdocs_extensions() -> tuple[list[str], dict[str, dict]]:
    """The Markdown extensions mkdocs.yml enables (the theme adds none that parse the body)."""
    config = yaml.safe_load((_paths.ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    names, configs = [], {}
    for entry in config.get("markdown_extensions") or []:
        name, options = (entry, {}) if isinstance(entry, str) else next(iter(entry.items()))
        names.append(name)
        configs[name] = options or {}
    assert "attr_list" in names
    return names, configs


EXTENSIONS, EXTENSION_CONFIGS = _mkdocs_extensions()


def render(md: str) -> str:
    return markdown.markdown(md, extensions=EXTENSIONS, extension_configs=EXTENSION_CONFIGS)


def _text_of(html: str) -> str:
    page = parse_html(f"<article>{html}</article>")
    return page.article_text


@pytest.mark.parametrize("payload", PAYLOADS + [PLACEHOLDER])
def test_md_text_renders_as_the_literal_text(payload: str) -> None:
    html = render(md_text(payload))
    assert squeeze(_text_of(html)) == squeeze(_shown(payload))
    assert re.fullmatch(r"<p>.*</p>", html, re.S), f"not one plain paragraph: {html}"


def _points(*points: Point) -> str:
    """Points rendered as render.py writes them into an article page, then by Markdown."""
    return render(_points_html(points, {}, {}, "articles/a.md"))


@pytest.mark.parametrize("payload", PAYLOADS + [PLACEHOLDER])
def test_a_paragraph_point_shows_its_text_literally_and_keeps_its_id(payload: str) -> None:
    page = parse_html(f"<article>{_points(Point('p1', 'paragraph', payload))}</article>")
    assert squeeze(page.by_id["p1"]) == squeeze(f"{_shown(payload)} ¶")
    assert not [e for e in page.elements if e.tag not in ("article", "p", "a")]


@pytest.mark.parametrize("payload", PAYLOADS + [PLACEHOLDER])
def test_list_item_points_show_their_text_literally_and_keep_their_ids(payload: str) -> None:
    html = _points(Point("p2", "item", payload, 3), Point("p3", "item-more", payload),
                   Point("p4", "item", payload, 4))
    page = parse_html(f"<article>{html}</article>")
    for point_id in ("p2", "p3", "p4"):
        assert squeeze(page.by_id[point_id]) == squeeze(f"{_shown(payload)} ¶"), point_id
    assert [e.attrs.get("value") for e in page.elements if e.tag == "li"] == ["3", "4"]
    assert not [e for e in page.elements if e.tag not in ("article", "ol", "li", "p", "a")]


def test_md_text_puts_everything_on_one_line() -> None:
    assert "\n" not in md_text("one\ntwo\r\nthree\n\n# four")


@pytest.mark.parametrize("payload", PAYLOADS + ['say "hi" & <b>bye</b>', "x\ny"])
def test_meta_text_has_no_character_that_opens_a_tag_attribute_or_template(payload: str) -> None:
    text = meta_text(payload)
    assert not set(text) & set('<>&"\\{}\n')
    assert text == " ".join(text.split())


# --- a real site ------------------------------------------------------------------------

INJECTION_TITLE = "What <Script>Alert(1)</Script> Means For Online Sellers"
INJECTION_LINES = [
    "Some sellers paste <script>alert(1)</script> into their product pages without knowing "
    "what it does to visitors.",
    "Others add <img src=x onerror=alert(1)> to a listing and wonder why the page behaves "
    "strangely for buyers.",
    "A link written as [x](javascript:alert(1)) should never become something a customer "
    "can click on.",
    "# heading marks are common in notes that sellers copy from their editors into the store "
    "description.",
    "> quote marks show up when sellers forward emails from suppliers into the product page "
    "text.",
    "| a | b | is how a table row looks when a seller pastes a spreadsheet into the "
    "description field.",
    "Backticks like `code` and ``double`` appear when a developer writes the listing text for "
    "the store.",
    "Attribute lists such as {#id} and {: .cls } must stay as plain text in the article for "
    "every reader.",
    "Template markers like {{ x }} and {% y %} must not be evaluated by anything that builds "
    "the site.",
    "* * * is a separator that some editors type between parts of a long article about the "
    "market.",
    "Typing 1. item and - item in the middle of a sentence must not turn the sentence into a "
    "list.",
    "- item at the start of a line is how some authors begin a thought about their own store.",
]
# A scrape's HTML character references are decoded (a recorded repair), then escaped again.
ENTITY_LINE = ("A scraped page wrote &lt;script&gt;alert(3)&lt;/script&gt; where the author quoted "
               "some code.")
ENTITY_SHOWN = "A scraped page wrote <script>alert(3)</script> where the author quoted some code."
FRONT_MATTER_BLOCK = "---\ntitle: x\n---\n"


@pytest.fixture(scope="module")
def injection_site(tmp_path_factory: pytest.TempPathFactory) -> sitebuild.Built:
    root = tmp_path_factory.mktemp("injection")
    articles = root / "articles"
    articles.mkdir()
    (articles / "inject.txt").write_text(
        INJECTION_TITLE + "\n" + FRONT_MATTER_BLOCK + "\n".join([*INJECTION_LINES, ENTITY_LINE])
        + "\n",
        encoding="utf-8")
    (articles / "front.txt").write_text(
        # Its own sentences: ones shared with the head of inject.txt would be removed from both
        # as site-wide boilerplate.
        FRONT_MATTER_BLOCK + "# Not A Heading\n"
        "A shop owner pasted <script>alert(2)</script> into a listing and lost a day to it.\n"
        "A closing sentence that is long enough to be an ordinary paragraph of the article.\n",
        encoding="utf-8")
    (articles / "<img src=x onerror=alert(1)>.txt").write_text(
        "A File Name That Looks Like Markup\n" + "\n".join(INJECTION_LINES[3:6]) + "\n",
        encoding="utf-8")
    built = sitebuild.build(root, articles)
    assert built.pipeline.returncode == 0, built.pipeline.stderr
    assert built.mkdocs is not None and built.mkdocs.returncode == 0, built.mkdocs.stderr
    return built


def _article_html(built: sitebuild.Built, source: str) -> str:
    page = page_for_source(built.docs, source)
    return (built.site / "articles" / page.stem / "index.html").read_text(encoding="utf-8")


def test_injected_markup_shows_as_typed_in_the_built_article(injection_site: sitebuild.Built) -> None:
    page = parse_html(_article_html(injection_site, "inject.txt"))
    text = squeeze(page.article_text)
    for line in INJECTION_LINES:
        assert squeeze(line) in text, f"not shown as typed: {line!r}"


def test_decoded_character_references_show_as_text_not_markup(
        injection_site: sitebuild.Built) -> None:
    html = _article_html(injection_site, "inject.txt")
    assert squeeze(ENTITY_SHOWN) in squeeze(parse_html(html).article_text)
    assert "alert(3)</script>" not in html


def test_title_with_markup_shows_as_typed_in_the_heading(injection_site: sitebuild.Built) -> None:
    page = parse_html(_article_html(injection_site, "inject.txt"))
    assert squeeze(page.by_id["kb-title"]).rstrip("¶").strip() == INJECTION_TITLE
    assert "<" not in page.title and "‹Script›" in page.title


def test_no_page_of_the_site_carries_script_event_handler_or_javascript_link_from_articles(
        injection_site: sitebuild.Built) -> None:
    for html_file in sorted(injection_site.site.rglob("*.html")):
        html = html_file.read_text(encoding="utf-8")
        page = parse_html(html)
        where = html_file.relative_to(injection_site.site)
        for element in page.elements:
            handlers = [a for a in element.attrs if a.lower().startswith("on")]
            assert not handlers, f"{where}: <{element.tag}> has {handlers}"
            for attr in ("href", "src", "action", "formaction"):
                value = (element.attrs.get(attr) or "").strip().lower()
                assert not value.startswith("javascript:"), f"{where}: {attr}={value}"
            assert element.tag != "img" or element.attrs.get("src") != "x", where
        assert "alert(1)</script>" not in html.replace("&lt;/script&gt;", ""), where
        scripts = re.findall(r"<script\b[^>]*>(.*?)</script>", html, re.S)
        assert not [s for s in scripts if "alert(1)" in s], f"{where}: article text in a script"


def test_front_matter_block_in_an_article_does_not_become_page_metadata(
        injection_site: sitebuild.Built) -> None:
    page = page_for_source(injection_site.docs, "front.txt")
    meta = front_matter(page.read_text(encoding="utf-8"))
    assert meta["title"] != "x"
    html = parse_html(_article_html(injection_site, "front.txt"))
    assert not html.title.startswith("x -")
    headings = [e for e in html.elements if e.tag in ("h2", "h3", "h4", "h5", "h6")]
    assert not [h for h in headings if h.attrs.get("id") == "not-a-heading"]


def test_file_name_that_looks_like_markup_is_shown_as_text(injection_site: sitebuild.Built) -> None:
    source = "<img src=x onerror=alert(1)>.txt"
    page = parse_html(_article_html(injection_site, source))
    assert f"Source file: {source}" in squeeze(page.article_text)
    report = parse_html((injection_site.site / "report" / "index.html").read_text(encoding="utf-8"))
    assert source in report.article_text


def test_every_generated_page_is_valid_front_matter_plus_markdown(injection_site: sitebuild.Built) -> None:
    for page in sorted(injection_site.docs.rglob("*.md")):
        if page.name == "tags.md":
            continue
        meta = front_matter(page.read_text(encoding="utf-8"))
        assert isinstance(meta.get("title"), str) and meta["title"], page
