"""Issue 13: home, stats, the card browser and the interview report in Russian and English at
80x24 and 120x40 (English home, browser and report at these sizes are in test_snapshots*.py).
Fixed clock, seeded temp database, UTC days.

Regenerate after an intended change: pytest tests/test_snapshots_lang.py --snapshot-update
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from brokerquiz.core import translate
from brokerquiz.core.clock import FakeClock
from brokerquiz.core.deck.cards import generate_cards
from brokerquiz.core.deck.load import load_deck
from brokerquiz.core.translate import use_language
from brokerquiz.tui.app import make_app

SIZES = {"80x24": (80, 24), "120x40": (120, 40)}


@pytest.fixture
def russian(monkeypatch):
    """The Russian interface, as `BROKERQUIZ_LANG=ru brokerquiz` gives it (wins over any deck)."""
    monkeypatch.setenv(translate.ENV_VAR, "ru")
    use_language("ru")


def stats_app(store, now, deck_name):
    """The drill command names the deck as given: a relative name, so the snapshot holds no temp path."""
    deck = load_deck(deck_name)
    cards = generate_cards(deck)
    store.sync_cards(deck.id, cards)
    ids = [c.id for c in cards]
    for days_ago in range(120, 0, -1):
        when = now - timedelta(days=days_ago)
        for i in range((days_ago * 7) % 9 if days_ago % 6 else 0):
            store.record_review(ids[(days_ago + i) % len(ids)], 1 if i == 3 else 3, when + timedelta(minutes=i))
    return make_app(store=store, clock=FakeClock(now), screen="stats", deck_name=deck_name)


def browser_app(store, now, deck_path):
    deck = load_deck(deck_path)
    cards = generate_cards(deck)
    store.sync_cards(deck.id, cards)
    store.record_review(cards[0].id, 3, now - timedelta(days=3), answer="log")
    store.record_review(cards[0].id, 1, now - timedelta(days=1), mode="quiz", schedule=False, correct=False)
    store.set_flags(cards[1].id, suspended=True)
    return make_app(store=store, clock=FakeClock(now), screen="browser", deck_name=str(deck_path))


def interview_app(store, now, deck_name):
    """The report's drill commands name the deck as given: `small_deck_name`, no temp path."""
    return make_app(store=store, clock=FakeClock(now), screen="interview", deck_name=deck_name, questions=3, seed=3)


async def answer_all(pilot):
    await pilot.pause()
    await pilot.press(*"Kafka: exactly-once", "enter")
    await pilot.press("escape")  # I don't know: unanswered
    await pilot.press(*"Kafka for logs", "enter")
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES)
def test_home_ru(snap_compare, utc_store, now, russian, size):
    app = make_app(store=utc_store, clock=FakeClock(now), screen="home")
    assert snap_compare(app, terminal_size=SIZES[size])


@pytest.mark.parametrize("size", SIZES)
def test_stats_en(snap_compare, utc_store, small_deck_name, now, size):
    assert snap_compare(stats_app(utc_store, now, small_deck_name), terminal_size=SIZES[size])


@pytest.mark.parametrize("size", SIZES)
def test_stats_ru(snap_compare, utc_store, small_deck_name, now, russian, size):
    assert snap_compare(stats_app(utc_store, now, small_deck_name), terminal_size=SIZES[size])


@pytest.mark.parametrize("size", SIZES)
def test_browser_ru(snap_compare, utc_store, small_deck_path, now, russian, size):
    assert snap_compare(browser_app(utc_store, now, small_deck_path), terminal_size=SIZES[size])


@pytest.mark.parametrize("size", SIZES)
def test_browser_card_history_ru(snap_compare, utc_store, small_deck_path, now, russian, size):
    assert snap_compare(browser_app(utc_store, now, small_deck_path), press=["tab", "enter"], terminal_size=SIZES[size])


@pytest.mark.parametrize("size", SIZES)
def test_report_ru(snap_compare, utc_store, small_deck_name, now, russian, size):
    assert snap_compare(interview_app(utc_store, now, small_deck_name), run_before=answer_all, terminal_size=SIZES[size])
