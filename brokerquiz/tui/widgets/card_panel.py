"""The study card drawn as lines by one widget of a fixed size: a key changes no layout.

A reveal or the next card used to show, hide and fill a dozen widgets (the card's frame, its
context line and front, the choices, the verdict, the answer, the explanation, the nuance),
and every such change made Textual lay out the whole screen again (it has no partial reflow)
and render each new widget: about two thirds of a key's work. Here the card is a tree of
`Box`es (a small box model: padding, a top margin, a round frame, a bar on the left, a rule
below, a background) that `CardPanel` turns into strips for its width and draws through the
public line API (`Widget.render_line`); the panel is `1fr` high whatever it shows, so a key
only re-renders and composites its lines. It scrolls itself (keys, mouse wheel) and draws
its scrollbar in the column Textual's gutter kept (`card_scroll.py`: keys, wheel, a dragged
thumb); a click on a line that names a part (a choice row) posts `CardPanel.Clicked`.

Colours come from component classes (`COMPONENT_CLASSES`, styled in CSS), so the theme and
the `$variables` resolve as they would for widgets; deck text stays literal (Content).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual import events
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.scrollbar import ScrollBarRender
from textual.strip import Strip
from textual.style import Style
from textual.visual import Visual
from textual.widget import Widget

from .card_scroll import CardScrolling
from .direct_lines import DirectLines
from .kept_styles import KeptComponentStyles

ROUND = ("╭", "─", "╮", "│", "╰", "╯")
MAX_KEPT = 48  # boxes kept drawn (questions, answers, choice rows); the cache starts over past this
MAX_ROWS = 512  # rows kept joined with their scrollbar cell (about ten cards); the cache starts over past this


@dataclass
class Box:
    """A block of the card: text (`content`) or boxes (`children`), with CSS-like spacing.

    `style`, `frame`, `bar` and `rule` name component classes of the panel (without the
    'card-panel--' prefix): the text's base style, a round frame's colour, a one-column bar on
    the left (`bar_char`) and a rule line below (`rule_char`). `tag` names the box's lines for
    clicks and tests (a choice row is 'choice-2')."""

    content: Content | None = None
    children: list[Box] = field(default_factory=list)
    padding: tuple[int, int, int, int] = (0, 0, 0, 0)  # top, right, bottom, left
    margin_top: int = 0
    margin_left: int = 0
    style: str = ""
    frame: str = ""
    bar: str = ""
    bar_char: str = "█"
    rule: str = ""
    rule_char: str = "▁"
    background: str = ""  # a component class whose background fills the box
    tag: str = ""
    key: Hashable | None = None  # what the box shows, when it is drawn the same every time (the question)
    fitted: Callable[[int], Content] | None = None  # content made for the width it is drawn at (the context line)


Line = tuple[Strip, str]  # a drawn line and the tags of the boxes it is in, outermost first ('/card/front')


class CardPanel(CardScrolling, DirectLines, KeptComponentStyles, Widget):
    """Draws a `Box` tree; `show(box)` replaces it (a refresh of its lines, never a layout)."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {
        "card-panel--frame", "card-panel--back-frame", "card-panel--front", "card-panel--muted",
        "card-panel--rule", "card-panel--choice", "card-panel--choice-hover", "card-panel--picked",
        "card-panel--right", "card-panel--wrong", "card-panel--missed", "card-panel--verdict",
        "card-panel--verdict-right", "card-panel--verdict-partly", "card-panel--verdict-wrong",
        "card-panel--nuance", "card-panel--nuance-bar", "card-panel--plain",
    }

    DEFAULT_CSS = """
    CardPanel { height: 1fr; width: 1fr; }
    CardPanel > .card-panel--frame { color: $primary 60%; }
    CardPanel > .card-panel--back-frame { color: $secondary 50%; }
    CardPanel > .card-panel--front { color: $text; text-style: bold; }
    CardPanel > .card-panel--muted { color: $text-muted; }
    CardPanel > .card-panel--rule { color: $text-muted; text-style: italic; }
    CardPanel > .card-panel--choice-hover { background: $boost; }
    CardPanel > .card-panel--picked { color: $text-accent; text-style: bold; }
    CardPanel > .card-panel--right { color: $text-success; }
    CardPanel > .card-panel--wrong { color: $text-error; }
    CardPanel > .card-panel--missed { color: $text-warning; }
    CardPanel > .card-panel--verdict { color: $primary; }
    CardPanel > .card-panel--verdict-right { color: $success; }
    CardPanel > .card-panel--verdict-partly { color: $warning; }
    CardPanel > .card-panel--verdict-wrong { color: $error; }
    CardPanel > .card-panel--nuance { background: $warning-muted 30%; }
    CardPanel > .card-panel--nuance-bar { color: $warning; }
    """

    class Clicked(Message):
        """A line with a tag was clicked (a choice row: 'choice-N')."""

        def __init__(self, tag: str) -> None:
            super().__init__()
            self.tag = tag

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.build: Callable[[], Box] | None = None
        self.box: Box | None = None  # the last built
        self.top = 0
        self.hover_tag = ""  # the tag under the pointer, drawn with the hover style when it is a choice
        self._lines: list[Line] | None = None
        self._drawn_for: tuple | None = None
        self._kept: dict = {}  # (box key, width) -> its lines: the question drawn once per card

    # ------------------------------------------------------------------ content

    def show(self, build: Callable[[], Box] | None, *, scroll_home: bool = False) -> None:
        """Draw what `build` returns from the next frame on (asked again when the width or the
        screen's classes change); `scroll_home` goes back to the top."""
        self.build = build
        if scroll_home and self.top:
            self.top = 0
            self._lines = None
            self.refresh()
            return
        self._refresh_changed()

    def redraw(self) -> None:
        """The same boxes drawn again (a style they name changed: a choice's mark)."""
        self._refresh_changed()

    def _refresh_changed(self) -> None:
        """Draw the lines anew and refresh only the rows whose line changed: a reveal leaves the
        question's lines as they were, and Textual renders and composites just the rest."""
        old = self._lines
        self._lines = None
        if old is None or not self.size.height or self._drawn_for != self._look():
            self.refresh()
            return
        new = self.lines()
        rows = [y for y in range(self.size.height) if self._row(old, y) != self._row(new, y)]
        if rows:
            if len(new) > self.size.height or len(old) > self.size.height:
                rows = list(range(self.size.height))  # the scrollbar's thumb moves too
            self.refresh(Region(0, rows[0], self.size.width, rows[-1] - rows[0] + 1))

    def _row(self, lines: list[Line], y: int) -> Strip | None:
        index = self.top + y
        return lines[index][0] if index < len(lines) else None

    def _look(self) -> tuple:
        """What the lines depend on besides the boxes: width, theme, the screen's size class (the
        choice under the pointer is in the kept lines' keys: a hover redraws only its rows)."""
        screen = self.__dict__.get("_screen")
        if screen is None:  # found once (`self.screen` walks up the DOM; this is asked for every line)
            screen = self.__dict__["_screen"] = self.screen
        return (self.width_for_lines(), self.app.theme, screen.classes)

    def prepare(self, box: Box) -> None:
        """Draw `box` (a tree like the one shown) now, keeping the lines of its keyed boxes for
        when they are shown: between keys, what the next key will likely show. A box kept
        whole (the next card's question) has its rows joined and filtered too, so the key
        only hands them to the compositor (`DirectLines`)."""
        if self.size.width and self._drawn_for == self._look():
            lines = self._render_box(box, self.width_for_lines(), "", self._style("plain"))
            if box.key is not None:  # kept whole: its rows too, as shown from the top
                blank, total = self._blank(self.size.width - 1), len(lines)
                rows = [self._joined(lines[y][0] if y < total else blank, self._scrollbar(y, total, top=0))
                        for y in range(self.size.height)]
                self.warm_filters(rows)

    def width_for_lines(self) -> int:
        """The width the lines are drawn at: the panel's less the scrollbar's column (before the
        first layout, the screen's: the panel spans it)."""
        return max(1, (self.size.width or self.screen.size.width or self.app.size.width) - 1)

    def lines(self) -> list[Line]:
        """The lines for the current width, drawn once per box, width and look."""
        key = self._look()
        width = key[0]
        if self._lines is None or self._drawn_for != key:
            if self._drawn_for is not None and self._drawn_for[1:] != key[1:]:
                self._kept.clear()  # another theme or size class: the kept boxes are drawn anew
            self._drawn_for = key
            self.box = self.build() if self.build is not None else None
            self._lines = self._render_box(self.box, width, "", self._style("plain")) if self.box is not None else []
        return self._lines

    def tag_text(self, tag: str) -> str:
        """The plain text of the lines of the boxes tagged `tag` (and the boxes in them)."""
        return "\n".join(strip.text.rstrip() for strip, path in self.lines() if tag in path.split("/"))

    def find(self, tag: str) -> Box | None:
        """The first box tagged `tag` in what is shown."""
        self.lines()  # built for what is shown now
        stack = [self.box] if self.box is not None else []
        while stack:
            box = stack.pop(0)
            if box.tag == tag:
                return box
            stack[:0] = box.children
        return None

    def line_of(self, tag: str) -> int | None:
        """The first line (from the top of the content) tagged `tag`, or None."""
        return next((y for y, (_strip, path) in enumerate(self.lines()) if tag in path.split("/")), None)

    # ------------------------------------------------------------------ drawing boxes

    def _style(self, name: str) -> RichStyle:
        return self.component_style(f"card-panel--{name or 'plain'}")

    def _render_box(self, box: Box, width: int, tag: str, outer: RichStyle) -> list[Line]:
        """`box` as lines `width` cells wide, from the outside in: margin, frame, bar, padding;
        a box with a `key` is drawn once per key and width."""
        if box.key is not None:
            key = (box.key, width, tag, self._hover_in(box))
            kept = self._kept.get(key)
            if kept is None:
                if len(self._kept) > MAX_KEPT:
                    self._kept.clear()
                kept = self._kept[key] = self._draw_box(box, width, tag, outer)
            return list(kept)
        return self._draw_box(box, width, tag, outer)

    def _hover_in(self, box: Box) -> str:
        """The tag under the pointer when it is `box`'s or one of the boxes' in it, else ''."""
        hover = self.hover_tag
        if not hover:
            return ""
        stack = [box]
        while stack:
            inner = stack.pop()
            if inner.tag == hover:
                return hover
            stack += inner.children
        return ""

    def _draw_box(self, box: Box, width: int, tag: str, outer: RichStyle) -> list[Line]:
        tag = f"{tag}/{box.tag}" if box.tag else tag
        base = self._style(box.background) if box.background else outer
        if box.tag and box.tag == self.hover_tag:
            base = base + self._style("choice-hover")
        top, right, bottom, left = box.padding
        padded = max(1, width - box.margin_left - (2 if box.frame else 0) - (1 if box.bar else 0))
        inner = max(1, padded - left - right)
        body = self._box_body(box, inner, tag, base)
        if left or right:
            sides = (Strip.blank(left, base), Strip.blank(right, base))
            body = [(Strip.join([sides[0], strip, sides[1]]), t) for strip, t in body]
        blank = [(Strip.blank(padded, base), tag)]
        body = blank * top + body + blank * bottom
        if box.bar:
            bar = Segment(box.bar_char, self._style(box.bar) + RichStyle(bgcolor=base.bgcolor))
            body = [(Strip([bar, *strip]), t) for strip, t in body]
            padded += 1
        if box.frame:
            body = self._framed(body, padded, self._style(box.frame) + RichStyle(bgcolor=outer.bgcolor), tag)
            padded += 2
        if box.rule:
            rule = self._style(box.rule) + RichStyle(bgcolor=outer.bgcolor)
            body.append((Strip([Segment(box.rule_char * padded, rule)]), tag))
        if box.margin_left:
            margin = Strip.blank(box.margin_left, outer)
            body = [(Strip.join([margin, strip]), t) for strip, t in body]
        return body

    def _box_body(self, box: Box, inner: int, tag: str, base: RichStyle) -> list[Line]:
        """The box's text wrapped to `inner` cells, or its children with their top margins."""
        body: list[Line] = []
        content = box.fitted(inner) if box.fitted is not None else box.content
        if content is not None:
            style = Style.from_rich_style(base + self._style(box.style) if box.style else base)
            for strip in Visual.to_strips(self, content, inner, None, style, apply_selection=False):
                body.append((strip.extend_cell_length(inner, base).crop(0, inner), tag))
        for child in box.children:
            body += [(Strip.blank(inner, base), tag)] * child.margin_top
            body += self._render_box(child, inner, tag, base)
        return body

    @staticmethod
    def _framed(body: list[Line], inner: int, edge: RichStyle, tag: str) -> list[Line]:
        tl, h, tr, v, bl, br = ROUND
        side = Segment(v, edge)
        framed = [(Strip([Segment(tl + h * inner + tr, edge)]), tag)]
        framed += [(Strip([side, *strip, side]), t) for strip, t in body]
        framed.append((Strip([Segment(bl + h * inner + br, edge)]), tag))
        return framed

    # ------------------------------------------------------------------ the line API

    def render_line(self, y: int) -> Strip:
        """Row `y` with its scrollbar cell, joined only when Textual asks for it (a reveal asks
        for the rows that changed, not all of them) or between keys (`prepare`)."""
        lines = self.lines()
        size = self.size
        if y >= size.height:
            return Strip.blank(size.width, self._style("plain"))
        index = self.top + y
        strip = lines[index][0] if index < len(lines) else self._blank(size.width - 1)
        return self._joined(strip, self._scrollbar(y, len(lines)))

    def direct_rows(self, rows: range) -> list[Strip]:
        """`render_line` for each of `rows`, the lines looked up once."""
        lines, size, top = self.lines(), self.size, self.top
        blank, total, height = self._blank(size.width - 1), len(lines), size.height
        no_bar = self._blank(1) if total <= height else None  # the card fits: no thumb in that column
        joined = self._joined
        return [
            joined(lines[top + y][0] if top + y < total else blank, no_bar or self._scrollbar(y, total))
            if y < height else Strip.blank(size.width, self._style("plain"))
            for y in rows
        ]

    def _joined(self, strip: Strip, bar: Strip) -> Strip:
        """`strip` and its scrollbar cell as one row, joined once for the pair (the kept lines
        of a card drawn between keys come back as the same strips)."""
        joined: dict = self.__dict__.setdefault("_joined_rows", {})
        key = (id(strip), id(bar))
        row = joined.get(key)
        if row is None or row[0] is not strip or row[1] is not bar:
            if len(joined) >= MAX_ROWS:
                joined.clear()
            row = joined[key] = (strip, bar, Strip.join([strip, bar]))
        return row[2]

    def _blank(self, width: int) -> Strip:
        """A blank strip in the plain style, drawn once per width and look."""
        key = (width, self._style("plain"))
        blank = self.__dict__.get("_blank_strip")
        if blank is None or blank[0] != key:
            blank = self.__dict__["_blank_strip"] = (key, Strip.blank(width, key[1]))
        return blank[1]

    def _scrollbar(self, y: int, total: int, top: int | None = None) -> Strip:
        """Row `y` of the scrollbar for `total` lines scrolled to `top` (None: where they are)."""
        height = self.size.height
        if total <= height:
            return self._blank(1)
        top = self.top if top is None else top
        key = (total, height, top, self.app.theme)
        bars: dict = self.__dict__.setdefault("_bars", {})  # the one shown and the one prepared
        bar = bars.get(key)
        if bar is None:  # coloured as Textual's ScrollBar colours itself
            back = self.styles.scrollbar_background
            if back.a < 1:
                back = self.background_colors[0] + back
            color = back + self.styles.scrollbar_color
            segments = ScrollBarRender.render_bar(
                size=height, virtual_size=total, window_size=height, position=top,
                back_color=back.rich_color, bar_color=color.rich_color,
            )
            if len(bars) >= 8:
                bars.clear()
            bar = bars[key] = [Strip([segment]).discard_meta() for segment in segments.segments if segment.text != "\n"]
        return bar[y] if y < len(bar) else self._blank(1)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return container.height
