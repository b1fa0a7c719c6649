"""The stats screen: calendar heatmap, due forecast, retention and weakest rows, from a seeded db."""

from __future__ import annotations

from datetime import date, timedelta


from brokerquiz.core.deck.cards import generate_cards
from brokerquiz.core.clock import FakeClock
from brokerquiz.core.deck.load import load_deck
from brokerquiz.core.deck.library import open_deck, shipped_decks
from brokerquiz.tui.app import make_app
from brokerquiz.tui.screens.stats import StatsScreen
from brokerquiz.tui.widgets.forecast import column_chart, hbar
from brokerquiz.tui.widgets.heatmap import EMPTY, SHADES, heatmap_content, levels, streak

SIZE = (100, 30)


def seed(store, deck_path, now) -> None:
    """Two weeks of reviews, a growing number each day, and one row with lapses."""
    deck = load_deck(deck_path)
    cards = generate_cards(deck)
    store.sync_cards(deck.id, cards)
    ids = [c.id for c in cards]
    for days_ago in range(14, 0, -1):
        when = now - timedelta(days=days_ago)
        for i in range(15 - days_ago):
            store.record_review(ids[i % len(ids)], 3, when + timedelta(minutes=i))
    weak = "small/fact/basics/delivery/kafka"
    store.record_review(weak, 1, now - timedelta(hours=2))


def stats_app(store, deck_path, now):
    return make_app(store=store, clock=FakeClock(now), screen="stats", deck_name=str(deck_path))


async def test_stats_screen_pictures_and_figures(store, small_deck_path, now):
    seed(store, small_deck_path, now)
    figures = store.stats("small", now=now)
    app = stats_app(store, small_deck_path, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StatsScreen)
        heatmap = str(app.screen.query_one("#heatmap").render())
        assert "Mon" in heatmap and "Nov" in heatmap
        assert any(shade in heatmap for shade in SHADES[2:])  # the busiest days are dark
        assert f"{figures.reviews} reviews" in heatmap
        forecast = str(app.screen.query_one("#forecast").render())
        assert f"{figures.forecast[0]} today, overdue included · {sum(figures.forecast)} in 14 days" in forecast
        assert "now" not in forecast  # today's column is not "due now" (that count is in Retention)
        assert "█" in forecast or "▁" in forecast
        retention = str(app.screen.query_one("#retention").render())
        assert f"{figures.retention_30d:.0%}" in retention
        weakest = str(app.screen.query_one("#weakest").render())
        assert "Delivery guarantee" in weakest and "basics/delivery" in weakest


async def test_empty_database_shows_no_crash_and_says_so(store, small_deck_path, now):
    app = stats_app(store, small_deck_path, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "no reviews in the last 30 days" in str(app.screen.query_one("#retention").render())
        assert "No wrong answers yet" in str(app.screen.query_one("#weakest").render())


async def test_q_leaves_the_stats_opened_from_the_cli(store, small_deck_path, now):
    app = stats_app(store, small_deck_path, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("r", "q")
        await pilot.pause()
        assert not app.is_running


async def test_bad_deck_is_a_message(store, tmp_path, now):
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\ntitle: [unclosed\n", encoding="utf-8")
    app = make_app(store=store, clock=FakeClock(now), screen="home")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.open_mode("stats", deck_name=str(bad))
        await pilot.pause()
        assert not isinstance(app.screen, StatsScreen)
        assert any("bad.yaml:" in str(n.message) for n in app._notifications)


async def test_stats_resize_between_wide_and_narrow(store, small_deck_path, now):
    seed(store, small_deck_path, now)
    app = stats_app(store, small_deck_path, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.screen.has_class("-wide")
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert app.screen.has_class("-narrow")
        for size in [(40, 10), (200, 60)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
        assert isinstance(app.screen, StatsScreen)


def test_levels_are_quartiles_of_active_days():
    assert levels([0, 0, 0]) == [0, 0, 0]
    assert levels([0, 1, 2, 3, 4, 100]) == [0, 1, 1, 2, 3, 4]


def test_heatmap_has_seven_weekday_rows_and_one_cell_per_day():
    today = date(2026, 11, 20)  # a Friday
    per_day = {(today - timedelta(days=i)).isoformat(): i % 3 for i in range(200)}
    lines = heatmap_content(per_day, today, weeks=26).plain.splitlines()
    assert len(lines) == 1 + 7 + 1  # months, Mon..Sun, legend
    cells = sum(line[4:].count(EMPTY) + sum(line[4:].count(s) for s in SHADES) for line in lines[1:8])
    assert cells == 25 * 7 + today.weekday() + 1  # full weeks plus this week up to today


def test_streak_counts_back_from_today_or_yesterday():
    today = date(2026, 11, 20)
    per_day = {"2026-11-19": 2, "2026-11-18": 1, "2026-11-16": 5}
    assert streak(per_day, today) == 2
    assert streak({**per_day, "2026-11-20": 1}, today) == 3


def test_column_chart_scales_to_the_peak():
    chart = column_chart([0, 4, 8], [["a", "b", "c"]], height=2, width=1).plain.splitlines()
    assert chart[1] == "    █"  # the top row: only the peak reaches it
    assert chart[2] == "  █ █"
    assert chart[3] == "a b c"


def test_hbar_is_eighth_precise():
    assert hbar(0, 10, 8) == ""
    assert hbar(10, 10, 8) == "█" * 8
    assert hbar(1, 16, 8) == "▌"


def test_one_review_on_one_day_reads_in_the_singular():
    today = date(2026, 11, 20)
    text = str(heatmap_content({today.isoformat(): 1}, today))
    assert "1 review on 1 day" in text and "reviews" not in text and "days" not in text
    text = str(heatmap_content({today.isoformat(): 3, (today - timedelta(days=1)).isoformat(): 2}, today))
    assert "5 reviews on 2 days" in text


async def test_header_and_a_drill_command_to_copy(store, small_deck_path, now):
    seed(store, small_deck_path, now)
    app = stats_app(store, small_deck_path, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert (screen.title, screen.sub_title) == ("brokerquiz — stats", "Small deck")
        drill = str(screen.query_one("#weakest-drill").render())
        assert f"brokerquiz study --deck {small_deck_path} --focus basics/delivery" in drill


async def test_drill_command_names_shipped_decks_by_id(store, now):
    for deck_id, expected in (("message-brokers-en", "--deck message-brokers-en "), ("message-brokers", "study --focus")):
        deck, cards = open_deck(deck_id)
        store.sync_cards(deck.id, cards)
        for days in (30, 20, 10):
            store.record_review(cards[0].id, 3, now - timedelta(days=days))
        store.record_review(cards[0].id, 1, now - timedelta(hours=1))  # a lapse: a weakest row
        app = make_app(store=store, clock=FakeClock(now), screen="home")
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            app.open_mode("stats", deck_name=str(shipped_decks()[deck_id]))  # as home opens it: by path
            await pilot.pause()
            drill = str(app.screen.query_one("#weakest-drill").render())
            assert expected in drill and "decks/" not in drill, drill


async def test_weakest_rows_show_markup_literally_and_do_not_wrap(store, tmp_path, small_deck_yaml, now):
    deck_path = tmp_path / "markup.yaml"
    deck_path.write_text(
        small_deck_yaml.replace("label: Delivery guarantee", 'label: "[bold]x[/] delivery guarantee, a long label"'),
        encoding="utf-8",
    )
    seed(store, deck_path, now)
    app = stats_app(store, deck_path, now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        weakest = app.screen.query_one("#weakest")
        assert "[bold]x[/] delivery guarantee" in str(weakest.render())
        assert weakest.region.height == len(store.stats("small", now=now).weakest)  # one line per row
