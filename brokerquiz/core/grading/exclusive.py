""""Only X" where the expected text names X and another value of X's group: the answer rules
out what the expected text says as well ("only in memory" for "in memory + disk", "only
at-least-once" for "at-most-once / at-least-once / exactly-once"), or "X only" closing its part.
Naming X alone is an omission (partly right); saying only X is a claim against the rest.
"""

from __future__ import annotations

from .analysis import Token
from .lexicon import lexicons
from .results import Hit

#: group -> [(value, token)], as guards.concept_values builds it
Values = dict[str, list[tuple[str, Token]]]


def only_one_of_several(a_toks: list[Token], exp_values: Values) -> list[Hit]:
    """[(reason, fragments)] for an answer saying a lexicon's only-word before a value of a group
    the expected text names other values of too."""
    only = lexicons().only_words
    if not only:
        return []
    for i, t in enumerate(a_toks):
        if t.low not in only or t.paren:
            continue
        n = next((u for u in a_toks[i + 1 :] if u.chunk == t.chunk and u.kind in ("word", "pol", "subj")), None)
        if n is None:  # closing its part, it rules out all but what it follows ("memory only")
            n = next((u for u in reversed(a_toks[:i]) if u.chunk == t.chunk and u.kind in ("word", "pol", "subj")), None)
        if n is None or n.group is None or n.neg or n.chunk != t.chunk:
            continue
        wanted = {v for v, _ in exp_values.get(n.group, ())}
        if n.value in wanted and wanted - {n.value}:
            said = f"{t.raw} {n.raw}" if n.start > t.start else f"{n.raw} {t.raw}"
            return [(f"only one of several: '{said}'", (said,))]
    return []
