"""The study screen's active bindings, worked out once per state of the screen.

`Screen.active_bindings` asks `check_action` for each of the screen's and the app's bindings
(about forty: nine picks, four ratings, ...) and the footer reads it on every key; what
`StudyScreen.check_action` answers depends only on the session's phase, mode and card, on
whether the answer is being typed and on whether there is anything to undo. So the bindings
are kept for each such state (a few come back on every card). While a widget has focus (the typed answer's input) they are worked
out anew each time: the focused widget's own bindings may depend on more (a selection).
"""

from __future__ import annotations

from ...core.translate import current_language

MAX_KEPT = 16  # states kept (question and answer, flip or choice, ...); the cache starts over past this


class KeptActiveBindings:
    """Mixed into StudyScreen before `TranslatedBindings` (it has `session` and `_typing`)."""

    def _bindings_state(self) -> tuple | None:
        """Everything `StudyScreen.check_action` reads, or None (not kept: something has focus)."""
        if self.focused is not None:
            return None
        session = self.session
        if session is None:
            return ("no session", current_language())
        card = session.card
        choices = None if card is None else (card.is_choice, len(card.choices or ()))
        return (session.phase, session.mode, choices, self._typing(), bool(session.history),
                current_language(), self.app.screen is self)

    @property
    def active_bindings(self):
        state = self._bindings_state()
        if state is None:
            return super().active_bindings
        kept: dict = self.__dict__.setdefault("_kept_bindings", {})
        bindings = kept.get(state)
        if bindings is None:
            if len(kept) >= MAX_KEPT:
                kept.clear()
            bindings = kept[state] = super().active_bindings
        return dict(bindings)  # a copy: the caller may change it
