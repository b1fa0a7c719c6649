"""The SQLite store: queue, scheduling, undo, cram, stats, file safety, durability."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from brokerquiz.core.model import Card
from brokerquiz.core.clock import iso
from brokerquiz.core.scheduler import LEARNING, NEW, RELEARNING, REVIEW
from brokerquiz.core.store.facade import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    ReviewResult,
    Store,
    StoreError,
    SyncResult,
)

UTC = timezone.utc
REPO = Path(__file__).resolve().parents[1]
DAY1 = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
DAY2 = DAY1 + timedelta(days=1)


def card(key: str, *, deck: str = "d", sibling: str | None = None, topic: str | None = None) -> Card:
    """A card whose sibling group and topic default to its own key."""
    topic = topic or f"t/{key}"
    return Card(
        id=f"{deck}/fact/{key}",
        deck=deck,
        kind="fact",
        front="q",
        back="a",
        sibling=sibling if sibling is not None else f"{deck}/{topic}",
        topic=topic,
        topic_label=key.upper(),
    )


def cid(key: str, deck: str = "d") -> str:
    return f"{deck}/fact/{key}"


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "progress.db", tz=UTC)
    yield s
    s.close()


def row(store: Store, card_id: str) -> dict:
    return next(store.db.query("SELECT * FROM cards WHERE id = ?", [card_id]))


def review_count(store: Store, card_id: str | None = None) -> int:
    if card_id is None:
        return store.db.execute("SELECT count(*) FROM reviews").fetchone()[0]
    return store.db.execute("SELECT count(*) FROM reviews WHERE card_id = ?", [card_id]).fetchone()[0]


# --------------------------------------------------------------------------- opening


def test_open_creates_dirs_schema_wal(tmp_path):
    path = tmp_path / "a" / "b" / "progress.db"
    with Store.open(path) as s:
        assert path.is_file()
        assert s.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert s.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
        assert {"cards", "reviews", "settings", "interviews"} <= set(s.db.table_names())
    with Store.open(path) as s:  # reopening does not re-migrate
        assert s.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_open_missing_without_create(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(tmp_path / "nope.db", create=False)
    assert not (tmp_path / "nope.db").exists()


def test_not_sqlite_refused_and_untouched(tmp_path):
    path = tmp_path / "x.db"
    data = b"this is my shopping list, not a database\n" * 100
    path.write_bytes(data)
    with pytest.raises(StoreError) as e:
        Store.open(path)
    assert str(e.value) == "x.db is not a brokerquiz database (not SQLite)"
    assert path.read_bytes() == data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.db"]


def test_newer_schema_refused_and_untouched(tmp_path):
    path = tmp_path / "x.db"
    with Store.open(path) as s:
        s.set_setting("new_per_day", 5)
        s.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 6}")
        s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = path.read_bytes()
    with pytest.raises(StoreError) as e:
        Store.open(path)
    assert str(e.value) == (
        f"x.db was written by a newer brokerquiz (schema {SCHEMA_VERSION + 6}, "
        f"this one knows {SCHEMA_VERSION}); upgrade brokerquiz"
    )
    assert path.read_bytes() == data


def test_other_sqlite_database_refused_and_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("INSERT INTO notes (text) VALUES ('hello')")
    conn.commit()
    conn.close()
    data = path.read_bytes()
    with pytest.raises(StoreError, match="other.db is not a brokerquiz database"):
        Store.open(path)
    assert path.read_bytes() == data

    versioned = tmp_path / "versioned.db"  # another app that uses user_version
    conn = sqlite3.connect(versioned)
    conn.execute("PRAGMA user_version = 12")
    conn.close()
    data = versioned.read_bytes()
    with pytest.raises(StoreError, match="versioned.db is not a brokerquiz database"):
        Store.open(versioned)
    assert versioned.read_bytes() == data


def test_empty_file_becomes_a_store(tmp_path):
    path = tmp_path / "empty.db"
    path.touch()
    with Store.open(path) as s:
        assert s.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


# --------------------------------------------------------------------------- sync


def test_sync_adds_archives_restores(store):
    assert store.sync_cards("d", [card("a"), card("b")]) == SyncResult(2, 0, 0)
    assert store.sync_cards("d", [card("a"), card("b")]) == SyncResult(0, 0, 0)
    store.record_review(cid("a"), 3, DAY1)
    store.record_review(cid("a"), 3, DAY1 + timedelta(minutes=10))
    before = row(store, cid("a"))

    assert store.sync_cards("d", [card("b")]) == SyncResult(0, 1, 0)
    assert row(store, cid("a"))["archived"] == 1
    assert review_count(store, cid("a")) == 2  # history kept
    assert cid("a") not in store.due_queue("d", DAY1 + timedelta(days=30))
    assert cid("a") not in store.cram_queue("d")
    assert store.stats("d", now=DAY2).cards == 1

    assert store.sync_cards("d", [card("a"), card("b")]) == SyncResult(0, 0, 1)
    assert row(store, cid("a")) == before  # state intact, archived again 0
    assert review_count(store, cid("a")) == 2
    assert cid("a") in store.due_queue("d", DAY1 + timedelta(days=30))


def test_sync_updates_metadata_and_order_and_leaves_other_decks(store):
    store.sync_cards("d", [card("a"), card("b")])
    store.sync_cards("e", [card("x", deck="e")])
    moved = Card(
        id=cid("a"), deck="d", kind="typed", front="q", back="a",
        sibling="d/new", topic="t2/r", topic_label="New",
    )
    assert store.sync_cards("d", [card("b"), moved]) == SyncResult(0, 0, 0)
    r = row(store, cid("a"))
    assert (r["kind"], r["sibling"], r["topic"], r["topic_label"], r["ord"]) == (
        "typed", "d/new", "t2/r", "New", 1,
    )
    assert store.due_queue("d", DAY1) == [cid("b"), cid("a")]
    assert row(store, cid("x", "e"))["archived"] == 0
    with pytest.raises(ValueError):
        store.sync_cards("d", [card("x", deck="e")])


def test_sync_many_cards_is_bulk(store):
    cards = [card(f"c{i}", sibling=f"s{i // 4}") for i in range(5000)]
    assert store.sync_cards("d", cards).added == 5000
    assert store.db.execute("SELECT max(ord) FROM cards").fetchone()[0] == 4999
    assert store.sync_cards("d", cards[:4000]).archived == 1000


# --------------------------------------------------------------------------- reviews and queue


def test_new_review_moves_due(store):
    store.sync_cards("d", [card("a")])
    assert store.due_queue("d", DAY1) == [cid("a")]

    result = store.record_review(cid("a"), 3, DAY1, duration_ms=1234, answer="x", correct=True)
    assert isinstance(result, ReviewResult)
    assert result.due == DAY1 + timedelta(minutes=10)
    assert result.interval == timedelta(minutes=10)
    assert store.due_queue("d", DAY1 + timedelta(minutes=5)) == []
    assert store.due_queue("d", DAY1 + timedelta(minutes=11)) == [cid("a")]

    result = store.record_review(cid("a"), 3, DAY1 + timedelta(minutes=11))
    assert result.interval >= timedelta(days=1)
    states = store.card_states([cid("a"), "d/fact/unknown"])
    assert list(states) == [cid("a")]
    s = states[cid("a")]
    assert s["state"] == REVIEW and s["reps"] == 2 and s["lapses"] == 0
    assert s["due"] == result.due and s["last_review"] == DAY1 + timedelta(minutes=11)
    assert store.due_queue("d", result.due - timedelta(seconds=1)) == []
    assert store.due_queue("d", result.due) == [cid("a")]

    rev = store.reviews(cid("a"))[0]
    assert (rev["rating"], rev["mode"], rev["scheduled"], rev["answer"], rev["correct"]) == (
        3, "study", 1, "x", 1,
    )
    assert rev["duration_ms"] == 1234 and rev["reviewed_at"] == iso(DAY1)
    assert json.loads(rev["state_before"])["state"] == NEW


def test_record_review_validates(store):
    store.sync_cards("d", [card("a")])
    with pytest.raises(ValueError):
        store.record_review(cid("a"), 5, DAY1)
    with pytest.raises(StoreError, match="unknown card"):
        store.record_review("d/fact/nope", 3, DAY1)
    with pytest.raises(ValueError):
        store.record_review(cid("a"), 3, datetime(2024, 5, 1, 9, 0))  # naive
    assert review_count(store) == 0


def test_queue_orders_due_cards_by_due_then_new_in_deck_order(store):
    store.sync_cards("d", [card(k) for k in "abcdef"])
    # Easy on a new card: review state, due 8+ days later. Reviewed on three days.
    store.record_review(cid("c"), 4, DAY1)
    store.record_review(cid("a"), 4, DAY1 + timedelta(days=1))
    store.record_review(cid("b"), 4, DAY1 + timedelta(days=2))
    # a learning card, due 10 minutes after its review
    store.record_review(cid("e"), 3, DAY1 + timedelta(days=15))
    later = DAY1 + timedelta(days=20)
    assert store.due_queue("d", later) == [cid(k) for k in "cabedf"]
    assert store.due_queue("d", later, limit=2) == [cid("c"), cid("a")]
    assert store.due_queue("d", later, limit=5) == [cid(k) for k in "cabed"]
    assert store.due_queue("d", later, new_limit=0) == [cid(k) for k in "cabe"]


def test_new_per_day_limit_across_calls_and_next_day(store):
    store.set_setting("new_per_day", 3)
    keys = [f"n{i}" for i in range(10)]
    store.sync_cards("d", [card(k) for k in keys])
    assert store.due_queue("d", DAY1) == [cid(k) for k in keys[:3]]

    store.record_review(cid("n0"), 4, DAY1)  # Easy: due in days, not again today
    store.record_review(cid("n1"), 4, DAY1 + timedelta(minutes=1))
    later = DAY1 + timedelta(hours=3)
    assert store.due_queue("d", later) == [cid("n2")]
    assert store.new_left_today("d", later) == 1
    assert store.stats("d", now=later).new_left_today == 1

    store.record_review(cid("n2"), 4, later)
    evening = DAY1.replace(hour=23, minute=59)
    assert store.due_queue("d", evening) == []
    assert store.due_queue("d", evening, new_limit=2) == [cid("n3"), cid("n4")]  # "more today"

    assert store.due_queue("d", DAY2) == [cid(k) for k in keys[3:6]]
    assert store.new_left_today("d", DAY2) == 3


def test_cram_review_does_not_count_as_new(store):
    store.set_setting("new_per_day", 1)
    store.sync_cards("d", [card("a"), card("b")])
    store.record_review(cid("a"), 3, DAY1, mode="cram")
    assert store.due_queue("d", DAY1) == [cid("a")]


def test_day_boundary_uses_store_time_zone(tmp_path):
    minus4 = timezone(timedelta(hours=-4))
    with Store.open(tmp_path / "p.db", tz=minus4) as s:
        s.set_setting("new_per_day", 1)
        s.sync_cards("d", [card("a"), card("b")])
        s.record_review(cid("a"), 4, datetime(2024, 5, 1, 23, 0, tzinfo=UTC))  # 19:00 local
        # 02:00 UTC on May 2 is still May 1 locally: the day's one new card is used
        assert s.due_queue("d", datetime(2024, 5, 2, 2, 0, tzinfo=UTC)) == []
        assert s.due_queue("d", datetime(2024, 5, 2, 4, 0, tzinfo=UTC)) == [cid("b")]


def test_day_boundary_defaults_to_local_time(tmp_path, monkeypatch):
    if not hasattr(time, "tzset"):
        pytest.skip("needs time.tzset")
    monkeypatch.setenv("TZ", "BQT+4")  # POSIX rule: UTC-4, no tz database needed
    time.tzset()
    try:
        with Store.open(tmp_path / "p.db") as s:
            s.set_setting("new_per_day", 1)
            s.sync_cards("d", [card("a"), card("b")])
            s.record_review(cid("a"), 4, datetime(2024, 5, 1, 23, 0, tzinfo=UTC))
            assert s.due_queue("d", datetime(2024, 5, 2, 2, 0, tzinfo=UTC)) == []
            assert s.due_queue("d", datetime(2024, 5, 2, 4, 0, tzinfo=UTC)) == [cid("b")]
            per_day = s.stats("d", now=datetime(2024, 5, 2, 2, 0, tzinfo=UTC)).per_day
            assert max(per_day) == "2024-05-01" and per_day["2024-05-01"] == 1
    finally:
        monkeypatch.undo()
        time.tzset()


def test_siblings_one_per_group_and_hidden_the_same_day(store):
    store.sync_cards(
        "d",
        [card("a1", sibling="row-a"), card("a2", sibling="row-a"), card("b1", sibling="row-b"),
         card("x", sibling=""), card("y", sibling="")],
    )
    # one card per sibling group; an empty sibling key is a group of its own
    assert store.due_queue("d", DAY1) == [cid("a1"), cid("b1"), cid("x"), cid("y")]

    store.record_review(cid("a1"), 4, DAY1)
    assert store.due_queue("d", DAY1 + timedelta(hours=1)) == [cid("b1"), cid("x"), cid("y")]
    assert store.due_queue("d", DAY2) == [cid("a2"), cid("b1"), cid("x"), cid("y")]

    # a learning card stays in its own queue, its sibling stays hidden
    store.record_review(cid("b1"), 1, DAY2)
    assert store.due_queue("d", DAY2 + timedelta(minutes=2))[:1] == [cid("b1")]
    assert store.due_queue("d", DAY2 + timedelta(minutes=2)) == [cid("b1"), cid("a2"), cid("x"), cid("y")]


def test_focus_topic(store):
    store.sync_cards(
        "d",
        [card("a", topic="cmp/model"), card("b", topic="cmp/order"), card("c", topic="use/x"),
         card("d", topic="cmpx/y")],
    )
    assert store.due_queue("d", DAY1, focus_topic="cmp/order") == [cid("b")]
    assert store.due_queue("d", DAY1, focus_topic="cmp") == [cid("a"), cid("b")]
    assert store.cram_queue("d", focus_topic="use") == [cid("c")]


def test_undo_restores_exact_state_and_deletes_row(store):
    store.sync_cards("d", [card("a"), card("b")])
    new_row = row(store, cid("a"))
    first = store.record_review(cid("a"), 3, DAY1).review_id
    second = store.record_review(cid("a"), 3, DAY1 + timedelta(minutes=10)).review_id
    mid = row(store, cid("a"))
    third = store.record_review(cid("a"), 1, DAY1 + timedelta(days=3)).review_id
    assert row(store, cid("a"))["lapses"] == 1
    assert review_count(store) == 3

    assert store.undo_review(third) == cid("a")
    assert row(store, cid("a")) == mid
    assert review_count(store) == 2
    assert store.undo_review(second) == cid("a")
    assert store.undo_review(first) == cid("a")
    assert row(store, cid("a")) == new_row  # back to new: first_review cleared too
    assert review_count(store) == 0
    assert store.new_left_today("d", DAY1) == 20
    with pytest.raises(StoreError, match=f"answer {first} is no longer in the database"):
        store.undo_review(first)
    # review ids are never reused after an undo
    assert store.record_review(cid("b"), 3, DAY1).review_id == 4


def test_undo_of_one_terminal_leaves_the_other_terminals_review(tmp_path):
    path = tmp_path / "shared.db"
    with Store.open(path, tz=UTC) as a, Store.open(path, tz=UTC) as b:
        a.sync_cards("d", [card("x"), card("y")])
        before_x = row(a, cid("x"))
        mine = a.record_review(cid("x"), 3, DAY1).review_id
        theirs = b.record_review(cid("y"), 4, DAY1 + timedelta(minutes=1)).review_id
        after_y = row(b, cid("y"))
        assert a.undo_review(mine) == cid("x")
        assert row(a, cid("x")) == before_x
        assert a.reviews(cid("x")) == []
        assert [r["id"] for r in b.reviews(cid("y"))] == [theirs]
        assert review_count(b) == 1 and row(b, cid("y")) == after_y


def test_undo_is_refused_when_the_card_was_answered_again_since(tmp_path):
    """Restoring the state from before A's answer would silently undo B's newer one."""
    path = tmp_path / "shared.db"
    with Store.open(path, tz=UTC) as a, Store.open(path, tz=UTC) as b:
        a.sync_cards("d", [card("x")])
        mine = a.record_review(cid("x"), 3, DAY1).review_id
        b.record_review(cid("x"), 1, DAY1 + timedelta(minutes=1))
        after_b = row(b, cid("x"))
        with pytest.raises(StoreError, match="answered again after you"):
            a.undo_review(mine)
        assert review_count(a) == 2 and row(a, cid("x")) == after_b


def test_undo_after_an_unscheduled_review_of_the_same_card(store):
    """A cram or quiz answer never moved the card: it neither blocks an undo nor is
    rewound by its own (its state_before may be stale once an earlier review is undone)."""
    store.sync_cards("d", [card("x")])
    new_row = row(store, cid("x"))
    studied = store.record_review(cid("x"), 3, DAY1).review_id
    quizzed = store.record_review(cid("x"), 1, DAY1, mode="quiz", schedule=False).review_id
    assert store.undo_review(studied) == cid("x")
    assert row(store, cid("x")) == new_row
    assert store.undo_review(quizzed) == cid("x")
    assert row(store, cid("x")) == new_row and review_count(store) == 0


def test_cram_does_not_change_schedule(store):
    store.sync_cards("d", [card(k) for k in "abcd"])
    store.record_review(cid("a"), 4, DAY1)  # easy: high stability
    store.record_review(cid("b"), 1, DAY1)  # again: low stability
    store.record_review(cid("c"), 3, DAY1)
    # hardest first: lowest stability, then never seen (d)
    assert store.cram_queue("d") == [cid("b"), cid("c"), cid("a"), cid("d")]
    assert store.cram_queue("d", limit=2) == [cid("b"), cid("c")]

    before = {k: row(store, cid(k)) for k in "abd"}
    r1 = store.record_review(cid("a"), 1, DAY1 + timedelta(hours=1), mode="cram")
    r2 = store.record_review(cid("d"), 3, DAY1 + timedelta(hours=1), mode="cram", schedule=True)
    store.record_review(cid("b"), 4, DAY1 + timedelta(hours=1), mode="quiz", schedule=False)
    assert {k: row(store, cid(k)) for k in "abd"} == before
    assert r1.due is not None and iso(r1.due) == before["a"]["due"]
    assert r2.due is None and r2.interval is None
    rows = list(store.db.query("SELECT mode, scheduled FROM reviews WHERE id > 3 ORDER BY id"))
    assert rows == [
        {"mode": "cram", "scheduled": 0},
        {"mode": "cram", "scheduled": 0},
        {"mode": "quiz", "scheduled": 0},
    ]


def test_preview_new_card_four_increasing_intervals(store):
    store.sync_cards("d", [card("a")])
    p = store.preview(cid("a"), DAY1)
    assert list(p) == [1, 2, 3, 4]
    values = list(p.values())
    assert values == sorted(values) and len(set(values)) == 4
    result = store.record_review(cid("a"), 4, DAY1)
    assert result.interval == p[4]


def test_desired_retention_setting_changes_intervals(store):
    store.sync_cards("d", [card("a")])
    default = store.preview(cid("a"), DAY1)[4]
    store.set_setting("desired_retention", 0.97)
    assert store.preview(cid("a"), DAY1)[4] < default


def test_leech_flagged_and_still_shown(store):
    store.sync_cards("d", [card("a")])
    now = DAY1
    store.record_review(cid("a"), 4, now)  # straight to review state
    for _ in range(8):
        now = row_due(store, cid("a"))
        store.record_review(cid("a"), 1, now)  # lapse -> relearning
        now = row_due(store, cid("a"))
        store.record_review(cid("a"), 3, now)  # back to review
    s = store.card_states([cid("a")])[cid("a")]
    assert s["lapses"] == 8 and s["leech"] is True
    due = row_due(store, cid("a"))
    assert store.due_queue("d", due) == [cid("a")]
    assert store.stats("d", now=due).leeches == 1


def row_due(store: Store, card_id: str) -> datetime:
    return store.card_states([card_id])[card_id]["due"]


# --------------------------------------------------------------------------- stats


def test_stats_on_known_history(store):
    store.sync_cards("d", [card(k) for k in "abcef"])
    at = lambda day, h, m=0: datetime(2024, 5, day, h, m, tzinfo=UTC)  # noqa: E731
    store.record_review(cid("a"), 3, at(8, 10))
    store.record_review(cid("a"), 3, at(8, 10, 10))  # review state, due May 10 10:10
    store.record_review(cid("b"), 1, at(9, 9))
    store.record_review(cid("b"), 4, at(9, 9, 1))  # review state, due May 10 09:01
    store.record_review(cid("a"), 1, at(10, 11))  # lapse: relearning, due 11:10
    store.record_review(cid("c"), 4, at(10, 11, 45))  # new card, easy: due in 8 days
    store.record_review(cid("b"), 2, at(10, 11, 30), mode="cram")
    store.sync_cards("d", [card(k) for k in "abcf"])  # e archived
    store.sync_cards("other", [card("z", deck="other")])
    store.record_review(cid("z", "other"), 3, at(10, 8))

    s = store.stats("d", now=at(10, 12))
    assert s.reviews == 7
    assert s.cards == 4
    assert s.seen == 3
    assert s.new == 1
    assert s.due == 2  # a (11:10) and b (09:01)
    assert s.due_today == 2
    assert s.new_left_today == 1  # 19 allowed, 1 new card left
    assert s.retention_30d == pytest.approx(4 / 6)  # scheduled only: 2 again of 6
    assert s.leeches == 0
    assert len(s.per_day) == 365
    assert min(s.per_day) == "2023-05-12" and max(s.per_day) == "2024-05-10"
    assert {k: v for k, v in s.per_day.items() if v} == {
        "2024-05-08": 2, "2024-05-09": 2, "2024-05-10": 3,
    }
    assert s.forecast == [2, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0]
    assert [(w.topic, w.misses, w.answers, w.lapses) for w in s.weakest] == [
        ("t/a", 1, 3, 1),  # a lapse
        ("t/b", 1, 3, 0),  # an Again on a new card is a miss too (no lapse)
    ]
    assert s.weakest[0].by_mode == {"study": 1} and s.weakest[0].answers == 3

    everything = store.stats(now=at(10, 12))
    assert everything.reviews == 8 and everything.cards == 5
    assert everything.per_day["2024-05-10"] == 4

    # a month later: no reviews in the last 30 days
    assert store.stats("d", now=at(10, 12) + timedelta(days=40)).retention_30d is None
    store.set_setting("new_per_day", 1)
    assert store.stats("d", now=at(10, 12)).new_left_today == 0


def test_stats_empty(store):
    s = store.stats("d", DAY1)
    assert s == store.stats("d", now=DAY1)
    with pytest.raises(TypeError):
        store.stats("d")
    assert s.reviews == 0 and s.cards == 0 and s.retention_30d is None
    assert s.forecast == [0] * 14 and s.weakest == []


# --------------------------------------------------------------------------- settings, interviews


def test_settings(store):
    assert store.get_setting("new_per_day") == 20
    assert store.get_setting("desired_retention") == 0.9
    assert store.get_setting("missing") is None
    assert store.get_setting("missing", {"x": 1}) == {"x": 1}
    store.set_setting("theme", {"dark": True, "accent": [1, 2]})
    store.set_setting("new_per_day", 7)
    assert store.get_setting("theme") == {"dark": True, "accent": [1, 2]}
    assert store.new_per_day == 7


def test_interviews(store):
    first = store.save_interview(
        "d", started_at=DAY1, finished_at=DAY1 + timedelta(minutes=20), score=0.75,
        questions=8, report={"weak": ["t/a"]},
    )
    second = store.save_interview("e", started_at=DAY2)
    assert first != second
    [d] = store.interviews("d")
    assert d["id"] == first and d["score"] == 0.75 and d["questions"] == 8
    assert d["started_at"] == DAY1 and d["finished_at"] == DAY1 + timedelta(minutes=20)
    assert d["report"] == {"weak": ["t/a"]}
    assert [i["id"] for i in store.interviews()] == [second, first]


# --------------------------------------------------------------------------- concurrency, durability


def test_two_stores_on_one_file_write_alternately(tmp_path):
    path = tmp_path / "shared.db"
    one, two = Store.open(path, tz=UTC), Store.open(path, tz=UTC)
    try:
        one.sync_cards("d", [card(k) for k in "abcd"])
        t = DAY1
        for i, k in enumerate("abcd"):
            writer = (one, two)[i % 2]
            writer.record_review(cid(k), 3, t + timedelta(minutes=i))
            writer.set_setting(f"k{i}", i)
        # a reader in the middle of a query does not block the other's writes
        cursor = one.db.execute("SELECT id FROM cards")
        cursor.fetchone()
        two.record_review(cid("a"), 3, t + timedelta(minutes=11))
        cursor.fetchall()
        one.sync_cards("d", [card(k) for k in "abcde"])
        assert review_count(one) == review_count(two) == 5
        assert two.get_setting("k2") == 2 and one.get_setting("k3") == 3
        assert two.undo_review(5) == cid("a")
        assert one.card_states([cid("a")])[cid("a")]["state"] == LEARNING
        assert two.due_queue("d", t + timedelta(hours=1))[-1] == cid("e")
    finally:
        one.close()
        two.close()


CHILD = textwrap.dedent(
    """
    import sys
    from datetime import datetime, timezone
    from brokerquiz.core.model import Card
    from brokerquiz.core.store.facade import Store

    store = Store.open(sys.argv[1], tz=timezone.utc)
    store.sync_cards("d", [Card(id="d/fact/a", deck="d", kind="fact", front="q", back="a",
                                sibling="d/t/a", topic="t/a", topic_label="A")])
    now = datetime(2024, 5, 1, 9, 0, tzinfo=timezone.utc)
    store.record_review("d/fact/a", 1, now, answer="kafka", duration_ms=4200)
    result = store.record_review("d/fact/a", 3, now.replace(minute=2))
    print("recorded", result.review_id, flush=True)
    sys.stdin.read()  # wait here until killed
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_kill_9_right_after_record_review_loses_nothing(tmp_path):
    path = tmp_path / "progress.db"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
        cwd=str(tmp_path),
    )
    try:
        line = proc.stdout.readline().decode()
        assert line.split() == ["recorded", "2"], line
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdin.close()
        proc.stdout.close()

    with Store.open(path, tz=UTC) as s:
        reviews = s.reviews("d/fact/a")
        assert [(r["rating"], r["answer"], r["duration_ms"]) for r in reviews] == [
            (1, "kafka", 4200),
            (3, None, 0),
        ]
        state = s.card_states(["d/fact/a"])["d/fact/a"]
        assert state["reps"] == 2 and state["state"] == LEARNING
        assert state["due"] == DAY1 + timedelta(minutes=12)
        assert s.undo_review(2) == "d/fact/a"
        assert s.card_states(["d/fact/a"])["d/fact/a"]["due"] == DAY1 + timedelta(minutes=1)


def test_relearning_state_constant_matches_fsrs(store):
    store.sync_cards("d", [card("a")])
    store.record_review(cid("a"), 4, DAY1)
    store.record_review(cid("a"), 1, DAY1 + timedelta(days=10))
    assert store.card_states([cid("a")])[cid("a")]["state"] == RELEARNING


# --------------------------------------------------------------------------- module layout


def test_names_importable_from_the_store_before_its_split_still_are():
    """store.py is the facade: what callers imported from it still comes from it, and is
    the very object the focused modules use (so `except StoreError` catches theirs too)."""
    import brokerquiz.core.store.facade as store_module
    from brokerquiz.core.store import reviews as store_reviews, schema as store_schema, types as store_types

    names = {
        "APPLICATION_ID": store_schema,
        "BUSY_TIMEOUT_MS": store_schema,
        "MIGRATIONS": store_schema,
        "SCHEMA_VERSION": store_schema,
        "SQLITE_HEADER": store_schema,
        "STATE_COLUMNS": store_reviews,
        "StoreError": store_types,
        "SyncResult": store_types,
        "ReviewResult": store_types,
    }
    for name, home in names.items():
        assert getattr(store_module, name) is getattr(home, name), name
    assert store_module.DEFAULT_SETTINGS["new_per_day"] == 20


def test_an_unknown_card_is_a_store_error(store):
    with pytest.raises(StoreError, match="unknown card d/fact/nope"):
        store.record_review(cid("nope"), 3, DAY1)
    with pytest.raises(StoreError, match="unknown card"):
        store.preview(cid("nope"), DAY1)
    assert store.reviews(cid("nope")) == []
