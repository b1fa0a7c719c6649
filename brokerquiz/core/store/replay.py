"""A card's state recomputed from its whole history: every scheduled review, in time order,
through FSRS, from a new card.

Used when reviews arrive out of order (brought back from Anki): the state the store keeps for
a card is then what answering those reviews in time order would have given. The counters follow
`Store.record_review`: reps +1 per scheduled review, a lapse is an Again on a card in review,
`leech_lapses` lapses make a leech, first_review is the first scheduled review.

A reset (Anki's "Forget") makes the card new again: its memory state, due date and first
review are cleared; reps and lapses are kept, as Anki keeps them unless asked to reset counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from ..clock import iso
from ..scheduler import NEW, REVIEW, Scheduler

# A card never reviewed, in the store's STATE_COLUMNS (see store/reviews.py).
NEW_STATE: dict = {
    "state": NEW,
    "step": None,
    "stability": None,
    "difficulty": None,
    "due": None,
    "last_review": None,
    "first_review": None,
    "reps": 0,
    "lapses": 0,
    "leech": 0,
}
_MEMORY = ("state", "step", "stability", "difficulty", "due", "last_review", "first_review")


@dataclass(frozen=True)
class Event:
    """One entry of a card's history: a review (rating 1..4) or a reset (rating None).

    `key` is the caller's handle (a review row id); `scheduled` False is an answer that never
    moves the schedule (cram, quiz, Anki's filtered decks without rescheduling).
    """

    at: datetime
    rating: int | None
    scheduled: bool = True
    key: int | None = None


def apply_review(before: dict, rating: int, at: datetime, scheduler: Scheduler, leech_lapses: int) -> dict:
    """The card's state after one scheduled review at `at` (as `Store.record_review` writes it)."""
    memory = None if before["state"] == NEW else {k: before[k] for k in _MEMORY[:-1]}
    state, _due = scheduler.review(memory, rating, at)
    after = {**before, **state}
    after["reps"] = before["reps"] + 1
    if rating == 1 and before["state"] == REVIEW:
        after["lapses"] = before["lapses"] + 1
    after["leech"] = int(after["lapses"] >= leech_lapses)
    after["first_review"] = before["first_review"] or iso(at)
    return after


def reset(before: dict) -> dict:
    """The card after Anki's Forget: new again, with its reps and lapses kept."""
    return {**before, **{k: NEW_STATE[k] for k in _MEMORY}}


def replay(events: Iterable[Event], scheduler: Scheduler, leech_lapses: int) -> tuple[dict, dict[int, dict]]:
    """The final state and, per review `key`, the state just before it.

    Events are taken in time order (a reset before a review at the same instant); unscheduled
    reviews leave the state as it is.
    """
    state = dict(NEW_STATE)
    before: dict[int, dict] = {}
    for event in sorted(events, key=lambda e: (e.at, e.rating is not None)):
        if event.key is not None:
            before[event.key] = dict(state)
        if event.rating is None:
            state = reset(state)
        elif event.scheduled:
            state = apply_review(state, event.rating, event.at, scheduler, leech_lapses)
    return state, before
