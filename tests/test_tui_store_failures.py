"""The screens when the store refuses or fails: a message on screen, the card kept, no traceback."""

from __future__ import annotations

from brokerquiz.core.store import Store
from brokerquiz.tui.screens.study import StudyScreen
from brokerquiz.tui.screens.summary import SummaryScreen
from study_pilot import reviews, study_app

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
