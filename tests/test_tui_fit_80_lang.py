"""Issue 13 at 80x24, in Russian and English: the chrome of home, stats, the card browser and the
interview report does not wrap or cut a word: every footer key whole, home's deck and mode lines
and hint on their own lines, the panel titles, the report's summary and the browser's columns."""

from __future__ import annotations

from datetime import timedelta

import pytest
from textual.widgets import DataTable, OptionList, Static
from textual.widgets._footer import FooterKey

from brokerquiz.core import translate
from brokerquiz.core.clock import FakeClock
from brokerquiz.core.deck.cards import generate_cards
from brokerquiz.core.deck.load import load_deck
from brokerquiz.core.translate import use_language
from brokerquiz.tui.app import make_app

LANGUAGES = ("ru", "en")


@pytest.fixture(params=LANGUAGES)
def language(request, monkeypatch):
    monkeypatch.setenv(translate.ENV_VAR, request.param)
    use_language(request.param)
    return request.param


def seed(store, deck_path, now):
    deck = load_deck(deck_path)
    cards = generate_cards(deck)
    store.sync_cards(deck.id, cards)
    for days_ago in range(1, 40):
        store.record_review(cards[days_ago % len(cards)].id, 1 if days_ago % 4 == 0 else 3, now - timedelta(days=days_ago))
    store.set_flags(cards[1].id, suspended=True)


def assert_footer_whole(app):
    """Every key of the footer, and the palette key, shown whole (none cut at the right edge)."""
    keys = list(app.screen.query(FooterKey))
    assert keys, "no footer"
    for key in keys:
        shown = 1 + len(key.key_display or key.key) + 1 + len(key.description) + 1  # padding, key, gap, words
        assert key.region.width >= shown - 2, f"{key.key} {key.description!r} is cut"
        assert key.region.right <= app.size.width, f"{key.key} {key.description!r} is off screen"
    rest = [k for k in keys if not k.has_class("-command-palette")]
    palette = app.screen.query_one(".-command-palette", FooterKey)
    for key in rest:
        assert key.region.right <= palette.region.x, f"{key.key} {key.description!r} runs under the palette key"


def assert_one_line(widget: Static):
    assert widget.size.height == 1, f"{widget.id or widget.classes} wrapped: {widget.render()}"


def assert_options_unwrapped(options: OptionList, lines_each: int):
    width = options.scrollable_content_region.width - options.get_component_styles("option-list--option").padding.width
    for i in range(options.option_count):
        prompt = options.get_option_at_index(i).prompt
        lines = str(prompt).split("\n")
        assert len(lines) == lines_each
        for line in lines:
            assert len(line) <= width, f"{line!r} wraps at {width} columns"


async def test_home_fits(utc_store, now, language):
    app = make_app(store=utc_store, clock=FakeClock(now), screen="home")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.pause()
        home = app.screen
        assert all("error" not in info for info in home.counts.values()) and home.counts
        assert_options_unwrapped(home.query_one("#decks", OptionList), 2)
        assert_options_unwrapped(home.query_one("#modes", OptionList), 1)
        assert_one_line(home.query_one("#home-hint", Static))
        assert_one_line(home.query_one("#modes-heading", Static))
        assert_footer_whole(app)


async def test_stats_fits(utc_store, now, small_deck_path, language):
    seed(utc_store, small_deck_path, now)
    app = make_app(store=utc_store, clock=FakeClock(now), screen="stats", deck_name=str(small_deck_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for title in app.screen.query(".panel-title").results(Static):
            assert_one_line(title)
        retention = app.screen.query_one("#retention", Static)
        assert retention.size.height == len(str(retention.render()).split("\n")), "a retention line wrapped"
        assert_footer_whole(app)


async def test_browser_fits(utc_store, now, small_deck_path, language):
    seed(utc_store, small_deck_path, now)
    app = make_app(store=utc_store, clock=FakeClock(now), screen="browser", deck_name=str(small_deck_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert_one_line(app.screen.query_one("#browser-count", Static))
        table = app.screen.query_one(DataTable)
        widths = [column.get_render_width(table) for column in table.columns.values()]
        assert sum(widths[:3]) < 80 - 20, f"the state, kind and due columns leave the card text too little: {widths}"
        assert_footer_whole(app)
        await pilot.press("tab", "enter")  # a card with its history
        await pilot.pause()
        for line in app.screen.query(".detail-heading").results(Static):
            assert_one_line(line)


async def test_report_fits(utc_store, now, small_deck_path, language):
    app = make_app(store=utc_store, clock=FakeClock(now), screen="interview", deck_name=str(small_deck_path), questions=3, seed=3)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press(*"Kafka: exactly-once", "enter")
        await pilot.press("escape")
        await pilot.press(*"Kafka for logs", "enter")
        await pilot.pause()
        summary = app.screen.query_one("#report-summary", Static)
        lines = str(summary.render()).split("\n")
        assert summary.size.height == len(lines), f"the summary wrapped: {lines}"
        assert_footer_whole(app)
