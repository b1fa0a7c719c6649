"""The interview report: score and trend, every answer against the model answer, topics,
and the commands that drill the weakest ones. Deck text is always shown literally."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from ...core.sessions.interview.report import trend_text
from ...core.sessions.interview.session import InterviewReport
from ...core.sessions.verdict_words import line_name, verdict_label, verdict_mark
from ..widgets.countdown import clock_text
from ..widgets.literal import printable, printable_data
from ..translated import TranslatedBindings

# verdict -> colour; the marks and words are core.verdict_words', as in study and the quiz
COLOUR = {"right": "green", "partly": "yellow", "wrong": "red", "unanswered": "dim", "not reached": "dim"}
MARK = {verdict: (verdict_mark(verdict), colour) for verdict, colour in COLOUR.items()}


def summary_text(report: dict) -> Text:
    text = Text()
    text.append(f"Mock interview: {report['percent']}%", style="bold")
    if report.get("abandoned"):
        text.append("  (abandoned)", style="yellow")
    text.append("\n")
    trend = report.get("trend") or {}
    text.append(trend_text(trend))
    if trend.get("spark") and trend.get("past"):  # one bar alone (a first interview) shows no trend
        text.append("   ")
        text.append(trend["spark"], style="cyan")
    used = sum(q["seconds"] for q in report["questions"])
    blank = report.get("unanswered") or 0
    text.append(
        f"\n{report['answered']}/{len(report['questions'])} answered"
        + (f" · {blank} unanswered" if blank else "")
        + f" · {clock_text(used)} used of {clock_text(report['total_s'])}"
    )
    return text


def question_head(number: int, q: dict) -> tuple[Text, Text]:
    """'3. ✘' and the question: two columns, so a long question wraps under its own text."""
    mark, colour = MARK.get(q["verdict"], ("?", ""))
    return Text(f"{number}. {mark}", style=f"bold {colour}"), Text(q["prompt"], style="bold")


def question_lines(number: int, q: dict) -> list[tuple[int, Text]]:
    """(indent, text) lines under one question's head; wrapped lines keep their indent."""
    seconds = f"{clock_text(q['seconds'])}" + (" (time up)" if q.get("timed_out") else "")
    answer = q.get("answer")
    verdict = q["verdict"]
    lines = [
        (4, Text(f"{verdict_label(verdict, q['score'])} · {seconds} · {q['topic_label']}", style=f"{COLOUR.get(verdict, '')}")),
        (4, Text(line_name("you"), style="bold")),
        (6, Text(answer if answer and answer.strip() else "(no answer)")),
        (4, Text(line_name("expected"), style="bold")),
        (6, Text(q["model_answer"])),
    ]
    missing, wrong = missing_and_wrong(q)
    if missing:
        lines += [(4, Text(line_name("missing"), style="bold")), (6, Text("\n".join(missing), style="yellow"))]
    if wrong:
        lines += [(4, Text(line_name("wrong"), style="bold")), (6, Text(", ".join(wrong), style="red"))]
    lines += [(6, Text("ⓘ " + note, style="cyan")) for note in q.get("notes") or []]
    parts = q.get("parts") or []
    if len(parts) > 1 and verdict != "unanswered":  # nothing said: every part would read ✗
        marks = Text()
        # items and clauses are long: one per line; brokers fit on one line
        one_per_line = q["kind"] in ("use", "phrase")
        for i, part in enumerate(parts):
            p_mark, p_colour = MARK.get(part["verdict"], ("?", ""))
            label = part["expected"] if one_per_line else part["label"]  # clause keys mean nothing to a reader
            if part["role"] == "avoid":
                label = f"not {label}"
            sep = ("\n" if one_per_line else "   ") if i else ""
            marks.append(f"{sep}{p_mark} {label}", style=p_colour)
        lines += [(4, Text("Parts:", style="bold")), (6, marks)]
    return lines


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


def topic_lines(report: dict) -> list[tuple[int, Text]]:
    """(indent, text) lines: the score per topic, then the weakest with the command to drill each
    (a command on a line of its own, so a narrow terminal wraps it under itself)."""
    width = max((len(t["label"]) for t in report["topics"]), default=10)
    width = min(width, 48)
    lines: list[tuple[int, Text]] = [(0, Text("Score per topic", style="bold"))]
    for t in report["topics"]:
        label = t["label"] if len(t["label"]) <= width else t["label"][: width - 1] + "…"
        lines.append((2, Text(f"{label:<{width}}  {round(t['score'] * 100):3d}%")))
    if report["weakest"]:
        lines.append((0, Text("\nWeakest topics: drill them with", style="bold")))
        for t in report["weakest"]:
            lines.append((2, Text(f"{t['label']} ({round(t['score'] * 100)}%)")))
            lines.append((4, Text(t["command"], style="cyan")))
    return lines


class ReportScreen(TranslatedBindings, Screen):
    """Shows a finished interview: `InterviewSession.finish()`'s InterviewReport (its `report` is drawn)."""

    DEFAULT_CSS = """
    ReportScreen #report-body { padding: 0 1; }
    ReportScreen .report-block { margin-bottom: 1; height: auto; }
    ReportScreen #report-summary { border: round $accent; padding: 0 1; }
    ReportScreen .report-question { height: auto; }
    ReportScreen .report-question Static { height: auto; }
    ReportScreen #report-topics { height: auto; }
    ReportScreen #report-topics Static { height: auto; }
    ReportScreen .report-head { height: auto; }
    ReportScreen .report-mark { width: auto; margin-right: 1; }
    ReportScreen .report-prompt { width: 1fr; }
    ReportScreen .indent-2 { margin-left: 2; }
    ReportScreen .indent-4 { margin-left: 4; }
    ReportScreen .indent-6 { margin-left: 6; }
    """
    BINDINGS = [
        Binding("q,escape", "close", "Close", id="report-close", tooltip="Close the report"),
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
        self.title = "brokerquiz — interview report"
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

    def _schedule_note(self) -> Text:
        if not self.schedule:
            return Text("--no-schedule: your study schedule was left as it was.", style="dim")
        n = self.outcome.scheduled or 0
        if not n:
            return Text("No card was sent back to Again: your study schedule is unchanged.", style="dim")
        cards = "1 card" if n == 1 else f"{n} cards"
        return Text(f"{cards} behind wrong answers rated Again: due again soon in study.", style="dim")

    def action_close(self) -> None:
        # started straight into an interview (CLI): closing the report ends the app
        if len(self.app.screen_stack) <= 2:
            self.app.exit(self.outcome)
        else:
            self.app.pop_screen()
