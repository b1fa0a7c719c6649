"""Figures bound to names: two settings' numbers swapped is a changed figure.

"min.insync.replicas=3, replication factor 2" for "min.insync.replicas=2 with replication factor 3"
says every figure of the model answer, so extranumbers.py finds none missing; but each is said of
the other setting. A figure is bound to the name typed right before it (only spaces, "=" or ":"
between: "factor 3", "min.insync.replicas=2"; an identifier is its whole dotted name), else to the
word right after it ("3 partitions"). The answer is
wrong when it binds two of the model answer's names each to the other's figure; one name given
another figure alone ("since 4.0" for "version 4.0 ... since 3.3") is no swap.
"""

from __future__ import annotations

import re

from .analysis import AnalyzedText
from .extranumbers import _same
from .numbers import Number
from .results import Hit

_GLUE_BEFORE = re.compile(r"\s*[=:]?\s*")
_GLUE_AFTER = re.compile(r"\s*")


def _spans(at: AnalyzedText) -> list[tuple[int, int]]:
    """Each number's place in the text, in order."""
    pos, out = 0, []
    for n in at.nums:
        start = at.text.find(n.raw, pos)
        start = pos if start < 0 else start
        out.append((start, start + len(n.raw)))
        pos = start + len(n.raw)
    return out


def _named(t) -> bool:
    """A word that can name a figure: a content word, no figure itself, not in parentheses."""
    return t.kind == "word" and not t.paren and not t.raw[:1].isdigit()


def _name_before(at: AnalyzedText, start: int) -> tuple[str, ...] | None:
    """The name right before a figure: a content word, or an identifier's pieces whole."""
    before = [t for t in at.toks if t.end <= start]
    if not before or not _GLUE_BEFORE.fullmatch(at.text[before[-1].end : start]):
        return None
    last = before[-1]
    if not _named(last):
        return None
    if not last.ident:
        return (last.key,)
    pieces = [last]
    for t in reversed(before[:-1]):
        if not t.ident or t.end + 1 != pieces[0].start:
            break
        pieces.insert(0, t)
    return tuple(t.key for t in pieces)


def _name_after(at: AnalyzedText, end: int) -> tuple[str, ...] | None:
    """The content word right after a figure (and its unit), not an identifier's piece."""
    after = [t for t in at.toks if t.start >= end]
    if not after or not _GLUE_AFTER.fullmatch(at.text[end : after[0].start]):
        return None
    first = after[0]
    return (first.key,) if _named(first) and not first.ident else None


def _bindings(at: AnalyzedText) -> dict[tuple[str, ...], list[Number]]:
    out: dict[tuple[str, ...], list[Number]] = {}
    for n, (start, end) in zip(at.nums, _spans(at)):
        name = _name_before(at, start) or _name_after(at, end)
        if name:
            out.setdefault(name, []).append(n)
    return out


def swapped_figures(exp: AnalyzedText, ans: AnalyzedText) -> list[Hit]:
    """Two names the model answer binds to one figure each, bound in the answer each to the
    other's figure (the two settings' figures swapped)."""
    if len(exp.nums) < 2 or len(ans.nums) < 2:
        return []
    theirs = {name: nums[0] for name, nums in _bindings(exp).items() if len(nums) == 1}
    ours = _bindings(ans)
    for name, want in theirs.items():
        for other, got in theirs.items():
            if other == name or _same(want, got):
                continue
            said, said_other = ours.get(name, []), ours.get(other, [])
            if any(_same(got, n) for n in said) and not any(_same(want, n) for n in said) \
                    and any(_same(want, n) for n in said_other):
                bad = next(n for n in said if _same(got, n))
                return [(f"wrong number: '{bad.raw}' vs '{want.raw}'", (bad.raw,))]
    return []
