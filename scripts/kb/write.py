"""Write stage: generated files into docs/, atomically, touching only what changed.

A manifest (docs/.kb-generated, ignored by MkDocs as a dot file) lists what the last build
wrote, so files of removed articles are deleted and hand-written files are never touched.
"""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

MANIFEST = ".kb-generated"


@dataclass(frozen=True)
class WriteResult:
    written: int
    unchanged: int
    removed: int


def write_pages(docs: Path, pages: dict[str, str]) -> WriteResult:
    previous = _read_manifest(docs)
    written = unchanged = 0
    for relative, content in sorted(pages.items()):
        if write_if_changed(docs / relative, content.encode("utf-8")):
            written += 1
        else:
            unchanged += 1
    removed = 0
    for stale in sorted(previous - pages.keys()):
        path = docs / stale
        if path.is_file():
            path.unlink()
            removed += 1
    _remove_empty_dirs(docs, {Path(p).parent for p in previous - pages.keys()})
    write_if_changed(docs / MANIFEST, "".join(f"{p}\n" for p in sorted(pages)).encode("utf-8"))
    return WriteResult(written, unchanged, removed)


def write_if_changed(path: Path, data: bytes) -> bool:
    """Replace path with data unless it already holds exactly these bytes (its mtime then
    stays, so `mkdocs serve` and incremental tools see no change). The new bytes go to a
    temporary file renamed over the old one: an interrupted build never leaves half a page."""
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def _read_manifest(docs: Path) -> set[str]:
    try:
        return {ln for ln in (docs / MANIFEST).read_text(encoding="utf-8").splitlines() if ln}
    except FileNotFoundError:
        return set()


def _remove_empty_dirs(docs: Path, parents: set[Path]) -> None:
    for parent in sorted(parents, key=lambda p: -len(p.parts)):
        folder = docs / parent
        if folder != docs and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
