"""The study screen's Anki habits and the end of the queue (issue 13): counts in the header,
bury and suspend with undo, next steps on the summary. Pilot, fixed clock, temp db."""

from __future__ import annotations

import pytest

from brokerquiz.core.store.facade import Store
from brokerquiz.tui.screens.study import StudyScreen
from brokerquiz.tui.screens.summary import SummaryScreen
from study_pilot import progress_text, reviews, study_app

SIZE = (100, 30)


def text_of(app, selector: str) -> str:
    return str(app.screen.query_one(selector).render())


def footer_shows(app, key: str) -> bool:
    active = app.screen.active_bindings.get(key)
    return active is not None and active.binding.show


async def test_bury_and_suspend_move_on_are_saved_and_u_undoes_them(store, small_deck_path, now, tmp_db):
    app = study_app(store, small_deck_path, now, new_limit=4)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        session = app.screen.session
        first = session.card.id
        assert "4 new" in progress_text(app)
        await pilot.press("b")  # bury until tomorrow
        await pilot.pause()
        second = session.card.id
        assert second != first and "3 new" in progress_text(app)
        await pilot.press("space", "s")  # suspend, after the answer is shown, before rating
        await pilot.pause()
        assert session.card.id not in (first, second)
        with Store.open(tmp_db) as other:  # kept in the store at once
            flags = other.deck_cards("small")
            assert flags[first]["buried_until"] is not None and flags[second]["suspended"]
        assert reviews(store) == []  # neither is an answer
        await pilot.press("u")
        await pilot.pause()
        assert session.card.id == second and not store.deck_cards("small")[second]["suspended"]
        await pilot.press("u")
        await pilot.pause()
        assert session.card.id == first and store.deck_cards("small")[first]["buried_until"] is None


async def test_undo_answer_key_is_in_the_footer_in_every_phase(store, small_deck_path, now):
    for mode, key in (("flip", "u"), ("typed", "ctrl+r")):
        app = study_app(store, small_deck_path, now, mode=mode, cram=True)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert footer_shows(app, key)  # the question, nothing to undo yet: shown dimmed
            await pilot.press(*(("space",) if mode == "flip" else ("x", "enter")))
            assert footer_shows(app, "u")  # the answer shown: the input is gone, u works
            await pilot.press("3")
            await pilot.pause()
            assert footer_shows(app, key) and app.screen.active_bindings[key].enabled


def finish(app):
    session = app.screen.session
    while session.current is not None:
        session.reveal()
        session.rate(4)


async def reach_summary(pilot, app):
    finish(app)
    await app.screen.paint()
    await pilot.pause()
    assert isinstance(app.screen, SummaryScreen)


async def test_an_empty_queue_offers_the_next_steps_on_keys(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now, new_limit=2)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await reach_summary(pilot, app)
        steps = text_of(app, "#summary-next")
        for key, words in (("n", "10 more new cards today"), ("c", "cram"), ("z", "quiz"), ("i", "mock interview")):
            assert f" {key} " in steps and words in steps
        await pilot.press("n")  # more new cards today, past the daily limit
        await pilot.pause()
        assert isinstance(app.screen, StudyScreen)
        session = app.screen.session
        assert session.counts.new == 10 and not session.cram
        assert session.card.id not in {r[0] for r in reviews(store)}


@pytest.mark.parametrize("key, screen_name", [("c", "StudyScreen"), ("z", "QuizScreen"), ("i", "InterviewScreen")])
async def test_each_next_step_opens_its_mode_on_the_same_deck(store, small_deck_path, now, key, screen_name):
    app = study_app(store, small_deck_path, now, new_limit=1)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await reach_summary(pilot, app)
        await pilot.press(key)
        await pilot.pause()
        assert type(app.screen).__name__ == screen_name
        assert len(app.screen_stack) == 2  # the study screen replaced, not stacked under
        if key == "c":
            assert app.screen.session.cram and app.screen.session.deck.id == "small"


async def test_nothing_to_study_is_not_a_dead_end(store, small_deck_path, now):
    store.set_setting("new_per_day", 0)
    app = study_app(store, small_deck_path, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert "Nothing to study right now" in text_of(app, "#summary-title")
        assert " n " in text_of(app, "#summary-next")
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, StudyScreen) and app.screen.session.card is not None
