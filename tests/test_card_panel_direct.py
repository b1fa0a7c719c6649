"""Issue 13, keys answer at once: the next card is drawn whole between keys and its rows go to
the compositor as they are (`DirectLines`), with the very strips Textual's styles pass makes."""

from __future__ import annotations

from textual.geometry import Region
from textual.widget import Widget

from brokerquiz.tui.widgets.card_panel import CardPanel
from brokerquiz.tui.widgets.rating_bar import RatingBar
from brokerquiz.tui.widgets.study_footer import KeyLine
from study_pilot import panel, study_app

SIZE = (100, 30)


def as_textual_draws(widget: Widget) -> tuple[list, list]:
    """The widget's rows as handed to the compositor, and as Textual's own `render_lines` makes
    them (through the styles cache, drawn anew), as (text, style) pairs."""
    crop = Region(0, 0, widget.size.width, widget.size.height)
    direct = type(widget).render_lines(widget, crop)
    widget.refresh()  # Textual's styles cache draws every line again
    textual = Widget.render_lines(widget, crop)
    look = lambda strips: [[(seg.text, seg.style) for seg in strip] for strip in strips]  # noqa: E731
    return look(direct), look(textual)


async def test_card_rating_bar_and_footer_rows_are_the_ones_textual_draws(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now, focus="replay", cram=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for key in ("space", "3", "space", "1", "2"):  # a question, an answer, the next card, choices
            await pilot.press(key)
            await pilot.pause()
            for widget in (panel(app), app.screen.query_one(RatingBar), app.screen.query_one("#footer-keys", KeyLine)):
                direct, textual = as_textual_draws(widget)
                assert direct == textual, (key, type(widget).__name__)


async def test_a_padded_line_is_left_to_textual(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        bar = app.screen.query_one(RatingBar)
        assert bar._plain_styles()
        bar.styles.padding = (0, 2)
        await pilot.pause()
        assert not bar._plain_styles()
        direct, textual = as_textual_draws(bar)
        assert direct == textual


async def test_the_next_card_is_drawn_between_keys(store, small_deck_path, now, monkeypatch):
    """On an answer the next queued card is drawn whole, so showing it after the rating key
    draws no box (and a card shown without being drawn before draws its boxes)."""
    drawn: list[str] = []
    showing = []
    draw, show = CardPanel._draw_box, CardPanel.show

    def counted_draw(self, box, *args):
        if showing:
            drawn.append(box.tag)
        return draw(self, box, *args)

    def counted_show(self, *args, **kwargs):
        showing.append(True)
        try:
            return show(self, *args, **kwargs)
        finally:
            showing.clear()

    monkeypatch.setattr(CardPanel, "_draw_box", counted_draw)
    monkeypatch.setattr(CardPanel, "show", counted_show)
    app = study_app(store, small_deck_path, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for _ in range(3):
            await pilot.press("space")
            await pilot.pause()
            upcoming = app.screen.session.queue[0].card_id
            drawn.clear()
            await pilot.press("3")
            await pilot.pause()
            assert app.screen.session.card.id == upcoming
            assert drawn == []
        panel(app)._kept.clear()  # nothing drawn before: the key draws the card
        await pilot.press("space")
        await pilot.pause()
        assert "back" in drawn
