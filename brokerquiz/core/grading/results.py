"""What the grader returns: a Grade for one answer, a PartsGrade for an answer graded part by part."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .thresholds import GUARD_SCORE_CAP, INTRO_MIN_SCORE, PARTLY_MIN

#: a guard's finding: (reason, fragments of the answer that are wrong)
Hit = tuple[str, tuple[str, ...]]


#: grade_text's needs for a caller that reads only whether a grade is right (and what contradicts
#: when nothing is missing): a grade not right that leaves a part unsaid goes unguarded.
ONLY_RIGHT = float("inf")

#: The head of the reason a guard writes when the answer says another subject's value; the card
#: grader reads it back to retry without the row's other cells (one name for both sides).
OTHER_SUBJECTS_VALUE = "another subject's value"

#: The head of the reason a guard writes when the answer says another value of an opposite group
#: (align.py, guards.py); keypoints.py reads it back: a lead sentence saying an antonym says no item.
ANTONYM = "antonym:"

#: The reason of an answer partly right only because every word it says is the model answer's own
#: and it says half a part (match.py): it only leaves things out. No route lifts such a grade to
#: right (keypoints.py): it says too little of the text.
LEFT_OUT = "incomplete: says part of the answer and nothing else"


@dataclass(frozen=True)
class Grade:
    """How one answer was graded."""

    correct: bool
    score: float  # 0..1
    missing: tuple[str, ...] = ()  # expected parts the answer lacks (for the UI to mark)
    wrong: tuple[str, ...] = ()  # parts of the answer that are wrong
    reason: str = ""  # short human explanation, English
    expected: str = field(default="", compare=False)  # the model answer graded against
    contradicting: tuple[str, ...] = field(default=(), compare=False)  # parts of the answer saying the opposite

    @property
    def verdict(self) -> str:
        """"right", "partly" (not correct but score >= 0.5) or "wrong"."""
        if self.correct:
            return "right"
        return "partly" if self.score >= PARTLY_MIN else "wrong"

    def beats(self, other: Grade) -> bool:
        """Is this grade better than `other` (correct first, then the higher score)?"""
        return (self.correct, self.score) > (other.correct, other.score)


@dataclass(frozen=True)
class PartsGrade:
    """An answer graded part by part: each (label, Grade), the mean score, all right or not."""

    parts: tuple[tuple[str, Grade], ...]
    score: float
    correct: bool
    extra: tuple[str, ...] = ()  # subjects named in the answer that no part expects
    intro: Grade | None = None  # the unlabelled lead-in, when the expected text has one

    @property
    def verdict(self) -> str:
        return self.as_grade().verdict

    @property
    def missing(self) -> tuple[str, ...]:
        return self.as_grade().missing

    @property
    def wrong(self) -> tuple[str, ...]:
        return self.as_grade().wrong

    def as_grade(self) -> Grade:
        """One Grade for the whole answer: every part's missing and wrong fragments, the reasons."""
        graded = ([("intro", self.intro)] if self.intro is not None else []) + list(self.parts)
        missing = fragments(m for _, g in graded for m in g.missing)
        wrong = fragments([*(w for _, g in graded for w in g.wrong), *self.extra])
        reasons = [f"{label}: {g.reason or 'does not match'}" for label, g in self.parts if not g.correct]
        if self.intro is not None and self.intro.score < INTRO_MIN_SCORE and not self.intro.correct:
            reasons.insert(0, f"intro: {self.intro.reason or 'does not match'}")
        if self.extra:
            reasons.append("other subject: " + ", ".join(f"'{e}'" for e in self.extra))
        # a subject's part answered with words none of which it expects is a wrong claim, not an omission
        unheld = [w for _, g in self.parts if not g.correct and g.score == 0.0 and not g.contradicting for w in g.wrong]
        contradicting = fragments([*(c for _, g in graded for c in g.contradicting), *unheld])
        score = self.score
        if contradicting or self.extra:  # any part saying the opposite, or another subject: wrong
            score = min(score, GUARD_SCORE_CAP)
        elif not self.correct and any(g.correct or g.score >= PARTLY_MIN for _, g in graded):
            score = max(score, PARTLY_MIN)  # some parts (or the lead-in) right or partly, none contradicting: partly
        return Grade(self.correct, round(score, 4), missing, wrong, "; ".join(reasons), contradicting=contradicting)


def fragments(items: Iterable[str]) -> tuple[str, ...]:
    """Text fragments for a Grade's missing/wrong: trimmed of separators, empty and repeated ones dropped."""
    seen: dict[str, None] = {}
    for item in items:
        item = item.strip(" ,;:/+()«»\"'.")
        if item and item not in seen:
            seen[item] = None
    return tuple(seen)


def missing_part(expected: str, label: str) -> Grade:
    """The grade of a part the answer says nothing about."""
    return Grade(False, 0.0, fragments([expected]), (), f"nothing said about {label}")
