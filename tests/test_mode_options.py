"""Typed mode options and "the command builds, the screen draws": each mode's options are one
frozen value, an unknown option is an error at once, and a screen handed a session by its
command neither opens the deck, nor picks, nor syncs again."""

from __future__ import annotations

import dataclasses

import pytest
from click.testing import CliRunner
from textual.widgets import Static

from brokerquiz.cli import cli
from brokerquiz.core.clock import FakeClock
from brokerquiz.core.deck.cards import generate_cards
from brokerquiz.core.deck.load import load_deck
from brokerquiz.core.sessions.interview.session import InterviewSession, start_interview
from brokerquiz.core.sessions.options import InterviewOptions, QuizOptions, StudyOptions, mode_options
from brokerquiz.core.sessions.quiz import QuizError, QuizSession, start_quiz
from brokerquiz.core.sessions.study import StudySession
from brokerquiz.errors import SessionError
from brokerquiz.tui.app import make_app
from brokerquiz.tui.screens.interview import InterviewScreen
from brokerquiz.tui.screens.quiz import QuizScreen
from brokerquiz.tui.screens.study import StudyScreen


@pytest.fixture
def small(small_deck_path):
    deck = load_deck(small_deck_path)
    return deck, generate_cards(deck)


class CountingStore:
    """The real store, counting sync_cards calls."""

    def __init__(self, store):
        self._store, self.syncs = store, 0

    def sync_cards(self, *args, **kwargs):
        self.syncs += 1
        return self._store.sync_cards(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._store, name)


def test_options_are_frozen_typed_values_with_checked_values():
    options = mode_options("quiz", count=3, kind="scenario")
    assert options == QuizOptions(count=3, kind="scenario")
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.count = 4  # type: ignore[misc]
    with pytest.raises(AttributeError):
        StudyOptions().mode = "typed"  # type: ignore[misc]  (a NamedTuple: study imports no dataclasses)
    assert mode_options("interview", minutes=2).total_s == 120
    assert mode_options("home") is None and mode_options("stats") is None
    with pytest.raises(SessionError, match="mode must be one of flip, typed"):
        StudyOptions(mode="flop")
    with pytest.raises(QuizError, match="unknown quiz kind"):
        QuizOptions(kind="nope")
    with pytest.raises(SessionError):
        InterviewOptions(seconds_per_question=0)


@pytest.mark.parametrize(
    "mode, given",
    [("study", {"mood": "typed"}), ("quiz", {"cout": 3}), ("interview", {"question": 2}), ("stats", {"cram": True})],
)
def test_an_unknown_option_is_an_error_at_once(mode, given):
    with pytest.raises(SessionError, match=f"unknown option {next(iter(given))!r} for {mode}"):
        mode_options(mode, **given)


def test_the_app_and_the_screens_refuse_an_unknown_option_before_running(store, now):
    with pytest.raises(SessionError, match="'cout'"):
        make_app(store=store, clock=FakeClock(now), screen="quiz", cout=3)
    with pytest.raises(SessionError, match="'neww'"):
        StudyScreen(neww=5)  # was silently dropped by a whitelist
    with pytest.raises(SessionError, match="'minute'"):
        InterviewScreen(minute=5)
    with pytest.raises(SessionError, match="not both"):
        make_app(store=store, clock=FakeClock(now), screen="quiz", options=QuizOptions(), count=2)


async def test_open_mode_refuses_an_unknown_option_and_pushes_nothing(store, now, small_deck_path):
    app = make_app(store=store, clock=FakeClock(now), screen="home", deck_name=str(small_deck_path))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        before = list(app.screen_stack)
        with pytest.raises(SessionError, match="'mood'"):
            app.open_mode("study", mood="typed")
        assert app.screen_stack == before


def no_second_build(monkeypatch, module: str, *names: str) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("the screen built again what the command built")

    for name in names:
        monkeypatch.setattr(f"brokerquiz.tui.screens.{module}.{name}", refuse)


async def test_quiz_screen_draws_the_commands_session_without_picking_or_syncing(store, now, small, monkeypatch):
    deck, cards = small
    clock = FakeClock(now)
    counting = CountingStore(store)
    options = QuizOptions(count=2, kind="scenario", seed=1)
    session = start_quiz(deck, cards, options, clock, store=counting)
    assert counting.syncs == 1 and session.seed == 1 and session.deck is deck
    no_second_build(monkeypatch, "quiz", "open_deck", "start_quiz")
    app = make_app(store=counting, clock=clock, screen="quiz", options=options, session=session)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen) and app.screen.session is session
        card = app.screen.query_one("#quiz-card")
        shown = "\n".join(str(s.render()) for s in [card, *card.query(Static)] if isinstance(s, Static))
        assert session.current.front in shown
        await pilot.press("escape")  # I don't know: recorded by the session, through the store
        await pilot.pause()
    assert counting.syncs == 1
    assert [r["mode"] for r in store.reviews(session.results[0].card.id)] == ["quiz"]


async def test_interview_screen_draws_the_commands_session_and_starts_its_clocks(store, now, small, monkeypatch):
    deck, cards = small
    clock = FakeClock(now)
    counting = CountingStore(store)
    options = InterviewOptions(questions=2, seconds_per_question=20, seed=1)
    session = start_interview(deck, cards, options, clock, counting)
    assert counting.syncs == 1 and session.seed == 1 and session.deck_id == deck.id
    clock.advance(15)  # the terminal takes its time to start: the question's clock has not run
    no_second_build(monkeypatch, "interview", "open_deck", "start_interview")
    app = make_app(store=counting, clock=clock, screen="interview", options=options, session=session)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, InterviewScreen) and app.screen.session is session
        assert session.remaining().question == 20
    assert counting.syncs == 1


def test_commands_hand_typed_options_and_a_built_session_to_the_app(small_deck_path, tmp_db, monkeypatch):
    handed: list[dict] = []
    monkeypatch.setattr("brokerquiz.tui.app.run_app", lambda **kwargs: handed.append(kwargs))
    runner = CliRunner()
    for args in (
        ["study", "--mode", "typed"],
        ["quiz", "--count", "2", "--kind", "scenario", "--seed", "3"],
        ["interview", "--questions", "2", "--seed", "3", "--no-schedule"],
    ):
        result = runner.invoke(cli, [*args, "--db", str(tmp_db), "--deck", str(small_deck_path)])
        assert result.exit_code == 0, result.output
    study, quiz, interview = handed
    assert study["options"] == StudyOptions(mode="typed") and isinstance(study["session"], StudySession)
    assert quiz["options"] == QuizOptions(count=2, kind="scenario", seed=3)
    assert isinstance(quiz["session"], QuizSession) and quiz["session"].store is quiz["store"]
    assert interview["options"] == InterviewOptions(questions=2, seed=3, schedule=False)
    assert isinstance(interview["session"], InterviewSession) and interview["session"].schedule is False
    assert all(set(h) <= {"store", "screen", "clock", "deck_name", "options", "session"} for h in handed)
