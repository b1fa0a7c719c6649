"""Helpers for the study screen's Pilot and snapshot tests: build the app, read the reviews, reach a card."""

from __future__ import annotations

from brokerquiz.core.clock import FakeClock
from brokerquiz.tui.app import make_app
from brokerquiz.tui.widgets.card_panel import CardPanel
from brokerquiz.tui.widgets.progress import SessionProgress


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


def panel(app) -> CardPanel:
    """The study card: one widget drawing its parts as lines."""
    return app.screen.query_one(CardPanel)


def card_text(app, tag: str) -> str:
    """The text of one part of the card as drawn ('front', 'context', 'back-text', 'diff',
    'explanation', 'nuance', 'choice-0', ...), its lines joined."""
    return panel(app).tag_text(tag)


def card_shows(app, tag: str) -> bool:
    """Whether the card shows that part now ('back', 'choices', 'diff', ...)."""
    return panel(app).find(tag) is not None


def choice_rows(app) -> list[str]:
    """The choice rows as drawn, '1 [x] Kafka  ✓'."""
    return [card_text(app, f"choice-{i}").strip() for i in range(len(app.screen.picks.choices))]


async def click_choice(pilot, index: int) -> bool:
    """Click the row of choice `index` (0-based) where it is drawn."""
    card = panel(pilot.app)
    y = card.line_of(f"choice-{index}")
    assert y is not None, f"choice {index} not drawn"
    return await pilot.click(CardPanel, offset=(6, y - card.top))


def progress_text(app) -> str:
    """The counts of the progress line ('2 done · 1 new · ...'), as drawn."""
    return app.screen.query_one(SessionProgress).label
