"""The general causes behind the fresh8 batch's (interview question banks) first-run errors
(issue 11), said with words and subjects other than the batch's cases."""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade, grade_card
from brokerquiz.core.model import Card


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # the negator marks the phrase's first word; a later word of the phrase is denied too
        ("the snapshot is taken without extra disk copies", "the snapshot is taken without copies", "right"),
        ("a replica that is not yet caught up is skipped", "a replica that is not caught up is skipped", "right"),
        ("запрос уходит без дополнительной сетевой проверки", "запрос уходит без проверки", "right"),
        # a stop word ends the phrase: the word after it is no part of the denial
        ("the snapshot is taken without locks on the copies", "the snapshot is taken without copies", "wrong"),
        # and a word the phrase does not name is still a contradiction
        ("the snapshot is taken with extra disk copies", "the snapshot is taken without copies", "wrong"),
    ],
)
def test_a_negator_denies_the_whole_phrase_after_it(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        ("message priorities on classic queues", "message priorities on quorum queues", "wrong"),
        ("репликация через Raft у кворумных очередей", "репликация через Raft у классических очередей", "wrong"),
        ("message priorities on classic queues", "priorities on classic queues", "right"),
        # the other type named as a contrast is no claim of the answer
        ("replicated with Raft in quorum queues", "replicated with raft in quorum queues unlike classic ones", "right"),
    ],
)
def test_classic_and_quorum_queues_exclude_each_other(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


ALIASES = {"Zookeeper": ["zk"], "etcd": []}
LOCK_PARTS = (("Zookeeper", "ephemeral znodes and session timeout, Curator lock recipes"),
              ("etcd", "Lease with a TTL, watch on a key prefix"))
LOCKS = Card(
    id="coordination/compare/topics/locks", deck="coordination", kind="compare",
    front="Compare «Distributed locks (lock recipes)»: Zookeeper, etcd",
    back="\n".join(f"{label}: {text}" for label, text in LOCK_PARTS), parts=LOCK_PARTS,
    context=("Coordination services", "Topics", "Distributed locks (lock recipes)"),
)


@pytest.mark.parametrize(
    ("answer", "verdict_"),
    [
        # Curator is Zookeeper's: said for etcd, the whole text (every part's words together) hid it
        ("zookeeper: ephemeral znodes + session timeout; etcd: lease with ttl, curator lock recipes", "wrong"),
        ("zookeeper: ephemeral znodes + session timeout, curator lock recipes; etcd: lease with a ttl, watch on a key prefix", "right"),
        # the question's own words ("lock recipes") cost nothing in any part
        ("zookeeper: ephemeral znodes + session timeout; etcd: lease with a ttl, lock recipes", "right"),
    ],
)
def test_a_part_naming_another_parts_value_is_wrong_though_the_whole_text_names_it(answer, verdict_):
    assert grade_card(LOCKS, answer, aliases=ALIASES).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        ("Хеш id по модулю числа шардов", "hash id mod shards", "right"),  # mod = modulo = по модулю
        ("решардинг двигает строки", "resharding moves rows", "right"),
        ("resharding moves rows", "решардинг перемещает строки", "right"),
    ],
)
def test_modulo_and_move_in_other_words(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # a no-word closing a part after its words denies them, as "no X" does before them
        ("Транзакций нет", "нет транзакций", "right"),
        ("Транзакций нет", "no transactions", "right"),
        ("Транзакций нет", "транзакции есть", "wrong"),
        ("Транзакций нет", "транзакции", "wrong"),
        # a no-word after a rating symbol is the rating said again, no denial
        ("❌", "❌ нет", "right"),
    ],
)
def test_a_no_word_closing_a_part_denies_what_it_names(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        ("enable.auto.commit=false, commit after processing", "enable.auto.commit=true, commit after processing", "wrong"),
        ("a lock with fair=true", "a lock with fair=false", "wrong"),
        ("enable.auto.commit=false, commit after processing", "enable.auto.commit=false, commit after processing", "right"),
        ("a lock with fair=true", "a lock with fair=true and a timeout", "right"),
    ],
)
def test_a_settings_boolean_value_flipped_is_wrong(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_
