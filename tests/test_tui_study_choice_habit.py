"""Typed study, a choice card: it has no input, so letters typed by habit must not act as study
keys (space gave up, s suspended, b buried, u undid, q quit). They do nothing but say once how
this card is answered; the choice numbers, Enter and Esc work as before, and bury / suspend
still work from the footer keys shown (a click runs the binding's action)."""

from __future__ import annotations

from brokerquiz.tui.screens.study import StudyScreen
from brokerquiz.tui.widgets.study_footer import KeyLine
from study_pilot import reviews, skip_to, study_app

SIZE = (100, 30)


async def _on_a_choice_card(pilot, app):
    await pilot.pause()
    await skip_to(pilot, app, lambda c: c.is_choice)
    return app.screen.session.card


async def test_habit_letters_on_a_typed_choice_card_do_nothing_but_hint(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now, mode="typed", focus="replay", cram=True)
    async with app.run_test(size=SIZE) as pilot:
        card = await _on_a_choice_card(pilot, app)
        done_before = len(reviews(store))
        await pilot.press(*"kafka is best", "s", "b", "u", "q", "space")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StudyScreen), "a typed letter left the session"
        session = screen.session
        assert session.card is card and session.phase == "question"
        assert not store.deck_cards("small")[card.id]["suspended"]
        assert store.deck_cards("small")[card.id]["buried_until"] is None
        assert len(reviews(store)) == done_before
        hints = [n.message for n in app._notifications]
        assert len(hints) == 1, hints  # said once per card, not once per letter
        assert "1-" in hints[0]
        right = next(iter(card.correct))
        await pilot.press(str(right + 1), "enter")  # the choice keys still answer
        await pilot.pause()
        assert session.phase == "answered" and session.answer.how == "choice"


async def test_suspend_still_works_from_the_footer_on_a_typed_choice_card(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now, mode="typed", focus="replay", cram=True)
    async with app.run_test(size=SIZE) as pilot:
        card = await _on_a_choice_card(pilot, app)
        line = app.screen.query_one("#footer-keys", KeyLine)
        start, _end, shown = next(span for span in line.spans if span[2].key == "s")
        assert shown.enabled
        await pilot.click(line, offset=(start + line.styles.padding.left, 0))
        await pilot.pause()
        assert store.deck_cards("small")[card.id]["suspended"]
        assert app.screen.session.card is not card


async def test_flip_mode_keeps_its_letter_keys_on_a_choice_card(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now, focus="replay", cram=True)
    async with app.run_test(size=SIZE) as pilot:
        card = await _on_a_choice_card(pilot, app)
        await pilot.press("b")
        await pilot.pause()
        assert store.deck_cards("small")[card.id]["buried_until"] is not None
