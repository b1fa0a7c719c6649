"""Issue 13 at 80x24: the summary's lines do not wrap and the home footer shows every key whole."""

from __future__ import annotations

from textual.widgets._footer import FooterKey

from brokerquiz.core.clock import FakeClock
from brokerquiz.tui.app import make_app
from brokerquiz.tui.screens.summary import SummaryScreen
from study_pilot import study_app


async def test_summary_lines_do_not_wrap_at_80_columns(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now, new_limit=4)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        session = app.screen.session
        for rating in (1, 2, 3, 4, 3, 3):  # a ratings bar with every rating in it
            if session.current is None:
                break
            session.reveal()
            session.rate(rating)
        while session.current is not None:
            session.reveal()
            session.rate(4)
        await app.screen.paint()
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        figures = app.screen.query_one("#summary-figures")
        lines = str(figures.render()).split("\n")
        assert any(line.startswith("Next due") for line in lines)
        assert figures.size.height == len(lines), "a summary line wrapped"


async def test_home_footer_shows_every_key_whole_at_80_columns(store, now):
    app = make_app(store=store, clock=FakeClock(now), screen="home")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        keys = [k for k in app.screen.query(FooterKey) if not k.has_class("-command-palette")]
        palette = app.screen.query_one(".-command-palette", FooterKey)
        assert {k.key for k in keys} >= {"q", "b", "e", "s"}
        for key in keys:
            assert key.region.right <= palette.region.x, f"{key.key} {key.description} is cut"
