"""Issue 13, keys answer at once: the study card is one widget of a fixed size drawing its lines
(`CardPanel`), so a reveal, a pick or the next card changes no layout (Textual lays out the
whole screen on any layout change); the card still scrolls, by keys and the mouse wheel."""

from __future__ import annotations

from textual import events

from brokerquiz.tui.widgets.card_panel import CardPanel
from study_pilot import card_text, choice_rows, panel, skip_to, study_app

SIZE = (100, 30)


def scrollbar_looks(card: CardPanel) -> set:
    """The styles of the panel's last column, row by row (one style: no scrollbar drawn)."""
    width = card.size.width
    return {tuple(seg.style for seg in card.render_line(y).crop(width - 1, width)) for y in range(card.size.height)}


async def count_layouts(pilot, *keys: str) -> int:
    """How many times the screen was laid out while `keys` were pressed and drawn."""
    laid_out: list[object] = []
    screen = pilot.app.screen
    screen.screen_layout_refresh_signal.subscribe(screen, laid_out.append, immediate=True)
    try:
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
    finally:
        screen.screen_layout_refresh_signal.unsubscribe(screen)
    return len(laid_out)


async def test_reveal_and_next_card_lay_nothing_out(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("space", "3")  # the first answer shows the rating bar once
        await pilot.pause()
        front = card_text(app, "front")
        assert await count_layouts(pilot, "space") == 0
        assert "Answer" in card_text(app, "back-text")
        assert await count_layouts(pilot, "4") == 0
        assert card_text(app, "front") != front  # the next card is drawn


async def test_picking_a_choice_lays_nothing_out(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now, focus="replay", cram=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await skip_to(pilot, app, lambda c: c.kind == "scenario")
        assert await count_layouts(pilot, "1", "2") == 0
        assert [row[:5] for row in choice_rows(app)][:2] == ["1 [x]", "2 [x]"]


async def test_a_long_card_scrolls_by_keys_and_draws_its_scrollbar(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now, focus="replay", cram=True)
    async with app.run_test(size=(60, 14)) as pilot:
        await pilot.pause()
        await skip_to(pilot, app, lambda c: c.kind == "scenario")
        await pilot.press("1", "enter")  # the verdict and the explanation: more than fits
        await pilot.pause()
        card = panel(app)
        assert len(card.lines()) > card.size.height and card.top == 0
        assert len(scrollbar_looks(card)) > 1  # a thumb on its track, in the column kept for it
        await pilot.press("down", "down")
        assert card.top == 2
        await pilot.press("pageup")
        assert card.top == 0
        await pilot.press("pagedown", "pagedown", "pagedown", "pagedown")
        assert card.top == card.max_top  # not past the end
        await pilot.press("3")  # the next card starts at its top
        assert card.top == 0


async def test_the_mouse_wheel_scrolls_the_card(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now, focus="replay", cram=True)
    async with app.run_test(size=(60, 14)) as pilot:
        await pilot.pause()
        await skip_to(pilot, app, lambda c: c.kind == "scenario")
        await pilot.press("1", "enter")
        await pilot.pause()
        card = panel(app)
        wheel = (card, 3, 3, 0, 1, 0, False, False, False)
        card.post_message(events.MouseScrollDown(*wheel))
        await pilot.pause()
        assert card.top > 0
        card.post_message(events.MouseScrollUp(*wheel))
        await pilot.pause()
        assert card.top == 0


async def test_a_short_card_draws_no_scrollbar(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert len(scrollbar_looks(panel(app))) == 1


async def test_the_typed_answer_is_drawn_in_the_room_under_the_card(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now, mode="typed")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        card, answer = panel(app), app.screen.query_one("#answer")
        room = card.line_of("input")
        assert room is not None and answer.display and answer.has_focus
        assert answer.region.y == card.region.y + room + 1  # one line of margin under the card's frame
        assert answer.region.x == card.region.x + 3 and answer.region.height == 3
        await pilot.resize_terminal(80, 24)  # the short layout: no frame, the room moves up
        await pilot.pause()
        await pilot.pause()
        assert answer.region.y == card.region.y + card.line_of("input") + 1
        assert answer.region.x == card.region.x + 2
