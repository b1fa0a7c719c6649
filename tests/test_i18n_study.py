"""The study, quiz and interview words in Russian: intervals and dates from the catalog (not
the machine's locale), the grader's reasons, the pick rules' plurals, the summary's figures."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from brokerquiz.core.sessions.verdict_words import rating_label, reason_text
from brokerquiz.core.translate import use_language
from brokerquiz.tui.format import format_interval, format_when
from brokerquiz.tui.screens.summary import format_elapsed, step_label
from brokerquiz.tui.widgets.card_view import kind_label
from brokerquiz.tui.widgets.choices import pick_text

INTERVALS = [
    (timedelta(seconds=20), "<1m", "<1 мин"),
    (timedelta(minutes=10), "10m", "10 мин"),
    (timedelta(minutes=90), "1.5h", "1,5 ч"),
    (timedelta(days=3), "3d", "3 д"),
    (timedelta(days=105), "3.5mo", "3,5 мес"),
    (timedelta(days=438), "1.2y", "1,2 г"),
]


@pytest.mark.parametrize(("td", "english", "russian"), INTERVALS)
def test_intervals_in_english_and_russian(td, english, russian):
    assert format_interval(td) == english
    use_language("ru")
    assert format_interval(td) == russian


def test_dates_use_the_catalogs_day_and_month_names():
    moment = datetime(2026, 12, 3, 1, 4)  # a Thursday
    assert format_when(moment) == "Thu 03 Dec 01:04"
    use_language("ru")
    assert format_when(moment) == "чт 03 дек 01:04"
    assert format_when(datetime(2026, 5, 4, 9, 30)) == "пн 04 мая 09:30"


def test_elapsed_time_and_the_next_steps_in_russian():
    use_language("ru")
    assert format_elapsed(timedelta(seconds=42)) == "42 с"
    assert format_elapsed(timedelta(seconds=125)) == "2 мин 05 с"
    assert format_elapsed(timedelta(hours=1, minutes=3)) == "1 ч 03 мин"
    assert step_label("more") == "ещё 10 новых карточек сегодня"
    assert step_label("interview") == "пробное собеседование"


def test_the_graders_reasons_are_translated_piece_by_piece():
    use_language("ru")
    assert reason_text("missed: Kafka; wrong pick: RabbitMQ") == "пропущено: Kafka; неверный выбор: RabbitMQ"
    assert reason_text("incomplete") == "неполно"
    assert reason_text("antonym: 'at-least-once' vs 'exactly-once'") == "антоним: 'at-least-once' vs 'exactly-once'"
    assert reason_text("something new: x") == "something new: x"  # unknown: kept, never dropped
    assert reason_text("") == ""


def test_pick_rules_ratings_and_kinds_in_russian():
    use_language("ru")
    assert [pick_text(n) for n in (1, 2, 5, None)] == [
        "Выберите один.", "Выберите 2 варианта.", "Выберите 5 вариантов.", "Выберите все подходящие.",
    ]
    assert [rating_label(r) for r in (1, 2, 3, 4)] == ["Снова", "Трудно", "Хорошо", "Легко"]
    assert kind_label("reverse") == "кто из них?" and kind_label("unknown-kind") == "unknown-kind"
