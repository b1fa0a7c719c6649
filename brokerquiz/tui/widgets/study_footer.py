"""The study screen's footer: Textual's, with its keys in the first frame, redrawn only when they change."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer


class StudyFooter(Footer):
    """Textual's footer, with its keys in the first frame and redrawn only when they change.

    The stock footer starts empty and rebuilds its keys after the first frame, then again on
    every `refresh_bindings`, even when the keys shown stay the same: three extra frames
    before the first card is complete, and one per card after that.
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.set_reactive(Footer._bindings_ready, True)
        self._shown: tuple | None = None

    def compose(self) -> ComposeResult:
        self._shown = self._signature()
        yield from super().compose()

    def _signature(self) -> tuple:
        return tuple(
            (key, active.binding.description, active.binding.key_display, active.enabled)
            for key, active in self.screen.active_bindings.items()
            if active.binding.show
        )

    def bindings_changed(self, screen: Screen) -> None:
        if self.is_attached and screen is self.screen and self._signature() == self._shown:
            return
        super().bindings_changed(screen)
