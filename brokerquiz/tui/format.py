"""Presentation helpers shared by the faces: plain text, no Textual or Rich, so the command line
can use them too. Unit and calendar words are catalog strings (Russian in a Russian interface,
whatever the machine's locale)."""

from __future__ import annotations

from datetime import datetime, timedelta

from ..core.translate import N_, _
from .calendar_words import day_month_time

# the unit after a number: msgids are the English short forms
UNITS = (
    ("m", N_("{number}m"), 60.0, 60),  # show minutes while the rounded value is below 60
    ("h", N_("{number}h"), 3600.0, 24),
    ("d", N_("{number}d"), 86400.0, 30),
    ("mo", N_("{number}mo"), 86400.0 * 30, 12),
)
YEARS = N_("{number}y")


def format_interval(td: timedelta) -> str:
    """A short human interval: '<1m', '10m', '1.5h', '3d', '3.5mo', '1.2y' (in Russian
    '<1 мин', '10 мин', '1,5 ч', '3 д', ...)."""
    seconds = td.total_seconds()
    if seconds < 59.5:
        return _("<1m")
    for _suffix, unit, size, limit in UNITS:
        value = _rounded(seconds / size)
        if value < limit:
            return _(unit).format(number=_number(value))
    return _(YEARS).format(number=_number(_rounded(seconds / (86400.0 * 365))))


def _rounded(value: float) -> float:
    """One decimal below 10, whole numbers above."""
    return round(value, 1) if round(value, 1) < 10 else float(round(value))


def _number(value: float) -> str:
    """'3.5', '2', '12' (the decimal separator is the catalog's: '3,5' in Russian)."""
    if value >= 10 or value == int(value):
        return str(int(value))
    return format_decimal(value)


def format_decimal(value: float) -> str:
    """A number with one decimal: '2.5' ('2,5' in Russian: the catalog's separator)."""
    whole, tenth = f"{value:.1f}".split(".")
    # TRANSLATORS: a number with one decimal, as 1.5; keep the placeholders
    return _("{whole}.{tenth}").format(whole=whole, tenth=tenth)


def format_when(moment: datetime) -> str:
    """'Thu 03 Dec 01:04': calendar_words.day_month_time, the one form of a moment on every screen."""
    return day_month_time(moment)
