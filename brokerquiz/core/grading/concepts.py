"""Concepts: values that exclude each other (at-most-once / at-least-once, high / low, sync / async...).

A word stands for a concept value in either language ("высокая" and "high" are both level=high),
so the matcher pairs them, and the guards catch an answer naming another value than the
expected one (an antonym) or every value at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .text import typo_distance, word_key

# (group, key_term, {value: patterns}). A pattern ending in "*" is a stem prefix; a plain
# word matches itself, its plural and -er/-est ("low", "lower"; not "ловить"); a hyphenated
# pattern ("at-least-once") matches the nearest value within the typo allowance.
# key_term: the expected text's first value is the key fact, so an answer must name it first
# even when the expected text mentions both ("memory + optional disk": "disk" or "disk,
# memory" is wrong; "disk-backed / memory" is not "memory + optional disk").
_CONCEPT_SPEC: tuple[tuple[str, bool, dict[str, tuple[str, ...]]], ...] = (
    (
        "delivery",
        False,
        {
            "at-most-once": ("at-most-once",),
            "at-least-once": ("at-least-once",),
            "exactly-once": ("exactly-once",),
        },
    ),
    ("model", False, {"log": ("log-based", "append-only"), "queue": ("queue-based",)}),
    ("level", False, {"high": ("high", "высок*"), "medium": ("medium", "средн*"), "low": ("low", "низк*")}),
    (
        "ease",
        False,
        {
            "easy": ("easy", "simple", "легк*", "легч*", "прост*"),
            "hard": ("hard", "difficult", "complex", "сложн*", "трудн*", "тяжел*"),
        },
    ),
    ("speed", False, {"fast": ("fast", "quick", "быстр*"), "slow": ("slow", "медлен*")}),
    (
        "sync",
        False,
        {"sync": ("sync", "synchron*", "синхрон*"), "async": ("async", "asynchron*", "асинхрон*")},
    ),
    ("push", False, {"push": ("push", "пуш"), "pull": ("pull", "пул")}),
    (
        "storage",
        True,
        {"memory": ("memor*", "ram", "памят*", "оперативн*"), "disk": ("disk", "disc", "дисков*")},
    ),
)


@dataclass(frozen=True)
class _Pattern:
    """One pattern of a concept value, as a word key."""

    key: str
    mode: str  # "prefix" | "word" | "compound"


class Concept(NamedTuple):
    """A group of values that exclude each other, with each value's patterns."""

    group: str
    key_term: bool
    values: tuple[tuple[str, tuple[_Pattern, ...]], ...]


def _build_concepts() -> tuple[Concept, ...]:
    built = []
    for group, key_term, values in _CONCEPT_SPEC:
        vals = []
        for value, patterns in values.items():
            pats = []
            for p in patterns:
                if p.endswith("*"):
                    pats.append(_Pattern(word_key(p[:-1]), "prefix"))
                elif "-" in p:
                    pats.append(_Pattern(word_key(p), "compound"))
                else:
                    pats.append(_Pattern(word_key(p), "word"))
            vals.append((value, tuple(pats)))
        built.append(Concept(group, key_term, tuple(vals)))
    return tuple(built)


CONCEPTS = _build_concepts()
# the first two letters of the compound values' first word ("at", "ek"sactly, "lo"g...): only
# runs of words starting so are tried as a compound typed apart
COMPOUND_HEADS = frozenset(
    word_key(p.split("-")[0], False)[:2]
    for _, _, values in _CONCEPT_SPEC
    for patterns in values.values()
    for p in patterns
    if "-" in p
)


@lru_cache(maxsize=16384)
def concept_hits(key: str, compound_only: bool = False) -> tuple[tuple[str, str], ...]:
    """Every (group, value) a word key stands for."""
    hits = []
    for group, _, values in CONCEPTS:
        value = _concept_of(key, values, compound_only)
        if value:
            hits.append((group, value))
    return tuple(hits)


@lru_cache(maxsize=16384)
def token_concepts(key: str, parts: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    """Every (group, value) a token stands for, by its key or a piece of its hyphenated word."""
    if key.startswith("§"):
        return frozenset()
    return frozenset(hit for k in (key, *parts) for hit in concept_hits(k))


def _concept_of(
    key: str, group_values: tuple[tuple[str, tuple[_Pattern, ...]], ...], compound_only: bool = False
) -> str | None:
    """The value of a group a word key stands for, if any (a compound typed with a typo: the
    nearest value, none when two are as near)."""
    best: tuple[int, str] | None = None
    tie = False
    for value, patterns in group_values:
        for p in patterns:
            if compound_only and p.mode != "compound":
                continue
            if p.mode == "prefix":
                if key.startswith(p.key):
                    return value
            elif p.mode == "word":
                if key == p.key or key in (p.key + "er", p.key + "est"):
                    return value
            else:
                d = typo_distance(key, p.key)
                if d is not None:
                    if best is None or d < best[0]:
                        best, tie = (d, value), False
                    elif d == best[0] and value != best[1]:
                        tie = True
    if best is not None and not tie:
        return best[1]
    return None
