"""The study card's pointer: its scrollbar's thumb can be dragged again (keys and the wheel
already scrolled), a click on the track pages, and the pointer over a choice line redraws the
rows of that choice only, not the whole card."""

from __future__ import annotations

from study_pilot import choice_rows, panel, skip_to, study_app


async def _long_card(pilot, app):
    await pilot.pause()
    await skip_to(pilot, app, lambda c: c.kind == "scenario")
    await pilot.press("1", "enter")  # the verdict and the explanation: more than fits
    await pilot.pause()
    card = panel(app)
    assert card.max_top > 0 and card.top == 0
    return card


async def test_dragging_the_thumb_scrolls_the_card(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now, focus="replay", cram=True)
    async with app.run_test(size=(60, 14)) as pilot:
        card = await _long_card(pilot, app)
        x = card.size.width - 1
        start, end = card.thumb()
        await pilot.mouse_down(card, offset=(x, start))
        await pilot.hover(card, offset=(x, card.size.height - 1))  # dragged to the bottom
        await pilot.pause()
        assert card.top == card.max_top
        await pilot.hover(card, offset=(x, start))  # and back
        await pilot.pause()
        assert card.top == 0
        await pilot.mouse_up(card, offset=(x, start))
        await pilot.hover(card, offset=(x, card.size.height - 1))  # released: moving does nothing
        await pilot.pause()
        assert card.top == 0


async def test_a_click_on_the_track_pages(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now, focus="replay", cram=True)
    async with app.run_test(size=(60, 14)) as pilot:
        card = await _long_card(pilot, app)
        _start, end = card.thumb()
        await pilot.click(card, offset=(card.size.width - 1, card.size.height - 1))
        await pilot.pause()
        assert card.top > 0 and card.top == min(card.max_top, card.size.height - 1)
        assert end < card.size.height


async def test_hovering_a_choice_redraws_its_rows_only(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now, focus="replay", cram=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await skip_to(pilot, app, lambda c: c.kind == "scenario")
        card = panel(app)
        refreshed: list[tuple] = []
        original = card.refresh

        def refresh(*regions, **kwargs):
            refreshed.append(regions)
            return original(*regions, **kwargs)

        card.refresh = refresh
        first, second = card.line_of("choice-0"), card.line_of("choice-1")
        await pilot.hover(card, offset=(6, first - card.top))
        await pilot.pause()
        assert card.hover_tag == "choice-0"
        refreshed.clear()  # (entering the widget, Textual may redraw it once: its link highlight)
        await pilot.hover(card, offset=(6, second - card.top))
        await pilot.pause()
        assert card.hover_tag == "choice-1"
        await pilot.hover(card, offset=(6, first - card.top))
        await pilot.pause()
        assert refreshed and all(regions for regions in refreshed), "the whole card was redrawn"
        rows = {y for regions in refreshed for region in regions for y in range(region.y, region.bottom)}
        assert rows <= {first - card.top, second - card.top}, rows
        assert card.hover_tag == "choice-0" and choice_rows(app)[0].startswith("1 [ ]")  # hover draws, it does not pick
