"""Breadcrumbs shortened in the middle cut between words, never inside one, and keep quotes
and brackets paired: «Отличия в о…сценариев”» cut a word and left a stray closing quote."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from brokerquiz.core.deck.library import all_decks, open_deck
from brokerquiz.tui.widgets.card_view import _context_pieces, context_line, shorten_middle

PAIRS = {"“": "”", "«": "»", "(": ")", "[": "]"}
TITLE = "Отличия в обработке “тяжелых сценариев”"


def paired(text: str) -> bool:
    stack = []
    for ch in text:
        if ch in PAIRS:
            stack.append(PAIRS[ch])
        elif ch in PAIRS.values():
            if not stack or stack.pop() != ch:
                return False
    return not stack and text.count('"') % 2 == 0


def whole_words(short: str, text: str) -> bool:
    words = set(text.split())
    return all(w in words for w in short.replace("…", " ").split())


@pytest.mark.parametrize("width", range(12, cell_len(TITLE)))
def test_the_heavy_scenarios_title_is_cut_between_words_with_its_quotes_paired(width):
    short = shorten_middle(TITLE, width)
    assert cell_len(short) <= width and "…" in short
    assert whole_words(short, TITLE), short
    assert paired(short), short


def test_both_ends_are_kept_when_there_is_room():
    assert shorten_middle("Comparing streaming message brokers", 19) == "Comparing … brokers"
    assert shorten_middle("Comparing streaming message brokers", 12) == "Comparing …"


def test_a_single_word_too_long_is_still_cut_to_fit():
    assert cell_len(shorten_middle("Сравнение", 5)) == 5
    assert shorten_middle(TITLE, 8) == "Отличия…"  # the first word whole, and the ellipsis
    assert paired(shorten_middle("“тяжелых сценариев”", 8))


def test_every_shortened_breadcrumb_of_every_shipped_deck_cuts_between_words():
    for name in all_decks():
        _deck, cards = open_deck(name)
        for card in cards:
            pieces = _context_pieces(card)
            for width in (76, 60, 50):
                line = context_line(card, cram=True, width=width).plain
                shown = line.split("  ·  ")[0].split(" › ")
                for piece, full in zip(shown, pieces):
                    assert paired(piece) or not paired(full), (card.id, width, piece)
                    if piece != full and cell_len(piece) > 12:  # room for a whole word
                        assert whole_words(piece, full), (card.id, width, piece)
