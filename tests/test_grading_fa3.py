"""The general causes behind the tune set's false accepts, round 3 (branch fa3): answers that
leave out a point the grader took for given. Said with made-up texts, in other words, decks and
languages than the tune cases they stand for."""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade


@pytest.mark.parametrize(
    ("expected", "answer", "question", "verdict_"),
    [
        # a word of the row label the expected text denies is the answer ("Queries and joins?"
        # "..., no joins"): leaving the denial out is an omission, not a word the question gave
        ("Only via the partition key, no joins", "via the partition key", "Queries and joins", "partly"),
        ("Только по первичному ключу, без JOIN", "по первичному ключу", "Запросы и JOIN", "partly"),
        ("Über Offsets, keine Transaktionen", "über offsets", "Offsets und Transaktionen", "partly"),
        ("Order per partition, no replay", "order per partition", "Ordering and replay", "partly"),
        ("Нет ретраев, только dead letter", "только dead letter", "Ретраи и ошибки", "partly"),
        # the denial said (in other words), or a row-label word the expected text only affirms
        ("Only via the partition key, no joins", "via the partition key, no joins", "Queries and joins", "right"),
        ("Только по первичному ключу, без JOIN", "по первичному ключу, join нет", "Запросы и JOIN", "right"),
        ("Über Offsets, keine Transaktionen", "über offsets, ohne transaktionen", "Offsets und Transaktionen", "right"),
        ("Replay via offsets", "via offsets", "Replay", "right"),
        ("Reihenfolge pro Partition", "pro partition", "Reihenfolge", "right"),
    ],
)
def test_a_row_label_word_the_expected_text_denies_must_be_said(expected, answer, question, verdict_):
    assert grade(expected, answer, question=question).verdict == verdict_


_HASHING = ("Subject mapping with a hashing function: the server hashes a token of the subject into one of n buckets and "
            "writes the bucket into the subject. Each bucket has its own consumer, so order per key holds.")
_OUTBOX = ("Продюсер пишет событие в outbox-таблицу в той же транзакции, что и изменение данных; отдельный процесс читает "
           "таблицу и публикует события в брокер. Так событие не теряется и не появляется без изменения.")
_IDEMPOTENT = ("Der Server speichert pro Anfrage einen Idempotenzschlüssel mit dem Ergebnis; eine Wiederholung mit demselben "
               "Schlüssel bekommt das gespeicherte Ergebnis zurück, ohne die Aktion erneut auszuführen.")
_FENCING = ("The lock service hands out a fencing token that grows with each grant; the storage rejects a write carrying an "
            "older token than one it has seen, so a paused holder cannot overwrite newer data.")


@pytest.mark.parametrize(
    ("expected", "accept", "answer", "question", "right"),
    [
        # an accept entry's word after a preposition ("with buckets", "by storage") is a key point
        # of its own: two thirds of the entry's part leave it out (an expert: partly, not right)
        (_HASHING, ("consistent hashing with buckets",), "consistent hashing", "How do you keep order per key across consumers?", False),
        (_OUTBOX, ("outbox-таблица в той же транзакции",), "outbox-таблица", "Как не потерять событие при записи в базу и брокер?", False),
        (_IDEMPOTENT, ("Idempotenzschlüssel mit Ergebnis gespeichert",), "idempotenzschlüssel gespeichert", "Wie macht man eine API idempotent?", False),
        (_FENCING, ("fencing token checked by storage",), "fencing token checked", "How do you stop a paused lock holder from writing?", False),
        # the complement said in other words, or another word of the part left out ("per" of "per key")
        (_HASHING, ("consistent hashing with buckets",), "consistent hashing into buckets", "How do you keep order per key across consumers?", True),
        (_FENCING, ("fencing token checked by storage",), "a fencing token the storage checks", "How do you stop a paused lock holder from writing?", True),
        (_HASHING, ("latest bucket per key",), "latest bucket for every key", "How do you keep order per key across consumers?", True),
        (_IDEMPOTENT, ("Idempotenzschlüssel mit Ergebnis gespeichert",), "idempotenzschlüssel, das ergebnis wird gespeichert", "Wie macht man eine API idempotent?", True),
    ],
)
def test_an_accept_entrys_complement_is_a_point_of_its_own(expected, accept, answer, question, right):
    assert grade(expected, answer, accept=accept, context=question).correct is right


_REBALANCE = ("A member joining or leaving the group, a member missing its session timeout, a poll loop exceeding its "
              "interval, or a change of the subscription. While it runs, the moving partitions are not processed.")
_ISR = ("Ein Follower, der länger als replica.lag.time.max.ms nicht aufholt oder keinen Heartbeat schickt, fällt aus "
        "dem ISR; der Leader schreibt die neue Liste in den Controller.")
_REBALANCE_RU = ("Вход и выход участников, в том числе падение по истечении таймаута сессии, долгий цикл poll и изменение "
                 "подписки. На время ребалансировки переезжающие партиции никто не обрабатывает.")


@pytest.mark.parametrize(
    ("expected", "accept", "answer", "question", "right"),
    [
        # a dotted config name in an accept entry is one point, not one per piece: said alone it
        # leaves out the entry's other point ("session timeout, max.poll.interval.ms")
        (_REBALANCE, ("session timeout, max.poll.interval.ms",), "max.poll.interval.ms", "What triggers a rebalance?", False),
        (_ISR, ("Heartbeat, replica.lag.time.max.ms",), "replica.lag.time.max.ms", "Wann fällt ein Follower aus dem ISR?", False),
        (_REBALANCE_RU, ("таймаут сессии, max.poll.interval.ms",), "если не вызывать poll дольше max.poll.interval.ms",
         "Что запускает ребалансировку?", False),
        (_REBALANCE, ("heartbeat.interval.ms, max.poll.interval.ms",), "max.poll.interval.ms", "What triggers a rebalance?", False),
        # both points said
        (_REBALANCE, ("session timeout, max.poll.interval.ms",), "session timeout and max.poll.interval.ms", "What triggers a rebalance?", True),
        (_ISR, ("Heartbeat, replica.lag.time.max.ms",), "über heartbeat und replica.lag.time.max.ms",
         "Wann fällt ein Follower aus dem ISR?", True),
        (_REBALANCE_RU, ("таймаут сессии, max.poll.interval.ms",), "истёк таймаут сессии или превышен max.poll.interval.ms",
         "Что запускает ребалансировку?", True),
    ],
)
def test_an_accept_entrys_config_name_is_one_point(expected, accept, answer, question, right):
    assert grade(expected, answer, accept=accept, context=question).correct is right


@pytest.mark.parametrize(
    ("expected", "answer", "question", "verdict_"),
    [
        # "no bound at all" said of a word the expected text names ("the window is unlimited" where
        # it says "within the window"): a sweeping claim it does not make, though the part says
        # an expected word
        ("Дедупликация по id сообщения в окне stream'а, double ack", "дедупликация по id сообщения, окно бесконечное, double ack", "NATS — Дубли?", "wrong"),
        ("Deduplication by message id within the stream's window, double ack", "dedup by message id, the window is unlimited, double ack", "NATS — Duplicates?", "wrong"),
        ("Deduplizierung per Nachrichten-ID im Zeitfenster, doppeltes Ack", "deduplizierung per nachrichten-id, zeitfenster unbegrenzt, doppeltes ack", "NATS — Duplikate?", "wrong"),
        ("Retention by time or size, on disk", "retention by time, size unbounded, on disk", "Kafka — Storage?", "wrong"),
        # an every-word beside an expected word stays a paraphrase; a bound the expected text denies itself
        ("Ordering per partition", "ordering within every partition", "Kafka — Ordering?", "right"),
        ("Unlimited retention on disk", "infinite retention on disk", "Kafka — Storage?", "right"),
        ("Дедупликация по id сообщения в окне stream'а, double ack", "дедупликация по id сообщения в окне, double ack", "NATS — Дубли?", "right"),
    ],
)
def test_no_bound_said_of_an_expected_word_is_a_claim(expected, answer, question, verdict_):
    assert grade(expected, answer, context=question).verdict == verdict_


_SQL_EN = ("Rich SQL, joins, window functions, CTEs", "SQL with joins, window functions since 8.0")
_SQL_RU = ("Полноценный SQL, join, оконные функции", "SQL с join, оконные функции с 8.0")
_SQL_DE = ("Umfangreiches SQL, Joins, Fensterfunktionen", "SQL mit Joins, Fensterfunktionen seit 8.0")
_ACKS = ("Consumer groups, offsets committed per partition", "Manual acks per message")
_SCHEMAS = ("Fixed schema, JSONB for flexible fields", "Fixed schema, JSON column type")


@pytest.mark.parametrize(
    ("expected", "answer", "others", "verdict_"),
    [
        # right only on the lower bar for an answer saying a word in place of an expected one, and
        # that word, with its part's other word, is another subject's cell ("joins with SQL" is
        # the relational stores' "SQL with joins"): another subject's value, even a plain word
        ("Aggregation pipeline, $lookup for joins", "aggregation pipeline, joins via sql", _SQL_EN, "wrong"),
        ("Aggregation pipeline, $lookup для join", "aggregation pipeline, join через sql", _SQL_RU, "wrong"),
        ("Pipeline-Stufen, $lookup für Joins", "pipeline-stufen, joins mit sql", _SQL_DE, "wrong"),
        ("Consumer groups, XACK for acks", "consumer groups, offsets for acks", _ACKS, "wrong"),
        # the word said right, a detail of one's own, or a word another cell says in another part
        ("Aggregation pipeline, $lookup for joins", "aggregation pipeline, joins via a lookup stage", _SQL_EN, "right"),
        ("Consumer groups, XACK for acks", "consumer groups, xack for acks per entry", _ACKS, "right"),
        ("Flexible schema, optional validation", "flexible schema, validation via json schema if you want", _SCHEMAS, "right"),
    ],
)
def test_a_plain_word_standing_in_as_another_cells_part_says(expected, answer, others, verdict_):
    assert grade(expected, answer, others=others).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "others", "verdict_"),
    [
        # "built into" is the built-in value of the provision group (glossary), as "встроенный" and
        # "eingebaut" are: said of a thing the card names as a separate system, it is the value
        # another subject's cell gives ("built-in sharding"), or with the add-on value every option
        ("Vertical + read replicas, sharding via Vitess", "vertical + read replicas, sharding via vitess which is built into mysql",
         ("Horizontal, built-in sharding", "Vertical + read replicas, sharding via extensions"), "wrong"),
        ("Replication via a plugin, manual failover", "replication via a plugin built into the server, manual failover",
         ("Built-in replication, automatic failover",), "wrong"),
        ("Вертикально + реплики чтения, шардинг через Vitess", "вертикально + реплики чтения, шардинг через vitess, встроенный в mysql",
         ("Горизонтально, встроенный шардинг",), "wrong"),
        ("Vertikal + Lesereplikate, Sharding über Vitess", "vertikal + lesereplikate, sharding über vitess, in mysql eingebaut",
         ("Horizontal, eingebautes Sharding",), "wrong"),
        # the built-in value where the card says it, in the separated form
        ("Horizontal, built-in sharding", "horizontal, sharding built into the server", ("Vertical + read replicas, sharding via extensions",), "right"),
        ("Vertical + read replicas, sharding via Vitess", "vertical plus read replicas, sharding through vitess", ("Horizontal, built-in sharding",), "right"),
    ],
)
def test_built_into_is_the_built_in_value(expected, answer, others, verdict_):
    assert grade(expected, answer, others=others).verdict == verdict_
