"""Again / Hard / Good / Easy with the interval each would give, as Anki's answer buttons.

One widget drawing the four buttons as one line (public line API, `render_line`): four
button widgets changed classes on every key (the proposed one is coloured, and a question
shows none), and each class change restyles a widget, about a millisecond a key. Each
button is a quarter of the line, its label centred, the proposed one coloured by its rating
and marked ▶; a click on a quarter rates with it. The line drawn for each (labels, proposed,
hover) is kept: cards whose intervals read alike draw nothing anew.
"""

from __future__ import annotations

from datetime import timedelta

from rich.segment import Segment
from textual import events
from textual.content import Content
from textual.message import Message
from textual.strip import Strip
from textual.style import Style
from textual.visual import Visual
from textual.widget import Widget

from ..format import format_interval
from .direct_lines import DirectLines
from .kept_styles import KeptComponentStyles
from ...core.sessions.verdict_words import RATING_LABELS, rating_label

PROPOSED_MARK = "▶ "  # the proposed rating reads without colour too (tmux capture-pane, no-color terminals)
MAX_KEPT = 16  # lines kept; the cache starts over past this


class RatingBar(DirectLines, KeptComponentStyles, Widget):
    """Four ratings with their intervals; the proposed one is highlighted and marked ▶."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {
        "rating-bar--button", "rating-bar--hover",
        "rating-bar--proposed-1", "rating-bar--proposed-2", "rating-bar--proposed-3", "rating-bar--proposed-4",
    }
    DEFAULT_CSS = """
    RatingBar { height: 1; width: 100%; }
    RatingBar > .rating-bar--button { color: $text-muted; }
    RatingBar > .rating-bar--hover { background: $boost; }
    RatingBar > .rating-bar--proposed-1 { background: $error-muted; color: $text; text-style: bold; }
    RatingBar > .rating-bar--proposed-2 { background: $warning-muted; color: $text; text-style: bold; }
    RatingBar > .rating-bar--proposed-3 { background: $success-muted; color: $text; text-style: bold; }
    RatingBar > .rating-bar--proposed-4 { background: $primary-muted; color: $text; text-style: bold; }
    """

    class Rated(Message):
        """A rating was clicked."""

        def __init__(self, rating: int) -> None:
            super().__init__()
            self.rating = rating

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.labels: dict[int, Content] = {}  # by rating; {} on a question: nothing drawn
        self.proposed: int | None = None
        self._shown: tuple | None = None  # (intervals as words, proposed) drawn
        self._hover: int | None = None
        self._kept: dict = {}

    def clear(self) -> None:
        """Blank on a question, its line kept: showing the ratings again moves nothing."""
        if self.labels:
            self.labels, self.proposed, self._shown = {}, None, None
            self.refresh()

    def show(self, intervals: dict[int, timedelta], proposed: int | None) -> None:
        """Intervals by rating ({} in cram: the schedule does not move)."""
        words = {r: format_interval(intervals[r]) if r in intervals else "" for r in RATING_LABELS}  # cram: none
        if (words, proposed) == self._shown:
            return
        self._shown = (words, proposed)
        self.proposed = proposed
        self.labels = {
            r: Content.assemble((f"{PROPOSED_MARK if r == proposed else ''}{r} ", "bold"), rating_label(r),
                                (f" {words[r]}" if words[r] else "", "italic"))
            for r in RATING_LABELS
        }
        self.refresh()

    def label_text(self) -> dict[int, str]:
        """What each button says now ('▶ 3 Good 10m'); {} on a question."""
        return {r: label.plain for r, label in self.labels.items()}

    def _cells(self) -> list[tuple[int, int, int]]:
        """(rating, first column, width) of each button: the line in quarters, as 1fr widths."""
        width, count = self.size.width, len(RATING_LABELS)
        edges = [width * i // count for i in range(count + 1)]
        return [(r, edges[i], edges[i + 1] - edges[i]) for i, r in enumerate(RATING_LABELS)]

    def render_line(self, y: int) -> Strip:
        key = (tuple(self.label_text().items()), self.proposed, self._hover, self.size, self.app.theme)
        strip = self._kept.get(key)
        if strip is None:
            if len(self._kept) >= MAX_KEPT:
                self._kept.clear()
            strip = self._kept[key] = self._draw_line()
        return strip

    def _draw_line(self) -> Strip:
        base = self.component_style("rating-bar--button")
        pieces = []
        for rating, _x, width in self._cells():
            style = base
            if rating == self.proposed:
                style = base + self.component_style(f"rating-bar--proposed-{rating}")
            elif rating == self._hover:
                style = base + self.component_style("rating-bar--hover")
            label = self.labels.get(rating)
            if label is None or width <= 0:
                pieces.append(Strip([Segment(" " * max(0, width), style)]))
                continue
            lines = Visual.to_strips(self, label, width, 1, Style.from_rich_style(style), apply_selection=False)
            line = lines[0].crop(0, width) if lines else Strip([])
            pieces.append(next(iter(Strip.align([line], style, width, 1, "center", "top"))))
        return Strip.join(pieces)

    def _rating_at(self, x: int) -> int | None:
        return next((r for r, start, width in self._cells() if start <= x < start + width), None)

    def on_click(self, event: events.Click) -> None:
        rating = self._rating_at(event.x)
        if rating is not None:
            self.post_message(self.Rated(rating))

    def on_mouse_move(self, event: events.MouseMove) -> None:
        rating = self._rating_at(event.x) if self.labels else None
        if rating != self._hover:
            self._hover = rating
            self.refresh()

    def on_leave(self, event: events.Leave) -> None:
        if self._hover is not None:
            self._hover = None
            self.refresh()
