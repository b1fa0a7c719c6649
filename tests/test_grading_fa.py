"""The general causes behind the tune set's false accepts (branch fa): answers right on every
expected word that go on to make a wrong claim of their own. Said with made-up texts."""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # a part of its own saying every / any / globally: a sweeping claim the model answer does not make
        ("sorted within a shard", "sorted within a shard, and globally across the index", "wrong"),
        ("Запись на диск, репликация", "запись на диск, репликация, fsync на каждую запись", "wrong"),
        ("Sortiert innerhalb eines Shards", "sortiert innerhalb eines shards, und global über den index", "wrong"),
        # the same word said by the model answer, or inside a part that says the expected words: no claim of its own
        ("written to disk, fsync after every write", "written to disk, fsync after every write", "right"),
        ("sorted within a shard", "sorted within a shard", "right"),
        ("written to disk, replicated", "written to disk (every replica), replicated", "right"),
    ],
)
def test_sweeping_word_in_a_part_of_its_own_is_a_claim(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_
