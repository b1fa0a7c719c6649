"""The study screen's chrome, driven through Pilot: header, footer keys (^q while typing), the marked proposed rating."""

from __future__ import annotations

import pytest

from brokerquiz.core.clock import FakeClock
from brokerquiz.core.store import Store
from brokerquiz.tui.app import make_app
from brokerquiz.tui.widgets.rating_bar import RatingButton
from brokerquiz.tui.widgets.study_footer import StudyFooter
from brokerquiz.tui.widgets.study_header import StudyHeader

SIZE = (100, 30)


@pytest.fixture
def store(tmp_db):
    with Store.open(tmp_db) as opened:
        yield opened


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


def footer_text(app) -> str:
    """The footer line as drawn."""
    return str(app.screen.query_one(StudyFooter).render())


async def test_typed_footer_shows_ctrl_q_which_quits_with_answers_saved(store, small_deck_path, now, tmp_db):
    app = study_app(store, small_deck_path, now, mode="typed")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press(*"log", "enter", "enter")  # one answer saved; the next card is typed
        await pilot.pause()
        assert app.screen.query_one("#answer").has_focus
        footer = footer_text(app)
        assert " ^q Quit " in footer and " q Quit " not in footer
        await pilot.press("q")  # a q in the answer, not quitting
        assert app.screen.query_one("#answer").value == "q" and app.is_running
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running
    with Store.open(tmp_db) as other:
        assert other.db.execute("SELECT card_id, rating FROM reviews").fetchall() == [("small/fact/basics/model/kafka", 3)]


async def test_flip_footer_shows_q_not_ctrl_q(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        footer = footer_text(app)
        assert footer.startswith(" space Show answer  q Quit ") and "^q" not in footer
        assert footer.rstrip().endswith("▏^p palette") and len(footer) == SIZE[0]


async def test_footer_keys_can_be_clicked_and_show_their_tooltips(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        footer = app.screen.query_one(StudyFooter)
        await pilot.hover(StudyFooter, offset=(3, 0))  # on " space "
        assert footer.tooltip == "Show the back without grading"
        assert await pilot.click(StudyFooter, offset=(3, 0))
        await pilot.pause()
        assert app.screen.session.answer is not None  # the answer is shown
        assert footer_text(app).startswith(" ⏎ Accept  1-4 Rate ")
        assert await pilot.click(StudyFooter, offset=(2, 0))  # Enter: accepts Good
        await pilot.pause()
        assert [r[1] for r in reviews(store)] == [3]


async def test_footer_redraws_only_when_its_keys_change(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        footer = app.screen.query_one(StudyFooter)
        asked: list[bool] = []
        footer.refresh = lambda *a, **k: asked.append(True)  # type: ignore[method-assign]
        app.screen.refresh_bindings()  # same phase, same keys
        await pilot.pause()
        assert asked == []
        await pilot.press("space")  # now rating keys
        await pilot.pause()
        assert asked


async def test_header_shows_title_and_deck_opens_palette_and_grows(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now, cram=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        header = app.screen.query_one(StudyHeader)
        line = str(header.render())
        assert line.startswith(" ⭘      ") and len(line) == SIZE[0]
        assert line.strip(" ⭘") == "brokerquiz — study (cram) — Small deck"
        app.screen.sub_title = "another deck"
        await pilot.pause()
        assert str(header.render()).strip(" ⭘") == "brokerquiz — study (cram) — another deck"
        assert await pilot.click(StudyHeader, offset=(40, 0))  # anywhere but the icon: taller
        await pilot.pause()
        assert header.size.height == 3
        await pilot.hover(StudyHeader, offset=(1, 0))
        assert header.tooltip == "Open the command palette"
        assert await pilot.click(StudyHeader, offset=(1, 0))
        await pilot.pause()
        assert type(app.screen).__name__ == "CommandPalette"


def rating_texts(app) -> dict[int, str]:
    return {button.rating: str(button.render()) for button in app.screen.query(RatingButton)}


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
        await pilot.press("1", "space")
        assert [r for r, text in rating_texts(app).items() if "▶" in text] == [3]
