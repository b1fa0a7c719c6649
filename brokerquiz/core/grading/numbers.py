"""Numbers in a text, with their units and comparisons ("< 10 ms", "under 5 seconds"): the
lexicons' unit and comparison words make one regex, built once. A number glued to a word that is no
unit ("3partitions", "3x") is the number, as typed with a space."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import lexicons
from .text import WORD


@dataclass
class Number:
    """A number in a text: "< 10 ms" is value "10", unit "ms", comparison "<"."""

    raw: str
    value: str
    unit: str | None
    cmp: str | None


#: Seconds per time unit (the lexicons' canonical unit names): "24 hours" is "one day", not "7 days".
SECONDS = {"us": 1e-6, "ms": 1e-3, "s": 1.0, "min": 60.0, "h": 3600.0, "d": 86400.0, "w": 604800.0}


def seconds(value: str, unit: str | None) -> float | None:
    """A time in seconds, or None when the unit is no time (or the value no number)."""
    if unit not in SECONDS:
        return None
    try:
        return float(value) * SECONDS[unit]
    except ValueError:
        return None


def same_time(a: Number, b: Number) -> bool:
    """Two times in different units that are one amount ("24 hours", "one day")."""
    x, y = seconds(a.value, a.unit), seconds(b.value, b.unit)
    return x is not None and y is not None and abs(x - y) <= 1e-9 * max(1.0, x)


def _alternatives(spellings: list[str]) -> str:
    """A regex alternation of spellings, longest first; a trailing "*" is a prefix."""
    out = []
    for sp in sorted(set(spellings), key=len, reverse=True):
        out.append(re.escape(sp[:-1]) + r"\w*" if sp.endswith("*") else re.escape(sp))
    return "|".join(out)


@lru_cache(maxsize=1)
def _number_pattern() -> tuple[re.Pattern[str], list[tuple[str, str]], dict[str, str]]:
    """The number regex (comparison, digits, unit) built from the lexicons' words."""
    lex = lexicons()
    units = [(sp, unit) for unit, sps in lex.units.items() for sp in sps]
    cmps = {w: sign for sign, words in lex.comparisons.items() for w in words}
    cmps.update({"<": "<", "≤": "<", ">": ">", "≥": ">", "~": "~"})
    pattern = re.compile(
        rf"(?P<cmp>{_alternatives(list(cmps))})?\s*(?P<num>(?:(?<![\w.-])-)?\d+(?:[.,]\d+)?)(?:\s*"
        rf"(?P<unit>{_alternatives([sp for sp, _ in units])})(?![^\W\d_]))?",  # "3partitions": 3, no unit
        re.IGNORECASE,
    )
    return pattern, units, cmps


def _unit(u: str | None) -> str | None:
    """The unit typed, in one spelling ("msec", "milliseconds" -> "ms")."""
    if not u:
        return None
    u = u.lower()
    _, units, _ = _number_pattern()
    for sp, unit in units:
        if u == sp:
            return unit
    for sp, unit in units:
        if sp.endswith("*") and u.startswith(sp[:-1]):
            return unit
    return None


def _value(digits: str) -> str:
    """A number as compared: a decimal comma as a point, a zero fraction dropped ("4.0" = "4")."""
    value = digits.replace(",", ".")
    whole, _, fraction = value.partition(".")
    return whole if fraction and not fraction.strip("0") else value


@lru_cache(maxsize=1)
def _worded_pattern() -> re.Pattern[str] | None:
    """A count said in words right before a unit of three letters or more ("one day", "zwei Tage"):
    a number like its digits. A bare "one" (one partition) is no figure."""
    lex = lexicons()
    words = [w for w in lex.number_words if w not in lex.ordinals and not w.isdigit()]
    units = [sp for sps in lex.units.values() for sp in sps if len(sp.rstrip("*")) >= 3]
    if not words or not units:
        return None
    return re.compile(rf"(?<![^\W\d_])(?P<num>{_alternatives(words)})\s+(?P<unit>{_alternatives(units)})(?![^\W\d_])", re.IGNORECASE)


def _worded(text: str, folded: str) -> list[Number]:
    pattern = _worded_pattern()
    if pattern is None:
        return []
    words = lexicons().number_words
    return [Number(text[m.start() : m.end()], words[m.group("num").lower()], _unit(m.group("unit")), None)
            for m in pattern.finditer(folded)]  # fmt: skip


def numbers_in(text: str, folded: str) -> list[Number]:
    """Every number with its unit and comparison ("< 10 ms", "under 5 seconds"), a count said in
    words before a unit ("one day"), and an ordinal said in words ("the fourth version" is 4: "the
    fifth version" is another number)."""
    nums = _ordinals(text, folded) + _worded(text, folded)
    if not any(map(str.isdigit, folded)):  # the same test, in C
        return nums
    pattern, _, cmps = _number_pattern()
    for m in pattern.finditer(folded):
        cmp = m.group("cmp")
        nums.append(
            Number(text[m.start() : m.end()].strip(), _value(m.group("num")), _unit(m.group("unit")),
                   cmps.get(cmp.lower()) if cmp else None)
        )  # fmt: skip
    return nums


def _ordinals(text: str, folded: str) -> list[Number]:
    """The lexicons' ordinal words in the text, each as its number (no unit, no comparison)."""
    lex = lexicons()
    if not lex.ordinals:
        return []
    return [Number(text[m.start() : m.end()], lex.number_words[m.group()], None, None)
            for m in WORD.finditer(folded) if m.group() in lex.ordinals]  # fmt: skip
