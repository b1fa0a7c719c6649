"""fr6: right answers the newest batches (fresh21-23) were refused for, by class.

1. A "no" closing a part ("если в данных старой версии поля нет") denies the thing the part names
   (the field), not the place it stands in after a preposition (the old data): an answer saying the
   place plainly ("старые данные читаются") contradicts nothing; one saying the thing is there does.
2. "Configurable" said with a verb of one's own ("you set the retention", «retention можно задать»,
   "kann man einstellen"): the glossary's configurable term holds those phrases; "fixed" stays its
   opposite and "a sorted set" no setting.
3. A compare answer's piece said of "the others" ("..., the others strong on the primary", «остальные
   миллисекунды», "die anderen ...") is each unnamed subject's clause, held whole (no core credit:
   one shared phrase is no subject's point made): partly for what it says, wrong when it says
   another subject's value of them.
4. A model answer denying its default word ("Поле без default", "a field without default") talks of a
   default value, not of which option is the default (no "by default" is ever denied): an answer's
   "default null" calls no other option the default.
5. An emphatic reflexive pronoun ("you build it yourself in the app") is a function word, as "itself"
   and the Russian «сам» already were: it no longer keeps a "no, <who does it>" answer from its point.
6. "All four" typed as the first piece of a "which ones?" answer, the rest a reason ("all four, each
   does pub-sub", «все четыре, просто nats самый лёгкий»), picks every choice; a rest that narrows
   (a negator, an only-word, "except" / «кроме») does not.
7. A short first word of a subject's name of several words typed with a typo ("rdis streams", "nts
   jetstream") names the subject when the words after it are the name's exactly; "read streams"
   (two edits off) names none.
8. Vague fillers closing a list ("web stuff", "etc", "Zeug", "usw") are stop words: they say nothing,
   so they cost an answer nothing.
9. A record is a message, and a registry enforcing or validating compatibility checks it (glossary):
   "each record carries the schema id and the registry enforces compatibility" says the whole cell.
10. The stream append command implies a stream (glossary implies:): "a worker XADDs the due ones"
    says "moved into a stream"; a list push does not.
"""

from __future__ import annotations

import pytest

from brokerquiz.core.deck.cards import subject_aliases
from brokerquiz.core.deck.library import open_deck
from brokerquiz.core.grading import grade, grade_card

_FIELD = "Дать полю значение default: читатель подставит его, если в данных старой версии поля нет."
_RECORDS = "Если в записях старой схемы поля нет, читатель подставляет default."


@pytest.mark.parametrize(("expected", "answer"), [
    (_FIELD, "дать полю default, тогда старые данные читаются и поле подставится"),
    (_FIELD, "дать полю default, старые данные читатель прочитает и подставит его"),
    (_RECORDS, "старые записи читаются, читатель подставляет default"),
    ("Дать полю значение default: читатель новой схемой подставит его, если в данных старой версии поля нет. "
     "Поле без default делает новую схему несовместимой назад.",
     "дать полю дефолт значение, тогда старые данные читаются новой схемой и поле подставится"),
])
def test_a_closing_no_denies_the_thing_not_its_place(expected, answer):
    graded = grade(expected, answer)
    assert graded.correct, graded


@pytest.mark.parametrize(("expected", "answer"), [
    (_RECORDS, "в старых записях поле есть, читатель его читает"),  # the thing said to be there
    ("В очереди без консьюмеров сообщений нет", "сообщения лежат в очереди"),  # no place phrase: the thing itself
])
def test_the_thing_a_closing_no_denies_stays_denied(expected, answer):
    graded = grade(expected, answer)
    assert graded.verdict == "wrong", graded


@pytest.mark.parametrize(("expected", "answer"), [
    ("Long-term, configurable retention", "long term, you set the retention per topic"),
    ("Long-term, configurable retention", "long term, the retention can be set per topic"),
    ("Долго, настраиваемый retention", "долго, retention можно задать на каждый топик"),
    ("Langfristig, konfigurierbare Retention", "langfristig, die Retention kann man pro Topic einstellen"),
])
def test_configurable_said_with_a_verb(expected, answer):
    graded = grade(expected, answer)
    assert graded.correct, graded


@pytest.mark.parametrize(("expected", "answer"), [
    ("Long-term, configurable retention", "long term, fixed retention"),
    ("Long-term, configurable retention", "long term, a sorted set per topic"),
    ("Долго, настраиваемый retention", "долго, retention фиксированный"),
    ("Langfristig, konfigurierbare Retention", "langfristig, feste Retention"),
])
def test_configurable_near_misses_stay_wrong(expected, answer):
    assert grade(expected, answer).verdict == "wrong"


_DB, _DE = "tests/fixtures/decks/databases.en.yaml", "tests/fixtures/decks/datenbanken.de.yaml"
_CONSISTENCY, _KONSISTENZ = "databases/compare/comparison/consistency", "datenbanken/compare/vergleich/konsistenz"
_LATENCY = "message-brokers/compare/comparison/latency"


def _card_verdict(deck: str, card_id: str, answer: str) -> str:
    opened, cards = open_deck(deck)
    card = next(c for c in cards if c.id == card_id)
    return grade_card(card, answer, aliases=subject_aliases(opened)).verdict


@pytest.mark.parametrize(("deck", "card", "answer", "verdict"), [
    (_DB, _CONSISTENCY, "cassandra tunable per query, the others strong on the primary", "partly"),
    (_DB, _CONSISTENCY, "cassandra tunable per query, eventual at low levels; the rest are strong on the primary", "partly"),
    (_DE, _KONSISTENZ, "cassandra pro abfrage einstellbar, die anderen stark auf dem primary", "partly"),
    ("message-brokers", _LATENCY, "redis самый быстрый, меньше миллисекунды, остальные миллисекунды", "partly"),
    # near misses: the others given another subject's value
    (_DB, _CONSISTENCY, "cassandra tunable per query, the others eventual", "wrong"),
    (_DB, _CONSISTENCY, "cassandra strong on the primary, the others tunable per query", "wrong"),
    (_DE, _KONSISTENZ, "cassandra pro abfrage einstellbar, die anderen pro abfrage einstellbar", "wrong"),
    ("message-brokers", _LATENCY, "redis меньше миллисекунды, у остальных секунды", "wrong"),
])
def test_the_others_clause_is_each_unnamed_subjects(deck, card, answer, verdict):
    assert _card_verdict(deck, card, answer) == verdict


_AVRO_RU = "message-brokers-interview/follow-up/avro-add-field"


@pytest.mark.parametrize("answer", [
    "поле с default null, читатель новой схемой подставит default",
    "новому полю default null, тогда читатель новой схемой подставит default",
])
def test_a_denied_default_word_is_a_default_value_on_the_card(answer):
    assert _card_verdict("message-brokers-interview", _AVRO_RU, answer) == "right"


@pytest.mark.parametrize(("expected", "question", "answer", "verdict"), [
    ("Give the field default value: the reader fills it in. A field without default breaks backward compatibility.",
     "How do you add a field without breaking compatibility?", "field with default null, the reader fills in default", "right"),
    # no default word denied: which option is the default, and another is named
    ("Uniform by default, range as well.", "Which assignor is the default?", "the default is range", "wrong"),
])
def test_a_denied_default_word_calls_no_option_the_default(expected, question, answer, verdict):
    assert grade(expected, answer, context=question).verdict == verdict


_DLQ = "message-brokers-interview-en/follow-up/kafka-dlq"


@pytest.mark.parametrize(("answer", "verdict"), [
    ("no, you build it yourself in the app", "right"),
    ("no, you build them yourselves in the application", "right"),
    ("no, the broker builds it itself", "not right"),  # the broker has none
])
def test_a_reflexive_pronoun_is_emphasis(answer, verdict):
    got = _card_verdict("message-brokers-interview-en", _DLQ, answer)
    assert got == verdict if verdict == "right" else got != "right"


_BROADCAST_RU = "message-brokers/use-case/when-to-use/nats/broadcasting"
_BROADCAST_EN = "message-brokers-en/use-case/when-to-use/nats/broadcasting"
_RETENTION_EN = "message-brokers-en/use-case/when-to-use/kafka/long-retention"


@pytest.mark.parametrize(("deck", "card", "answer", "verdict"), [
    ("message-brokers", _BROADCAST_RU, "все четыре, просто nats самый лёгкий для iot", "right"),
    ("message-brokers-en", _BROADCAST_EN, "all four, every one of them does pub-sub", "right"),
    ("message-brokers-en", _BROADCAST_EN, "all four - nats is the lightest for iot", "right"),
    ("message-brokers-en", _BROADCAST_EN, "all four, except kafka", "not right"),
    ("message-brokers", _BROADCAST_RU, "все четыре, кроме kafka", "not right"),
    ("message-brokers-en", _BROADCAST_EN, "all four, but not kafka", "not right"),
    ("message-brokers-en", _BROADCAST_EN, "all four, only nats for iot", "not right"),
    ("message-brokers-en", _RETENTION_EN, "all four, each keeps messages", "wrong"),  # only one is right there
])
def test_all_four_then_a_reason(deck, card, answer, verdict):
    got = _card_verdict(deck, card, answer)
    assert got != "right" if verdict == "not right" else got == verdict


_GEO_REDIS = "message-brokers-interview-en/reverse/topics/geo/redis"
_ALIASES = {"Redis Streams": ["redis"], "NATS JetStream": ["nats", "jetstream"], "RabbitMQ": ["rabbit"], "Kafka": []}


@pytest.mark.parametrize(("answer", "verdict"), [
    ("rdis streams", "right"),
    ("reds streams", "right"),
    ("read streams", "wrong"),
])
def test_a_mistyped_short_first_word_of_a_name_on_a_card(answer, verdict):
    assert _card_verdict("message-brokers-interview-en", _GEO_REDIS, answer) == verdict


@pytest.mark.parametrize(("expected", "answer", "verdict"), [
    ("NATS JetStream", "nts jetstream", "right"),
    ("Redis Streams", "rdis streams", "right"),
    ("Redis Streams", "consumers read streams in groups", "wrong"),
    ("NATS JetStream", "rdis streams", "wrong"),  # another subject's name, mistyped
])
def test_a_mistyped_short_first_word_of_a_name(expected, answer, verdict):
    assert grade(expected, answer, aliases=_ALIASES).verdict == verdict


_MYSQL = "the simple, popular relational database for read-heavy web apps."


@pytest.mark.parametrize(("answer", "verdict"), [
    ("simple popular relational db, good for read-heavy web stuff", "right"),
    ("simple popular relational db, great for read-heavy web stuff etc", "right"),
    ("simple popular relational db for write-heavy stuff", "wrong"),
])
def test_fillers_cost_nothing(answer, verdict):
    assert grade(_MYSQL, answer).verdict == verdict


def test_fillers_cost_nothing_on_the_card():
    assert _card_verdict(_DB, "databases/takeaway/mysql", "simple popular relational db, good for read-heavy web stuff") == "right"


_REGISTRY = "Schema Registry — schema id in the message, compatibility checks"


@pytest.mark.parametrize(("answer", "verdict"), [
    ("schema registry; each record carries the schema id and the registry enforces compatibility", "right"),
    ("schema registry, schema id in every record, it validates compatibility", "right"),
    ("schema registry, schema id in the record, no compatibility checks", "wrong"),
])
def test_a_record_is_a_message_and_enforcing_checks(answer, verdict):
    assert grade(_REGISTRY, answer).verdict == verdict


def test_flexible_schema_optionally_validated_stays_right():
    assert grade("Flexible schema, optional validation", "flexible schema, documents optionally validated").correct


_DELAYS = "Sorted set with the due time as score, moved into a stream"


@pytest.mark.parametrize(("answer", "verdict"), [
    ("sorted set with the due time as score, a worker does ZRANGEBYSCORE up to now and XADDs them, "
     "ideally in a lua script so the move is atomic", "right"),
    ("sorted set with the due time as score, a poller XADDs the due ones", "right"),
    ("sorted set with due time as score, then LPUSH them to a list", "not right"),
    ("a stream with XADD, no sorted set", "wrong"),
])
def test_the_append_command_implies_a_stream(answer, verdict):
    got = grade(_DELAYS, answer).verdict
    assert got != "right" if verdict == "not right" else got == verdict
