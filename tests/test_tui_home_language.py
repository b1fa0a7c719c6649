"""Issue 13 point 11 on home: the interface follows the deck picked (its `language:`), --lang
and $BROKERQUIZ_LANG still win, and home redraws its words in the language chosen."""

from __future__ import annotations

import ast
from pathlib import Path

from textual.widgets import OptionList, Static

from brokerquiz.core import translate
from brokerquiz.core.clock import FakeClock
from brokerquiz.core.deck.library import all_decks
from brokerquiz.core.translate import current_language, use_language
from brokerquiz.tui.app import make_app


def words(app) -> str:
    screen = app.screen
    shown = [str(screen.query_one(f"#{name}", Static).render()) for name in ("decks-heading", "modes-heading", "home-hint")]
    modes = screen.query_one("#modes", OptionList)
    shown += [str(modes.get_option_at_index(i).prompt) for i in range(modes.option_count)]
    shown += [binding.description for _, binding, _, _ in screen.active_bindings.values()]
    return "\n".join(shown)


async def pick(pilot, deck_id: str) -> None:
    decks = pilot.app.screen.query_one("#decks", OptionList)
    decks.focus()
    decks.highlighted = list(all_decks()).index(deck_id)
    await pilot.press("enter")
    await pilot.pause()


async def test_picking_a_deck_switches_home_to_its_language(store, now, monkeypatch):
    monkeypatch.delenv(translate.ENV_VAR, raising=False)
    use_language("ru")  # what the command does for the default (Russian) deck
    app = make_app(store=store, clock=FakeClock(now), screen="home")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Режимы" in words(app) and "Учить" in words(app)
        await pick(pilot, "message-brokers-en")
        assert current_language() == "en"
        shown = words(app)
        assert "Modes" in shown and "Study" in shown and "Quit" in shown  # headings, menu, footer
        assert "Режимы" not in shown and "Учить" not in shown
        await pick(pilot, "message-brokers")
        assert current_language() == "ru"
        assert "Режимы" in words(app) and "Modes" not in words(app)


async def test_a_mode_opens_in_the_language_of_the_highlighted_deck(store, now, monkeypatch):
    monkeypatch.delenv(translate.ENV_VAR, raising=False)
    app = make_app(store=store, clock=FakeClock(now), screen="home")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        decks = app.screen.query_one("#decks", OptionList)
        decks.highlighted = list(all_decks()).index("message-brokers")  # highlighted, not picked
        await pilot.press("t")  # stats
        await pilot.pause()
        assert current_language() == "ru"
        assert "Статистика" in app.screen.title or "статистика" in app.screen.title


async def test_the_environment_wins_over_the_deck(store, now, monkeypatch):
    monkeypatch.setenv(translate.ENV_VAR, "en")
    app = make_app(store=store, clock=FakeClock(now), screen="home")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pick(pilot, "message-brokers")  # a Russian deck
        assert current_language() == "en" and "Modes" in words(app)


async def test_a_remembered_lang_option_wins_over_the_deck(store, now, monkeypatch):
    monkeypatch.delenv(translate.ENV_VAR, raising=False)
    translate.set_option("ru")
    use_language("ru")
    app = make_app(store=store, clock=FakeClock(now), screen="home")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pick(pilot, "message-brokers-en")
        assert current_language() == "ru" and "Режимы" in words(app)


def test_the_palette_does_not_import_the_app():
    """Issue 10: tui/app.py and tui/commands.py no longer import each other."""
    source = Path(__file__).resolve().parent.parent / "brokerquiz" / "tui" / "commands.py"
    imported = {
        node.module
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom) and node.module
    }
    assert "app" not in imported and not any(name.endswith("tui.app") for name in imported)
