"""The study screen's header: icon, title — subtitle, drawn as one line in the look of Textual's Header."""

from __future__ import annotations

from textual import events
from textual.content import Content
from textual.style import Style as VisualStyle
from textual.widget import Widget

ICON = "⭘"
ICON_WIDTH = 8  # HeaderIcon: width 8, padding 0 1
CLOCK_WIDTH = 10  # HeaderClockSpace: the title is centred as if a clock were there


class StudyHeader(Widget):
    """Textual's Header without a clock, as one widget instead of four.

    The stock Header composes an icon, a title and a clock space, each styled and laid
    out, and rewrites its title after the first frame: about 15 ms before the first card.
    This draws the same line (the screen's title and sub-title, the app's `format_title`)
    and keeps the Header's behaviour: the icon opens the command palette, a click elsewhere
    makes it tall.
    """

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"study-header--icon-hover"}
    DEFAULT_CSS = """
    StudyHeader {
        dock: top;
        width: 100%;
        height: 1;
        background: $panel;
        color: $foreground;
        content-align-vertical: middle;
        &.-tall { height: 3; }
        & > .study-header--icon-hover { background: $foreground 10%; }
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._icon_hover = False

    def on_mount(self) -> None:
        for obj in (self.screen, self.app):  # the screen's title, else the app's
            self.watch(obj, "title", self._title_changed, init=False)
            self.watch(obj, "sub_title", self._title_changed, init=False)

    def _title_changed(self) -> None:
        self.refresh()

    def _titles(self) -> tuple[str, str]:
        screen, app = self.screen, self.app
        title = screen.title if screen.title is not None else app.title
        sub_title = screen.sub_title if screen.sub_title is not None else app.sub_title
        return title, sub_title

    def render(self) -> Content:
        width = self.size.width
        icon = Content(" " + ICON).pad_right(ICON_WIDTH - 2)
        if self._icon_hover:
            icon = icon.stylize(VisualStyle.from_rich_style(self.get_component_rich_style("study-header--icon-hover")))
        room = max(width - ICON_WIDTH - CLOCK_WIDTH, 0)
        title = self.app.format_title(*self._titles()).rstrip().truncate(room, ellipsis=True)
        left = (room - title.cell_length) // 2
        return Content.assemble(icon, title.pad(left, room - left - title.cell_length), " " * CLOCK_WIDTH)

    # ------------------------------------------------------------------ mouse

    def on_mouse_move(self, event: events.MouseMove) -> None:
        on_icon = event.x < ICON_WIDTH and self.app.ENABLE_COMMAND_PALETTE
        if on_icon != self._icon_hover:
            self._icon_hover = on_icon
            self.tooltip = "Open the command palette" if on_icon else None
            self.refresh()

    def on_leave(self, event: events.Leave) -> None:
        if self._icon_hover:
            self._icon_hover = False
            self.tooltip = None
            self.refresh()

    async def on_click(self, event: events.Click) -> None:
        if event.x < ICON_WIDTH and self.app.ENABLE_COMMAND_PALETTE:
            event.stop()
            await self.run_action("app.command_palette")
        else:
            self.toggle_class("-tall")
