"""fa4: an absolute negation said in passing ("gibt es überhaupt nicht", "вообще нет",
"hinken nie hinterher", "никогда не появляются") is a sweeping claim of the answer's own, like
"always" or "every": the expected text does not vouch for it (lexicons' sweeping_words)."""

import pytest

from brokerquiz.grading import grade

CLAIMS = [
    ("Aggregation Pipeline, $lookup für Joins",
     "Aggregation Pipeline, $lookup für Joins, Transaktionen gibt es überhaupt nicht"),
    ("Aggregation pipeline, $lookup для join",
     "aggregation pipeline, $lookup для join, а транзакций там вообще нет"),
    ("Stark auf dem Primary",
     "stark auf dem primary, die replikate hinken nie hinterher"),
    ("Да, через transactional producer",
     "да, через transactional producer, а дубли никогда не появляются"),
    ("Lange, konfigurierbare Retention",
     "lange, konfigurierbare retention, ältere daten gibt es niemals im speicher"),
]


@pytest.mark.parametrize("expected,answer", CLAIMS)
def test_absolute_negation_in_passing_is_not_right(expected, answer):
    assert grade(expected, answer).verdict != "right"


@pytest.mark.parametrize("expected,answer", [(e, a.split(",")[0] + "," + a.split(",")[1]) for e, a in CLAIMS[:2]])
def test_the_answer_without_it_stays_right(expected, answer):
    assert grade(expected, answer).verdict == "right"


# a negator spelling it ("never", "niemals"): the token is a negation, and still a sweeping word
NEGATOR_CLAIMS = [
    ("Aggregation pipeline, $lookup for joins",
     "aggregation pipeline, $lookup for joins, and window functions are never supported"),
    ("Stark auf dem Primary, asynchrone Replikate",
     "stark auf dem primary, asynchrone replikate, und ein failover verliert niemals daten"),
    ("Long-term, configurable retention",
     "long-term, configurable retention, and offsets never expire"),
    ("Until acked / durable queue",
     "until acked, durable queue, and a durable queue never loses a message on a crash"),
]


@pytest.mark.parametrize("expected,answer", NEGATOR_CLAIMS)
def test_never_said_in_passing_is_not_right(expected, answer):
    assert grade(expected, answer).verdict != "right"


def test_never_the_expected_text_says_stays_right():
    assert grade("Durable queue, never lost once acked", "durable queue, never lost once acked").verdict == "right"


# the same absolute negation in other words: "gar nicht", "nirgends", "нигде", "nowhere"
OTHER_SPELLINGS = [
    ("Aggregation Pipeline, $lookup für Joins",
     "Aggregation Pipeline, $lookup für Joins, Transaktionen gibt es gar nicht"),
    ("Aggregation Pipeline, $lookup für Joins",
     "Aggregation Pipeline, $lookup für Joins, Fensterfunktionen gibt es nirgends"),
    ("Aggregation pipeline, $lookup для join",
     "aggregation pipeline, $lookup для join, оконных функций нет нигде"),
    ("Aggregation pipeline, $lookup for joins",
     "aggregation pipeline, $lookup for joins, window functions exist nowhere in it"),
]


@pytest.mark.parametrize("expected,answer", OTHER_SPELLINGS)
def test_other_absolute_negations_are_not_right(expected, answer):
    assert grade(expected, answer).verdict != "right"


# "defaults to X" is the default word too (lexicon default_words): the value it calls the
# default is checked against the deck as "X by default" is (defaulted.py)
from brokerquiz.core.deck.cards import subject_aliases  # noqa: E402
from brokerquiz.core.deck.library import open_deck  # noqa: E402
from brokerquiz.core.grading import grade_card  # noqa: E402

DB_EN = "tests/fixtures/decks/databases.en.yaml"


def _card(deck_id: str, card_id: str):
    deck, cards = open_deck(deck_id)
    return next(c for c in cards if c.id == card_id), subject_aliases(deck)


@pytest.mark.parametrize(
    ("card_id", "answer", "verdict_"),
    [
        ("databases/fact/comparison/transactions/postgres", "full acid, isolation defaults to serializable", "wrong"),
        ("databases/fact/comparison/replication/postgres",
         "streaming and logical replication, single primary, replication defaults to synchronous", "wrong"),
        ("databases/fact/comparison/consistency/mysql", "strong on the primary, replication defaults to synchronous", "wrong"),
        ("databases/fact/comparison/replication/mysql", "binlog based, defaults to async", "right"),
        ("databases/fact/comparison/transactions/mysql", "acid with innodb, defaults to repeatable read", "right"),
    ],
)
def test_defaults_to_is_a_default_claim(card_id, answer, verdict_):
    card, aliases = _card(DB_EN, card_id)
    assert grade_card(card, answer, aliases=aliases).verdict == verdict_
