"""Month and weekday names from the catalog, not the machine's locale (`strftime("%b")` reads
English on one machine and something else on another): "Dec", "Thu" in English, "дек", "Чт"
in Russian, whatever the terminal's LC_TIME."""

from __future__ import annotations

from datetime import date, datetime

from ..core.translate import N_, _, pgettext

MONTHS = (
    N_("Jan"), N_("Feb"), N_("Mar"), N_("Apr"), N_("May"), N_("Jun"),
    N_("Jul"), N_("Aug"), N_("Sep"), N_("Oct"), N_("Nov"), N_("Dec"),
)
WEEKDAYS = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))


def month_name(day: date) -> str:
    """The short month name: 'Dec' / 'дек'."""
    return _(MONTHS[day.month - 1])


def month_in_date(day: date) -> str:
    """The short month name as it stands after a day number: 'Dec' / 'дек', 'May' / 'мая'
    (Russian puts it in the genitive there)."""
    names = (
        pgettext("in a date", "Jan"), pgettext("in a date", "Feb"), pgettext("in a date", "Mar"),
        pgettext("in a date", "Apr"), pgettext("in a date", "May"), pgettext("in a date", "Jun"),
        pgettext("in a date", "Jul"), pgettext("in a date", "Aug"), pgettext("in a date", "Sep"),
        pgettext("in a date", "Oct"), pgettext("in a date", "Nov"), pgettext("in a date", "Dec"),
    )
    return names[day.month - 1]


def weekday_name(day: date) -> str:
    """The short weekday name: 'Thu' / 'Чт'."""
    return _(WEEKDAYS[day.weekday()])


def day_month_time(moment: datetime) -> str:
    """'Thu 03 Dec 10:00' / 'чт 03 дек 10:00': a moment as every screen shows it (the browser's
    due column, the summary's next review), in the interface language's day and month names."""
    # TRANSLATORS: a date and time, as Thu 03 Dec 01:04; keep the placeholders
    return _("{weekday} {day} {month} {time}").format(
        weekday=weekday_name(moment), day=f"{moment.day:02d}",
        month=month_in_date(moment), time=f"{moment:%H:%M}",
    )
