"""The values the progress store hands back: its error (and sqlite3's errors turned into it)
and the results of a sync and a review.

They live apart from `store.py` so that the store's helper modules (schema checks, queues,
stats) can raise and return them without importing the `Store` class itself.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from ...errors import BrokerquizError
from ..translate import N_, _


class StoreError(BrokerquizError):
    """A problem to show the user as is (bad file, newer schema, busy database...)."""


# What sqlite3's error means for the user, by a fragment of its message (lower case); the first
# fragment found wins. The message keeps sqlite's own words after it, for a bug report.
SQLITE_FAILURES: tuple[tuple[str, str], ...] = (
    ("readonly", N_("read-only (the file or its folder), so progress cannot be saved; check the permissions")),
    ("malformed", N_("the database file is damaged; move it aside or restore a backup")),
    ("not a database", N_("not a brokerquiz database, or damaged")),
    ("no such table", N_("damaged or not a brokerquiz database: a table is missing")),
    ("no such column", N_("damaged or not a brokerquiz database: a column is missing")),
    ("disk is full", N_("the disk is full, so progress cannot be saved")),
    ("disk i/o error", N_("the disk failed while reading or writing the file")),
    ("unable to open", N_("cannot open the file; is its folder there and writable?")),
)
_LOCKED = ("locked", "busy")


def busy_error(path: Path) -> StoreError:
    """Another process holds the write lock longer than the busy timeout."""
    return StoreError(_("{name} is busy (another brokerquiz is writing); try again").format(name=path.name))


def sqlite_failure(path: Path, error: sqlite3.Error) -> StoreError:
    """sqlite3's `error` on the database at `path` as one line: "PATH: what happened (sqlite's words)"."""
    text = str(error)
    lowered = text.lower()
    if any(word in lowered for word in _LOCKED):
        return busy_error(path)
    what = next((m for fragment, m in SQLITE_FAILURES if fragment in lowered), N_("the database failed"))
    return StoreError(f"{path}: {_(what)} ({text})")


@dataclass(frozen=True)
class SyncResult:
    """What `Store.sync_cards` changed."""

    added: int  # new card ids registered
    archived: int  # ids no longer generated, now archived
    restored: int  # archived ids generated again, un-archived with their history


@dataclass(frozen=True)
class ReviewResult:
    """What `Store.record_review` wrote, and when the card comes back."""

    review_id: int
    due: datetime | None  # when the card is next due (None: a new card reviewed unscheduled)
    interval: timedelta | None  # due - now
