"""Deck text is clean after parsing: escapes in quoted YAML cannot smuggle terminal controls in.

The raw-file check sees only the bytes; `"\\e"`, `"\\x9b"` and `"\\u202e"` become real control
characters once parsed, so the YAML reader checks every parsed value and key, and the importer
checks its markdown source the same way.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from brokerquiz.cli import cli
from brokerquiz.core.deck.load import DeckError, parse_deck
from brokerquiz.core.importer.sheet import import_sheet

# The deck of issue 9, point 2, as its printf writes it: the cell writes the clipboard (OSC 52).
OSC52_DECK = (
    "id: osc\ntitle: T\nlanguage: en\nsubjects:\n  a: Kafka\n  b: Rabbit\ntables:\n  c:\n"
    "    title: C\n    rows:\n      r1:\n        label: L\n"
    '        a: "log \\e]52;c;cHduZWQ=\\a"\n        b: queue\n'
)
HEAD = "id: t\ntitle: T\nlanguage: en\nsubjects:\n  kafka: Kafka\n  rabbitmq: RabbitMQ\n"


@pytest.fixture(autouse=True)
def _own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("BROKERQUIZ_CACHE_DIR", str(tmp_path / "cache"))


def only_problem(text: str) -> str:
    with pytest.raises(DeckError) as caught:
        parse_deck(text, "d.yaml")
    assert len(caught.value.problems) == 1
    return str(caught.value.problems[0])


def test_osc52_deck_fails_check(tmp_path):
    deck = tmp_path / "osc52.yaml"
    deck.write_text(OSC52_DECK, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(deck)])
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"{deck}:13:12: control characters U+001B, U+0007 are not allowed in a deck:"
        " a terminal acts on them instead of printing them"
    )
    assert "\x1b" not in result.output and "\x07" not in result.output


def test_osc52_deck_is_refused_by_cards(tmp_path):
    deck = tmp_path / "osc52.yaml"
    deck.write_text(OSC52_DECK, encoding="utf-8")
    result = CliRunner().invoke(cli, ["cards", "--deck", str(deck)])
    assert result.exit_code == 1
    assert f"{deck}:13:12: control characters U+001B, U+0007" in result.stderr
    assert "\x1b" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.parametrize(
    "escape, named",
    [
        ("\\u009b", "U+009B"),  # the 8-bit CSI: one character starts a control sequence
        ("\\x9b", "U+009B"),
        ("\\0", "U+0000"),
        ("\\a", "U+0007"),
        ("\\x1b", "U+001B"),
        ("\\N", "U+0085"),  # NEL, a C1 control YAML escapes make
        ("\\r", "U+000D"),  # a carriage return rewrites the line it is printed on
    ],
)
def test_control_escapes_in_a_value(escape, named):
    text = HEAD.replace("title: T", f'title: "Brokers {escape}2J"')
    assert only_problem(text) == f"d.yaml:2:8: control character {named} is not allowed in a deck: a terminal acts on them instead of printing them"


def test_bidi_override_in_a_value():
    text = HEAD.replace("kafka: Kafka", 'kafka: "Kafka \\u202eakfak"')
    assert only_problem(text).startswith("d.yaml:5:10: bidi control U+202E is not allowed in a deck")


def test_bidi_isolate_written_as_is_in_a_plain_value():
    # not an escape: the raw character in the file, which the raw-text check lets through
    text = HEAD.replace("kafka: Kafka", "kafka: Kafka \u2066x\u2069")
    assert only_problem(text).startswith("d.yaml:5:10: bidi controls U+2066, U+2069 are not allowed")


def test_control_in_a_key():
    text = HEAD.replace("  rabbitmq: RabbitMQ", '  "rabbit\\u009bmq": RabbitMQ')
    assert only_problem(text).startswith("d.yaml:6:3: control character U+009B is not allowed")


def test_tab_and_newline_escapes_stay_allowed():
    text = HEAD.replace("title: T", 'title: "Brokers\\tcompared\\nline two"')
    assert parse_deck(text + "tables:\n  t:\n    title: T\n    rows:\n      r:\n        label: L\n        kafka: a\n", "d.yaml").title == "Brokers\tcompared\nline two"


SHEET = "# Brokers\n\n| property | Kafka | RabbitMQ |\n|---|---|---|\n| model | log | queue |\n"


@pytest.mark.parametrize(
    "char, named",
    [
        ("\u202e", "bidi control U+202E"),
        ("\x7f", "control character U+007F"),
        ("\x1b", "control character U+001B"),
    ],
)
def test_importer_refuses_them_at_their_place(char, named):
    text = SHEET.replace("| log |", f"| lo{char}g |")
    with pytest.raises(DeckError) as caught:
        import_sheet(text, "sheet.md")
    assert str(caught.value.problems[0]) == f"sheet.md:5:13: {named} (is the file in another encoding?)"


def test_importer_c1_control_is_mojibake_repaired_not_passed_on():
    # a lone C1 character is what Windows-1252 text read as Latin-1 looks like: ftfy repairs it
    result = import_sheet(SHEET.replace("| log |", "| lo\x9bg |"), "sheet.md")
    assert result.deck.tables[0].rows[0].cells["kafka"].text == "lo\u203ag"
    assert "\x9b" not in result.yaml


def test_importer_lists_each_one(tmp_path):
    source = tmp_path / "sheet.md"
    source.write_text(SHEET.replace("# Brokers", "# Bro\u202ekers").replace("queue", "qu\x1b[2Jeue"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", str(source)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"{source}:1:6: bidi control U+202E (is the file in another encoding?)",
        f"{source}:5:19: control character U+001B (is the file in another encoding?)",
    ]
