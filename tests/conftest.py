"""Fixtures shared by the browser tests (test_browser.py, test_serve.py)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

import _paths  # noqa: F401
from _support import CHROMIUM, CHROMIUM_ARGS


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One Chromium for the session: Playwright's sync API allows one running instance."""
    assert Path(CHROMIUM).exists(), (f"{CHROMIUM} not found: install Debian's chromium "
                                     "(apt-get install chromium) or set KB_CHROMIUM")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
