"""Saved mock interviews: one row per interview, its report kept as JSON.

SQL over the store's sqlite3 connection; `Store.save_interview` wraps the insert in its
write transaction, `Store.interviews` reads them back.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from typing import Any

from ..clock import iso, parse_iso


def insert_interview(
    conn: sqlite3.Connection,
    deck_id: str,
    *,
    started_at: datetime,
    finished_at: datetime | None,
    score: float | None,
    questions: int,
    report: Any,
) -> int:
    """Insert one interview row (the caller holds the write transaction); returns its id."""
    return conn.execute(
        "INSERT INTO interviews (deck, started_at, finished_at, score, questions, report)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            deck_id,
            iso(started_at),
            iso(finished_at) if finished_at else None,
            score,
            int(questions),
            json.dumps(report),
        ],
    ).lastrowid


def saved_interviews(conn: sqlite3.Connection, deck_id: str | None = None) -> list[dict]:
    """Interview rows, newest first, with datetimes and the report decoded."""
    sql = "SELECT * FROM interviews"
    params: list = []
    if deck_id is not None:
        sql += " WHERE deck = ?"
        params.append(deck_id)
    cursor = conn.execute(sql + " ORDER BY started_at DESC, id DESC", params)
    columns = [d[0] for d in cursor.description]
    out = []
    for values in cursor:
        row = dict(zip(columns, values))
        row["started_at"] = parse_iso(row["started_at"])
        row["finished_at"] = parse_iso(row["finished_at"])
        row["report"] = json.loads(row["report"]) if row["report"] is not None else None
        out.append(row)
    return out
