"""Whole builds: pipeline + `mkdocs build --strict` in a temporary copy of the project.

(a) the seed articles; (b) a folder of bad and unusual inputs; (c) rebuilds are idempotent,
incremental and clean up after deleted articles. One build per fixture, shared by its tests.
"""
from __future__ import annotations

import gzip
import posixpath
import random
import re
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

import _paths  # noqa: F401
import sitebuild
from _support import P1, P2, P3, P4, front_matter, page_for_source, parse_html, squeeze

# ---------------------------------------------------------------------------------------------
# (a) the seed articles
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> sitebuild.Built:
    return sitebuild.build(tmp_path_factory.mktemp("seeds"))


def article_pages(docs: Path) -> list[Path]:
    return [p for p in sorted((docs / "articles").glob("*.md")) if p.name != "index.md"]


def test_seed_articles_build_with_mkdocs_strict(seeds: sitebuild.Built) -> None:
    assert seeds.pipeline.returncode == 0, seeds.pipeline.stderr
    assert seeds.pipeline.stderr == ""
    assert seeds.mkdocs is not None and seeds.mkdocs.returncode == 0, seeds.mkdocs.stderr
    assert "WARNING" not in seeds.mkdocs.stderr
    assert len(article_pages(seeds.docs)) == len(list(sitebuild.SEEDS.glob("*.txt")))


def test_every_seed_page_has_title_description_tags_and_source(seeds: sitebuild.Built) -> None:
    seen_titles = set()
    for page in article_pages(seeds.docs):
        meta = front_matter(page.read_text(encoding="utf-8"))
        assert isinstance(meta["title"], str) and meta["title"].strip(), page
        assert isinstance(meta["description"], str) and len(meta["description"]) >= 40, page
        assert isinstance(meta["tags"], list) and meta["tags"], page
        assert all(isinstance(t, str) and t for t in meta["tags"]), page
        assert (sitebuild.SEEDS / meta["source"]).is_file(), page
        seen_titles.add(meta["title"])
    assert len(seen_titles) == len(article_pages(seeds.docs))


def test_every_seed_page_html_carries_title_and_meta_description(seeds: sitebuild.Built) -> None:
    for page in article_pages(seeds.docs):
        meta = front_matter(page.read_text(encoding="utf-8"))
        html = (seeds.site / "articles" / page.stem / "index.html").read_text(encoding="utf-8")
        parsed = parse_html(html)
        assert parsed.title.startswith(meta["title"]), page
        descriptions = [e.attrs.get("content") for e in parsed.elements
                        if e.tag == "meta" and e.attrs.get("name") == "description"]
        assert descriptions == [meta["description"]], page


# Markup that was escaped twice or not rendered: never typed by an author of the seeds.
MARKUP_LEFTOVERS = re.compile(r"&#\d+;|&amp;|&lt;|&gt;|\{ ?[#:.]|\]\(|\*\*|\\[\\`*_]|^#|^\d+\\\.")


def test_every_seed_page_has_readable_paragraphs(seeds: sitebuild.Built) -> None:
    for page in article_pages(seeds.docs):
        source = (sitebuild.SEEDS / front_matter(page.read_text(encoding="utf-8"))["source"])
        original = source.read_text(encoding="utf-8")
        html = (seeds.site / "articles" / page.stem / "index.html").read_text(encoding="utf-8")
        parsed = parse_html(html)
        points = {k: squeeze(v).rstrip("¶").strip() for k, v in parsed.by_id.items() if "--" in k}
        assert len(points) >= 5, page
        long_ones = [t for t in points.values() if len(t.split()) >= 12]
        assert len(long_ones) >= 3, page
        for point_id, text in points.items():
            assert text, f"{page.name}#{point_id} is empty"
            leftovers = [m.group() for m in MARKUP_LEFTOVERS.finditer(text)
                         if m.group() not in original]   # "***" typed by the author is fine
            assert not leftovers, f"{page.name}#{point_id}: {leftovers} in {text[:120]}"


def test_every_seed_point_shows_exactly_the_structured_text(seeds: sitebuild.Built) -> None:
    # The same stages as scripts/build_kb.py, in-process, to know what each point should say.
    from kb.clean import clean, repeated_edge_sentences
    from kb.editorial import load_editorial
    from kb.read import read_articles
    from kb.structure import assign_slugs, build_article
    editorial = load_editorial(seeds.project / "editorial")
    raws, _ = read_articles(seeds.project / "articles")
    repeated = repeated_edge_sentences(raws)
    articles = assign_slugs([build_article(r, clean(r, editorial, repeated),
                                           editorial.titles.get(r.source)) for r in raws])
    for article in articles:
        html = (seeds.site / "articles" / article.slug / "index.html").read_text(encoding="utf-8")
        shown = parse_html(html).by_id
        for section in article.sections:
            if section.heading:
                assert squeeze(shown[section.id]).rstrip("¶").strip() == squeeze(section.heading)
            for point in section.points:
                text = squeeze(shown[point.id]).rstrip("¶").strip()
                assert text == squeeze(point.text), f"{article.slug}#{point.id}"


def test_every_seed_point_has_a_working_permalink(seeds: sitebuild.Built) -> None:
    for page in article_pages(seeds.docs):
        html = (seeds.site / "articles" / page.stem / "index.html").read_text(encoding="utf-8")
        parsed = parse_html(html)
        ids = {e.attrs["id"] for e in parsed.elements if e.attrs.get("id")}
        links = [e.attrs["href"][1:] for e in parsed.elements
                 if e.tag == "a" and "kb-permalink" in (e.attrs.get("class") or "")]
        assert links and set(links) <= ids, page


def broken_links(site: Path) -> list[str]:
    """Every link between pages of the site (page, and #point) that leads nowhere. MkDocs
    checks the Markdown links; this also covers those render.py writes as raw HTML."""
    pages = {html.relative_to(site).as_posix(): parse_html(html.read_text(encoding="utf-8"))
             for html in sorted(site.rglob("*.html"))}
    ids = {name: {e.attrs["id"] for e in page.elements if e.attrs.get("id")}
           for name, page in pages.items()}
    broken = []
    for name, page in pages.items():
        if name == "404.html":         # served at any depth: its links are absolute on purpose
            continue
        for element in page.elements:
            link = element.attrs.get("href") if element.tag == "a" else None
            if not link or re.match(r"[a-z]+:|//", link) or link.startswith("?"):
                continue
            path, _, anchor = link.partition("#")
            target = posixpath.normpath(posixpath.join(posixpath.dirname(name), path)) \
                if path else name
            if target.startswith(".."):
                broken.append(f"{name}: {link} leaves the site")
                continue
            if not (site / target).is_file():
                target = posixpath.join(target, "index.html").removeprefix("./")
            if not (site / target).is_file():
                broken.append(f"{name}: {link} (no {target})")
            elif anchor and target in ids and anchor not in ids[target]:
                broken.append(f"{name}: {link} (no #{anchor} in {target})")
    return broken


def test_every_link_and_anchor_between_seed_pages_leads_somewhere(seeds: sitebuild.Built) -> None:
    assert not broken_links(seeds.site), "\n".join(broken_links(seeds.site)[:20])


def test_concept_pages_link_every_mention_to_its_point(seeds: sitebuild.Built) -> None:
    page = parse_html((seeds.site / "concepts" / "fan-economy" / "index.html")
                      .read_text(encoding="utf-8"))
    deep = [e.attrs["href"] for e in page.elements
            if e.tag == "a" and "/articles/" in (e.attrs.get("href") or "") and "#" in e.attrs["href"]]
    assert len(deep) == int(re.search(r"\((\d+)\)", page.by_id["kb-mentions"]).group(1)) > 0


def test_seed_tags_are_listed_on_the_tags_page(seeds: sitebuild.Built) -> None:
    tags_page = parse_html((seeds.site / "tags" / "index.html").read_text(encoding="utf-8"))
    for page in article_pages(seeds.docs):
        for tag in front_matter(page.read_text(encoding="utf-8"))["tags"]:
            assert tag in tags_page.article_text, (page.name, tag)


# ---------------------------------------------------------------------------------------------
# (b) bad and unusual inputs
# ---------------------------------------------------------------------------------------------

ZH_LINES = ["电子商务的核心是用户体验。消费升级让品牌建设变得更加重要。",
            "商家必须提高产品质量和售后服务水平，才能赢得回头客。"]
VOCAB = ("seller buyer store traffic brand product quality service price market platform "
         "customer order delivery trust experience upgrade channel content fan data").split()


def _body(tag: str) -> str:
    return "\n".join(f"{p[:-1]} ({tag})." for p in (P1, P2, P3)) + "\n"


def _varied_sentences(rng: random.Random, count: int) -> list[str]:
    return [" ".join(rng.choice(VOCAB) for _ in range(rng.randint(8, 18))).capitalize() + "."
            for _ in range(count)]


SKIPPED = {"empty.txt": "empty", "blank.txt": "whitespace", "binary.txt": "binary",
           "dup_copy.txt": "exact duplicate of dup.txt",
           "gbk_as_utf8.txt": "exact duplicate of gbk.txt"}


def make_odd_inputs(folder: Path) -> None:
    folder.mkdir(parents=True)
    rng = random.Random(20240501)
    (folder / "bom.txt").write_bytes(b"\xef\xbb\xbf" + ("Why Brand Trust Matters Online\n"
                                                        + _body("bom")).encode("utf-8"))
    (folder / "crlf.txt").write_bytes(("Logistics Lessons From Singles Day\n" + _body("crlf"))
                                      .replace("\n", "\r\n").encode("utf-8"))
    (folder / "gbk.txt").write_bytes("\n".join(ZH_LINES).encode("gbk") + b"\n")
    (folder / "gbk_as_utf8.txt").write_bytes("\n".join(ZH_LINES).encode("utf-8") + b"\r\n")
    lines, size = [], 0
    while size < 5 * 2**20:
        line = " ".join(_varied_sentences(rng, 5))
        lines.append(line)
        size += len(line) + 1
    (folder / "big.txt").write_text("Five Megabytes Of Advice For Sellers\n" + "\n".join(lines)
                                    + "\n", encoding="utf-8")
    long_line = ""
    while len(long_line) < 200 * 1024:
        long_line += " ".join(_varied_sentences(rng, 50)) + " "
    (folder / "longline.txt").write_text(long_line.strip(), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b"  \n\t\n   \r\n")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n"
                                        + bytes(rng.randrange(256) for _ in range(3000)))
    (folder / "name with spaces.txt").write_text("Selling Through Live Streams\n"
                                                 + _body("spaces"), encoding="utf-8")
    (folder / "中文文件名.txt").write_text("Community Group Buying Explained\n"
                                        + _body("chinese name"), encoding="utf-8")
    (folder / "same1.txt").write_text("The Same Title Twice\n" + _body("same one"),
                                      encoding="utf-8")
    (folder / "same2.txt").write_text("The Same Title Twice\n" + _body("same two"),
                                      encoding="utf-8")
    (folder / "dup.txt").write_text("An Original Article On Pricing\n" + _body("dup"),
                                    encoding="utf-8")
    (folder / "dup_copy.txt").write_text("An Original Article On Pricing\n" + _body("dup"),
                                         encoding="utf-8")
    (folder / "inject.txt").write_text(
        "What <Script>Alert(1)</Script> Means For Sellers\n"
        "Some sellers paste <script>alert(1)</script> and <img src=x onerror=alert(1)> into "
        "their product pages without knowing what it does.\n"
        "A link written as [x](javascript:alert(1)) should never become something a customer "
        f"can click on.\n{P4}\n", encoding="utf-8")


@pytest.fixture(scope="module")
def odd(tmp_path_factory: pytest.TempPathFactory) -> sitebuild.Built:
    root = tmp_path_factory.mktemp("odd")
    make_odd_inputs(root / "articles")
    return sitebuild.build(root, root / "articles")


def odd_html(odd: sitebuild.Built, source: str) -> str:
    page = page_for_source(odd.docs, source)
    return (odd.site / "articles" / page.stem / "index.html").read_text(encoding="utf-8")


def test_odd_inputs_build_with_exit_zero(odd: sitebuild.Built) -> None:
    assert odd.pipeline.returncode == 0, odd.pipeline.stderr
    assert odd.mkdocs is not None and odd.mkdocs.returncode == 0, odd.mkdocs.stderr


def test_each_skipped_file_gets_one_stderr_line_naming_it_and_the_reason(odd: sitebuild.Built) -> None:
    lines = [ln for ln in odd.pipeline.stderr.splitlines() if ln.strip()]
    for name, reason in SKIPPED.items():
        mine = [ln for ln in lines if name in ln.split(":", 1)[0]]
        assert len(mine) == 1, (name, lines)
        assert reason in mine[0], mine[0]
    assert len(lines) == len(SKIPPED), lines


def test_duplicates_are_reported_and_not_built(odd: sitebuild.Built) -> None:
    assert "skipped dup_copy.txt: exact duplicate of dup.txt" in odd.pipeline.stderr
    sources = [front_matter(p.read_text(encoding="utf-8"))["source"]
               for p in article_pages(odd.docs)]
    assert "dup.txt" in sources and "dup_copy.txt" not in sources
    assert sorted(sources) == sorted({p.name for p in (odd.project / "articles").glob("*.txt")}
                                     - SKIPPED.keys())


def test_skipped_inputs_are_listed_on_the_cleaning_report(odd: sitebuild.Built) -> None:
    report = parse_html((odd.site / "report" / "index.html").read_text(encoding="utf-8"))
    text = squeeze(report.article_text)
    for name, reason in SKIPPED.items():
        assert name in text, name
        assert reason in text, reason


def test_articles_with_the_same_title_get_distinct_urls_and_titles(odd: sitebuild.Built) -> None:
    pages = [page_for_source(odd.docs, s) for s in ("same1.txt", "same2.txt")]
    assert pages[0] != pages[1]
    titles = [front_matter(p.read_text(encoding="utf-8"))["title"] for p in pages]
    assert titles[0] != titles[1]
    for page, tag in zip(pages, ("same one", "same two")):
        html = (odd.site / "articles" / page.stem / "index.html").read_text(encoding="utf-8")
        assert f"({tag})" in html


def test_chinese_text_appears_correctly_in_html(odd: sitebuild.Built) -> None:
    text = squeeze(parse_html(odd_html(odd, "gbk.txt")).article_text)
    for line in ZH_LINES:
        assert line in text
    assert "Source file: gbk.txt (gb18030)" in text


def test_file_names_with_spaces_and_chinese_characters_build(odd: sitebuild.Built) -> None:
    for source, title in (("name with spaces.txt", "Selling Through Live Streams"),
                          ("中文文件名.txt", "Community Group Buying Explained")):
        parsed = parse_html(odd_html(odd, source))
        assert parsed.title.startswith(title)
        assert f"Source file: {source}" in squeeze(parsed.article_text)


def test_bom_and_crlf_leave_no_trace_in_the_pages(odd: sitebuild.Built) -> None:
    for source, title in (("bom.txt", "Why Brand Trust Matters Online"),
                          ("crlf.txt", "Logistics Lessons From Singles Day")):
        page = page_for_source(odd.docs, source)
        markdown = page.read_text(encoding="utf-8")
        assert front_matter(markdown)["title"] == title
        assert "\ufeff" not in markdown and "\r" not in markdown
        assert P1[:-1] in squeeze(parse_html(odd_html(odd, source)).article_text)


def test_five_megabyte_article_and_200_kb_line_become_readable_pages(odd: sitebuild.Built) -> None:
    big = parse_html(odd_html(odd, "big.txt"))
    assert len([k for k in big.by_id if "--" in k]) > 1000
    long_line = parse_html(odd_html(odd, "longline.txt"))
    points = [v for k, v in long_line.by_id.items() if "--" in k]
    assert points and sum(len(p) for p in points) > 150 * 1024


def test_injection_article_in_the_odd_folder_is_inert(odd: sitebuild.Built) -> None:
    parsed = parse_html(odd_html(odd, "inject.txt"))
    assert not [e for e in parsed.elements if any(a.startswith("on") for a in e.attrs)]
    assert not [e for e in parsed.elements
                if (e.attrs.get("href") or "").lower().startswith("javascript:")]
    assert "<script>alert(1)</script>" in parsed.article_text


# ---------------------------------------------------------------------------------------------
# (c) rebuilds
# ---------------------------------------------------------------------------------------------


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


def mtimes(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns for p in sorted(folder.rglob("*"))
            if p.is_file()}


def tmp_files(folder: Path) -> list[str]:
    return [str(p) for p in folder.rglob(".tmp-*")]


@dataclass
class Rebuilds:
    first: sitebuild.Built
    docs1: dict[str, bytes]
    site1: dict[str, bytes]
    mtimes1: dict[str, int]
    pipeline2_stdout: str
    docs2: dict[str, bytes]
    mtimes2: dict[str, int]
    site2: dict[str, bytes]
    tmp_after_builds: list[str]
    deleted_slug: str
    deleted_source: str
    after_delete: sitebuild.Built


@pytest.fixture(scope="module")
def rebuilds(tmp_path_factory: pytest.TempPathFactory) -> Rebuilds:
    first = sitebuild.build(tmp_path_factory.mktemp("rebuild"))
    assert first.pipeline.returncode == 0 and first.mkdocs and first.mkdocs.returncode == 0
    docs1, site1, mtimes1 = snapshot(first.docs), snapshot(first.site), mtimes(first.docs)
    time.sleep(0.05)
    second_pipeline = sitebuild.run_pipeline(first.project)
    assert second_pipeline.returncode == 0, second_pipeline.stderr
    docs2, mtimes2 = snapshot(first.docs), mtimes(first.docs)
    second_mkdocs = sitebuild.run_mkdocs(first.project)
    assert second_mkdocs.returncode == 0, second_mkdocs.stderr
    assert sitebuild.run_pagefind(first.project).returncode == 0   # as `make site` does
    site2 = snapshot(first.site)
    leftovers = tmp_files(first.docs)

    victim = sorted((first.project / "articles").glob("*.txt"))[-1]
    slug = page_for_source(first.docs, victim.name).stem
    victim.unlink()
    pipeline3 = sitebuild.run_pipeline(first.project)
    mkdocs3 = sitebuild.run_mkdocs(first.project) if pipeline3.returncode == 0 else None
    after = sitebuild.Built(first.project, first.docs, first.site, pipeline3, mkdocs3)
    return Rebuilds(first, docs1, site1, mtimes1, second_pipeline.stdout, docs2, mtimes2, site2,
                    leftovers + tmp_files(first.docs), slug, victim.name, after)


def _diff(a: dict[str, bytes], b: dict[str, bytes]) -> list[str]:
    return sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))


def test_second_pipeline_run_gives_byte_identical_docs(rebuilds: Rebuilds) -> None:
    assert _diff(rebuilds.docs1, rebuilds.docs2) == []


def test_second_pipeline_run_rewrites_no_unchanged_file(rebuilds: Rebuilds) -> None:
    changed = [k for k in rebuilds.mtimes1 if rebuilds.mtimes1[k] != rebuilds.mtimes2.get(k)]
    assert changed == []
    assert "wrote 0 files" in rebuilds.pipeline2_stdout
    assert "removed 0" in rebuilds.pipeline2_stdout


def test_second_mkdocs_build_gives_byte_identical_site(rebuilds: Rebuilds) -> None:
    # MkDocs stamps sitemap.xml(.gz) with the build date unless SOURCE_DATE_EPOCH is set
    # (sitebuild.run_mkdocs sets it). Everything is compared here, the sitemap included.
    differing = _diff(rebuilds.site1, rebuilds.site2)
    assert differing == [], f"differ between two builds: {differing}"


def test_sitemap_differs_only_in_its_date_if_at_all(rebuilds: Rebuilds) -> None:
    first = gzip.decompress(rebuilds.site1["sitemap.xml.gz"])
    second = gzip.decompress(rebuilds.site2["sitemap.xml.gz"])
    strip = re.compile(rb"<lastmod>[^<]*</lastmod>")
    assert strip.sub(b"", first) == strip.sub(b"", second)


def test_no_temporary_files_are_left_in_docs(rebuilds: Rebuilds) -> None:
    assert rebuilds.tmp_after_builds == []
    assert not [k for k in rebuilds.docs1 if Path(k).name.startswith(".tmp-")]


def test_deleting_an_article_removes_its_pages_on_rebuild(rebuilds: Rebuilds) -> None:
    after = rebuilds.after_delete
    assert after.pipeline.returncode == 0, after.pipeline.stderr
    removed_count = re.search(r"removed (\d+)", after.pipeline.stdout)
    assert removed_count and int(removed_count.group(1)) >= 2, after.pipeline.stdout
    assert after.mkdocs is not None and after.mkdocs.returncode == 0, after.mkdocs.stderr
    slug = rebuilds.deleted_slug
    assert not (after.docs / "articles" / f"{slug}.md").exists()
    assert not (after.docs / "sources" / f"{slug}.txt").exists()
    assert not (after.site / "articles" / slug).exists()
    assert slug not in (after.docs / "index.md").read_text(encoding="utf-8")
    assert slug not in (after.docs / "articles" / "index.md").read_text(encoding="utf-8")
    for page in article_pages(after.docs):
        assert f"({slug}.md)" not in page.read_text(encoding="utf-8"), page
    manifest = (after.docs / ".kb-generated").read_text(encoding="utf-8")
    assert slug not in manifest


def test_deleting_an_article_keeps_hand_written_docs(rebuilds: Rebuilds) -> None:
    docs = rebuilds.after_delete.docs
    assert (docs / "tags.md").is_file()
    assert (docs / "stylesheets" / "extra.css").is_file()


def test_rebuild_after_delete_leaves_no_temporary_files(rebuilds: Rebuilds) -> None:
    assert tmp_files(rebuilds.after_delete.docs) == []


def test_interrupted_write_leaves_no_temporary_file(tmp_path: Path, monkeypatch) -> None:
    from kb import write
    docs = tmp_path / "docs"

    def boom(src: str, dst: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(write.os, "replace", boom)
    with pytest.raises(KeyboardInterrupt):
        write.write_pages(docs, {"articles/a.md": "# A\n"})
    assert tmp_files(docs) == []
    assert not (docs / "articles" / "a.md").exists()


def test_write_pages_touches_only_changed_files_and_removes_stale_ones(tmp_path: Path) -> None:
    from kb.write import write_pages
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "hand.md").write_text("mine\n", encoding="utf-8")
    first = write_pages(docs, {"a.md": "A\n", "sub/b.md": "B\n"})
    assert (first.written, first.unchanged, first.removed) == (2, 0, 0)
    stamp = (docs / "a.md").stat().st_mtime_ns
    time.sleep(0.01)
    second = write_pages(docs, {"a.md": "A\n", "c.md": "C\n"})
    assert (second.written, second.unchanged, second.removed) == (1, 1, 1)
    assert (docs / "a.md").stat().st_mtime_ns == stamp
    assert not (docs / "sub").exists()
    assert (docs / "hand.md").read_text(encoding="utf-8") == "mine\n"


def test_seed_articles_are_not_modified_by_a_build(seeds: sitebuild.Built) -> None:
    for source in sitebuild.SEEDS.glob("*.txt"):
        assert (seeds.project / "articles" / source.name).read_bytes() == source.read_bytes()
