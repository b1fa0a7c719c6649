"""Grading open interview answers part by part, with partial credit, by the core grader.

  compare    `grading.grade_parts`: the answer is cut at each broker's name and each piece is
             graded against that broker's cell
  scenario   `grading.grade_parts` finds the brokers named: each 👍 broker named earns its share,
             naming a ❌ broker costs half of its share; ⚠️ and mixed ratings are neither
             right nor wrong (the "why" is not graded: it is in the model answer to compare)
  use        each 'when to use' item is covered when a piece of the answer (cut at commas,
             lines, ';') matches it or half of its own comma-separated sub-items
  follow-up  `grading.grade` on the whole answer (with the card's other accepted answers)
  phrase     `grading.grade_parts` on the clauses; the unlabelled lead-in is the "criteria" part
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...grading import Grade, grade, grade_parts, is_no_answer, normalize
from .questions import InterviewQuestion, Part

RIGHT_AT = 0.999  # every part right
WRONG_BELOW = 0.3  # under 30% of the credit is a wrong answer (one item of three is partly)
PIECE_SEP = re.compile(r"[\n;,•/]|\s[-–—]\s|\s(?:и|and|а также)\s", re.IGNORECASE)


@dataclass(frozen=True)
class PartResult:
    """How one part was answered: score 0..1, verdict right/partly/wrong, the piece of answer used."""

    label: str
    expected: str
    role: str
    score: float
    verdict: str
    given: str = ""
    card_ids: tuple[str, ...] = ()

    @classmethod
    def of(cls, part: Part, g: Grade | None, *, given: str = "") -> PartResult:
        """From a core Grade (None: nothing said); a correct part earns full credit."""
        if g is None:
            return cls(part.label, part.expected, part.role, 0.0, "wrong", given, part.card_ids)
        score = 1.0 if g.correct else g.score
        return cls(part.label, part.expected, part.role, score, g.verdict, given, part.card_ids)

    def to_json(self) -> dict:
        return {
            "label": self.label,
            "expected": self.expected,
            "role": self.role,
            "score": round(self.score, 3),
            "verdict": self.verdict,
            "given": self.given,
        }


@dataclass(frozen=True)
class QuestionGrade:
    """The parts of one answer and the question's score (0..1)."""

    parts: tuple[PartResult, ...]
    score: float

    @property
    def verdict(self) -> str:
        if self.parts and all(p.verdict == "right" for p in self.parts) and self.score >= RIGHT_AT:
            return "right"
        return "wrong" if self.score < WRONG_BELOW else "partly"

    @property
    def correct(self) -> bool:
        return self.verdict == "right"




def _score(parts: tuple[PartResult, ...]) -> float:
    return sum(p.score for p in parts) / len(parts) if parts else 0.0


def _by_label(question: InterviewQuestion, answer: str, aliases) -> tuple[PartResult, ...]:
    """compare and phrase: the core grader cuts the answer by subject and grades each clause."""
    graded = grade_parts([(p.label, p.expected) for p in question.parts], answer, aliases=aliases)
    grades = dict(graded.parts)
    results = []
    for part in question.parts:
        g = grades.get(part.label)
        if g is None and graded.intro is not None:
            g = graded.intro  # the phrase's lead-in ("criteria") has no subject to cut at
        if g is not None and not g.correct and part.accept:
            # the cell's other accepted answers, looked for in the whole answer
            alt = max((grade(a, answer, aliases=aliases) for a in part.accept), key=lambda x: (x.correct, x.score))
            g = alt if alt.correct else g
        results.append(PartResult.of(part, g))
    return tuple(results)


def _scenario(question: InterviewQuestion, answer: str, aliases) -> tuple[tuple[PartResult, ...], float]:
    want = [p for p in question.parts if p.role == "name"]
    avoid = [p for p in question.parts if p.role == "avoid"]
    # names only: grade_parts marks each expected broker named or not, and lists the others named
    graded = grade_parts([(p.label, p.label) for p in want], answer, aliases=aliases)
    named = {label for label, g in graded.parts if g.correct}
    extra = set(graded.extra)
    results = [PartResult.of(p, Grade(p.label in named, 1.0 if p.label in named else 0.0)) for p in want]
    wrongly = [p for p in avoid if p.label in extra]
    results += [
        PartResult(p.label, p.expected, p.role, 0.0 if p in wrongly else 1.0, "wrong" if p in wrongly else "right", "", p.card_ids)
        for p in avoid
    ]
    hit = len([p for p in want if p.label in named]) / len(want) if want else 1.0
    penalty = 0.5 * len(wrongly) / len(avoid) if avoid else 0.0
    return tuple(results), max(0.0, hit - penalty)


def _pieces(answer: str) -> list[str]:
    return [b.strip() for b in PIECE_SEP.split(answer) if b.strip()]


def _item(part: Part, answer: str, aliases) -> PartResult:
    """A 'when to use' item: covered by some piece of the answer, or half of its sub-items are."""
    pieces = _pieces(answer)
    best: Grade | None = None
    for piece in [answer, *pieces]:
        for expected in (part.expected, *part.accept):
            g = grade(expected, piece, aliases=aliases, core_right=True)  # an item named by its lead
            if best is None or (g.correct, g.score) > (best.correct, best.score):
                best = g
    if best is not None and best.correct:
        return PartResult.of(part, best)
    subs = _pieces(part.expected)
    covered = [s for s in subs if any(grade(s, piece, aliases=aliases).correct for piece in pieces)]
    if len(subs) > 1 and covered:
        score = 1.0 if 2 * len(covered) >= len(subs) else 0.5
        verdict = "right" if score == 1.0 else "partly"
        return PartResult(part.label, part.expected, part.role, score, verdict, ", ".join(covered), part.card_ids)
    share, hits = _overlap(part.expected, answer)
    if share >= 0.5 or hits >= 2:
        # said in other words than the item's comma pieces ("сложная маршрутизация" for
        # "Когда важна сложная маршрутизация (direct, topic, fanout)"): partial credit
        return PartResult(part.label, part.expected, part.role, 0.5, "partly", "", part.card_ids)
    return PartResult.of(part, best)


def _overlap(expected: str, answer: str) -> tuple[float, int]:
    """Share and count of the expected text's words (the grader's normalised keys, 4+ letters)
    that the answer contains."""
    want = [k for k in normalize(expected).split() if len(k) >= 4]
    have = set(normalize(answer).split())
    hits = sum(1 for k in want if k in have)
    return (hits / len(want) if want else 0.0), hits


def grade_question(
    question: InterviewQuestion, answer: str, *, aliases: dict[str, tuple[str, ...]] | None = None
) -> QuestionGrade:
    """Grade an open answer to `question` part by part; no answer scores 0."""
    answer = answer or ""
    if is_no_answer(answer):
        # nothing said: every part to say is missing (and no broker was wrongly named)
        parts = tuple(
            PartResult(p.label, p.expected, p.role, 1.0, "right", "", p.card_ids)
            if p.role == "avoid"
            else PartResult.of(p, None)
            for p in question.parts
        )
        return QuestionGrade(parts, 0.0)
    if question.kind == "scenario":
        parts, score = _scenario(question, answer, aliases)
        return QuestionGrade(parts, score)
    if question.kind in ("compare", "phrase"):
        parts = _by_label(question, answer, aliases)
    elif question.kind == "use":
        parts = tuple(_item(p, answer, aliases) for p in question.parts)
    else:  # follow-up: one part, the whole answer
        parts = tuple(
            PartResult.of(p, grade(p.expected, answer, accept=p.accept, aliases=aliases), given=answer)
            for p in question.parts
        )
    return QuestionGrade(parts, _score(parts))
