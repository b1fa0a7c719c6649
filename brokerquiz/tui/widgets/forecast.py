"""Bar charts drawn with block characters: the 14-day due forecast and small horizontal bars."""

from __future__ import annotations

from datetime import date, timedelta

from textual.content import Content
from textual.widgets import Static

from ...core.translate import _, ngettext
from ..calendar_words import weekday_name

EIGHTHS = " ▁▂▃▄▅▆▇█"


def column_chart(values: list[int], label_rows: list[list[str]], height: int = 5, width: int = 3) -> Content:
    """Vertical bars, `height` rows tall (eighth blocks for the tops), counts above, label rows below."""
    peak = max(values) if values and max(values) > 0 else 1
    eighths = [round(v / peak * height * 8) if v else 0 for v in values]
    eighths = [max(e, 1) if v else 0 for e, v in zip(eighths, values)]  # any card shows a sliver
    rows: list[Content] = []
    counts = [(str(v) if len(str(v)) <= width else f"{v // 1000}k") if v else "" for v in values]
    rows.append(Content.styled("".join(f"{c:^{width}.{width}} " for c in counts).rstrip(), "$text-muted"))
    for level in range(height, 0, -1):
        parts: list = []
        for i, e in enumerate(eighths):
            fill = min(8, max(0, e - (level - 1) * 8))
            parts.append((EIGHTHS[fill] * width, "$text-primary"))
            if i < len(eighths) - 1:
                parts.append(" ")
        rows.append(Content.assemble(*parts))
    for labels in label_rows:
        rows.append(Content.styled("".join(f"{label:<{width}.{width}} " for label in labels).rstrip(), "$text-muted"))
    return Content("\n").join(rows)


def forecast_content(forecast: list[int], today: date, height: int = 5) -> Content:
    days = [today + timedelta(days=i) for i in range(len(forecast))]
    # today's column is named by its weekday too: a "now" label read as "due now", which it is not
    # (it holds everything due by the end of today, overdue cards included)
    weekdays = [weekday_name(day)[:2] for day in days]
    numbers = [f"{day.day:>2}" for day in days]
    chart = column_chart(forecast, [weekdays, numbers], height=height)
    total = sum(forecast)
    today_count = forecast[0] if forecast else 0
    in_days = ngettext("{total} in {n} day", "{total} in {n} days", len(forecast)).format(total=total, n=len(forecast))
    footer = Content.styled(_("{n} today, overdue included").format(n=today_count) + " · " + in_days, "$text-muted")
    return Content("\n").join([chart, footer])


def hbar(value: float, peak: float, width: int) -> str:
    """A horizontal bar of `width` cells at most, eighth-block precise."""
    if peak <= 0 or value <= 0:
        return ""
    eighths = max(1, round(value / peak * width * 8))
    full, rest = divmod(eighths, 8)
    return "█" * full + (" ▏▎▍▌▋▊▉"[rest] if rest else "")


class Forecast(Static):
    """Cards coming due on each of the next days (today includes the overdue ones)."""

    DEFAULT_CSS = """
    Forecast { height: auto; width: auto; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(markup=False, **kwargs)

    def show(self, forecast: list[int], today: date) -> None:
        self.update(forecast_content(forecast, today))
