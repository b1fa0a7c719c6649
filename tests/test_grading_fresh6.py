"""The general causes behind the fresh6 batch's first-run errors (issue 11), said with words and
subjects other than the batch's cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from brokerquiz.core.deck.cards import subject_aliases
from brokerquiz.core.deck.library import open_deck
from brokerquiz.core.grading import grade, grade_card

PAIRED_EN = """\
id: stores-en
title: Stores
language: en
pair: stores.ru.yaml
subjects:
  valkey: Valkey
  etcd: etcd
tables:
  comparison:
    title: Stores
    rows:
      storage:
        label: Storage
        valkey: Long (sorted by score), in memory + disk
        etcd: Short, on disk
"""
PAIRED_RU = """\
id: stores-ru
title: Хранилища
language: ru
pair: stores.en.yaml
subjects:
  valkey: Valkey
  etcd: etcd
tables:
  comparison:
    title: Хранилища
    rows:
      storage:
        label: Хранение
        valkey: Долго (по score), в памяти + disk
        etcd: Коротко, на диске
"""


def _paired_card(tmp_path: Path, key: str):
    (tmp_path / "stores.en.yaml").write_text(PAIRED_EN, encoding="utf-8")
    (tmp_path / "stores.ru.yaml").write_text(PAIRED_RU, encoding="utf-8")
    deck, cards = open_deck(str(tmp_path / "stores.en.yaml"))
    return next(c for c in cards if c.id == f"{deck.id}/{key}"), subject_aliases(deck)


@pytest.mark.parametrize(
    ("answer", "verdict_"),
    [
        # the pair's cell words the aside otherwise ("по score"): it must not vouch for "unsorted"
        ("long, unsorted, in memory + disk", "wrong"),
        ("long, sorted by score, in memory + disk", "right"),
        ("долго, в памяти и на диске", "right"),  # the other language still meets the pair's cell
    ],
)
def test_the_paired_cell_never_accepts_what_contradicts_the_cards_own_text(tmp_path, answer, verdict_):
    card, aliases = _paired_card(tmp_path, "fact/comparison/storage/valkey")
    assert grade_card(card, answer, aliases=aliases).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        ("schema changes are hard", "schema changes go without problems", "wrong"),
        ("schema changes are hard", "schema changes are painless", "wrong"),
        ("обновление версии сложное", "обновление версии без проблем", "wrong"),
        ("обновление версии простое", "обновление версии без проблем", "right"),
        ("Upgrades sind schwierig", "Upgrades laufen problemlos", "wrong"),
        ("upgrades are easy", "upgrades go through with ease", "right"),
    ],
)
def test_ease_said_as_no_trouble_is_the_opposite_of_hard(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        ("multi-document transactions since version 4.0", "multi-document transactions since the fourth version", "right"),
        ("multi-document transactions since version 4.0", "multi-document transactions since the fifth version", "wrong"),
        ("Транзакции для нескольких документов с версии 4.0", "транзакции для нескольких документов с четвёртой версии", "right"),
        ("Транзакции для нескольких документов с версии 4.0", "транзакции для нескольких документов с пятой версии", "wrong"),
        ("third-party plugins", "third-party plugins", "right"),  # an ordinal inside a compound is no number
    ],
)
def test_an_ordinal_in_words_is_its_number(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


def test_a_version_with_a_zero_fraction_is_the_same_word():
    # "7" and "7.0" key alike: the version is said, not an extra word beside a missing one
    expected = "Нет — Redis 7.0 хранит pending в RDB."
    assert grade(expected, "нет, с 7 версии pending в rdb").verdict == "right"
    assert grade(expected, "нет, с 6 версии pending в rdb").verdict == "wrong"


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        ("Unacked entries stay pending; a second worker takes them over with XCLAIM.",
         "unacked entries stay in the PEL, a second worker takes them over with XCLAIM", "right"),
        ("Unacked entries stay pending; a second worker takes them over with XCLAIM.", "they are deleted from the PEL", "wrong"),
        ("записи остаются в pending до ack", "записи висят в PEL до подтверждения", "right"),
    ],
)
def test_the_pel_is_the_pending_entries(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


ROW = ("Replicated per topic, async", "Single node only")


@pytest.mark.parametrize(
    ("answer", "verdict_"),
    [
        ("replicated per topic", "wrong"),  # another subject's term in the place of "cluster"
        ("replicated per channel", "wrong"),  # another scope than the cluster (scopes.py; it was "partly": a word left out)
        ("replicated", "partly"),
        ("replicated per cluster", "right"),
    ],
)
def test_one_term_of_another_cell_standing_in_for_an_expected_word_is_wrong(answer, verdict_):
    assert grade("Replicated per cluster", answer, others=ROW).verdict == verdict_


def test_a_modifier_beside_a_covered_part_stands_in_for_nothing():
    # "very" is in another cell, but the part it is in is covered: "low" went unsaid elsewhere
    got = grade("low milliseconds, high throughput", "a few ms of latency, very high throughput",
                others=("very fast, latency <1ms",), context="Speed / latency?")
    assert got.verdict == "right"


COMPARE = "Valkey: in memory, single thread\netcd: on disk, raft consensus\nZooKeeper: on disk, zab consensus"
COMPARED = {"Valkey": [], "etcd": [], "ZooKeeper": ["zk"]}


@pytest.mark.parametrize(
    ("answer", "verdict_"),
    [
        # etcd's part says only a word its cell lacks: a wrong claim, not a part left out
        ("valkey in memory, etcd gossip, zookeeper on disk zab", "wrong"),
        ("valkey in memory single thread", "partly"),  # parts left out
        ("valkey in memory, etcd raft, zookeeper zab", "partly"),  # each part half said
        ("valkey: in memory, single thread; etcd: on disk, raft; zk: on disk, zab", "right"),
    ],
)
def test_a_compare_part_saying_only_what_its_cell_lacks_is_wrong(answer, verdict_):
    assert grade(COMPARE, answer, aliases=COMPARED).verdict == verdict_


def _pick_card(kind: str = "scenario"):
    from brokerquiz.core.model import Card

    return Card(id=f"t/{kind}/x", deck="t", kind=kind, front="Which stores keep data on disk?", back="etcd, ZooKeeper",
                choices=("Valkey", "etcd", "ZooKeeper", "Memcached"), correct=frozenset({1, 2}))  # fmt: skip


@pytest.mark.parametrize(
    ("answer", "verdict_"),
    [
        ("etcd, zookeeper, memcached", "wrong"),  # a store typed that is no answer: another subject, wrong
        ("etcd", "partly"),  # one left out
        ("etcd, zookeeper", "right"),
    ],
)
def test_a_wrong_subject_among_typed_picks_is_wrong(answer, verdict_):
    assert grade_card(_pick_card(), answer).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # "the segment count" / "число сегментов" counts segments: "no segment" denies no claim of it
        ("Extra readers wait: parallelism is at most the segment count.", "extra readers get no segment and wait", "partly"),
        ("Лишние читатели ждут: параллелизм не больше числа сегментов.", "лишние читатели остаются без сегментов и ждут", "partly"),
        ("Each reader owns a segment.", "readers own no segment", "wrong"),
        ("Каждый читатель владеет сегментом.", "читатели без сегментов", "wrong"),
    ],
)
def test_no_x_does_not_deny_a_count_of_x(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        ("extra workers sit idle", "extra workers do nothing", "right"),
        ("лишние воркеры простаивают", "лишние воркеры ничего не делают", "right"),
        ("extra workers are busy", "extra workers do nothing", "partly"),
    ],
)
def test_doing_nothing_is_idle(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        ("centralized metadata quorum", "decentralized metadata quorum", "wrong"),  # "de-" is no negating prefix in general
        ("децентрализованный реестр схем", "централизованный реестр схем", "wrong"),
        ("centralized metadata quorum", "централизованный кворум метаданных", "right"),  # the other language
        ("centralized metadata quorum", "a centralised metadata quorum", "right"),
    ],
)
def test_centralized_and_decentralized_exclude_each_other(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_
