"""The end of a study session: answered, right, time, ratings, when cards are due next, and the
next steps on keys (never a dead end): more new cards today, cram, quiz, mock interview."""

from __future__ import annotations

from datetime import datetime, timedelta

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from ..format import format_interval
from ...core.sessions.study import RATING_LABELS, Summary
from ..translated import TranslatedBindings

MORE_NEW = 10  # "more new cards today": this many past the day's limit
RATING_STYLES = {1: "$text-error", 2: "$text-warning", 3: "$text-success", 4: "$text-primary"}


def format_elapsed(td: timedelta) -> str:
    seconds = int(td.total_seconds())
    if seconds < 60:
        return f"{seconds}s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m {seconds:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h {minutes:02d}m"


def summary_content(summary: Summary, now: datetime, tz=None) -> Content:
    """The figures, one per line, as a person would read them (times in `tz`, else local)."""
    share = summary.right_share
    lines = [
        Content.assemble(("Answered     ", "$text-muted"), (str(summary.answered), "bold")),
        Content.assemble(
            ("Right        ", "$text-muted"),
            ("—" if share is None else f"{share:.0%}", "bold"),
            (f"  ({summary.right} not Again)" if summary.answered else "", "$text-muted"),
        ),
        Content.assemble(("Time         ", "$text-muted"), (format_elapsed(summary.elapsed), "bold")),
    ]
    if summary.answered:
        bar: list = [("Ratings      ", "$text-muted")]
        for rating, count in summary.ratings.items():
            if count:
                bar += [("█" * min(count, 30), RATING_STYLES[rating]), (f" {RATING_LABELS[rating]} {count}  ", "")]
        lines.append(Content.assemble(*bar))
    if summary.due_now:
        when = f"{summary.due_now} due now"
    elif summary.next_due is None:
        when = "nothing scheduled yet"
    else:
        local = summary.next_due.astimezone(tz)
        when = f"in {format_interval(summary.next_due - now)} ({local:%a %d %b %H:%M})"
    lines.append(Content.assemble(("Next due     ", "$text-muted"), (when, "bold")))
    put_aside = [f"{n} {what}" for n, what in ((summary.suspended, "suspended"), (summary.buried, "buried")) if n]
    if put_aside:
        lines.append(Content.assemble(("Put aside    ", "$text-muted"), (" · ".join(put_aside), "bold")))
    if summary.cram:
        lines.append(Content.styled("Cram session: the schedule was not changed.", "italic $text-warning"))
    return Content("\n").join(lines)


# step -> (key, label); the study screen acts on the step the summary dismisses with
NEXT_STEPS = {
    "more": ("n", f"{MORE_NEW} more new cards today"),
    "cram": ("c", "cram, hardest first"),
    "quiz": ("z", "quiz"),
    "interview": ("i", "mock interview"),
}


def next_steps(summary: Summary) -> list[str]:
    """The steps open after this session: more new cards only while the deck has unseen ones."""
    return [step for step in NEXT_STEPS if step != "more" or summary.new_unseen]


def next_steps_content(summary: Summary) -> Content:
    lines = [Content.styled("Next", "bold $text-accent")]
    for step in next_steps(summary):
        key, label = NEXT_STEPS[step]
        lines.append(Content.assemble((f" {key} ", "bold reverse"), "  ", label))
    return Content("\n").join(lines)


def next_screen(step: str, deck_name: str | None, *, mode: str | None = None) -> Screen:
    """The screen a next step opens on `deck_name` (study keeps its flip/typed `mode`)."""
    from ..app import MODES
    from .study import StudyScreen

    keep = {"mode": mode} if mode else {}
    if step == "more":
        return StudyScreen(deck_name, **keep, new_limit=MORE_NEW)
    if step == "cram":
        return StudyScreen(deck_name, **keep, cram=True)
    return MODES[step](deck_name=deck_name)


class SummaryScreen(TranslatedBindings, Screen[str]):
    """Shown when the queue is empty; dismisses with "undo" or "close"."""

    BINDINGS = [
        Binding("enter", "close", "Close", id="summary.close", tooltip="Back home, or quit"),
        Binding("escape", "close", "Close", show=False),
        Binding("q", "close", "Quit", id="summary.quit", tooltip="Back home, or quit"),
        Binding("u", "undo", "Undo", id="summary.undo", tooltip="Undo the last answer and study it again"),
        *(
            Binding(key, f"step('{step}')", label.split(",")[0].capitalize(), id=f"summary.{step}", show=False)
            for step, (key, label) in NEXT_STEPS.items()
        ),
    ]
    """Keys of the summary; the next steps are listed in the box with their keys."""

    def __init__(self, summary: Summary) -> None:
        super().__init__()
        self.summary = summary

    def compose(self) -> ComposeResult:
        yield Header()
        with Center():
            with Vertical(id="summary-box"):
                title = "Session done" if self.summary.answered else "Nothing to study right now"
                yield Static(Content.styled(title, "bold $text-accent"), id="summary-title")
                yield Static(summary_content(self.summary, self.app.clock.now(), getattr(self.app.store, "tz", None)), id="summary-figures")
                yield Static(next_steps_content(self.summary), id="summary-next")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "brokerquiz — session summary"
        self.app.first_paint_done()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "undo":
            return self.summary.answered > 0 or self.summary.suspended + self.summary.buried > 0
        if action == "step":
            return parameters[0] in next_steps(self.summary)
        return True

    def action_step(self, step: str) -> None:
        self.dismiss(step)

    def action_close(self) -> None:
        self.dismiss("close")

    def action_undo(self) -> None:
        self.dismiss("undo")
