"""fa7: false accepts, round 7. Each class with made-up variants (other words, decks, languages)
and the near misses that must stay right."""

import pytest

from brokerquiz.grading import grade

# --- 1. two values swapped between the roles the model answer ties them to ("by default" / "as
# well", "first" / "then", "primary" / "fallback"): every word is said, each in the other's role.
ROLES_SWAPPED = [
    ("Uniform by default, range as well", "range by default, uniform as well"),
    ("Range by default, sticky as well", "sticky by default and range as well"),
    ("Standardmäßig Range, Sticky auch", "standardmäßig Sticky, Range auch"),
    ("Primary: Raft, fallback: gossip", "primary gossip, fallback raft"),
    ("first the retry topic, then the DLT", "first the DLT, then the retry topic"),
    ("сначала retry-топик, потом DLT", "сначала DLT, потом retry-топик"),
    ("zuerst die Consumer, dann die Producer", "zuerst die Producer, dann die Consumer"),
]


@pytest.mark.parametrize("expected,answer", ROLES_SWAPPED)
def test_values_swapped_between_roles_are_wrong(expected, answer):
    g = grade(expected, answer)
    assert g.verdict == "wrong"
    assert g.reason == "gives two values each other's roles"


ROLES_KEPT = [
    ("Uniform by default, range as well", "uniform by default, range as well"),
    ("Uniform by default, range as well", "range as well, uniform by default"),  # another order, same roles
    ("Standardmäßig Range, Sticky auch", "standardmäßig Range, Sticky auch"),
    ("first the retry topic, then the DLT", "the retry topic first, then the DLT"),
    ("сначала retry-топик, потом DLT", "сначала retry-топик, затем DLT"),
    ("Primary: Raft, fallback: gossip", "primary raft, gossip as a fallback"),
]


@pytest.mark.parametrize("expected,answer", ROLES_KEPT)
def test_values_in_their_own_roles_stay_right(expected, answer):
    assert grade(expected, answer).verdict == "right"


# --- 2. a machine (the broker, the server) said to do by itself what the model answer gives someone
# else (the application, the client) and denies of the machine ("the broker itself has none").
DLQ = ("The application or framework builds dead letter and retry topics; the broker itself has none. "
       "Kafka Connect sink connectors have errors.tolerance=all and errors.deadletterqueue.topic.name.")
DLQ_Q = "Does Kafka have a built-in dead letter queue?"
DLQ_ACCEPT = ("the application builds the DLT", "errors.deadletterqueue.topic.name",
              "retry topics and a dead letter topic in the application")
DEDUP = "The application deduplicates by message id; the server does not deduplicate anything."
DEDUP_Q = "How are duplicates removed?"
RETRY_RU = "Повторы отправки делает клиент, сам сервер ничего не повторяет."
RETRY_RU_Q = "Кто делает повторы?"

MACHINE_DOES = [
    (DLQ, "no, the broker builds it itself", DLQ_Q),
    (DLQ, "no, the broker creates the retry and dead letter topics on its own", DLQ_Q),
    (DEDUP, "the server deduplicates by message id on its own", DEDUP_Q),
    (RETRY_RU, "сервер сам повторяет отправку", RETRY_RU_Q),
]


@pytest.mark.parametrize("expected,answer,question", MACHINE_DOES)
def test_a_machine_doing_by_itself_what_the_model_gives_another_is_wrong(expected, answer, question):
    g = grade(expected, answer, context=question, accept=DLQ_ACCEPT if expected == DLQ else ())
    assert g.verdict == "wrong"
    assert g.reason == "says the machine does by itself what the model answer gives someone else"


MACHINE_DOES_KEPT = [
    (DLQ, "no, the application builds the DLT", DLQ_Q),
    (DLQ, "no, the app builds retry topics, the broker has none", DLQ_Q),
    (DLQ, "no, the broker itself has none; the app builds retry topics", DLQ_Q),
    (RETRY_RU, "клиент сам повторяет отправку, сервер ничего не повторяет", RETRY_RU_Q),
]


@pytest.mark.parametrize("expected,answer,question", MACHINE_DOES_KEPT)
def test_the_other_doer_or_a_denied_machine_stays_right(expected, answer, question):
    g = grade(expected, answer, context=question, accept=DLQ_ACCEPT if expected == DLQ else ())
    assert g.verdict == "right"


def test_a_denied_machine_alone_is_no_such_claim():
    g = grade(DLQ, "no, the broker itself has none", context=DLQ_Q)
    assert g.reason != "says the machine does by itself what the model answer gives someone else"


# --- 3. a setting typed "name=value" with none of the model answer's values for that name: another
# value of the setting, a flip, not an omission nor a detail left out.
SETTING_OTHER = [
    ("cleanup.policy=compact, tombstones, changelog topics", "cleanup.policy=delete and retention"),
    ("cleanup.policy=compact, tombstone, changelog-топики", "cleanup.policy=delete и tombstone"),
    ("auto.offset.reset=earliest, replay from the start", "auto.offset.reset=latest, replay from the start"),
    ("errors.tolerance=all, errors.deadletterqueue.topic.name", "errors.tolerance=none, errors.deadletterqueue.topic.name"),
    ("partition.assignment.strategy=cooperative-sticky, inkrementelles Rebalancing", "partition.assignment.strategy=range, inkrementelles Rebalancing"),
]


@pytest.mark.parametrize("expected,answer", SETTING_OTHER)
def test_a_setting_with_another_value_is_wrong(expected, answer):
    g = grade(expected, answer)
    assert g.verdict == "wrong"
    assert g.reason == "gives a setting another value"


SETTING_KEPT = [
    ("cleanup.policy=compact, tombstones", "cleanup.policy=compact, tombstones"),
    ("cleanup.policy=compact, tombstones", "cleanup.policy = compact, tombstones"),
    ("cleanup.policy=compact, tombstones", "cleanup.policy=compact,delete, tombstones"),  # the value among others
    ("auto.offset.reset=earliest, replay from the start", "AUTO.OFFSET.RESET=EARLIEST, replay from the start"),
]


@pytest.mark.parametrize("expected,answer", SETTING_KEPT)
def test_the_same_setting_value_stays_right(expected, answer):
    assert grade(expected, answer).verdict == "right"


# --- 4. "X by default" where the card's note gives X as an option beside another default ("by
# default trimming removes the oldest entries; since 8.2 the ACKED option removes only the acknowledged").
from brokerquiz.core.deck.cards import subject_aliases  # noqa: E402
from brokerquiz.core.deck.library import open_deck  # noqa: E402
from brokerquiz.core.grading import grade_card  # noqa: E402

NOTE_EN = ("MAXLEN is retention: by default trimming removes the oldest entries, even unread ones; "
           "since Redis 8.2 the ACKED option removes only entries every group has acknowledged.")
NOTE_RU = ("MAXLEN — retention: по умолчанию обрезка удаляет самые старые записи, даже непрочитанные; "
           "с Redis 8.2 опция ACKED удаляет только подтверждённые всеми группами.")
NOTE_DE = ("MAXLEN ist Retention: standardmäßig entfernt das Kürzen die ältesten Einträge, auch ungelesene; "
           "seit Redis 8.2 entfernt die Option ACKED nur bestätigte Einträge.")


def _noted(deck_id, card_id, note):
    deck, cards = open_deck(deck_id)
    card = next(c for c in cards if c.id == card_id)
    return card._replace(nuance=note), subject_aliases(deck)


BACKPRESSURE_EN = ("message-brokers.en", "message-brokers-en/fact/comparison/backpressure/redis")
BACKPRESSURE_RU = ("message-brokers", "message-brokers/fact/comparison/backpressure/redis")

OPTION_AS_DEFAULT = [
    (BACKPRESSURE_EN, NOTE_EN, "maxlen, blocking read; by default trimming removes only the acknowledged entries"),
    (BACKPRESSURE_RU, NOTE_RU, "maxlen и blocking read, причём maxlen по умолчанию режет только уже подтверждённые записи"),
    (BACKPRESSURE_RU, NOTE_RU, "maxlen и blocking read, по умолчанию maxlen удаляет только подтверждённые записи"),
    (BACKPRESSURE_EN, NOTE_EN, "maxlen and blocking read, and by default maxlen trims only acknowledged entries"),
    (BACKPRESSURE_EN, NOTE_DE, "maxlen und blocking read, standardmäßig entfernt maxlen nur bestätigte Einträge"),
]


@pytest.mark.parametrize("where,note,answer", OPTION_AS_DEFAULT)
def test_the_notes_option_called_the_default_is_wrong(where, note, answer):
    card, aliases = _noted(*where, note)
    assert grade_card(card, answer, aliases=aliases).verdict == "wrong"


OPTION_KEPT = [
    (BACKPRESSURE_EN, NOTE_EN, "maxlen, blocking read"),
    (BACKPRESSURE_RU, NOTE_RU, "maxlen и blocking read, по умолчанию обрезка удаляет старые записи"),
    (BACKPRESSURE_EN, NOTE_EN, "maxlen, blocking read; by default the oldest entries are trimmed"),
]


@pytest.mark.parametrize("where,note,answer", OPTION_KEPT)
def test_the_notes_own_default_stays_right(where, note, answer):
    card, aliases = _noted(*where, note)
    assert grade_card(card, answer, aliases=aliases).verdict == "right"


# --- 5. one named thing (a CamelCase name said in one sentence of the model answer) given the
# claim another sentence makes of another named thing, with no word of its own sentence's claim.
ASSIGN_EN = ("The default RoundRobinAssignor spreads partitions evenly across members. "
             "CooperativeStickyAssignor keeps most partitions in place and rebalances incrementally.")
ASSIGN_DE = ("Standardmäßig verteilt der RoundRobinAssignor die Partitionen gleichmäßig. "
             "Der CooperativeStickyAssignor behält die meisten Partitionen und rebalanciert inkrementell.")
ASSIGN_RU = ("По умолчанию RoundRobinAssignor раскладывает партиции поровну. "
             "CooperativeStickyAssignor оставляет большинство партиций на месте и ребалансирует инкрементально.")
ASSIGN_Q = "Which assignor avoids a stop-the-world rebalance?"
STRATEGY = ("The subject name strategy: the default TopicNameStrategy gives a single <topic>-value subject, so every "
            "message of the topic must be compatible with one schema. RecordNameStrategy or TopicRecordNameStrategy "
            "register a schema per record type and allow several types in one topic.")
STRATEGY_Q = "How do you put several event types into one Kafka topic with Schema Registry?"

OTHERS_CLAIM = [
    (ASSIGN_EN, "RoundRobinAssignor, it keeps most partitions in place and rebalances incrementally", ASSIGN_Q),
    (ASSIGN_DE, "der RoundRobinAssignor rebalanciert inkrementell und behält die Partitionen", ASSIGN_Q),
    (ASSIGN_RU, "RoundRobinAssignor ребалансирует инкрементально и оставляет партиции на месте", ASSIGN_Q),
    (STRATEGY, "stay with TopicNameStrategy, it allows several record types per topic", STRATEGY_Q),
]


@pytest.mark.parametrize("expected,answer,question", OTHERS_CLAIM)
def test_one_named_thing_given_anothers_claim_is_wrong(expected, answer, question):
    g = grade(expected, answer, context=question)
    assert g.verdict == "wrong"
    assert g.reason == "says of one named thing what the model answer says of another"


OTHERS_CLAIM_KEPT = [
    (ASSIGN_EN, "CooperativeStickyAssignor, it keeps most partitions in place and rebalances incrementally", ASSIGN_Q),
    (ASSIGN_EN, "CooperativeStickyAssignor rebalances incrementally; RoundRobinAssignor spreads partitions evenly", ASSIGN_Q),
    (STRATEGY, "switch the subject name strategy to RecordNameStrategy", STRATEGY_Q),
    (STRATEGY, "TopicRecordNameStrategy, a schema per record type, several types in one topic", STRATEGY_Q),
]


@pytest.mark.parametrize("expected,answer,question", OTHERS_CLAIM_KEPT)
def test_the_named_things_own_claim_is_no_flip(expected, answer, question):
    assert grade(expected, answer, context=question).verdict != "wrong"
