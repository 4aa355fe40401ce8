"""Put scripts/ on sys.path so tests can import the pipeline package `kb` directly."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
EDITORIAL = ROOT / "editorial"

if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))
