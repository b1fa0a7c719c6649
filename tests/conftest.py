"""Shared fixtures: a temp database path and an open Store on it, a fixed clock and a small valid deck.

Keep this file small; fixtures used by one test file belong in that file.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

import pytest

from brokerquiz.core.store.facade import Store

# A Friday morning, so "today" and "tomorrow" never straddle a month or a DST change.
FIXED_NOW = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)

SMALL_DECK_YAML = """\
id: small
title: Small deck
language: en
subjects:
  kafka:
    name: Kafka
    aliases: [Apache Kafka]
  rabbitmq: RabbitMQ
  redis: Redis Streams
tables:
  basics:
    title: Basics
    rows:
      model:
        label: Model
        kafka: log
        rabbitmq: queue
        redis: log
      delivery:
        label: Delivery guarantee
        kafka:
          text: exactly-once
          accept: [EOS]
          nuance:
            text: Kafka to Kafka only, through transactions.
            source: https://kafka.apache.org/documentation/#semantics
        rabbitmq: at-least-once
        redis: at-least-once
ratings:
  scenarios:
    title: Scenarios
    rows:
      replay:
        label: Replay
        kafka: 👍 offsets
        rabbitmq: ❌ no
        redis: 👍/⚠️ limited by maxlen
lists:
  when:
    title: When to use
    kafka:
      analytics: Stream analytics
    rabbitmq:
      routing: Complex routing
takeaways:
  title: Takeaways
  kafka: the durable log
  rabbitmq: the flexible router
phrases:
  pitch:
    title: The pitch
    text: Kafka for logs, RabbitMQ for tasks.
    clauses:
      kafka: Kafka for logs
      rabbitmq: RabbitMQ for tasks
follow_ups:
  zookeeper:
    question: Does Kafka still need ZooKeeper?
    answer: No, Kafka 4.0 runs on KRaft only.
    accept: [no]
    subjects: [kafka]
    topic: basics/model
    source: https://cwiki.apache.org/confluence/display/KAFKA/KIP-500
"""


@pytest.fixture
def now() -> datetime:
    """The fixed 'now' every test that touches time uses: 2026-11-20 09:00 UTC."""
    return FIXED_NOW


@pytest.fixture
def tmp_db(tmp_path: Path) -> Path:
    """A database path in a fresh temp dir (the file does not exist yet)."""
    return tmp_path / "brokerquiz.db"


@pytest.fixture
def store(tmp_db):
    """A Store on `tmp_db`, closed after the test (the machine's time zone for days)."""
    with Store.open(tmp_db) as opened:
        yield opened


@pytest.fixture
def utc_store(tmp_db):
    """A Store on `tmp_db` whose days are UTC days, so "today", the calendar and the next due
    date do not depend on the machine's time zone (snapshots, fit tests); closed after the test."""
    with Store.open(tmp_db, tz=timezone.utc) as opened:
        yield opened


@pytest.fixture
def small_deck_yaml() -> str:
    """A small valid deck (3 subjects, every section) as YAML text."""
    return SMALL_DECK_YAML


@pytest.fixture
def small_deck_path(tmp_path: Path, small_deck_yaml: str) -> Path:
    """The small deck written to a file, for code that takes a path."""
    path = tmp_path / "small.yaml"
    path.write_text(small_deck_yaml, encoding="utf-8")
    return path


@pytest.fixture
def small_deck_name(small_deck_path: Path, monkeypatch) -> str:
    """The small deck named as a person in its folder types it ('small.yaml'), the working
    directory moved there: screens that print the deck's name (the report's and stats' drill
    commands) then hold no temp path. A snapshot must not: the path's length (pytest-99 or
    pytest-100, the user's name, $TMPDIR) changes how those lines wrap, so the scroll height
    and the scrollbar thumb, even where the lines themselves are off screen."""
    monkeypatch.chdir(small_deck_path.parent)
    return small_deck_path.name


def _set_env_for_the_session(name: str, value: Path):
    """Set $name to `value` while the session runs, then put back what was there."""
    old = os.environ.get(name)
    os.environ[name] = str(value)
    yield
    if old is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = old


@pytest.fixture(autouse=True, scope="session")
def _progress_db_in_a_temp_dir(tmp_path_factory):
    """Commands run without --db (export anki keeps its notes' mod time there) never write the
    user's progress database; a test that sets $BROKERQUIZ_DB itself still wins."""
    yield from _set_env_for_the_session("BROKERQUIZ_DB", tmp_path_factory.mktemp("progress") / "progress.db")


@pytest.fixture(autouse=True, scope="session")
def _interface_in_english():
    """Tests read the English interface unless they ask for another ($BROKERQUIZ_LANG, --lang,
    or use_language): the snapshots and the asserted texts are English, whatever the deck's
    language."""
    yield from _set_env_for_the_session("BROKERQUIZ_LANG", "en")


@pytest.fixture(autouse=True)
def _catalog_reset_after_each_test():
    """A test that switched the interface language leaves English for the next one."""
    yield
    from brokerquiz.core.translate import set_option, use_language

    set_option(None)
    use_language("en")


@pytest.fixture(autouse=True, scope="session")
def _deck_cache_in_a_temp_dir(tmp_path_factory):
    """Tests (and the commands they start) never write the user's parsed-deck cache."""
    yield from _set_env_for_the_session("BROKERQUIZ_CACHE_DIR", tmp_path_factory.mktemp("deck-cache"))


@pytest.fixture(autouse=True, scope="session")
def _user_decks_in_a_temp_dir(tmp_path_factory):
    """Tests never list or write the user's own decks folder (home lists it, import writes it)."""
    yield from _set_env_for_the_session("BROKERQUIZ_DECKS_DIR", tmp_path_factory.mktemp("user-decks"))
