"""Typed study on a choice card: letters typed by habit are not study keys.

A typed-mode learner types answers; a choice card has no input, so the letters of a word typed
by habit used to reach the study bindings (space gave up, s suspended, b buried, u undid, q
ended the session) and a first-time user lost a card without meaning to. On such a card every
printable key that is not one of its choice numbers does nothing but say, once per card, how
the card is answered. Enter, Esc, the arrows and the choice numbers work as before; bury,
suspend, undo and quit work from the footer keys shown (a click there runs the binding's
action, `KeyLine.on_mouse_down`). Flip mode keeps its letter keys.
"""

from __future__ import annotations

from textual import events

from ...core.sessions.study import QUESTION
from ...core.translate import _


class TypedChoiceKeys:
    """Mixed into StudyScreen (which has `session` and `notify`)."""

    _hinted_for = None  # the card the hint was shown for

    def _typed_choice(self) -> bool:
        """A choice card's question in typed mode: no input to type into."""
        session = self.session
        card = session.card if session is not None else None
        return card is not None and card.is_choice and session.mode == "typed" and session.phase == QUESTION

    def on_key(self, event: events.Key) -> None:
        if not event.is_printable or not self._typed_choice():
            return
        card = self.session.card
        count = len(card.choices or ())
        if event.character is not None and event.character.isdigit() and 1 <= int(event.character) <= count:
            return  # a choice number: the pick binding toggles it
        event.stop()  # no binding sees it: the letter does nothing
        event.prevent_default()
        if self._hinted_for is not card:
            self._hinted_for = card
            self.notify(
                _("No typing on a choice card: 1-{n} pick, Enter checks, Esc is “I don't know”. "
                  "Bury, suspend, undo and quit: click them in the footer.").format(n=count),
                timeout=4, markup=False,
            )
