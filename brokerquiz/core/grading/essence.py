"""When a compare subject's first point alone is its essence, and when half its points are needed.

One subject's part of a comparison is right by its first point alone ("high" for "High, needs
a cluster"), by a value its cell names whole ("horizontal", "yes", a level), or by half of its
points (match.grade_text's core_right). Two limits, both where the first point stops being the
cell's essence:

* a cell of more than CORE_POINTS_MAX points ("Rich SQL, joins, window functions, CTEs"; "Inbox
  subject, queue group, no responders") makes several claims of equal rank: its first point
  alone is one of them, an omission; half of them (or a value it names whole) is its point;
* a clause said of several subjects at once ("mongo and cassandra horizontal") only says what
  they share: no subject's essence, so each needs half of its own points there (joint), the
  first point or a first value alone leaves out what sets each apart. A later point naming a
  value ("only at-least-once" for "No (at-least-once)") still counts whole. Clauses of "the
  others" (parts._rest_clause) are held whole already.
"""

from __future__ import annotations

from collections.abc import Iterable

from .analysis import CONTENT, Token, analyze
from .subjects import SubjectIndex
from .thresholds import CORE_POINTS_MAX


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


#: match.grade_text's essence: its first point or a value it names whole, only a value, only a later value
FIRST, VALUES, HALF = "first", "values", "half"


def essence_of(sid: int, joint: frozenset[int], expected: str, index: SubjectIndex) -> str:
    """What besides half of its points is a subject's part's point: HALF in a clause of several
    subjects, VALUES for a cell of more than CORE_POINTS_MAX points (major parts, parentheses
    aside), else FIRST."""
    if sid in joint:
        return HALF
    points = {t.major for t in analyze(expected, index).toks if t.kind in CONTENT and not t.paren}
    return FIRST if len(points) <= CORE_POINTS_MAX else VALUES
