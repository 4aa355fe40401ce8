"""Build a real site in a temporary copy of the project, for tests. No mocks of MkDocs."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "articles"
BIN = Path(sys.executable).parent


@dataclass(frozen=True)
class Built:
    project: Path            # the temporary project copy
    docs: Path
    site: Path
    pipeline: subprocess.CompletedProcess[str]
    mkdocs: subprocess.CompletedProcess[str] | None


def make_project(where: Path, articles: Path | None = None) -> Path:
    """A copy of the project's hand-written parts (config, editorial, overrides, docs)."""
    project = where / "project"
    project.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "pagefind.yml", "scripts", "editorial", "overrides"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, project / name, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, project / name)
    tracked = subprocess.run(["git", "ls-files", "docs"], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout.split()
    for relative in tracked:
        (project / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / relative, project / relative)
    shutil.copytree(articles or SEEDS, project / "articles", dirs_exist_ok=True)
    return project


def run_pipeline(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(project / "scripts" / "build_kb.py"), *args],
                          cwd=project, capture_output=True, text=True)


def run_mkdocs(project: Path) -> subprocess.CompletedProcess[str]:
    # A fixed build time, as the Makefile sets: sitemap.xml(.gz) are otherwise time-stamped.
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}
    return subprocess.run([str(BIN / "mkdocs"), "build", "--strict"], cwd=project,
                          capture_output=True, text=True, env=env)


def run_pagefind(project: Path) -> subprocess.CompletedProcess[str]:
    """The search index, as `make site` builds it after MkDocs."""
    return subprocess.run([sys.executable, "-m", "pagefind_bin"], cwd=project,
                          capture_output=True, text=True)


def build(where: Path, articles: Path | None = None) -> Built:
    project = make_project(where, articles)
    pipeline = run_pipeline(project)
    mkdocs = run_mkdocs(project) if pipeline.returncode == 0 else None
    if mkdocs is not None and mkdocs.returncode == 0:
        index = run_pagefind(project)
        if index.returncode != 0:
            raise RuntimeError(f"pagefind failed: {index.stdout}{index.stderr}")
    return Built(project, project / "docs", project / "site", pipeline, mkdocs)
