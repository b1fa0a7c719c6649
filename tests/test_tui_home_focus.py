"""Issue 13 on home: one focus at a time and visibly so, ↓ then Enter picks the deck the mode
then opens on, and the chosen deck is always named."""

from __future__ import annotations

from textual.widgets import OptionList, Static

from brokerquiz.core.clock import FakeClock
from brokerquiz.core.deck.library import all_decks
from brokerquiz.tui.app import make_app
from brokerquiz.tui.screens.quiz import QuizScreen
from brokerquiz.tui.screens.study import StudyScreen


def highlight_shown(app, selector: str) -> bool:
    """Does the list draw its highlighted option differently from a plain one?"""
    options = app.screen.query_one(selector, OptionList)
    lit = options.get_component_rich_style("option-list--option-highlighted")
    plain = options.get_component_rich_style("option-list--option")
    return lit.bgcolor != plain.bgcolor or lit.bgcolor is not None and lit != plain


async def test_only_the_focused_list_shows_a_highlight(store, now):
    app = make_app(store=store, clock=FakeClock(now), screen="home")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.focused.id == "decks"
        assert highlight_shown(app, "#decks") and not highlight_shown(app, "#modes")
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused.id == "modes"
        assert highlight_shown(app, "#modes") and not highlight_shown(app, "#decks")


async def test_down_then_enter_opens_the_mode_on_the_deck_chosen(store, now):
    decks = list(all_decks())
    app = make_app(store=store, clock=FakeClock(now), screen="home")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("down", "enter")  # the second deck, then Enter picks it
        await pilot.pause()
        home = app.screen
        assert home.current_deck == decks[1]
        title = home.counts[decks[1]]["title"]
        assert title in str(home.query_one("#modes-heading", Static).render())  # named while on the modes
        await pilot.press("enter")  # the first mode: study
        await pilot.pause()
        assert isinstance(app.screen, StudyScreen)
        assert app.screen.session.deck.id == decks[1]
        await pilot.press("q")
        await pilot.pause()
        modes = app.screen.query_one("#modes", OptionList)
        assert app.focused is modes  # back on the modes, where Enter was pressed
        quiz_at = [modes.get_option_at_index(i).id for i in range(modes.option_count)].index("quiz")
        await pilot.press(*["down"] * quiz_at, "enter")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen) and app.screen.deck.id == decks[1]


async def test_every_deck_is_two_lines_at_80x24_none_scrolled_away(store, now):
    app = make_app(store=store, clock=FakeClock(now), screen="home")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.pause()
        decks = app.screen.query_one("#decks", OptionList)
        # a long title and id on one line wrapped: three lines, and the last deck scrolled
        assert decks.max_scroll_y == 0, decks.virtual_size
