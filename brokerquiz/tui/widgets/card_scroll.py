"""The study card's scrolling and pointer, mixed into `CardPanel`: keys and the wheel scroll
it, its scrollbar's thumb is dragged (and a click on the track pages) as on Textual's own
scrollbar, a click on a choice line toggles it, and the pointer over a choice redraws only
the rows of the choice it leaves and the one it enters.
"""

from __future__ import annotations

from math import ceil

from textual import events


class CardScrolling:
    """Mixed in before Widget (the panel has `lines`, `top`, `hover_tag`, `_refresh_changed`)."""

    _grab: tuple[int, int] | None = None  # (screen row, top line) where the thumb was grabbed

    # ------------------------------------------------------------------ scrolling

    @property
    def max_top(self) -> int:
        return max(0, len(self.lines()) - self.size.height)

    def scroll_to_line(self, y: int) -> None:
        y = max(0, min(y, self.max_top))
        if y != self.top:
            self.top = y
            self.refresh()

    def scroll_down(self, animate: bool = False) -> None:
        self.scroll_to_line(self.top + 1)

    def scroll_up(self, animate: bool = False) -> None:
        self.scroll_to_line(self.top - 1)

    def scroll_page_down(self, animate: bool = False) -> None:
        self.scroll_to_line(self.top + max(1, self.size.height - 1))

    def scroll_page_up(self, animate: bool = False) -> None:
        self.scroll_to_line(self.top - max(1, self.size.height - 1))

    def scroll_home(self, animate: bool = False) -> None:
        self.scroll_to_line(0)

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        event.stop()
        self.scroll_to_line(self.top + 3)

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        event.stop()
        self.scroll_to_line(self.top - 3)

    def on_resize(self, event: events.Resize) -> None:
        self.scroll_to_line(self.top)

    # ------------------------------------------------------------------ the scrollbar

    def thumb(self) -> tuple[int, int] | None:
        """The rows the scrollbar's thumb covers (first, after last), or None: nothing to scroll.
        Sized and placed as `ScrollBarRender` draws it."""
        total, height = len(self.lines()), self.size.height
        if total <= height or height <= 0:
            return None
        size = max(1.0, height * height / total)
        start = (height - size) * self.top / (total - height)
        return int(start), min(height, ceil(start + size))

    def on_mouse_down(self, event: events.MouseDown) -> None:
        if event.x != self.size.width - 1:
            return
        thumb = self.thumb()
        if thumb is None:
            return
        event.stop()
        if thumb[0] <= event.y < thumb[1]:  # grabbed: it follows the pointer until released
            self._grab = (event.screen_y, self.top)
            self.capture_mouse()
        elif event.y < thumb[0]:
            self.scroll_page_up()
        else:
            self.scroll_page_down()

    def on_mouse_up(self, event: events.MouseUp) -> None:
        if self._grab is not None:
            self._grab = None
            self.release_mouse()

    def _drag(self, screen_y: int) -> None:
        grabbed_y, grabbed_top = self._grab
        # as Textual's scrollbar: a row of the track moves the content by total / height lines
        self.scroll_to_line(round(grabbed_top + (screen_y - grabbed_y) * len(self.lines()) / max(1, self.size.height)))

    # ------------------------------------------------------------------ the pointer

    def _tag_at(self, y: int) -> str:
        lines = self.lines()
        index = self.top + y
        return lines[index][1].rsplit("/", 1)[-1] if 0 <= index < len(lines) else ""

    def on_click(self, event: events.Click) -> None:
        tag = self._tag_at(event.y)
        if tag.startswith("choice-") and event.x < self.size.width - 1 and self._grab is None:
            self.post_message(self.Clicked(tag))

    def on_mouse_move(self, event: events.MouseMove) -> None:
        if self._grab is not None:
            self._drag(event.screen_y)
            return
        tag = self._tag_at(event.y) if event.x < self.size.width - 1 else ""
        self._hover(tag if tag.startswith("choice-") else "")

    def on_leave(self, event: events.Leave) -> None:
        if self._grab is None:
            self._hover("")

    def _hover(self, tag: str) -> None:
        if tag != self.hover_tag:
            self.hover_tag = tag
            self._refresh_changed()  # the rows of the two choices, not the card
