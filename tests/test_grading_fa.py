"""The general causes behind the tune set's false accepts (branch fa): answers right on every
expected word that go on to make a wrong claim of their own. Said with made-up texts."""

from __future__ import annotations

import pytest

from brokerquiz.core.deck.cards import subject_aliases
from brokerquiz.core.deck.library import open_deck
from brokerquiz.core.grading import grade, grade_card


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


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # "only" opening a part of its own restricts as often truly as wrongly: no sweeping claim
        ("Yes, replay via offset", "yes, replay via offset, but only within the retention window", "right"),
        ("Long-term, configurable retention", "long-term, configurable retention, only limited by disk", "right"),
        ("Queue-based, pub-sub", "queue-based, pub-sub, messages only leave on ack", "right"),
        ("❌", "❌ no, only at-least-once", "right"),
    ],
)
def test_only_word_in_a_part_of_its_own_is_no_sweeping_claim(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # a setting's state typed as a word after its name is its value: the other state contradicts
        ("enable.idempotence=true, acks=all", "enable.idempotence off, acks=all", "wrong"),
        ("enable.idempotence=true", "enable.idempotence disabled", "wrong"),
        ("enable.auto.commit=false, commit after processing", "enable.auto.commit enabled, commit after processing", "wrong"),
        ("enable.auto.commit=false, commit after processing", "enable.auto.commit yes, commit after processing", "wrong"),
        ("enable.auto.commit=false, commit after processing", "auto commit on, commit after processing", "wrong"),
        ("unclean.leader.election.enable=false", "unclean.leader.election.enable true", "wrong"),
        ("Включить enable.idempotence=true", "enable.idempotence отключен", "wrong"),
        ("enable.idempotence=true aktivieren", "enable.idempotence deaktiviert", "wrong"),
        # the same state in words is the same value
        ("enable.idempotence=true, acks=all", "enable.idempotence on, acks=all", "right"),
        ("enable.auto.commit=false, commit after processing", "enable.auto.commit off, commit after processing", "right"),
    ],
)
def test_a_setting_state_in_words_is_its_value(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # a denying verb (prevents, rules out, impossible) of a value the model answer says plainly denies it
        ("Horizontal, built-in sharding", "built-in sharding which prevents horizontal scaling", "wrong"),
        ("FIFO per queue", "per queue, FIFO impossible", "wrong"),
        ("Exactly-once via transactions", "transactions rule out exactly-once", "wrong"),
        ("Горизонтальное, кольцо без мастера", "кольцо без мастера, мешает горизонтальному масштабированию", "wrong"),
        ("Horizontal, eingebautes Sharding", "eingebautes sharding, verhindert horizontale skalierung", "wrong"),
        # of something else, or of a value the model answer denies itself: no contradiction
        ("Horizontal, built-in sharding", "horizontal, built-in sharding which prevents hot spots", "right"),
        ("Horizontal, built-in sharding", "horizontal, built-in sharding", "right"),
        ("Transactions prevent exactly-once gaps", "transactions prevent exactly-once gaps", "right"),
    ],
)
def test_a_prohibition_of_the_expected_value_denies_it(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


@pytest.mark.parametrize(
    ("answer", "verdict_"),
    [
        # one subject's part naming only some of the values its cell lists as alternatives: an omission
        ("kafka: at-least-once and exactly-once, rabbitmq: at-least-once, redis: at-least-once, nats: at-least-once", "partly"),
        ("kafka: at-most-once, at-least-once, exactly-once; rabbitmq: at-least-once; redis: at-least-once; nats: at-least-once", "partly"),
        # every value said (or "all three"): right
        ("kafka: at-most-once, at-least-once, exactly-once; rabbitmq: at-least-once; redis: at-least-once; "
         "nats: at-least-once, exactly-once", "right"),
        ("kafka: all three; rabbitmq: at-least-once; redis: at-least-once; nats: at-least-once and exactly-once", "right"),
    ],
)
def test_a_compare_part_naming_some_listed_values_is_partly(answer, verdict_):
    deck, cards = open_deck("message-brokers-en")
    card = next(c for c in cards if c.id == "message-brokers-en/compare/comparison/delivery")
    assert grade_card(card, answer, aliases=subject_aliases(deck)).verdict == verdict_


@pytest.mark.parametrize(
    ("card_id", "answer", "verdict_"),
    [
        # "deleted on ack" is the queue trait: said of a log-based subject it is another model's value
        ("message-brokers-en/fact/comparison/replay/kafka", "yes, offset replay, but messages are deleted on ack", "wrong"),
        ("message-brokers-en/fact/comparison/replay/kafka", "yes, offset replay, messages removed after ack", "wrong"),
        ("message-brokers-en/fact/comparison/replay/kafka", "yes, offset replay", "right"),
        # of a queue-based subject it is true
        ("message-brokers-en/fact/comparison/storage/rabbitmq", "until acked / durable queue, messages deleted after ack", "right"),
    ],
)
def test_deleted_on_ack_is_the_queue_trait(card_id, answer, verdict_):
    deck, cards = open_deck("message-brokers-en")
    card = next(c for c in cards if c.id == card_id)
    assert grade_card(card, answer, aliases=subject_aliases(deck)).verdict == verdict_


@pytest.mark.parametrize(
    ("answer", "verdict_"),
    [
        # after a contrast marker the clause still counts: the question's words said plainly answer it yes
        ("no, the pool runs only on local disks, but a network share is still needed for backups", "wrong"),
        ("nein, nur lokale Platten, aber eine Netzwerkfreigabe wird immer noch gebraucht", "wrong"),
        # the question's word named once, or denied, is no yes
        ("no, the pool runs only on local disks, but older pools used a share", "right"),
        ("no, the pool runs only on local disks, but a network share is not needed", "right"),
        # an option is no flat yes
        ("no, the pool runs only on local disks, but you can add a network share if needed", "right"),
        ("no, the pool runs only on local disks", "right"),
    ],
)
def test_a_contrast_clause_saying_the_question_answers_yes(answer, verdict_):
    expected = "No: the pool runs only on local disks."
    question = "Does the pool still need a network share?"
    if answer.startswith("nein"):
        expected, question = "Nein: der Pool läuft nur auf lokalen Platten.", "Braucht der Pool noch eine Netzwerkfreigabe?"
    assert grade(expected, answer, context=question).verdict == verdict_


@pytest.mark.parametrize(
    ("deck_id", "answer", "verdict_"),
    [
        ("message-brokers", "нет, в 4.0 только kraft, но zookeeper всё ещё нужен для ACL", "wrong"),
        ("message-brokers", "нет, в 4.0 только kraft, но раньше был zookeeper", "right"),
        ("message-brokers-en", "no, only kraft in 4.0, but zookeeper is still needed for acls", "wrong"),
        ("message-brokers-en", "no, kafka 4.0 runs only on kraft", "right"),
    ],
)
def test_a_contrast_clause_on_the_shipped_yes_no_card(deck_id, answer, verdict_):
    deck, cards = open_deck(deck_id)
    card = next(c for c in cards if c.id == f"{deck_id}/follow-up/zookeeper")
    assert grade_card(card, answer, aliases=subject_aliases(deck)).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "question", "answer", "verdict_"),
    [
        # the default said in the region of another thing the question names: that thing called the default
        ("LRU: evicts the least recently used key; it is the default. LFU: evicts the least frequently used key.",
         "How does LRU differ from LFU?",
         "lru evicts the least recently used key; lfu the least frequently used one, and it is the default", "wrong"),
        ("LRU: удаляет давно не использованный ключ; это режим по умолчанию. LFU: удаляет редко используемый ключ.",
         "Чем LRU отличается от LFU?",
         "lru удаляет давно не использованный ключ; lfu редко используемый, и lfu по умолчанию", "wrong"),
        # said of the same thing as the model answer does
        ("LRU: evicts the least recently used key; it is the default. LFU: evicts the least frequently used key.",
         "How does LRU differ from LFU?",
         "lru evicts the least recently used key and is the default; lfu evicts the least frequently used key", "right"),
        ("LRU: удаляет давно не использованный ключ; это режим по умолчанию. LFU: удаляет редко используемый ключ.",
         "Чем LRU отличается от LFU?",
         "lru удаляет давно не использованный ключ, по умолчанию; lfu удаляет редко используемый ключ", "right"),
    ],
)
def test_the_default_said_of_another_named_thing(expected, question, answer, verdict_):
    assert grade(expected, answer, context=question).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # a connective ("too", "but", "но", "aber") is no word of another thing: the other value still counts
        ("Optimistic locking with versions", "optimistic locking with versions, pessimistic too", "wrong"),
        ("Optimistic locking with versions", "optimistic locking with versions, but pessimistic", "wrong"),
        ("Оптимистичная блокировка с версиями", "оптимистичная блокировка с версиями, но пессимистичная", "wrong"),
        ("Optimistische Sperren mit Versionen", "optimistische sperren mit versionen, aber pessimistisch", "wrong"),
        # a part naming another thing says the other value of that thing
        ("Optimistic locking with versions", "optimistic locking with versions, pessimistic for batch jobs", "right"),
        ("Optimistic locking with versions", "optimistic locking with versions", "right"),
    ],
)
def test_a_connective_does_not_make_a_part_about_something_else(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # "of all" (a superlative over every other) is a sweeping claim; a phrase is judged whole, not by its first word
        ("Event sourcing, analytics, stream processing, audit logs",
         "event sourcing, analytics, stream processing, audit logs, the lowest latency of all", "wrong"),
        ("Event Sourcing, Analytik, Stream Processing, Audit-Logs",
         "event sourcing, analytik, stream processing, audit-logs, die schnellste von allen", "wrong"),
        ("Event sourcing, аналитика, stream processing, audit logs",
         "event sourcing, аналитика, stream processing, audit logs, самый быстрый из всех", "wrong"),
        ("Event sourcing, analytics, stream processing, audit logs",
         "event sourcing, analytics, stream processing, audit logs, low latency", "right"),
    ],
)
def test_of_all_is_a_sweeping_claim(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # no bound at all (infinite, forever, бесконечно, unbegrenzt) in a part of its own is a sweeping claim
        ("Disk-backed, replicated, retention per stream, acks", "disk-backed, replicated, retention per stream, acks, kept forever", "wrong"),
        ("Disk-backed, репликация, retention на stream, ack", "disk-backed, репликация, retention на stream, ack, хранятся бесконечно", "wrong"),
        ("Disk-backed, Replikation, Retention pro Stream, Ack", "disk-backed, replikation, retention pro stream, ack, unbegrenzte grösse", "wrong"),
        ("Disk-backed, replicated, retention per stream, acks", "disk-backed, replicated, retention per stream, acks", "right"),
        # said by the model answer in another spelling: the same term
        ("Endless retries block the partition", "infinite retries block the partition", "right"),
    ],
)
def test_no_bound_is_a_sweeping_claim(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # "even" extends the claim to the extreme case, one the model answer does not vouch for
        ("High, requires a coordinator / cluster", "high, requires a coordinator and a cluster, even in version 4", "wrong"),
        ("Высокая, нужен координатор / кластер", "высокая, нужен координатор и кластер, даже в версии 4", "wrong"),
        ("Hoch, braucht einen Koordinator / Cluster", "hoch, braucht einen koordinator und cluster, sogar in version 4", "wrong"),
        ("High, requires a coordinator / cluster", "high, requires a coordinator and a cluster", "right"),
    ],
)
def test_even_is_a_sweeping_claim(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


@pytest.mark.parametrize(
    ("deck_id", "answer", "verdict_"),
    [
        # the subject's row that is a bare "No" (Replay: "No / only DLX") denies its label: claiming it is wrong
        ("message-brokers-en", "RabbitMQ for workflows and pub-sub and long-term event replay", "wrong"),
        ("message-brokers", "RabbitMQ для workflow и pub-sub и долгий replay событий", "wrong"),
        ("message-brokers-en", "RabbitMQ for workflows and pub-sub", "right"),
        ("message-brokers", "RabbitMQ для workflow и pub-sub", "right"),
    ],
)
def test_a_claim_the_subjects_no_row_denies(deck_id, answer, verdict_):
    deck, cards = open_deck(deck_id)
    card = next(c for c in cards if c.id == f"{deck_id}/cloze/interview/rabbitmq")
    assert grade_card(card, answer, aliases=subject_aliases(deck)).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # row versions (MVCC) are the opposite of an update in place
        ("Heap tables + WAL, MVCC row versions", "heap + wal, mvcc, rows are updated in place", "wrong"),
        ("Heap-Tabellen + WAL, MVCC-Zeilenversionen", "heap + wal, mvcc, zeilen werden an ort und stelle überschrieben", "wrong"),
        ("Heap tables + WAL, MVCC row versions", "heap files plus a write ahead log, multiversion rows", "right"),
        ("Heap tables + WAL, MVCC row versions", "heap tables and write-ahead log, MVCC row versions", "right"),
    ],
)
def test_row_versions_are_no_update_in_place(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_
