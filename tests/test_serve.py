"""`make serve`: the live preview shows an edit to an article or to editorial data in the
open browser page within seconds, without restarting anything, and sits idle otherwise.

scripts/serve.py runs for real (the pipeline, then `mkdocs serve --dirty`) in a copy of the
project; Chromium keeps one article page open while the test edits the files.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

import sitebuild
from _support import page_for_source

SOURCE = "000_f2f6e2fb41199a27.txt"
SHOWN_WITHIN_MS = 15_000     # "within a few seconds": typically 1-2 s, slack for a busy CI


@dataclass
class Preview:
    project: Path
    log: Path
    page: Page

    def pipeline_runs(self) -> int:
        return self.log.read_text(encoding="utf-8", errors="replace").count("[serve] pipeline")

    def shows(self, text: str) -> None:
        """Waits until the open page shows text; the live preview reloads it, not the test."""
        self.page.wait_for_function("t => document.body && document.body.innerText.includes(t)",
                                    arg=text, timeout=SHOWN_WITHIN_MS, polling=50)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_served(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert process.poll() is None, f"serve.py exited:\n{log.read_text(errors='replace')}"
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"{url} not served within 120 s:\n{log.read_text(errors='replace')}")


@pytest.fixture(scope="module")
def preview(tmp_path_factory: pytest.TempPathFactory, browser: Browser) -> Iterator[Preview]:
    project = sitebuild.make_project(tmp_path_factory.mktemp("serve"))
    log = project / "serve.log"
    base = f"http://127.0.0.1:{_free_port()}"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "scripts/serve.py", "--addr", base.removeprefix("http://")],
            cwd=project, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONUNBUFFERED": "1"})
    try:
        _wait_until_served(base + "/", process, log)
        slug = page_for_source(project / "docs", SOURCE).stem
        page = browser.new_page()
        page.goto(f"{base}/articles/{slug}/")
        yield Preview(project, log, page)
        page.close()
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def test_an_edited_article_shows_in_the_open_page(preview: Preview) -> None:
    article = preview.project / "articles" / SOURCE
    lines = article.read_text(encoding="utf-8").splitlines()
    added = "Live preview check: the new middle class now buys quality over price."
    article.write_text("\n".join([*lines[:2], added, *lines[2:]]) + "\n", encoding="utf-8")
    preview.shows(added)


def test_an_edited_glossary_shows_in_the_open_page(preview: Preview) -> None:
    corrections = preview.project / "editorial" / "corrections.yml"
    text = corrections.read_text(encoding="utf-8")
    entry = '  - {wrong: cold thinking, right: cool-headed preview thinking, why: "check"}\n'
    assert text.count("\ncorrections:\n") == 1
    corrections.write_text(text.replace("\ncorrections:\n", "\ncorrections:\n" + entry),
                           encoding="utf-8")
    preview.shows("cool-headed preview thinking")


def test_the_preview_is_idle_when_nothing_changes(preview: Preview) -> None:
    # Reading the articles must not count as a change, or the pipeline would rerun forever.
    time.sleep(1.5)
    before = preview.pipeline_runs()
    time.sleep(3)
    assert preview.pipeline_runs() == before, preview.log.read_text(errors="replace")[-2000:]
