"""The screens when the store refuses or fails: a message on screen, the card kept, no traceback."""

from __future__ import annotations

import sqlite3

import pytest
from textual.widgets import OptionList

from brokerquiz.core.clock import FakeClock
from brokerquiz.core.sessions.study import ANSWERED
from brokerquiz.core.store.facade import Store
from brokerquiz.tui.app import make_app
from brokerquiz.tui.screens.home import HomeScreen
from brokerquiz.tui.screens.quiz import QuizScreen
from brokerquiz.tui.screens.report import ReportScreen
from brokerquiz.tui.screens.study import StudyScreen
from brokerquiz.tui.screens.summary import SummaryScreen
from brokerquiz.tui.widgets.card_panel import CardPanel
from study_pilot import reviews, study_app
from store_damage import corrupt_table

SIZE = (100, 30)


def messages(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_undo_refused_when_another_terminal_answered_the_card_since(store, small_deck_path, now, tmp_db):
    app = study_app(store, small_deck_path, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        session = app.screen.session
        first = session.card.id
        await pilot.press("space", "4")
        on_screen = session.card.id
        with Store.open(tmp_db) as other:  # the other terminal answers the same card
            other.record_review(first, 1, now)
        await pilot.press("u")
        await pilot.pause()
        assert any("answered again after you" in m for m in messages(app))
        assert isinstance(app.screen, StudyScreen) and session.card.id == on_screen
        assert session.done_count == 1
        assert [r[1] for r in reviews(store)] == [4, 1]


async def test_undo_refused_from_the_summary_shows_the_summary_again(store, small_deck_path, now, tmp_db):
    app = study_app(store, small_deck_path, now, new_limit=1)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        card = app.screen.session.card.id
        await pilot.press("space", "4")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        with Store.open(tmp_db) as other:
            other.record_review(card, 3, now)
        await pilot.press("u")
        await pilot.pause()
        assert any("answered again after you" in m for m in messages(app))
        assert isinstance(app.screen, SummaryScreen)
        assert len(reviews(store)) == 2


# --------------------------------------------------------------------------- a damaged database


@pytest.fixture
def damaged(tmp_db, small_deck_path, now):
    """A database whose reviews table has a damaged page: cards readable, no answer savable."""
    from brokerquiz.core.deck.cards import generate_cards
    from brokerquiz.core.deck.load import load_deck

    deck = load_deck(small_deck_path)
    with Store.open(tmp_db) as store:
        store.sync_cards(deck.id, generate_cards(deck))
        store.record_review(f"{deck.id}/takeaway/kafka", 3, now)
    corrupt_table(tmp_db, "reviews")
    with Store.open(tmp_db) as store:
        yield store


def damage_messages(app) -> list[str]:
    return [m for m in messages(app) if "the database file is damaged" in m]


async def test_study_answer_on_a_damaged_database_keeps_the_card(damaged, small_deck_path, now):
    app = study_app(damaged, small_deck_path, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        session = app.screen.session
        card = session.card.id
        await pilot.press("space", "3")
        await pilot.pause()
        assert damage_messages(app)
        assert isinstance(app.screen, StudyScreen) and app.is_running
        assert session.card.id == card and session.phase == ANSWERED and session.done_count == 0


async def test_quiz_answer_on_a_damaged_database_is_a_message(damaged, small_deck_path, now):
    app = make_app(store=damaged, clock=FakeClock(now), screen="quiz", deck_name=str(small_deck_path),
                   kind="scenario", count=2, seed=1)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        await pilot.press("1", "enter")
        await pilot.pause()
        assert damage_messages(app)
        assert app.screen is screen and app.is_running and len(screen.session.results) == 1


async def test_interview_report_on_a_damaged_database_is_shown_not_saved(damaged, small_deck_path, now):
    clock = FakeClock(now)
    app = make_app(store=damaged, clock=clock, screen="interview", deck_name=str(small_deck_path),
                   questions=2, seconds_per_question=20, seed=1)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        clock.advance(40)
        app.screen.tick()
        await pilot.pause()
        assert isinstance(app.screen, ReportScreen) and app.is_running
        assert damage_messages(app)


async def test_interview_report_when_earlier_interviews_are_unreadable(store, tmp_db, small_deck_path, now):
    store.save_interview("small", started_at=now, questions=1, score=1.0)
    store.close()
    corrupt_table(tmp_db, "interviews")
    clock = FakeClock(now)
    with Store.open(tmp_db) as damaged:
        app = make_app(store=damaged, clock=clock, screen="interview", deck_name=str(small_deck_path),
                       questions=2, seconds_per_question=20, seed=1)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            clock.advance(40)
            app.screen.tick()
            await pilot.pause()
            assert isinstance(app.screen, ReportScreen) and app.is_running
            assert any(m.startswith("earlier interviews not read") for m in damage_messages(app))


async def test_stats_screen_on_a_damaged_database_is_a_message(damaged, small_deck_path, now):
    app = make_app(store=damaged, clock=FakeClock(now), screen="stats", deck_name=str(small_deck_path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.is_running
        assert damage_messages(app)


async def test_home_on_a_damaged_database_shows_it_on_the_deck(damaged, small_deck_path, now):
    app = make_app(store=damaged, clock=FakeClock(now), screen="home", deck_name=str(small_deck_path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen) and app.is_running
        decks = app.screen.query_one("#decks", OptionList)
        prompts = [str(decks.get_option_at_index(i).prompt) for i in range(decks.option_count)]
        assert any("the database file is damaged" in p for p in prompts)


# --------------------------------------------------------------------------- a table gone mid-session


def drop_table(path, table: str) -> None:
    """Another program (not brokerquiz) drops a table while the session runs."""
    other = sqlite3.connect(path)
    other.execute(f"DROP TABLE {table}")
    other.close()


async def test_reveal_when_the_intervals_cannot_be_read_still_shows_the_answer(store, small_deck_path, now, tmp_db):
    app = study_app(store, small_deck_path, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        session = app.screen.session
        card = session.card.id
        drop_table(tmp_db, "cards")
        session.clock.advance(120)  # the intervals worked out ahead (study_preview.py) are stale: read again
        await pilot.press("space")
        await pilot.pause()
        assert any("a table is missing" in m for m in messages(app))
        assert session.phase == ANSWERED and session.card.id == card
        assert app.screen.query_one(CardPanel).find("back") is not None  # the answer is drawn


async def test_summary_that_cannot_be_read_ends_the_session_with_a_message(store, small_deck_path, now, tmp_db):
    app = study_app(store, small_deck_path, now, new_limit=1)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("space", "4")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        drop_table(tmp_db, "cards")
        await pilot.press("u")  # the undo fails, and so does the summary shown again
        await pilot.pause()
        assert any("a table is missing" in m for m in messages(app))
        assert not app.is_running


async def test_the_intervals_worked_out_ahead_are_used_only_while_true(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        session = app.screen.session
        calls: list[str] = []
        preview = session.preview

        def counted():
            calls.append(session.card.id)
            return preview()

        session.preview = counted
        await pilot.press("space")  # the first card's were worked out before the counting
        await pilot.pause()
        assert calls == []
        await pilot.press("3")  # the next card: worked out between keys
        await pilot.pause()
        assert calls == [session.card.id]
        session.clock.advance(120)  # two minutes later: worked out again at the reveal
        await pilot.press("space")
        await pilot.pause()
        assert calls == [session.card.id] * 2
