"""The study screen's chrome, driven through Pilot: header, footer keys (^q while typing), the marked proposed rating."""

from __future__ import annotations

import pytest
from textual.widgets import Header

from brokerquiz.core.store.facade import Store
from brokerquiz.tui.widgets.rating_bar import RatingBar
from brokerquiz.tui.widgets.study_footer import KeyLine, StudyFooter
from study_pilot import reviews, skip_to, study_app

SIZE = (100, 30)


def footer_keys(app) -> list[tuple[str, str]]:
    """(key as shown, description) for each key shown in the footer, in order."""
    return [(key.display, key.description) for key in app.screen.query_one(StudyFooter).shown]


async def test_typed_footer_shows_ctrl_q_which_quits_with_answers_saved(store, small_deck_path, now, tmp_db):
    app = study_app(store, small_deck_path, now, mode="typed")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press(*"log", "enter", "enter")  # one answer saved
        await skip_to(pilot, app, lambda card: not card.is_choice)  # the next card typed into
        await pilot.pause()
        saved = reviews(store)
        assert saved[0][:2] == ("small/fact/basics/model/kafka", 3)
        assert app.screen.query_one("#answer").has_focus
        keys = footer_keys(app)
        assert ("^q", "Quit") in keys and ("q", "Quit") not in keys
        await pilot.press("q")  # a q in the answer, not quitting
        assert app.screen.query_one("#answer").value == "q" and app.is_running
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running
    with Store.open(tmp_db) as other:
        assert other.db.execute("SELECT card_id, rating, mode, answer FROM reviews").fetchall() == saved


async def test_flip_footer_shows_q_not_ctrl_q(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        keys = footer_keys(app)
        assert keys[0] == ("space", "Show answer") and ("q", "Quit") in keys
        assert ("u", "Undo") in keys  # shown (dimmed) before there is anything to undo
        assert not any(key == "^q" for key, _ in keys)


async def test_footer_keys_can_be_clicked(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        line = app.screen.query_one("#footer-keys", KeyLine)
        assert line.key_at(1).key == "space"
        assert await pilot.click(line, offset=(1, 0))
        await pilot.pause()
        assert app.screen.session.answer is not None  # the answer is shown
        assert footer_keys(app)[:2] == [("⏎", "Accept"), ("1-4", "Rate")]


async def test_header_names_the_mode_and_the_deck(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now, cram=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.screen.query_one(Header).display
        assert (app.screen.title, app.screen.sub_title) == ("brokerquiz — study (cram)", "Small deck")


def rating_texts(app) -> dict[int, str]:
    return app.screen.query_one(RatingBar).label_text()


@pytest.mark.parametrize(
    "card, typed, proposed",
    [
        ("small/fact/basics/model/kafka", "log", 3),  # right → Good
        ("small/phrase/pitch", "Kafka for logs", 2),  # partly → Hard
        ("small/fact/basics/model/kafka", "queue", 1),  # wrong → Again
    ],
)
async def test_typed_verdict_marks_the_proposed_rating_in_text(store, small_deck_path, now, card, typed, proposed):
    """The proposed rating is marked with ▶, not only coloured: it reads in tmux capture-pane."""
    app = study_app(store, small_deck_path, now, mode="typed", cram=True, focus=card.split("/")[2])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await skip_to(pilot, app, lambda c: c.id == card)
        await pilot.press(*typed, "enter")
        texts = rating_texts(app)
        label = {1: "Again", 2: "Hard", 3: "Good"}[proposed]
        assert texts[proposed].startswith(f"▶ {proposed} {label}")
        assert [r for r, text in texts.items() if "▶" in text] == [proposed]
        await pilot.press("enter")  # Enter takes the marked one
        assert reviews(store)[-1][:2] == (card, proposed)


async def test_the_mark_follows_the_proposal_from_card_to_card(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("space")  # a plain reveal proposes Good
        assert [r for r, text in rating_texts(app).items() if "▶" in text] == [3]
        assert rating_texts(app)[3].startswith("▶ 3 Good")
        await pilot.press("1")
        await skip_to(pilot, app, lambda card: not card.is_choice)  # a choice card shown proposes Again
        await pilot.press("space")
        assert [r for r, text in rating_texts(app).items() if "▶" in text] == [3]
