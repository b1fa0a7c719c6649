"""The FSRS wrapper: deterministic reviews, previews and interval labels."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from brokerquiz.core.clock import iso, parse_iso
from brokerquiz.core.scheduler import (
    LEARNING,
    NEW,
    RELEARNING,
    REVIEW,
    Scheduler,
)
from brokerquiz.tui.format import format_interval

NOW = datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc)


def graduate(s: Scheduler, now: datetime = NOW) -> tuple[dict, datetime]:
    """New card -> Good -> Good: in review state."""
    state, due = s.review(None, 3, now)
    return s.review(state, 3, due)


def test_new_card_good_enters_learning_then_review():
    s = Scheduler()
    state, due = s.review(None, 3, NOW)
    assert state["state"] == LEARNING
    assert due == NOW + timedelta(minutes=10)
    assert state["due"] == iso(due) and state["last_review"] == iso(NOW)
    state2, due2 = s.review(state, 3, due)
    assert state2["state"] == REVIEW
    assert due2 - due >= timedelta(days=1)


def test_again_on_review_card_relearns():
    s = Scheduler()
    state, due = graduate(s)
    later = due + timedelta(days=1)
    state2, due2 = s.review(state, 1, later)
    assert state2["state"] == RELEARNING
    assert due2 == later + timedelta(minutes=10)


def test_deterministic_no_fuzz():
    s = Scheduler()
    state, due = graduate(s)
    results = set()
    for _ in range(20):
        st, d = state, due
        for _ in range(4):  # long intervals are where fuzz would show
            st, d = s.review(st, 3, d)
        results.add((json.dumps(st, sort_keys=True), d))
    assert len(results) == 1
    assert next(iter(results))[1] - due > timedelta(days=30)


def test_state_is_json_round_trippable():
    s = Scheduler()
    state, due = graduate(s)
    copy = json.loads(json.dumps(state))
    assert s.review(copy, 2, due + timedelta(days=3)) == s.review(state, 2, due + timedelta(days=3))


def test_new_state_dict_counts_as_new():
    s = Scheduler()
    assert s.review({"state": NEW}, 3, NOW) == s.review(None, 3, NOW)


def test_preview_new_card_four_increasing_intervals():
    p = Scheduler().preview(None, NOW)
    assert list(p) == [1, 2, 3, 4]
    values = list(p.values())
    assert values == sorted(values) and len(set(values)) == 4
    assert p[1] == timedelta(minutes=1)
    assert p[3] == timedelta(minutes=10)
    assert p[4] >= timedelta(days=1)


def test_preview_matches_review():
    s = Scheduler()
    state, due = graduate(s)
    at = due + timedelta(days=2)
    p = s.preview(state, at)
    for rating in (1, 2, 3, 4):
        assert s.review(state, rating, at)[1] - at == p[rating]
    assert p[1] < p[2] <= p[3] < p[4]


def test_higher_retention_means_shorter_intervals():
    lo, hi = Scheduler(desired_retention=0.8), Scheduler(desired_retention=0.95)
    state, due = graduate(lo)
    at = due + timedelta(days=2)
    assert hi.preview(state, at)[3] < lo.preview(state, at)[3]


def test_times_are_utc_and_naive_is_refused():
    s = Scheduler()
    cest = timezone(timedelta(hours=2))
    state, due = s.review(None, 3, NOW.astimezone(cest))
    assert due.tzinfo == timezone.utc and due == NOW + timedelta(minutes=10)
    with pytest.raises(ValueError):
        s.review(None, 3, datetime(2024, 5, 1, 12, 0))


@pytest.mark.parametrize("rating", [0, 5, -1])
def test_bad_rating(rating):
    with pytest.raises(ValueError):
        Scheduler().review(None, rating, NOW)


def test_bad_retention():
    with pytest.raises(ValueError):
        Scheduler(desired_retention=1.5)


def test_iso_is_fixed_width_utc():
    a = iso(datetime(2024, 1, 1, tzinfo=timezone.utc))
    b = iso(datetime(2024, 1, 1, 0, 0, 0, 5, tzinfo=timezone.utc))
    assert len(a) == len(b) and a < b and a.endswith("+00:00")
    assert parse_iso(a) == datetime(2024, 1, 1, tzinfo=timezone.utc)
    assert parse_iso(None) is None


@pytest.mark.parametrize(
    "td, text",
    [
        (timedelta(seconds=0), "<1m"),
        (timedelta(seconds=30), "<1m"),
        (timedelta(minutes=1), "1m"),
        (timedelta(minutes=5, seconds=30), "5.5m"),
        (timedelta(minutes=10), "10m"),
        (timedelta(minutes=59, seconds=50), "1h"),
        (timedelta(minutes=90), "1.5h"),
        (timedelta(hours=23, minutes=59), "1d"),
        (timedelta(days=1), "1d"),
        (timedelta(days=3), "3d"),
        (timedelta(days=12), "12d"),
        (timedelta(days=105), "3.5mo"),
        (timedelta(days=400), "1.1y"),
        (timedelta(days=-1), "<1m"),
    ],
)
def test_format_interval(td, text):
    assert format_interval(td) == text
