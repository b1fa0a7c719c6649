"""Take a current test database back to an older schema, as an older brokerquiz left it."""

from __future__ import annotations

import sqlite3


def back_to_schema_2(conn: sqlite3.Connection) -> None:
    """Undo migration 3 (new_ord, suspended, buried_until and the queue indexes over them)."""
    conn.execute("DROP INDEX idx_cards_due")
    conn.execute("DROP INDEX idx_cards_new")
    for column in ("new_ord", "suspended", "buried_until"):
        conn.execute(f"ALTER TABLE cards DROP COLUMN {column}")
    conn.execute(
        "CREATE INDEX idx_cards_due ON cards (deck, due, ord, sibling, id) WHERE archived = 0 AND state > 0"
    )
    conn.execute("CREATE INDEX idx_cards_new ON cards (deck, ord, sibling, id) WHERE archived = 0 AND state = 0")
    conn.execute("PRAGMA user_version = 2")
