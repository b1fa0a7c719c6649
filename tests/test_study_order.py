"""Day 1 compares brokers: new cards interleaved across kinds and subjects, siblings only the
kinds of one cell, and Anki's suspend and bury kept in the store (migration 3)."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from brokerquiz.core.deck.cards import generate_cards
from brokerquiz.core.deck.library import open_deck, shipped_decks
from brokerquiz.core.store.new_order import new_card_order
from brokerquiz.core.store.facade import Store, StoreError
from brokerquiz.core.store.flags import Flags
from brokerquiz.core.store.queue import day_bounds
from brokerquiz.core.clock import parse_iso

from schema_versions import back_to_schema_2

BROKERS = {"kafka", "rabbitmq", "redis", "nats"}


def subjects_of(card) -> set[str]:
    """The brokers a card is about: its subject, or every broker of a compare/scenario row."""
    if card.subject:
        return {card.subject}
    if card.kind in ("compare", "scenario"):
        return {s for s in BROKERS if f"subject::{s}" in card.tags} or set(BROKERS)
    return {t.split("::")[1] for t in card.tags if t.startswith("subject::")}


@pytest.mark.parametrize("deck_id", ["message-brokers", "message-brokers-en"])
def test_first_ten_new_cards_of_a_fresh_database_span_every_broker_and_three_kinds(tmp_db, now, deck_id):
    deck, cards = open_deck(str(shipped_decks()[deck_id]))
    by_id = {c.id: c for c in cards}
    with Store.open(tmp_db) as store:
        store.sync_cards(deck.id, cards)
        first = [by_id[i] for i in store.due_queue(deck.id, now, new_limit=10)]
    assert len(first) == 10
    assert {c.subject for c in first if c.subject} == BROKERS  # each broker by name, not only in a compare
    assert len({c.kind for c in first}) >= 3
    assert "compare" in {c.kind for c in first}  # a comparison on day 1
    # no broker more than twice in a row among the cards about one broker
    named = [c.subject for c in first if c.subject]
    assert all(len({*named[i : i + 3]}) > 1 for i in range(len(named) - 2))


def test_the_order_is_deterministic_and_ids_do_not_change(now):
    deck, cards = open_deck(None)
    assert new_card_order(cards) == new_card_order(list(cards))
    assert sorted(new_card_order(cards)) == list(range(len(cards)))
    assert [c.id for c in generate_cards(deck)] == [c.id for c in cards]  # ids are the deck's keys
    assert "message-brokers/fact/comparison/delivery/kafka" in {c.id for c in cards}


def test_every_kind_is_spread_over_the_whole_order():
    _, cards = open_deck(None)
    order = new_card_order(cards)
    n = len(cards)
    facts = sorted(order[i] for i, c in enumerate(cards) if c.kind == "fact")
    assert facts[0] < n * 0.05 and facts[-1] > n * 0.95  # not all at the start
    compares = sorted(order[i] for i, c in enumerate(cards) if c.kind == "compare")
    assert compares[0] < 10 and max(b - a for a, b in zip(compares, compares[1:])) < n / 6


def test_siblings_are_one_cell_the_other_brokers_of_the_row_still_come(store, now):
    deck, cards = open_deck(None)
    store.sync_cards(deck.id, cards)
    reverse = next(c for c in cards if c.kind == "reverse" and c.topic.startswith("comparison/"))
    fact = f"{deck.id}/fact/{reverse.topic}/{reverse.subject}"
    store.record_review(fact, 3, now - timedelta(minutes=5))
    queue = set(store.due_queue(deck.id, now, new_limit=200))
    cells = {c.sibling for c in cards if c.id in queue}
    others = {f"{deck.id}/{reverse.topic}/{s}" for s in BROKERS - {reverse.subject}}
    assert others <= cells  # a card of each other broker's cell of the same row
    assert reverse.sibling == f"{deck.id}/{reverse.topic}/{reverse.subject}"
    assert reverse.id not in queue  # the reverse card of that cell waits a day
    assert f"{deck.id}/compare/{reverse.topic}" in queue  # the row as a whole is its own cell


def test_suspended_cards_leave_every_queue_until_unsuspended(store, now):
    deck, cards = open_deck(None)
    store.sync_cards(deck.id, cards)
    first = store.due_queue(deck.id, now, new_limit=1)[0]
    before = store.set_flags(first, suspended=True)
    assert before == Flags(False, None)
    assert first not in store.due_queue(deck.id, now, new_limit=200)
    assert first not in store.cram_queue(deck.id)
    assert store.deck_cards(deck.id)[first]["suspended"] is True
    store.set_flags(first, suspended=False)
    assert store.due_queue(deck.id, now, new_limit=1) == [first]


def test_buried_cards_come_back_tomorrow_due_ones_too(store, now):
    deck, cards = open_deck(None)
    store.sync_cards(deck.id, cards)
    card = store.due_queue(deck.id, now, new_limit=1)[0]
    store.record_review(card, 1, now - timedelta(days=3))  # due again long ago
    assert store.due_queue(deck.id, now, new_limit=0) == [card]
    tomorrow = parse_iso(day_bounds(now, store.tz)[1])
    store.set_flags(card, buried_until=tomorrow)
    assert store.due_queue(deck.id, now, new_limit=0) == []
    assert store.due_queue(deck.id, tomorrow, new_limit=0) == [card]


def test_cram_skips_buried_and_suspended_cards_until_tomorrow(store, now):
    deck, cards = open_deck(None)
    store.sync_cards(deck.id, cards)
    buried, suspended = cards[0].id, cards[1].id
    tomorrow = parse_iso(day_bounds(now, store.tz)[1])
    store.set_flags(buried, buried_until=tomorrow)
    store.set_flags(suspended, suspended=True)
    crammed = store.cram_queue(deck.id, now=now)
    assert buried not in crammed and suspended not in crammed and cards[2].id in crammed
    later = store.cram_queue(deck.id, now=tomorrow)
    assert buried in later and suspended not in later


def test_a_cram_session_does_not_show_a_buried_card(store, now):
    from brokerquiz.core.clock import FakeClock
    from brokerquiz.core.sessions.study import StudySession

    deck, cards = open_deck(None)
    store.sync_cards(deck.id, cards)
    tomorrow = parse_iso(day_bounds(now, store.tz)[1])
    store.set_flags(cards[0].id, buried_until=tomorrow)
    session = StudySession(store, deck, cards, clock=FakeClock(now), cram=True)
    seen = set()
    while session.card is not None:
        seen.add(session.card.id)
        session.reveal()
        session.rate(3)
    assert cards[0].id not in seen and len(seen) == len(cards) - 1


def test_flags_undo_only_what_was_set(store, now):
    deck, cards = open_deck(None)
    store.sync_cards(deck.id, cards)
    card = cards[0].id
    set_by_us = Flags(True, None)
    previous = store.set_flags(card, suspended=True)
    store.set_flags(card, suspended=False)  # another window unsuspended it since
    with pytest.raises(StoreError, match="cannot undo"):
        store.set_flags(card, expect=set_by_us, suspended=previous.suspended)
    store.set_flags(card, suspended=True)
    assert store.set_flags(card, expect=set_by_us, suspended=False) == set_by_us
    assert store.deck_cards(deck.id)[card]["suspended"] is False


def test_a_schema_2_database_is_migrated_keeping_progress(tmp_db, now):
    deck, cards = open_deck(None)
    with Store.open(tmp_db) as store:
        store.sync_cards(deck.id, cards)
        store.record_review(cards[0].id, 3, now - timedelta(days=2))
    conn = sqlite3.connect(tmp_db)
    back_to_schema_2(conn)
    conn.commit()
    conn.close()
    with Store.open(tmp_db) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == 3
        assert len(store.reviews(cards[0].id)) == 1
        store.sync_cards(deck.id, cards)  # writes the new order
        first = [c.subject for c in cards if c.id in set(store.due_queue(deck.id, now, new_limit=10))]
        assert {s for s in first if s} == BROKERS


def test_both_queues_read_from_their_index_alone(store, now):
    deck, cards = open_deck(None)
    store.sync_cards(deck.id, cards)
    plans = [
        " ".join(row[-1] for row in store.conn.execute("EXPLAIN QUERY PLAN " + sql, params))
        for sql, params in (
            ("SELECT id, sibling, state, buried_until FROM cards WHERE deck = ? AND archived = 0"
             " AND state > 0 AND suspended = 0 AND due <= ? ORDER BY due, ord", [deck.id, "9"]),
            ("SELECT id, sibling, 0, buried_until FROM cards WHERE deck = ? AND archived = 0"
             " AND state = 0 AND suspended = 0 ORDER BY new_ord, ord", [deck.id]),
        )
    ]
    assert "COVERING INDEX idx_cards_due" in plans[0] and "TEMP B-TREE" not in plans[0]
    assert "COVERING INDEX idx_cards_new" in plans[1] and "TEMP B-TREE" not in plans[1]


# --------------------------------------------------------------------------- the session


def session_on(store, now, **options):
    from brokerquiz.core.clock import FakeClock
    from brokerquiz.core.sessions.study import StudySession

    deck, cards = open_deck(None)
    clock = FakeClock(now)
    return StudySession(store, deck, cards, clock=clock, **options), clock


def test_counts_new_learning_review_follow_the_answers(store, now):
    session, clock = session_on(store, now, new_limit=5)
    assert session.counts == (5, 0, 0)
    session.reveal()
    session.rate(1)  # Again: learning, back in this session
    assert session.counts == (4, 1, 0)
    session.undo()
    assert session.counts == (5, 0, 0)
    for _ in range(5):
        session.reveal()
        session.rate(4)  # Easy: days away
    clock.advance(days=30)
    later, _ = session_on(store, clock.now(), new_limit=2)
    assert later.counts == (2, 0, 5)


def test_suspend_and_bury_move_on_are_kept_and_undone(store, now, tmp_db):
    session, _ = session_on(store, now, new_limit=3)
    first, second = session.card.id, session.queue[0].card_id
    session.suspend()
    assert session.card.id == second and session.done_count == 0
    session.bury()
    assert session.counts.new == 1
    with Store.open(tmp_db) as other:  # kept in the store, seen by another process
        flags = other.deck_cards(session.deck.id)
        assert flags[first]["suspended"] and flags[second]["buried_until"] > now
        assert first not in other.due_queue(session.deck.id, now, new_limit=50)
    assert session.undo() == second and session.card.id == second
    assert store.deck_cards(session.deck.id)[second]["buried_until"] is None
    assert session.undo() == first and session.card.id == first
    assert store.deck_cards(session.deck.id)[first]["suspended"] is False
    assert session.undo() is None
    summary_session, _ = session_on(store, now, new_limit=2)
    summary_session.bury()
    assert summary_session.summary().buried == 1 and summary_session.summary().answered == 0


def test_undo_of_a_suspend_changed_elsewhere_is_refused_and_nothing_moves(store, now, tmp_db):
    session, _ = session_on(store, now, new_limit=3)
    first = session.card.id
    session.suspend()
    with Store.open(tmp_db) as other:
        other.set_flags(first, suspended=False)  # unsuspended in another window's browser
    current = session.card.id
    with pytest.raises(StoreError, match="cannot undo"):
        session.undo()
    assert session.card.id == current and len(session.history) == 1
