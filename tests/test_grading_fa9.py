"""fa9: false accepts closed by general mechanisms, with right paraphrases that stay right."""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade

# Two settings' figures swapped (boundfigures.py): every figure said, each of the other setting.
SWAPPED = [
    ("min.insync.replicas=2, replication factor 3", "min.insync.replicas=3 and replication factor 2"),
    ("retention 7 days, segment 2 days", "retention 2 days, segment 7 days"),
    ("min.insync.replicas=2, фактор репликации 3", "min.insync.replicas=3, фактор репликации 2"),
    ("min.insync.replicas=2, Replikationsfaktor 3", "min.insync.replicas=3, Replikationsfaktor 2"),
]

KEPT = [
    ("min.insync.replicas=2, replication factor 3", "replication factor 3 and min.insync.replicas=2"),
    ("min.insync.replicas=2, replication factor 3", "min.insync.replicas=2, replication factor 3"),
    ("retention 7 days, segment 2 days", "segment 2 days, retention 7 days"),
    ("min.insync.replicas=2, фактор репликации 3", "фактор репликации 3, min.insync.replicas=2"),
    ("min.insync.replicas=2, Replikationsfaktor 3", "Replikationsfaktor 3 und min.insync.replicas=2"),
    # one name given another figure alone is no swap (a figure of its own beside the expected ones)
    ("No, Kafka 4.0 runs on KRaft only; KRaft has been production-ready since 3.3.",
     "nope, since 4.0 zookeeper is gone, only kraft mode. kraft was prod ready from 3.3 and zk got deprecated in 3.5"),
]


@pytest.mark.parametrize(("expected", "answer"), SWAPPED)
def test_swapped_figures_are_wrong(expected: str, answer: str) -> None:
    g = grade(expected, answer)
    assert not g.correct and g.reason.startswith("wrong number"), g


@pytest.mark.parametrize(("expected", "answer"), KEPT)
def test_figures_in_another_order_stay_right(expected: str, answer: str) -> None:
    assert grade(expected, answer).correct
