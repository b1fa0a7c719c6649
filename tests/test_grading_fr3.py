"""False rejects (fr3 round): classes of right answers the grader refused, each said with texts
other than the eval cases', in other decks and languages, with the near misses that must stay
wrong or partly. Every "right" test here failed before its fix."""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade


# -- a setting's name holding an expected word ("min.insync.replicas=2") lists no value again ----


@pytest.mark.parametrize(
    ("expected", "answer", "verdict"),
    [
        ("disk-backed, replication", "on disk, replicated, acks=all with min.insync.replicas=2", "right"),
        ("Replicated, durable", "replicated, durable, acks=all and min.insync.replicas=2", "right"),
        ("На диске, репликация", "на диске, реплицируется, acks=all и min.insync.replicas=2", "right"),
        ("Auf Platte, Replikation", "auf Platte, repliziert, mit acks=all und min.insync.replicas=2", "right"),
        # near misses: another value beside the setting, a denial of the expected word
        ("disk-backed, replication", "in memory, replicated, min.insync.replicas=2", "wrong"),
        ("disk-backed, replication", "disk based, not replicated, min.insync.replicas=1", "wrong"),
    ],
)
def test_a_setting_name_lists_no_value_again(expected, answer, verdict):
    assert grade(expected, answer).verdict == verdict
