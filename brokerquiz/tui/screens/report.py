"""The interview report: score and trend, every answer against the model answer, topics,
and the commands that drill the weakest ones. Deck text is always shown literally."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from ...core.sessions.interview.report import trend_text
from ...core.sessions.interview.session import InterviewReport
from ...core.sessions.verdict_words import line_name, verdict_label, verdict_mark
from ...core.translate import N_, _, ngettext
from ..widgets.countdown import clock_text
from ..widgets.literal import printable, printable_data
from ..translated import TranslatedBindings

# verdict -> theme colour; the marks and words are core.verdict_words', as in study and the quiz
COLOUR = {
    "right": "$text-success", "partly": "$text-warning", "wrong": "$text-error",
    "unanswered": "$text-muted", "not reached": "$text-muted",
}
MARK = {verdict: (verdict_mark(verdict), colour) for verdict, colour in COLOUR.items()}
NOTE = "$text-accent"  # nuance notes, the trend line, the drill commands


def summary_text(report: dict) -> Content:
    parts: list = [(_("Mock interview: {percent}%").format(percent=report["percent"]), "bold")]
    if report.get("abandoned"):
        parts.append(("  " + _("(abandoned)"), "$text-warning"))
    trend = report.get("trend") or {}
    parts += ["\n", trend_text(trend)]
    if trend.get("spark") and trend.get("past"):  # one bar alone (a first interview) shows no trend
        parts += ["   ", (trend["spark"], NOTE)]
    used = sum(q["seconds"] for q in report["questions"])
    blank = report.get("unanswered") or 0
    counts = _("{answered}/{total} answered").format(answered=report["answered"], total=len(report["questions"]))
    if blank:
        counts += " · " + _("{n} unanswered").format(n=blank)
    counts += " · " + _("{used} used of {total}").format(used=clock_text(used), total=clock_text(report["total_s"]))
    parts += ["\n", counts]
    return Content.assemble(*parts)


def question_head(number: int, q: dict) -> tuple[Content, Content]:
    """'3. ✘' and the question: two columns, so a long question wraps under its own text."""
    mark, colour = MARK.get(q["verdict"], ("?", ""))
    return Content.styled(f"{number}. {mark}", f"bold {colour}".strip()), Content.styled(q["prompt"], "bold")


def question_lines(number: int, q: dict) -> list[tuple[int, Content]]:
    """(indent, text) lines under one question's head; wrapped lines keep their indent."""
    seconds = clock_text(q["seconds"]) + (" " + _("(time up)") if q.get("timed_out") else "")
    answer = q.get("answer")
    verdict = q["verdict"]
    head = f"{verdict_label(verdict, q['score'])} · {seconds} · {q['topic_label']}"
    lines = [
        (4, Content.styled(head, COLOUR.get(verdict, ""))),
        (4, Content.styled(line_name("you"), "bold")),
        (6, Content(answer) if answer and answer.strip() else Content.styled(_("(no answer)"), "$text-muted")),
        (4, Content.styled(line_name("expected"), "bold")),
        (6, Content(q["model_answer"])),
    ]
    missing, wrong = missing_and_wrong(q)
    if missing:
        lines += [(4, Content.styled(line_name("missing"), "bold")), (6, Content.styled("\n".join(missing), "$text-warning"))]
    if wrong:
        lines += [(4, Content.styled(line_name("wrong"), "bold")), (6, Content.styled(", ".join(wrong), "$text-error"))]
    lines += [(6, Content.styled("ⓘ " + note, NOTE)) for note in q.get("notes") or []]
    parts = q.get("parts") or []
    if len(parts) > 1 and verdict != "unanswered":  # nothing said: every part would read ✗
        lines += [(4, Content.styled(_("Parts:"), "bold")), (6, part_marks(q["kind"], parts))]
    return lines


def part_marks(kind: str, parts: list[dict]) -> Content:
    """'✔ Kafka   ✘ RabbitMQ': each part with its mark; items and clauses are long, one per line."""
    one_per_line = kind in ("use", "phrase")
    marks: list = []
    for i, part in enumerate(parts):
        p_mark, p_colour = MARK.get(part["verdict"], ("?", ""))
        label = part["expected"] if one_per_line else part["label"]  # clause keys mean nothing to a reader
        if part["role"] == "avoid":
            label = _("not {label}").format(label=label)
        sep = ("\n" if one_per_line else "   ") if i else ""
        marks += [sep, (f"{p_mark} {label}", p_colour)]
    return Content.assemble(*marks)


def missing_and_wrong(q: dict) -> tuple[list[str], list[str]]:
    """What the answer left out (the expected text of each part not right) and what it said
    wrongly (the brokers named that do not fit): said in words, as study's verdict says them.
    An unanswered question lists nothing: the model answer above is all of it."""
    if q["verdict"] in ("right", "unanswered", "not reached"):
        return [], []
    parts = q.get("parts") or []
    missing = [p["expected"] for p in parts if p["role"] != "avoid" and p["verdict"] != "right"]
    wrong = [p["label"] for p in parts if p["role"] == "avoid" and p["verdict"] == "wrong"]
    return missing, wrong


def topic_lines(report: dict) -> list[tuple[int, Content]]:
    """(indent, text) lines: the score per topic, then the weakest with the command to drill each
    (a command on a line of its own, so a narrow terminal wraps it under itself)."""
    width = max((len(t["label"]) for t in report["topics"]), default=10)
    width = min(width, 48)
    lines: list[tuple[int, Content]] = [(0, Content.styled(_("Score per topic"), "bold"))]
    for t in report["topics"]:
        label = t["label"] if len(t["label"]) <= width else t["label"][: width - 1] + "…"
        lines.append((2, Content(f"{label:<{width}}  {round(t['score'] * 100):3d}%")))
    if report["weakest"]:
        lines.append((0, Content.styled("\n" + _("Weakest topics: drill them with"), "bold")))
        for t in report["weakest"]:
            lines.append((2, Content(f"{t['label']} ({round(t['score'] * 100)}%)")))
            lines.append((4, Content.styled(t["command"], NOTE)))
    return lines


class ReportScreen(TranslatedBindings, Screen):
    """Shows a finished interview: `InterviewSession.finish()`'s InterviewReport (its `report` is drawn)."""

    BINDINGS = [
        Binding("q,escape", "close", N_("Close"), id="report-close", tooltip=N_("Close the report")),
    ]
    """q or Esc closes the report."""

    def __init__(self, outcome: InterviewReport, *, schedule: bool = True, deck_title: str | None = None, **options) -> None:
        super().__init__()
        self.outcome = outcome
        # deck text and stored answers, made printable once: every line below is drawn from these
        self.report = printable_data(outcome.report)
        self.schedule = schedule
        self.deck_title = printable(deck_title) if deck_title else deck_title

    def on_mount(self) -> None:
        self.title = "brokerquiz — " + _("interview report")
        self.sub_title = self.deck_title or self.report.get("deck", "")
        self.query_one("#report-body").focus()  # arrows and page keys scroll the report at once

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="report-body"):
            yield Static(summary_text(self.report), id="report-summary", classes="report-block")
            for i, q in enumerate(self.report["questions"], start=1):
                with Vertical(classes="report-block report-question"):
                    mark, prompt = question_head(i, q)
                    with Horizontal(classes="report-head"):
                        yield Static(mark, classes="report-mark")
                        yield Static(prompt, classes="report-prompt")
                    for indent, line in question_lines(i, q):
                        yield Static(line, classes=f"indent-{indent}")
            with Vertical(id="report-topics", classes="report-block"):
                for indent, line in topic_lines(self.report):
                    yield Static(line, classes=f"indent-{indent}")
            yield Static(self._schedule_note(), id="report-schedule", classes="report-block")
        yield Footer()

    def _schedule_note(self) -> Content:
        if not self.schedule:
            return Content.styled(_("--no-schedule: your study schedule was left as it was."), "$text-muted")
        n = self.outcome.scheduled or 0
        if not n:
            return Content.styled(_("No card was sent back to Again: your study schedule is unchanged."), "$text-muted")
        note = ngettext(
            "{n} card behind wrong answers rated Again: due again soon in study.",
            "{n} cards behind wrong answers rated Again: due again soon in study.",
            n,
        )
        return Content.styled(note.format(n=n), "$text-muted")

    def action_close(self) -> None:
        # started straight into an interview (CLI): closing the report ends the app
        if len(self.app.screen_stack) <= 2:
            self.app.exit(self.outcome)
        else:
            self.app.pop_screen()
