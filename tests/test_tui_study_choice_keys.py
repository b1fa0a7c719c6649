"""Issue 13 in study: a one-answer choice card is a radio choice with its pick rule, as in the
quiz; Esc on a choice card is "I don't know" (proposes Again), and so is revealing unanswered."""

from __future__ import annotations

from brokerquiz.tui.screens.study import StudyScreen
from brokerquiz.tui.widgets.rating_bar import RatingBar
from brokerquiz.tui.widgets.study_footer import StudyFooter
from study_pilot import card_shows, card_text, choice_rows, reviews, skip_to, study_app

SIZE = (100, 30)


def choices_text(app) -> str:
    return card_text(app, "choices")


async def test_a_rating_card_is_a_radio_choice_in_study(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now, focus="replay", cram=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await skip_to(pilot, app, lambda c: c.kind == "rating")
        card = app.screen.session.card
        right = next(iter(card.correct))
        other = next(i for i in range(len(card.choices)) if i != right)
        assert "Pick one." in choices_text(app)
        await pilot.press(str(other + 1), str(right + 1))  # the second pick replaces the first
        assert app.screen.picks.picked == {right}
        assert "(•)" in choices_text(app) and "[x]" not in choices_text(app)
        await pilot.press("enter")
        assert app.screen.session.answer.verdict == "right"


async def test_a_multi_answer_card_says_what_to_pick(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now, focus="replay", cram=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await skip_to(pilot, app, lambda c: c.kind == "scenario")
        assert card_text(app, "pick-rule").strip() == "Pick all that fit."
        assert len(choice_rows(app)) == len(app.screen.session.card.choices)
        assert all(card_text(app, f"choice-{i}") for i in range(len(app.screen.session.card.choices)))


async def test_escape_on_a_choice_card_is_i_dont_know(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now, focus="replay", cram=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await skip_to(pilot, app, lambda c: c.is_choice)
        card = app.screen.session.card
        footer = {k.key: k.description for k in app.screen.query_one(StudyFooter).shown}
        assert footer["escape"] == "I don't know", footer  # as in the quiz and the interview
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, StudyScreen), "Esc left study"
        assert app.screen.session.phase != "question" and card_shows(app, "back")
        assert app.screen.query_one(RatingBar).proposed == 1
        await pilot.press("enter")
        assert reviews(store)[-1][:2] == (card.id, 1)


async def test_revealing_a_choice_card_unanswered_proposes_again(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now, focus="replay", cram=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await skip_to(pilot, app, lambda c: c.is_choice)
        card = app.screen.session.card
        await pilot.press("space")
        assert app.screen.query_one(RatingBar).proposed == 1
        await pilot.press("enter")
        assert reviews(store)[-1][:2] == (card.id, 1)
