"""The values the progress store hands back: its error and the results of a sync and a review.

They live apart from `store.py` so that the store's helper modules (schema checks, queues,
stats) can raise and return them without importing the `Store` class itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta


class StoreError(Exception):
    """A problem to show the user as is (bad file, newer schema, busy database...)."""


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
