"""A GitHub-style calendar of reviews per day: weeks as columns, weekdays as rows."""

from __future__ import annotations

from datetime import date, timedelta

from textual.content import Content
from textual.widgets import Static

from ...core.translate import N_, _, ngettext, npgettext
from ..calendar_words import month_name

SHADES = ("░", "▒", "▓", "█")
EMPTY = "·"
DAY_LABELS = (N_("Mon"), "", N_("Wed"), "", N_("Fri"), "", N_("Sun"))  # translated when drawn


def levels(counts: list[int]) -> list[int]:
    """0 for no reviews, else 1..4 by quartile of the days that had reviews (like GitHub)."""
    active = sorted(c for c in counts if c > 0)
    if not active:
        return [0] * len(counts)
    cuts = [active[min(len(active) - 1, (len(active) * q) // 4)] for q in (1, 2, 3)]
    out = []
    for c in counts:
        if c <= 0:
            out.append(0)
        else:
            out.append(1 + sum(c > cut for cut in cuts))
    return out


def heatmap_content(per_day: dict[str, int], today: date, weeks: int = 26) -> Content:
    """The calendar as text: month names on top, weekday names on the left, one cell per day."""
    # columns start on Mondays; the last column holds today's week
    last_monday = today - timedelta(days=today.weekday())
    first = last_monday - timedelta(weeks=weeks - 1)
    days = [first + timedelta(days=i) for i in range((today - first).days + 1)]
    counts = [int(per_day.get(d.isoformat(), 0)) for d in days]
    level_of = dict(zip(days, levels(counts)))

    month_row = [" "] * (weeks * 2)
    last_month = None
    for w in range(weeks):
        monday = first + timedelta(weeks=w)
        if monday.month != last_month:
            label = month_name(monday)
            if w * 2 + len(label) <= len(month_row) and all(c == " " for c in month_row[max(0, w * 2 - 1) : w * 2 + len(label)]):
                month_row[w * 2 : w * 2 + len(label)] = label
            last_month = monday.month
    lines = [Content.styled("    " + "".join(month_row).rstrip(), "$text-muted")]
    for weekday in range(7):
        parts: list = [(f"{_(DAY_LABELS[weekday]):<4}", "$text-muted")]
        for w in range(weeks):
            day = first + timedelta(weeks=w, days=weekday)
            if day > today:
                parts.append("  ")
                continue
            level = level_of.get(day, 0)
            if level == 0:
                parts.append((EMPTY + " ", "$text-muted"))
            else:
                parts.append((SHADES[level - 1] + " ", "$text-success"))
        lines.append(Content.assemble(*parts))
    total = sum(counts)
    active_days = sum(1 for c in counts if c)
    legend = Content.assemble(
        ("    " + _("less") + " ", "$text-muted"),
        (EMPTY + " " + " ".join(SHADES), "$text-success"),
        (" " + _("more"), "$text-muted"),
        ("   " + activity_text(total, active_days, streak(per_day, today)), "$text-muted"),
    )
    lines.append(legend)
    return Content("\n").join(lines)


def activity_text(reviews: int, days: int, streak_days: int) -> str:
    """'12 reviews on 3 days · streak 2' in the interface language (plural forms from the catalog)."""
    return _("{reviews} on {days} · streak {streak}").format(
        reviews=npgettext("done", "{n} review", "{n} reviews", reviews).format(n=reviews),
        days=ngettext("{n} day", "{n} days", days).format(n=days),
        streak=streak_days,
    )


def streak(per_day: dict[str, int], today: date) -> int:
    """Days in a row with reviews, ending today (or yesterday, when today has none yet)."""
    day = today if per_day.get(today.isoformat(), 0) else today - timedelta(days=1)
    n = 0
    while per_day.get(day.isoformat(), 0) > 0:
        n += 1
        day -= timedelta(days=1)
    return n


class Heatmap(Static):
    """Reviews per day over the last `weeks` weeks."""

    DEFAULT_CSS = """
    Heatmap { height: auto; width: auto; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(markup=False, **kwargs)

    def show(self, per_day: dict[str, int], today: date, weeks: int = 26) -> None:
        self.update(heatmap_content(per_day, today, weeks))
