"""fa8: false accepts, round 8: omissions accepted as right. Each class with made-up cards and
model answers (other words, decks, languages) and the near misses that must keep their verdict."""

import pytest

from brokerquiz.core.deck.cards import subject_aliases
from brokerquiz.core.deck.library import open_deck
from brokerquiz.core.grading import grade_parts
from brokerquiz.grading import grade


def _aliases(deck_id: str):
    deck, _ = open_deck(deck_id)
    return subject_aliases(deck)


# --- 1. a compare clause said of several subjects at once ("A and B on disk") says what they
# share: a subject's first point alone is no point of it there, half of its points is.
STORAGE_EN = [
    ("Kafka", "Disk, segment files, page cache"),
    ("RabbitMQ", "Disk or memory, lazy queues"),
    ("Redis Streams", "Memory, optional AOF"),
    ("NATS JetStream", "Disk, file store, optional replicas"),
]
STORAGE_RU = [
    ("Kafka", "Диск, файлы сегментов, page cache"),
    ("RabbitMQ", "Диск или память, lazy queues"),
    ("Redis Streams", "Память, опционально AOF"),
    ("NATS JetStream", "Диск, file store, реплики опционально"),
]
SCALING_DE = "tests/fixtures/decks/datenbanken.de.yaml"
SCALING_DE_PARTS = [
    ("PostgreSQL", "Vertikal, Lesereplikate, Citus für Sharding"),
    ("MySQL", "Vertikal, Lesereplikate, Vitess für Sharding"),
    ("MongoDB", "Horizontal, Shards mit Config-Servern, Balancer"),
    ("Cassandra", "Horizontal, Token-Ring, Knoten einfach hinzufügen"),
]

GROUPED_FIRST_POINT = [
    ("message-brokers-en", STORAGE_EN, "kafka and nats on disk, rabbitmq disk or memory with lazy queues, redis memory with optional aof"),
    ("message-brokers", STORAGE_RU, "kafka и nats на диске, rabbitmq диск или память, lazy queues, redis память, опционально aof"),
    ("tests/fixtures/decks/datenbanken.de.yaml", SCALING_DE_PARTS,
     "postgres und mysql vertikal, mongodb und cassandra horizontal"),
]


@pytest.mark.parametrize("deck,parts,answer", GROUPED_FIRST_POINT)
def test_a_clause_of_several_subjects_saying_only_their_first_point_is_partly(deck, parts, answer):
    g = grade_parts(parts, answer, aliases=_aliases(deck)).as_grade()
    assert g.verdict == "partly"


GROUPED_KEPT = [
    # each subject of a shared clause gets half its points or more
    ("message-brokers-en", STORAGE_EN, "kafka and nats on disk in files, rabbitmq disk or memory, redis memory with optional aof", "right"),
    ("tests/fixtures/decks/datenbanken.de.yaml", SCALING_DE_PARTS,
     "postgres und mysql vertikal mit lesereplikaten, mongodb horizontal mit shards, cassandra horizontal mit token-ring", "right"),
    # one subject per clause: its first point alone is still its point
    ("message-brokers-en", STORAGE_EN, "kafka disk, rabbitmq disk or memory, redis memory, nats disk", "right"),
    ("message-brokers", STORAGE_RU, "kafka диск, rabbitmq диск или память, redis память, nats диск", "right"),
    # a shared clause saying another subject's value is still wrong
    ("message-brokers-en", STORAGE_EN, "kafka and redis on disk, rabbitmq disk or memory, nats disk", "wrong"),
]


@pytest.mark.parametrize("deck,parts,answer,verdict", GROUPED_KEPT)
def test_shared_clauses_with_half_their_points_or_one_subject_each_keep_their_verdict(deck, parts, answer, verdict):
    assert grade_parts(parts, answer, aliases=_aliases(deck)).as_grade().verdict == verdict


# --- 2. a question of two asks, whose later sentence says the question's word inside a glossary
# term ("a crashed consumer's ..." for "... of a consumer that crashed?"): that sentence answers
# the second ask, and an answer saying only the lead leaves it out.
CLAIM_Q = "How do the workers of a group share the jobs, and what happens to the jobs of a consumer that crashed?"
CLAIM = ("The scheduler hands each job to one worker of the group and keeps it in a pending list until it is acknowledged. "
         "A crashed consumer's jobs stay pending until a live worker claims them after an idle timeout.")
CLAIM_Q_DE = "Wie verteilt die Gruppe die Jobs, und was passiert mit den Jobs eines Consumers, der abgestürzt ist?"

TERM_HIDES_ASK = [
    (CLAIM, "each job goes to one worker of the group and stays in a pending list until it is acked", CLAIM_Q),
    (CLAIM, "the scheduler hands every job to one worker and keeps it pending until the ack", CLAIM_Q),
]


@pytest.mark.parametrize("expected,answer,question", TERM_HIDES_ASK)
def test_a_lead_alone_leaves_out_the_ask_a_term_hides(expected, answer, question):
    assert grade(expected, answer, context=question).verdict == "partly"


TERM_HIDES_ASK_KEPT = [
    (CLAIM, "each job goes to one worker and stays pending until the ack; a live worker claims a crashed consumer's jobs after an idle timeout",
     CLAIM_Q, "right"),
    (CLAIM, "each job goes to one worker of the group and stays pending until it is acked; a crashed consumer's jobs stay pending "
            "until a live worker claims them after an idle timeout", CLAIM_Q, "right"),
]


@pytest.mark.parametrize("expected,answer,question,verdict", TERM_HIDES_ASK_KEPT)
def test_both_asks_answered_stay_right(expected, answer, question, verdict):
    assert grade(expected, answer, context=question).verdict == verdict


# --- 3. an accept entry's part opens with its head ("asynchronous link ..."): a head naming a value
# (asynchronous, one-way) left out is a key point left out, also when the answer says other words
# besides (a head said in other words, "the broker" for "the coordinator", is not asked here).
FED = ("Federation links exchanges of two clusters, and messages published upstream flow downstream as they arrive. "
       "It is asynchronous, survives WAN outages and needs no shared Erlang cookie.")
FED_ACCEPT = ("asynchronous link between exchanges of two clusters", "federated exchange")
FED_Q = "What does federation do in RabbitMQ?"
FED_RU = "Federation связывает exchange двух кластеров, сообщения идут вниз по течению. Она асинхронная и переживает обрывы WAN."
FED_RU_ACCEPT = ("асинхронная связь между exchange двух кластеров",)
FED_RU_Q = "Что делает federation?"
FED_DE = "Federation verbindet Exchanges zweier Cluster, Nachrichten fließen stromabwärts. Sie ist asynchron und übersteht WAN-Ausfälle."
FED_DE_ACCEPT = ("asynchrone Verbindung zwischen Exchanges zweier Cluster",)
FED_DE_Q = "Was macht Federation?"

HEAD_LEFT_OUT = [
    (FED, FED_ACCEPT, FED_Q, "a link between exchanges of two clusters, messages go downstream"),
    (FED, FED_ACCEPT, FED_Q, "link between exchanges of two clusters"),
    (FED_RU, FED_RU_ACCEPT, FED_RU_Q, "связь между exchange двух кластеров"),
    (FED_DE, FED_DE_ACCEPT, FED_DE_Q, "Verbindung zwischen Exchanges zweier Cluster"),
]


@pytest.mark.parametrize("expected,accept,question,answer", HEAD_LEFT_OUT)
def test_an_accept_entry_without_its_head_is_no_accept(expected, accept, question, answer):
    assert grade(expected, answer, accept=accept, context=question).verdict != "right"


HEAD_KEPT = [
    (FED, FED_ACCEPT, FED_Q, "an asynchronous link between exchanges of two clusters"),
    (FED, FED_ACCEPT, FED_Q, "async link between the exchanges of two clusters"),
    (FED_RU, FED_RU_ACCEPT, FED_RU_Q, "асинхронная связь между exchange двух кластеров"),
    (FED_DE, FED_DE_ACCEPT, FED_DE_Q, "asynchrone Verbindung zwischen Exchanges zweier Cluster"),
    (FED, FED_ACCEPT, FED_Q, "a federated exchange"),
]


@pytest.mark.parametrize("expected,accept,question,answer", HEAD_KEPT)
def test_an_accept_entry_with_its_head_stays_right(expected, accept, question, answer):
    assert grade(expected, answer, accept=accept, context=question).verdict == "right"


# --- 4. a compare subject's cell of three points or more ("Rich SQL, joins, window functions,
# CTEs") makes claims of equal rank: its first point alone is one of them (partly); half of them,
# or a value the cell names whole (a level, yes/no), is its point. A cell of two points keeps the
# first point alone as its point ("High, needs a cluster"), and any right part keeps the whole partly.
ROUTING_EN = [
    ("Kafka", "Topics, partitions by key, consumer groups, offsets"),
    ("RabbitMQ", "Exchanges, bindings, routing keys"),
    ("Redis Streams", "Stream keys, consumer groups"),
    ("NATS JetStream", "Subjects, wildcards, streams, consumers"),
]
ROUTING_RU = [
    ("Kafka", "Топики, партиции по ключу, consumer groups, офсеты"),
    ("RabbitMQ", "Exchange, биндинги, routing key"),
    ("Redis Streams", "Ключи стримов, consumer groups"),
    ("NATS JetStream", "Subjects, wildcards, streams, consumers"),
]
INDEXES_DE = [
    ("PostgreSQL", "B-Tree, GIN, GiST, BRIN"),
    ("MySQL", "B+Tree, Volltext, räumliche Indizes"),
    ("MongoDB", "Einfeld, zusammengesetzt, Multikey, Text"),
    ("Cassandra", "Primärschlüssel, sekundär"),
]
EFFORT_EN = [
    ("Kafka", "High, needs a cluster and tuning"),
    ("RabbitMQ", "Medium, simple setup"),
    ("Redis Streams", "Low, Redis is already there"),
    ("NATS JetStream", "Low, a single binary"),
]

FIRST_OF_MANY = [
    ("message-brokers-en", ROUTING_EN, "kafka topics, rabbitmq exchanges and bindings, redis stream keys, consumer groups; nats subjects"),
    ("message-brokers", ROUTING_RU, "kafka топики, rabbitmq exchange и биндинги, redis ключи стримов и группы, nats subjects"),
    ("tests/fixtures/decks/datenbanken.de.yaml", INDEXES_DE,
     "postgres b-tree, mysql b+tree und volltext, mongodb einfeld und zusammengesetzt, cassandra primärschlüssel und sekundär"),
]


@pytest.mark.parametrize("deck,parts,answer", FIRST_OF_MANY)
def test_the_first_point_alone_of_a_cell_of_many_points_is_partly(deck, parts, answer):
    assert grade_parts(parts, answer, aliases=_aliases(deck)).as_grade().verdict == "partly"


MANY_KEPT = [
    # half of a many-point cell is its point
    ("message-brokers-en", ROUTING_EN, "kafka topics and partitions by key, rabbitmq exchanges and bindings, redis stream keys, consumer groups; "
     "nats subjects and wildcards", "right"),
    ("tests/fixtures/decks/datenbanken.de.yaml", INDEXES_DE,
     "postgres b-tree und gin, mysql b+tree und volltext, mongodb einfeld und zusammengesetzt, cassandra primärschlüssel und sekundär", "right"),
    # the first point of a two-point cell, a level, is still its point
    ("message-brokers-en", EFFORT_EN, "kafka high, rabbitmq medium, redis low, nats low", "right"),
    # one subject's first point alone is still a right part of the answer: partly, not wrong
    ("message-brokers-en", ROUTING_EN, "kafka topics", "partly"),
    ("message-brokers", ROUTING_RU, "kafka топики, nats subjects", "partly"),
]


@pytest.mark.parametrize("deck,parts,answer,verdict", MANY_KEPT)
def test_half_a_many_point_cell_or_a_two_point_cells_first_point_keep_their_verdict(deck, parts, answer, verdict):
    assert grade_parts(parts, answer, aliases=_aliases(deck)).as_grade().verdict == verdict


# --- 5. one pair's thing said with the other pair's order: the model answer's sentences name a
# thing each ("PUSH: the server sends to the client ... PULL: the client asks the server ..."),
# the same two words around the same word in the other order, and a sentence of the answer names
# one thing and gives its two words the order of the other's sentence: a swap, not a paraphrase.
MODES = ("PUSH: the server sends the data to the client as it arrives. "
         "PULL: the client sends a request to the server when it is ready.")
MODES_Q = "What happens in PUSH mode?"
MODES_RU = ("PUSH: сервер шлёт данные клиенту по мере поступления. "
            "PULL: клиент шлёт запрос серверу, когда готов.")
MODES_RU_Q = "Что происходит в режиме PUSH?"
MODES_DE = ("PUSH: der Server schickt die Daten an den Client, sobald sie ankommen. "
            "PULL: der Client schickt eine Anfrage an den Server, wenn er bereit ist.")
MODES_DE_Q = "Was passiert im PUSH-Modus?"

ORDER_SWAPPED = [
    (MODES, "with PUSH the client sends the data to the server as it arrives", MODES_Q),
    (MODES_RU, "при PUSH клиент шлёт данные серверу по мере поступления", MODES_RU_Q),
    (MODES_DE, "bei PUSH schickt der Client die Daten an den Server, sobald sie ankommen", MODES_DE_Q),
]


@pytest.mark.xfail(strict=True, reason="known gap: the word-order pairing rule was dropped at merge, as it refused "
                   "right answers in the passive ('events stored by the old version are read by the new handler'); "
                   "mirrored.py and crossed.py do not see a subject-object swap of one deed")
@pytest.mark.parametrize("expected,answer,question", ORDER_SWAPPED)
def test_a_things_two_words_in_the_other_things_order_are_a_swap(expected, answer, question):
    g = grade(expected, answer, context=question)
    assert g.verdict == "wrong"


ORDER_KEPT = [
    (MODES, "with PUSH the server sends the data to the client as it arrives", MODES_Q, "right"),
    (MODES, "PUSH: the data goes to the client from the server as it arrives", MODES_Q, "right"),
    (MODES_RU, "при PUSH сервер шлёт данные клиенту по мере поступления", MODES_RU_Q, "right"),
    (MODES_DE, "bei PUSH schickt der Server die Daten an den Client, sobald sie ankommen", MODES_DE_Q, "right"),
]


@pytest.mark.parametrize("expected,answer,question,verdict", ORDER_KEPT)
def test_a_things_own_order_stays_right(expected, answer, question, verdict):
    assert grade(expected, answer, context=question).verdict == verdict


# --- 6. a question asking how one thing differs from another (the lexicons' differ_words) asks of
# both: a lead sentence about the first alone leaves the second out.
QUEUES = ("A classic queue lives on the node that declared it and is gone when that node fails. "
          "A quorum queue replicates its messages with Raft and survives a node failure.")
QUEUES_Q = "How does a classic queue differ from a quorum queue?"
QUEUES_RU = ("Classic-очередь живёт на узле, который её объявил, и пропадает, когда он падает. "
             "Quorum-очередь реплицирует сообщения через Raft и переживает падение узла.")
QUEUES_RU_Q = "Чем classic-очередь отличается от quorum-очереди?"
QUEUES_DE = ("Eine Classic-Queue lebt auf dem Knoten, der sie deklariert hat, und ist weg, wenn er ausfällt. "
             "Eine Quorum-Queue repliziert ihre Nachrichten per Raft und übersteht einen Knotenausfall.")
QUEUES_DE_Q = "Wie unterscheidet sich eine Classic-Queue von einer Quorum-Queue?"

ONE_SIDE = [
    (QUEUES, "a classic queue lives on the node that declared it and is gone when that node fails", QUEUES_Q),
    (QUEUES_RU, "classic-очередь живёт на узле, который её объявил, и пропадает, когда он падает", QUEUES_RU_Q),
    (QUEUES_DE, "eine Classic-Queue lebt auf dem Knoten, der sie deklariert hat, und ist weg, wenn er ausfällt", QUEUES_DE_Q),
]


@pytest.mark.parametrize("expected,answer,question", ONE_SIDE)
def test_one_side_of_a_differ_question_is_partly(expected, answer, question):
    assert grade(expected, answer, context=question).verdict == "partly"


BOTH_SIDES = [
    (QUEUES, "a classic queue lives on the node that declared it and is gone when it fails; a quorum queue replicates "
             "its messages with raft and survives a node failure", QUEUES_Q),
    (QUEUES_RU, "classic-очередь живёт на узле, который её объявил, и пропадает, когда он падает; quorum-очередь "
                "реплицирует сообщения через raft и переживает падение узла", QUEUES_RU_Q),
]


@pytest.mark.parametrize("expected,answer,question", BOTH_SIDES)
def test_both_sides_of_a_differ_question_stay_right(expected, answer, question):
    assert grade(expected, answer, context=question).verdict == "right"
