"""Issue 13 at 80 columns: the deck › table › row line and the cram tag stay on one line,
titles shortened in the middle."""

from __future__ import annotations

from rich.cells import cell_len

from brokerquiz.core.clock import FakeClock
from brokerquiz.core.deck.library import all_decks, open_deck
from brokerquiz.tui.app import make_app
from brokerquiz.tui.widgets.card_view import Breadcrumb, context_line, shorten_middle


def test_shorten_middle_keeps_both_ends():
    assert shorten_middle("Comparing streaming message brokers", 27) == "Comparing … message brokers"
    assert shorten_middle("short", 15) == "short"
    assert cell_len(shorten_middle("Сравнение потоковых брокеров сообщений", 9)) == 9


def test_every_card_of_every_shipped_deck_fits_one_line_at_80_columns():
    for name in all_decks():
        deck, cards = open_deck(name)
        for card in cards:
            for width in (76, 60):
                line = context_line(card, cram=True, width=width).plain
                assert cell_len(line) <= width, (card.id, line)
                assert "cram" in line and line.split("  ·  ")[-1] in ("cram", "cram: schedule unchanged")


def test_a_roomy_terminal_shows_the_whole_line():
    deck, cards = open_deck("message-brokers-en")
    card = next(c for c in cards if c.id.endswith("/scenario/heavy-scenarios/replay"))
    assert context_line(card, cram=True, width=200).plain == context_line(card, cram=True).plain
    assert "cram: schedule unchanged" in context_line(card, cram=True, width=200).plain


async def test_the_quiz_breadcrumb_is_one_line_at_80x24(store, now):
    app = make_app(store=store, clock=FakeClock(now), screen="quiz", deck_name="message-brokers-interview", kind="reverse", seed=1)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        crumb = app.screen.query_one(Breadcrumb)
        card = app.screen.session.current
        assert cell_len(context_line(card).plain) > 76  # too long for the line as it is
        assert crumb.size.height == 1
        shown = str(crumb.render())
        assert "…" in shown and shown.endswith(context_line(card).plain.split("  ·  ")[-1])
