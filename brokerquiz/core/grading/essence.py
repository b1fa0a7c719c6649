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

A card asking for its whole text (the interview phrase: "say the whole phrase") holds each part to
EVERY point: each claim of it, joined by commas or a conjunction ("event sourcing and analytics"),
needs half of its words ("sql and transactions" for "rich SQL and strict transactions"), so a clause
cut to one of its points ("X for analytics" for "X for event sourcing and analytics") is an omission.
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


#: match.grade_text's essence: its first point or a value it names whole, only a value, only a later value,
#: each of its points
FIRST, VALUES, HALF, EVERY = "first", "values", "half", "every"


def every_point_said(exp_words: list[Token], e_hit: list[bool], joints: tuple[int, ...]) -> bool:
    """Each point of the expected words (a major part, cut again at each conjunction: joints are
    where they stand) has half of its words or more said; words in parentheses aside."""
    points: dict[tuple[int, int], list[bool]] = {}
    for t, h in zip(exp_words, e_hit):
        if not t.paren:
            points.setdefault((t.major, sum(j < t.start for j in joints)), []).append(h)
    return bool(points) and all(2 * sum(hits) >= len(hits) for hits in points.values())


def essence_of(sid: int, joint: frozenset[int], expected: str, index: SubjectIndex) -> str:
    """What besides half of its points is a subject's part's point: HALF in a clause of several
    subjects, VALUES for a cell of more than CORE_POINTS_MAX points (major parts, parentheses
    aside), else FIRST."""
    if sid in joint:
        return HALF
    points = {t.major for t in analyze(expected, index).toks if t.kind in CONTENT and not t.paren}
    return FIRST if len(points) <= CORE_POINTS_MAX else VALUES
