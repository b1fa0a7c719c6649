"""Subjects a compare answer names together in one clause ("mongo and cassandra horizontal").

One subject's part of a comparison is right by its first point alone (its essence: "horizontal"
for "Horizontal, masterless ring, linear scale-out"), when the clause is about that subject. A
clause said of several subjects at once only says what they share; it is no subject's
essence, so each of them needs half of its own points there (match.grade_text's joint): the
first point alone, said of two subjects whose cells go on differently, leaves out what sets
each apart. A later point naming a value ("only at-least-once" for "No (at-least-once)") still
counts whole. Clauses of "the others" (parts._rest_clause) are held whole already.
"""

from __future__ import annotations

from collections.abc import Iterable

from .analysis import Token


def joint_subjects(groups: Iterable[list[Token]]) -> frozenset[int]:
    """The subjects of the answer's mention groups (parts._mention_groups: mentions with only
    separators between them, which share one clause) that name two subjects or more."""
    out: set[int] = set()
    for group in groups:
        sids = {m.sid for m in group if m.sid is not None}
        if len(sids) > 1:
            out |= sids
    return frozenset(out)


def later_points(exp_words: list[Token], e_hit: list[bool]) -> tuple[list[Token], list[bool]]:
    """The expected words past the first point (its first major part), with their hits."""
    kept = [(t, h) for t, h in zip(exp_words, e_hit) if t.major > 0]
    return [t for t, _ in kept], [h for _, h in kept]
