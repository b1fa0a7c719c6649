"""An extra figure the deck gives otherwise: a number with a unit ("30 days by default") where
the card's nuance (what the deck says of this very cell) gives only other amounts of that
dimension ("7 days by default": "24 hours" is another time too), or a version or figure the
deck gives another subject and never this one (its cells and their nuances: "window functions
since 8.0" said of a subject whose deck texts never name 8.0, while another subject's cell
does). A figure the deck gives no subject is no claim it can judge: it costs nothing here."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .analysis import analyze
from .lexicon import lexicons
from .numbers import _value, seconds
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


def contradicted_figures(expected: str, answer: str, nuance: str, own: Sequence[str], others: Sequence[str],
                         index: SubjectIndex) -> tuple[str, ...]:  # fmt: skip
    """The answer's figures the model answer does not give that the deck gives otherwise: the
    card's nuance gives that dimension only other amounts (a figure of the same aspect: the
    subject's other cells' figures are of other things), or another subject's texts (others)
    give this figure and the subject's own (own) never do."""
    said = figures_of(answer, index)
    if not said:
        return ()
    given = _figures_in((expected,), index)
    new = {f: raw for f, raw in said.items() if f not in given}
    if not new:
        return ()
    mine = _figures_in((expected, *own), index)
    aspect = _figures_in((expected, nuance), index)
    theirs = _figures_in(tuple(others), index)
    found = [raw for (value, unit), raw in new.items()
             if _other_of_its_dimension((value, unit), aspect)
             or (value, unit) in theirs and (value, unit) not in mine]  # fmt: skip
    return fragments(found)


def _measure(figure: Figure) -> tuple[str, float] | None:
    """(dimension, amount) of a figure with a unit: time in seconds, any other unit as itself."""
    value, unit = figure
    if unit == "v":
        return None
    try:
        amount = float(value)
    except ValueError:
        return None
    time = seconds(value, unit)
    return ("time", time) if time is not None else (unit, amount)


def _other_of_its_dimension(figure: Figure, mine: frozenset[Figure]) -> bool:
    """Do the subject's own figures give this one's dimension (a time, a count in thousands...)
    only other amounts?"""
    said = _measure(figure)
    if said is None:
        return False
    known = [m for m in map(_measure, mine) if m is not None and m[0] == said[0]]
    return bool(known) and all(abs(amount - said[1]) > 1e-9 * max(1.0, said[1]) for _, amount in known)
