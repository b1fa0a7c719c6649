"""Day 1 in a real terminal (tmux): on a fresh database the first ten new cards shown span all
four brokers and three kinds or more (issue 13: it used to be eleven Kafka fact cards)."""

from __future__ import annotations

import shutil

import pytest

from brokerquiz.core.deck.library import open_deck
from brokerquiz.core.store.facade import Store
from test_tmux import QUESTION_KEYS, run_tmux  # noqa: F401  (the fixture)

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

BROKERS = {"kafka", "rabbitmq", "redis", "nats"}


def last_card(db) -> str:
    with Store.open(db) as store:
        return store.db.execute("SELECT card_id FROM reviews ORDER BY id DESC LIMIT 1").fetchone()[0]


def test_first_ten_new_cards_shown_span_all_four_brokers(run_tmux, tmp_path):  # noqa: F811
    db = tmp_path / "fresh.db"
    _, cards = open_deck(None)
    by_id = {card.id: card for card in cards}
    term = run_tmux("study", "--db", str(db))
    shown = []
    for n in range(10):
        term.wait_for(f"{n} done")
        question = term.wait_for(QUESTION_KEYS)
        term.keys("Space")
        answered = term.wait_for("Accept")  # the question stays on screen above the answer
        term.keys("4")  # Easy: none comes back today, every card is a new one
        term.wait_for(f"{n + 1} done")
        card = by_id[last_card(db)]
        screens = (question + answered).replace("\n", " ")
        assert card.front.split("\n")[0][:24] in screens, answered  # that card was on screen
        shown.append(card)
    term.keys("q")
    term.wait_gone()
    assert len({card.id for card in shown}) == 10
    assert {card.subject for card in shown if card.subject} == BROKERS
    assert len({card.kind for card in shown}) >= 3
