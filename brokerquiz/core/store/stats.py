"""Progress figures for the stats screen and `brokerquiz stats`: counts, reviews by source
(brokerquiz or Anki), reviews per day, the 14-day forecast, 30-day retention and the weakest
topics.

Weakest topics count every answer, whatever the mode: a review row (study, cram, quiz, Anki)
rated Again or graded wrong is a miss; an interview counts from its saved report, each topic
it scored once, a miss below `INTERVIEW_MISS` (the Again reviews an interview schedules are
left out, or its wrong answers would count twice). Ranked by misses, then the share missed.

Read-only SQL over the store's sqlite3 connection; `Store.stats` is the entry point.
"""

from __future__ import annotations

import bisect
import sqlite3
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta, tzinfo
from typing import Any

from ..clock import iso
from .queue import day_bounds, day_start, new_reviewed_today, today

PER_DAY_DAYS = 365  # reviews per day: the last year, today included
FORECAST_DAYS = 14  # cards due per day: today (with the overdue ones) and the next 13
WEAKEST_TOPICS = 10
INTERVIEW_MISS = 0.5  # an interview topic scored below this is a miss
INTERVIEW_MODE = "interview"  # as core/sessions/interview/session.py records it (not imported: it pulls the grader in)


@dataclass(frozen=True)
class WeakTopic:
    """One of the weakest topics: its misses over every mode (`by_mode`: misses per mode)."""

    deck: str
    topic: str  # "table/row": what `study --focus` takes
    topic_label: str
    misses: int
    answers: int
    by_mode: dict[str, int]
    lapses: int


@dataclass(frozen=True)
class DeckStats:
    """What `Store.stats` counts, as of its `now` (see the field comments)."""

    reviews: int  # all review rows
    by_source: dict[str, int]  # {"brokerquiz": n, "anki": n}: Anki's brought back by `import anki`
    cards: int  # active cards
    seen: int
    new: int
    due: int  # due now
    due_today: int  # due before tomorrow
    new_left_today: int
    retention_30d: float | None  # share of scheduled reviews of the last 30 days rated >= 2
    leeches: int
    per_day: dict[str, int]  # ISO date -> reviews, the last PER_DAY_DAYS days, today included
    forecast: list[int]  # FORECAST_DAYS counts: due on each day from today (today: overdue too)
    weakest: list[WeakTopic]  # up to WEAKEST_TOPICS, most misses first

    def as_dict(self) -> dict[str, Any]:
        """The figures as plain JSON-able data (`brokerquiz stats --json`)."""
        return asdict(self)


class _Query:
    """Scalar and row reads over one connection, optionally kept to one deck."""

    def __init__(self, conn: sqlite3.Connection, deck_id: str | None) -> None:
        self.conn = conn
        self.deck_sql, self.deck_params = (" AND deck = ?", [deck_id]) if deck_id is not None else ("", [])

    def one(self, sql: str, params: Sequence = ()) -> Any:
        """The first column of the first row of `sql` + the deck filter."""
        return self.row(sql, params)[0]

    def row(self, sql: str, params: Sequence = ()) -> Any:
        return self.conn.execute(sql + self.deck_sql, [*params, *self.deck_params]).fetchone()

    def rows(self, sql: str, params: Sequence = ()) -> Any:
        return self.conn.execute(sql + self.deck_sql, [*params, *self.deck_params])


def deck_stats(
    conn: sqlite3.Connection, deck_id: str | None, now: datetime, *, tz: tzinfo | None, new_per_day: int
) -> DeckStats:
    """The figures `Store.stats` documents, for one deck or (deck_id None) all decks.

    `now` is in UTC; "today" is its calendar day in `tz`.
    """
    q = _Query(conn, deck_id)
    cards, seen, new, leeches = q.row(
        "SELECT count(*), coalesce(sum(state > 0), 0), coalesce(sum(state = 0), 0),"
        " coalesce(sum(leech), 0) FROM cards WHERE archived = 0"
    )
    due_sql = "SELECT count(*) FROM cards WHERE archived = 0 AND state > 0 AND due "
    reviews = q.one("SELECT count(*) FROM reviews WHERE 1")
    # imported reviews are the ones with Anki's revlog id (the partial index idx_reviews_anki)
    from_anki = q.one("SELECT count(*) FROM reviews WHERE anki_id IS NOT NULL")
    return DeckStats(
        reviews=reviews,
        by_source={"brokerquiz": reviews - from_anki, "anki": from_anki},
        cards=cards,
        seen=seen,
        new=new,
        due=q.one(due_sql + "<= ?", [iso(now)]),
        due_today=q.one(due_sql + "< ?", [day_bounds(now, tz)[1]]),
        new_left_today=_new_left_today(conn, deck_id, now, tz, new_per_day),
        retention_30d=_retention(q, now),
        leeches=leeches,
        per_day=_per_day(q, now, tz),
        forecast=_forecast(q, now, tz),
        weakest=weakest_topics(conn, deck_id),
    )


def _new_left_today(
    conn: sqlite3.Connection, deck_id: str | None, now: datetime, tz: tzinfo | None, new_per_day: int
) -> int:
    """The new cards `new_per_day` still allows today, summed over the decks."""
    start, end = day_bounds(now, tz)
    decks = [deck_id] if deck_id is not None else [
        r[0] for r in conn.execute("SELECT DISTINCT deck FROM cards WHERE archived = 0")
    ]
    left = 0
    for deck in decks:
        available = conn.execute(
            "SELECT count(*) FROM cards WHERE deck = ? AND archived = 0 AND state = 0", [deck]
        ).fetchone()[0]
        left += min(available, max(0, new_per_day - new_reviewed_today(conn, deck, start, end)))
    return left


def _retention(q: _Query, now: datetime) -> float | None:
    """The share of the last 30 days' scheduled reviews rated >= 2 (None without any)."""
    total, passed = q.row(
        "SELECT count(*), coalesce(sum(rating >= 2), 0) FROM reviews"
        " WHERE scheduled = 1 AND reviewed_at >= ?",
        [iso(now - timedelta(days=30))],
    )
    return passed / total if total else None


def _per_day(q: _Query, now: datetime, tz: tzinfo | None) -> dict[str, int]:
    """Reviews per local day: one index range count per day (exact across DST changes)."""
    day = today(now, tz)
    days = [day - timedelta(days=PER_DAY_DAYS - 1 - i) for i in range(PER_DAY_DAYS)]
    bounds = [iso(day_start(d, tz)) for d in days] + [day_bounds(now, tz)[1]]
    sql = "SELECT count(*) FROM reviews WHERE reviewed_at >= ? AND reviewed_at < ?"
    return {d.isoformat(): q.one(sql, [bounds[i], bounds[i + 1]]) for i, d in enumerate(days)}


def _forecast(q: _Query, now: datetime, tz: tzinfo | None) -> list[int]:
    """Cards due on each of the next FORECAST_DAYS local days, the overdue ones today."""
    day = today(now, tz)
    ends = [iso(day_start(day + timedelta(days=i + 1), tz)) for i in range(FORECAST_DAYS)]
    forecast = [0] * FORECAST_DAYS
    for (due,) in q.rows("SELECT due FROM cards WHERE archived = 0 AND state > 0 AND due < ?", [ends[-1]]):
        forecast[bisect.bisect_right(ends, due)] += 1
    return forecast


def weakest_topics(conn: sqlite3.Connection, deck_id: str | None) -> list[WeakTopic]:
    """Up to WEAKEST_TOPICS topics of active cards with the most misses, most first."""
    deck_sql, deck_params = (" AND c.deck = ?", [deck_id]) if deck_id is not None else ("", [])
    topics: dict[tuple[str, str], dict] = {}
    for deck, topic, label, lapses in conn.execute(
        "SELECT c.deck, c.topic, max(c.topic_label), sum(c.lapses) FROM cards AS c"
        " WHERE c.archived = 0" + deck_sql + " GROUP BY c.deck, c.topic",
        deck_params,
    ):
        topics[(deck, topic)] = {
            "deck": deck, "topic": topic, "topic_label": label, "misses": 0, "answers": 0,
            "by_mode": {}, "lapses": lapses,
        }

    def count(key: tuple[str, str], mode: str, answers: int, misses: int) -> None:
        entry = topics.get(key)
        if entry is None:  # a topic the deck no longer has
            return
        entry["answers"] += answers
        entry["misses"] += misses
        if misses:
            entry["by_mode"][mode] = entry["by_mode"].get(mode, 0) + misses

    for deck, topic, mode, answers, misses in conn.execute(
        "SELECT c.deck, c.topic, r.mode, count(*), sum(r.rating = 1 OR coalesce(r.correct, 1) = 0)"
        " FROM reviews AS r JOIN cards AS c ON c.id = r.card_id"
        " WHERE c.archived = 0 AND r.mode != ?" + deck_sql + " GROUP BY c.deck, c.topic, r.mode",
        [INTERVIEW_MODE, *deck_params],
    ):
        count((deck, topic), mode, answers, misses)
    interview_sql = " AND i.deck = ?" if deck_id is not None else ""
    for deck, topic, score in conn.execute(
        "SELECT i.deck, json_extract(t.value, '$.topic'), json_extract(t.value, '$.score')"
        " FROM interviews AS i, json_each(CASE WHEN json_valid(i.report) THEN i.report"
        " ELSE '{}' END, '$.topics') AS t WHERE 1" + interview_sql,  # a damaged report: no rows
        deck_params,
    ):
        if isinstance(topic, str) and isinstance(score, (int, float)):
            count((deck, topic), INTERVIEW_MODE, 1, int(score < INTERVIEW_MISS))
    ranked = sorted(
        (t for t in topics.values() if t["misses"]),
        key=lambda t: (-t["misses"], -t["misses"] / t["answers"], t["deck"], t["topic"]),
    )
    return [WeakTopic(**t) for t in ranked[:WEAKEST_TOPICS]]
