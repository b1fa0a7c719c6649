"""One session protocol: the verdict → rating map, the shown timer, one error type, and
recording through the store as session calls (quiz answers, the interview's finish)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from brokerquiz.core.clock import FakeClock
from brokerquiz.core.deck.cards import generate_cards, subject_aliases
from brokerquiz.core.deck.load import load_deck
from brokerquiz.core.sessions import quiz as quiz_mod
from brokerquiz.core.sessions import study as study_mod
from brokerquiz.core.sessions.interview.pick import pick_questions
from brokerquiz.core.sessions.interview.session import InterviewReport, InterviewSession
from brokerquiz.core.sessions.protocol import VERDICT_RATING, Session, ShownTimer, rating_for
from brokerquiz.core.sessions.quiz import QuizError, QuizSession, QuizSummary
from brokerquiz.core.sessions.study import StudySession
from brokerquiz.core.store.facade import Store
from brokerquiz.core.store.types import StoreError
from brokerquiz.errors import BrokerquizError, SessionError


@pytest.fixture
def small(small_deck_path):
    deck = load_deck(small_deck_path)
    return deck, generate_cards(deck)


def test_one_verdict_map_and_error_type():
    assert VERDICT_RATING == {"right": 3, "partly": 2, "wrong": 1}
    assert rating_for("unanswered") == 1 and rating_for("partly") == 2
    assert study_mod.PROPOSED_RATING is VERDICT_RATING
    assert not hasattr(quiz_mod, "VERDICT_RATING")  # no second copy
    assert issubclass(QuizError, SessionError) and issubclass(SessionError, BrokerquizError)
    assert study_mod.SessionError is SessionError


def test_shown_timer_counts_from_restart_never_negative(now):
    clock = FakeClock(now)
    timer = ShownTimer(clock)
    clock.advance(3)
    assert timer.ms() == 3000
    timer.restart()
    clock.advance(400)
    assert timer.elapsed(cap=timedelta(minutes=5)) == timedelta(minutes=5)
    assert timer.seconds(cap=90.0) == 90.0
    timer.restart(clock.now() + timedelta(seconds=10))  # a start in the future reads as zero
    assert timer.ms() == 0


def test_every_session_offers_the_protocol(small, now, tmp_path):
    deck, cards = small
    clock = FakeClock(now)
    with Store.open(tmp_path / "p.db") as store:
        study = StudySession(store, deck, cards, clock=clock)
        quiz = QuizSession(cards[:2], clock)
        interview = InterviewSession(pick_questions(deck, cards, {}, 2, seed=1), clock)
        for session in (study, quiz, interview):
            assert isinstance(session, Session)
            done, total = session.progress()
            assert done == 0 and total >= 1
        assert quiz.progress() == (0, 2) and interview.progress() == (0, 2)
        study.reveal()
        study.rate()
        assert study.progress()[0] == 1
        assert study.finish().answered == 1


def test_quiz_records_each_answer_through_the_store(small, now, tmp_path):
    deck, cards = small
    clock = FakeClock(now)
    fact = next(c for c in cards if c.id == "small/fact/basics/delivery/kafka")
    with Store.open(tmp_path / "p.db") as store:
        store.sync_cards(deck.id, cards)
        session = QuizSession([fact, fact], clock, aliases=subject_aliases(deck), store=store)
        clock.advance(2)
        result = session.answer_text("EOS")
        assert result.unsaved is None
        rows = store.reviews(fact.id)
        assert [(r["mode"], r["rating"], r["duration_ms"]) for r in rows] == [("quiz", 3, 2000)]
        session.dont_know()
        summary = session.finish()
        assert isinstance(summary, QuizSummary)
        assert (summary.asked, summary.total, summary.right, summary.unsaved) == (2, 2, 1, 0)
        assert summary.complete and summary.percent == 50
        assert len(store.reviews(fact.id)) == 2
        with pytest.raises(SessionError):
            session.answer_text("late")


def test_quiz_answer_the_store_refuses_is_kept_and_marked(small, now, tmp_path):
    deck, cards = small
    fact = next(c for c in cards if c.id == "small/fact/basics/delivery/kafka")

    class BusyStore:
        def record_review(self, *args, **kwargs):
            raise StoreError("database is locked")

    session = QuizSession([fact], FakeClock(now), store=BusyStore())
    result = session.answer_text("EOS")
    assert result.unsaved == "database is locked" and session.results == [result]
    assert session.finish().unsaved == 1


def test_interview_finish_saves_and_reschedules_once(small, now, tmp_path):
    deck, cards = small
    clock = FakeClock(now)
    with Store.open(tmp_path / "p.db") as store:
        store.sync_cards(deck.id, cards)
        questions = pick_questions(deck, cards, {}, 2, seed=3)
        session = InterviewSession(questions, clock, store=store, deck_id=deck.id, seed=3)
        session.submit("no idea really")
        clock.advance(5)
        outcome = session.finish()
        assert isinstance(outcome, InterviewReport) and outcome.problems == ()
        assert session.finished and outcome.saved_id is not None
        assert outcome.scheduled is not None and outcome.scheduled >= 1
        assert "scheduled" not in outcome.report  # the typed field carries the count, once
        saved = store.interviews(deck.id)
        assert len(saved) == 1 and saved[0]["report"]["seed"] == 3
        assert session.finish() is outcome  # a second call records nothing again
        assert len(store.interviews(deck.id)) == 1


def test_interview_without_schedule_or_store(small, now, tmp_path):
    deck, cards = small
    clock = FakeClock(now)
    questions = pick_questions(deck, cards, {}, 1, seed=3)
    with Store.open(tmp_path / "p.db") as store:
        store.sync_cards(deck.id, cards)
        session = InterviewSession(questions, clock, store=store, deck_id=deck.id, schedule=False)
        session.submit("")
        outcome = session.finish()
        assert outcome.scheduled is None and outcome.saved_id is not None
        assert all(r["mode"] != "interview" for c in cards for r in store.reviews(c.id))
    bare = InterviewSession(questions, clock, deck_id=deck.id).finish()
    assert bare.saved_id is None and bare.report["deck"] == deck.id
