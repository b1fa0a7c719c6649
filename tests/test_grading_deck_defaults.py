"""A deck's `defaults:` section: documented defaults a deck author adds, optionally one subject's own.

Made-up answers in Russian, English and German, written before the code ran on them, with near
misses kept: the documented default, a value of one's own without a default word, another
subject's default said of that subject.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from brokerquiz.cli import cli
from brokerquiz.core.deck.aliases import subject_aliases
from brokerquiz.core.deck.load import DeckError, parse_deck
from brokerquiz.core.grading.documented import claim_holder, documented_default_hits, with_deck_defaults
from brokerquiz.core.grading.subjects import index_for
from brokerquiz.core.model import DeckDefault
from brokerquiz.grading import grade

PG_URL = "https://www.postgresql.org/docs/current/transaction-iso.html"
MY_URL = "https://dev.mysql.com/doc/refman/8.4/en/innodb-transaction-isolation-levels.html"


def deck_text(language: str = "en", setting: str = "[isolation level, уровень изоляции, Isolationsstufe]") -> str:
    return f"""id: db-defaults
title: PostgreSQL vs MySQL
language: {language}
subjects:
  postgres: {{name: PostgreSQL, aliases: [postgres, pg]}}
  mysql: MySQL
tables:
  c:
    title: Comparison
    rows:
      tx:
        label: Transactions
        postgres: Full ACID, MVCC
        mysql: ACID with InnoDB
defaults:
  - setting: {setting}
    subject: postgres
    values: [read uncommitted, read committed, repeatable read, serializable]
    default: read committed
    values_name_it: true
    source: {PG_URL}
  - setting: {setting}
    subject: mysql
    values: [read uncommitted, read committed, repeatable read, serializable]
    default: repeatable read
    values_name_it: true
    source: {MY_URL}
  - setting: [max_connections]
    default: "100"
    source: https://www.postgresql.org/docs/current/runtime-config-connection.html
"""


EXPECTED = {"postgres": "Full ACID, MVCC", "mysql": "ACID with InnoDB"}


def graded(answer: str, subject: str, language: str = "en"):
    aliases = subject_aliases(parse_deck(deck_text(language), "deck.yaml"))
    return grade(EXPECTED[subject], answer, aliases=aliases, subject=subject)


def test_the_section_is_read_into_the_deck():
    deck = parse_deck(deck_text(), "deck.yaml")
    assert len(deck.defaults) == 3
    first = deck.defaults[0]
    assert isinstance(first, DeckDefault) and first.subject == "PostgreSQL" and first.default == "read committed"
    assert first.values_name_it and first.source == PG_URL and deck.defaults[2].subject == ""


@pytest.mark.parametrize("subject, answer, language", [
    ("postgres", "full acid, mvcc, serializable is the default isolation level", "en"),
    ("postgres", "full acid and mvcc; repeatable read by default", "en"),
    ("mysql", "acid with innodb, read committed by default", "en"),
    ("postgres", "полный acid, mvcc, по умолчанию serializable", "ru"),
    ("mysql", "acid на innodb, уровень изоляции по умолчанию read committed", "ru"),
    ("postgres", "volles ACID, MVCC, die Standard-Isolationsstufe ist serializable", "de"),
    ("mysql", "ACID mit InnoDB, standardmäßig read committed", "de"),
])
def test_another_default_than_the_deck_documents_for_the_subject_is_wrong(subject, answer, language):
    g = graded(answer, subject, language)
    assert g.verdict == "wrong", g
    assert g.reason.startswith("another default than documented:")
    assert (PG_URL if subject == "postgres" else MY_URL) in g.reason
    assert ("PostgreSQL" if subject == "postgres" else "MySQL") + " isolation level = " in g.reason


@pytest.mark.parametrize("subject, answer, language", [
    ("postgres", "full acid, mvcc, read committed by default", "en"),  # the documented default
    ("mysql", "acid with innodb, repeatable read by default", "en"),
    ("postgres", "full acid, mvcc, serializable is available", "en"),  # no default word: a value of one's own
    ("mysql", "acid with innodb, you can switch to read committed", "en"),
    ("postgres", "полный acid, mvcc, read committed по умолчанию", "ru"),
    ("mysql", "ACID mit InnoDB, standardmäßig repeatable read", "de"),
])
def test_the_documented_default_or_a_value_of_ones_own_is_no_contradiction(subject, answer, language):
    g = graded(answer, subject, language)
    assert not g.reason.startswith("another default than documented"), g
    assert g.verdict == "right", g


@pytest.mark.parametrize("subject, answer", [
    ("postgres", "full acid, mvcc; mysql defaults to repeatable read"),  # true of MySQL: not PostgreSQL's default
    ("mysql", "acid with innodb, unlike postgres where read committed is the default"),
])
def test_another_subjects_default_said_of_that_subject_is_judged_by_its_own_entry(subject, answer):
    assert not graded(answer, subject).reason.startswith("another default than documented")


@pytest.mark.parametrize("answer, held", [
    ("full acid, mvcc; mysql defaults to serializable", "MySQL"),  # its part names MySQL
    ("mysql: serializable by default", "MySQL"),
    ("full acid, mvcc, serializable by default", "PostgreSQL"),  # nothing named: the card's subject
    ("postgres and mysql both default to read committed", "MySQL"),  # true of one, false of the other
])
def test_a_default_is_judged_by_the_entry_of_the_subject_it_is_said_of(answer, held):
    aliases = subject_aliases(parse_deck(deck_text(), "deck.yaml"))
    index = index_for(aliases)
    hit = documented_default_hits("Full ACID, MVCC", answer, with_deck_defaults(aliases.defaults),
                                  claim_holder(index, "postgres"))
    assert hit is not None and f"{held} isolation level" in hit[0], hit


def test_an_entry_for_every_subject_holds_on_any_card():
    g = graded("full acid, mvcc, max_connections is 500 by default", "postgres")
    assert g.verdict == "wrong" and "max_connections = 100" in g.reason


def test_without_the_deck_the_subjects_defaults_are_unknown():
    assert grade("Full ACID, MVCC", "full acid, mvcc, serializable by default", subject="postgres").verdict == "right"


@pytest.mark.parametrize("entry, message", [
    ("  - {setting: [a], default: '1'}", "missing the required field 'source'"),
    ("  - {setting: [a], default: '1', source: postgresql.org/docs}", "must be the full URL"),
    ("  - {setting: [a], values: [on, off], default: maybe, source: 'https://x.org/a'}", "none of the values' names"),
    ("  - {setting: [a], default: lots, source: 'https://x.org/a'}", "is no figure"),
    ("  - {setting: [a], source: 'https://x.org/a'}", "needs a default"),
    ("  - {setting: [a], no_default: true, default: '5', source: 'https://x.org/a'}", "gives no default"),
    ("  - {setting: [a], default: '1', subject: oracle, source: 'https://x.org/a'}", "'oracle' is not a subject"),
    ("  - {setting: [a], default: '1', values_name_it: true, source: 'https://x.org/a'}", "needs the setting's named values"),
    ("  - {setting: [a], default: '1', sorce: 'https://x.org/a'}", "unknown field 'sorce'"),
    ("  {setting: [a]}", "defaults must be a list"),
])
def test_a_bad_entry_is_reported_at_its_line_and_column(entry, message):
    head = deck_text().split("defaults:\n")[0]
    with pytest.raises(DeckError) as raised:
        parse_deck(head + "defaults:\n" + entry + "\n", "deck.yaml")
    problems = [str(p) for p in raised.value.problems]
    line = head.count("\n") + 2
    assert any(p.startswith(f"deck.yaml:{line}:") and message in p for p in problems), problems


def test_check_reports_a_bad_entry_and_exits_non_zero(tmp_path):
    path = tmp_path / "deck.yaml"
    path.write_text(deck_text().replace(PG_URL, "see the docs"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(path)])
    assert result.exit_code != 0
    assert f"{path}:" in result.output and "must be the full URL" in result.output
    assert "Traceback" not in result.output


def test_the_fixture_decks_document_the_isolation_defaults_with_full_urls():
    from brokerquiz.core.deck.load import load_deck

    for name in ("databases.en.yaml", "datenbanken.de.yaml"):
        deck = load_deck(f"tests/fixtures/decks/{name}")
        assert {d.subject for d in deck.defaults} == {"PostgreSQL", "MySQL"}
        assert all(d.source.startswith("https://") for d in deck.defaults)


# the shipped table's subject-scoped entries (data/defaults.yaml `subject:`): RabbitMQ's queue type,
# JetStream streams' storage, retention and discard policies; a deck without the subject never uses them

def shipped(deck_id: str):
    from brokerquiz.core.deck.library import open_deck

    return subject_aliases(open_deck(deck_id)[0])


@pytest.mark.parametrize("deck_id, subject, expected, answer", [
    ("message-brokers-en", "rabbitmq", "Queue-based, pub-sub", "queue-based, pub-sub; the default queue type is quorum"),
    ("message-brokers", "rabbitmq", "Queue-based, pub-sub", "очереди, pub-sub, по умолчанию тип очереди quorum"),
    ("message-brokers-en", "kafka", "Log-based, immutable events", "log-based, immutable; rabbitmq's default queue type is quorum"),
    ("message-brokers-en", "nats", "Disk-backed", "disk-backed, though the storage type defaults to memory"),
    ("message-brokers", "nats", "Disk-backed", "на диске, хотя хранилище по умолчанию в памяти"),
    ("message-brokers-en", "nats", "Disk-backed", "disk-backed; the retention policy defaults to workqueue"),
])
def test_another_default_of_a_subjects_own_shipped_setting_is_wrong(deck_id, subject, expected, answer):
    aliases = shipped(deck_id)
    hit = documented_default_hits(expected, answer, with_deck_defaults(), claim_holder(index_for(aliases), subject))
    assert hit is not None and hit[0].startswith("another default than documented: "), hit


@pytest.mark.parametrize("deck_id, subject, expected, answer", [
    ("message-brokers-en", "rabbitmq", "Queue-based, pub-sub", "queue-based, pub-sub; the default queue type is classic"),
    ("message-brokers-en", "rabbitmq", "Queue-based, pub-sub", "queue-based; quorum queues are replicated by default"),  # no queue type said
    ("message-brokers-en", "kafka", "Log-based, immutable events", "log-based; the default queue type is quorum"),  # of Kafka: not RabbitMQ's
    ("message-brokers-en", "nats", "Disk-backed", "disk-backed, storage type file by default, memory if you ask"),
    ("message-brokers-en", "redis", "In memory + disk", "in memory by default, storage type memory by default"),  # of Redis: not JetStream's
    ("tests/fixtures/decks/databases.en.yaml", "postgres", "Full ACID", "full acid; the default queue type is quorum"),  # no RabbitMQ here
])
def test_a_subjects_own_shipped_default_holds_only_for_that_subject(deck_id, subject, expected, answer):
    aliases = shipped(deck_id)
    assert documented_default_hits(expected, answer, with_deck_defaults(), claim_holder(index_for(aliases), subject)) is None
