"""An extra figure the deck gives otherwise: a number with a unit ("30 days by default") where
what the deck says of the subject (the card's nuance, its other cells and theirs) gives another
number of that unit ("7 days by default"), or a version or figure the deck gives another
subject and never this one ("window functions since 8.0" said of a subject whose deck cells
never name 8.0, while another subject's cell does). A figure the deck gives no subject is no
claim it can judge: it costs nothing here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .analysis import analyze
from .lexicon import lexicons
from .numbers import _value
from .results import fragments
from .subjects import SubjectIndex
from .text import fold

#: a figure: (value, unit) for a number with a unit, (value, "v") for a version
Figure = tuple[str, str]


@lru_cache(maxsize=1)
def _version_pattern() -> re.Pattern[str]:
    """A version: a version marker ("since", "ab"), at most one word, then the number ("since
    version 8.0"); or a number with a plus ("3.9+")."""
    markers = "|".join(sorted((re.escape(fold(m)) for m in lexicons().version_markers), key=len, reverse=True))
    marked = rf"(?<![^\W\d_])(?:{markers})\s+(?:[^\W\d_]+\s+)?v?(\d+(?:[.,]\d+)*)(?![\w.,]\d)" if markers else r"(?!)"
    return re.compile(rf"{marked}|(?<![\w.])(\d+(?:\.\d+)+)\+", re.IGNORECASE)


def _versions(text: str) -> dict[Figure, str]:
    return {(_value(m.group(1) or m.group(2)), "v"): m.group(0) for m in _version_pattern().finditer(fold(text))}


def figures_of(text: str, index: SubjectIndex) -> dict[Figure, str]:
    """The text's figures (numbers with a unit, versions), each with its text as typed."""
    out = {(n.value, n.unit): n.raw for n in analyze(text, index).nums if n.unit}
    out.update(_versions(text))
    return out


@lru_cache(maxsize=512)
def _figures_in(texts: tuple[str, ...], index: SubjectIndex) -> frozenset[Figure]:
    return frozenset(f for text in texts if text for f in figures_of(text, index))


def contradicted_figures(expected: str, answer: str, own: Sequence[str], others: Sequence[str], index: SubjectIndex) -> tuple[str, ...]:
    """The answer's figures the model answer does not give that the deck gives otherwise: the
    subject's own texts (own) give that unit only other numbers, or another subject's (others)
    give this figure and the subject's own never do."""
    said = figures_of(answer, index)
    if not said:
        return ()
    given = _figures_in((expected,), index)
    new = {f: raw for f, raw in said.items() if f not in given}
    if not new:
        return ()
    mine = _figures_in((expected, *own), index)
    theirs = _figures_in(tuple(others), index)
    found = [raw for (value, unit), raw in new.items()
             if unit != "v" and any(u == unit for _, u in mine) and (value, unit) not in mine  # another of its own unit
             or (value, unit) in theirs and (value, unit) not in mine]  # fmt: skip
    return fragments(found)
