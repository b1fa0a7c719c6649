"""Lines drawn once for texts that come back: the hint, the footer's keys, the rating labels.

Textual renders a widget's content anew (text to styled strips) every time the widget is
refreshed, even when it shows again what it showed two keys ago: the study hint and footer
alternate between a handful of texts, and each render of one line costs about as much as the
whole frame of a bare app. `RepeatedLines` keeps the strips of each (what is drawn, size,
style) it has drawn and hands them back (public line API: `Widget.render_line`).
"""

from __future__ import annotations

from collections.abc import Hashable

from textual.content import Content
from textual.strip import Strip
from textual.widgets import Static

MAX_KEPT = 32  # lines kept per widget; the cache starts over past this


class RepeatedLines:
    """Mixed in before a Widget class; `_drawn_key` says what the widget draws now."""

    def _drawn_key(self) -> Hashable | None:
        """What is drawn now, hashable; None: not kept (drawn anew)."""
        raise NotImplementedError

    def render_line(self, y: int) -> Strip:
        drawn = self._drawn_key()
        if drawn is None:
            return super().render_line(y)
        kept: dict = self.__dict__.setdefault("_kept_lines", {})
        # the visual style holds the colours (hover, a class, the theme); the selection is drawn into the text
        key = (drawn, y, self.size, self.visual_style, self.app.theme, self.text_selection)
        strip = kept.get(key)
        if strip is None:
            strip = super().render_line(y)
            if len(kept) >= MAX_KEPT:
                kept.clear()
            kept[key] = strip
        return strip


def content_key(content) -> Hashable | None:
    """What a Static's content draws: its text and its styles (Content compares text only)."""
    if isinstance(content, Content):
        return ("content", content.plain, tuple(content.spans))
    if isinstance(content, str):
        return ("str", content)
    return None  # a Rich renderable: drawn anew


class LineStatic(RepeatedLines, Static):
    """A Static whose few texts come back (the study hint)."""

    def _drawn_key(self) -> Hashable | None:
        return content_key(self.content)
