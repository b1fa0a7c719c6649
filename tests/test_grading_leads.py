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


# --- 2. function words (pronouns, demonstratives, auxiliaries, particles) are no content: the
# snowball stop lists' words missing from the lexicons; a stop word spelling an acronym ("es" /
# "ES") is the stop word unless typed in capitals.
FUNCTION_WORDS_LEFT_OUT = [
    ("Diese Grenze setzt man pro Topic.", "Grenze pro Topic setzen"),
    ("Hier setzt man es pro Topic.", "pro Topic setzen"),
    ("Dort würde man das pro Topic setzen, jetzt auch pro Partition.", "pro Topic setzen, auch pro Partition"),
    ("Those limits are set per topic.", "limits set per topic"),
    ("Such limits are set here per topic.", "limits set per topic"),
    ("He sets these per topic, which is simple.", "set per topic, simple"),
    ("The broker does not support ZooKeeper anymore.", "ZooKeeper is no longer supported by the broker"),
    ("Сейчас лимит у него свой для каждого топика.", "лимит для каждого топика"),
    ("Тогда лимит был своим для каждого топика.", "лимит для каждого топика"),
]


@pytest.mark.parametrize("expected,answer", FUNCTION_WORDS_LEFT_OUT)
def test_function_words_need_not_be_said(expected, answer):
    assert grade(expected, answer).verdict == "right"


FUNCTION_WORDS_KEPT = [
    ("Diese Replikation ist hier asynchron.", "Replikation synchron", "wrong"),  # the content still counts
    ("Such replication is asynchronous here.", "replication is synchronous", "wrong"),
    ("Сейчас у него репликация асинхронная.", "репликация синхронная", "wrong"),
    ("Event Sourcing und CQRS", "ES und CQRS", "right"),  # the acronym typed in capitals is still the term
    ("ES und CQRS", "es und CQRS", "partly"),
]


@pytest.mark.parametrize("expected,answer,verdict", FUNCTION_WORDS_KEPT)
def test_content_beside_function_words_still_counts(expected, answer, verdict):
    assert grade(expected, answer).verdict == verdict


# --- 3. a number glued to a word or unit ("3partitions", "3x", "10k") is the number with a space.
PARTS_EN = "Use 3 partitions and a replication factor of 3."
PARTS_DE = "Drei Partitionen mit Replikationsfaktor 3."
PARTS_RU = "Три партиции и фактор репликации 3."
RATE_EN = "Around 10k messages per second."

GLUED_RIGHT = [
    (PARTS_EN, "3partitions, replication factor 3"),
    (PARTS_EN, "3 partitions, replication factor 3x"),
    (PARTS_DE, "3Partitionen, Replikationsfaktor 3"),
    (PARTS_DE, "3 Partitionen, Replikationsfaktor 3x"),
    (PARTS_RU, "3партиции, фактор репликации 3"),
    (RATE_EN, "about 10k msg/s"),
    ("Replication factor 3.", "replication factor 3x"),
    ("Replikationsfaktor 3.", "Replikationsfaktor x3"),
]


@pytest.mark.parametrize("expected,answer", GLUED_RIGHT)
def test_a_glued_number_is_the_number(expected, answer):
    assert grade(expected, answer).verdict == "right"


GLUED_WRONG = [
    (PARTS_EN, "5partitions, replication factor 5"),
    ("Replication factor 3.", "replication factor 2x"),
    ("Replikationsfaktor 3.", "Replikationsfaktor 2x"),
    ("Фактор репликации 3.", "фактор репликации 2x"),
    (PARTS_DE, "5Partitionen, Replikationsfaktor 5"),
    (PARTS_RU, "5партиций, фактор репликации 5"),
    (RATE_EN, "about 50k msg/s"),
]


@pytest.mark.parametrize("expected,answer", GLUED_WRONG)
def test_another_glued_number_is_wrong(expected, answer):
    assert grade(expected, answer).verdict == "wrong"


# --- 4. a piece of a setting's dotted name is no claim: "block" of max.block.ms is no "blocking",
# "ms" of linger.ms no latency, "sync" of a name no synchronous, "enable" of enable.idempotence no "on".
PIECES_RIGHT = [
    ("Reads are non-blocking.", "reads are non-blocking, max.block.ms only bounds the producer"),
    ("Чтение неблокирующее.", "чтение неблокирующее, max.block.ms касается только продюсера"),
    ("Lesen ist nicht blockierend.", "Lesen ist nicht blockierend, max.block.ms betrifft nur den Producer"),
    ("Idempotence is off by default in old clients.", "off by default in old clients, enable.idempotence must be set"),
    ("Replication is asynchronous.", "asynchronous replication; sync.replicas.timeout is unrelated"),
    ("Репликация асинхронная.", "асинхронная репликация, sync.replicas.timeout тут ни при чём"),
    ("Die Replikation ist asynchron.", "asynchrone Replikation, sync.replicas.timeout ist hier egal"),
    # the unit piece names the unit the setting is written in, not the unit of an amount beside it
    ("The producer gives up after delivery.timeout.ms, retries included.",
     "it gives up after delivery.timeout.ms, retries included; I set it to 30 seconds"),
    ("Продюсер сдаётся после delivery.timeout.ms, вместе с повторами.",
     "сдаётся после delivery.timeout.ms, вместе с повторами, я ставлю 30 секунд"),
    ("Der Producer gibt nach delivery.timeout.ms auf, Wiederholungen eingeschlossen.",
     "er gibt nach delivery.timeout.ms auf, Wiederholungen eingeschlossen, bei mir 30 Sekunden"),
]


@pytest.mark.parametrize("expected,answer", PIECES_RIGHT)
def test_a_setting_names_pieces_are_no_claims(expected, answer):
    assert grade(expected, answer).verdict == "right"


PIECES_WRONG = [
    ("Reads are non-blocking.", "reads are blocking, up to max.block.ms"),
    ("Чтение неблокирующее.", "чтение блокирующее, до max.block.ms"),
    ("Replication is asynchronous.", "synchronous replication, see sync.replicas.timeout"),
    ("Idempotence is off by default in old clients.", "on by default, enable.idempotence=true"),
    ("Use acks=all with min.insync.replicas=2.", "acks=all, min.insync.replicas=1"),
    # a unit said as the amount's own still counts: "seconds" for the model answer's milliseconds
    ("Latency is a few ms.", "latency is a few seconds, see delivery.timeout.ms"),
]


@pytest.mark.parametrize("expected,answer", PIECES_WRONG)
def test_the_claim_beside_a_setting_name_still_counts(expected, answer):
    assert grade(expected, answer).verdict == "wrong"


# --- 5. subjects' spoken Russian names and their case forms: the deck's aliases (data) and two
# rules: a Cyrillic word is no typo of a Latin-only name (its transliteration is blurred already:
# "работа" is no "Rabit"), and a case ending the stemmer misreads is cut ("рэбиту" of "рэбит").
SPOKEN = {"Tarbit": ["тарбит"], "Quill": ["Quill", "квилл"], "Rabit DB": ["Rabit"], "Warren": ["рэбит"]}

SPOKEN_CASES = [
    ("Tarbit", "в тарбите", "right"),
    ("Quill", "в квилле", "right"),
    ("Warren", "рэбиту", "right"),  # the stemmer reads "рэбит" as a verb's ending
    ("Warren", "в рэбите", "right"),
    ("Warren", "ребята", "wrong"),  # keyed "reb" like the name once
    ("Quill", "работа Quill", "right"),  # "работа" (work) names no Rabit
    ("Rabit DB", "работа", "wrong"),
    ("Tarbit", "в квилле", "wrong"),  # another subject still named
    ("Quill", "рэбиту", "wrong"),
]


@pytest.mark.parametrize("expected,answer,verdict", SPOKEN_CASES)
def test_spoken_subject_names_in_their_case_forms(expected, answer, verdict):
    assert grade(expected, answer, aliases=SPOKEN).verdict == verdict


@pytest.mark.parametrize("deck", ["message-brokers", "message-brokers-interview"])
def test_the_russian_decks_know_their_subjects_spoken_names(deck):
    from brokerquiz.core.deck.cards import subject_aliases
    from brokerquiz.core.deck.library import open_deck
    from brokerquiz.core.grading.analysis import analyze
    from brokerquiz.core.grading.cards import index_for

    shipped, _ = open_deck(deck)
    index = index_for(subject_aliases(shipped))

    def named(text):
        return [t.sid for t in analyze(text, index).toks if t.kind == "subj"]

    rabbit, kafka, redis = named("RabbitMQ"), named("Kafka"), named("Redis Streams")
    for spoken in ("в рэббите", "рэбиту", "реббит", "в кролике"):
        assert named(spoken) == rabbit, spoken
    for spoken in ("кафочка", "в кафочке", "кафкой"):
        assert named(spoken) == kafka, spoken
    for spoken in ("редиска", "в редиске"):
        assert named(spoken) == redis, spoken
    for word in ("в работе", "работу", "ребята"):  # everyday words name no subject
        assert named(word) == [], word



# --- 8. a glossary phrase ("transactional producer", one term with "transactions") is still the
# words it spells for the other-subject check: said on another subject's card, it is that
# subject's value, while the plain term ("via transactions") stays the question's own word.
TXN_Q = "Transactions / Exactly-once?"
TXN_OWN = "Yes, via transactional producer/consumer"
TXN_OTHER = "Yes (acks and durable storage)"

PHRASE_CASES = [
    (TXN_OWN, "да, через транзакции", "right"),  # the phrase's term in other words
    (TXN_OWN, "yes, via transactions", "right"),
    (TXN_OWN, "ja, über Transaktionen", "right"),
    (TXN_OTHER, "yes, via the transactional producer", "wrong"),  # another subject's value
    (TXN_OTHER, "да, через транзакционный продюсер", "wrong"),
    (TXN_OTHER, "yes, via transactions", "right"),  # the question's own word is no one's value
]


@pytest.mark.parametrize("expected,answer,verdict", PHRASE_CASES)
def test_a_phrase_term_is_its_words_for_another_subjects_value(expected, answer, verdict):
    others = tuple(t for t in (TXN_OWN, TXN_OTHER, "No (at-least-once)") if t != expected)
    assert grade(expected, answer, context=TXN_Q, others=others).verdict == verdict


# --- 7. a verb form of a value word acting on an object is no value: "alarms block publishers" is
# no "blocking" read; "blocking reads" and "BLOCK 5000" stay the value.
BLOCK_CASES = [
    ("prefetch, ack, drain", "prefetch, acks, drain, and memory alarms block publishers", "right"),
    ("prefetch, ack, drain", "prefetch, acks, drain, and memory alarms block the new connections", "right"),
    ("prefetch, ack, drain", "prefetch, acks, drain, and reads are blocking", "wrong"),  # the value itself
    ("Reads are non-blocking.", "reads are non-blocking; memory alarms block new connections", "right"),
    ("Reads are non-blocking.", "reads are blocking", "wrong"),
    ("maxlen, blocking read", "maxlen, XREADGROUP with BLOCK 5000", "right"),
    ("prefetch, ack, drain", "prefetch, acks, drain, алармы памяти блокируют паблишеров", "right"),
    ("prefetch, ack, drain", "prefetch, acks, drain, Speicheralarme blockieren neue Verbindungen", "right"),
]


@pytest.mark.parametrize("expected,answer,verdict", BLOCK_CASES)
def test_a_verb_of_a_value_word_with_an_object_is_no_value(expected, answer, verdict):
    others = tuple(c for c in ("maxlen, blocking read", "prefetch, ack, drain") if c != expected)
    assert grade(expected, answer, others=others).verdict == verdict
