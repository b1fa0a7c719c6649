"""The study screen's footer: the keys that work now, drawn as one line, redrawn only when they change.

It looks like Textual's `Footer` (the same theme variables and spacing) but is two widgets, not
one per key: Textual's footer rebuilds its key widgets on every change, and its key widgets are
laid out and rendered again on every frame whose layout changes (each reveal and rating),
about a third of the work of such a frame (benchmarks/bench_keys.py). Public Textual API only:
`screen.active_bindings`, `screen.bindings_updated_signal`, `app.get_key_display`,
`app.run_action`, `app.simulate_key`.
"""

from __future__ import annotations

from itertools import groupby
from typing import NamedTuple

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.style import Style
from textual.widget import Widget

from .direct_lines import DirectLines
from .kept_styles import KeptComponentStyles
from .repeated_lines import RepeatedLines


class ShownKey(NamedTuple):
    key: str  # what a click presses
    display: str  # as drawn ("space", "1-4", "⏎")
    description: str  # "" for a key of a group: the group's words follow the group
    enabled: bool
    tooltip: str
    action: str = ""  # the binding's action, run on its node by a click
    node: object = None


class KeyLine(DirectLines, KeptComponentStyles, RepeatedLines, Widget):
    """A row of keys drawn as one piece of text (each set of keys drawn once); a click presses
    the key under the pointer."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"footer-key--key", "footer-key--description", "footer-key--item"}
    DEFAULT_CSS = """
    KeyLine {
        width: 1fr;
        height: 1;
        text-wrap: nowrap;
        text-overflow: clip;
        & > .footer-key--item { background: $footer-item-background; }
        & > .footer-key--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .footer-key--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        &.-command-palette {
            width: auto;
            dock: right;
            padding-right: 1;
            border-left: vkey $foreground 20%;
            background: $footer-item-background;
        }
    }
    """

    def __init__(self, keys: tuple[ShownKey | str, ...] = (), **kwargs) -> None:
        super().__init__(**kwargs)
        self.keys = keys  # a str is a group's words after its keys
        self._spans: list[tuple[int, int, ShownKey]] | None = None  # found when first asked for

    def show(self, keys: tuple[ShownKey | str, ...]) -> None:
        if keys != self.keys:
            self.keys = keys
            self._spans = None
            self.refresh(layout=self.has_class("-command-palette"))  # the keys line is 1fr wide: no layout

    def _pieces(self, shown: ShownKey) -> tuple[str, str]:
        """The key and its words with their padding as `FooterKey` pads them: ' q ' 'Quit ';
        compact (and the command palette key): 'q' ' Quit', then one space of margin."""
        if self.has_class("-command-palette"):
            return shown.display, f" {shown.description}" if shown.description else ""
        if self.has_class("-compact"):
            return shown.display, f" {shown.description}" if shown.description else ""
        return f" {shown.display} ", f"{shown.description} " if shown.description else ""

    def _drawn(self) -> list[tuple[str, str, bool]]:
        """(text, part, enabled) in order: part is "key", "words" or "gap" (the margin)."""
        drawn: list[tuple[str, str, bool]] = []
        for shown in self.keys:
            if isinstance(shown, str):  # a key group's description (FooterLabel)
                drawn.append((f"{shown} ", "words", True))
                continue
            key, description = self._pieces(shown)
            drawn.append((key, "key", shown.enabled))
            if description:
                drawn.append((description, "words", shown.enabled))
            if self.has_class("-compact"):  # FooterKey's margin-right: the footer's background
                drawn.append((" ", "gap", True))
        if drawn and drawn[-1][1] == "gap":
            drawn.pop()  # the last margin is the line's own background, as after Footer's last key
        return drawn

    def _find_spans(self) -> list[tuple[int, int, ShownKey]]:
        spans, x = [], 0
        for shown in self.keys:
            if isinstance(shown, str):
                x += cell_len(shown) + 1
                continue
            width = sum(map(cell_len, self._pieces(shown)))
            spans.append((x, x + width, shown))
            x += width + (1 if self.has_class("-compact") else 0)
        return spans

    def _drawn_key(self):
        return (self.keys, self.has_class("-compact"), self.has_class("-command-palette"))

    def render(self) -> Content:
        item = Style.from_rich_style(self.component_style("footer-key--item"))
        styles = {
            "key": item + Style.from_rich_style(self.component_style("footer-key--key")),
            "words": item + Style.from_rich_style(self.component_style("footer-key--description")),
            "gap": Style(),
        }
        dim = Style(dim=True)
        return Content.assemble(*((text, styles[part] if enabled else styles[part] + dim) for text, part, enabled in self._drawn()))

    def get_content_width(self, container, viewport) -> int:
        margin = 1 if self.has_class("-compact") else 0
        return sum(cell_len(k) + 1 if isinstance(k, str) else sum(map(cell_len, self._pieces(k))) + margin for k in self.keys)

    @property
    def spans(self) -> tuple[tuple[int, int, ShownKey], ...]:
        """(first column, column after, key) of each key as drawn."""
        if self._spans is None:
            self._spans = self._find_spans()
        return tuple(self._spans)

    def key_at(self, x: int) -> ShownKey | None:
        """The key drawn at column `x` of the content (None: between or after the keys)."""
        return next((shown for start, end, shown in self.spans if start <= x < end), None)

    async def on_mouse_down(self, event: events.MouseDown) -> None:
        shown = self.key_at(event.x - self.styles.padding.left)
        if shown is None:
            return
        if not shown.enabled:
            self.app.bell()
        elif shown.node is not None:  # the binding drawn, not whatever the key means first
            await self.app.run_action(shown.action, shown.node)  # (its check_action still asks)
        else:
            self.app.simulate_key(shown.key)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        shown = self.key_at(event.x - self.styles.padding.left)
        self.tooltip = (shown.tooltip or None) if shown else None


class StudyFooter(Widget):
    """The keys of the current screen that `Footer` would show, and the command palette key."""

    DEFAULT_CSS = """
    StudyFooter {
        layout: horizontal;
        color: $footer-foreground;
        background: $footer-background;
        dock: bottom;
        height: 1;
        /* as Textual's compact Footer: the palette key without padding on its right */
        &.-compact > KeyLine.-command-palette { padding-right: 0; }
    }
    """

    def __init__(self, *, compact: bool = False, **kwargs) -> None:
        """`compact`: no padding around the keys, one space between them (`Footer(compact=True)`)."""
        super().__init__(**kwargs)
        self.compact = compact
        self.set_class(compact, "-compact")

    def compose(self) -> ComposeResult:
        keys, palette = self._wanted()
        yield KeyLine(keys, id="footer-keys", classes="-compact" if self.compact else "")
        if palette:
            yield KeyLine(palette, classes="-command-palette", id="footer-palette")

    def on_mount(self) -> None:
        # immediate: the keys change in the frame that changes the card (a posted callback runs after it)
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed, immediate=True)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    @property
    def shown(self) -> tuple[ShownKey, ...]:
        """The keys drawn now (the palette key aside), in order."""
        return tuple(k for k in self.query_one("#footer-keys", KeyLine).keys if not isinstance(k, str))

    def bindings_changed(self, screen) -> None:
        if self.is_attached and screen is self.screen:
            self.query_one("#footer-keys", KeyLine).show(self._wanted()[0])

    def _wanted(self) -> tuple[tuple[ShownKey | str, ...], tuple[ShownKey, ...]]:
        """(the keys as `Footer.compose` lays them out, the command palette key or ())."""
        active = self.screen.active_bindings
        first: dict[str, tuple[Binding, bool, str]] = {}
        for node, binding, enabled, tooltip in active.values():
            if binding.show:
                first.setdefault(binding.action, (binding, enabled, tooltip, node))
        keys: list[ShownKey | str] = []
        for group, members in groupby(first.values(), lambda shown: shown[0].group):
            members = list(members)
            grouped = group is not None and len(members) > 1
            for binding, enabled, tooltip, node in members:
                description = "" if grouped else binding.description
                tip = (tooltip or binding.description) if grouped else tooltip
                keys.append(ShownKey(binding.key, self.app.get_key_display(binding), description, enabled, tip or "",
                                     binding.action, node))
            if grouped:
                keys.append(group.description)
        palette: tuple[ShownKey, ...] = ()
        if self.app.ENABLE_COMMAND_PALETTE and self.app.COMMAND_PALETTE_BINDING in active:
            _node, binding, enabled, _tooltip = active[self.app.COMMAND_PALETTE_BINDING]
            palette = (ShownKey(binding.key, self.app.get_key_display(binding), binding.description, enabled,
                                binding.tooltip or binding.description),)
        return tuple(keys), palette
