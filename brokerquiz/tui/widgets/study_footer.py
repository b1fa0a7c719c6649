"""The study screen's footer: Textual's, with its keys in the first frame, redrawn only when they change."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey


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
        if self.is_attached and screen is self.screen:
            shown = self._signature()
            if shown == self._shown:
                return
            if self._update_in_place():
                self._shown = shown
                return
        super().bindings_changed(screen)

    def _wanted(self) -> list[tuple]:
        """(binding, enabled, tooltip) per action, in the order `Footer.compose` yields them."""
        first: dict[str, tuple] = {}
        for _node, binding, enabled, tooltip in self.screen.active_bindings.values():
            if binding.show and binding.group is None:
                first.setdefault(binding.action, (binding, enabled, tooltip))
            elif binding.show:
                return []  # a key group: Footer.compose draws those, not this
        return list(first.values())

    def _update_in_place(self) -> bool:
        """New words in the key widgets already there, extra ones hidden: no remove and mount
        (a restyle and layout of the whole screen on every reveal and rating). False when
        there are not enough of them: the footer is recomposed once, and kept after that."""
        wanted = self._wanted()
        pool = [key for key in self.query(FooterKey) if not key.has_class("-command-palette")]
        if not wanted or len(wanted) > len(pool):
            return False
        with self.app.batch_update():
            for widget, (binding, enabled, tooltip) in zip(pool, wanted):
                display = self.app.get_key_display(binding)
                resized = (widget.key_display, widget.description) != (display, binding.description)
                widget.key, widget.key_display, widget.description = binding.key, display, binding.description
                widget.action = binding.action
                widget._disabled = not enabled
                widget.set_class(not enabled, "-disabled")
                widget.tooltip = tooltip or None
                widget.display = True
                widget.refresh(layout=resized)
            for widget in pool[len(wanted):]:
                widget.display = False
        return True
