"""leads: the grader gaps earlier helpers reported, each a class fixed by a rule or data.
Made-up cards and answers (ru / en / de where the class exists), with near misses that must keep
their verdict."""

import pytest

from brokerquiz.grading import grade

# --- 1. German clause-final negation: "nicht" (and "nicht mehr", "nicht ... frei") closes its
# clause after the verb and its object, so it denies them; a phrase after a preposition before
# it ("nach dem Ack", "bei Share Groups") is the circumstance, not denied.
ZK_DE = "Seit Version 4 unterstützt der Broker ZooKeeper nicht mehr."
FREE_DE = "Der Server gibt den Speicher nach dem Ack nicht frei."
FREE_PLAIN_DE = "Der Server gibt den Speicher nach dem Ack frei."
ZK_PLAIN_DE = "Der Broker unterstützt ZooKeeper weiterhin."
ORDER_DE = "Bei Share Groups gibt es keine Reihenfolge."
KEEP_DE = "Mit Share Groups hält der Broker die Reihenfolge ein."

LATE_DENIALS = [
    (ZK_DE, "seit Version 4 unterstützt der Broker ZooKeeper"),  # the model answer's denial seen
    (ZK_DE, "der Broker unterstützt ZooKeeper seit Version 4 weiterhin"),
    (FREE_DE, "nach dem Ack gibt der Server den Speicher frei"),
    (FREE_PLAIN_DE, "nach dem Ack gibt der Server den Speicher nicht frei"),  # the answer's denial seen
    (ZK_PLAIN_DE, "ZooKeeper unterstützt der Broker nicht mehr"),
    (KEEP_DE, "mit Share Groups hält der Broker die Reihenfolge nicht ein"),
    ("Asynchrone Follower können zurückfallen.", "die Follower sind synchron und fallen nie zurück"),  # "und": a clause of its own
    ("Joins und Fremdschlüssel gibt es nicht.", "Joins und Fremdschlüssel gibt es"),
]


@pytest.mark.parametrize("expected,answer", LATE_DENIALS)
def test_german_late_negation_is_seen(expected, answer):
    assert grade(expected, answer).verdict == "wrong"


LATE_KEPT = [
    (ZK_DE, "ZooKeeper unterstützt der Broker seit Version 4 nicht mehr"),
    (ZK_DE, "seit Version 4 wird ZooKeeper nicht mehr unterstützt"),
    (FREE_DE, "nach dem Ack gibt der Server den Speicher nicht frei"),
    (FREE_PLAIN_DE, "nach dem Ack gibt der Server den Speicher wieder frei"),
    (ORDER_DE, "bei Share Groups gilt die Reihenfolge nicht"),  # the circumstance is no thing denied
    (ORDER_DE, "bei Share Groups hält der Broker die Reihenfolge nicht ein"),
    ("Die Reihenfolge gilt nur innerhalb einer Partition, nicht global.",
     "die Reihenfolge garantiert er nur innerhalb einer Partition, global nicht"),
    ("Keine Joins und keine Fremdschlüssel.", "Joins und Fremdschlüssel gibt es nicht"),
    ("Asynchrone Follower können zurückfallen.", "die Follower sind asynchron und können zurückfallen"),
    # ru: a closing denial keeps its reach
    ("В этом брокере джойнов нет.", "джойнов в этом брокере нет"),
]


@pytest.mark.parametrize("expected,answer", LATE_KEPT)
def test_german_late_negation_of_the_same_stays_right(expected, answer):
    assert grade(expected, answer).verdict == "right"


LATE_KEPT_WRONG = [
    (ORDER_DE, "bei Share Groups gilt die Reihenfolge"),
    ("В этом брокере джойнов нет.", "джойны в этом брокере есть"),
    ("The broker does not support ZooKeeper any more.", "the broker still supports ZooKeeper"),
    ("Der Broker unterstützt ZooKeeper weiterhin.", "den ZooKeeper unterstützt der Broker seit Version 4 nicht mehr"),
]


@pytest.mark.parametrize("expected,answer", LATE_KEPT_WRONG)
def test_flipped_denials_stay_wrong(expected, answer):
    assert grade(expected, answer).verdict == "wrong"
