"""A thin, deterministic wrapper over the `fsrs` package (FSRS v6 scheduling).

A card's scheduling state is a plain JSON-able dict, so the store can keep it in
columns and undo can restore it exactly::

    {"state": 0..3, "step": int|None, "stability": float|None,
     "difficulty": float|None, "due": ISO-8601 UTC str|None,
     "last_review": ISO-8601 UTC str|None}

`state` is fsrs's `State` value (1 learning, 2 review, 3 relearning) plus
0 for a card never reviewed (``NEW``); ``None`` also means a new card.

Fuzzing is off, so the same state, rating and time always give the same
result. The clock is never read here: every call takes `now`, a
timezone-aware datetime (converted to UTC).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from .clock import iso, to_utc

if TYPE_CHECKING:
    import fsrs

NEW, LEARNING, REVIEW, RELEARNING = 0, 1, 2, 3
RATINGS = (1, 2, 3, 4)  # fsrs.Rating: Again, Hard, Good, Easy

_STATE_KEYS = ("state", "step", "stability", "difficulty", "due", "last_review")


def is_new(state: dict | None) -> bool:
    return not state or not state.get("state")


class Scheduler:
    """FSRS with fixed parameters and no fuzz.

    `desired_retention` is the recall probability aimed at when a review card
    comes due (0.9 = 90%); higher means shorter intervals.
    """

    def __init__(
        self,
        desired_retention: float = 0.9,
        *,
        learning_steps: tuple[timedelta, ...] = (timedelta(minutes=1), timedelta(minutes=10)),
        relearning_steps: tuple[timedelta, ...] = (timedelta(minutes=10),),
        maximum_interval: int = 36500,
    ) -> None:
        if not 0 < desired_retention < 1:
            raise ValueError(f"desired_retention must be between 0 and 1, got {desired_retention}")
        self.desired_retention = desired_retention
        # deferred: fsrs (and dateutil under it) is first needed when a card is answered, so
        # `brokerquiz study` paints its first card without it
        import fsrs

        self._fsrs = fsrs.Scheduler(
            desired_retention=desired_retention,
            learning_steps=learning_steps,
            relearning_steps=relearning_steps,
            maximum_interval=maximum_interval,
            enable_fuzzing=False,
        )

    @staticmethod
    def _card(state: dict | None, now: datetime) -> fsrs.Card:
        import fsrs  # already loaded by __init__; a dict lookup

        if is_new(state):
            # card_id and due are given so fsrs neither reads the clock nor sleeps
            return fsrs.Card(card_id=0, state=fsrs.State.Learning, step=0, due=now)
        assert state is not None
        return fsrs.Card.from_dict(
            {
                "card_id": 0,
                "state": int(state["state"]),
                "step": state.get("step"),
                "stability": state.get("stability"),
                "difficulty": state.get("difficulty"),
                "due": state.get("due") or now.isoformat(),
                "last_review": state.get("last_review"),
            }
        )

    @staticmethod
    def _state(card: fsrs.Card) -> dict:
        raw = card.to_dict()
        return {
            "state": int(raw["state"]),
            "step": raw["step"],
            "stability": raw["stability"],
            "difficulty": raw["difficulty"],
            "due": iso(card.due),
            "last_review": iso(card.last_review) if card.last_review else None,
        }

    def review(self, state: dict | None, rating: int, now: datetime) -> tuple[dict, datetime]:
        """Apply one rating (1 again, 2 hard, 3 good, 4 easy) at `now`.

        Returns the new state dict and the new due time (UTC).
        """
        if rating not in RATINGS:
            raise ValueError(f"rating must be 1..4, got {rating!r}")
        now = to_utc(now)
        import fsrs

        card, _log = self._fsrs.review_card(self._card(state, now), fsrs.Rating(rating), now)
        return self._state(card), to_utc(card.due)

    def preview(self, state: dict | None, now: datetime) -> dict[int, timedelta]:
        """The interval each rating would give now (like Anki's answer buttons), new cards too."""
        now = to_utc(now)
        return {rating: self.review(state, rating, now)[1] - now for rating in RATINGS}

