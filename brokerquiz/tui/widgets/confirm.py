"""A yes/no question before leaving a mode with answers given: `ModalScreen[bool]`."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static
from ...core.translate import N_, _
from ..translated import TranslatedBindings


class ConfirmLeave(TranslatedBindings, ModalScreen[bool]):
    """Asks before a round is left: True leaves (the screen then shows the score so far),
    False goes back to the question."""

    DEFAULT_CSS = """
    ConfirmLeave { align: center middle; }
    ConfirmLeave > Vertical {
        width: 60; max-width: 95%; height: auto;
        border: thick $warning; background: $surface; padding: 1 2;
    }
    ConfirmLeave Horizontal { height: auto; margin-top: 1; }
    ConfirmLeave Button { margin-right: 2; }
    """
    BINDINGS = [
        Binding("y", "answer(True)", N_("Leave"), id="leave-yes", tooltip=N_("Stop here and see the score so far")),
        Binding("n,escape", "answer(False)", N_("Keep going"), id="leave-no", tooltip=N_("Back to the question")),
    ]
    """y leaves, n or Esc goes back."""

    def __init__(self, message: str, *, yes: str | None = None, no: str | None = None) -> None:
        """`yes` / `no`: the buttons' words (translated), else "Leave (y)" / "Keep going (n)"."""
        super().__init__()
        self.message = message
        self.yes, self.no = yes or _("Leave (y)"), no or _("Keep going (n)")

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.message, markup=False, id="leave-message")
            with Horizontal():
                yield Button(self.yes, variant="error", id="leave-yes")
                yield Button(self.no, variant="primary", id="leave-no")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "leave-yes")

    def action_answer(self, value: bool) -> None:
        self.dismiss(value)
