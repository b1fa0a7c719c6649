"""The study screen's footer: the keys that work now, drawn as one line in the look of Textual's Footer."""

from __future__ import annotations

from typing import NamedTuple

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.widget import Widget


class _Item(NamedTuple):
    """One key as drawn: where it is on the line and what it does."""

    start: int
    end: int
    key: str
    tooltip: str
    enabled: bool


class StudyFooter(Widget):
    """Textual's Footer (keys with descriptions, ``^p palette`` on the right) as one widget.

    The stock Footer is a scrollable container with a widget per key, which costs about
    30 ms of styling and layout before the first card is seen; it also starts empty and
    rebuilds its keys after the first frame and again after every `refresh_bindings`.
    This one draws the same line from `screen.active_bindings` in the first frame, redraws
    only when the keys shown change, and keeps what the keys do: a click presses the key,
    hovering shows its tooltip and highlights it.
    """

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {
        "study-footer--key",
        "study-footer--description",
        "study-footer--palette-border",
        "study-footer--hover",
    }
    # the same theme variables and spacing as Textual's Footer / FooterKey
    DEFAULT_CSS = """
    StudyFooter {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        & > .study-footer--key { color: $footer-key-foreground; background: $footer-key-background; text-style: bold; }
        & > .study-footer--description { color: $footer-description-foreground; background: $footer-description-background; }
        & > .study-footer--palette-border { color: $foreground 20%; }
        & > .study-footer--hover { color: $footer-key-foreground; background: $block-hover-background; }
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._items: list[_Item] = []
        self._shown: tuple | None = None
        self._hover: int | None = None

    # ------------------------------------------------------------------ which keys

    def _keys(self) -> tuple[list[tuple[Binding, bool, str]], tuple[Binding, bool, str] | None]:
        """(the keys on the left, one per action as the stock footer groups them; the palette key)."""
        active = self.screen.active_bindings
        by_action: dict[str, tuple[Binding, bool, str]] = {}
        for _node, binding, enabled, tooltip in active.values():
            if binding.show:
                by_action.setdefault(binding.action, (binding, enabled, tooltip))
        palette = None
        if self.app.ENABLE_COMMAND_PALETTE and self.app.COMMAND_PALETTE_BINDING in active:
            _node, binding, enabled, tooltip = active[self.app.COMMAND_PALETTE_BINDING]
            palette = (binding, enabled, tooltip or binding.tooltip or binding.description)
        return list(by_action.values()), palette

    def _signature(self) -> tuple:
        keys, palette = self._keys()
        return tuple((b.key, b.description, self.app.get_key_display(b), e) for b, e, _ in [*keys, *([palette] if palette else [])])

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen) -> None:
        if screen is self.screen and self._signature() != self._shown:
            self.refresh()

    # ------------------------------------------------------------------ drawing

    def render(self) -> Text:
        keys, palette = self._keys()
        self._shown = self._signature()
        key_style = self.get_component_rich_style("study-footer--key")
        description_style = self.get_component_rich_style("study-footer--description")
        hover_style = self.get_component_rich_style("study-footer--hover")
        width = self.size.width
        line = Text(no_wrap=True, overflow="crop", end="")
        items: list[_Item] = []

        def add(binding: Binding, enabled: bool, tooltip: str, parts: list[tuple[str, Style]]) -> None:
            start = line.cell_len
            index = len(items)
            for text, style in parts:
                if not enabled:
                    style += Style(dim=True)
                if index == self._hover:
                    style = hover_style + style
                line.append(text, style)
            items.append(_Item(start, line.cell_len, binding.key, tooltip or binding.description, enabled))

        for binding, enabled, tooltip in keys:  # FooterKey, not compact: " key " then "description "
            shown = self.app.get_key_display(binding)
            add(binding, enabled, tooltip, [(f" {shown} ", key_style), (f"{binding.description} ", description_style)])
        if palette is not None:  # docked right, compact, with a vkey border on its left
            binding, enabled, tooltip = palette
            shown = self.app.get_key_display(binding)
            right = 1 + cell_len(shown) + 1 + cell_len(binding.description) + 1
            line.append(" " * max(width - line.cell_len - right, 0))
            line.append("▏", self.get_component_rich_style("study-footer--palette-border"))
            add(binding, enabled, tooltip, [(shown, key_style), (f" {binding.description}", description_style), (" ", Style())])
        self._items = items
        return line

    # ------------------------------------------------------------------ mouse

    def _item_at(self, x: int) -> int | None:
        for index, item in enumerate(self._items):
            if item.start <= x < item.end:
                return index
        return None

    def on_mouse_move(self, event: events.MouseMove) -> None:
        index = self._item_at(event.x)
        if index != self._hover:
            self._hover = index
            self.tooltip = self._items[index].tooltip if index is not None else None
            self.refresh()

    def on_leave(self, event: events.Leave) -> None:
        if self._hover is not None:
            self._hover = None
            self.tooltip = None
            self.refresh()

    def on_click(self, event: events.Click) -> None:
        index = self._item_at(event.x)
        if index is None:
            return
        item = self._items[index]
        if item.enabled:
            self.app.simulate_key(item.key)
        else:
            self.app.bell()
