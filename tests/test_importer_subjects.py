"""The importer's rule for subject names: one name lies within the other, or no merge; qualifiers
are not aliases; a bold line names the subject of the bullets under it."""

from __future__ import annotations

import pytest

from brokerquiz.core.importer.sheet import import_sheet
from brokerquiz.core.importer.subjects import Subjects, clean_name, closeness


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("Pulsar", "Apache Pulsar", True),
        ("Redis", "Redis Streams", True),
        ("NATS", "NATS Streaming / JetStream", True),
        ("Cloud Costs Overview", "Cloud Support", False),  # a shared common word is not enough
        ("Redis", "RabbitMQ", False),  # alike letters, different names
        ("MySQL", "PostgreSQL", False),
        ("Kafka (Confluent)", "Kafka", True),
    ],
)
def test_names_merge_only_when_one_lies_within_the_other(a, b, same):
    assert (closeness(clean_name(a), clean_name(b)) > 0) is same


def test_a_qualifier_in_parentheses_is_no_alias():
    text = "# T\n\n| p | Kafka (Confluent) | RabbitMQ (3.13) |\n|---|---|---|\n| x | a | b |\n"
    deck = import_sheet(text).deck
    assert [(s.name, s.aliases) for s in deck.subjects] == [("Kafka", ()), ("RabbitMQ", ())]


def test_pulsar_and_apache_pulsar_are_one_subject_across_sections():
    text = (
        "# T\n\n| p | Apache Pulsar | Kafka |\n|---|---|---|\n| x | a | b |\n\n"
        "## Notes\n\n**Pulsar**\n\n- tiered storage\n- many tenants\n\n**Kafka:**\n\n- log compaction\n"
    )
    deck = import_sheet(text).deck
    assert [s.name for s in deck.subjects] == ["Apache Pulsar", "Kafka"]
    assert deck.subject("apache-pulsar").aliases == ("Pulsar",)
    assert [i.text for i in deck.lists[0].items["apache-pulsar"]] == ["tiered storage", "many tenants"]
    assert [i.text for i in deck.lists[0].items["kafka"]] == ["log compaction"]


def test_a_heading_naming_two_subjects_or_none_groups_nothing():
    subjects = Subjects(["Kafka", "RabbitMQ"])
    from brokerquiz.core.importer.plan import heading_subject

    assert heading_subject("When to use Kafka", subjects).key == "kafka"
    assert heading_subject("Kafka vs RabbitMQ", subjects) is None
    assert heading_subject("Summary", subjects) is None
    assert heading_subject("References", subjects) is None
