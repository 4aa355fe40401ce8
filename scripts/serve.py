#!/usr/bin/env python3
"""Live preview: `mkdocs serve` on 127.0.0.1:8000 plus a watcher that reruns the pipeline
when an article or an editorial YAML file changes. The pipeline rewrites only the pages
whose bytes change, and `--dirty` makes MkDocs rebuild only those, so an edit shows in the
open browser in about a second even with hundreds of articles."""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_kb  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEBOUNCE_SECONDS = 0.1


class Rebuild(FileSystemEventHandler):
    """Coalesces bursts of file events (editors write temp files) into one pipeline run."""

    def __init__(self, args: list[str]) -> None:
        self.args = args
        self.timer: threading.Timer | None = None
        self.lock = threading.Lock()

    def on_any_event(self, event: FileSystemEvent) -> None:
        path = str(event.src_path)
        if event.is_directory or not path.endswith((".txt", ".yml", ".yaml")):
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
    mkdocs = subprocess.Popen([str(Path(sys.executable).parent / "mkdocs"), "serve", "--dirty",
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
