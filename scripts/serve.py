#!/usr/bin/env python3
"""Live preview: `mkdocs serve` on 127.0.0.1:8000 plus a watcher that reruns the pipeline
when an article or an editorial YAML file changes. The pipeline rewrites only the pages
whose bytes change (articles and editorial data that did not change are reused from the
previous run), and `--dirty` makes MkDocs rebuild only those pages, so an edit shows in the
open browser within about 2 s with hundreds of articles (`scripts/bench.py` measures it)."""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from watchdog.events import (EVENT_TYPE_CLOSED, EVENT_TYPE_CREATED, EVENT_TYPE_DELETED,
                             EVENT_TYPE_MODIFIED, EVENT_TYPE_MOVED, FileSystemEvent,
                             FileSystemEventHandler)
from watchdog.observers import Observer

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_kb  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEBOUNCE_SECONDS = 0.1
CHANGES = {EVENT_TYPE_CREATED, EVENT_TYPE_MODIFIED, EVENT_TYPE_DELETED, EVENT_TYPE_MOVED,
           EVENT_TYPE_CLOSED}   # closed after writing (not EVENT_TYPE_CLOSED_NO_WRITE)
# `mkdocs serve`, but its live-reload server looks for changed files in docs/ every 0.2 s
# instead of 0.5 s, a default its command line does not expose; on average an edit shows
# 0.15 s sooner. Each look stats every file in docs/, so much shorter would cost CPU at
# thousands of pages. MkDocs is pinned at 1.6.1, the last 1.x: the default is checked, so a
# different MkDocs fails here loudly rather than being patched blindly.
MKDOCS_SERVE = """
import sys
from mkdocs.__main__ import cli
from mkdocs.livereload import LiveReloadServer
assert LiveReloadServer.__init__.__defaults__ == ("/", 0.5, 0.25), "not MkDocs 1.6.1"
LiveReloadServer.__init__.__defaults__ = ("/", 0.2, 0.25)
sys.argv[0] = "mkdocs"
cli()
"""


class Rebuild(FileSystemEventHandler):
    """Coalesces bursts of file events (editors write temp files) into one pipeline run."""

    def __init__(self, args: list[str]) -> None:
        self.args = args
        self.timer: threading.Timer | None = None
        self.lock = threading.Lock()

    def on_any_event(self, event: FileSystemEvent) -> None:
        # Only changes: watchdog also reports files being opened and closed, and the pipeline
        # opens every article, so reacting to those would rerun it forever.
        if event.event_type not in CHANGES or event.is_directory:
            return
        paths = (str(event.src_path), str(getattr(event, "dest_path", "") or ""))
        if not any(path.endswith((".txt", ".yml", ".yaml")) for path in paths):
            return
        with self.lock:
            if self.timer:
                self.timer.cancel()
            self.timer = threading.Timer(DEBOUNCE_SECONDS, self.run)
            self.timer.start()

    def run(self) -> None:
        started = time.perf_counter()
        status = build_kb.main(self.args)
        outcome = "ok" if status == 0 else f"failed (exit {status}); fix the file named above"
        print(f"[serve] pipeline {outcome} in {time.perf_counter() - started:.2f} s", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=Path, default=ROOT / "articles")
    parser.add_argument("--addr", default="127.0.0.1:8000")
    args = parser.parse_args()
    pipeline_args = ["--articles", str(args.articles)]
    if build_kb.main(pipeline_args) != 0:
        return 2
    handler = Rebuild(pipeline_args)
    observer = Observer()
    observer.schedule(handler, str(args.articles), recursive=False)
    observer.schedule(handler, str(ROOT / "editorial"), recursive=False)
    observer.start()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = subprocess.Popen([sys.executable, "-c", MKDOCS_SERVE, "serve", "--dirty",
                               "--dev-addr", args.addr], cwd=ROOT, env=env)
    try:
        return mkdocs.wait()
    except KeyboardInterrupt:
        mkdocs.terminate()
        return 0
    finally:
        observer.stop()
        observer.join()


if __name__ == "__main__":
    sys.exit(main())
