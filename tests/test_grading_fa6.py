"""fa6: false accepts, round 6. Each class with made-up variants (other words, decks, languages)
and the near misses that must stay right."""

import pytest

from brokerquiz.grading import grade

# --- 1. "the server does it itself" (ru "сервер сам ...", de "der Broker ... selbst"): a machine
# (the broker, the server, the cluster, a subject of the deck) said to do a thing by itself, where
# the model answer of several sentences gives it to someone else (a subscriber, the application).
# An accept entry's short form ("MaxDeliver") does not vouch for that claim: the model answer judges.
MAX_DELIVER = ("MaxDeliver на consumer ограничивает число доставок, BackOff задаёт паузы между повторами. "
               "Когда попытки исчерпаны, сервер публикует advisory MAX_DELIVERIES; подписчик на него может "
               "переложить сообщение в DLQ-stream.")
MAX_DELIVER_Q = "Как JetStream ограничивает повторы poison-сообщения?"
MAX_DELIVER_ACCEPT = ("MaxDeliver, advisory MAX_DELIVERIES", "MaxDeliver, BackOff", "MaxDeliver")
REBALANCE = ("Partitions are reassigned when a member joins or leaves. Static membership keeps a member's "
             "partitions across a restart within the session timeout.")
REBALANCE_RU = ("Партиции переназначаются, когда участник входит или выходит. Static membership сохраняет "
                "партиции участника при рестарте в пределах session timeout.")
SHARDING_RU = ("Один stream — один ключ, а ключ живёт на одном шарде. Заводят несколько streams и выбирают "
               "stream по хешу ключа.")

SELF_DOERS = [
    (MAX_DELIVER, "после MaxDeliver попыток сервер сам перекладывает сообщение в DLQ стрим", MAX_DELIVER_Q,
     MAX_DELIVER_ACCEPT),
    (MAX_DELIVER, "MaxDeliver и BackOff, а потом брокер сам кладёт сообщение в DLQ", MAX_DELIVER_Q,
     MAX_DELIVER_ACCEPT),
    (REBALANCE_RU, "static membership, при рестарте брокер сам вернёт партиции участнику",
     "Как избежать ребаланса?", ("static membership",)),
    (SHARDING_RU, "несколько streams по хешу ключа, хотя redis cluster сам делит большой stream",
     "Как масштабировать один stream?", ("несколько streams по хешу ключа",)),
]


@pytest.mark.parametrize("expected,answer,question,accept", SELF_DOERS)
def test_a_machine_doing_it_itself_is_no_accepted_short_form(expected, answer, question, accept):
    g = grade(expected, answer, accept=accept, question=question, context=question)
    assert g.verdict != "right"


SELF_DOERS_KEPT = [
    # the candidate (or the consumer, the application) does it: no claim about the broker
    (MAX_DELIVER, "MaxDeliver, а в DLQ перекладываешь сам по advisory", MAX_DELIVER_Q, MAX_DELIVER_ACCEPT),
    (MAX_DELIVER, "MaxDeliver, консьюмер сам решает, что делать после advisory", MAX_DELIVER_Q, MAX_DELIVER_ACCEPT),
    # emphasis: "сам" before its noun
    (MAX_DELIVER, "MaxDeliver, сам сервер сообщение никуда не перекладывает", MAX_DELIVER_Q, MAX_DELIVER_ACCEPT),
    (REBALANCE, "static membership", "How do you avoid a rebalance?", ("static membership",)),
    (SHARDING_RU, "несколько streams по хешу ключа, шардируешь сам", "Как масштабировать один stream?",
     ("несколько streams по хешу ключа",)),
]


@pytest.mark.parametrize("expected,answer,question,accept", SELF_DOERS_KEPT)
def test_someone_else_doing_it_themselves_stays_right(expected, answer, question, accept):
    g = grade(expected, answer, accept=accept, question=question, context=question)
    assert g.verdict == "right"


# --- 2. a denied name followed by its quoted content ("..., not the «processed and acked» pair"):
# the negator reaches the quote, so an answer claiming what the quote says ("processing and the
# ack go into one transaction") says what the model answer denies.
ATOMIC_RU = ("Atomic batch publish: stream с AllowAtomicPublish принимает пачку сообщений, которая сохраняется "
             "целиком или не сохраняется вовсе. Это атомарность публикации, а не связка «обработал и подтвердил».")
ATOMIC_EN = ("Atomic batch publish: a stream with AllowAtomicPublish takes a batch that is stored whole or not at "
             "all. It is atomic publishing, not the pair \u201cprocessed and acknowledged\u201d.")
ATOMIC_DE = ("Atomic Batch Publish: ein Stream mit AllowAtomicPublish nimmt einen Stapel an, der ganz oder gar nicht "
             "gespeichert wird. Das ist atomares Veröffentlichen, nicht das Paar \u201everarbeitet und bestätigt\u201c.")
VACUUM_EN = ("VACUUM reclaims the space of dead row versions. It runs beside reads and writes, not as a "
             "\"full table lock\".")

QUOTE_DENIED = [
    (ATOMIC_RU, "AllowAtomicPublish на stream, пачка целиком или никак, и заодно обработка и подтверждение "
                "консьюмера попадают в ту же транзакцию", "Как атомарно опубликовать несколько сообщений?",
     ("AllowAtomicPublish",)),
    (ATOMIC_EN, "AllowAtomicPublish on the stream, and it also makes processing and acknowledging one atomic step",
     "How do you publish several messages atomically?", ("AllowAtomicPublish",)),
    (ATOMIC_DE, "AllowAtomicPublish am Stream, und damit wird auch verarbeitet und bestätigt in einem Schritt",
     "Wie veröffentlicht man mehrere Nachrichten atomar?", ("AllowAtomicPublish",)),
    (VACUUM_EN, "vacuum reclaims the space of dead row versions and takes a full table lock",
     "What does VACUUM do?", ("reclaims space of dead row versions",)),
]


@pytest.mark.parametrize("expected,answer,question,accept", QUOTE_DENIED)
def test_a_quote_after_a_denied_word_is_denied_too(expected, answer, question, accept):
    g = grade(expected, answer, accept=accept, question=question, context=question)
    assert g.verdict != "right"


QUOTE_KEPT = [
    (ATOMIC_RU, "AllowAtomicPublish, пачка сохраняется целиком или никак", "Как атомарно опубликовать несколько сообщений?",
     ("AllowAtomicPublish",)),
    (ATOMIC_EN, "AllowAtomicPublish: the batch is stored whole or not at all, atomic publishing only, not processing "
                "plus ack", "How do you publish several messages atomically?", ("AllowAtomicPublish",)),
    (ATOMIC_DE, "AllowAtomicPublish", "Wie veröffentlicht man mehrere Nachrichten atomar?", ("AllowAtomicPublish",)),
    # denied in the answer too, in words of its own: what the model answer denies costs nothing
    (ATOMIC_RU, "atomic batch publish: пачка целиком или ничего, но это только атомарность записи, не exactly-once "
                "обработки типа consume-process-ack", "Как атомарно опубликовать несколько сообщений?",
     ("atomic batch publish",)),
    (VACUUM_EN, "vacuum reclaims the space of dead row versions", "What does VACUUM do?",
     ("reclaims space of dead row versions",)),
]


@pytest.mark.parametrize("expected,answer,question,accept", QUOTE_KEPT)
def test_a_quote_after_a_denied_word_said_denied_or_not_at_all_stays_right(expected, answer, question, accept):
    g = grade(expected, answer, accept=accept, question=question, context=question)
    assert g.verdict == "right"


# --- 3. what the model answer says is stored nowhere, said to be kept in other words: a word
# whose term implies the denied one ("keeps", "durable" say "stored"; glossary implies:).
REPLY_EN = ("To have no reply queue at all: the client consumes from the pseudo-queue amq.rabbitmq.reply-to and "
            "puts it in reply-to, and the reply arrives straight on its channel. The reply is stored nowhere — if "
            "the channel has closed, the reply is lost.")
REPLY_Q = "What is Direct Reply-To in RabbitMQ for?"
REPLY_RU = ("Чтобы вообще не создавать очередь ответов: клиент подписывается на псевдо-очередь "
            "amq.rabbitmq.reply-to и указывает её в reply-to, и ответ приходит прямо в его канал. Ответ нигде не "
            "хранится — если канал закрылся, ответ потерян.")
REPLY_RU_Q = "Зачем в RabbitMQ Direct Reply-To?"
REPLY_ACCEPT = ("amq.rabbitmq.reply-to",)
SCHEMA_EN = ("A document store of BSON documents. The schema is not stored in the database: each document "
             "carries its own fields.")
SCHEMA_Q = "How does MongoDB store data?"

KEPT_WHERE_DENIED = [
    (REPLY_EN, "to avoid a reply queue, you consume from amq.rabbitmq.reply-to; the broker keeps the reply in a "
               "hidden queue until the client reconnects", REPLY_Q, REPLY_ACCEPT),
    (REPLY_EN, "amq.rabbitmq.reply-to, and the replies are durable, a reconnecting client reads them", REPLY_Q,
     REPLY_ACCEPT),
    (REPLY_RU, "amq.rabbitmq.reply-to, а ответы там durable: переподключившийся клиент их дочитает", REPLY_RU_Q,
     REPLY_ACCEPT),
    (SCHEMA_EN, "a document store of BSON documents, and mongo keeps the schema in the database", SCHEMA_Q,
     ("document store of BSON documents",)),
]


@pytest.mark.parametrize("expected,answer,question,accept", KEPT_WHERE_DENIED)
def test_kept_in_other_words_where_the_model_answer_says_stored_nowhere_is_wrong(expected, answer, question, accept):
    g = grade(expected, answer, accept=accept, question=question, context=question)
    assert g.verdict == "wrong"


KEPT_NEAR_MISSES = [
    (REPLY_EN, "amq.rabbitmq.reply-to; nothing keeps the reply, it is lost if the channel closed", REPLY_Q, REPLY_ACCEPT),
    (REPLY_EN, "amq.rabbitmq.reply-to, the reply is not kept anywhere", REPLY_Q, REPLY_ACCEPT),
    (REPLY_RU, "amq.rabbitmq.reply-to, ответ нигде не хранится", REPLY_RU_Q, REPLY_ACCEPT),
    (SCHEMA_EN, "document store of BSON documents, the schema is not kept in the database", SCHEMA_Q,
     ("document store of BSON documents",)),
    # the denial names its place: kept elsewhere agrees
    ("Offsets are committed to the __consumer_offsets topic. They are not stored in ZooKeeper any more.",
     "committed to __consumer_offsets, kept in a compacted topic", "Where do offsets live?", ()),
    ("Offsets werden in das Topic __consumer_offsets committet. In ZooKeeper werden sie nicht mehr gespeichert.",
     "committet in __consumer_offsets, das Topic behält sie", "Wo liegen die Offsets?", ()),
    # the model answer says it plainly: keeping it agrees
    ("Messages are stored on disk and replicated.", "kept on disk, replicated", "How durable is it?", ()),
]


@pytest.mark.parametrize("expected,answer,question,accept", KEPT_NEAR_MISSES)
def test_kept_said_where_the_model_answer_agrees_stays_right(expected, answer, question, accept):
    g = grade(expected, answer, accept=accept, question=question, context=question)
    assert g.verdict == "right"


# --- 4. said to happen by itself (an agency word the model answer does not back: "built-in",
# "automatically", "сервер сам") of what the model answer says someone can do ("a subscriber can
# move the message into a DLQ stream"): the opposite of an option, wrong, not an omission.
MAX_DELIVER_EN = ("MaxDeliver on the consumer caps the number of deliveries, and BackOff sets the pauses between "
                  "retries. When the attempts run out the server publishes an advisory; a subscriber to it can move "
                  "the message into a DLQ stream.")
MAX_DELIVER_EN_Q = "How does JetStream limit the retries of a poison message?"
MAX_DELIVER_EN_ACCEPT = ("MaxDeliver, advisory", "MaxDeliver, BackOff", "MaxDeliver")
MAX_DELIVER_DE = ("MaxDeliver am Consumer begrenzt die Zustellungen, BackOff setzt die Pausen. Sind die Versuche "
                  "aufgebraucht, veröffentlicht der Server ein Advisory; ein Abonnent kann die Nachricht in einen "
                  "DLQ-Stream verschieben.")
MAX_DELIVER_DE_Q = "Wie begrenzt JetStream die Wiederholungen einer Poison-Nachricht?"
VACUUM_FULL = ("VACUUM reclaims the space of dead row versions for reuse. Autovacuum runs it in the background; "
               "you can run VACUUM FULL to shrink the table file.")
VACUUM_Q = "What does VACUUM do?"

BY_ITSELF = [
    (MAX_DELIVER_EN, "MaxDeliver on the consumer caps the deliveries, BackOff sets the pauses between retries, then the server "
     "moves the message into its built-in DLQ stream",
     MAX_DELIVER_EN_Q, MAX_DELIVER_EN_ACCEPT),
    (MAX_DELIVER, "MaxDeliver на consumer ограничивает число доставок, BackOff задаёт паузы, после этого брокер сам "
     "перекладывает сообщение в DLQ-stream", MAX_DELIVER_Q,
     MAX_DELIVER_ACCEPT),
    (MAX_DELIVER_DE, "MaxDeliver am Consumer begrenzt die Zustellungen, BackOff setzt die Pausen, danach verschiebt der "
     "Server die Nachricht automatisch in einen DLQ-Stream",
     MAX_DELIVER_DE_Q, ("MaxDeliver",)),
    (VACUUM_FULL, "vacuum reclaims dead row space for reuse, and the table file shrinks automatically", VACUUM_Q,
     ("reclaims the space of dead row versions",)),
]


@pytest.mark.parametrize("expected,answer,question,accept", BY_ITSELF)
def test_by_itself_where_the_model_answer_says_one_can_is_wrong(expected, answer, question, accept):
    g = grade(expected, answer, accept=accept, question=question, context=question)
    assert g.verdict == "wrong"


BY_ITSELF_KEPT = [
    (MAX_DELIVER_EN, "MaxDeliver, then a subscriber to the advisory moves the message into a DLQ stream",
     MAX_DELIVER_EN_Q, MAX_DELIVER_EN_ACCEPT),
    (MAX_DELIVER_EN, "MaxDeliver on the consumer caps the deliveries, BackOff sets the pauses; a subscriber to the advisory "
     "moves the message into a DLQ stream by itself",
     MAX_DELIVER_EN_Q, MAX_DELIVER_EN_ACCEPT),
    (MAX_DELIVER, "MaxDeliver, а в DLQ-stream консьюмер сам перекладывает сообщение по advisory", MAX_DELIVER_Q,
     MAX_DELIVER_ACCEPT),
    # what one can do is another thing than what the answer says happens by itself
    ("You can enable auto-commit, and then the consumer commits its offsets every five seconds.",
     "enable auto-commit, then the consumer commits its offsets automatically every five seconds",
     "How are offsets committed?", ()),
    # the agency word of a clause of the model answer that says no "can": no option turned around
    (VACUUM_FULL, "vacuum reclaims dead row space for reuse; autovacuum runs it automatically in the background",
     VACUUM_Q, ("reclaims the space of dead row versions",)),
]


@pytest.mark.parametrize("expected,answer,question,accept", BY_ITSELF_KEPT)
def test_someone_doing_what_one_can_do_stays_right(expected, answer, question, accept):
    g = grade(expected, answer, accept=accept, question=question, context=question)
    assert g.verdict == "right"


# --- 5. open source against commercial (a licensing group): "active-active CRDT right in open
# source" for a feature of the commercial editions is another value, not an extra word.
LICENSING_WRONG = [
    ("Asynchronous replicas, Active-Active (CRDT) in the commercial editions",
     "async replicas, active-active crdt in open source too", "Redis Streams — Geo-replication?"),
    ("Асинхронные реплики, Active-Active (CRDT) в коммерческих версиях",
     "асинхронные реплики и active-active crdt прямо в опенсорсе", "Redis Streams — Геораспределение?"),
    ("Asynchrone Replikate, Active-Active (CRDT) in den kommerziellen Editionen",
     "asynchrone Replikate, Active-Active CRDT in der Open-Source-Version", "Redis Streams — Georeplikation?"),
    ("Horizontal sharding via Vitess, an open-source layer", "horizontal sharding via vitess, a commercial add-on",
     "MySQL — Scaling?"),
]


@pytest.mark.parametrize("expected,answer,question", LICENSING_WRONG)
def test_open_source_for_commercial_is_wrong(expected, answer, question):
    assert grade(expected, answer, question=question, context=question).verdict == "wrong"


LICENSING_RIGHT = [
    ("Asynchronous replicas, Active-Active (CRDT) in the commercial editions",
     "async replicas, active-active crdt in the commercial versions", "Redis Streams — Geo-replication?"),
    ("Асинхронные реплики, Active-Active (CRDT) в коммерческих версиях",
     "асинхронные реплики, active-active (crdt) только в коммерческой версии", "Redis Streams — Геораспределение?"),
    ("Horizontal sharding via Vitess, an open-source layer", "horizontal sharding via vitess, an open source layer",
     "MySQL — Scaling?"),
]


@pytest.mark.parametrize("expected,answer,question", LICENSING_RIGHT)
def test_the_same_licensing_stays_right(expected, answer, question):
    assert grade(expected, answer, question=question, context=question).verdict == "right"
