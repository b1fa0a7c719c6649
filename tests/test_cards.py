"""Card generation: ids come from keys only, output is deterministic, answers are right."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from brokerquiz.cli import cli
from brokerquiz.core.deck.cards import KINDS, generate_cards, subject_aliases
from brokerquiz.core.deck.load import load_deck, parse_deck

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "decks" / "message-brokers.yaml"


def ids(text: str) -> set[str]:
    return {card.id for card in generate_cards(parse_deck(text))}


def edit(text: str, change) -> str:
    """Apply `change` to the deck as plain data and write it back as YAML (test-side only)."""
    data = yaml.safe_load(text)
    change(data)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)


def reverse_mapping(mapping: dict) -> dict:
    return dict(reversed(list(mapping.items())))


def by_id(text: str) -> dict:
    return {card.id: card for card in generate_cards(parse_deck(text))}


# -- stable ids ----------------------------------------------------------------------------------


@pytest.fixture(params=["small", "shipped"])
def deck_text(request, small_deck_yaml) -> str:
    return small_deck_yaml if request.param == "small" else SHIPPED.read_text(encoding="utf-8")


def test_editing_text_keeps_every_id(deck_text):
    def reword(data):
        data["title"] += " (v2)"
        for subject in data["subjects"].values():
            if isinstance(subject, dict):
                subject["name"] += " 2"
        for table in (*data.get("tables", {}).values(), *data.get("ratings", {}).values()):
            for row in table["rows"].values():
                row["label"] = "New " + row["label"]
                for key, cell in row.items():
                    if isinstance(cell, dict) and "text" in cell:
                        cell["text"] = "edited " + cell["text"]  # same prefix keeps equal values equal
                    elif isinstance(cell, dict) and "note" in cell:
                        cell["note"] = "edited note"
                    elif key != "label" and isinstance(cell, str) and key in data["subjects"]:
                        # a suffix inside the value's last part: it adds no part shared by every value
                        # (a shared part would make the values "alike" and drop their reverse cards)
                        row[key] = cell + " v2" if table in data.get("tables", {}).values() else cell
        for lst in data.get("lists", {}).values():
            for key, items in lst.items():
                if isinstance(items, dict):
                    for item_key in items:
                        items[item_key] = "edited item"
        for phrase in data.get("phrases", {}).values():
            phrase["text"] = "Now: " + phrase["text"]

    edited = edit(deck_text, reword)
    before, after = by_id(deck_text), by_id(edited)
    # Reverse cards exist only where a value tells its subjects apart (card_rules), which an edit
    # of the values themselves can change; each one that exists keeps its key-built id.
    kept = lambda cards: {i for i, c in cards.items() if c.kind != "reverse"}  # noqa: E731
    assert kept(before) == kept(after)
    deck = parse_deck(deck_text)
    possible = {
        f"{deck.id}/reverse/{t.key}/{r.key}/{k}" for t in deck.tables for r in t.rows for k in r.cells
    }
    assert {i for i in {**before, **after} if "/reverse/" in i} <= possible
    assert len(before) > 20
    changed = [i for i in kept(before) if before[i].back != after[i].back or before[i].front != after[i].front]
    assert len(changed) > len(before) / 2  # the edit really changed the text of most cards


def test_fixing_a_typo_in_a_cell_keeps_every_id(deck_text):
    def typo(data):  # in the first cell whose value no other cell of its row shares
        table = next(iter(data["tables"].values()))
        row = next(iter(table["rows"].values()))
        text = lambda c: c["text"] if isinstance(c, dict) else c  # noqa: E731
        values = [text(row[k]) for k in row if k in data["subjects"]]
        key = next(k for k in row if k in data["subjects"] and values.count(text(row[k])) == 1)
        cell = row[key]
        if isinstance(cell, dict):
            cell["text"] = cell["text"].replace("o", "oo", 1) + "."
        else:
            row[key] = cell.replace("o", "oo", 1) + "."

    assert ids(deck_text) == ids(edit(deck_text, typo))


def test_reordering_subjects_rows_items_and_sections_keeps_every_id(deck_text):
    def reorder(data):
        data["subjects"] = reverse_mapping(data["subjects"])
        for section in ("tables", "ratings"):
            for table in data.get(section, {}).values():
                table["rows"] = reverse_mapping({k: reverse_mapping(v) for k, v in table["rows"].items()})
        for lst in data.get("lists", {}).values():
            for key, items in list(lst.items()):
                if isinstance(items, dict):
                    lst[key] = reverse_mapping(items)
        for phrase in data.get("phrases", {}).values():
            phrase["clauses"] = reverse_mapping(phrase["clauses"])
        for name in ("tables", "lists", "follow_ups"):
            if name in data:
                data[name] = reverse_mapping(data[name])

    reordered = edit(deck_text, reorder)
    assert [s.key for s in parse_deck(reordered).subjects] == [s.key for s in parse_deck(deck_text).subjects][::-1]
    assert ids(deck_text) == ids(reordered)


def test_renaming_a_row_key_changes_only_that_rows_cards(small_deck_yaml):
    def rename(data):
        rows = data["tables"]["basics"]["rows"]
        data["tables"]["basics"]["rows"] = {("data-model" if k == "model" else k): v for k, v in rows.items()}
        data["follow_ups"]["zookeeper"]["topic"] = "basics/data-model"

    before, after = ids(small_deck_yaml), ids(edit(small_deck_yaml, rename))
    gone, new = before - after, after - before
    assert gone and all("/basics/model" in i for i in gone)
    assert {i.replace("/basics/model", "/basics/data-model") for i in gone} == new


def test_renaming_a_subject_key_changes_only_that_subjects_cards(small_deck_yaml):
    def rename(data):
        text = json.dumps(data).replace('"redis"', '"redis-streams"')
        data.clear()
        data.update(json.loads(text))

    before, after = ids(small_deck_yaml), ids(edit(small_deck_yaml, rename))
    assert before - after == {
        "small/fact/basics/model/redis",
        "small/fact/basics/delivery/redis",
        "small/rating/scenarios/replay/redis",
    }
    assert after - before == {i + "-streams" for i in before - after}


def test_renaming_a_list_item_key_changes_only_its_card(small_deck_yaml):
    def rename(data):
        data["lists"]["when"]["kafka"] = {"stream-analytics": "Stream analytics"}

    before, after = ids(small_deck_yaml), ids(edit(small_deck_yaml, rename))
    assert before - after == {"small/use-case/when/kafka/analytics"}
    assert after - before == {"small/use-case/when/kafka/stream-analytics"}


def test_generation_is_deterministic():
    first = generate_cards(load_deck(SHIPPED))
    second = generate_cards(load_deck(SHIPPED))
    assert first == second
    assert [c.to_json() for c in first] == [c.to_json() for c in second]


def test_ids_are_unique_and_every_kind_is_generated():
    cards = generate_cards(load_deck(SHIPPED))
    assert len({c.id for c in cards}) == len(cards)
    assert {c.kind for c in cards} == set(KINDS)
    assert all(c.id.startswith(f"message-brokers/{c.kind}/") for c in cards)


# -- answers -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def shipped() -> dict:
    return {card.id: card for card in generate_cards(load_deck(SHIPPED))}


def test_repeated_value_gives_one_reverse_card_with_every_subject_right(shipped):
    reverse = [c for c in shipped.values() if c.kind == "reverse" and c.topic == "comparison/transactions"]
    by_back = {c.back: c for c in reverse}
    assert len(reverse) == 3  # kafka's, nats's, and one shared by RabbitMQ and Redis Streams
    shared = by_back["RabbitMQ, Redis Streams"]
    assert "«Нет (at-least-once)»" in shared.front
    assert {shared.choices[i] for i in shared.correct} == {"RabbitMQ", "Redis Streams"}
    assert shared.choices == ("Kafka", "RabbitMQ", "Redis Streams", "NATS JetStream")
    assert "message-brokers/reverse/comparison/transactions/redis" not in shipped
    # both cells carry a note: a shared-value card shows each, not only the first one's
    assert "tx.select" in shared.nuance and "MULTI / EXEC" in shared.nuance


def test_no_reverse_card_where_the_value_is_shared_in_meaning_or_names_its_broker(shipped):
    delivery = [c for c in shipped.values() if c.kind == "reverse" and c.topic == "comparison/delivery"]
    assert delivery == []  # at-least-once is every broker's: "which one?" has no fair answer
    assert "message-brokers/reverse/comparison/scaling/redis" not in shipped  # «Шардинг Redis»
    assert "message-brokers/reverse/comparison/complexity/kafka" not in shipped  # «… kafka cluster»
    assert "message-brokers/reverse/comparison/replay/kafka" not in shipped  # ≈ NATS «Да, replay через offset»
    assert "message-brokers/reverse/comparison/replay/redis" in shipped


def test_distinct_values_give_one_reverse_card_each(small_deck_yaml):
    cards = by_id(small_deck_yaml)
    card = cards["small/reverse/basics/delivery/kafka"]
    assert card.correct == frozenset({0}) and card.back == "Kafka"
    assert cards["small/reverse/basics/delivery/rabbitmq"].correct == frozenset({1, 2})


def test_scenario_correct_is_thumbs_up_and_mixed_is_optional(shipped):
    card = shipped["message-brokers/scenario/heavy-scenarios/simple-setup"]
    picked = lambda indexes: {card.choices[i] for i in indexes}  # noqa: E731
    assert picked(card.correct) == {"RabbitMQ", "Redis Streams"}
    assert picked(card.optional) == {"NATS JetStream"}  # 👍/⚠️ lightweight cluster
    assert "Kafka: ⚠️ сложнее" in card.explanation
    high_load = shipped["message-brokers/scenario/heavy-scenarios/high-load"]
    assert {high_load.choices[i] for i in high_load.correct} == {"Kafka", "NATS JetStream"}
    # RabbitMQ's ⚠️ carries a note (streams are built for throughput): picking it is not wrong
    assert {high_load.choices[i] for i in high_load.optional} == {"RabbitMQ"}
    replay = shipped["message-brokers/scenario/heavy-scenarios/replay"]
    assert "RabbitMQ" in {replay.choices[i] for i in replay.optional}  # ❌ on the sheet, streams replay
    assert replay.back == "Kafka, NATS JetStream"  # the model answer stays the sheet's


def test_rating_cards(shipped):
    bad = shipped["message-brokers/rating/heavy-scenarios/replay/rabbitmq"]
    assert bad.back == "❌ нет" and bad.choices == ("👍", "⚠️", "❌") and bad.correct == frozenset({2})
    assert bad.nuance and "streams" in bad.nuance
    mixed = shipped["message-brokers/rating/heavy-scenarios/simple-setup/nats"]
    assert mixed.correct == frozenset({0}) and mixed.optional == frozenset({1})


def test_fact_compare_use_case_takeaway_cloze_follow_up(shipped):
    fact = shipped["message-brokers/fact/comparison/complexity/kafka"]
    assert fact.front == "Kafka — Complexity?" and fact.back == "Высокая, требует zookeeper / kafka cluster"
    assert "KRaft" in fact.nuance and fact.source and fact.topic == "comparison/complexity"
    compare = shipped["message-brokers/compare/comparison/delivery"]
    assert compare.parts[1] == ("RabbitMQ", "at-least-once") and len(compare.parts) == 4
    use = shipped["message-brokers/use-case/when-to-use/rabbitmq/complex-routing"]
    assert use.back == "RabbitMQ" and use.correct == frozenset({1}) and use.choices[1] == "RabbitMQ"
    cloze = shipped["message-brokers/cloze/interview/kafka"]
    assert "[…]" in cloze.front and "Kafka для event sourcing" not in cloze.front
    follow = shipped["message-brokers/follow-up/zookeeper"]
    assert follow.topic == "comparison/complexity" and follow.topic_label == "Complexity"
    assert follow.subject == "kafka" and "subject::kafka" in follow.tags


def test_siblings_are_the_kinds_of_one_cell_not_the_brokers_of_a_row(shipped):
    row = [c for c in shipped.values() if c.topic == "comparison/backpressure" and c.kind != "follow-up"]
    assert {c.kind for c in row} == {"fact", "reverse", "compare"}
    base = "message-brokers/comparison/backpressure"
    facts = {c.subject: c.sibling for c in row if c.kind == "fact"}
    assert facts == {s: f"{base}/{s}" for s in ("kafka", "rabbitmq", "redis", "nats")}
    for reverse in (c for c in row if c.kind == "reverse"):  # the cell whose value it shows
        assert reverse.sibling == f"{base}/{reverse.subject}" and reverse.sibling in facts.values()
    assert shipped[f"message-brokers/compare/comparison/backpressure"].sibling == base  # the row as one cell
    rating = [c for c in shipped.values() if c.kind == "rating" and c.topic == "heavy-scenarios/replay"]
    assert len({c.sibling for c in rating}) == len(rating) == 4
    assert shipped["message-brokers/scenario/heavy-scenarios/replay"].sibling == "message-brokers/heavy-scenarios/replay"
    phrase = [c for c in shipped.values() if c.kind in ("phrase", "cloze")]  # a cloze shows the rest
    assert {c.sibling for c in phrase} == {"message-brokers/phrase/interview"}


def test_deck_text_is_kept_literally(small_deck_yaml):
    text = small_deck_yaml.replace("kafka: log", "kafka: '[bold]log[/bold] \\x'")
    card = by_id(text)["small/fact/basics/model/kafka"]
    assert card.back == "[bold]log[/bold] \\x"


def test_prompts_follow_the_deck_language(small_deck_yaml, shipped):
    assert by_id(small_deck_yaml)["small/reverse/basics/model/rabbitmq"].front.startswith("Which subject?")
    assert shipped["message-brokers/reverse/comparison/storage/kafka"].front.startswith("Какой брокер?")
    shared = shipped["message-brokers/reverse/comparison/transactions/rabbitmq"]
    assert shared.front.startswith("Какой брокер (или брокеры)?") and shared.back == "RabbitMQ, Redis Streams"


def test_subject_aliases():
    aliases = subject_aliases(load_deck(SHIPPED))
    assert aliases["RabbitMQ"][:3] == ("Rabbit", "RMQ", "кролик") and "рэббит" in aliases["RabbitMQ"]  # leads: spoken forms
    assert "JetStream" in aliases["NATS JetStream"] and "NATS Streaming" in aliases["NATS JetStream"]


# -- cards --json ---------------------------------------------------------------------------------


def test_cards_json_lines(small_deck_path):
    result = CliRunner().invoke(cli, ["cards", "--deck", str(small_deck_path), "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == [c.id for c in generate_cards(load_deck(small_deck_path))]
    for row in rows:
        assert {"id", "deck", "kind", "front", "back", "choices", "tags"} <= set(row)
        assert isinstance(row["back"], str) and isinstance(row["front"], str)
        assert row["choices"] is None or isinstance(row["choices"], list)
        assert row["deck"] == "small" and row["kind"] in KINDS
        assert f"kind::{row['kind']}" in row["tags"]
    scenario = next(r for r in rows if r["kind"] == "scenario")
    assert scenario["choices"] == ["Kafka", "RabbitMQ", "Redis Streams"]
    assert scenario["correct"] == [0] and scenario["optional"] == [2]
