""""Only X" where the expected text names X and another value of X's group: the answer rules
out what the expected text says as well ("only in memory" for "in memory + disk", "only
at-least-once" for "at-most-once / at-least-once / exactly-once"), or "X only" closing its part.
Naming X alone is an omission (partly right); saying only X is a claim against the rest.
"""

from __future__ import annotations

from collections.abc import Sequence

from .analysis import Token
from .lexicon import lexicons
from .results import Hit

#: group -> [(value, token)], as guards.concept_values builds it
Values = dict[str, list[tuple[str, Token]]]


def only_one_of_several(a_toks: list[Token], exp_values: Values, e_toks: list[Token] = (), typed: Sequence[Token] = ()) -> list[Hit]:
    """[(reason, fragments)] for an answer saying a lexicon's only-word before a value of a group
    the expected text names other values of too, unless the expected text says "only" of that
    value itself (a model answer's own "only after them" is no claim against it). typed: the
    answer's tokens as typed, the card's subject among them: an only-word before a subject rules
    out other subjects ("exactly-once only from one cluster of X to another"), not the value before it, though the
    graded tokens leave the subject out."""
    said_alone = {(n.group, n.value) for _, n in _only_values(list(e_toks))}
    for t, n in _only_values(a_toks):
        if n.start < t.start and _before_subject(t, typed):
            continue
        wanted = {v for v, _ in exp_values.get(n.group, ())}
        if n.value in wanted and wanted - {n.value} and (n.group, n.value) not in said_alone:
            said = f"{t.raw} {n.raw}" if n.start > t.start else f"{n.raw} {t.raw}"
            return [(f"only one of several: '{said}'", (said,))]
    return []


def _before_subject(t: Token, typed: Sequence[Token]) -> bool:
    """Is the next word of the only-word's part, as typed, a subject?"""
    after = [u for u in typed if u.start > t.start and u.chunk == t.chunk and u.kind in ("word", "pol", "subj")]
    return bool(after) and after[0].kind == "subj"


def _only_values(toks: list[Token]) -> list[tuple[Token, Token]]:
    """(only-word, the group value it rules all else out for) in the text: the value after it in
    its part, or the one before it when it closes its part ("memory only")."""
    only = lexicons().only_words
    found = []
    for i, t in enumerate(toks):
        if not only or t.low not in only or t.paren:
            continue
        n = next((u for u in toks[i + 1 :] if u.chunk == t.chunk and u.kind in ("word", "pol", "subj")), None)
        if n is None:
            n = next((u for u in reversed(toks[:i]) if u.chunk == t.chunk and u.kind in ("word", "pol", "subj")), None)
        if n is not None and n.group is not None and not n.neg and n.chunk == t.chunk:
            found.append((t, n))
    return found
