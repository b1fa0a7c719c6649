"""The interview report: score and trend, every answer against the model answer, topics,
and the commands that drill the weakest ones. Deck text is always shown literally."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from ...core.interview_report import trend_text
from ..widgets.countdown import clock_text

MARK = {"right": ("✔", "green"), "partly": ("◐", "yellow"), "wrong": ("✘", "red"), "not reached": ("·", "dim")}


def summary_text(report: dict) -> Text:
    text = Text()
    text.append(f"Mock interview: {report['percent']}%", style="bold")
    if report.get("abandoned"):
        text.append("  (abandoned)", style="yellow")
    text.append("\n")
    trend = report.get("trend") or {}
    text.append(trend_text(trend))
    if trend.get("spark"):
        text.append("   ")
        text.append(trend["spark"], style="cyan")
    used = sum(q["seconds"] for q in report["questions"])
    text.append(
        f"\n{report['answered']}/{len(report['questions'])} answered · {clock_text(used)} used"
        f" of {clock_text(report['total_s'])}"
    )
    return text


def question_lines(number: int, q: dict) -> list[tuple[int, Text]]:
    """(indent, text) lines of one answered question; wrapped lines keep their indent."""
    mark, colour = MARK.get(q["verdict"], ("?", ""))
    seconds = f"{clock_text(q['seconds'])}" + (" (time up)" if q.get("timed_out") else "")
    answer = q.get("answer")
    lines = [
        (0, Text.assemble((f"{number}. {mark} ", f"bold {colour}"), (q["prompt"], "bold"))),
        (4, Text(f"{round(q['score'] * 100)}% · {seconds} · {q['topic_label']}", style="dim")),
        (4, Text("Your answer:", style="bold")),
        (6, Text(answer if answer and answer.strip() else "(no answer)")),
        (4, Text("Model answer:", style="bold")),
        (6, Text(q["model_answer"])),
    ]
    lines += [(6, Text("ⓘ " + note, style="cyan")) for note in q.get("notes") or []]
    parts = q.get("parts") or []
    if len(parts) > 1:
        marks = Text()
        # items and clauses are long: one per line; brokers fit on one line
        one_per_line = q["kind"] in ("use", "phrase")
        for i, part in enumerate(parts):
            p_mark, p_colour = MARK.get(part["verdict"], ("?", ""))
            label = part["expected"] if q["kind"] == "use" else part["label"]
            if part["role"] == "avoid":
                label = f"not {label}"
            sep = ("\n" if one_per_line else "   ") if i else ""
            marks.append(f"{sep}{p_mark} {label}", style=p_colour)
        lines += [(4, Text("Parts:", style="bold")), (6, marks)]
    return lines


def topics_text(report: dict) -> Text:
    text = Text()
    text.append("Score per topic\n", style="bold")
    width = max((len(t["label"]) for t in report["topics"]), default=10)
    width = min(width, 48)
    for t in report["topics"]:
        label = t["label"] if len(t["label"]) <= width else t["label"][: width - 1] + "…"
        text.append(f"  {label:<{width}}  {round(t['score'] * 100):3d}%\n")
    if report["weakest"]:
        text.append("\nWeakest topics: drill them with\n", style="bold")
        for t in report["weakest"]:
            text.append(f"  {t['label']} ({round(t['score'] * 100)}%)\n")
            text.append(f"    {t['command']}\n", style="cyan")
    return text


class ReportScreen(Screen):
    """Shows one interview report (a dict from `core.interview_report.build_report`)."""

    DEFAULT_CSS = """
    ReportScreen #report-body { padding: 0 1; }
    ReportScreen .report-block { margin-bottom: 1; height: auto; }
    ReportScreen #report-summary { border: round $accent; padding: 0 1; }
    ReportScreen .report-question { height: auto; }
    ReportScreen .report-question Static { height: auto; }
    ReportScreen .indent-4 { margin-left: 4; }
    ReportScreen .indent-6 { margin-left: 6; }
    """
    BINDINGS = [
        Binding("q,escape", "close", "Close", id="report-close", tooltip="Close the report"),
    ]
    """q or Esc closes the report."""

    def __init__(self, report: dict, *, schedule: bool = True, **options) -> None:
        super().__init__()
        self.report = report
        self.schedule = schedule

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="report-body"):
            yield Static(summary_text(self.report), id="report-summary", classes="report-block")
            for i, q in enumerate(self.report["questions"], start=1):
                with Vertical(classes="report-block report-question"):
                    for indent, line in question_lines(i, q):
                        yield Static(line, classes=f"indent-{indent}")
            yield Static(topics_text(self.report), id="report-topics", classes="report-block")
            yield Static(self._schedule_note(), id="report-schedule", classes="report-block")
        yield Footer()

    def _schedule_note(self) -> Text:
        if not self.schedule:
            return Text("--no-schedule: your study schedule was left as it was.", style="dim")
        n = self.report.get("scheduled", 0)
        return Text(f"{n} card(s) behind wrong answers are due again soon (rated Again).", style="dim")

    def action_close(self) -> None:
        # started straight into an interview (CLI): closing the report ends the app
        if len(self.app.screen_stack) <= 2:
            self.app.exit(self.report)
        else:
            self.app.pop_screen()
