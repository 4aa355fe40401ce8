"""The built site as a reader meets it: headless Chromium (the Debian `chromium` package) over HTTP.

The site is built once per session from the real articles (tests/sitebuild.py) and served from
127.0.0.1 by a plain http.server that answers missing pages with 404.html, as a real host does.
"""
from __future__ import annotations

import functools
import http.server
import re
import threading
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, BrowserContext, Page, expect

from sitebuild import Built, build

LOCAL_SCHEMES = ("data", "blob")
AXE = Axe()  # axe-core ships inside the package (axe.min.js) and is injected: works offline


# --- fixtures -----------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    result = build(tmp_path_factory.mktemp("browser"))
    assert result.pipeline.returncode == 0, result.pipeline.stderr
    assert result.mkdocs is not None and result.mkdocs.returncode == 0, result.mkdocs.stderr
    return result


class _Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@pytest.fixture(scope="session")
def server(built: Built):
    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Handler, directory=str(built.site)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


def _is_local(url: str, server: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in LOCAL_SCHEMES or f"{parts.scheme}://{parts.netloc}" == server


def _new_context(browser: Browser, server: str, seen: list[str], **options) -> BrowserContext:
    """A fresh context (no stored palette) that records every request, including the search
    worker's, and aborts any to another host so that a leak fails fast instead of hanging."""
    context = browser.new_context(**options)
    context.set_default_timeout(10_000)
    context.on("request", lambda request: seen.append(request.url))
    context.route(re.compile(r"^(?!data:|blob:)"),
                  lambda route: route.continue_() if _is_local(route.request.url, server)
                  else route.abort())
    return context


@pytest.fixture
def requests_seen() -> list[str]:
    return []


@pytest.fixture
def page(browser: Browser, server: str, requests_seen: list[str]) -> Page:
    context = _new_context(browser, server, requests_seen, color_scheme="light")
    yield context.new_page()
    context.close()


@pytest.fixture(scope="session")
def article_paths(built: Built) -> list[str]:
    paths = sorted(f"/articles/{p.parent.name}/" for p in (built.site / "articles").glob("*/index.html"))
    assert paths, "the build produced no article pages"
    return paths


# --- helpers ------------------------------------------------------------------------------------

def search(page: Page, query: str) -> list[tuple[str, str]]:
    """Type the query key by key into the header search box; the results as (title, path)."""
    meta = page.locator(".md-search-result__meta")
    expect(meta).not_to_have_text(re.compile("initializing", re.I))  # index loaded by the worker
    page.locator(".md-search__input").click()
    page.keyboard.type(query, delay=50)
    expect(meta).to_have_text(re.compile(r"\d+ matching documents?|1 matching"), timeout=5_000)
    items = page.locator(".md-search-result__list > .md-search-result__item")
    expect(items.first).to_be_visible()
    # Results are re-rendered per keystroke; read them once two snapshots agree.
    previous, deadline = None, time.monotonic() + 5
    while time.monotonic() < deadline:
        current = page.locator(".md-search-result__list").inner_html()
        if current == previous:
            break
        previous = current
        page.wait_for_timeout(250)
    return [(title.strip(), urlsplit(href).path) for title, href in page.evaluate(
        """() => [...document.querySelectorAll('.md-search-result__list > .md-search-result__item')]
                 .map(item => item.querySelector(':scope > a.md-search-result__link'))
                 .map(a => [a.querySelector('h1').innerText, a.getAttribute('href')])""")]


def axe_report(page: Page) -> str:
    """'' when axe-core finds no violation on the page, else a readable report."""
    results = AXE.run(page)
    return f"== {page.url}\n{results.generate_report()}" if results.violations_count else ""


# --- a. navigation, and no request to another host ------------------------------------------------

def test_home_links_to_an_article_and_nothing_leaves_the_host(page: Page, server: str,
                                                              requests_seen: list[str]):
    page.goto(server + "/")
    expect(page.locator("article h1")).to_contain_text("knowledge base")
    link = page.locator("article li a[href^='articles/']").first
    title = link.inner_text().strip()
    link.click()

    expect(page).to_have_url(re.compile(r"/articles/[^/]+/$"))
    expect(page.locator("article h1")).to_contain_text(title)
    expect(page).to_have_title(re.compile(re.escape(title)))
    points = page.locator("article p[id]")
    assert points.count() >= 2, "the article shows fewer than two paragraphs"
    expect(points.first).to_be_visible()
    assert len(points.first.inner_text()) > 40
    # Search too: the worker loads Pagefind and the index chunks for the query.
    page.locator(".md-search__input").click()
    page.keyboard.type("fan economy", delay=30)
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    page.wait_for_load_state("networkidle")

    assert any("/pagefind/" in url for url in requests_seen), requests_seen
    foreign = [url for url in requests_seen if not _is_local(url, server)]
    assert not foreign, "requests to other hosts:\n" + "\n".join(foreign)


# --- b, c. search ---------------------------------------------------------------------------------

def test_search_finds_an_article(page: Page, server: str):
    page.goto(server + "/")
    results = search(page, "consumption upgrade")
    assert any(path.startswith("/articles/") and "consumption upgrade" in title.lower()
               for title, path in results), results


def test_search_handles_hyphenated_words(page: Page, server: str):
    page.goto(server + "/")
    results = search(page, "e-commerce")
    assert any("e-commerce" in title.lower() for title, _ in results), results


def test_concept_search_puts_the_concept_page_first(page: Page, server: str):
    page.goto(server + "/")
    results = search(page, "fan economy")
    assert results[0] == ("Fan economy", "/concepts/fan-economy/"), results


def test_concept_search_finds_the_concept_by_alias(page: Page, server: str):
    page.goto(server + "/")
    results = search(page, "fans economy")
    assert ("Fan economy", "/concepts/fan-economy/") in results, results
    print("'fans economy' -> Fan economy at position",
          results.index(("Fan economy", "/concepts/fan-economy/")) + 1)


def _concept_names() -> list[tuple[str, str]]:
    """(name, concept page path) for every label and alias in the taxonomy."""
    import yaml
    data = yaml.safe_load((Path(__file__).resolve().parent.parent / "editorial" / "concepts.yml")
                          .read_text(encoding="utf-8"))
    return [(name, f"/concepts/{c['id']}/") for c in data["concepts"]
            for name in [c["label"], *(c.get("aliases") or [])]]


def test_every_concept_label_and_alias_puts_its_concept_page_first(page: Page, server: str):
    page.goto(server + "/")
    expect(page.locator(".md-search-result__meta")).not_to_have_text(re.compile("initializing", re.I))
    box = page.locator(".md-search__input")
    box.click()
    wrong = []
    for name, path in _concept_names():
        box.fill("")
        page.keyboard.type(name)
        try:
            page.wait_for_function(
                """path => {
                     const first = document.querySelector(
                       '.md-search-result__list > .md-search-result__item > a.md-search-result__link');
                     return first && new URL(first.href).pathname === path;
                   }""", arg=path, timeout=4_000, polling=50)
        except Exception:
            first = page.locator(".md-search-result__list > .md-search-result__item > a").first
            wrong.append(f"{name!r}: first result {first.get_attribute('href') if first.count() else None}")
    assert not wrong, "searches whose first result is not the concept page:\n" + "\n".join(wrong)


# --- d. point permalinks --------------------------------------------------------------------------

# The points of an article: paragraphs and list items from the title to the related articles or
# the closing rule, minus the "Concepts:" line. A list item followed by more paragraphs has
# its id on its first paragraph.
POINTS_JS = """() => {
  const article = document.querySelector('article.md-content__inner');
  const start = article.querySelector('h1');
  const end = article.querySelector('#kb-related, hr');
  const after = (a, b) => a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING;
  return [...article.querySelectorAll('p, li')]
    .filter(e => after(start, e) && (!end || after(e, end)))
    .filter(e => !(e.tagName === 'LI' && e.querySelector(':scope > p')))
    .filter(e => !(e.firstElementChild && e.firstElementChild.tagName === 'STRONG'
                   && e.firstElementChild.textContent.trim() === 'Concepts:'))
    .map(e => ({tag: e.tagName, id: e.id, text: e.textContent.slice(0, 60),
                links: [...e.querySelectorAll(':scope > a.kb-permalink')]
                         .map(a => a.getAttribute('href'))}));
}"""


def test_every_point_has_a_permalink_and_a_shared_link_highlights_it(
        page: Page, server: str, article_paths: list[str]):
    longest: tuple[str, list[dict]] = ("", [])
    problems = []
    for path in article_paths:
        page.goto(server + path)
        points = page.evaluate(POINTS_JS)
        assert points, f"{path}: no points found"
        for point in points:
            if not point["id"] or point["links"] != [f"#{point['id']}"]:
                problems.append(f"{path}: {point}")
        if len(points) > len(longest[1]):
            longest = (path, points)
    assert not problems, "points without id or permalink:\n" + "\n".join(problems)

    path, points = longest
    target = points[len(points) // 2]["id"]
    other = next(p["id"] for p in points if p["tag"] == "P" and p["id"] != target)
    shared = page.context.new_page()  # a fresh page opened from the shared link
    shared.goto(f"{server}{path}#{target}")
    element = shared.locator(f"[id='{target}']")
    expect(element).to_be_in_viewport()
    style = """e => { const s = getComputedStyle(e);
                      return {bg: s.backgroundColor, outline: s.outlineStyle + ' ' + s.outlineColor,
                              top: e.getBoundingClientRect().top,
                              link: getComputedStyle(e.querySelector('.kb-permalink')).opacity}; }"""
    targeted = element.evaluate(style)
    plain = shared.locator(f"[id='{other}']").evaluate(style)
    assert (targeted["bg"], targeted["outline"]) != (plain["bg"], plain["outline"]), (targeted, plain)
    header = shared.locator(".md-header").bounding_box()
    assert targeted["top"] >= header["y"] + header["height"] - 1, "the point is under the header"
    # The permalink fades in (a short CSS transition): wait for it to finish.
    expect(element.locator(":scope > .kb-permalink")).to_have_css("opacity", "1")


# --- e. accessibility -----------------------------------------------------------------------------

@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_pages_have_no_axe_violations(browser: Browser, server: str, article_paths: list[str],
                                      scheme: str):
    seen: list[str] = []
    context = _new_context(browser, server, seen, color_scheme=scheme)
    page = context.new_page()
    reports = []
    try:
        for path in ("/", article_paths[0], "/concepts/fan-economy/", "/tags/", "/no-such-page/"):
            page.goto(server + path)
            expect(page.locator("body")).to_have_attribute(
                "data-md-color-scheme", "slate" if scheme == "dark" else "default")
            reports.append(axe_report(page))
    finally:
        context.close()
    assert not any(reports), "\n".join(r for r in reports if r)


# --- f. 404 ---------------------------------------------------------------------------------------

def test_missing_page_gets_a_useful_404(page: Page, server: str):
    response = page.goto(server + "/concepts/fan-economy-page/")
    assert response.status == 404
    expect(page.locator("article h1")).to_have_text("Page not found")
    expect(page).to_have_title(re.compile("^Page not found"))
    content = page.locator("article")
    for name, href in (("Home page", "/"), ("All articles", "/articles/"),
                       ("All concepts", "/concepts/")):
        expect(content.get_by_role("link", name=name)).to_have_attribute("href", href)

    content.get_by_role("link", name="All concepts").click()
    expect(page.locator("article h1")).to_contain_text("Concepts")
    page.go_back()

    # The search form is filled in from the missing address, and searching shows results.
    box = page.get_by_role("searchbox", name="Search the knowledge base")
    expect(box).to_have_value("fan economy page")
    box.fill("fan economy")
    page.get_by_role("button", name="Search", exact=True).click()
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    first = page.locator(".md-search-result__item > a h1").first
    expect(first).to_have_text("Fan economy")


# --- g. colour scheme toggle ----------------------------------------------------------------------

def test_palette_toggle_switches_and_remembers_the_scheme(page: Page, server: str):
    page.goto(server + "/")
    body = page.locator("body")
    expect(body).to_have_attribute("data-md-color-scheme", "default")
    background = body.evaluate("e => getComputedStyle(e).backgroundColor")

    page.get_by_title("Switch to dark mode").click()
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    assert body.evaluate("e => getComputedStyle(e).backgroundColor") != background

    page.reload()
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    page.get_by_title("Switch to light mode").click()
    expect(body).to_have_attribute("data-md-color-scheme", "default")


# --- 3. the built HTML references nothing on another host -----------------------------------------

FETCHING = {"link": ("href",), "script": ("src",), "img": ("src", "srcset"),
            "source": ("src", "srcset"), "iframe": ("src",), "video": ("src", "poster"),
            "audio": ("src",), "embed": ("src",), "object": ("data",), "track": ("src",)}
REMOTE = re.compile(r"^\s*(?:https?:)?//", re.I)
CSS_URL = re.compile(r"""url\(\s*['"]?((?:https?:)?//[^'")\s]+)|@import\s+['"]((?:https?:)?//[^'"]+)""",
                     re.I)


class _Remote(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "link" and (values.get("rel") or "").lower() in ("canonical", "alternate"):
            return  # not fetched by the browser
        for name in FETCHING.get(tag, ()):
            for url in re.split(r",\s*", values.get(name) or ""):
                if REMOTE.match(url):
                    self.found.append(f"<{tag} {name}={url.strip()}>")
        if "url(" in (values.get("style") or ""):
            self.found.extend(m.group(1) for m in CSS_URL.finditer(values["style"]) if m.group(1))


def test_built_pages_reference_no_other_host(built: Built):
    pages = sorted(built.site.rglob("*.html"))
    assert len(pages) > 5
    problems = []
    for html in pages:
        parser = _Remote()
        parser.feed(html.read_text(encoding="utf-8"))
        problems += [f"{html.relative_to(built.site)}: {found}" for found in parser.found]
    for css in built.site.rglob("*.css"):
        for match in CSS_URL.finditer(css.read_text(encoding="utf-8")):
            problems.append(f"{css.relative_to(built.site)}: {match.group(1) or match.group(2)}")
    assert not problems, "\n".join(problems)
