"""Helpers for the study screen's Pilot and snapshot tests: build the app, read the reviews, reach a card."""

from __future__ import annotations

from brokerquiz.core.clock import FakeClock
from brokerquiz.tui.app import make_app


def study_app(store, deck_path, now, **options):
    return make_app(store=store, clock=FakeClock(now), screen="study", deck_name=str(deck_path), **options)


def reviews(store) -> list[tuple]:
    return store.db.execute("SELECT card_id, rating, mode, answer FROM reviews ORDER BY id").fetchall()


async def skip_to(pilot, app, predicate, limit: int = 30) -> None:
    """Answer (reveal + Good) until the card on screen satisfies `predicate`."""
    session = app.screen.session
    for _ in range(limit):
        if predicate(session.card):
            return
        session.reveal()
        session.rate(3)
        await app.screen.paint()
        await pilot.pause()
    raise AssertionError("card not reached")
