"""The rating buttons' intervals worked out between keys, not on the reveal.

A reveal shows what each rating would give the card (`StudySession.preview`: the card's row
read and four FSRS reviews, about half a millisecond). Right after a question is drawn the
screen works them out for it; the reveal uses them when nothing happened in between (the
same card shown, nothing rated, undone, buried or suspended) and less than a minute has
passed (an interval counts from now: a minute changes no button's words). Otherwise, and
when the early try failed (a busy database: the reveal says so), they are worked out then.
"""

from __future__ import annotations

from datetime import timedelta

from ...errors import BrokerquizError

FRESH_FOR = timedelta(minutes=1)


class PreviewAhead:
    """Mixed into StudyScreen (which has `session`)."""

    _ahead: tuple | None = None  # (the card shown, history length, when, intervals)

    def _state_now(self) -> tuple:
        session = self.session
        return (session.current, len(session.history))

    def _preview_ahead(self) -> None:
        """Work the intervals out for the card shown (between keys)."""
        session = self.session
        if session is None or session.current is None:
            return
        now = session.clock.now()
        try:
            self._ahead = (self._state_now(), now, session.preview())
        except BrokerquizError:
            self._ahead = None

    def _intervals(self) -> dict:
        """The intervals for the card shown: those worked out ahead if still true, else now
        (raises StoreError as `StudySession.preview`)."""
        ahead, self._ahead = self._ahead, None
        if ahead is not None:
            state, when, intervals = ahead
            if state == self._state_now() and timedelta(0) <= self.session.clock.now() - when < FRESH_FOR:
                return intervals
        return self.session.preview()
