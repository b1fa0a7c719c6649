"""Session progress: a bar of cards done over cards in the session, and the counts.

One widget drawing its line itself (the public line API, `Widget.render_line`): the bar, drawn
as Textual's `ProgressBar` draws it (the same glyphs and half cells, colours from component
classes styled like its bar's), then the counts and the mode. It was a `ProgressBar` (a bar
widget rendering through Rich, a percentage label and a timer) and two labels in a row:
four widgets rendered and composited on every card, about a millisecond of each rate+next
key (benchmarks/bench_keys.py). A new count now draws one line of segments, no layout.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style as RichStyle
from textual.strip import Strip
from textual.widget import Widget

from ...core.translate import N_, _, ngettext
from .kept_styles import KeptComponentStyles
from .literal import printable


MODE_NAMES = {"flip": N_("flip"), "typed": N_("typed"), "cram": N_("cram"), "quiz": N_("quiz")}
BAR, HALF_LEFT, HALF_RIGHT = "━", "╺", "╸"  # textual.renderables.bar.Bar's glyphs
GAP = "  "  # before the counts and before the mode (the labels' left padding)
SEP = " · "

Piece = tuple[str, str]  # text, the component class it is drawn with ('' : the label's own)


def bar_pieces(width: int, fraction: float) -> tuple[str, str, str]:
    """(done, half cell, rest) of a bar `width` cells wide, `fraction` done, as Textual's
    `ProgressBar` draws it: the done part rounded down to half a cell; a half cell ends the
    done part ('╸') or starts the rest ('╺'); the rest in the track colour."""
    if width <= 0:
        return "", "", ""
    end = int(max(0.0, min(1.0, fraction)) * width * 2) / 2
    if end <= 0:
        return "", "", BAR * width
    full = int(end)
    if end > full:  # half a cell done: '╸' in the bar's colour
        return BAR * full, HALF_RIGHT, BAR * (width - full - 1)
    rest = width - full
    return BAR * full, "", (HALF_LEFT + BAR * (rest - 1)) if rest > 0 else ""


def counted(template: str, number: int, style: str) -> list[Piece]:
    """`template` ('{n} new', 'новых: {n}') with the number in `style`, wherever the language puts it."""
    before, _sep, after = template.partition("{n}")
    return [(before, ""), (str(number), style), (after, "")]


class SessionProgress(KeptComponentStyles, Widget):
    """'━━━━╺───  12 done · 8 new · 1 learning · 3 review  flip' (cram: '12 done · 30 left');
    the total grows when learning cards come back."""

    COMPONENT_CLASSES = {
        "progress--bar", "progress--complete", "progress--label", "progress--mode",
        "progress--count", "progress--new", "progress--learning", "progress--review",
    }
    DEFAULT_CSS = """
    SessionProgress {
        height: 1; padding: 0 1;
        & > .progress--bar { color: $primary; background: $surface; }
        & > .progress--complete { color: $success; background: $surface; }
        & > .progress--label { color: $text-muted; }
        & > .progress--mode { color: $text-secondary; }
        & > .progress--count { text-style: bold; }
        & > .progress--new { color: $text-primary; text-style: bold; }
        & > .progress--learning { color: $text-error; text-style: bold; }
        & > .progress--review { color: $text-success; text-style: bold; }
    }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._shown: tuple | None = None  # the figures drawn
        self.fraction = 0.0  # done over the session's cards
        self.pieces: list[Piece] = []  # the counts: '12 done · 8 new · 1 learning · 3 review'
        self.mode = ""  # 'flip', 'cram', the quiz's score
        self._line: tuple[tuple, Strip] | None = None

    def set_counts(self, done: int, remaining: int, mode: str = "", counts: tuple[int, int, int] | None = None) -> None:
        """`counts`: Anki's new / learning / review left, shown instead of "N left"."""
        if (done, remaining, mode, counts) == self._shown:  # a reveal changes no count: nothing redrawn
            return
        self._shown = (done, remaining, mode, counts)
        self.fraction = done / max(done + remaining, 1)
        pieces = counted(ngettext("{n} done", "{n} done", done), done, "count") + [(SEP, "")]
        if counts is None:
            pieces += counted(ngettext("{n} left", "{n} left", remaining), remaining, "count")
        else:
            new, learning, review = counts
            pieces += counted(ngettext("{n} new", "{n} new", new), new, "new") + [(SEP, "")]
            pieces += counted(ngettext("{n} learning", "{n} learning", learning), learning, "learning") + [(SEP, "")]
            pieces += counted(ngettext("{n} review", "{n} review", review), review, "review")
        self.pieces = [(text, style) for text, style in pieces if text]
        self.mode = printable(_(MODE_NAMES[mode]) if mode in MODE_NAMES else mode)
        self.refresh()  # one line whatever it says: no layout

    @property
    def label(self) -> str:
        """The counts as drawn after the bar."""
        return "".join(text for text, _style in self.pieces)

    @property
    def text(self) -> str:
        """The counts and the mode as drawn after the bar."""
        return f"{self.label}{GAP}{self.mode}"

    def _style(self, name: str) -> RichStyle:
        return self.component_style(f"progress--{name}")

    def render_line(self, y: int) -> Strip:
        width = self.content_region.width
        key = (self._shown, width, self.app.theme, self.styles.background)
        if self._line is None or self._line[0] != key:
            self._line = (key, self._draw(width))
        return self._line[1]

    def _draw(self, width: int) -> Strip:
        label, mode = self._style("label"), self._style("mode")
        text = self.label
        done, half, rest = bar_pieces(width - cell_len(GAP + text) - cell_len(GAP + self.mode), self.fraction)
        bar = self._style("complete" if self.fraction >= 1 else "bar")
        segments = [
            Segment(done + half, RichStyle.from_color(bar.color)),
            Segment(rest, RichStyle.from_color(bar.bgcolor)),
            Segment(GAP, label),
            *(Segment(piece, label + self._style(style) if style else label) for piece, style in self.pieces),
            Segment(GAP, mode),
            Segment(self.mode, mode),
        ]
        return Strip([s for s in segments if s.text]).crop_extend(0, width, None)
