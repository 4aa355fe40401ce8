"""Words a regular expression cannot match without: a quick first look before the search.

Cleaning tries every editorial pattern on every sentence, and most sentences match
none. Most patterns cannot match unless one of a few literal words occurs ("rights",
"reprinted", "unlock"); a substring test for those is far cheaper than the search. The
literals are read off Python's own parse of the pattern (`re._parser`, the parser `re.compile`
uses); any construct this module does not know makes it answer "no literals", so the
pattern is always searched. The first look can therefore only skip a search that could not
have matched: the result is the same as searching every pattern, only faster.
"""
from __future__ import annotations

import re

import _sre

from wordfreq import zipf_frequency
from re import _constants as C  # noqa: N812  (the parser's opcode names)
from re import _parser

# Under re.IGNORECASE these non-ASCII letters match ASCII ones, which str.lower() does not
# give them ("İ" lowers to two characters): fold() maps them first, so a literal is never
# missed (tests/test_literals.py checks every code point).
_FOLD = str.maketrans({"ſ": "s", "ı": "i", "İ": "i", "\u212a": "k"})
_COMMON = 6.0   # Zipf frequency of words ("the", "in", "by") that tell nothing as needles


def fold(text: str) -> str:
    """text as the needles are written: lowercase, with IGNORECASE's extra equivalences."""
    return text.translate(_FOLD).lower()


def required_literals(pattern: str, flags: int = re.IGNORECASE) -> frozenset[str] | None:
    """A set of lowercase strings, at least one of which is in every text the pattern can be
    found in (after fold()), or None when no such set can be told."""
    try:
        parsed = _parser.parse(pattern, flags)
    except Exception:   # noqa: BLE001  (anything odd: no prefilter, always search)
        return None
    return _needles(list(parsed))


def _needles(items: list[tuple[object, object]]) -> frozenset[str] | None:
    """The best requirement of a sequence: one of its literal runs, or what one of its
    mandatory groups or alternations requires, whichever's weakest needle is most telling."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def end_run() -> None:
        if run:
            candidates.append(frozenset({"".join(run)}))
        run.clear()

    for op, arg in items:
        if op is C.LITERAL and _plain(arg):
            run.append(chr(arg).lower())
            continue
        end_run()
        if op is C.SUBPATTERN:
            _, add_flags, del_flags, sub = arg
            if not (add_flags or del_flags):
                _append(candidates, _needles(list(sub)))
        elif op is C.BRANCH:
            branches = [_needles(list(b)) for b in arg[1]]
            if all(b is not None for b in branches):
                _append(candidates, frozenset().union(*branches))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and arg[0] >= 1:
            _append(candidates, _needles(list(arg[2])))
        elif op is C.ATOMIC_GROUP:
            _append(candidates, _needles(list(arg)))
        elif op is C.IN and all(o is C.LITERAL and _plain(a) for o, a in arg):
            _append(candidates, frozenset(chr(a).lower() for _, a in arg))   # "[▲△]"
        # anything else (classes, anchors, look-arounds, optional parts) requires nothing
    end_run()
    if not candidates:
        return None
    # The surest first look: the candidate whose weakest needle is most telling, then the
    # one with fewest needles.
    return max(candidates, key=lambda s: (min(map(_worth, s)), -len(s)))


def _worth(needle: str) -> float:
    """How seldom a needle is likely to occur: its letters, not counting very common words
    (wordfreq), a symbol ("▲", "©") counted as a short word."""
    worth = 0.0
    for token in needle.split():
        if not token.isascii():
            worth += 3 * len(token)
        elif zipf_frequency(token, "en") < _COMMON:
            worth += len(token)
    return worth


def _plain(code: object) -> bool:
    """A character whose IGNORECASE matches fold() gives: printable ASCII, or one without
    case (a Chinese character), which re compiles as itself."""
    return isinstance(code, int) and (32 <= code < 127 or (code >= 127 and not _sre.unicode_iscased(code)))


def _append(candidates: list[frozenset[str]], needles: frozenset[str] | None) -> None:
    if needles:
        candidates.append(needles)
