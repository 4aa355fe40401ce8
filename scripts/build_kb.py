#!/usr/bin/env python3
"""Build the knowledge base: articles/*.txt -> Markdown pages in docs/ for MkDocs.

    read -> clean -> structure -> tag & link -> render -> write

Usage: python scripts/build_kb.py [--articles DIR] [--docs DIR] [--editorial DIR] [--suggest]
"""
from __future__ import annotations

import argparse
import hashlib
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kb.clean import clean, repeated_edge_sentences  # noqa: E402
from kb.concepts import Matcher, build_matcher  # noqa: E402
from kb.editorial import Editorial, EditorialError, load_editorial  # noqa: E402
from kb.link import link_articles, tag_article  # noqa: E402
from kb.model import Article, ArticleLinks, RawArticle, Site, Skipped  # noqa: E402
from kb.parallel import map_articles  # noqa: E402
from kb.read import read_articles  # noqa: E402
from kb.render import render_site  # noqa: E402
from kb.structure import assign_slugs, build_article  # noqa: E402
from kb.suggest import suggest_phrases  # noqa: E402
from kb.write import write_pages  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
# `make serve` calls main() again on every edit in one process: editorial data whose bytes
# are unchanged is not parsed again, and an article whose text, editorial data and
# cross-article context are unchanged is neither cleaned nor tagged again.
_EDITORIAL: dict[str, tuple[Editorial, Matcher]] = {}
_ARTICLES: dict[tuple[object, ...], Article] = {}
_TAGGED: dict[tuple[object, ...], ArticleLinks] = {}


def editorial_fingerprint(folder: Path) -> str:
    return hashlib.sha256(b"".join(p.read_bytes() for p in sorted(folder.glob("*.yml")))).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--articles", type=Path, default=ROOT / "articles", help="folder of *.txt")
    parser.add_argument("--docs", type=Path, default=ROOT / "docs", help="MkDocs docs folder")
    parser.add_argument("--editorial", type=Path, default=ROOT / "editorial", help="editorial YAML")
    parser.add_argument("--suggest", action="store_true",
                        help="print frequent phrases that are not yet concepts, then stop")
    args = parser.parse_args(argv)
    started = time.perf_counter()

    if not args.articles.is_dir():
        print(f"error: {args.articles}: no such folder of articles", file=sys.stderr)
        return 2
    fingerprint = editorial_fingerprint(args.editorial)
    if fingerprint not in _EDITORIAL:
        try:
            editorial = load_editorial(args.editorial)
        except EditorialError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
        _EDITORIAL.clear()
        _EDITORIAL[fingerprint] = (editorial, build_matcher(editorial.concepts))
    editorial, matcher = _EDITORIAL[fingerprint]

    raws, skipped = read_articles(args.articles)
    raws, duplicates = drop_duplicates(raws)
    skipped += duplicates
    for skip in skipped:
        print(f"skipped {skip.source}: {skip.reason}", file=sys.stderr)

    repeated = repeated_edge_sentences(raws)
    context = (fingerprint, hash(repeated))
    keys = [(raw.source, raw.digest, *context) for raw in raws]

    def prepare(raw: RawArticle) -> Article:
        return build_article(raw, clean(raw, editorial, repeated), editorial.titles.get(raw.source))

    articles = assign_slugs(cached(_ARTICLES, keys, raws,
                                   lambda todo: map_articles(prepare, todo, "cleaning")))

    if args.suggest:
        for phrase, count in suggest_phrases(articles, matcher):
            print(f"{count:6d}  {phrase}")
        return 0

    known = {raw.source for raw in raws} | {skip.source for skip in skipped}
    for source, edit in sorted(editorial.tag_edits.items()):
        if source not in known:   # a renamed or deleted article: the edit would silently lapse
            print(f"warning: {args.editorial / 'tags.yml'}:{edit.line}: no article {source!r} "
                  f"in {args.articles}", file=sys.stderr)
    tag = partial(tag_article, matcher=matcher, tag_edits=editorial.tag_edits,
                  profiles=editorial.profiles)
    tagged = cached(_TAGGED, [(key, a.slug) for key, a in zip(keys, articles)], articles,
                    lambda todo: map_articles(tag, todo, "tagging"))
    links = link_articles({a.slug: t for a, t in zip(articles, tagged)})
    site = Site(articles=tuple(articles), links=links,
                concepts=editorial.concepts, categories=editorial.categories,
                skipped=tuple(skipped))
    result = write_pages(args.docs, render_site(site))
    elapsed = time.perf_counter() - started
    print(f"built {len(articles)} articles, skipped {len(skipped)}, "
          f"{len(editorial.concepts)} concepts; wrote {result.written} "
          f"file{'' if result.written == 1 else 's'}, "
          f"{result.unchanged} unchanged, removed {result.removed}; {elapsed:.2f} s")
    for skip in skipped:
        print(f"  skipped {skip.source}: {skip.reason}")
    return 0


K = TypeVar("K")
I = TypeVar("I")
V = TypeVar("V")


def cached(cache: dict[K, V], keys: list[K], items: list[I],
           compute: Callable[[list[I]], list[V]]) -> list[V]:
    """The value of each item, computing (in one call) only those whose key is not in cache.
    Keys not asked for are forgotten, so a long `make serve` session does not grow."""
    missing = [(key, item) for key, item in zip(keys, items) if key not in cache]
    cache.update(zip([key for key, _ in missing], compute([item for _, item in missing])))
    for stale in cache.keys() - set(keys):
        del cache[stale]
    return [cache[key] for key in keys]


def drop_duplicates(raws: list[RawArticle]) -> tuple[list[RawArticle], list[Skipped]]:
    """An exact copy of an earlier file (same text after decoding) is reported, not built."""
    first: dict[str, str] = {}
    kept, skipped = [], []
    for raw in raws:
        if raw.digest in first:
            skipped.append(Skipped(raw.source, f"exact duplicate of {first[raw.digest]}"))
        else:
            first[raw.digest] = raw.source
            kept.append(raw)
    return kept, skipped


if __name__ == "__main__":
    sys.exit(main())
