"""False rejects (fr3 round): classes of right answers the grader refused, each said with texts
other than the eval cases', in other decks and languages, with the near misses that must stay
wrong or partly. Every "right" test here failed before its fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from brokerquiz.core.deck.cards import subject_aliases
from brokerquiz.core.deck.library import open_deck
from brokerquiz.core.grading import grade, grade_card

FIXTURES = Path(__file__).parent / "fixtures" / "decks"


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


# -- a store's low consistency levels said by the lowest one ("eventual with ONE", "if you go low") --


@pytest.mark.parametrize(
    ("expected", "answer", "verdict"),
    [
        ("Настраивается на запрос (ONE, QUORUM, ALL), eventual на низких уровнях", "настраивается на запрос, при ONE eventual", "right"),
        ("Einstellbar pro Abfrage, bei niedrigen Stufen eventual", "einstellbar pro abfrage, mit ONE eventual", "right"),
        ("Per-request consistency (ONE, QUORUM, ALL), eventual at low levels", "per-request consistency, eventual with ONE", "right"),
        # near misses: the other value at the low level, the levels left out
        ("Per-request consistency, eventual at low levels", "per-request consistency, strong with ONE", "wrong"),
        ("Настраивается на запрос (ONE, QUORUM, ALL), eventual на низких уровнях", "настраивается на запрос, при ONE strong", "wrong"),
        ("Einstellbar pro Abfrage, bei niedrigen Stufen eventual", "einstellbar pro abfrage", "partly"),
    ],
)
def test_low_levels_said_by_the_lowest(expected, answer, verdict):
    assert grade(expected, answer).verdict == verdict


def test_eventual_at_the_highest_level_is_not_right_on_the_card():
    deck, cards = open_deck(str(FIXTURES / "databases.en.yaml"))
    card = {c.id: c for c in cards}["databases/fact/comparison/consistency/cassandra"]
    aliases = subject_aliases(deck)
    assert grade_card(card, "tunable per query, eventual with ONE", aliases=aliases).verdict == "right"
    assert grade_card(card, "tunable per query, eventual at ALL", aliases=aliases).verdict != "right"


# -- a negator opening the second of two joined conditions after an until word ("пока A и нет ack") --
# -- is the until word's, and German "solange kein" is "until" too -----------------------------------


@pytest.mark.parametrize(
    ("expected", "answer", "verdict"),
    [
        ("Долго (retention + ack), disk-backed", "долго, на диске, пока действует retention и нет ack", "right"),
        ("Хранится до ack, на диске", "на диске, пока живёт сессия и нет ack", "right"),
        ("До ack или до истечения TTL", "пока не истёк TTL и нет ack", "right"),
        ("Lange (Retention + Ack), auf Platte", "lange, auf Platte, solange die Retention gilt und kein Ack kam", "right"),
        # near misses: the denial without an until word, or in a part of its own
        ("Долго (retention + ack), disk-backed", "долго, на диске, и нет ack", "wrong"),
        ("Долго (retention + ack), disk-backed", "долго, пока действует retention, и нет ack", "wrong"),
        ("Lange (Retention + Ack), auf Platte", "lange, auf Platte, aber kein Ack", "wrong"),
    ],
)
def test_a_joined_condition_after_until(expected, answer, verdict):
    assert grade(expected, answer).verdict == verdict


# -- expired and thrown away in other words ("просроченные выкидываются" for "истёкшие отбрасываются") --


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("Истёкшие сообщения отбрасываются", "просроченные сообщения выкидываются"),
        ("Сообщение истекает и отбрасывается в голове очереди", "просроченное выбрасывается в голове очереди"),
        ("Abgelaufene Nachrichten werden verworfen", "verfallene Nachrichten werden verworfen"),
        ("Просроченные задачи выкидываются из очереди", "истёкшие задачи отбрасываются из очереди"),
    ],
)
def test_expired_and_discarded_in_other_words(expected, answer):
    assert grade(expected, answer).verdict == "right"


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        # near misses: expired but something else done with it, or another message thrown away
        ("Истёкшие сообщения отбрасываются", "просроченные сообщения возвращаются продюсеру"),
        ("Истёкшие сообщения отбрасываются", "свежие сообщения выкидываются"),
        ("Abgelaufene Nachrichten werden verworfen", "verfallene Nachrichten werden zurückgeschickt"),
    ],
)
def test_expired_or_discarded_alone_is_not_right(expected, answer):
    assert grade(expected, answer).verdict != "right"


# -- waiting until another goes is coming after it ("ждёт пока уйдут длинные" for "после них") ------


@pytest.mark.parametrize(
    ("expected", "answer", "verdict"),
    [
        ("The short one leaves only after the long ones", "the short one waits until the long ones leave", "right"),
        ("Задача стартует после сборки", "задача ждёт пока закончится сборка", "right"),
        ("The consumer reads after the commit", "the consumer waits until the commit", "right"),
        # near misses: before is still the opposite of after
        ("Короткое сообщение выйдет лишь после длинных", "короткое выйдет до длинных", "wrong"),
        ("The short one leaves only after the long ones", "the short one leaves before the long ones", "wrong"),
        ("Задача стартует после сборки", "задача стартует до сборки", "wrong"),
    ],
)
def test_waiting_until_is_after(expected, answer, verdict):
    assert grade(expected, answer).verdict == verdict


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("Короткое сообщение выйдет лишь после длинных", "короткое ждёт пока уйдут длинные"),
        ("Die kurze kommt erst nach den langen", "die kurze wartet bis die langen weg sind"),
    ],
)
def test_waiting_until_is_no_antonym_of_after(expected, answer):
    assert grade(expected, answer).verdict != "wrong"


# -- keys landing in other partitions have moved ----------------------------------------------------


@pytest.mark.parametrize(
    ("expected", "answer", "verdict"),
    [
        ("Ключи переезжают", "часть ключей начнут попадать в другие партиции", "right"),
        ("Schlüssel wandern", "die Schlüssel landen in anderen Partitionen", "right"),
        # near misses: the move denied, the keys staying put
        ("Ключи переезжают в другие партиции, порядок ломается", "ключи не попадают в другие партиции, порядок ломается", "wrong"),
        ("Keys move to other partitions, per-key order breaks", "keys stay in their partitions, per-key order holds", "partly"),
    ],
)
def test_landing_elsewhere_is_moving(expected, answer, verdict):
    assert grade(expected, answer).verdict == verdict
