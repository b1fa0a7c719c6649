"""A graded answer: the verdict, your answer with wrong parts marked, the expected one with
the missing parts marked."""

from __future__ import annotations

import re
from collections.abc import Iterable

from textual.content import Content
from textual.widgets import Static

from ...core.sessions.verdict_words import line_label, line_name, reason_text, verdict_label
from .literal import assemble, printable

# verdict -> theme style; the words are core.verdict_words', shared with quiz and the report
VERDICT_STYLES = {
    "right": "bold $text-success",
    "partly": "bold $text-warning",
    "wrong": "bold $text-error",
    "unanswered": "bold $text-muted",
    "not reached": "bold $text-muted",
}


def mark(text: str, pieces: Iterable[str], style: str) -> Content:
    """`text` with every (case-insensitive) occurrence of each piece styled; literal text."""
    spans: list[tuple[int, int]] = []
    for piece in pieces:
        piece = str(piece).strip()
        if not piece:
            continue
        for found in re.finditer(re.escape(piece), text, flags=re.IGNORECASE):
            spans.append(found.span())
    spans.sort()
    parts: list = []
    at = 0
    for start, end in spans:
        if start < at:
            continue
        parts += [text[at:start], (text[start:end], style)]
        at = end
    parts.append(text[at:])
    return assemble(*parts)


def _texts(items: Iterable) -> list[str]:
    """Grade.missing / .wrong entries as text (strings, or (label, text) pairs)."""
    out = []
    for item in items or ():
        if isinstance(item, (tuple, list)):
            out.append(str(item[-1]))
        else:
            out.append(str(item))
    return out


def diff_content(
    verdict: str,
    answer: str,
    expected: str,
    missing: Iterable,
    wrong: Iterable,
    reason: str = "",
    *,
    choices: bool = False,
    score: float | None = None,
) -> Content:
    """The whole verdict block as one Content (so it wraps as a unit): the verdict, your
    answer with its wrong parts struck, the model answer with the missing parts marked, and
    Missing / Wrong lines naming them. For choices the list itself marks each pick, so the
    "You" line is left out."""
    style = VERDICT_STYLES.get(verdict, "bold")
    # printable first, then marked: the pieces are found in the text as it is shown
    answer, expected, reason = printable(answer), printable(expected), printable(reason_text(reason))
    missing_t, wrong_t = [printable(t) for t in _texts(missing)], [printable(t) for t in _texts(wrong)]
    lines: list = [assemble((verdict_label(verdict, score), style), ("  " + reason if reason else "", "$text-muted"))]
    shown_answer = answer if answer.strip() else line_name("nothing")
    expected_line = assemble(
        (line_label("expected"), "$text-muted"), mark(expected, missing_t, "bold underline $text-warning")
    )
    if not choices:
        lines.append(assemble((line_label("you"), "$text-muted"), mark(shown_answer, wrong_t, "strike $text-error")))
    lines.append(expected_line)
    # what was missing is said in words whenever the answer is not right, even when it is the
    # whole expected answer ("partly right, incomplete" without it left the reader guessing)
    if missing_t and verdict != "right" and not choices:
        lines.append(assemble((line_label("missing"), "$text-muted"), (", ".join(missing_t), "$text-warning")))
    if wrong_t and not choices and [w.casefold() for w in wrong_t] != [answer.strip().casefold()]:
        lines.append(assemble((line_label("wrong"), "$text-muted"), (", ".join(wrong_t), "$text-error")))
    return Content("\n").join(lines)


class AnswerDiff(Static):
    """The verdict block under a typed or multiple-choice answer."""

    DEFAULT_CSS = """
    AnswerDiff { height: auto; padding: 0 1; margin: 1 0 0 0; border-left: thick $primary; }
    AnswerDiff:first-child { margin: 0; }
    AnswerDiff.-right { border-left: thick $success; }
    AnswerDiff.-partly { border-left: thick $warning; }
    AnswerDiff.-wrong { border-left: thick $error; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(markup=False, **kwargs)

    def show_grade(self, grade, answer: str, expected: str, *, choices: bool = False) -> None:
        verdict = getattr(grade, "verdict", "wrong")
        self.set_classes(f"-{verdict}")
        self.update(
            diff_content(
                verdict,
                answer,
                expected,
                getattr(grade, "missing", ()),
                getattr(grade, "wrong", ()),
                getattr(grade, "reason", ""),
                choices=choices,
                score=getattr(grade, "score", None),
            )
        )
