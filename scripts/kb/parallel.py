"""Per-article stages over all cores: forked workers, results in input order."""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from typing import Any, TypeVar

from .progress import progress

T = TypeVar("T")
V = TypeVar("V")
PARALLEL_FROM = 200   # fewer articles: starting the workers would cost more than it saves

_WORK: Callable[[Any], Any] | None = None   # set just before forking; the workers inherit it


def _run(item: Any) -> Any:
    assert _WORK is not None
    return _WORK(item)


def map_articles(work: Callable[[T], V], items: list[T], label: str) -> list[V]:
    """work(item) for every item, in input order, with progress shown under label. From
    PARALLEL_FROM items on, forked workers share the work: they inherit work and everything
    it refers to (editorial data, loaded word lists), so only items and results are pickled."""
    global _WORK
    cores = len(os.sched_getaffinity(0))
    if len(items) < PARALLEL_FROM or cores < 2:
        return [work(item) for item in progress(items, label)]
    _WORK = work
    try:
        with multiprocessing.get_context("fork").Pool(cores) as pool:
            return list(progress(pool.imap(_run, items, chunksize=8), label, len(items)))
    finally:
        _WORK = None
