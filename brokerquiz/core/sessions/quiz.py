"""An untimed quiz round: pick cards, grade each answer at once, score the round.

The session is a plain object the quiz screen drives (and tests drive without a terminal).
Results are recorded as review rows with mode "quiz" and ``schedule=False``: a quiz is a
self-check taken at any moment, often right after studying, so letting it move FSRS due dates
would distort the spacing; the rows still show in a card's history (wrong answers included).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING

from ..clock import Clock
from ..grading import Grade, grade_card, grade_choice, prepare
from ..model import Card, Deck
from ..store.types import StoreError
from ..translate import _
from .protocol import SessionError, ShownTimer, rating_for
from .verdict_words import line_name

if TYPE_CHECKING:  # the store is only needed to record, and tests may quiz without one
    from ..store.facade import Store

# --kind NAME -> the card kinds it asks. Rating cards are scenario rows asked per broker.
QUIZ_KINDS: dict[str, tuple[str, ...]] = {
    "scenario": ("scenario", "rating"),
    "use-case": ("use-case",),
    "reverse": ("reverse",),
    "all": ("scenario", "rating", "use-case", "reverse", "fact", "follow-up"),
}
DEFAULT_COUNT = 10
QUIZ_MODE = "quiz"
# A quiz never moves the schedule (see the module docstring).
QUIZ_SCHEDULES = False


class QuizError(SessionError):
    """A quiz that cannot be built (unknown kind, a deck without such cards)."""


def pick_quiz_cards(
    cards: list[Card], *, kind: str = "all", count: int = DEFAULT_COUNT, seed: int | None = None
) -> list[Card]:
    """Up to `count` cards of the kinds `kind` stands for, shuffled by `seed`.

    Cards of different rows come first: two cards of one topic (same table row) are asked in
    one round only when the deck has fewer topics than `count`. (By topic, not by sibling key:
    siblings are the kinds of one cell, so the brokers of a row are separate sibling groups.)
    """
    if kind not in QUIZ_KINDS:
        raise QuizError(_("unknown quiz kind {kind} (one of: {kinds})").format(kind=repr(kind), kinds=", ".join(QUIZ_KINDS)))
    if count < 1:
        raise QuizError(_("the quiz needs at least one question (--count 1 or more)"))
    pool = [c for c in cards if c.kind in QUIZ_KINDS[kind]]
    if not pool:
        raise QuizError(_("the deck has no cards for a {kind} quiz").format(kind=repr(kind)))
    rng = random.Random(seed)
    rng.shuffle(pool)
    first, rest, groups = [], [], set()
    for card in pool:
        group = card.topic or card.id
        (rest if group in groups else first).append(card)
        groups.add(group)
    return (first + rest)[:count]


@dataclass(frozen=True)
class QuizOptions:
    """`quiz`: how many questions of which kind; the same seed asks the same ones."""

    count: int = DEFAULT_COUNT
    kind: str = "all"
    seed: int | None = None

    def __post_init__(self) -> None:
        if self.kind not in QUIZ_KINDS:
            raise QuizError(_("unknown quiz kind {kind} (one of: {kinds})").format(kind=repr(self.kind), kinds=", ".join(QUIZ_KINDS)))
        if self.count < 1:
            raise QuizError(_("the quiz needs at least one question (--count 1 or more)"))


def start_quiz(deck: Deck, cards: list[Card], options: QuizOptions, clock: Clock, store: Store | None = None) -> QuizSession:
    """The round `options` ask for on `deck` (a seed is drawn when none is given, and kept).

    With `store`, the deck's cards are synced into it first and every answer is recorded; a
    command picks before it opens the store (a deck without such cards is refused first), then
    syncs once and sets `session.store` itself.
    """
    from ..deck.cards import subject_aliases

    seed = options.seed if options.seed is not None else random.randrange(1_000_000)
    questions = pick_quiz_cards(cards, kind=options.kind, count=options.count, seed=seed)
    if store is not None:
        store.sync_cards(deck.id, cards)
    return QuizSession(questions, clock, aliases=subject_aliases(deck), store=store, deck=deck, seed=seed)


@dataclass(frozen=True)
class QuizResult:
    """One answered question: what was given and how it was graded."""

    card: Card
    answer: str
    grade: Grade
    duration_ms: int
    picked: frozenset[int] | None = None  # choice indexes, for multiple-choice cards
    unsaved: str | None = None  # why recording it failed (a busy db); None: saved, or no store

    @property
    def rating(self) -> int:
        return rating_for(self.grade.verdict)


@dataclass(frozen=True)
class QuizSummary:
    """The round's score: `asked` of `total` questions answered, points out of `asked`."""

    asked: int
    total: int
    score: float
    right: int
    percent: int
    unsaved: int  # answers the store refused

    @property
    def complete(self) -> bool:
        return self.asked >= self.total


@dataclass
class QuizSession:
    """A round of questions answered one by one, each graded at once."""

    cards: list[Card]
    clock: Clock
    aliases: dict[str, tuple[str, ...]] | None = None
    results: list[QuizResult] = field(default_factory=list)
    store: Store | None = None  # given: every answer is recorded through it at once (see _add)
    deck: Deck | None = None  # the deck asked (its title for the face)
    seed: int | None = None  # the seed the cards were picked with: the same seed, the same round

    def __post_init__(self) -> None:
        self._timer = ShownTimer(self.clock)

    @property
    def index(self) -> int:
        return len(self.results)

    @property
    def total(self) -> int:
        return len(self.cards)

    @property
    def finished(self) -> bool:
        return self.index >= self.total

    @property
    def current(self) -> Card | None:
        return None if self.finished else self.cards[self.index]

    def progress(self) -> tuple[int, int]:
        return self.index, self.total

    def shown(self) -> None:
        """The current question is on screen now: its answer time counts from here."""
        self._timer.restart()

    def answer_choice(self, picked: set[int] | frozenset[int]) -> QuizResult:
        """Answer a multiple-choice card with the indexes picked."""
        card = self._require(choice=True)
        picked = frozenset(picked)
        bad = [i for i in picked if not 0 <= i < len(card.choices or ())]
        if bad:
            raise SessionError(_("no choice {number} on this card").format(number=bad[0] + 1))
        text = ", ".join(card.choices[i] for i in sorted(picked))  # type: ignore[index]
        grade = grade_choice(card, set(picked))
        return self._add(QuizResult(card, text, grade, self._timer.ms(), picked))

    def dont_know(self) -> QuizResult:
        """"I don't know" (Esc): the current question scored as not known, the answer shown."""
        card = self._require(choice=None)
        grade = Grade(False, 0.0, reason="you did not know", expected=card.back)
        return self._add(QuizResult(card, "", grade, self._timer.ms(), frozenset() if card.is_choice else None))

    def prepare_grading(self) -> None:
        """Derive while a typed question is on screen what grading its answer reads of the deck
        alone (`grading.prepare`): the answer then waits only for what depends on it."""
        card = self.current
        if card is not None and not card.is_choice:
            prepare(card, aliases=self.aliases)

    def answer_text(self, text: str) -> QuizResult:
        """Answer a short-answer card with typed text."""
        card = self._require(choice=False)
        grade = grade_card(card, text, aliases=self.aliases)
        return self._add(QuizResult(card, text, grade, self._timer.ms()))

    def _require(self, *, choice: bool | None) -> Card:
        card = self.current
        if card is None:
            raise SessionError(_("the quiz is over"))
        if choice is not None and card.is_choice != choice:
            raise SessionError(_("this question is answered by typing, not picking") if choice
                               else _("this question is answered by picking, not typing"))
        return card

    def _add(self, result: QuizResult) -> QuizResult:
        if self.store is not None:
            try:
                record_result(self.store, result, self.clock.now())
            except StoreError as error:  # the round goes on; the screen says it was not saved
                result = replace(result, unsaved=str(error))
        self.results.append(result)
        self.shown()
        return result

    def finish(self) -> QuizSummary:
        """The score of the questions answered so far (each was recorded as it was answered)."""
        return QuizSummary(
            asked=len(self.results),
            total=self.total,
            score=self.score,
            right=self.right,
            percent=self.percent(),
            unsaved=sum(1 for r in self.results if r.unsaved),
        )

    @property
    def score(self) -> float:
        """Points so far (partial credit counts), out of `total`."""
        return sum(r.grade.score for r in self.results)

    @property
    def right(self) -> int:
        return sum(1 for r in self.results if r.grade.verdict == "right")

    def percent(self) -> int:
        """The round's score as a whole percentage of the questions asked so far."""
        return round(100 * self.score / len(self.results)) if self.results else 0


def record_result(store: Store, result: QuizResult, now: datetime) -> None:
    """Write one quiz answer as a review row (mode "quiz", schedule untouched)."""
    store.record_review(
        result.card.id,
        result.rating,
        now,
        answer=result.answer,
        grade=result.grade.score,
        correct=result.grade.correct,
        duration_ms=result.duration_ms,
        mode=QUIZ_MODE,
        schedule=QUIZ_SCHEDULES,
    )


def note_lines(result: QuizResult) -> list[tuple[str, str]]:
    """(kind, text) lines shown under the verdict block: why (the explanation), the nuance
    with its source. The verdict and the model answer are the shared verdict block's
    (tui/widgets/answer_diff, words from core.verdict_words), as in study.

    Plain strings: the screen wraps them in Content, so deck text is never parsed as markup.
    """
    card = result.card
    lines: list[tuple[str, str]] = []
    if card.explanation:
        lines.append(("explanation", card.explanation))
    if card.nuance:
        note = card.nuance + (f"  [{card.source}]" if card.source else "")
        lines.append(("nuance", f"{line_name('nuance')}: {note}"))
    elif card.source and card.kind == "follow-up":
        lines.append(("nuance", f"{line_name('source')}: {card.source}"))
    return lines
