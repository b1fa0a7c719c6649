"""Cards that are fair: none gives its answer away, none asks "which broker?" of a shared value,
and `check` tells a deck's author where a card was left out and where a source is vague."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from brokerquiz.cli import cli
from brokerquiz.core.deck.rules import alike, mask_names, named_in
from brokerquiz.core.deck.cards import generate_cards
from brokerquiz.core.deck.load import load_deck, parse_deck
from brokerquiz.core.model import Subject

DECKS = sorted((Path(__file__).resolve().parents[1] / "decks").glob("*.yaml"))
KAFKA = Subject("kafka", "Kafka", ("Apache Kafka", "кафка"))
REDIS = Subject("redis", "Redis Streams", ("Redis",))


@pytest.mark.parametrize("path", DECKS, ids=lambda p: p.name)
def test_no_card_names_its_answer_subject_in_its_front_or_context(path):
    deck = load_deck(path)
    by_name = {s.name: s for s in deck.subjects}
    for card in generate_cards(deck):
        if card.kind not in ("reverse", "use-case", "scenario"):
            continue
        answer = [by_name[n] for n in card.back.split(", ") if n in by_name]
        assert answer, card.id
        for shown in (card.front, *card.context):
            assert not named_in(shown, answer), (card.id, shown)


@pytest.mark.parametrize("path", DECKS, ids=lambda p: p.name)
def test_shipped_decks_pass_check_with_no_warning(path):
    result = CliRunner().invoke(cli, ["check", "--strict", str(path)])
    assert result.exit_code == 0, result.output
    assert "warning" not in result.output


def test_names_are_whole_words_in_any_case():
    assert named_in("Лёгкая интеграция с существующим Redis stack", [REDIS])
    assert named_in("requires zookeeper / kafka cluster", [KAFKA])
    assert not named_in("Redistribution of partitions", [REDIS])
    assert mask_names("existing Redis stack, not Redis Streams", [REDIS]) == "existing … stack, not …"


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("at-least-once", "at-most-once / at-least-once / exactly-once", True),  # within the other
        ("Log-based, immutable events", "Log-based / append-only", True),  # a shared part
        ("Да, offset → replay", "Да, replay через offset", True),  # the same words reordered
        ("disk-backed, replication", "disk-bakced / memory", True),  # a shared part, with a typo
        ("Долгое, configurable retention", "Долго (retention + ack), disk-backed", False),
        ("Нет (at-least-once)", "Да, через transactional producer/consumer", False),
        ("yes, offset", "yes, routing keys", False),  # "yes" alone proves nothing
    ],
)
def test_values_alike(a, b, same):
    assert alike(a, b) is same and alike(b, a) is same


SMALL = """\
id: t
title: T
language: en
subject_noun: broker
subjects:
  kafka: Kafka
  rabbitmq: RabbitMQ
  redis: {name: Redis Streams, aliases: [Redis]}
tables:
  c:
    title: C
    rows:
      scaling:
        label: Scaling
        kafka: partitions
        rabbitmq: queues + workers
        redis: Redis sharding
      order:
        label: Ordering
        kafka: per partition
        rabbitmq: {text: per queue, reverse: false}
        redis: per stream
ratings:
  r:
    title: R
    rows:
      pubsub:
        label: Pub-sub
        kafka: 👍
        rabbitmq: 👍
        redis: 👍
      replay:
        label: Replay
        kafka: 👍
        rabbitmq: ❌
        redis: ⚠️
lists:
  when:
    title: When to use
    redis:
      existing: {text: "Easy with an existing Redis", also: [rabbitmq]}
follow_ups:
  q:
    question: Why?
    answer: Because.
    source: redis.io persistence docs
"""


def test_the_generator_leaves_out_or_masks_what_is_unfair():
    cards = {c.id: c for c in generate_cards(parse_deck(SMALL))}
    assert "t/reverse/c/scaling/redis" not in cards  # names its own broker
    assert "t/reverse/c/scaling/kafka" in cards
    assert "t/reverse/c/order/rabbitmq" not in cards  # reverse: false
    assert "t/reverse/c/order/kafka" in cards
    assert "t/scenario/r/pubsub" not in cards and "t/scenario/r/replay" in cards  # all fit: no card
    use = cards["t/use-case/when/redis/existing"]
    assert use.front == "“Easy with an existing …” — which broker(s)?"
    assert use.back == "RabbitMQ, Redis Streams" and use.correct == frozenset({1, 2})
    assert use.context == ("T", "When to use")


def test_check_warns_where_a_card_was_left_out_and_where_a_source_is_vague(tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text(SMALL, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(path)])
    assert result.exit_code == 0  # warnings alone do not fail
    lines = [line for line in result.output.splitlines() if "warning:" in line]
    assert lines[0].startswith(f"{path}:17:16: warning: no reverse card for scaling/redis: «Redis sharding»")
    assert any(":46:13: warning: vague source 'redis.io persistence docs'" in line for line in lines)
    assert len(lines) == 2, lines
    assert "ok (t: 3 subjects," in result.output and "2 warnings)" in result.output
    strict = CliRunner().invoke(cli, ["check", "--strict", str(path)])
    assert strict.exit_code == 1


def test_a_nuance_without_source_is_a_warning(tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text(SMALL.replace("      order:\n", "      order:\n        nuance: plain words\n"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(path)])
    assert "warning: nuance has no source" in result.output
