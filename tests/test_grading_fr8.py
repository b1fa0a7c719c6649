"""fr8: right answers with extra right detail refused as a contradiction (en, databases, de decks).

1. Another subject's cell (othercells.py): the words that only assert or join ("can", "has",
   "also", a lexicon's predicates, assertion_words, ability_words, connective_words), an article
   ("one") and a quiet group's value ("per") never count as one of the two words of another cell
   an answer must say to mix it in; the content words still do.
"""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade

_LAG = ("Primary writes, followers can lag behind",)


@pytest.mark.parametrize(("expected", "answer", "others"), [
    ("Primary writes, followers by default", "primary writes; followers by default, so they can lag", _LAG),
    ("Primary writes, followers by default", "primary writes, followers by default which can also lag", _LAG),
    ("Hash of a token, one bucket per worker", "hash of a token into buckets, then one worker per bucket",
     ("One queue is one node, a single reader per shard",)),
    ("Primärer Knoten schreibt, Follower per Default", "primärer Knoten schreibt; Follower per Default, die können auch hinken",
     ("Primärer Knoten schreibt, Follower können hinken",)),
    ("Пишет основной узел, реплики по умолчанию", "пишет основной узел; реплики по умолчанию, они могут отставать",
     ("Пишет основной узел, реплики могут отставать",)),
])
def test_a_word_that_only_asserts_is_no_word_of_another_cell(expected, answer, others):
    assert grade(expected, answer, others=others).verdict == "right"


@pytest.mark.parametrize(("expected", "answer", "others"), [
    # two content words of the other cell still mix it in
    ("Primary writes, followers by default", "primary writes, followers lag behind", _LAG),
    ("Hash of a token, one bucket per worker", "hash of a token, one reader per shard",
     ("One queue is one node, a single reader per shard",)),
    ("Primärer Knoten schreibt, Follower per Default", "primärer Knoten schreibt, Follower hinken hinterher",
     ("Primärer Knoten schreibt, Follower hinken hinterher",)),
])
def test_content_words_of_another_cell_still_mix_it_in(expected, answer, others):
    assert grade(expected, answer, others=others).verdict == "wrong"
