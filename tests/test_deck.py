"""Deck checks: every mistake an author can make is one `file:line:col: message`, never a traceback."""

from __future__ import annotations

import random
import re
import time
from pathlib import Path

import pytest

from brokerquiz.core.deck.cards import generate_cards
from brokerquiz.core.deck.load import DeckError, Problem, load_deck, parse_deck

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "decks" / "message-brokers.yaml"

# Six lines every case below builds on, so line numbers in the cases are easy to count.
HEAD = """\
id: t
title: T
language: en
subjects:
  kafka: Kafka
  rabbitmq: RabbitMQ
"""
TABLE = HEAD + """\
tables:
  basics:
    title: Basics
    rows:
      model:
        label: Model
"""  # rows' cells start at line 13


def problems(text: str, path: str = "d.yaml") -> list[str]:
    with pytest.raises(DeckError) as caught:
        parse_deck(text, path)
    lines = [str(p) for p in caught.value.problems]
    assert str(caught.value) == "\n".join(lines)
    return lines


def only(text: str) -> str:
    found = problems(text)
    assert len(found) == 1, found
    return found[0]


# -- valid input -------------------------------------------------------------------------------


def test_small_deck_reads_every_section(small_deck_yaml):
    deck = parse_deck(small_deck_yaml, "small.yaml")
    assert deck.id == "small" and deck.language == "en" and deck.path == "small.yaml"
    assert [s.key for s in deck.subjects] == ["kafka", "rabbitmq", "redis"]
    assert deck.subject("kafka").aliases == ("Apache Kafka",)
    row = deck.tables[0].rows[1]
    assert row.cells["kafka"].text == "exactly-once"
    assert row.cells["kafka"].accept == ("EOS",)
    assert row.cells["kafka"].nuance.source == "https://kafka.apache.org/documentation/#semantics"
    replay = deck.ratings[0].rows[0]
    assert replay.cells["kafka"].rating == ("good",) and replay.cells["kafka"].note == "offsets"
    assert replay.cells["redis"].rating == ("good", "caution") and replay.cells["redis"].mixed
    assert [i.key for i in deck.lists[0].items["kafka"]] == ["analytics"]
    assert deck.takeaways_title == "Takeaways" and set(deck.takeaways) == {"kafka", "rabbitmq"}
    assert [c.key for c in deck.phrases[0].clauses] == ["kafka", "rabbitmq"]
    assert deck.follow_ups[0].topic == "basics/model" and deck.follow_ups[0].accept == ("no",)


def test_scalars_stay_text_as_written():
    deck = parse_deck(TABLE + "        kafka: no\n        rabbitmq: 1.10\n")
    cells = deck.tables[0].rows[0].cells
    assert cells["kafka"].text == "no" and cells["rabbitmq"].text == "1.10"


def test_bom_and_crlf_are_accepted(tmp_path, small_deck_yaml):
    path = tmp_path / "windows.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + small_deck_yaml.replace("\n", "\r\n").encode("utf-8"))
    assert load_deck(path) == parse_deck(small_deck_yaml, str(path))
    broken = tmp_path / "broken.yaml"
    broken.write_bytes(b"\xef\xbb\xbf" + (HEAD + "titel: x\n").replace("\n", "\r\n").encode("utf-8"))
    with pytest.raises(DeckError) as caught:
        load_deck(broken)
    assert str(caught.value) == f"{broken}:7:1: unknown field 'titel' in the deck (did you mean 'title'?)"


def test_rating_mapping_form():
    text = HEAD + """\
ratings:
  fit:
    title: Fit
    rows:
      replay:
        label: Replay
        kafka: {rating: good, note: offsets}
        rabbitmq: {rating: good/caution, note: streams only, nuance: {text: Since 3.9., source: docs}}
"""
    cells = parse_deck(text).ratings[0].rows[0].cells
    assert cells["kafka"].text == "👍 offsets"
    assert cells["rabbitmq"].rating == ("good", "caution")
    assert cells["rabbitmq"].text == "👍/⚠️ streams only"
    assert cells["rabbitmq"].nuance.source == "docs"


# -- what is refused, and where ----------------------------------------------------------------


def test_empty_files(tmp_path):
    for text in ("", "   \n\n", "# only a comment\n", "---\n"):
        assert only(text) == "d.yaml:1:1: the file is empty; a deck needs at least id, title, language and subjects"
    empty = tmp_path / "empty.yaml"
    empty.write_bytes(b"")
    with pytest.raises(DeckError) as caught:
        load_deck(empty)
    assert caught.value.problems == [Problem(str(empty), 1, 1, caught.value.problems[0].message)]


def test_yaml_syntax_error_points_at_the_line():
    message = only(HEAD + "tables:\n  basics: [one, two\n")
    assert message.startswith("d.yaml:9:1: YAML syntax error: did not find expected ',' or ']'")
    assert only("id: t\ntitle: T\n bad: indent\n") == (
        "d.yaml:3:5: YAML syntax error: mapping values are not allowed in this context"
    )


def test_tab_indentation():
    assert only(HEAD + "tables:\n\tbasics: x\n") == "d.yaml:8:1: tab used for indentation; use spaces"
    assert only(HEAD + "tables:\n  \tbasics: x\n") == "d.yaml:8:3: tab used for indentation; use spaces"


def test_not_utf8(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("id: t\ntitle: café\n".encode("latin-1"))
    with pytest.raises(DeckError) as caught:
        load_deck(path)
    assert [str(p) for p in caught.value.problems] == [
        f"{path}:2:11: text is not UTF-8 (byte 0xe9); save the file as UTF-8"
    ]


def test_control_character():
    assert only("id: t\ntitle: a\x00b\n") == "d.yaml:2:9: control character U+0000 is not allowed in a deck"
    assert only("id: t\ntitle: a\u2028b\n") == (
        "d.yaml:2:9: invisible line break U+2028 (often pasted from the web); use a space or a new line"
    )


@pytest.mark.parametrize(
    "text, kind",
    [("just text\n", "text"), ("- id: t\n- title: T\n", "a list"), ("'42'\n", "text")],
)
def test_top_level_must_be_a_mapping(text, kind):
    assert only(text) == f"d.yaml:1:1: the top level of a deck must be a mapping (id:, title:, ...), not {kind}"


def test_unknown_field_suggests_the_closest_name():
    assert only(HEAD + "titel: T2\n") == "d.yaml:7:1: unknown field 'titel' in the deck (did you mean 'title'?)"
    found = problems(HEAD.replace("subjects:", "subject:"))
    assert found[0] == "d.yaml:4:1: unknown field 'subject' in the deck (did you mean 'subjects'?)"
    assert "d.yaml:1:1: the deck is missing the required field 'subjects'" in found


def test_unknown_field_in_a_cell_and_a_nuance():
    text = TABLE + "        kafka: {txt: log}\n        rabbitmq: {text: queue, nuance: {text: n, sorce: s}}\n"
    assert problems(text) == [
        "d.yaml:13:17: unknown field 'txt' in cell model/kafka (did you mean 'text'?)",
        "d.yaml:13:16: cell model/kafka is missing the required field 'text'",
        "d.yaml:14:51: unknown field 'sorce' in a nuance (did you mean 'source'?)",
    ]


def test_wrong_types():
    assert only(HEAD.replace("title: T", "title: [T]")) == "d.yaml:2:8: title must be text, not a list"
    assert only(HEAD.replace("id: t", "id: {a: b}")) == "d.yaml:1:5: id must be text, not a mapping"
    assert only(HEAD + "tables: [a, b]\n") == "d.yaml:7:9: tables must be a mapping (key: value lines), not a list"
    assert only(TABLE + "        kafka: [log]\n        rabbitmq: queue\n") == (
        "d.yaml:13:16: cell model/kafka must be a mapping (key: value lines), not a list"
    )
    text = HEAD.replace("  kafka: Kafka", "  kafka: {name: Kafka, aliases: {a: b}}")
    assert only(text) == "d.yaml:5:33: aliases must be a list of text, not a mapping"


def test_missing_required_fields():
    assert problems("id: t\ntitle: T\n") == [
        "d.yaml:1:1: the deck is missing the required field 'language'",
        "d.yaml:1:1: the deck is missing the required field 'subjects'",
    ]
    text = HEAD + "tables:\n  basics:\n    rows:\n      model: {label: Model, kafka: log}\n"
    assert only(text) == "d.yaml:9:5: table 'basics' is missing the required field 'title'"
    assert only(TABLE.replace("        label: Model\n", "        kafka: log\n")) == (
        "d.yaml:12:9: row 'model' is missing the required field 'label'"
    )


def test_duplicate_keys():
    assert only(HEAD + "title: again\n") == "d.yaml:7:1: duplicate key 'title' (first at line 2)"
    assert only(HEAD + "  kafka: Kafka again\n") == "d.yaml:7:3: duplicate key 'kafka' (first at line 5)"


def test_duplicate_row_and_item_keys():
    rows = TABLE + "        kafka: log\n      model:\n        label: Again\n"
    assert only(rows) == "d.yaml:14:7: duplicate key 'model' (first at line 11)"
    items = HEAD + "lists:\n  when:\n    title: When\n    kafka:\n      logs: Logs\n      logs: More logs\n"
    assert only(items) == "d.yaml:12:7: duplicate key 'logs' (first at line 11)"


def test_cell_for_an_unknown_subject():
    assert only(TABLE + "        kafak: log\n") == (
        "d.yaml:13:9: unknown subject or field 'kafak' in row 'model' (did you mean 'kafka'?)"
    )
    assert only(TABLE + "        kafka: log\n        nats: subjects\n") == (
        "d.yaml:14:9: unknown subject or field 'nats' in row 'model' "
        "(subjects: kafka, rabbitmq; fields: label, nuance, reverse)"
    )
    takeaways = HEAD + "takeaways:\n  redis: fast\n"
    assert only(takeaways).startswith("d.yaml:8:3: unknown subject or field 'redis' in takeaways")


def test_null_subject_and_null_sections():
    assert only(HEAD.replace("  kafka: Kafka", "  kafka:")) == "d.yaml:5:9: subject 'kafka' name is empty"
    # its cells are not reported again as cells of an unknown subject
    assert only(TABLE.replace("  kafka: Kafka", "  kafka:") + "        kafka: log\n") == (
        "d.yaml:5:9: subject 'kafka' name is empty"
    )
    assert only(HEAD + "tables:\n") == (
        "d.yaml:7:8: tables is empty; write a mapping (key: value lines) or leave it out"
    )


def test_row_that_is_a_list():
    text = HEAD + "tables:\n  basics:\n    title: B\n    rows:\n      model:\n        - kafka: log\n"
    assert only(text) == "d.yaml:12:9: row 'model' must be a mapping (key: value lines), not a list"


def test_rating_with_an_unknown_emoji_or_word():
    head = HEAD + "ratings:\n  fit:\n    title: Fit\n    rows:\n      load:\n        label: Load\n"
    assert only(head + "        kafka: 🤷 maybe\n        rabbitmq: 👍\n") == (
        "d.yaml:13:16: cell load/kafka starts with '🤷'; it must start with 👍, ⚠️ or ❌ "
        "(or be a mapping with rating:)"
    )
    assert only(head + "        kafka: {rating: god}\n") == (
        "d.yaml:13:25: rating 'god' must be good, caution or bad (or 👍 ⚠️ ❌) (did you mean 'good'?)"
    )
    assert only(head + "        kafka: 👍/\n") == (
        "d.yaml:13:16: cell load/kafka '/' must be followed by another rating (👍, ⚠️ or ❌)"
    )


def test_bad_keys():
    assert only(HEAD.replace("  kafka:", "  Kafka:")) == (
        "d.yaml:5:3: subject key 'Kafka' must be lowercase latin letters, digits, '-' or '_' (it names the cards)"
    )
    assert only(HEAD.replace("id: t", "id: My Deck")).startswith("d.yaml:1:5: deck id key 'My Deck' must be")


def test_clause_must_be_part_of_the_phrase():
    text = HEAD + "phrases:\n  pitch:\n    text: Kafka for logs.\n    clauses:\n      kafka: Kafka for log files\n"
    assert only(text) == "d.yaml:11:14: clause 'kafka' is not a verbatim part of the phrase text"


def test_follow_up_topic_and_subjects_must_exist():
    text = TABLE + "        kafka: log\nfollow_ups:\n  zk:\n    question: Q?\n    answer: A.\n"
    text += "    subjects: [kafka, redis]\n    topic: basics/modle\n"
    assert problems(text) == [
        "d.yaml:18:15: follow-up 'zk' names unknown subject 'redis'",
        "d.yaml:19:12: follow-up 'zk' topic 'basics/modle' is not a table row (did you mean 'basics/model'?)",
    ]


def test_section_keys_are_one_namespace():
    text = TABLE + "        kafka: log\nratings:\n  basics:\n    title: B\n    rows:\n      fit: {label: F, kafka: 👍}\n"
    assert only(text) == "d.yaml:15:3: rating table key 'basics' is already used by the table at line 8"


def test_two_subjects_cannot_share_a_name():
    text = HEAD.replace("  rabbitmq: RabbitMQ", "  rabbitmq: {name: RabbitMQ, aliases: [kafka]}")
    assert only(text) == "d.yaml:6:13: subject 'rabbitmq': the name 'kafka' is already used by subject 'kafka'"


def test_one_pass_reports_every_problem():
    text = HEAD + "titel: x\ntables:\n  basics:\n    title: B\n    rows:\n      m: {label: M, kafak: x}\n"
    text += "phrases:\n  p: {txt: hi}\n"
    assert problems(text) == [
        "d.yaml:7:1: unknown field 'titel' in the deck (did you mean 'title'?)",
        "d.yaml:12:21: unknown subject or field 'kafak' in row 'm' (did you mean 'kafka'?)",
        "d.yaml:14:7: unknown field 'txt' in phrase 'p' (did you mean 'text'?)",
        "d.yaml:14:6: phrase 'p' is missing the required field 'text'",
    ]


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(DeckError) as caught:
        load_deck(tmp_path / "nope.yaml")
    assert str(caught.value) == f"{tmp_path / 'nope.yaml'}:1:1: no such file"
    with pytest.raises(DeckError) as caught:
        load_deck(tmp_path)
    assert str(caught.value) == f"{tmp_path}:1:1: is a folder, not a deck file"


# -- hostile input -----------------------------------------------------------------------------

BILLION_LAUGHS = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (BILLION_LAUGHS, "d.yaml:1:4: anchors (&a) are not supported in decks"),
        ("a: *x\n", "d.yaml:1:4: aliases (*name) are not supported in decks; write the text out"),
        ("[" * 5000 + "]" * 5000, "d.yaml:1:65: nesting deeper than 64 levels"),
        ("{a: " * 5000 + "b" + "}" * 5000, "d.yaml:1:257: nesting deeper than 64 levels"),
        ("- " * 5000 + "x\n", "d.yaml:1:129: nesting deeper than 64 levels"),
    ],
    ids=["billion-laughs", "alias", "deep-lists", "deep-maps", "deep-block-list"],
)
def test_hostile_yaml_is_refused_fast(text, expected):
    start = time.perf_counter()
    message = only(text)
    assert time.perf_counter() - start < 1.0
    if "nesting" in expected:
        # where the refusal lands depends on the libyaml build (newer ones stop deep flow
        # nesting in their scanner); the message and the line do not
        assert re.fullmatch(r"d\.yaml:1:\d+: nesting deeper than 64 levels", message), message
    else:
        assert message == expected


@pytest.mark.parametrize(
    "payload",
    [
        "!!python/object/apply:os.system ['touch {marker}']",
        "!!python/object/apply:subprocess.call [['touch', '{marker}']]",
        "!!python/object/new:subprocess.Popen [['touch', '{marker}']]",
        "!!python/name:os.system",
        "!<tag:yaml.org,2002:python/object/apply:os.system> ['touch {marker}']",
    ],
)
@pytest.mark.parametrize("where", ["top", "nested"])
def test_python_tags_never_construct_anything(tmp_path, payload, where):
    marker = tmp_path / "pwned"
    value = payload.format(marker=marker)
    text = value + "\n" if where == "top" else TABLE + f"        kafka: {value}\n"
    message = only(text)
    assert "tag 'tag:yaml.org,2002:python/" in message and "is not allowed in decks" in message
    assert message.startswith("d.yaml:1:1:" if where == "top" else "d.yaml:13:16:")
    assert not marker.exists()


def test_other_tags_are_refused():
    assert "tag '!secret' is not allowed" in only(HEAD + "subject_noun: !secret x\n")
    assert "tag 'tag:yaml.org,2002:int' is not allowed" in only(HEAD + "subject_noun: !!int 3\n")


# -- fuzz-ish: mutations of the shipped deck ---------------------------------------------------


def _mutate(rng: random.Random, lines: list[str]) -> str:
    lines = list(lines)
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(lines))
        op = rng.randrange(6)
        if op == 0:
            del lines[i]
        elif op == 1:
            lines.insert(i, lines[i])
        elif op == 2:
            lines[i] = "  " + lines[i]
        elif op == 3:
            lines[i] = lines[i][2:] if lines[i].startswith("  ") else lines[i] + ":"
        elif op == 4 and len(lines[i]) > 1:
            chars = list(lines[i])
            j = rng.randrange(len(chars) - 1)
            chars[j], chars[j + 1] = chars[j + 1], chars[j]
            lines[i] = "".join(chars)
        else:
            chars = list(lines[i])
            chars.insert(rng.randrange(len(chars) + 1), rng.choice(":-[]{}&*!|>'\"#\t ,?%@`~"))
            lines[i] = "".join(chars)
    return "\n".join(lines)


def test_mutated_shipped_deck_gives_a_deck_or_deck_error():
    lines = SHIPPED.read_text(encoding="utf-8").split("\n")
    outcomes = {"deck": 0, "error": 0}
    for seed in range(200):
        text = _mutate(random.Random(seed), lines)
        try:
            deck = parse_deck(text, "mutated.yaml")
        except DeckError as error:
            assert error.problems and all(p.path == "mutated.yaml" and p.line >= 1 for p in error.problems)
            outcomes["error"] += 1
        else:
            generate_cards(deck)  # a deck that passes checks must also generate
            outcomes["deck"] += 1
    assert outcomes["error"] > 100 and outcomes["deck"] > 0  # the mutations really exercise both paths


# -- the format documentation --------------------------------------------------------------------

DOC = ROOT / "docs" / "deck-format.md"


def _yaml_blocks(markdown: str) -> list[tuple[int, str]]:
    """(line of the first YAML line, text) of every ```yaml block."""
    blocks, current, start = [], None, 0
    for number, line in enumerate(markdown.split("\n"), start=1):
        if current is None and line.strip() == "```yaml":
            current, start = [], number + 1
        elif current is not None and line.strip() == "```":
            blocks.append((start, "\n".join(current) + "\n"))
            current = None
        elif current is not None:
            current.append(line)
    return blocks


def test_the_documented_example_deck_passes_check_and_uses_every_section(tmp_path):
    from click.testing import CliRunner

    from brokerquiz.cli import cli
    from brokerquiz.core.deck.cards import KINDS

    (first_line, example), *_ = _yaml_blocks(DOC.read_text(encoding="utf-8"))
    deck = parse_deck(example, "docs/deck-format.md")
    assert 2 <= len(deck.subjects) <= 3
    assert deck.tables and deck.ratings and deck.lists and deck.takeaways and deck.follow_ups
    assert deck.phrases and deck.phrases[0].clauses
    cards = generate_cards(deck)
    assert {card.kind for card in cards} == set(KINDS)
    assert any(card.kind == "reverse" and len(card.correct) > 1 for card in cards)
    assert any(card.kind == "scenario" and card.optional for card in cards)
    # and through the command an author runs
    path = tmp_path / "example.yaml"
    path.write_text(example, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(path)])
    assert result.exit_code == 0 and ": ok (brokers-mini: 3 subjects," in result.output
    assert first_line > 1


def test_every_yaml_snippet_in_the_doc_is_valid_yaml():
    from brokerquiz.core.deck import yamlnodes

    blocks = _yaml_blocks(DOC.read_text(encoding="utf-8"))
    assert len(blocks) >= 5
    for first_line, text in blocks:
        try:
            yamlnodes.parse(text)
        except yamlnodes.YamlProblem as problem:  # pragma: no cover - the failure message
            pytest.fail(f"docs/deck-format.md:{first_line + problem.line - 1}: {problem.message}")


def test_the_doc_explains_every_field_and_card_kind():
    from brokerquiz.core.deck.cards import KINDS
    from brokerquiz.core.deck.load import TOP_FIELDS
    from brokerquiz.core.deck.sections import CELL_FIELDS, RATING_FIELDS

    doc = DOC.read_text(encoding="utf-8")
    for name in (*TOP_FIELDS, *CELL_FIELDS, *RATING_FIELDS, "label", "aliases", "clauses", "question", "topic"):
        assert f"`{name}`" in doc, name
    for kind in KINDS:
        assert f"`{kind}`" in doc, kind
    assert "brokerquiz check" in doc
