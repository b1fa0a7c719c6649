"""The card browser (issue 13): search by text, tag and state (core.browse, plain pytest), and
the screen (Pilot, fixed clock, temp db): open a card with its history, suspend / unsuspend,
opened from home's b key and from the command palette."""

from __future__ import annotations

from datetime import timedelta

import pytest
from textual.widgets import DataTable, Input

from brokerquiz.core.store.browse import BrowseError, browse, state_label
from brokerquiz.core.deck.cards import generate_cards
from brokerquiz.core.clock import FakeClock
from brokerquiz.core.deck.load import parse_deck
from brokerquiz.tui.app import make_app
from brokerquiz.tui.screens.browser import BrowserScreen, CardDetail
from brokerquiz.tui.screens.home import HomeScreen

SIZE = (100, 30)


@pytest.fixture
def deck_cards(small_deck_yaml):
    deck = parse_deck(small_deck_yaml, "small.yaml")
    return deck, generate_cards(deck)


def test_search_by_words_tags_and_states(store, deck_cards, now):
    deck, cards = deck_cards
    store.sync_cards(deck.id, cards)
    store.record_review(cards[0].id, 1, now - timedelta(days=2))  # learning, due again
    store.set_flags(cards[1].id, suspended=True)
    infos = store.deck_cards(deck.id)
    ids = lambda query: [c.id for c in browse(cards, infos, query, now)]  # noqa: E731
    assert ids("") == [c.id for c in cards]
    assert set(ids("tag:kind::compare")) == {c.id for c in cards if c.kind == "compare"}
    assert ids("is:suspended") == [cards[1].id]
    assert ids("is:learning is:due") == [cards[0].id]
    assert cards[0].id in ids("KAFKA model")  # words anywhere, any case, all of them
    assert ids("kafka nosuchword") == []
    assert len(ids("is:new")) == len(cards) - 1  # suspended is still new; the reviewed one is not
    assert state_label(infos[cards[1].id], now) == "suspended"
    assert state_label(infos[cards[0].id], now) == "due"
    with pytest.raises(BrowseError, match="is:lost is not a state; try one of: new, learning"):
        browse(cards, infos, "is:lost", now)


def browser_app(store, deck_path, now, screen="browser"):
    return make_app(store=store, clock=FakeClock(now), screen=screen, deck_name=str(deck_path))


def table_ids(app) -> list[str]:
    table = app.screen.query_one(DataTable)
    return [row.value for row in table.rows]


async def test_browser_searches_opens_history_and_suspends(store, small_deck_path, now, deck_cards):
    deck, cards = deck_cards
    store.sync_cards(deck.id, cards)
    store.record_review(cards[0].id, 3, now - timedelta(hours=2), answer="[bold]log[/]")
    app = browser_app(store, small_deck_path, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, BrowserScreen)
        assert len(table_ids(app)) == len(cards)
        await pilot.press(*"tag:kind::fact kafka")  # typed into the search, s and q included
        await pilot.pause()
        assert set(table_ids(app)) == {c.id for c in cards if c.kind == "fact" and c.subject == "kafka"}
        await pilot.press("enter")  # to the list
        await pilot.press("enter")  # open the highlighted card
        await pilot.pause()
        detail = app.screen
        assert isinstance(detail, CardDetail) and detail.card.id == cards[0].id
        text = " ".join(str(s.render()) for s in detail.query(".detail-line"))
        assert "study" in text and "Good" in text and "“[bold]log[/]”" in text  # literally
        await pilot.press("s")  # suspend from the card view: it toggles and stays open
        await pilot.pause()
        assert app.screen is detail, "s closed the card view"
        assert store.deck_cards(deck.id)[cards[0].id]["suspended"] is True
        assert "suspended" in str(detail.query_one("#detail-state").render())
        assert store.due_queue(deck.id, now + timedelta(days=30), new_limit=0) == []
        await pilot.press("s")  # unsuspend, still in the card view
        await pilot.pause()
        assert app.screen is detail and store.deck_cards(deck.id)[cards[0].id]["suspended"] is False
        assert "suspended" not in str(detail.query_one("#detail-state").render())
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, BrowserScreen)
        assert "1 suspended" not in str(app.screen.query_one("#browser-count").render())
        await pilot.press("s", "s")  # suspend and unsuspend from the list
        await pilot.pause()
        assert store.deck_cards(deck.id)[cards[0].id]["suspended"] is False
        await pilot.press("slash")
        app.screen.query_one("#browser-search", Input).value = "is:nothing"
        await pilot.pause()
        assert "is:nothing is not a state" in str(app.screen.query_one("#browser-count").render())


async def test_home_b_opens_the_browser_on_the_highlighted_deck_and_esc_comes_back(store, now):
    app = make_app(store=store, clock=FakeClock(now), screen="home")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("b")
        await pilot.pause()
        assert isinstance(app.screen, BrowserScreen)
        assert app.screen.deck is not None and len(table_ids(app)) == len(app.screen.cards) > 100
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_the_palette_offers_the_browser(store, now):
    app = make_app(store=store, clock=FakeClock(now), screen="home")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        app.screen.query_one(Input).value = "Browse cards"
        await pilot.pause(0.3)  # the palette searches in a worker
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, BrowserScreen)


@pytest.mark.parametrize("language", ["en", "ru"])
async def test_a_due_moment_reads_the_same_in_the_browser_and_the_summary(utc_store, small_deck_path, now, deck_cards, language):
    from brokerquiz.core.sessions.types import Summary
    from brokerquiz.core.translate import use_language
    from brokerquiz.tui.screens.summary import summary_content

    use_language(language)
    deck, cards = deck_cards
    utc_store.sync_cards(deck.id, cards)
    utc_store.record_review(cards[0].id, 3, now - timedelta(hours=2))
    app = browser_app(utc_store, small_deck_path, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        shown = str(table.get_cell(cards[0].id, table.ordered_columns[2].key))
        due = app.screen.infos[cards[0].id]["due"]
    summary = Summary(1, 1, timedelta(seconds=5), {3: 1}, next_due=due, due_now=0, cram=False)
    figures = summary_content(summary, now, utc_store.tz).plain
    assert f"({shown})" in figures, (shown, figures)
    assert shown.startswith(("Fri 20 Nov ", "пт 20 ноя ")[language == "ru"])  # the weekday, the day, the month
