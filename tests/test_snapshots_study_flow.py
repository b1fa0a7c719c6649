"""Snapshots of issue 13's screens at 80x24 and 120x40: the card browser, a card with its
history, and the summary's next steps. Fixed clock, seeded temp database.

Regenerate after an intended change: pytest tests/test_snapshots_study_flow.py --snapshot-update
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from brokerquiz.core.deck.cards import generate_cards
from brokerquiz.core.clock import FakeClock
from brokerquiz.core.deck.load import load_deck
from brokerquiz.tui.app import make_app
from study_pilot import study_app

SIZES = [(80, 24), (120, 40)]


def seeded(store, deck_path, now):
    deck = load_deck(deck_path)
    cards = generate_cards(deck)
    store.sync_cards(deck.id, cards)
    store.record_review(cards[0].id, 3, now - timedelta(days=3), answer="log")
    store.record_review(cards[0].id, 1, now - timedelta(days=1), mode="quiz", schedule=False, correct=False)
    store.set_flags(cards[1].id, suspended=True)
    return cards


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_browser(snap_compare, utc_store, small_deck_path, now, size):
    seeded(utc_store, small_deck_path, now)
    app = make_app(store=utc_store, clock=FakeClock(now), screen="browser", deck_name=str(small_deck_path))
    assert snap_compare(app, terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_browser_card_history(snap_compare, utc_store, small_deck_path, now, size):
    seeded(utc_store, small_deck_path, now)
    app = make_app(store=utc_store, clock=FakeClock(now), screen="browser", deck_name=str(small_deck_path))
    assert snap_compare(app, press=["tab", "enter"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_summary_next_steps(snap_compare, utc_store, small_deck_path, now, size):
    app = study_app(utc_store, small_deck_path, now, new_limit=2)

    async def finish(pilot):
        await pilot.pause()
        session = pilot.app.screen.session
        while session.current is not None:
            session.reveal()
            session.rate(4)
        await pilot.app.screen.paint()
        await pilot.pause()

    assert snap_compare(app, run_before=finish, terminal_size=size)
