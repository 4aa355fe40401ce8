#!/usr/bin/env python3
"""Benchmark: build synthetic corpora of N articles and print one table row per N.

    python scripts/bench.py [--sizes 5,300,1000,3000] [--queries 5] [--serve 300] [--edits 5]
                            [--keep DIR]

The corpus is derived from the real articles in articles/: every synthetic article takes
the lines of one of them, varies the wording (synonyms, numbers, sentence order), adds the
damage cleaning must repair (eaten "trans", machine-translation idioms, broken lines) and
boilerplate it must remove (ad footers, breadcrumbs, link farms), and mentions concepts
under their aliases, so cleaning and tagging do real work. Columns:

  pipeline s   scripts/build_kb.py, wall clock        mkdocs s   mkdocs build --strict
  index s      Pagefind indexing of site/             pipeline %  pipeline / whole build
  peak MB      the largest peak RSS of the three      site MB / KB per article
  index MB     the whole Pagefind index on disk (a query fetches only a few chunks of it)
  search ms    median, over the queries, of last key press -> results of that query shown,
               each on a fresh page in Chromium (fresh context, empty cache)
  fetched MB   median bytes downloaded by that page until the results were shown

Then `make serve` (scripts/serve.py) on a corpus of --serve articles: an article page is open
in Chromium, its source file is edited (a sentence added), and the time from the write to the
reloaded page showing the sentence is printed for each of --edits edits, with the median.
"""
from __future__ import annotations

import argparse
import http.server
import os
import random
import re
import shutil
import signal
import socket
import socketserver
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from functools import partial
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from _support import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from sitebuild import make_project  # noqa: E402

QUERIES = ["fan economy", "consumption upgrade", "supply chain", "wechat business",
           "new retail", "brand building", "cross-border e-commerce"]
SYNONYMS = {
    "important": ["crucial", "essential", "vital", "key"], "products": ["goods", "items",
    "commodities"], "merchants": ["sellers", "store owners", "vendors"], "consumers":
    ["shoppers", "buyers", "customers"], "market": ["marketplace", "sector"], "quality":
    ["grade", "standard"], "users": ["customers", "shoppers"], "develop": ["grow", "build"],
    "many": ["numerous", "plenty of"], "big": ["large", "major"], "new": ["fresh", "novel"],
    "think": ["believe", "consider"], "platform": ["site", "channel"], "improve": ["raise",
    "upgrade"], "future": ["years ahead", "coming period"], "business": ["trade", "commerce"],
}
ADS = [
    "Click to register to apply for the qualification to attend the Laogao e-commerce classroom {n}.",
    "Scan the QR code to follow our public account and get {n} free operation templates!",
    "Reply {n} in the background to receive the full e-commerce operation manual.",
    "Responsible editor: Li {n}",
    "Copyright belongs to the original author {n}; please indicate the source when reprinting.",
]
EATEN = {"transform": "pform", "transition": "pition", "transaction": "paction",
         "transfer": "pfer", "transparent": "pparent", "transport": "pport"}


def _vary(line: str, rng: random.Random) -> str:
    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        options = SYNONYMS.get(word.lower())
        return rng.choice(options) if options and rng.random() < 0.5 else word
    line = re.sub(r"[A-Za-z]+", swap, line)
    line = re.sub(r"\b\d{2,4}\b", lambda m: str(int(m.group(0)) + rng.randint(1, 9)), line)
    parts = re.split(r"(?<=[.!?])\s+", line)
    if len(parts) > 2 and rng.random() < 0.5:
        rng.shuffle(parts)
    return " ".join(parts)


def synthetic_article(index: int, templates: list[list[str]], aliases: list[str],
                      rng: random.Random) -> str:
    lines = [_vary(ln, rng) for ln in templates[index % len(templates)] if ln.strip()]
    # A distinct title line for most, so titles and URLs do not collide.
    if rng.random() < 0.7:
        topic = rng.choice(aliases).title()
        lines.insert(0, f"How {topic} Changes Online Retail: Lesson {index + 1}")
    # Concepts named under their aliases, as unseen sources do.
    for _ in range(rng.randint(3, 6)):
        alias = rng.choice(aliases)
        where = rng.randrange(1, max(2, len(lines)))
        lines.insert(where, f"In case {index}-{where}, the team found that {alias} "
                            f"mattered more than price for {rng.randint(2, 90)}% of buyers.")
    text = "\n".join(lines)
    for word, eaten in EATEN.items():
        text = text.replace(word, eaten) if rng.random() < 0.5 else text
    text = text.replace("e-commerce", "electricity supplier", rng.randint(0, 2))
    head = [f"Current position: Home > Channel {rng.randint(1, 40)} > News"] \
        if rng.random() < 0.4 else []
    tail = [rng.choice(ADS).format(n=rng.randint(1, 10**6))]
    if rng.random() < 0.3:
        tail += ["Related reading"] + [f"- Industry news | Headline number {rng.randint(1, 10**6)} "
                                       f"about cotton prices" for _ in range(rng.randint(3, 8))]
    return "\n".join(head + [text] + tail) + "\n"


def write_corpus(folder: Path, n: int, seed: int = 20261122) -> None:
    rng = random.Random(seed)
    templates = [p.read_text(encoding="utf-8").splitlines() for p in sorted((ROOT / "articles").glob("*.txt"))]
    taxonomy = yaml.safe_load((ROOT / "editorial" / "concepts.yml").read_text(encoding="utf-8"))
    aliases = [name for c in taxonomy["concepts"] for name in [c["label"], *(c.get("aliases") or [])]]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"bench_{i:05d}.txt").write_text(synthetic_article(i, templates, aliases, rng),
                                                  encoding="utf-8")


def timed(command: list[str], cwd: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one child process."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{process.stderr.read().decode()[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def search_latency(site: Path, queries: list[str]) -> tuple[float, float]:
    """Median ms from the last key press to that query's results, and median MB fetched."""
    from playwright.sync_api import sync_playwright
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    times, fetched = [], []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for query in queries:
                context = browser.new_context()
                page = context.new_page()
                sizes: list[int] = []
                page.on("requestfinished", lambda r: sizes.append(r.sizes()["responseBodySize"]))
                page.goto(base, wait_until="load")
                page.click(".md-search__input")
                page.keyboard.type(query[:-1], delay=40)
                started = time.perf_counter()
                page.keyboard.press(query[-1])
                page.wait_for_function(
                    """q => [...document.querySelectorAll('.md-search-result__link')]
                           .some(a => new URL(a.href).searchParams.get('h') === q)""",
                    arg=query, timeout=120_000, polling="raf")
                times.append((time.perf_counter() - started) * 1000)
                fetched.append(sum(sizes) / 2**20)
                context.close()
            browser.close()
    finally:
        server.shutdown()
    return statistics.median(times), statistics.median(fetched)


def _article_of(docs: Path, source: str) -> str:
    for page in sorted((docs / "articles").glob("*.md")):
        if f'source: "{source}"' in page.read_text(encoding="utf-8")[:2000]:
            return page.stem
    raise SystemExit(f"no page for {source}")


def _wait_for(url: str, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise SystemExit(f"{url} did not answer within {seconds:.0f} s")
            time.sleep(0.2)


def serve_latency(project: Path, edits: int) -> list[float]:
    """Seconds from writing an edited article to the open page showing the edit."""
    from playwright.sync_api import sync_playwright
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "scripts/serve.py", "--addr", f"127.0.0.1:{port}"],
                              cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, start_new_session=True)
    sources = sorted((project / "articles").glob("*.txt"))
    source = sources[7 % len(sources)]
    times = []
    try:
        _wait_for(f"http://127.0.0.1:{port}/", 300)   # serve.py has built docs/ and the site
        url = f"http://127.0.0.1:{port}/articles/{_article_of(project / 'docs', source.name)}/"
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page()
            page.goto(url, wait_until="load")
            for edit in range(1, edits + 1):
                time.sleep(1.5)      # let the previous rebuild settle, as between real edits
                marker = f"Serve check {edit}: the supply chain decided the outcome this time."
                lines = source.read_text(encoding="utf-8").splitlines()
                lines.insert(min(3, len(lines)), marker)
                started = time.perf_counter()
                source.write_text("\n".join(lines) + "\n", encoding="utf-8")
                page.wait_for_function("m => document.body && document.body.innerText.includes(m)",
                                       arg=marker, timeout=60_000, polling=20)
                times.append(time.perf_counter() - started)
            browser.close()
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="5,300,1000,3000")
    parser.add_argument("--queries", type=int, default=5, help="how many search queries per N")
    parser.add_argument("--serve", type=int, default=300,
                        help="articles in the `make serve` check (0: skip it)")
    parser.add_argument("--edits", type=int, default=5, help="edits timed in the serve check")
    parser.add_argument("--keep", type=Path, help="keep the corpora and sites here")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="kb-bench-"))
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; work dir {work}")
    header = ("N", "pipeline s", "mkdocs s", "index s", "pipeline %", "peak MB", "site MB",
              "KB/article", "index MB", "search ms", "fetched MB")
    print("| " + " | ".join(header) + " |\n|" + "---|" * len(header), flush=True)
    for n in (int(s) for s in args.sizes.split(",")):
        corpus = work / f"corpus-{n}"
        if not corpus.exists():
            write_corpus(corpus, n)
        project = make_project(work / f"site-{n}", corpus)
        pipeline_s, pipeline_mb = timed([sys.executable, "scripts/build_kb.py"], project)
        mkdocs_s, mkdocs_mb = timed([str(Path(sys.executable).parent / "mkdocs"), "build",
                                     "--strict"], project)
        index_s, index_mb = timed([sys.executable, "-m", "pagefind_bin"], project)
        site = project / "site"
        latency, fetched = search_latency(site, QUERIES[:args.queries])
        total = pipeline_s + mkdocs_s + index_s
        row = (n, f"{pipeline_s:.2f}", f"{mkdocs_s:.2f}", f"{index_s:.2f}",
               f"{100 * pipeline_s / total:.0f}",
               f"{max(pipeline_mb, mkdocs_mb, index_mb):.0f}", f"{folder_bytes(site) / 2**20:.1f}",
               f"{folder_bytes(site) / 1024 / n:.0f}",
               f"{folder_bytes(site / 'pagefind') / 2**20:.2f}", f"{latency:.0f}", f"{fetched:.2f}")
        print("| " + " | ".join(str(c) for c in row) + " |", flush=True)
        if not args.keep:
            shutil.rmtree(work / f"site-{n}")
    if args.serve:
        corpus = work / f"corpus-{args.serve}"
        if not corpus.exists():
            write_corpus(corpus, args.serve)
        project = make_project(work / f"serve-{args.serve}", corpus)
        times = serve_latency(project, args.edits)
        print(f"\nmake serve at {args.serve} articles, edit -> page shows it: "
              + ", ".join(f"{t:.2f}" for t in times) + f" s (median {statistics.median(times):.2f} s)")
        if not args.keep:
            shutil.rmtree(work / f"serve-{args.serve}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
