"""Values the card's note vouches for: another value of the cell's group said of something else.

A fact cell says its values ("at-least-once"); the deck's note on it may say when another value
holds ("without acks it is at-most-once"). An answer that says the cell's value and, in a part
about another thing, a value the note names ("with automatic acks it drops to at-most-once")
repeats the deck: no antonym of the cell (elsewhere.about_else) and no other subject's value
(guards.other_cells). A value the note does not name ("exactly-once with publisher confirms"),
or one said as an option ("at-least-once or at-most-once"), is judged as before.
"""

from __future__ import annotations

from functools import lru_cache

from .analysis import Token, analyze
from .elsewhere import said_of_else
from .guards import concept_values
from .subjects import SubjectIndex


@lru_cache(maxsize=256)
def vouched_values(vouched: str, index: SubjectIndex) -> frozenset[tuple[str, str]]:
    """The (group, value) pairs a text about the card (its note) names."""
    if not vouched:
        return frozenset()
    return frozenset((g, v) for g, vals in concept_values(list(analyze(vouched, index).toks)).items() for v, _ in vals)


@lru_cache(maxsize=1024)  # deck text only
def vouching(note: str, expected: str, index: SubjectIndex) -> str:
    """The card's note when it names another value of a group the expected text names (what it may
    vouch for), else "": most notes name none, and grade_text's cache then serves them as before."""
    if not note:
        return ""
    exp_c = concept_values(list(analyze(expected, index).toks))
    said = {(g, v) for g, vals in exp_c.items() for v, _ in vals}
    return note if any(g in exp_c and (g, v) not in said for g, v in vouched_values(note, index)) else ""


def vouched_hit(ans_words: list[Token], hits: tuple[list[bool], list[bool]], concepts: tuple,
                 named: frozenset[tuple[str, str]], toks: tuple[list[Token], list[Token]], index: SubjectIndex) -> tuple[list[bool], list[bool]]:  # fmt: skip
    """(a_hit, own_hit) with the values said of something else that the card's note names counted
    as said: no other subject's value ("with automatic acks it drops to at-most-once" where the
    note says "without acks it is at-most-once")."""
    if not named:
        return hits
    elsewhere = said_of_else(concepts[1], concepts[0], toks[1], toks[0], index.glossary.core_groups, named)
    return [h or (id(a) in elsewhere and (a.group, a.value) in named) for a, h in zip(ans_words, hits[0])], hits[1]


def own_values(texts: tuple[str, ...], index: SubjectIndex) -> frozenset[tuple[str, str]]:
    """The (group, value) pairs the subject's own texts (its other cells) name, none denied."""
    return frozenset((t.group, t.value) for text in texts for t in analyze(text, index).toks
                     if t.group and t.value and not t.neg)  # fmt: skip


def borrowed_own(contradicting: tuple[str, ...], own: frozenset[tuple[str, str]], index: SubjectIndex) -> bool:
    """Is each fragment an answer called another subject's value one word, a value the subject's
    own cells say as well ("tombstones remove keys" where its retention cell says "delete")? Then
    the deck says it of this subject too: no value borrowed from another."""
    toks = [[t for t in analyze(f, index).toks if t.kind == "word"] for f in contradicting]
    return bool(toks) and all(len(ts) == 1 and (ts[0].group, ts[0].value) in own for ts in toks)
