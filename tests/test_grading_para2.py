"""Own-words answers refused, round 2 (para2): each class said with made-up texts other than the
eval cases', with the near misses that must stay as they are."""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade


# --- "blocks" is waiting in this field, not forbidding: "the call blocks until entries arrive" ---


@pytest.mark.parametrize(
    ("expected", "answer", "verdict"),
    [
        # "blocks the client until new entries" is how the permission to wait works: no contradiction
        ("XREADGROUP BLOCK позволяет ждать новые записи", "XREADGROUP BLOCK блокирует клиента до новых записей", "partly"),
        ("Ein Lock erlaubt nur einen Schreiber", "das Lock blockiert andere Schreiber, einer schreibt", "partly"),
        ("Ein Lock erlaubt nur einen Schreiber", "das Lock erlaubt nur einen Schreiber und blockiert die anderen", "right"),
        ("Блокировка строки позволяет писать только одной транзакции",
         "блокировка строки позволяет писать только одной транзакции, остальные она блокирует", "right"),
    ],
)
def test_blocking_is_no_prohibition(expected, answer, verdict):
    assert grade(expected, answer).verdict == verdict


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        # a real prohibition against a permission stays one
        ("разрешает несколько писателей", "запрещает несколько писателей"),
        ("erlaubt mehrere Schreiber", "verbietet mehrere Schreiber"),
        ("allows several writers", "forbids several writers"),
    ],
)
def test_forbidding_against_allowing_stays_wrong(expected, answer):
    assert grade(expected, answer).verdict == "wrong"


# --- before / after: the words for "before" in every language, and blocking until = waiting until ---


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("Die Nachricht wird auf die Platte geschrieben, bevor der Broker bestätigt", "wird vor der Bestätigung auf die Platte geschrieben"),
        ("записывается на диск до подтверждения", "пишется на диск перед подтверждением"),
        ("записывается на диск перед подтверждением", "пишется на диск до подтверждения"),
        ("the consumer waits until a message arrives", "the consumer blocks until a message arrives"),
        ("fsync happens before the ack", "fsync happens prior to the ack"),
    ],
)
def test_before_and_waiting_said_in_other_words(expected, answer):
    assert grade(expected, answer).verdict == "right"


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("записывается на диск после подтверждения", "пишется на диск перед подтверждением"),
        ("wird nach dem Ack geschrieben, nachdem der Broker bestätigt", "wird vor dem ack geschrieben"),
        ("written to disk after the ack", "written to disk prior to the ack"),
        ("offsets are committed after processing", "offsets are committed before processing"),
    ],
)
def test_before_against_after_stays_wrong(expected, answer):
    assert grade(expected, answer).verdict == "wrong"


# --- an opening "no" where the model answer says "only X": "only" rules the rest out, it says no ---


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("Только внутри партиции", "нет, только в пределах партиции"),
        ("Only within a partition", "no, only within one partition"),
        ("Nur innerhalb einer Partition", "nein, nur innerhalb einer Partition"),
        ("Nur über den Partitionsschlüssel", "nein, nur über den partitionsschlüssel"),
        ("Only via the partition key", "no, only through the partition key"),
    ],
)
def test_an_opening_no_agrees_with_only(expected, answer):
    assert grade(expected, answer).verdict == "right"


@pytest.mark.parametrize(
    ("expected", "answer", "verdict"),
    [
        ("Только внутри партиции", "нет", "wrong"),
        ("Only within a partition", "no, across the whole topic", "wrong"),
        ("Nur innerhalb einer Partition", "nein, über alle Partitionen", "wrong"),
        # no "only" in the model answer: an opening "no" still says the opposite of a plain claim
        ("Horizontal, via partitions", "no, via partitions", "wrong"),
        ("Log-based, immutable events", "нет, лог", "wrong"),
    ],
)
def test_an_opening_no_without_only_or_with_another_claim(expected, answer, verdict):
    assert grade(expected, answer).verdict == verdict


# --- immutable said as a denied change: "events never change", «события не меняются», "ändern sich nicht" ---


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("Log-based, immutable events", "append-only лог, события не меняются"),
        ("Log-based, immutable events", "log, events are never changed"),
        ("Log-based, immutable events", "log, an event does not change once written"),
        ("Log-based, immutable events", "log, the events can't be modified"),
        ("Лог, неизменяемые события", "лог, события не изменяются после записи"),
        ("Log-basiert, unveränderliche Ereignisse", "log, die ereignisse ändern sich nicht"),
        ("Immutable SSTables on disk", "sstables on disk that are never modified"),
    ],
)
def test_a_denied_change_says_immutable(expected, answer):
    assert grade(expected, answer).verdict == "right"


@pytest.mark.parametrize(
    ("expected", "answer", "verdict"),
    [
        # a change said plainly is no immutability, and a denied change of something else says nothing of it
        ("Log-based, immutable events", "log, events can be changed", "wrong"),
        ("Лог, неизменяемые события", "лог, события можно менять", "wrong"),
        ("Rows updated in place", "rows can't be changed", "wrong"),
        # "never change X" is a rule, not a thing's immutability
        ("Never reuse a field number and never change a field's type.", "never reuse a field number or change a field's type", "right"),
    ],
)
def test_a_change_said_plainly_stays_mutable(expected, answer, verdict):
    assert grade(expected, answer).verdict == verdict


# --- "no longer maintained": what a text says is no longer kept up is denied, no value it offers ---


_DELAY = {
    "en": ("The proven way is TTL + DLX. The delayed message exchange plugin is no longer maintained; "
           "since 4.4 quorum queues support delayed delivery themselves."),
    "de": ("Bewährt ist TTL + DLX. Das Plugin delayed message exchange wird nicht mehr gepflegt; "
           "seit 4.4 können Quorum Queues verzögerte Zustellung selbst."),
}


@pytest.mark.parametrize(
    ("expected", "answer", "accept"),
    [
        (_DELAY["en"], "on 4.4 quorum queues do delayed delivery natively", ["TTL + DLX", "delayed delivery in quorum queues"]),
        (_DELAY["en"], "ttl + dlx; since 4.4 quorum queues have it natively", ["TTL + DLX", "delayed delivery in quorum queues"]),
        (_DELAY["de"], "seit 4.4 können quorum queues verzögerte zustellung nativ", ["TTL + DLX", "verzögerte Zustellung in Quorum Queues"]),
    ],
)
def test_a_value_no_longer_maintained_is_no_antonym(expected, answer, accept):
    assert grade(expected, answer, accept=accept).verdict == "right"


def test_a_value_no_longer_maintained_left_out_is_an_omission():
    expected = "Sharding via extensions is no longer maintained. Built-in partitioning since version 10."
    assert grade(expected, "built-in partitioning since 10").verdict == "partly"


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("Via the delayed message exchange plugin", "natively in quorum queues"),
        ("Über das Plugin delayed message exchange", "nativ in quorum queues"),
        ("Through the plugin, which is still maintained", "natively, no plugin needed"),
    ],
)
def test_built_in_against_a_plugin_still_offered_stays_wrong(expected, answer):
    assert grade(expected, answer).verdict == "wrong"


# --- "pull: ...; push: ...": each option labelled with its own fact; a label swapped is wrong ---


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("pull sets its own pace, push needs prefetch", "pull: consumer goes at its own pace; push: needs prefetch"),
        ("horizontal scaling adds nodes, vertical scaling adds CPU and RAM", "horizontal: add more nodes; vertical: add cpu and ram"),
        ("sync waits for the replica ack, async returns at once", "sync: waits for the ack of the replica; async: returns at once"),
        ("pull — консьюмер задаёт темп, push — нужен prefetch", "pull: консьюмер сам задаёт темп; push: нужен prefetch"),
        ("Pull bestimmt das Tempo selbst, Push braucht Prefetch", "pull: bestimmt selbst das tempo; push: braucht prefetch"),
    ],
)
def test_each_option_labelled_with_its_own_fact(expected, answer):
    assert grade(expected, answer).verdict == "right"


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("pull sets its own pace, push needs prefetch", "pull: needs prefetch; push: sets its own pace"),
        ("sync waits for the replica ack, async returns at once", "sync: returns at once; async: waits for the replica ack"),
        ("Pull: консьюмер сам задаёт темп. Push: минимальная задержка, нужен prefetch",
         "pull: минимальная задержка; push: консьюмер сам задаёт темп"),
    ],
)
def test_an_option_labelled_with_the_others_fact_is_wrong(expected, answer):
    assert grade(expected, answer).verdict == "wrong"


def test_a_yes_no_before_a_colon_is_no_label():
    # "no: ..." answers the question; it labels no option
    expected = "The active segment is never compacted, and min.compaction.lag.ms keeps a fresh head untouched."
    answer = "no: the active segment is never compacted, min.compaction.lag.ms keeps the head untouched"
    assert grade(expected, answer, context="Does the cleaner remove old versions right away?").verdict == "right"


# --- "X у брокера нет": a closing no denies X, not the place both texts name ("у брокера нет X") ---


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("DLQ у брокера нет — retry- и DLT-топики в приложении", "у брокера нет dlq, retry и dlt топики в приложении"),
        ("DLQ у брокера нет — retry- и DLT-топики в приложении", "нет dlq у брокера, retry и dlt топики в приложении"),
        ("DLQ у брокера нет — retry- и DLT-топики в приложении", "no dlq in the broker, the app does retry and dlt topics"),
        ("Встроенной задержки у брокера нет", "у брокера нет встроенной задержки"),
        ("Глобального порядка в топике нет, только в партиции", "в топике нет глобального порядка, только в партиции"),
    ],
)
def test_a_closing_no_leaves_the_place_undenied(expected, answer):
    assert grade(expected, answer).verdict == "right"


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("DLQ у брокера нет — retry- и DLT-топики в приложении", "у брокера есть dlq, retry и dlt топики в приложении"),
        ("Встроенной задержки у брокера нет", "у брокера встроенная задержка"),
        ("Глобального порядка в топике нет, только в партиции", "глобальный порядок в топике"),
    ],
)
def test_the_denied_thing_said_plainly_stays_wrong(expected, answer):
    assert grade(expected, answer).verdict == "wrong"


# --- growing said as piling up: "lag piles up", «лаг копится», "der Lag staut sich" ---


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("consumer lag grows", "consumer lag piles up"),
        ("lag растёт", "лаг копится"),
        ("der Lag wächst", "der lag staut sich"),
        ("the backlog grows at the broker", "the backlog builds up at the broker"),
        ("backlog растёт на брокере", "backlog накапливается на брокере"),
    ],
)
def test_piling_up_is_growing(expected, answer):
    assert grade(expected, answer).verdict == "right"


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("the lag grows", "the lag shrinks"),
        ("lag растёт", "лаг уменьшается"),
        ("the lag shrinks", "the lag piles up"),
    ],
)
def test_piling_up_against_shrinking_stays_wrong(expected, answer):
    assert grade(expected, answer).verdict == "wrong"


# --- a delay in another language: «задержка» is latency and delay, "Verzögerung" a delay ---


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("встроенной задержки у брокера нет", "у брокера delay нет"),
        ("no built-in delay in the broker", "у брокера нет задержки"),
        ("retry topics with a fixed delay", "retry-топики с фиксированной задержкой"),
        ("Retry-Topics mit fester Verzögerung", "retry topics with a fixed delay"),
        ("Nak with a delay", "nak mit verzögerung"),
    ],
)
def test_a_delay_said_in_another_language(expected, answer):
    assert grade(expected, answer).verdict == "right"


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("retry topics with a fixed delay", "retry-топики без задержки"),
        ("встроенной задержки у брокера нет", "у брокера есть встроенный delay"),
        ("Retry-Topics mit fester Verzögerung", "retry topics without delay"),
    ],
)
def test_a_delay_denied_stays_wrong(expected, answer):
    assert grade(expected, answer).verdict == "wrong"


# --- everyday words in the other languages: «реально» = «действительно» = really; «протухшее» = expired ---


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("если участник действительно умер", "если участник реально умер"),
        ("the consumer really died", "the consumer truly died"),
        ("der Consumer ist wirklich tot", "der consumer ist tatsächlich tot"),
        ("истёкшее сообщение отбрасывается", "протухшее сообщение отбрасывается"),
        ("consumers read the same partitions together", "die consumer lesen gemeinsam dieselben partitionen"),
    ],
)
def test_everyday_words_in_the_other_languages(expected, answer):
    assert grade(expected, answer).verdict == "right"


@pytest.mark.parametrize(
    ("expected", "answer", "verdict"),
    [
        # compatibility is no togetherness, whatever its first letters
        ("FULL — совместимость в обе стороны", "FULL — совместимость в обе стороны", "right"),
        ("истёкшее сообщение отбрасывается", "свежее сообщение отбрасывается", "partly"),
    ],
)
def test_everyday_words_near_misses(expected, answer, verdict):
    assert grade(expected, answer).verdict == verdict


# --- protecting against a thing prevents it: "schützt vor", "protects against", «защищает от» ---


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("verhindert den Überlauf der Transaktions-IDs", "schützt vor dem überlauf der transaktions-ids"),
        ("prevents transaction ID wraparound", "protects against transaction id wraparound"),
        ("предотвращает переполнение счётчика транзакций", "защищает от переполнения счётчика транзакций"),
        ("the outbox prevents a dual write", "the outbox guards against a dual write"),
    ],
)
def test_protecting_against_is_preventing(expected, answer):
    assert grade(expected, answer).verdict == "right"


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("schützt vor dem Überlauf der Transaktions-IDs", "verursacht den überlauf der transaktions-ids"),
        ("protects against a dual write", "causes a dual write"),
        ("защищает от переполнения", "вызывает переполнение"),
    ],
)
def test_protecting_against_and_causing_stay_opposite(expected, answer):
    assert grade(expected, answer).verdict == "wrong"


# --- "you tune X" says X is tunable ---


@pytest.mark.parametrize(
    ("expected", "answer", "verdict"),
    [
        ("Strong on the primary, tunable read and write concern", "strong on the primary; you tune writeConcern and readConcern", "right"),
        ("Tunable consistency per query", "you tune the consistency per query", "right"),
        ("Configurable retention", "retention is tuned per topic", "right"),
        ("Tunable consistency per query", "the consistency is fixed per query", "wrong"),
    ],
)
def test_tuning_says_tunable(expected, answer, verdict):
    assert grade(expected, answer).verdict == verdict


# --- "nobody" / «никто» / "niemand" deny as "not" does ---


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("nobody reads its partitions until the session timeout", "its partitions are not read until the session timeout"),
        ("никто не читает его партиции", "его партиции не читаются"),
        ("the client learns at once that nobody is subscribed", "клиент сразу узнаёт, что никто не подписан"),
    ],
)
def test_nobody_denies(expected, answer):
    assert grade(expected, answer).verdict == "right"


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("nobody reads its partitions until the session timeout", "everybody reads its partitions until the session timeout"),
        ("seine Partitionen liest niemand", "seine partitionen liest jeder"),
        ("никто не читает его партиции", "все читают его партиции"),
    ],
)
def test_nobody_against_everybody_stays_wrong(expected, answer):
    assert grade(expected, answer).verdict == "wrong"


# --- Russian predicates the other lexicons have: «не разрешены», «не поддерживают», «не существуют» ---


@pytest.mark.parametrize(
    ("expected", "answer", "verdict"),
    [
        ("Joins not allowed", "джойны не разрешены", "right"),
        ("Джойны не разрешены", "joins not allowed", "right"),
        ("Joins nicht erlaubt", "джойны не разрешены", "right"),
        ("Джойны не разрешены", "джойны разрешены", "wrong"),
        ("Joins not allowed", "джойны разрешены", "wrong"),
    ],
)
def test_russian_predicates_deny_what_their_part_names(expected, answer, verdict):
    assert grade(expected, answer).verdict == verdict


# --- a check in another language: «проверка совместимости» = "compatibility checks" = "Kompatibilitätsprüfung" ---


@pytest.mark.parametrize(
    ("expected", "answer", "verdict"),
    [
        ("Schema Registry — schema id in the message, compatibility checks", "schema registry, schema id in the message, проверка совместимости", "right"),
        ("Schema Registry — id схемы в сообщении, проверка совместимости", "schema registry, schema id in the message, compatibility checks", "right"),
        ("the registry checks compatibility", "die registry prüft die kompatibilität", "right"),
        ("Schema Registry — id схемы в сообщении, проверка совместимости", "schema registry, id схемы в сообщении, совместимость не проверяется", "wrong"),
    ],
)
def test_a_check_in_another_language(expected, answer, verdict):
    assert grade(expected, answer).verdict == verdict


# --- «читает» reads and «пишет» writes, as "reads" / "liest" and "writes" / "schreibt" do ---
# (not fixed: «записи», records, is the write value by its stem, «запис*»: "reads records" against
# «читает записи» lists both values)


@pytest.mark.parametrize(
    ("expected", "answer", "verdict"),
    [
        ("consumers read the log by offset", "консьюмеры читают лог по offset", "right"),
        ("producers write to the log", "продюсеры пишут в лог", "right"),
        ("Die Consumer lesen das Log per Offset", "консьюмеры читают лог по offset", "right"),
        ("consumers read the log by offset", "консьюмеры пишут в лог по offset", "wrong"),
        ("producers write to the log", "продюсеры читают лог", "wrong"),
    ],
)
def test_reading_and_writing_in_russian(expected, answer, verdict):
    assert grade(expected, answer).verdict == verdict


# --- the paired decks' nouns in the other language: «таймаут», «участник», «экземпляр», «попытки», «поле» ---


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("If a static member really died", "если статический участник действительно умер"),
        ("the broker counts delivery attempts", "брокер считает попытки доставки"),
        ("no responders instead of a timeout", "no responders вместо таймаута"),
        ("a timeout per member", "ein timeout pro mitglied"),
    ],
)
def test_paired_decks_nouns_in_the_other_language(expected, answer):
    assert grade(expected, answer).verdict == "right"


@pytest.mark.parametrize(
    ("expected", "answer", "verdict"),
    [
        # a responder is no reply: "reply inbox" against "no responders" stays as it was (partly or wrong, not right)
        ("Inbox subject, queue group, no responders", "reply inbox and queue groups", "not right"),
        ("add a field with a default", "добавить поле без default", "wrong"),
    ],
)
def test_paired_decks_nouns_near_misses(expected, answer, verdict):
    got = grade(expected, answer).verdict
    assert got != "right" if verdict == "not right" else got == verdict


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("a stuck record holds the whole partition", "застрявшая запись держит партицию целиком"),
        ("the processing is slow", "die verarbeitung ist langsam"),
        ("a key's old value", "старое значение ключа"),
        ("the consumer reads in batches", "консьюмер читает пачками"),
    ],
)
def test_everyday_nouns_of_the_field_in_the_other_language(expected, answer):
    assert grade(expected, answer).verdict == "right"


def test_a_version_named_beside_an_accepted_short_answer_is_no_claim_of_its_own():
    # no "version" term: an answer's "since version 4.0" stays no field term the accept entry lacks
    expected = "Нет — Kafka 4.0 работает только на KRaft; KRaft готов для продакшена с 3.3."
    answer = "нет, с версии 4.0 только KRaft, ZooKeeper удалён совсем"
    assert grade(expected, answer, accept=["нет, KRaft"], context="Нужен ли ZooKeeper?").verdict == "right"


# --- before / after place what follows them: "after a connection drop, before the ack" ---


@pytest.mark.parametrize(
    ("expected", "answer", "verdict"),
    [
        ("redelivered with the redelivered flag if the connection drops before the ack",
         "redelivered with the redelivered flag after a connection drop before the ack", "right"),
        ("доставляется снова, если соединение рвётся до ack", "доставляется снова, если после чтения соединение рвётся до ack", "right"),
        ("доставляется снова, если соединение рвётся до ack", "доставляется снова, если соединение рвётся после ack", "wrong"),
        ("written to disk before the ack", "written to disk after the ack", "wrong"),
        ("offsets are committed after processing", "after a restart, offsets committed before processing", "wrong"),
        ("redelivered after a connection drop", "redelivered before a connection drop", "wrong"),
    ],
)
def test_a_relative_value_of_another_thing_is_no_antonym(expected, answer, verdict):
    assert grade(expected, answer).verdict == verdict
