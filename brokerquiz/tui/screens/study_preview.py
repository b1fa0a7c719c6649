"""The rating buttons' intervals, and what grading a typed answer reads of the deck, worked out
between keys, not on the reveal or the answer.

A reveal shows what each rating would give the card (`StudySession.preview`: the card's row
read and four FSRS reviews, about half a millisecond). Right after a question is drawn the
screen works them out for it; the reveal uses them when nothing happened in between (the
same card shown, nothing rated, undone, buried or suspended) and less than a minute has
passed (an interval counts from now: a minute changes no button's words). Otherwise, and
when the early try failed (a busy database: the reveal says so), they are worked out then.

On a typed question, grading.prepare derives what grading its answer reads of the deck alone
(the card's and its paired card's texts, 1-25 ms): the answer then waits only for what depends on it.
"""

from __future__ import annotations

from datetime import timedelta

from ...core.heap import collect_between_keys
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

    def _prepare_grading(self) -> None:
        """Derive what grading the typed question's answer reads of the deck alone (between keys),
        then run the full collection if one is due (core.heap)."""
        session = self.session
        card = session.card if session is not None else None
        if card is not None and session.mode == "typed" and not card.is_choice and session.answer is None:
            from ...core.grading import prepare  # deferred, as the grader's import on the first answer

            prepare(card, aliases=session.aliases)
        collect_between_keys()  # then a full collection due runs now, not on the typed answer (core.heap)

    def _intervals(self) -> dict:
        """The intervals for the card shown: those worked out ahead if still true, else now
        (raises StoreError as `StudySession.preview`)."""
        ahead, self._ahead = self._ahead, None
        if ahead is not None:
            state, when, intervals = ahead
            if state == self._state_now() and timedelta(0) <= self.session.clock.now() - when < FRESH_FOR:
                return intervals
        return self.session.preview()
