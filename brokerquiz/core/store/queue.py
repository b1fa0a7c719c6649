"""What to study now: the due and cram queues, the daily new-card budget, and "today".

Plain functions over the store's sqlite3 connection (no sqlite-utils), because the study
queue is on the path to `brokerquiz study`'s first card; `Store` calls them with its own
connection, time zone and settings.

"Today" is the calendar day of `now` in the store's time zone `tz` (None: the system's
local zone), so new cards per day and the siblings rule follow the user's midnight.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta, tzinfo

from ..clock import iso

# --------------------------------------------------------------------------- days


def day_start(day: date, tz: tzinfo | None) -> datetime:
    """Midnight at the start of `day` in `tz` (None: local time, DST-aware)."""
    if tz is None:
        return datetime.combine(day, time()).astimezone()
    return datetime.combine(day, time(), tzinfo=tz)


def today(now: datetime, tz: tzinfo | None) -> date:
    """The calendar day of `now` in `tz` (None: local time)."""
    return now.astimezone(tz).date() if tz else now.astimezone().date()


def day_bounds(now: datetime, tz: tzinfo | None) -> tuple[str, str]:
    """UTC ISO text of the start of today and of tomorrow."""
    day = today(now, tz)
    return iso(day_start(day, tz)), iso(day_start(day + timedelta(days=1), tz))


# --------------------------------------------------------------------------- new cards


def new_reviewed_today(conn: sqlite3.Connection, deck_id: str, start: str, end: str) -> int:
    """How many of the deck's cards had their first scheduled review in [start, end)."""
    return conn.execute(
        "SELECT count(*) FROM cards WHERE deck = ? AND first_review >= ? AND first_review < ?",
        [deck_id, start, end],
    ).fetchone()[0]


def new_left_today(
    conn: sqlite3.Connection, deck_id: str, now: datetime, *, tz: tzinfo | None, new_per_day: int
) -> int:
    """How many new cards `new_per_day` still allows today for this deck."""
    start, end = day_bounds(now, tz)
    return max(0, new_per_day - new_reviewed_today(conn, deck_id, start, end))


# --------------------------------------------------------------------------- queues


def topic_filter(focus_topic: str | None) -> tuple[str, list]:
    """SQL matching a "table/row" topic exactly, or every row of a "table"."""
    if not focus_topic:
        return "", []
    prefix = focus_topic.rstrip("/") + "/"
    return " AND (topic = ? OR substr(topic, 1, ?) = ?)", [focus_topic, len(prefix), prefix]


def due_queue(
    conn: sqlite3.Connection,
    deck_id: str,
    now: datetime,
    *,
    tz: tzinfo | None,
    new_room: int,
    limit: int | None = None,
    focus_topic: str | None = None,
) -> list[str]:
    """Card ids to study now (`due_items` without the states)."""
    items = due_items(
        conn, deck_id, now, tz=tz, new_room=new_room, limit=limit, focus_topic=focus_topic
    )
    return [card_id for card_id, _ in items]


def _reviewed_today(conn: sqlite3.Connection, deck_id: str, start: str) -> dict[str, set[str]]:
    """Sibling group (the sibling key, or the card's id without one) -> its ids reviewed since `start`."""
    touched: dict[str, set[str]] = {}
    for card_id, sibling in conn.execute(
        "SELECT id, sibling FROM cards WHERE deck = ? AND last_review >= ?", [deck_id, start]
    ):
        touched.setdefault(sibling or card_id, set()).add(card_id)
    return touched


def due_items(
    conn: sqlite3.Connection,
    deck_id: str,
    now: datetime,
    *,
    tz: tzinfo | None,
    new_room: int,
    limit: int | None = None,
    focus_topic: str | None = None,
) -> list[tuple[str, int]]:
    """(card id, state) to study now: due cards earliest first, then at most `new_room` new
    ones in the interleaved order (`new_ord`). Suspended cards and cards buried past `now`
    are left out. The state (0 new, 1 learning, 2 review, 3 relearning) comes with the same
    index reads, so the study header's counts cost no query.

    The rules are documented on `Store.due_queue`, which works out `new_room`.
    """
    now_s = iso(now)
    start, _ = day_bounds(now, tz)
    topic_sql, topic_params = topic_filter(focus_topic)

    touched = _reviewed_today(conn, deck_id, start)
    queue: list[tuple[str, int]] = []
    groups: set[str] = set()

    def take(rows: Iterable[tuple[str, str, int, str | None]], room: int | None) -> None:
        taken = 0
        for card_id, sibling, state, buried_until in rows:
            if room is not None and taken >= room:
                return
            if buried_until is not None and buried_until > now_s:
                continue
            group = sibling or card_id
            if group in groups or touched.get(group, {card_id}) - {card_id}:
                continue
            groups.add(group)
            queue.append((card_id, state))
            taken += 1

    take(
        conn.execute(
            "SELECT id, sibling, state, buried_until FROM cards WHERE deck = ? AND archived = 0"
            f" AND state > 0 AND suspended = 0 AND due <= ?{topic_sql} ORDER BY due, ord",
            [deck_id, now_s, *topic_params],
        ),
        limit,
    )
    if limit is not None:
        new_room = min(new_room, limit - len(queue))
    if new_room > 0:
        take(
            conn.execute(
                "SELECT id, sibling, 0, buried_until FROM cards WHERE deck = ? AND archived = 0"
                f" AND state = 0 AND suspended = 0{topic_sql} ORDER BY new_ord, ord",
                [deck_id, *topic_params],
            ),
            new_room,
        )
    return queue


def cram_queue(
    conn: sqlite3.Connection, deck_id: str, limit: int | None = None, *, focus_topic: str | None = None,
    now: datetime | None = None,
) -> list[str]:
    """Active card ids hardest first, ignoring due dates and siblings; suspended cards and,
    given `now`, cards buried past it are left out (see `Store.cram_queue`)."""
    topic_sql, topic_params = topic_filter(focus_topic)
    bury_sql, bury_params = ("", []) if now is None else (" AND (buried_until IS NULL OR buried_until <= ?)", [iso(now)])
    sql = (
        f"SELECT id FROM cards WHERE deck = ? AND archived = 0 AND suspended = 0{bury_sql}"
        f"{topic_sql} ORDER BY stability IS NULL, stability, lapses DESC, ord"
    )
    params: list = [deck_id, *bury_params, *topic_params]
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [row[0] for row in conn.execute(sql, params)]
