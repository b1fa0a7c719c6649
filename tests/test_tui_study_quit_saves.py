"""Quitting after a typed answer was graded, before rating it, saves it with the proposed rating
(the acceptance pass found `q` dropped it while the exit line said every answer was saved)."""

from __future__ import annotations

from study_pilot import reviews, study_app

SIZE = (100, 30)


async def test_q_after_a_graded_typed_answer_saves_it(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now, mode="typed")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        card_id = app.screen.session.card.id
        await pilot.press(*"wrong thing", "enter")  # graded: Wrong, Again proposed, not yet rated
        await pilot.pause()
        assert reviews(store) == []
        await pilot.press("q")
        await pilot.pause()
    assert reviews(store) == [(card_id, 1, "study", "wrong thing")]


async def test_q_after_only_revealing_saves_nothing(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now)  # flip: reveal is no answer until rated
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("space")
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
    assert reviews(store) == []
