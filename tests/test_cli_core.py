"""The command line as a user meets it: help, cards, check, locate, deck errors, packaging."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from brokerquiz.cli import cli
from brokerquiz.core.deck import library

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "decks" / "message-brokers.yaml"
BAD_DECK = """\
id: bad
title: Bad
language: en
subjects:
  kafka: Kafka
  rabbitmq: RabbitMQ
titel: typo
tables:
  basics:
    title: Basics
    rows:
      model: {label: Model, kafak: log}
"""


def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


def all_commands(group: click.Group = cli, prefix: tuple[str, ...] = ()):
    """(path of names, command) for every command, including those inside subgroups."""
    for name, command in group.commands.items():
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from all_commands(command, (*prefix, name))


@pytest.fixture
def bad_deck(tmp_path) -> Path:
    path = tmp_path / "bad.yaml"
    path.write_text(BAD_DECK, encoding="utf-8")
    return path


# -- help --------------------------------------------------------------------------------------


def test_help_lists_every_command():
    result = run("--help")
    assert result.exit_code == 0
    for name in ("study", "quiz", "interview", "cards", "check", "stats", "export", "import", "locate"):
        assert name in cli.commands, f"missing command {name}"
    listed = result.output.split("Commands:")[1]
    for name in cli.commands:
        assert f"  {name} " in listed or listed.rstrip().endswith(f"  {name}"), name


@pytest.mark.parametrize("path", [p for p, _ in all_commands()], ids=" ".join)
def test_every_command_help_has_an_example(path):
    result = run(*path, "--help")
    assert result.exit_code == 0, result.output
    assert "Example" in result.output


def test_python_dash_m_works():
    result = subprocess.run(
        [sys.executable, "-m", "brokerquiz", "--help"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "Usage: brokerquiz" in result.stdout and "check" in result.stdout


# -- cards -------------------------------------------------------------------------------------


def test_cards_lists_the_shipped_deck():
    result = run("cards")
    assert result.exit_code == 0
    assert "message-brokers/fact/comparison/model/kafka  [fact]" in result.stdout
    assert "  Q: Kafka — Модель?" in result.stdout
    assert "  A: Log-based, immutable events" in result.stdout
    assert "   *2. RabbitMQ" in result.stdout  # a right choice is starred
    assert result.stderr.startswith("140 cards from message-brokers (")


def test_cards_kind_filter_and_json():
    result = run("cards", "--kind", "scenario", "--kind", "takeaway", "--json")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    # 6 scenario rows, but pub-sub (every broker 👍) makes no scenario card; 4 takeaways
    assert {r["kind"] for r in rows} == {"scenario", "takeaway"} and len(rows) == 5 + 4


def test_cards_unknown_kind_is_a_usage_error():
    result = run("cards", "--kind", "trivia")
    assert result.exit_code == 2
    assert "'trivia' is not a card kind" in result.stderr and "Traceback" not in result.output


def test_cards_of_a_file_and_of_an_unknown_name(small_deck_path):
    result = run("cards", "--deck", str(small_deck_path))
    assert result.exit_code == 0 and "small/phrase/pitch  [phrase]" in result.stdout
    missing = run("cards", "--deck", "no-such-deck")
    assert missing.exit_code == 1
    assert missing.stderr.startswith("no-such-deck:1:1: no deck file or shipped deck named 'no-such-deck'")


# -- check -------------------------------------------------------------------------------------


def test_check_ok():
    result = run("check", str(SHIPPED))
    assert result.exit_code == 0
    assert result.stdout == f"{SHIPPED}: ok (message-brokers: 4 subjects, 140 cards)\n"


def test_check_bad_prints_one_line_per_problem(bad_deck):
    result = run("check", str(bad_deck))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"{bad_deck}:7:1: unknown field 'titel' in the deck (did you mean 'title'?)",
        f"{bad_deck}:12:29: unknown subject or field 'kafak' in row 'model' (did you mean 'kafka'?)",
    ]


def test_check_several_files_fails_if_any_fails(bad_deck, small_deck_path, tmp_path):
    result = run("check", str(small_deck_path), str(bad_deck), str(tmp_path / "gone.yaml"))
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{small_deck_path}: ok (small: 3 subjects, 24 cards)")
    assert f"{tmp_path / 'gone.yaml'}:1:1: no such file" in result.stderr.splitlines()


def test_check_needs_a_path():
    result = run("check")
    assert result.exit_code == 2 and "Missing argument" in result.stderr


def _deck_commands():
    """Every command that takes --deck and needs nothing else: each must report a bad deck alike."""
    for path, command in all_commands():
        names = {p.name for p in command.params}
        required = [p for p in command.params if p.required]
        if "deck_name" in names and not required:
            yield " ".join(path), "db" in names


@pytest.mark.parametrize("command, has_db", list(_deck_commands()))
def test_every_deck_command_reports_problems_like_check(command, has_db, bad_deck, tmp_db):
    expected = run("check", str(bad_deck)).stderr
    args = [*command.split(), "--deck", str(bad_deck)] + (["--db", str(tmp_db)] if has_db else [])
    result = run(*args)
    assert result.exit_code == 1
    assert result.stderr == expected
    assert not tmp_db.exists()  # nothing written for a deck that failed


def test_deck_commands_include_the_usual_ones():
    commands = {name for name, _ in _deck_commands()}
    assert {"cards", "stats", "study", "quiz"} <= commands


# -- locate ------------------------------------------------------------------------------------


def test_locate_honours_db_option_and_env(tmp_path):
    db = tmp_path / "mine.db"
    result = run("locate", "--db", str(db))
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == f"database  {db}  (--db)"
    assert f"deck      message-brokers  {SHIPPED}" in result.stdout
    on_group = run("--db", str(db), "locate")
    assert on_group.stdout.splitlines()[0] == f"database  {db}  (--db)"
    env_db = tmp_path / "env.db"
    from_env = run("locate", env={"BROKERQUIZ_DB": str(env_db)})
    assert from_env.stdout.splitlines()[0] == f"database  {env_db}  ($BROKERQUIZ_DB)"
    both = run("locate", "--db", str(db), env={"BROKERQUIZ_DB": str(env_db)})
    assert both.stdout.splitlines()[0] == f"database  {db}  (--db)"
    assert not db.exists() and not env_db.exists()  # locate only prints


# -- shipped decks when installed --------------------------------------------------------------


def test_shipped_dirs_prefers_decks_inside_the_package(tmp_path, monkeypatch):
    package = tmp_path / "site-packages" / "brokerquiz"
    (package / "decks").mkdir(parents=True)
    (package / "decks" / "mine.yaml").write_text("# a comment\nid: mine-deck\n", encoding="utf-8")
    (package / "decks" / "broken.yaml").write_bytes(b"id: caf\xe9\n")  # not UTF-8: listed by file name
    monkeypatch.setattr(library, "_PACKAGE", package)
    assert library.shipped_dirs() == [package / "decks"]
    assert library.shipped_decks() == {
        "broken": package / "decks" / "broken.yaml",
        "mine-deck": package / "decks" / "mine.yaml",
    }
    with pytest.raises(library.DeckError) as caught:
        library.open_deck("broken")
    assert "text is not UTF-8 (byte 0xe9)" in str(caught.value)
    assert library.resolve_deck_path("mine-deck") == package / "decks" / "mine.yaml"
    assert library.resolve_deck_path("mine") == package / "decks" / "mine.yaml"


def test_no_shipped_decks_is_a_message(tmp_path, monkeypatch):
    monkeypatch.setattr(library, "_PACKAGE", tmp_path / "nowhere" / "brokerquiz")
    assert library.shipped_dirs() == []
    with pytest.raises(library.DeckError) as caught:
        library.resolve_deck_path("message-brokers")
    assert "(shipped: none)" in str(caught.value)


def test_the_wheel_carries_the_decks_and_finds_them(tmp_path):
    """Build the wheel (about 15 s), unpack it away from the source tree, list its decks."""
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", str(ROOT), "-w", str(tmp_path)],
        capture_output=True, text=True, timeout=300,
    )
    assert build.returncode == 0, build.stderr
    (wheel,) = tmp_path.glob("brokerquiz-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        packed = {name.rsplit("/", 1)[1] for name in archive.namelist() if name.startswith("brokerquiz/decks/")}
        assert packed == {path.name for path in (ROOT / "decks").glob("*.yaml")}
        archive.extractall(tmp_path / "site")
    code = (
        "import sys, json; sys.path.insert(0, sys.argv[1]);"
        "import brokerquiz; from brokerquiz.core.deck.library import open_deck, shipped_decks;"
        "deck, cards = open_deck(None);"
        "print(json.dumps([brokerquiz.__file__, {k: str(v) for k, v in shipped_decks().items()}, len(cards)]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "site")],
        capture_output=True, text=True, cwd=tmp_path, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    package_file, decks, count = json.loads(result.stdout)
    site = str(tmp_path / "site")
    assert package_file.startswith(site)
    assert decks["message-brokers"] == f"{site}/brokerquiz/decks/message-brokers.yaml"
    assert all(path.startswith(f"{site}/brokerquiz/decks/") for path in decks.values())
    assert count == 140


# -- the command list, check of folders ----------------------------------------------------------


def test_help_lists_the_modes_first_then_the_tools():
    order = ["study", "quiz", "interview", "stats", "cards", "check", "export", "import", "locate"]
    assert list(cli.commands) == order
    listed = [line.split()[0] for line in run("--help").output.split("Commands:")[1].splitlines() if line.strip()]
    assert listed == order


def test_check_a_folder_checks_its_yaml_and_yml_decks_in_name_order(bad_deck, small_deck_path, tmp_path):
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "b-small.yml").write_text(small_deck_path.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "a-bad.yaml").write_text(bad_deck.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "c-shipped.yaml").write_text(SHIPPED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "notes.md").write_text("# not a deck\n", encoding="utf-8")
    (folder / "old.yaml").mkdir()  # a folder named like a deck is not a deck file
    result = run("check", str(folder))
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{folder / 'b-small.yml'}: ok (small: 3 subjects, 24 cards)",
        f"{folder / 'c-shipped.yaml'}: ok (message-brokers: 4 subjects, 140 cards)",
    ]
    assert result.stderr.splitlines() == [
        f"{folder / 'a-bad.yaml'}:7:1: unknown field 'titel' in the deck (did you mean 'title'?)",
        f"{folder / 'a-bad.yaml'}:12:29: unknown subject or field 'kafak' in row 'model' (did you mean 'kafka'?)",
    ]


def test_check_a_folder_of_valid_decks_exits_0():
    result = run("check", str(ROOT / "decks"))
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == len(list((ROOT / "decks").glob("*.y*ml"))) >= 2
    assert all(": ok (" in line for line in result.stdout.splitlines())


def test_check_a_folder_without_decks_is_a_message(tmp_path):
    (tmp_path / "readme.txt").write_text("no decks here\n", encoding="utf-8")
    result = run("check", str(tmp_path))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"{tmp_path}:1:1: no deck files (*.yaml, *.yml) in this folder\n"


def test_check_a_missing_path_is_file_line_col(tmp_path):
    gone = tmp_path / "nothing-here"
    result = run("check", str(gone))
    assert result.exit_code == 1
    assert (result.stdout, result.stderr) == ("", f"{gone}:1:1: no such file\n")


def test_check_folders_and_files_together_fail_if_any_fails(small_deck_path, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run("check", str(small_deck_path), str(empty))
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{small_deck_path}: ok")
    assert "no deck files" in result.stderr and "Traceback" not in result.output


def test_importing_the_cli_loads_no_core_parser_store_or_ui():
    """The command modules import only click (and the gettext catalog, core/translate, for --lang,
    with core/lang, the language-tag reader it uses: neither imports anything else) at the top:
    `brokerquiz --help` stays light."""
    code = (
        "import sys, json; import brokerquiz.cli;"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in"
        " ('yaml', 'sqlite3', 'sqlite_utils', 'fsrs', 'rapidfuzz', 'genanki', 'textual', 'rich')"
        " or m.startswith('brokerquiz.core') and m not in ('brokerquiz.core', 'brokerquiz.core.translate', 'brokerquiz.core.lang')"
        " or m.startswith('brokerquiz.tui'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


@pytest.mark.parametrize("command", ["stats", "quiz", "interview"])
def test_a_busy_database_is_a_message_not_a_traceback(command, small_deck_path, tmp_db, monkeypatch):
    """Another process holds the write lock while the command syncs the deck's cards."""
    import sqlite3

    from brokerquiz.core.store import schema as store_schema
    from brokerquiz.core.store.facade import Store

    Store.open(tmp_db).close()
    monkeypatch.setattr(store_schema, "BUSY_TIMEOUT_MS", 50)  # give up at once, not after 5 s
    writer = sqlite3.connect(tmp_db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        result = run(command, "--deck", str(small_deck_path), "--db", str(tmp_db))
    finally:
        writer.close()
    assert result.exit_code == 1
    assert result.stderr == f"error: {tmp_db.name} is busy (another brokerquiz is writing); try again\n"
