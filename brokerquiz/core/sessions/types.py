"""The study session's values: a queue item, an answer, a rated or flagged card, Anki's
counts and the summary. Importable from `session` as before."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, NamedTuple

from ..store.flags import Flags

NEW, LEARNING, REVIEW, RELEARNING = 0, 1, 2, 3  # the store's card states


# The value types below are NamedTuples rather than frozen dataclasses for the reason given
# in model.py: a dataclass exec-compiles its methods at import, on every start-up.


class Item(NamedTuple):
    """One place in the queue: a card and whether its review changes the schedule."""

    card_id: str
    scheduled: bool = True
    state: int = NEW  # when queued; a card coming back in this session is learning


class Answer(NamedTuple):
    """How the current card was answered, before it is rated."""

    how: str  # "reveal", "typed" or "choice"
    text: str | None = None  # what was typed
    picked: frozenset[int] = frozenset()  # choice indexes picked
    grade: Any = None  # grading.Grade for typed and choice answers, None for a reveal
    proposed: int = 3

    @property
    def verdict(self) -> str | None:
        return getattr(self.grade, "verdict", None)


class Rated(NamedTuple):
    """One rated card in this session (what undo needs to put it back)."""

    item: Item
    rating: int
    review_id: int
    due: datetime | None
    requeued: bool


class Flagged(NamedTuple):
    """One card suspended or buried in this session (what undo needs to put it back)."""

    item: Item
    action: str  # "suspend" or "bury"
    before: Flags
    after: Flags


class Counts(NamedTuple):
    """Anki's three figures of what is left: new, learning (relearning too), review."""

    new: int
    learning: int
    review: int


class Summary(NamedTuple):
    """The end of a session, in figures."""

    answered: int
    right: int
    elapsed: timedelta
    ratings: dict[int, int]
    next_due: datetime | None  # the soonest card of the deck due after now
    due_now: int  # deck cards already due again (learning steps)
    cram: bool
    new_unseen: int = 0  # the deck's cards never studied (more can be taken today)
    suspended: int = 0  # cards this session suspended
    buried: int = 0  # cards this session buried until tomorrow

    @property
    def right_share(self) -> float | None:
        return self.right / self.answered if self.answered else None
