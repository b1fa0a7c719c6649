"""Again / Hard / Good / Easy with the interval each would give, as Anki's answer buttons."""

from __future__ import annotations

from datetime import timedelta

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from ..format import format_interval
from .repeated_lines import RepeatedLines, content_key
from ...core.sessions.verdict_words import RATING_LABELS, rating_label


class RatingButton(RepeatedLines, Static):
    """One rating; clicking it rates the card. Its label is drawn once per text and colour."""

    def _drawn_key(self):
        return content_key(self.content)

    def __init__(self, rating: int) -> None:
        super().__init__(markup=False, classes=f"rating rating-{rating}", id=f"rate-{rating}")
        self.rating = rating

    def on_click(self) -> None:
        self.post_message(RatingBar.Rated(self.rating))


PROPOSED_MARK = "▶ "  # the proposed rating reads without colour too (tmux capture-pane, no-color terminals)


class RatingBar(Horizontal):
    """Four ratings with their intervals; the proposed one is highlighted and marked ▶."""

    DEFAULT_CSS = """
    RatingBar { height: 1; width: 100%; }
    RatingBar .rating { width: 1fr; height: 1; content-align: center middle; color: $text-muted; }
    RatingBar .rating:hover { background: $boost; }
    RatingBar .rating-1.-proposed { background: $error-muted; color: $text; text-style: bold; }
    RatingBar .rating-2.-proposed { background: $warning-muted; color: $text; text-style: bold; }
    RatingBar .rating-3.-proposed { background: $success-muted; color: $text; text-style: bold; }
    RatingBar .rating-4.-proposed { background: $primary-muted; color: $text; text-style: bold; }
    """

    class Rated(Message):
        """A rating was clicked."""

        def __init__(self, rating: int) -> None:
            super().__init__()
            self.rating = rating

    _shown: tuple | None = None  # (intervals, proposed) drawn

    def compose(self) -> ComposeResult:
        for rating in RATING_LABELS:
            yield RatingButton(rating)

    def clear(self) -> None:
        """Blank on a question, its line kept, without a layout: the buttons draw nothing (a
        change of `visible` or `display` would lay out the whole screen); each button keeps the
        lines it drew (`RepeatedLines`), so labels like the last card's are not rendered anew."""
        if self._shown is None or self._blank:
            return
        self._blank = True
        for button in self.query(RatingButton):
            if button.has_class("-proposed"):
                button.remove_class("-proposed")
            button.update("", layout=False)

    _blank = True  # drawing nothing (a question)

    def show(self, intervals: dict[int, timedelta], proposed: int | None) -> None:
        """Intervals by rating ({} in cram: the schedule does not move)."""
        if not self.visible:  # hidden only until the first answer
            self.visible = True
        # what each button says: cards whose intervals read alike ("10m", "1d") redraw nothing
        words = {r: format_interval(intervals[r]) if r in intervals else "" for r in RATING_LABELS}  # cram: none
        if (words, proposed) == self._shown and not self._blank:
            return
        self._shown = (words, proposed)
        self._blank = False
        for button in self.query(RatingButton):
            r, when = button.rating, words[button.rating]
            if button.has_class("-proposed") != (r == proposed):  # a class change restyles the button
                button.set_class(r == proposed, "-proposed")
            mark = PROPOSED_MARK if r == proposed else ""
            label = Content.assemble((f"{mark}{r} ", "bold"), rating_label(r), (f" {when}" if when else "", "italic"))
            button.update(label, layout=False)  # 1fr wide, one line: no new layout
