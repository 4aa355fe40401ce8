"""Progress for long builds: a bar in a terminal, a plain line every so often otherwise."""
from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from typing import TypeVar

from tqdm import tqdm

T = TypeVar("T")
QUIET_BELOW = 50       # small builds finish before a bar is worth drawing
PLAIN_EVERY = 500


def progress(items: Sequence[T], label: str) -> Iterator[T]:
    if len(items) < QUIET_BELOW:
        yield from items
    elif sys.stderr.isatty():
        yield from tqdm(items, desc=label, unit="article", leave=False)
    else:
        for done, item in enumerate(items, 1):
            yield item
            if done % PLAIN_EVERY == 0 or done == len(items):
                print(f"{label}: {done}/{len(items)}", file=sys.stderr)
