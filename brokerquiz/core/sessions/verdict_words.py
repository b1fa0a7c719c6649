"""The words every verdict is said with, in study, quiz and the interview report (UI strings, data).

One table so the three modes word a verdict alike: the same mark and label, the same line
names for your answer, the model answer and what was missing or wrong.
"""

from __future__ import annotations

from ..translate import N_, _

# verdict -> (mark, label)
VERDICTS: dict[str, tuple[str, str]] = {
    "right": ("✓", N_("Right")),
    "partly": ("≈", N_("Partly right")),
    "wrong": ("✗", N_("Wrong")),
    "unanswered": ("·", N_("No answer")),
    "not reached": ("·", N_("Not reached")),
}
LINES: dict[str, str] = {
    "you": N_("You"),
    "expected": N_("Expected"),
    "missing": N_("Missing"),
    "wrong": N_("Wrong"),
    "nothing": N_("(nothing)"),
    "explanation": N_("Why"),
    "nuance": N_("Nuance"),
    "source": N_("Source"),
}
ALIGNED = ("you", "expected", "missing", "wrong")  # the lines whose texts start in one column


def verdict_mark(verdict: str) -> str:
    return VERDICTS.get(verdict, ("?", verdict))[0]


def verdict_label(verdict: str, score: float | None = None) -> str:
    """'≈ Partly right  60%': the mark, the label, and the share of credit when it is partial."""
    mark, label = VERDICTS.get(verdict, ("?", verdict))
    label = _(label)
    share = f"  {round(score * 100)}%" if score is not None and 0 < score < 1 else ""
    return f"{mark} {label}{share}"


def line_name(key: str) -> str:
    """'Expected': a line's name in the interface language."""
    return _(LINES[key])


def line_label(key: str) -> str:
    """'Expected  ': a line's name padded so the texts after it line up (in any language)."""
    width = max(len(line_name(k)) for k in ALIGNED) + 2
    return line_name(key).ljust(width)
