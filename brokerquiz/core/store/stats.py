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
from datetime import datetime, timedelta, tzinfo
from typing import Any

from ..clock import iso
from .queue import day_bounds, day_start, new_reviewed_today, today

PER_DAY_DAYS = 365  # reviews per day: the last year, today included
FORECAST_DAYS = 14  # cards due per day: today (with the overdue ones) and the next 13
WEAKEST_TOPICS = 10
INTERVIEW_MISS = 0.5  # an interview topic scored below this is a miss
INTERVIEW_MODE = "interview"  # as core/sessions/interview/session.py records it (not imported: it pulls the grader in)


def deck_stats(
    conn: sqlite3.Connection, deck_id: str | None, now: datetime, *, tz: tzinfo | None, new_per_day: int
) -> dict:
    """The figures `Store.stats` documents, for one deck or (deck_id None) all decks.

    `now` is in UTC; "today" is its calendar day in `tz`.
    """
    deck_sql, deck_params = (" AND deck = ?", [deck_id]) if deck_id is not None else ("", [])
    start, end = day_bounds(now, tz)
    day = today(now, tz)

    def one(sql: str, params: Sequence = ()) -> Any:
        return conn.execute(sql, [*params]).fetchone()[0]

    active = "FROM cards WHERE archived = 0" + deck_sql
    counts = conn.execute(
        "SELECT count(*), coalesce(sum(state > 0), 0), coalesce(sum(state = 0), 0),"
        " coalesce(sum(leech), 0) " + active,
        deck_params,
    ).fetchone()
    due_now = one(
        "SELECT count(*) FROM cards WHERE archived = 0 AND state > 0 AND due <= ?" + deck_sql,
        [iso(now), *deck_params],
    )
    due_today = one(
        "SELECT count(*) FROM cards WHERE archived = 0 AND state > 0 AND due < ?" + deck_sql,
        [end, *deck_params],
    )

    new_left = 0
    decks = [deck_id] if deck_id is not None else [
        r[0] for r in conn.execute("SELECT DISTINCT deck FROM cards WHERE archived = 0")
    ]
    for deck in decks:
        available = one(
            "SELECT count(*) FROM cards WHERE deck = ? AND archived = 0 AND state = 0", [deck]
        )
        allowed = max(0, new_per_day - new_reviewed_today(conn, deck, start, end))
        new_left += min(available, allowed)

    scheduled_30d = conn.execute(
        "SELECT count(*), coalesce(sum(rating >= 2), 0) FROM reviews"
        " WHERE scheduled = 1 AND reviewed_at >= ?" + deck_sql,
        [iso(now - timedelta(days=30)), *deck_params],
    ).fetchone()
    retention = scheduled_30d[1] / scheduled_30d[0] if scheduled_30d[0] else None

    # per_day: one index range count per local day (exact across DST changes).
    days = [day - timedelta(days=PER_DAY_DAYS - 1 - i) for i in range(PER_DAY_DAYS)]
    bounds = [iso(day_start(d, tz)) for d in days] + [end]
    per_day_sql = "SELECT count(*) FROM reviews WHERE reviewed_at >= ? AND reviewed_at < ?" + deck_sql
    per_day = {
        d.isoformat(): one(per_day_sql, [bounds[i], bounds[i + 1], *deck_params])
        for i, d in enumerate(days)
    }

    forecast_ends = [iso(day_start(day + timedelta(days=i + 1), tz)) for i in range(FORECAST_DAYS)]
    forecast = [0] * FORECAST_DAYS
    for (due,) in conn.execute(
        "SELECT due FROM cards WHERE archived = 0 AND state > 0 AND due < ?" + deck_sql,
        [forecast_ends[-1], *deck_params],
    ):
        forecast[bisect.bisect_right(forecast_ends, due)] += 1

    weakest = weakest_topics(conn, deck_id)

    # imported reviews are the ones with Anki's revlog id (the partial index idx_reviews_anki)
    from_anki = one("SELECT count(*) FROM reviews WHERE anki_id IS NOT NULL" + deck_sql, deck_params)
    reviews = one("SELECT count(*) FROM reviews WHERE 1" + deck_sql, deck_params)
    return {
        "reviews": reviews,
        "by_source": {"brokerquiz": reviews - from_anki, "anki": from_anki},
        "cards": counts[0],
        "seen": counts[1],
        "new": counts[2],
        "due": due_now,
        "due_today": due_today,
        "new_left_today": new_left,
        "retention_30d": retention,
        "leeches": counts[3],
        "per_day": per_day,
        "forecast": forecast,
        "weakest": weakest,
    }


def weakest_topics(conn: sqlite3.Connection, deck_id: str | None) -> list[dict]:
    """Up to WEAKEST_TOPICS topics of active cards with the most misses: {deck, topic,
    topic_label, misses, answers, by_mode (misses per mode), lapses, reviews (= answers)}."""
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
    return [{**t, "reviews": t["answers"]} for t in ranked[:WEAKEST_TOPICS]]
