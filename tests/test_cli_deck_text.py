"""The second line on the command line: deck text or stored text that got past the YAML reader
(a planted cache entry, a database row) is printed with visible escapes by `cards`, `stats`,
`check` and `interview --history`, and `--json` output stays valid JSON with them as \\u escapes."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from brokerquiz.cli import cli
from brokerquiz import locations
from brokerquiz.core.deck import cache as deck_cache, library
from brokerquiz.core.deck.cards import generate_cards
from brokerquiz.core.deck.load import load_deck
from brokerquiz.core.safe_text import UNSAFE
from brokerquiz.core.store.facade import Store

EVIL = "\x07\x1b]52;c;cHduZWQ=\x07\x1b[2J\u202e\x9b\x7f"


@pytest.fixture(autouse=True)
def _cache(tmp_path, monkeypatch):
    monkeypatch.setenv(locations.CACHE_ENV, str(tmp_path / "cache"))
    library._load.cache_clear()
    yield
    library._load.cache_clear()


@pytest.fixture
def planted(small_deck_path):
    """A cache entry for the small deck whose title, subject names and first cell carry EVIL."""
    deck = load_deck(small_deck_path)
    table = deck.tables[0]
    row = table.rows[0]
    cells = {k: c._replace(text=c.text + EVIL) for k, c in row.cells.items()}
    deck = deck._replace(
        title=deck.title + EVIL,
        subjects=tuple(s._replace(name=s.name + EVIL) for s in deck.subjects),
        tables=(table._replace(rows=(row._replace(cells=cells), *table.rows[1:])), *deck.tables[1:]),
    )
    assert deck_cache.write(small_deck_path, deck_cache.cache_key(small_deck_path), deck, tuple(generate_cards(deck)))
    return small_deck_path


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_cards_prints_visible_escapes(planted):
    result = run("cards", "--deck", str(planted))
    assert result.exit_code == 0
    assert not UNSAFE.search(result.stdout) and not UNSAFE.search(result.stderr)
    assert "log\\x07\\x1b]52;c;cHduZWQ=\\x07\\x1b[2J\\u202e\\x9b\\x7f" in result.stdout
    assert "Kafka\\x07" in result.stdout


def test_cards_json_is_valid_json_with_unsafe_characters_escaped(planted):
    result = run("cards", "--deck", str(planted), "--json")
    assert result.exit_code == 0
    assert not UNSAFE.search(result.stdout)  # C1 (U+009B) and U+202E too, which json leaves raw
    cards = [json.loads(line) for line in result.stdout.splitlines()]
    assert any(EVIL in c["back"] for c in cards)  # the data is all there, decoded
    assert "\\u009b" in result.stdout and "\\u202e" in result.stdout


def test_stats_prints_visible_escapes(planted, tmp_path):
    result = run("stats", "--deck", str(planted), "--db", str(tmp_path / "p.db"))
    assert result.exit_code == 0
    assert not UNSAFE.search(result.stdout)
    assert "Small deck\\x07\\x1b]52" in result.stdout
    as_json = run("stats", "--deck", str(planted), "--db", str(tmp_path / "p.db"), "--json")
    assert not UNSAFE.search(as_json.stdout) and json.loads(as_json.stdout)["deck"] == "small"


def test_interview_history_prints_visible_escapes(tmp_path, now):
    db = tmp_path / "p.db"
    store = Store.open(db)
    store.save_interview("small" + EVIL, started_at=now, finished_at=now, score=0.5, questions=2, report={"answered": 2})
    store.close()
    result = run("interview", "--history", "--db", str(db))
    assert result.exit_code == 0
    assert not UNSAFE.search(result.stdout)
    assert "small\\x07\\x1b]52" in result.stdout


def test_problems_name_a_file_whose_name_holds_an_escape(tmp_path):
    deck = tmp_path / "bad\x1b[2J.yaml"
    deck.write_text("id: x\n", encoding="utf-8")
    for args in (["check", str(deck)], ["cards", "--deck", str(deck)]):
        result = run(*args)
        assert result.exit_code == 1
        assert not UNSAFE.search(result.stderr), args
        assert "bad\\x1b[2J.yaml:1:1:" in result.stderr


def test_import_names_a_sheet_whose_name_holds_an_escape(tmp_path):
    sheet = tmp_path / "s\x1b[2J.md"
    sheet.write_text("# Brokers\n\n| property | Kafka | RabbitMQ |\n|---|---|---|\n| model | log | queue |\n", encoding="utf-8")
    out = tmp_path / "o\x07.yaml"
    result = run("import", str(sheet), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert not UNSAFE.search(result.stdout) and not UNSAFE.search(result.stderr)
    assert "o\\x07.yaml" in result.stdout
    again = run("import", str(sheet), "-o", str(out))
    assert again.exit_code == 1 and "o\\x07.yaml exists" in again.stderr and not UNSAFE.search(again.stderr)
