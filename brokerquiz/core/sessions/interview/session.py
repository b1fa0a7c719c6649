"""The timed mock interview: a session the screen drives, reading an injected clock.

`InterviewSession(questions, clock, per_question_s, total_s)` keeps its own timers and never
sleeps: the screen calls `tick()` a few times a second (tests advance a FakeClock and call it),
and `tick()` submits what was typed when a question's time runs out and ends the interview at
its limit. Answers are graded part by part (see `interview_grading`).

An empty answer (time ran out on a blank box, Esc "I don't know", or "idk" typed) is
unanswered: it scores 0, is not counted as answered, and sends back to Again only the cards
the question itself stands for, never each part's (the phrase's clause cards).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING

from ...clock import Clock
from ...grading import is_no_answer
from ...model import Card, Deck
from ...store.types import StoreError
from ...translate import _
from ..protocol import AGAIN, SessionError, ShownTimer
from .grading import QuestionGrade, grade_question
from .questions import InterviewQuestion

if TYPE_CHECKING:
    from ...store.facade import Store

DEFAULT_QUESTIONS = 8
DEFAULT_SECONDS_PER_QUESTION = 90
INTERVIEW_MODE = "interview"


@dataclass(frozen=True)
class InterviewOptions:
    """`interview`: how many questions, the time for each and (optionally) for all, the seed,
    and whether wrong answers send their cards to Again."""

    questions: int = DEFAULT_QUESTIONS
    seconds_per_question: float = DEFAULT_SECONDS_PER_QUESTION
    minutes: float | None = None
    seed: int | None = None
    schedule: bool = True

    def __post_init__(self) -> None:
        if self.questions < 1:
            raise SessionError(_("an interview needs at least one question"))
        if self.seconds_per_question <= 0:
            raise SessionError(_("seconds per question must be positive"))
        if self.minutes is not None and self.minutes <= 0:
            raise SessionError(_("the interview needs some time"))

    @property
    def total_s(self) -> float | None:
        """The whole interview's seconds, None: questions × seconds per question."""
        return self.minutes * 60 if self.minutes else None


@dataclass(frozen=True)
class Remaining:
    """Seconds left for the current question and for the whole interview (never negative)."""

    question: float
    total: float


@dataclass(frozen=True)
class InterviewAnswer:
    """One question as answered: the text, the time it took, and its grade."""

    question: InterviewQuestion
    answer: str
    seconds: float
    timed_out: bool = False
    aliases: dict[str, tuple[str, ...]] | None = field(default=None, repr=False, compare=False)

    @cached_property
    def grade(self) -> QuestionGrade:
        """Graded when first asked for, then kept: the same grade whenever that is. Nothing is
        shown between questions, so the screen asks between keys (`grade_answers`), after the
        next question is drawn, and the report and the score find it done."""
        return grade_question(self.question, self.answer, aliases=self.aliases)

    @property
    def given(self) -> bool:
        """Something was said: not empty, not "I don't know"."""
        return not is_no_answer(self.answer or "")

    @property
    def verdict(self) -> str:
        """The grade's verdict, or "unanswered" when nothing was said."""
        return self.grade.verdict if self.given else "unanswered"


@dataclass(frozen=True)
class InterviewReport:
    """A finished interview as `finish()` leaves it: the report (the JSON-able dict the store
    keeps and the report screen draws), its saved id, how many cards went back to Again
    (None when not scheduling), and what the store refused, one line each, for the face."""

    report: dict
    saved_id: int | None = None
    scheduled: int | None = None
    problems: tuple[str, ...] = ()


@dataclass
class InterviewSession:
    """A timed run through `questions`: per-question and total countdowns from `clock`."""

    questions: list[InterviewQuestion]
    clock: Clock
    per_question_s: float = DEFAULT_SECONDS_PER_QUESTION
    total_s: float | None = None  # None: questions × per_question_s
    aliases: dict[str, tuple[str, ...]] | None = None
    answers: list[InterviewAnswer] = field(default_factory=list)
    draft: str = ""  # what is typed so far: submitted as is when time runs out
    # where finish() saves the report, and what it names (None: a session not recorded)
    store: Store | None = None
    deck_id: str = ""
    deck: Deck | None = None  # the deck asked (its title for the face); sets deck_id
    deck_name: str | None = None  # as the drill commands should name the deck
    seed: int | None = None
    schedule: bool = True  # finish() sends the cards behind wrong answers to Again

    def __post_init__(self) -> None:
        if not self.questions:
            raise SessionError(_("an interview needs at least one question"))
        if self.per_question_s <= 0:
            raise SessionError(_("seconds per question must be positive"))
        if self.total_s is None:
            self.total_s = self.per_question_s * len(self.questions)
        if self.total_s <= 0:
            raise SessionError(_("the interview needs some time"))
        if self.deck is not None and not self.deck_id:
            self.deck_id = self.deck.id
        self.started_at: datetime = self.clock.now()
        self.finished_at: datetime | None = None
        self.abandoned = False
        self._question = ShownTimer(self.clock, self.started_at)
        self._outcome: InterviewReport | None = None

    def start(self) -> None:
        """The first question is on screen: both countdowns start now (a session built by a
        command before the terminal was ready has not been running meanwhile)."""
        if not self.answers and not self.finished:
            self.started_at = self._question.restart()

    # ---------------------------------------------------------------- state

    @property
    def index(self) -> int:
        return len(self.answers)

    @property
    def finished(self) -> bool:
        return self.finished_at is not None

    @property
    def current(self) -> InterviewQuestion | None:
        if self.finished or self.index >= len(self.questions):
            return None
        return self.questions[self.index]

    def progress(self) -> tuple[int, int]:
        return self.index, len(self.questions)

    def remaining(self) -> Remaining:
        """What both countdowns show now; the question's time never outlasts the interview's."""
        if self.finished:
            return Remaining(0.0, 0.0)
        spent = max(0.0, (self.clock.now() - self.started_at).total_seconds())
        total = max(0.0, self.total_s - spent)  # type: ignore[operator]
        question = max(0.0, self.per_question_s - self._question.seconds())
        return Remaining(min(question, total), total)

    # ---------------------------------------------------------------- moves

    def submit(self, answer: str | None = None, *, timed_out: bool = False) -> InterviewAnswer:
        """Take the current question's answer (default: the draft) and move to the next one; the
        answer is graded when its grade is first asked for."""
        question = self.current
        if question is None:
            raise SessionError(_("the interview is over"))
        text = self.draft if answer is None else answer
        seconds = self._question.seconds(cap=float(self.per_question_s))
        result = InterviewAnswer(question=question, answer=text, seconds=round(seconds, 1), timed_out=timed_out,
                                 aliases=self.aliases)
        self.answers.append(result)
        self.draft = ""
        self._question.restart()
        if self.index >= len(self.questions):
            self._finish()
        return result

    def grade_answers(self) -> None:
        """Grade every answer not graded yet (each is graded once, when first asked for)."""
        for answer in self.answers:
            answer.grade  # noqa: B018  a cached property: computed here, kept

    def dont_know(self) -> InterviewAnswer:
        """Esc: "I don't know", the question left unanswered, on to the next one."""
        return self.submit("")

    def tick(self) -> str | None:
        """Apply the clock: "timeout" (a question was submitted), "finished", or None.

        When the whole interview runs out, the question on screen is submitted with its draft
        and the rest count as not reached.
        """
        if self.finished:
            return None
        left = self.remaining()
        if left.total <= 0:
            self.submit(timed_out=True)
            self._finish()
            return "finished"
        if left.question <= 0:
            self.submit(timed_out=True)
            return "finished" if self.finished else "timeout"
        return None

    def abandon(self) -> None:
        """Stop early at the user's request; answers so far are kept."""
        if not self.finished:
            self.abandoned = True
            self._finish()

    def _finish(self) -> None:
        if self.finished_at is None:
            self.finished_at = self.clock.now()

    def finish(self) -> InterviewReport:
        """End the interview (if the clock or the answers have not) and record it, once:
        build the report (with the trend of earlier interviews), save it, and with `schedule`
        send the cards behind wrong answers to Again. A store that refuses does not lose the
        report: what failed is in `problems`. Called again, returns the same report."""
        if self._outcome is not None:
            return self._outcome
        from .report import build_report, save  # report imports this module

        self._finish()
        store, problems = self.store, []
        history: list[dict] = []
        if store is not None:
            try:
                history = store.interviews(self.deck_id)
            except StoreError as error:  # the report still comes, without the trend
                problems.append(_("earlier interviews not read: {error}").format(error=error))
        report = build_report(self, self.deck_id, deck_name=self.deck_name, history=history, seed=self.seed)
        saved_id = scheduled = None
        if store is not None:
            now = self.clock.now()
            try:
                saved_id = save(store, report, questions=len(self.questions), started_at=self.started_at,
                                finished_at=self.finished_at or now)
                if self.schedule:
                    scheduled = schedule_wrong_answers(store, self, now)
            except StoreError as error:  # a busy db must not lose the report on screen
                problems.append(_("not saved: {error}").format(error=error))
        self._outcome = InterviewReport(report, saved_id, scheduled, tuple(problems))
        return self._outcome

    # ---------------------------------------------------------------- results

    @property
    def answered(self) -> int:
        """Questions answered with something: an empty or "I don't know" answer is not one."""
        return sum(1 for a in self.answers if a.given)

    def score(self) -> float:
        """0..1 over every planned question: one not reached scores 0, as in a real interview."""
        return sum(a.grade.score for a in self.answers) / len(self.questions)


def start_interview(
    deck: Deck,
    cards: list[Card],
    options: InterviewOptions,
    clock: Clock,
    store: Store,
    *,
    deck_name: str | None = None,
) -> InterviewSession:
    """The interview `options` ask for: the deck synced into `store` once, questions picked by
    what the store says is weakest (a seed drawn when none is given, and kept in the report).
    `deck_name`: how the report's drill commands name the deck. Raises SessionError when the
    deck has nothing to ask, StoreError when the store cannot be used."""
    from ...deck.cards import subject_aliases
    from .pick import pick_questions

    seed = options.seed if options.seed is not None else random.randrange(1_000_000)
    store.sync_cards(deck.id, cards)
    states = store.card_states([c.id for c in cards])
    questions = pick_questions(deck, cards, states, options.questions, seed=seed)
    return InterviewSession(
        questions,
        clock,
        options.seconds_per_question,
        options.total_s,
        aliases=subject_aliases(deck),
        store=store,
        deck=deck,
        deck_name=deck_name,
        seed=seed,
        schedule=options.schedule,
    )


def wrong_card_ids(answer: InterviewAnswer) -> list[str]:
    """The cards a wrong or partly wrong answer sends back to Again.

    A wrong question: every card behind it. A partly right one: only the cards of its wrong
    parts (the parts answered right are not punished). An unanswered one: the question's own
    cards only; nothing was said about any part (a blank phrase is that phrase card, not
    every clause).
    """
    if answer.grade.verdict == "right":
        return []
    if not answer.given:
        return list(dict.fromkeys(answer.question.card_ids))
    ids: list[str] = []
    if answer.grade.verdict == "wrong":
        ids += answer.question.card_ids
    for part in answer.grade.parts:
        if part.verdict == "wrong":
            ids += part.card_ids
    return list(dict.fromkeys(ids))


def schedule_wrong_answers(store: Store, session: InterviewSession, now: datetime) -> int:
    """Rate the cards behind wrong answers Again (mode "interview"); returns how many."""
    known = store.card_states([c for a in session.answers for c in wrong_card_ids(a)])
    count = 0
    done: set[str] = set()
    for answer in session.answers:
        for card_id in wrong_card_ids(answer):
            if card_id not in known or card_id in done:
                continue  # unknown to the store (deck edited since), or already sent back
            done.add(card_id)
            store.record_review(
                card_id,
                AGAIN,
                now,
                answer=answer.answer,
                grade=answer.grade.score,
                correct=False,
                duration_ms=int(answer.seconds * 1000),
                mode=INTERVIEW_MODE,
            )
            count += 1
    return count
