"""Alternatives in an expected text: "X or Y" offers two ways, and an answer giving one is right.

Inside one part ("needs a single active consumer or a log") the words after an "or" are one
side and the words before it the other. When the "or" opens a part of its own after a comma ("Build retry
topics with a fixed delay, where ..., or use an external scheduler: ..."), the alternatives are
whole parts: the parts before it, back to the sentence's start (or a colon or semicolon), and
the part it opens, on to the sentence's end (or a colon or semicolon). An answer that says a
side (half its words or more) and not the other leaves nothing out by not saying the other."""

from __future__ import annotations

import bisect
import re

from .analysis import Token

#: Where a run of alternatives stops: a sentence end, a colon, a semicolon.
_HARD = re.compile(r"[.!?;:](?:\s|$)")
#: The share of a side's words the answer must say to name that side.
SIDE_NAMED = 0.5


def alternatives_named(
    pairs: list[tuple[Token, bool]], forks: tuple[int, ...], expected: str = ""
) -> list[tuple[Token, bool]]:
    """The words of the expected text without the alternatives the answer does not name, when
    it names another; pairs: (word, said by the answer); forks: where the "or"s are."""
    def side(t: Token) -> tuple[int, int]:
        return t.chunk, sum(f < t.start for f in forks)

    named = {side(t) for t, h in pairs if h}
    pairs = [(t, h) for t, h in pairs if side(t) in named or not any(c == t.chunk for c, _ in named)]
    return _whole_parts(pairs, forks, expected) if expected else pairs


def _whole_parts(pairs: list[tuple[Token, bool]], forks: tuple[int, ...], expected: str) -> list[tuple[Token, bool]]:
    """Drop the unnamed side of each "or" that opens a part of its own (see the module doc)."""
    cuts = [m.start() for m in _HARD.finditer(expected)]
    for f in forks:
        before = [t for t, _ in pairs if t.start < f]
        after = [t for t, _ in pairs if t.start > f]
        if not before or not after or before[-1].chunk == after[0].chunk or not expected[:f].rstrip().endswith(","):
            continue  # an "or" inside a part (handled by the sides above), or not after a comma
        n = bisect.bisect(cuts, f)
        lo, hi = (cuts[n - 1] if n else -1), (cuts[n] if n < len(cuts) else len(expected))
        a = [(t, h) for t, h in pairs if lo < t.start < f]
        b = [(t, h) for t, h in pairs if f < t.start < hi]
        said_a, said_b = _named(a), _named(b)
        if said_a != said_b:
            drop = {id(t) for t, _ in (b if said_a else a)}
            pairs = [(t, h) for t, h in pairs if id(t) not in drop]
    return pairs


def _named(side: list[tuple[Token, bool]]) -> bool:
    return bool(side) and sum(h for _, h in side) >= SIDE_NAMED * len(side)
