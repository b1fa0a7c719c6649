"""Two countdowns on one line: the question's time and the interview's, always visible."""

from __future__ import annotations

import math

from rich.text import Text
from textual.reactive import reactive
from textual.widgets import Static

from ...core.translate import _

WARN_AT = 10  # seconds: the question timer turns to a warning colour
BAR_WIDTH = 12


def clock_text(seconds: float) -> str:
    """Seconds left as m:ss, rounded up so 0:00 shows only when time is really up."""
    whole = max(0, math.ceil(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def bar(fraction: float, width: int = BAR_WIDTH) -> str:
    filled = max(0, min(width, round(fraction * width)))
    return "█" * filled + "░" * (width - filled)


class Countdown(Static):
    """Question and interview time left; the screen sets `question`/`total` on every tick."""

    DEFAULT_CSS = """
    Countdown {
        height: 1;
        width: 1fr;
        padding: 0 1;
    }
    """

    question: reactive[float] = reactive(0.0)
    total: reactive[float] = reactive(0.0)

    def __init__(self, per_question: float, total: float, **kwargs) -> None:
        super().__init__("", markup=False, **kwargs)
        self.per_question = max(1e-9, per_question)
        self.limit = max(1e-9, total)
        self.set_reactive(Countdown.question, per_question)
        self.set_reactive(Countdown.total, total)

    def show(self, question: float, total: float) -> None:
        """The times left now; redrawn only when what is drawn changes (the screen ticks four
        times a second, the clocks change once: an identical redraw is a frame written for
        nothing, and a key pressed meanwhile waits for it)."""
        drawn = self._drawn()
        self.set_reactive(Countdown.question, question)
        self.set_reactive(Countdown.total, total)
        if self._drawn() != drawn:
            self.refresh()

    def _drawn(self) -> tuple:
        """What `render` draws from the times: the clocks, the bars, the warning colour."""
        return (clock_text(self.question), clock_text(self.total), bar(self.question / self.per_question),
                bar(self.total / self.limit), self.question <= WARN_AT)

    def render(self) -> Text:
        text = Text(no_wrap=True, overflow="ellipsis")
        warn = self.question <= WARN_AT
        text.append(_("Question") + " ", style="bold")
        text.append(clock_text(self.question), style="bold red" if warn else "bold")
        text.append(" " + bar(self.question / self.per_question), style="red" if warn else "green")
        text.append("   " + _("Interview") + " ", style="bold")
        text.append(clock_text(self.total), style="bold")
        text.append(" " + bar(self.total / self.limit), style="cyan")
        return text
