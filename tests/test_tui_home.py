"""The home screen: decks with counts, modes by key, mouse and command palette, themes, export."""

from __future__ import annotations

import sqlite3

import pytest
from textual.command import CommandList
from textual.widgets import HelpPanel, Input, OptionList

from brokerquiz.core.clock import FakeClock
from brokerquiz.core.deck.library import DEFAULT_DECK, deck_argument, open_deck, shipped_decks
from brokerquiz.core.store.facade import Store
from brokerquiz.tui import app as app_module
from brokerquiz.tui import modes as modes_module
from brokerquiz.tui.app import lazy, make_app
from brokerquiz.tui.screens.home import ExportDialog, HomeScreen
from brokerquiz.tui.screens.interview import InterviewScreen
from brokerquiz.tui.screens.quiz import QuizScreen
from brokerquiz.tui.screens.report import ReportScreen
from brokerquiz.tui.screens.stats import StatsScreen
from brokerquiz.tui.screens.study import StudyScreen

SIZE = (100, 30)


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
    monkeypatch.setattr(modes_module, "MODES", modes)
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


@pytest.mark.parametrize("size", [(1, 1), (3, 5), (5, 5), (6, 20), (10, 3)], ids=lambda s: f"{s[0]}x{s[1]}")
async def test_home_opens_in_a_tiny_terminal(store, now, size):
    app = home_app(store, now)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("down", "tab")  # moving about redraws the lists at that size
        await pilot.pause()
    assert not app.return_code  # no crash, shown or not


async def test_home_survives_shrinking_to_1x1_and_growing_back(store, now):
    app = home_app(store, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for size in [(80, 24), (20, 10), (10, 5), (6, 6), (5, 5), (3, 5), (10, 3), (2, 2), (1, 1), (40, 12), SIZE]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert isinstance(app.screen, HomeScreen)
        modes = app.screen.query_one("#modes", OptionList)
        assert modes.region.height == modes.option_count + 2  # back at 100x30: every mode shown again
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, StatsScreen)  # and it still works
    assert not app.return_code


@pytest.mark.parametrize("mode", ["study", "stats", "quiz", "interview"])
async def test_every_mode_opened_from_home_survives_1x1(store, now, mode):
    app = home_app(store, now)
    async with app.run_test(size=(1, 1)) as pilot:
        await pilot.pause()
        app.screen.action_open(mode)
        await pilot.pause()
        await pilot.resize_terminal(3, 5)
        await pilot.pause()
        assert not isinstance(app.screen, HomeScreen)
    assert not app.return_code


async def test_the_default_deck_comes_first_and_is_highlighted(store, now):
    app = home_app(store, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        decks = app.screen.query_one("#decks", OptionList)
        ids = [decks.get_option_at_index(i).id for i in range(decks.option_count)]
        assert ids[0] == DEFAULT_DECK and set(ids) == set(shipped_decks())
        assert decks.highlighted == 0 and app.screen.current_deck == DEFAULT_DECK


def test_deck_argument_is_what_a_person_types_after_deck(tmp_path):
    shipped = shipped_decks()
    assert deck_argument(None) is None
    assert deck_argument(str(shipped[DEFAULT_DECK])) is None  # the default needs no --deck
    assert deck_argument(str(shipped["message-brokers-en"])) == "message-brokers-en"
    own = tmp_path / "mine.yaml"
    assert deck_argument(str(own)) == str(own)


TEXTUAL_COMMANDS = {"Keys", "Maximize", "Quit", "Screenshot", "Theme"}  # Textual's own; Theme is tested above


async def palette_titles(pilot) -> list[str]:
    """The command titles the palette lists when opened (and closes it again)."""
    await pilot.press("ctrl+p")
    await pilot.pause(0.3)  # the palette gathers its commands in a worker
    commands = pilot.app.screen.query_one(CommandList)
    titles = [str(commands.get_option_at_index(i).prompt).split("\n")[0] for i in range(commands.option_count)]
    await pilot.press("escape")
    await pilot.pause()
    return titles


async def test_every_command_the_palette_offers_works(store, now):
    app = home_app(store, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        titles = [t for t in await palette_titles(pilot) if t not in TEXTUAL_COMMANDS]
        assert any(t.startswith("Quiz") for t in titles) and any(t.startswith("Mock interview") for t in titles)
        assert "Export to Anki (.apkg)" in titles  # offered on home, where a deck is highlighted
        for title in titles:
            await pilot.press("ctrl+p")
            await pilot.pause()
            app.screen.query_one(Input).value = title
            await pilot.pause(0.3)  # the palette searches in a worker
            await pilot.press("enter")
            await pilot.pause()
            if title.startswith("Export"):
                assert isinstance(app.screen, ExportDialog), title
                await pilot.press("escape")
            else:
                screen = app.screen
                assert not isinstance(screen, HomeScreen) and screen.is_attached, title
                if isinstance(screen, InterviewScreen):
                    await pilot.press("ctrl+l", "y")  # leave (asks first): the report
                    await pilot.pause()
                    assert isinstance(app.screen, ReportScreen), title
                if isinstance(app.screen, StudyScreen):
                    await pilot.press("escape", "q")  # typed: Esc leaves the answer box first
                elif isinstance(app.screen, QuizScreen):
                    await pilot.press("ctrl+l")  # leave, typing or not (nothing answered: no question)
                else:
                    await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, HomeScreen), title
        await pilot.press("ctrl+p")
        await pilot.pause()
        app.screen.query_one(Input).value = "Keys"
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query(HelpPanel)  # the key summary opens beside home


async def test_markup_in_a_deck_title_is_shown_literally(store, now, tmp_path, small_deck_yaml):
    deck = tmp_path / "markup.yaml"
    deck.write_text(small_deck_yaml.replace("title: Small deck", 'title: "[bold]x[/] deck"'), encoding="utf-8")
    app = make_app(store=store, clock=FakeClock(now), screen="home", deck_name=str(deck))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        texts = option_texts(app, "#decks")
        assert any("[bold]x[/] deck" in t for t in texts)
        await pilot.press("e")
        await pilot.pause()
        assert "[bold]x[/] deck" in str(app.screen.query_one("#export-box Static").render())


@pytest.mark.parametrize("size", [(80, 24), (100, 30)], ids=["80x24", "100x30"])
async def test_home_fits_80x24(store, now, size):
    app = home_app(store, now)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = app.screen
        hint = screen.query_one("#home-hint")
        assert hint.region.bottom <= size[1] - 1  # above the footer
        modes = screen.query_one("#modes", OptionList)
        assert modes.region.height == modes.option_count + 2  # every mode on one line, none cut
        decks = screen.query_one("#decks", OptionList)
        assert decks.option_count == len(shipped_decks())
        assert decks.region.height == 2 * decks.option_count + 2  # room for two lines per shipped deck


@pytest.mark.parametrize("mode, screen_class", [("quiz", QuizScreen), ("interview", InterviewScreen)])
async def test_a_busy_database_is_a_message(store, now, small_deck_path, tmp_db, mode, screen_class):
    app = make_app(store=store, clock=FakeClock(now), screen="home")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        store.conn.execute("PRAGMA busy_timeout = 50")  # give up at once, not after 5 s
        writer = sqlite3.connect(tmp_db, isolation_level=None)
        writer.execute("BEGIN IMMEDIATE")  # another process is writing
        try:
            app.open_mode(mode, deck_name=str(small_deck_path))
            await pilot.pause()
        finally:
            writer.close()
        assert not isinstance(app.screen, screen_class)
        assert any("is busy" in str(n.message) for n in app._notifications)
