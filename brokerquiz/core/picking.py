"""How many choices a multiple-choice card wants: one (a radio choice), n, or "all that fit".

The study card, the quiz and the grader (`grading/picks.py`) ask the same rule; this module
imports nothing, so the screens ask it without loading the grader.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Card

#: Kinds whose question has one answer (one mark of 👍/⚠️/❌), even when two would be accepted.
ONE_ANSWER_KINDS = frozenset({"rating"})


def pick_rule(card: Card) -> int | None:
    """1 (a radio choice: one right option), n (exactly n right, none either way), or None
    ("all that fit": some count either way)."""
    if card.kind in ONE_ANSWER_KINDS:
        return 1
    if card.optional:
        return None
    return max(1, len(card.correct))
