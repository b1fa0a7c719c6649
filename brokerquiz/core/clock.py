"""The clock, injected everywhere time matters, so tests run timed sessions instantly, and the
UTC helpers every stored time goes through (`iso` to write, `parse_iso` to read)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware UTC."""


class SystemClock:
    """The real time."""

    def now(self) -> datetime:
        return datetime.now(timezone.utc)


class FakeClock:
    """A clock that moves only when told to: for tests and benchmarks."""

    def __init__(self, start: datetime | None = None):
        self._now = start or datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)
        if self._now.tzinfo is None:
            raise ValueError("FakeClock needs a timezone-aware start")

    def now(self) -> datetime:
        return self._now

    def advance(self, seconds: float = 0, **kwargs: float) -> datetime:
        self._now += timedelta(seconds=seconds, **kwargs)
        return self._now

    def set(self, when: datetime) -> None:
        self._now = when


def to_utc(dt: datetime) -> datetime:
    """`dt` in UTC (tzinfo is exactly `timezone.utc`, as fsrs requires); naive is refused."""
    if dt.tzinfo is None or dt.tzinfo.utcoffset(dt) is None:
        raise ValueError(f"datetime must be timezone-aware, got naive {dt!r}")
    return dt.astimezone(timezone.utc)


def iso(dt: datetime) -> str:
    """Fixed-width UTC ISO text (microseconds always present), so text order is time order."""
    return to_utc(dt).isoformat(timespec="microseconds")


def parse_iso(text: str | None) -> datetime | None:
    """The inverse of `iso` (any ISO-8601 text with an offset); None stays None."""
    return to_utc(datetime.fromisoformat(text)) if text else None
