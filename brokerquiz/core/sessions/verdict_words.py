"""The words every verdict is said with, in study, quiz and the interview report (UI strings, data).

One table so the three modes word a verdict alike: the same mark and label, the same line
names for your answer, the model answer and what was missing or wrong.
"""

from __future__ import annotations

# verdict -> (mark, label)
VERDICTS: dict[str, tuple[str, str]] = {
    "right": ("✓", "Right"),
    "partly": ("≈", "Partly right"),
    "wrong": ("✗", "Wrong"),
    "unanswered": ("·", "No answer"),
    "not reached": ("·", "Not reached"),
}
LINES: dict[str, str] = {
    "you": "You",
    "expected": "Expected",
    "missing": "Missing",
    "wrong": "Wrong",
    "nothing": "(nothing)",
    "explanation": "Why",
    "nuance": "Nuance",
    "source": "Source",
}
LABEL_WIDTH = max(len(v) for k, v in LINES.items() if k in ("you", "expected", "missing", "wrong")) + 2


def verdict_mark(verdict: str) -> str:
    return VERDICTS.get(verdict, ("?", verdict))[0]


def verdict_label(verdict: str, score: float | None = None) -> str:
    """'≈ Partly right  60%': the mark, the label, and the share of credit when it is partial."""
    mark, label = VERDICTS.get(verdict, ("?", verdict))
    share = f"  {round(score * 100)}%" if score is not None and 0 < score < 1 else ""
    return f"{mark} {label}{share}"


def line_label(key: str) -> str:
    """'Expected  ': a line's name padded so the texts after it line up."""
    return LINES[key].ljust(LABEL_WIDTH)
