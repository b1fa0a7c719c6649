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

from ..format import format_interval, format_when
from ...core.sessions.study import Summary
from ...core.sessions.verdict_words import rating_label
from ...core.translate import N_, _, ngettext
from ..translated import TranslatedBindings

MORE_NEW = 10  # "more new cards today": this many past the day's limit
RATING_STYLES = {1: "$text-error", 2: "$text-warning", 3: "$text-success", 4: "$text-primary"}
# the names of the summary's lines, in the order shown; padded to one column in any language
FIGURES = {
    "answered": N_("Answered"),
    "right": N_("Right"),
    "time": N_("Time"),
    "ratings": N_("Ratings"),
    "next": N_("Next due"),
    "aside": N_("Put aside"),
}


def format_elapsed(td: timedelta) -> str:
    seconds = int(td.total_seconds())
    if seconds < 60:
        return _("{seconds}s").format(seconds=seconds)
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return _("{minutes}m {seconds}s").format(minutes=minutes, seconds=f"{seconds:02d}")
    hours, minutes = divmod(minutes, 60)
    return _("{hours}h {minutes}m").format(hours=hours, minutes=f"{minutes:02d}")


def _next_due(summary: Summary, now: datetime, tz) -> str:
    if summary.due_now:
        return ngettext("{n} due now", "{n} due now", summary.due_now).format(n=summary.due_now)
    if summary.next_due is None:
        return _("nothing scheduled yet")
    when = format_when(summary.next_due.astimezone(tz))
    return _("in {interval} ({when})").format(interval=format_interval(summary.next_due - now), when=when)


def summary_content(summary: Summary, now: datetime, tz=None) -> Content:
    """The figures, one per line, as a person would read them (times in `tz`, else local)."""
    width = max(len(_(name)) for name in FIGURES.values()) + 4

    def line(key: str, *parts) -> Content:
        return Content.assemble((_(FIGURES[key]).ljust(width), "$text-muted"), *parts)

    share = summary.right_share
    not_again = "  " + _("({n} not Again)").format(n=summary.right) if summary.answered else ""
    lines = [
        line("answered", (str(summary.answered), "bold")),
        line("right", ("—" if share is None else f"{share:.0%}", "bold"), (not_again, "$text-muted")),
        line("time", (format_elapsed(summary.elapsed), "bold")),
    ]
    if summary.answered:
        bar: list = []
        for rating, count in summary.ratings.items():
            if count:
                bar += [("█" * min(count, 30), RATING_STYLES[rating]), (f" {rating_label(rating)} {count}  ", "")]
        lines.append(line("ratings", *bar))
    lines.append(line("next", (_next_due(summary, now, tz), "bold")))
    put_aside = [text.format(n=n) for n, text in ((summary.suspended, _("{n} suspended")), (summary.buried, _("{n} buried"))) if n]
    if put_aside:
        lines.append(line("aside", (" · ".join(put_aside), "bold")))
    if summary.cram:
        lines.append(Content.styled(_("Cram session: the schedule was not changed."), "italic $text-warning"))
    return Content("\n").join(lines)


# step -> (key, label in the box, the key's name in the keys panel); the study screen acts on
# the step the summary dismisses with. The "more" label is counted: see `step_label`.
NEXT_STEPS = {
    "more": ("n", "", N_("More new cards")),  # its label counts: step_label
    "cram": ("c", N_("cram, hardest first"), N_("Cram")),
    "quiz": ("z", N_("quiz"), N_("Quiz")),
    "interview": ("i", N_("mock interview"), N_("Mock interview")),
}


def step_label(step: str) -> str:
    """A next step's line in the interface language ('10 more new cards today')."""
    if step == "more":
        return ngettext("{n} more new card today", "{n} more new cards today", MORE_NEW).format(n=MORE_NEW)
    return _(NEXT_STEPS[step][1])


def next_steps(summary: Summary) -> list[str]:
    """The steps open after this session: more new cards only while the deck has unseen ones."""
    return [step for step in NEXT_STEPS if step != "more" or summary.new_unseen]


def next_steps_content(summary: Summary) -> Content:
    lines = [Content.styled(_("Next"), "bold $text-accent")]
    for step in next_steps(summary):
        key = NEXT_STEPS[step][0]
        lines.append(Content.assemble((f" {key} ", "bold reverse"), "  ", step_label(step)))
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
        Binding("enter", "close", N_("Close"), id="summary.close", tooltip=N_("Back home, or quit")),
        Binding("escape", "close", N_("Close"), show=False),
        Binding("q", "close", N_("Quit"), id="summary.quit", tooltip=N_("Back home, or quit")),
        Binding("u", "undo", N_("Undo"), id="summary.undo", tooltip=N_("Undo the last answer and study it again")),
        *(
            Binding(key, f"step('{step}')", name, id=f"summary.{step}", show=False)
            for step, (key, _label, name) in NEXT_STEPS.items()
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
                title = _("Session done") if self.summary.answered else _("Nothing to study right now")
                yield Static(Content.styled(title, "bold $text-accent"), id="summary-title")
                yield Static(summary_content(self.summary, self.app.clock.now(), getattr(self.app.store, "tz", None)), id="summary-figures")
                yield Static(next_steps_content(self.summary), id="summary-next")
        yield Footer()

    def on_mount(self) -> None:
        self.title = _("brokerquiz — session summary")
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
