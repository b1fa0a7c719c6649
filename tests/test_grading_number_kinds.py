"""A figure stands in only for one of its kind (extranumbers._kind): a version said beside an unsaid
year is a detail of its own; a year for a year, a version for a version, an amount for an amount
stay changed figures."""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade

EOL_EN = "No — it has been end-of-life since 2023; use JetStream."
EOL_RU = "Нет — с 2023 года не поддерживается; используйте JetStream."
EOL_DE = "Nein — seit 2023 end-of-life; JetStream verwenden."


@pytest.mark.parametrize(("expected", "answer"), [
    (EOL_EN, "no, it's dead, use jetstream, built into nats-server since 2.2"),
    (EOL_RU, "нет, больше не поддерживается, используй jetstream, он в nats-server с 2.2"),
    (EOL_DE, "nein, end-of-life, jetstream verwenden, seit 2.2 im nats-server"),
])
def test_a_version_beside_an_unsaid_year_is_no_changed_figure(expected: str, answer: str) -> None:
    assert grade(expected, answer).verdict != "wrong"


@pytest.mark.parametrize(("expected", "answer"), [
    (EOL_EN, "no, end of life since 2021, use jetstream"),
    (EOL_RU, "нет, с 2020 года не поддерживается, jetstream"),
    ("min.insync.replicas=2", "min.insync.replicas=1"),
    ("7 days by default", "3 days by default"),
    ("Ja, seit Version 4.0", "ja, seit version 3.6"),
])
def test_a_figure_of_the_same_kind_is_changed(expected: str, answer: str) -> None:
    assert grade(expected, answer).verdict == "wrong"
