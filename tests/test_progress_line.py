"""The study and quiz progress row is one widget drawing its line: its bar is drawn as Textual's
ProgressBar draws it (the same glyphs and half cells at every width and fraction), and a new
count redraws that one line without a layout."""

from __future__ import annotations

import pytest
from rich.console import Console
from textual.renderables.bar import Bar

from brokerquiz.tui.widgets.progress import bar_pieces


def textual_bar(width: int, fraction: float) -> str:
    end = width * (int(fraction * width * 2) / (width * 2))  # Bar._validate_percentage, then the range
    console = Console(width=width, color_system=None, legacy_windows=False)
    with console.capture() as captured:
        console.print(Bar(highlight_range=(0, end), highlight_style="red", background_style="blue"), end="")
    return captured.get()


@pytest.mark.parametrize("width", [1, 2, 7, 38, 39, 80])
def test_the_bar_has_textual_progress_bars_glyphs(width):
    for done in range(0, 13):
        fraction = done / 12
        assert "".join(bar_pieces(width, fraction)) == textual_bar(width, fraction), (width, done)


async def test_a_new_count_is_one_line_redrawn_without_a_layout(store, small_deck_path, now):
    from brokerquiz.tui.widgets.progress import SessionProgress
    from study_pilot import study_app

    app = study_app(store, small_deck_path, now, new_limit=4)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        progress = app.screen.query_one(SessionProgress)
        assert not progress.children  # no bar widget, no label widgets
        await pilot.press("space", "3")
        await pilot.pause()
        assert progress.label.startswith("1 done")
        line = progress.render_line(0).text
        assert line.startswith("━") and "  1 done · " in line and line.endswith("  flip")
        assert len(line) == progress.content_region.width
