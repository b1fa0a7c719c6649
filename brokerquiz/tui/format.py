"""Presentation helpers shared by the faces: plain text, no Textual or Rich, so the command line
can use them too."""

from __future__ import annotations

from datetime import timedelta


def format_interval(td: timedelta) -> str:
    """A short human interval: '<1m', '10m', '1.5h', '3d', '3.5mo', '1.2y'."""
    seconds = td.total_seconds()
    if seconds < 59.5:
        return "<1m"
    units = (
        ("m", 60.0, 60),  # show minutes while the rounded value is below 60
        ("h", 3600.0, 24),
        ("d", 86400.0, 30),
        ("mo", 86400.0 * 30, 12),
    )
    for suffix, size, limit in units:
        text = _number(seconds / size)
        if float(text) < limit:
            return text + suffix
    return _number(seconds / (86400.0 * 365)) + "y"


def _number(value: float) -> str:
    """One decimal below 10 ('3.5', '2'), whole numbers above ('12')."""
    if round(value, 1) < 10:
        return f"{value:.1f}".rstrip("0").rstrip(".")
    return str(round(value))
