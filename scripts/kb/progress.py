"""Progress for long builds: a bar in a terminal, a plain line every so often otherwise."""
from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sized
from typing import TypeVar

from tqdm import tqdm

T = TypeVar("T")
QUIET_BELOW = 50       # small builds finish before a bar is worth drawing
PLAIN_EVERY = 500


def progress(items: Iterable[T], label: str, total: int | None = None) -> Iterator[T]:
    """items, passed through while progress is shown; total is needed when items has no len."""
    if total is None:
        assert isinstance(items, Sized)
        total = len(items)
    if total < QUIET_BELOW:
        yield from items
    elif sys.stderr.isatty():
        yield from tqdm(items, desc=label, unit="article", total=total, leave=False)
    else:
        for done, item in enumerate(items, 1):
            yield item
            if done % PLAIN_EVERY == 0 or done == total:
                print(f"{label}: {done}/{total}", file=sys.stderr)
