"""long24: long own-words answers that add true detail, refused as wrong by a guard (fresh24).

1. A number the model answer lacks, said beside every number the model answer gives ("deprecated
   in 3.9, removed in 4.0" for "removed in 4.0"), is detail, not a changed figure; one said in the
   place of a model answer's number stays wrong (extranumbers.py).
2. A "which ones fit?" card whose model answer only names subjects vouches for no claim: "every" /
   "each" in the answer's why is no sweeping claim against it (sweeping.py); the deck still judges
   the why, and a wrong subject stays wrong.
3. A trait value denied with the word before it ("no real exactly-once", "kein echtes multi-primary")
   is no claim of that value against the subject's other rows (traits.py); said flatly it stays one.
4. A negator inside a reason the answer gives after the whole model answer ("..., so readers are
   not blocked", «поэтому ... не блокируются», "sodass ... nicht blockiert") is part of the reason,
   no denial of the answer's own: the elaboration goes free (reasons.py); a denial outside a reason
   is still a claim, and a reason saying the model answer the other way is still wrong.
5. In a comparison, a word of the subject's own name ("N streams" said of Redis Streams) is no other
   subject's value though another cell says it ("super streams"), and a value the subject's own
   cell implies ("persisted" where it says "disk") is its own (ownname.py, glossary implies); more
   of the other cell's words, or the value where the own cell does not imply it, stay wrong.
6. A purpose is a reason (the lexicons' reason_markers: "in order to", «чтобы», "damit"): a part inside
   it ("..., чтобы отличить, что это повтор") makes no flat claim of a term only another subject's
   cells say (ownterms.py); the same term said as a part of its own still does.
7. A rating cell opening with two ratings ("👍/⚠️ ...") is rated by either; a verb that only advises
   ("use", «берите», "nimm": the lexicons' assertion_words) is no term of the note's own (match.py):
   "caution, use partitioned tables" is right; another rating, or a note term the cell lacks, is not.
8. A sentence opened by a former word ("previously", «раньше», "früher": the lexicons' former_words)
   tells the old state the change replaces: an aside no guard holds against the model answer
   (formerly.py); the same values said of the new state are still wrong.
9. Own words for a field term (glossary): "ordered set", «упорядоченное множество» say "sorted set";
   an ordered list does not; «висят в pending» says they stay there, «пропадают» does not.
"""

from __future__ import annotations

import pytest

from brokerquiz.core.deck.cards import subject_aliases
from brokerquiz.core.deck.library import open_deck
from brokerquiz.core.grading import grade, grade_card

DB_EN, DB_DE = "tests/fixtures/decks/databases.en.yaml", "tests/fixtures/decks/datenbanken.de.yaml"


def _card(deck_id: str, card_id: str):
    deck, cards = open_deck(deck_id)
    return next(c for c in cards if c.id == card_id), subject_aliases(deck)


# 1. numbers ---------------------------------------------------------------------------------------

_REMOVED = "Plain mirroring was removed in 4.0: use replicated logs instead."
_ENTFERNT = "Einfaches Spiegeln wurde in 4.0 entfernt: man nimmt replizierte Logs."
_UBRALI = "Простое зеркалирование убрали в 4.0: берут реплицируемые логи."
_LIMIT = "The limit is 8 slots per worker; a ninth job waits."


@pytest.mark.parametrize(("expected", "answer"), [
    (_REMOVED, "use replicated logs instead, plain mirroring was deprecated in 3.9 and removed in 4.0"),
    (_REMOVED, "replicated logs (on 3 or 5 nodes); plain mirroring was removed in 4.0"),
    (_ENTFERNT, "man nimmt replizierte logs, einfaches spiegeln war seit 3.9 veraltet und wurde in 4.0 entfernt"),
    (_UBRALI, "берут реплицируемые логи, простое зеркалирование устарело в 3.9 и его убрали в 4.0"),
    (_LIMIT, "8 slots per worker, say jobs 1 to 8 run and a ninth job waits"),
])
def test_a_figure_of_its_own_beside_every_expected_figure_is_detail(expected, answer):
    graded = grade(expected, answer)
    assert graded.verdict == "right", graded


@pytest.mark.parametrize(("expected", "answer"), [
    (_REMOVED, "use replicated logs instead, plain mirroring was removed in 3.9"),
    (_REMOVED, "replicated logs (on 3 or 5 nodes); plain mirroring was removed in 4.1"),
    (_ENTFERNT, "man nimmt replizierte logs, einfaches spiegeln wurde in 3.9 entfernt"),
    (_UBRALI, "берут реплицируемые логи, простое зеркалирование убрали в 3.9"),
    (_LIMIT, "the limit is 6 slots per worker; a ninth job waits"),
])
def test_a_figure_in_the_place_of_an_expected_one_stays_wrong(expected, answer):
    assert grade(expected, answer).verdict == "wrong"


@pytest.mark.parametrize(("expected", "answer"), [
    ("Retention is 7 days by default.", "7 days by default, or 30 days"),
    ("Retention ist standardmäßig 7 Tage.", "standardmäßig 7 Tage oder 30 Tage"),
    ("Retention по умолчанию 7 дней.", "по умолчанию 7 дней или 30 дней"),
])
def test_a_figure_offered_as_an_alternative_to_the_expected_one_is_a_hedge(expected, answer):
    assert grade(expected, answer).verdict == "wrong"


# 2. "which ones fit?" cards -----------------------------------------------------------------------

@pytest.mark.parametrize(("deck_id", "card_id", "answer", "verdict_"), [
    (DB_EN, "databases/scenario/workloads/multi-region", "cassandra, each node in every region accepts writes", "right"),
    (DB_EN, "databases/scenario/workloads/multi-region", "cassandra: every dc is writable", "right"),
    (DB_DE, "datenbanken/scenario/lasten/schreiblast", "cassandra und mongodb, jeder knoten nimmt schreibzugriffe an", "right"),
    ("message-brokers", "message-brokers/scenario/heavy-scenarios/task-queue",
     "rabbitmq, redis streams и nats jetstream: каждый воркер берёт свою задачу", "right"),
    ("message-brokers", "message-brokers/reverse/comparison/backpressure/rabbitmq", "rabbitmq, prefetch на каждом канале", "right"),
    ("message-brokers-en", "message-brokers-en/reverse/comparison/backpressure/rabbitmq", "rabbitmq, a prefetch on each channel", "right"),
    # near misses: a wrong subject stays wrong, however the why is worded
    (DB_EN, "databases/scenario/workloads/multi-region", "postgres, every node accepts writes", "wrong"),
    (DB_DE, "datenbanken/scenario/lasten/schreiblast", "postgresql, jeder knoten nimmt schreibzugriffe an", "wrong"),
    # a sweeping word over the things asked about says they all fit
    (DB_EN, "databases/scenario/workloads/multi-region", "cassandra, and every other database too", "wrong"),
    (DB_EN, "databases/scenario/workloads/multi-region", "cassandra, any store would do", "wrong"),
    ("message-brokers", "message-brokers/scenario/heavy-scenarios/task-queue", "kafka: каждый воркер читает свою партицию", "wrong"),
    ("message-brokers", "message-brokers/reverse/comparison/backpressure/rabbitmq", "kafka, prefetch на каждом канале", "wrong"),
    # a boundless word is still a claim of its own
    ("message-brokers", "message-brokers/reverse/comparison/storage/kafka", "kafka, хранит всё бесконечно", "wrong"),
    ("message-brokers-en", "message-brokers-en/reverse/comparison/storage/kafka", "kafka, it keeps everything forever", "wrong"),
])
def test_a_names_only_model_answer_vouches_for_no_claim(deck_id, card_id, answer, verdict_):
    card, aliases = _card(deck_id, card_id)
    assert grade_card(card, answer, aliases=aliases).verdict == verdict_


# 3. a trait value denied with the word before it --------------------------------------------------

@pytest.mark.parametrize(("deck_id", "card_id", "answer", "verdict_"), [
    ("message-brokers-en", "message-brokers-en/fact/comparison/transactions/rabbitmq",
     "no, at-least-once; tx mode exists but is no real exactly-once", "right"),
    ("message-brokers", "message-brokers/fact/comparison/transactions/redis",
     "нет, at-least-once; MULTI/EXEC атомарен, но это не настоящий exactly-once", "right"),
    (DB_DE, "datenbanken/fact/vergleich/skalierung/mysql",
     "vertikal + lesereplikate, sharding über vitess, kein echtes multi-primary", "right"),
    # near misses: the value said flatly is still a claim the subject's other rows exclude
    ("message-brokers-en", "message-brokers-en/fact/comparison/transactions/rabbitmq",
     "no, at-least-once; tx mode gives real exactly-once", "wrong"),
    ("message-brokers", "message-brokers/fact/comparison/transactions/redis",
     "нет, at-least-once; MULTI/EXEC даёт настоящий exactly-once", "wrong"),
    (DB_DE, "datenbanken/fact/vergleich/skalierung/mysql",
     "vertikal + lesereplikate, sharding über vitess, echtes multi-primary", "wrong"),
])
def test_a_trait_value_denied_with_its_phrase_is_no_claim(deck_id, card_id, answer, verdict_):
    card, aliases = _card(deck_id, card_id)
    assert grade_card(card, answer, aliases=aliases).verdict == verdict_


# 4. a negator inside a reason ---------------------------------------------------------------------

@pytest.mark.parametrize(("expected", "answer"), [
    ("Read committed.", "read committed; the engine also keeps row versions, so readers are not blocked by writers"),
    ("Read Committed.", "read committed; die engine hält auch zeilenversionen, sodass leser nicht blockiert werden"),
    ("Read committed.", "read committed; движок хранит версии строк, поэтому читатели не блокируются писателями"),
])
def test_a_negator_inside_a_reason_is_no_denial_of_its_own(expected, answer):
    graded = grade(expected, answer)
    assert graded.verdict == "right", graded


@pytest.mark.parametrize(("expected", "answer"), [
    # a denial outside a reason is a claim the model answer does not make
    ("Read committed.", "read committed; the engine also keeps row versions and readers are not blocked"),
    ("Read Committed.", "read committed; die engine hält auch zeilenversionen und leser werden nicht blockiert"),
    ("Read committed.", "read committed; движок хранит версии строк и читатели не блокируются"),
    # a reason denying what the model answer says is wrong
    ("Durable queue, messages kept on disk.", "durable queue, so messages are not kept on disk"),
    ("Dauerhafte Queue, Nachrichten auf der Platte.", "dauerhafte queue, sodass nachrichten nicht auf der platte liegen"),
    ("Durable queue, сообщения на диске.", "durable queue, поэтому сообщения не на диске"),
])
def test_a_denial_outside_a_reason_or_against_the_model_stays_refused(expected, answer):
    assert grade(expected, answer).verdict != "right"


# 5. a comparison part: the subject's own name, a value its own cell implies ------------------------

_AL = {"Kafka": ["kafka"], "RabbitMQ": ["rabbit", "rabbitmq"], "Redis Streams": ["redis"], "NATS JetStream": ["nats", "jetstream"]}
_KEYS = "Kafka: one partition per key\nRabbitMQ: super streams or a hash exchange\nRedis Streams: N keys, one per shard"
_KEYS_DE = "Kafka: eine Partition pro Key\nRabbitMQ: Super Streams oder ein Hash-Exchange\nRedis Streams: N Keys, einer pro Shard"
_KEYS_RU = "Kafka: одна партиция на ключ\nRabbitMQ: super streams или hash exchange\nRedis Streams: N ключей, по одному на шард"
_DISK = "Kafka: on disk, long retention\nRabbitMQ: durable queue until acked\nRedis Streams: in memory plus disk"
_MEMORY = "Kafka: on disk, long retention\nRabbitMQ: durable queue until acked\nRedis Streams: in memory"
_DISK_RU = "Kafka: на диске, долгое хранение\nRabbitMQ: durable queue до ack\nRedis Streams: в памяти и на диске"
_MEMORY_RU = "Kafka: на диске, долгое хранение\nRabbitMQ: durable queue до ack\nRedis Streams: в памяти"
_DISK_DE = ("Kafka: auf Festplatte, lange Aufbewahrung\nRabbitMQ: durable Queue bis zum Ack\n"
            "Redis Streams: im Arbeitsspeicher und auf Festplatte")
_MEMORY_DE = "Kafka: auf Festplatte, lange Aufbewahrung\nRabbitMQ: durable Queue bis zum Ack\nRedis Streams: im Arbeitsspeicher"


@pytest.mark.parametrize(("expected", "answer", "verdict_"), [
    (_KEYS, "kafka: one partition per key; rabbitmq: super streams or a hash exchange; "
            "redis: N keys as N streams, one per shard, picked by hash", "right"),
    (_KEYS_DE, "kafka: eine partition pro key; rabbitmq: super streams oder ein hash-exchange; "
               "redis: N keys als N streams, einer pro shard, per hash gewählt", "right"),
    (_KEYS_RU, "kafka: одна партиция на ключ; rabbitmq: super streams или hash exchange; "
               "redis: N ключей, N стримов, по одному на шард, выбор по hash", "right"),
    (_DISK, "kafka: on disk, long retention; rabbitmq: durable queue until acked; redis: in memory, persisted to disk", "right"),
    (_DISK_RU, "kafka: на диске, долгое хранение; rabbitmq: durable queue до ack; redis: в памяти и персистентно на диске", "right"),
    (_DISK_DE, "kafka: auf festplatte, lange aufbewahrung; rabbitmq: durable queue bis zum ack; "
               "redis: im arbeitsspeicher, dauerhaft auf festplatte", "right"),
    # near misses: the other cell's words themselves, or a value the own cell does not imply
    (_KEYS, "kafka: one partition per key; rabbitmq: super streams or a hash exchange; "
            "redis: N keys, one per shard, with super streams and a hash exchange", "wrong"),
    (_MEMORY, "kafka: on disk, long retention; rabbitmq: durable queue until acked; redis: in memory, persistent", "wrong"),
    (_MEMORY_RU, "kafka: на диске, долгое хранение; rabbitmq: durable queue до ack; redis: в памяти, персистентно", "wrong"),
    (_MEMORY_DE, "kafka: auf festplatte, lange aufbewahrung; rabbitmq: durable queue bis zum ack; redis: im arbeitsspeicher, dauerhaft", "wrong"),
])
def test_a_comparison_part_owns_its_name_and_what_its_cell_implies(expected, answer, verdict_):
    assert grade(expected, answer, aliases=_AL).verdict == verdict_


# 6. a purpose clause makes no flat claim ----------------------------------------------------------

_IDEM = "message-brokers-interview/fact/topics/idempotence/rabbitmq"
_IDEM_EN = "message-brokers-interview-en/fact/topics/idempotence/rabbitmq"


@pytest.mark.parametrize(("deck_id", "card_id", "answer", "verdict_"), [
    ("message-brokers-interview", _IDEM, "publisher confirms, ack вручную и флаг redelivered, чтобы отличить, что это повтор", "right"),
    ("message-brokers-interview-en", _IDEM_EN, "publisher confirms, manual acks and the redelivered flag, in order to see, whether it is a retry", "right"),
    # near misses: the term as a part of its own
    ("message-brokers-interview", _IDEM, "publisher confirms, ack вручную и флаг redelivered, это повтор", "wrong"),
    ("message-brokers-interview-en", _IDEM_EN, "publisher confirms, manual acks and the redelivered flag; a retry", "wrong"),
])
def test_a_purpose_clause_makes_no_flat_claim(deck_id, card_id, answer, verdict_):
    card, aliases = _card(deck_id, card_id)
    assert grade_card(card, answer, aliases=aliases).verdict == verdict_


# 7. a split rating, and advice in the note --------------------------------------------------------

@pytest.mark.parametrize(("expected", "answer"), [
    ("👍/⚠️ Partitioned tables", "caution, use partitioned tables"),
    ("👍/⚠️ Партиционированные таблицы", "с оговорками, берите партиционированные таблицы"),
    ("👍/⚠️ Partitionierte Tabellen", "mit Einschränkungen, nimm partitionierte Tabellen"),
    ("👍/⚠️ Lesereplikate", "mit Einschränkungen, nutze Lesereplikate"),
])
def test_either_rating_of_a_split_cell_with_advice_is_right(expected, answer):
    graded = grade(expected, answer)
    assert graded.verdict == "right", graded


@pytest.mark.parametrize(("expected", "answer"), [
    ("👍/⚠️ Read replicas", "bad, use read replicas"),
    ("👍/⚠️ Lesereplikate", "schlecht, nutze Lesereplikate"),
    ("👍/⚠️ реплики для чтения", "плохо, используйте реплики для чтения"),
    ("👍 Read replicas", "caution, use read replicas"),
    ("👍/⚠️ Read replicas", "caution, use sharding"),  # a term the note lacks: partly at best
])
def test_another_rating_or_another_note_stays_refused(expected, answer):
    assert grade(expected, answer).verdict != "right"


# 8. the old state, set aside ----------------------------------------------------------------------

_MOVES = ("Назначение переезжает на брокер: координатор сам его считает и доводит каждого участника по отдельности. "
          "Глобального барьера нет.")
_WANDERT = ("Die Zuweisung wandert auf den Broker: der Koordinator berechnet sie und führt jedes Mitglied einzeln nach. "
            "Eine globale Barriere gibt es nicht.")
_MOVES_EN = ("The assignment moves to the broker: the coordinator computes it and moves each member on its own. "
             "There is no global barrier.")


@pytest.mark.parametrize(("expected", "answer"), [
    (_MOVES, "раньше назначение считал лидер на клиенте, и был общий барьер, все стоят. теперь это на брокере: "
             "координатор сам его считает и доводит каждого участника по отдельности, без глобального барьера"),
    (_WANDERT, "früher berechnete der Leader sie auf dem Client, und es gab eine Barriere für alle. jetzt läuft das auf dem "
               "Broker: der Koordinator berechnet sie und führt jedes Mitglied einzeln nach, ohne globale Barriere"),
    (_MOVES_EN, "previously the leader computed it on the client and there was a barrier for everyone. now it runs on the "
                "broker: the coordinator computes it and moves each member on its own, no global barrier"),
])
def test_the_old_state_told_first_is_no_claim(expected, answer):
    graded = grade(expected, answer)
    assert graded.verdict == "right", graded


@pytest.mark.parametrize(("expected", "answer"), [
    (_MOVES, "теперь это на брокере: координатор сам его считает и доводит каждого участника по отдельности, и есть общий барьер"),
    (_WANDERT, "jetzt läuft das auf dem Broker: der Koordinator berechnet sie und führt jedes Mitglied einzeln nach, "
               "mit einer Barriere für alle"),
])
def test_the_old_state_said_of_the_new_stays_wrong(expected, answer):
    assert grade(expected, answer).verdict == "wrong"


@pytest.mark.parametrize(("expected", "answer"), [
    ("Consumers must be idempotent.", "previously consumers had to be idempotent."),
    ("Consumers must be idempotent.", "раньше консьюмеры должны были быть идемпотентными"),
    ("Kafka 4.0 needs no ZooKeeper, only KRaft.", "previously it needed zookeeper. kafka 4.0 still needs zookeeper"),
])
def test_an_answer_telling_only_the_old_state_is_not_right(expected, answer):
    assert grade(expected, answer).verdict != "right"


# 9. own words for a term --------------------------------------------------------------------------

@pytest.mark.parametrize(("expected", "answer"), [
    ("Use a sorted set scored by run time.", "an ordered set scored by run time"),
    ("Берут sorted set: score равен времени запуска.", "берут упорядоченное множество, score равен времени запуска"),
    ("Man nimmt ein Sorted Set mit der Laufzeit als Score.", "man nimmt eine geordnete Menge mit der Laufzeit als Score"),
])
def test_an_ordered_set_is_a_sorted_set(expected, answer):
    assert grade(expected, answer).verdict == "right"


def test_an_ordered_list_is_no_sorted_set():
    assert grade("Use a sorted set scored by run time.", "an ordered list scored by run time").verdict != "right"


_PENDING = "Записи остаются в pending, пока их не подтвердят; другой консьюмер их забирает."


def test_hanging_in_pending_is_staying_there():
    assert grade(_PENDING, "записи висят в pending, другой консьюмер их забирает").verdict == "right"
    assert grade(_PENDING, "записи пропадают из pending, другой консьюмер их забирает").verdict != "right"
