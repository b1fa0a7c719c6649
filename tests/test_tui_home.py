"""The home screen: decks with counts, modes by key, mouse and command palette, themes, export."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList

from brokerquiz.core.clock import FakeClock
from brokerquiz.core.library import open_deck
from brokerquiz.core.store import Store
from brokerquiz.tui import app as app_module
from brokerquiz.tui.app import lazy, make_app
from brokerquiz.tui.screens.home import HomeScreen
from brokerquiz.tui.screens.stats import StatsScreen
from brokerquiz.tui.screens.study import StudyScreen

SIZE = (100, 30)


@pytest.fixture
def store(tmp_db):
    with Store.open(tmp_db) as opened:
        yield opened


def home_app(store, now):
    return make_app(store=store, clock=FakeClock(now), screen="home")


def option_texts(app, selector: str) -> list[str]:
    options = app.screen.query_one(selector, OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def test_decks_are_listed_with_due_and_new_counts(store, now):
    deck, cards = open_deck("message-brokers")
    store.sync_cards(deck.id, cards)
    store.record_review(cards[0].id, 1, now)  # Again: due 1 minute later
    app = make_app(store=store, clock=FakeClock(now.replace(minute=5)), screen="home")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        options = app.screen.query_one("#decks", OptionList)
        ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
        line = option_texts(app, "#decks")[ids.index(deck.id)]
        assert deck.title in line
        assert "1 due" in line
        assert f"{store.new_left_today(deck.id, now)} new" in line


async def test_modes_listed_by_key_and_open_with_keys(store, now):
    app = home_app(store, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        modes = option_texts(app, "#modes")
        assert any("Study" in m for m in modes) and any("Stats" in m for m in modes)
        assert any("Export" in m for m in modes)
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, StudyScreen)
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, StatsScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_modes_open_with_the_mouse(store, now):
    app = home_app(store, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        names = [m.split()[1] for m in option_texts(app, "#modes")]
        row = names.index("Stats")
        assert await pilot.click("#modes", offset=(5, 1 + row))  # 1: the list's top border
        await pilot.pause()
        assert isinstance(app.screen, StatsScreen)


async def test_modes_from_the_command_palette(store, now):
    app = home_app(store, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Cram", "enter")
        await pilot.pause()
        assert isinstance(app.screen, StudyScreen)
        assert app.screen.session.cram


async def test_registered_modes_appear_and_unregistered_do_not(store, now, monkeypatch):
    modes = dict(app_module.MODES)
    modes.pop("quiz", None)
    modes.pop("interview", None)
    modes["drill"] = lazy("brokerquiz.tui.screens.stats:StatsScreen", title="Drill", key="d", help="a test mode")
    monkeypatch.setattr(app_module, "MODES", modes)
    app = home_app(store, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        texts = option_texts(app, "#modes")
        assert any("Drill" in t for t in texts)
        assert not any("Quiz" in t or "interview" in t for t in texts)
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, StatsScreen)


async def test_theme_is_remembered(tmp_db, now):
    with Store.open(tmp_db) as store:
        app = home_app(store, now)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            app.theme = "nord"
            await pilot.pause()
        assert store.get_setting("theme") == "nord"
    with Store.open(tmp_db) as store:
        app = home_app(store, now)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert app.theme == "nord"


async def test_unknown_saved_theme_is_ignored(store, now):
    store.set_setting("theme", "no-such-theme")
    app = home_app(store, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.theme != "no-such-theme"
        assert isinstance(app.screen, HomeScreen)


async def test_export_writes_an_anki_package(store, now, tmp_path):
    target = tmp_path / "out" / "brokers.apkg"
    target.parent.mkdir()
    app = home_app(store, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        field = app.screen.query_one("#export-path")
        field.value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    assert target.is_file() and target.stat().st_size > 1000


async def test_export_to_a_bad_path_is_a_message(store, now, tmp_path):
    app = home_app(store, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#export-path").value = str(tmp_path / "missing-dir" / "x.apkg")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert any(n.severity == "error" for n in app._notifications)
    assert not (tmp_path / "missing-dir").exists()


async def test_home_resizes_without_crashing(store, now):
    app = home_app(store, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for size in [(80, 24), (30, 10), (160, 50)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
