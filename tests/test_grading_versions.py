"""Two things' versions crossed ("since 4.2 for A and since 4.0 for B" for the other way round):
a version marker (since / seit / с) is no thing of a clause, the version is (crossed.py)."""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade

EN = "Yes, since 4.0 for replica sets and since 4.2 for sharded clusters."
DE = "Ja, seit 4.0 für Replica Sets und seit 4.2 für Sharded Cluster."
RU = "Да, с 4.0 для replica set и с 4.2 для шардированных кластеров."

CROSSED = [
    (EN, "yes, since 4.2 for replica sets and since 4.0 for sharded clusters"),
    (EN, "yes, 4.2 for replica sets, 4.0 for sharded clusters"),
    (DE, "ja, seit 4.2 für replica sets und seit 4.0 für sharded cluster"),
    (RU, "да, с 4.2 для replica set и с 4.0 для шардированных кластеров"),
    (EN, "yes: sharded clusters since 4.0, replica sets since 4.2"),
    (DE, "ja: sharded cluster ab 4.0, replica sets ab 4.2"),
    (RU, "да: шардированные кластеры с 4.0, replica set с 4.2"),
]

KEPT = [
    (EN, "yes, since 4.0 for replica sets and since 4.2 for sharded clusters"),
    (EN, "yes, replica sets since 4.0, sharded clusters since 4.2"),
    (EN, "yes: sharded clusters since 4.2, replica sets since 4.0"),
    (DE, "ja, ab 4.0 für replica sets, ab 4.2 für sharded cluster"),
    (RU, "да, с 4.0 для replica set, с 4.2 для шардированных кластеров"),
    (DE, "ja: sharded cluster seit 4.2, replica sets seit 4.0"),
    (RU, "да: replica set с 4.0, шардированные кластеры с 4.2"),
]


@pytest.mark.parametrize(("expected", "answer"), CROSSED)
def test_crossed_versions_are_wrong(expected: str, answer: str) -> None:
    assert grade(expected, answer).verdict == "wrong"


@pytest.mark.parametrize(("expected", "answer"), KEPT)
def test_versions_in_place_stay_right(expected: str, answer: str) -> None:
    assert grade(expected, answer).correct
