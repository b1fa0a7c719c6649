"""A subject's clause that only says the clause before it holds of this subject too.

In a comparison answer candidates often shorten the second of two like subjects: "A no,
just at least once, B neither", "A: horizontal, B the same", "B too", "C ebenso". Such a clause says nothing of its own; it says the previous subject's clause again.
Graded as typed, it would be an omission (or a wrong answer) for a subject whose cell the
candidate did state. So the clause is read as the clause it points back to. Which words point
back is data: the lexicons' `same_clauses` (too, the same, likewise; the Russian and German words
for them) and `neither_clauses` (neither, nor; "auch nicht"), the latter only after a
clause that denies (a negator or a no-word), since "neither" after a plain claim says no such thing.
"""

from __future__ import annotations

import re

from .analysis import analyze
from .subjects import SubjectIndex
from .text import fold, lexicon_words

_NOT_WORD = re.compile(r"[^\w\s'’-]+")


def _bare(clause: str) -> str:
    """The clause folded, without punctuation, its words single-spaced."""
    return " ".join(_NOT_WORD.sub(" ", fold(clause.casefold())).split())


def with_clauses_before(seg: dict[int, list[str]], index: SubjectIndex) -> dict[int, list[str]]:
    """seg (subject id -> its clauses, in the answer's order) with a clause that only points
    back ("neither", "the same") replaced by the clause of the subject named before it."""
    same, neither = lexicon_words("same_clauses"), lexicon_words("neither_clauses")
    if not same and not neither:
        return seg
    out: dict[int, list[str]] = {}
    previous: list[str] = []
    for sid, clauses in seg.items():
        bare = _bare(" ".join(clauses))
        if previous and bare in same:
            clauses = previous
        elif previous and bare in neither:
            before = analyze(", ".join(previous), index)
            if before.has_neg or "no" in before.pols:
                clauses = previous
        out[sid] = clauses
        previous = clauses
    return out
