"""What the three sessions (study, quiz, interview) share: the verdict → rating map, the
"time since shown" timer, the one error type, and the surface a screen drives.

Every session has a current item (None once over), takes answers, records them through the
store itself, reports progress as (done, total), and ends with `finish()` returning a typed
summary or report; study also undoes. `Session` names that surface so a face (or a test) can
drive any of them the same way.

No dataclasses here: study imports this on every start-up (see model.py on their import cost).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, Protocol, runtime_checkable

from ...errors import SessionError
from ..clock import Clock

__all__ = ["MAX_SHOWN", "VERDICT_RATING", "Session", "SessionError", "ShownTimer", "rating_for"]

# A graded answer's proposed rating: right → Good, partly → Hard, wrong → Again.
VERDICT_RATING: dict[str, int] = {"right": 3, "partly": 2, "wrong": 1}
AGAIN = 1
MAX_SHOWN = timedelta(minutes=5)  # a card left on screen over lunch is not 1 h of thinking


def rating_for(verdict: str) -> int:
    """The rating a verdict proposes; anything else (unanswered, not reached) is Again."""
    return VERDICT_RATING.get(verdict, AGAIN)


class ShownTimer:
    """Time since the current item was shown, read from an injected clock (never negative)."""

    __slots__ = ("clock", "since")

    def __init__(self, clock: Clock, since: datetime | None = None) -> None:
        self.clock = clock
        self.since: datetime = since if since is not None else clock.now()

    def restart(self, now: datetime | None = None) -> datetime:
        """The next item is on screen now: count from here. Returns the start."""
        self.since = now if now is not None else self.clock.now()
        return self.since

    def elapsed(self, *, cap: timedelta | None = None, now: datetime | None = None) -> timedelta:
        """Time since `restart`, at least zero, at most `cap` when given."""
        spent = max((now if now is not None else self.clock.now()) - self.since, timedelta(0))
        return min(spent, cap) if cap is not None else spent

    def seconds(self, *, cap: float | None = None) -> float:
        spent = self.elapsed().total_seconds()
        return min(spent, cap) if cap is not None else spent

    def ms(self, *, cap: timedelta | None = None, now: datetime | None = None) -> int:
        return int(self.elapsed(cap=cap, now=now).total_seconds() * 1000)


@runtime_checkable
class Session(Protocol):
    """The surface every session offers its face. `answer` and `undo` are per mode (typed
    text, picked choices, reveal); these are the calls a face can make on any of them."""

    @property
    def current(self) -> Any:
        """The item on screen (a study Item, a quiz Card, an InterviewQuestion), None when over."""

    def progress(self) -> tuple[int, int]:
        """(answered, total) so far."""

    def finish(self) -> Any:
        """End the session; the typed summary (study, quiz) or report (interview)."""
