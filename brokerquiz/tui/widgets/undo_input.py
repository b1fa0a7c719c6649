"""An Input whose ctrl+z undoes typing, step by step (Textual's Input keeps no undo history).

Each change of the value is a step; a run of typed characters without a space is one step,
as in most editors, so ctrl+z takes back the last word, then the one before. `reset` sets a
new value (the next card's empty answer) and forgets the history.
"""

from __future__ import annotations

from textual import on
from textual.binding import Binding
from textual.widgets import Input

from ...core.translate import N_

MAX_STEPS = 200


class UndoInput(Input):
    """Input with ctrl+z: undo typing (the previous values, newest first)."""

    BINDINGS = [
        Binding("ctrl+z", "undo_typing", N_("Undo typing"), id="input.undo_typing", tooltip=N_("Undo the last typing")),
    ]
    """ctrl+z undoes typing; everything else is Textual's Input."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._steps: list[str] = []
        self._last = self.value
        self._restored: str | None = None  # a value set by undo or reset: not a new step

    def reset(self, value: str = "") -> None:
        """Show `value` with no history (a new question)."""
        self._steps.clear()
        self._last = value
        self._restored = value
        self.value = value

    @on(Input.Changed)
    def _remember(self, event: Input.Changed) -> None:
        if event.input is not self:
            return
        value = event.value
        if self._restored is not None and value == self._restored:
            self._restored = None
            self._last = value
            return
        previous = self._last
        self._last = value
        # one step per word: typing on in the same word extends the step
        extends = (
            self._steps
            and len(value) == len(previous) + 1
            and value.startswith(previous)
            and not value[-1].isspace()
            and previous
            and not previous[-1].isspace()
        )
        if not extends:
            self._steps.append(previous)
            del self._steps[:-MAX_STEPS]

    def action_undo_typing(self) -> None:
        if not self._steps:
            self.app.bell()
            return
        value = self._steps.pop()
        self._restored = value
        self._last = value
        self.value = value
        self.cursor_position = len(value)
