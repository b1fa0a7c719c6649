"""`export anki|csv|tsv` never replaces a file by surprise: an existing file or a symbolic link at
-o is refused without --force; with --force a link is written through. Control characters in a
deck never reach an exported file."""

from __future__ import annotations

import json
import os
import sqlite3
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner

from brokerquiz.cli import cli
from brokerquiz.core import files as atomic_write
from brokerquiz.core.export.anki import export_anki
from brokerquiz.core.files import TargetExists, write_atomically
from brokerquiz.core.deck.cards import generate_cards
from brokerquiz.core.export.csv import export_text
from brokerquiz.core.deck.load import load_deck

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)
KINDS = ["anki", "csv", "tsv"]
EXT = {"anki": "apkg", "csv": "csv", "tsv": "tsv"}

DECK_YAML = """\
id: safe
title: Safe export
language: en
subjects:
  kafka: Kafka
  redis: Redis Streams
tables:
  perf:
    title: Performance
    rows:
      latency:
        label: Latency
        kafka: a few ms
        redis: <1ms
"""


@pytest.fixture
def deck_file(tmp_path) -> Path:
    path = tmp_path / "safe.yaml"
    path.write_text(DECK_YAML, encoding="utf-8")
    return path


def run(*args: str):
    return CliRunner().invoke(cli, ["export", *args])


@pytest.mark.parametrize("kind", KINDS)
def test_an_existing_file_is_refused_and_left_untouched(deck_file, tmp_path, kind):
    target = tmp_path / f"mine.{EXT[kind]}"
    target.write_bytes(b"my own notes")
    result = run(kind, "--deck", str(deck_file), "-o", str(target))
    assert result.exit_code == 1
    assert result.output == f"error: {target} exists; pass --force to overwrite it\n"
    assert target.read_bytes() == b"my own notes"
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name, "safe.yaml"]


@pytest.mark.parametrize("kind", KINDS)
def test_the_default_file_name_is_refused_too(deck_file, tmp_path, monkeypatch, kind):
    monkeypatch.chdir(tmp_path)
    (tmp_path / f"safe.{EXT[kind]}").write_bytes(b"earlier")
    result = run(kind, "--deck", str(deck_file))
    assert result.exit_code == 1 and "exists; pass --force" in result.output
    assert (tmp_path / f"safe.{EXT[kind]}").read_bytes() == b"earlier"


@pytest.mark.parametrize("kind", KINDS)
def test_force_replaces_the_file_and_keeps_its_mode(deck_file, tmp_path, kind):
    target = tmp_path / f"mine.{EXT[kind]}"
    target.write_bytes(b"old")
    target.chmod(0o640)
    result = run(kind, "--deck", str(deck_file), "-o", str(target), "--force")
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"wrote {target}: ")
    assert target.read_bytes() != b"old" and target.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name, "safe.yaml"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_symbolic_link_is_refused_without_force(deck_file, tmp_path, kind):
    real = tmp_path / "real.dat"
    real.write_bytes(b"what the link points to")
    link = tmp_path / f"link.{EXT[kind]}"
    link.symlink_to(real)
    result = run(kind, "--deck", str(deck_file), "-o", str(link))
    assert result.exit_code == 1
    assert result.output == f"error: {link} is a symbolic link to {real}; pass --force to write through it\n"
    assert link.is_symlink() and real.read_bytes() == b"what the link points to"


@pytest.mark.parametrize("kind", KINDS)
def test_force_writes_through_a_symbolic_link(deck_file, tmp_path, kind):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    real = elsewhere / "real.dat"
    real.write_bytes(b"old")
    link = tmp_path / f"link.{EXT[kind]}"
    link.symlink_to(real)
    result = run(kind, "--deck", str(deck_file), "-o", str(link), "--force")
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"wrote {real} (through the link {link}): ")
    assert link.is_symlink() and os.readlink(link) == str(real)  # the link stays
    assert real.read_bytes() != b"old"
    assert sorted(p.name for p in elsewhere.iterdir()) == ["real.dat"]


def test_force_through_a_dangling_link_creates_its_target(deck_file, tmp_path):
    link = tmp_path / "link.csv"
    link.symlink_to(tmp_path / "new.csv")
    result = run("csv", "--deck", str(deck_file), "-o", str(link), "--force")
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and (tmp_path / "new.csv").read_text(encoding="utf-8").startswith("#separator:Comma\n")


def test_a_loop_of_links_is_a_message(deck_file, tmp_path):
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.symlink_to(b)
    b.symlink_to(a)
    result = run("csv", "--deck", str(deck_file), "-o", str(a), "--force")
    assert result.exit_code == 1
    assert result.output == f"error: cannot write {a}: its symbolic links make a loop\n"


@pytest.mark.parametrize("kind", ["csv", "tsv"])
def test_stdout_needs_no_force(deck_file, kind):
    result = run(kind, "--deck", str(deck_file), "-o", "-")
    assert result.exit_code == 0 and result.stdout.startswith("#separator:")  # Anki's header lines


def test_core_functions_refuse_without_force(deck_file, tmp_path):
    deck = load_deck(deck_file)
    cards = generate_cards(deck)
    for path, write in (
        (tmp_path / "x.apkg", lambda p, force: export_anki(deck, cards, p, now=NOW, force=force)),
        (tmp_path / "x.csv", lambda p, force: export_text(cards, p, force=force)),
    ):
        path.write_bytes(b"keep")
        with pytest.raises(TargetExists):
            write(path, False)
        assert path.read_bytes() == b"keep"
        write(path, True)
        assert path.read_bytes() != b"keep"


def test_a_file_that_appears_while_writing_is_not_replaced(tmp_path):
    """The final step without overwrite is a hard link: it fails rather than replace."""
    target = tmp_path / "race.csv"

    def meanwhile(tmp: Path) -> None:
        tmp.write_text("new", encoding="utf-8")
        target.write_text("someone else's", encoding="utf-8")

    with pytest.raises(TargetExists):
        write_atomically(target, meanwhile, overwrite=False)
    assert target.read_text(encoding="utf-8") == "someone else's"
    assert [p.name for p in tmp_path.iterdir()] == ["race.csv"]


@pytest.mark.parametrize("anonymous", [True, False], ids=["o_tmpfile", "named-temp"])
@pytest.mark.parametrize("overwrite", [True, False])
def test_both_temporary_kinds_publish_and_leave_nothing(tmp_path, monkeypatch, anonymous, overwrite):
    if not anonymous:
        monkeypatch.setattr(atomic_write, "_anonymous", lambda folder: None)
    target = tmp_path / "out.csv"
    write_atomically(target, lambda tmp: tmp.write_text("one", encoding="utf-8"), overwrite=overwrite)
    assert target.read_text(encoding="utf-8") == "one"
    if overwrite:
        write_atomically(target, lambda tmp: tmp.write_text("two", encoding="utf-8"), overwrite=True)
        assert target.read_text(encoding="utf-8") == "two"
    else:
        with pytest.raises(TargetExists):
            write_atomically(target, lambda tmp: tmp.write_text("two", encoding="utf-8"), overwrite=False)
        assert target.read_text(encoding="utf-8") == "one"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


# --- control characters never reach a file ------------------------------------------------------

HOSTILE = "log \x1b]52;c;cHduZWQ=\x07 \u202e end"  # OSC 52 writes the clipboard; U+202E flips the text
SHOWN = "log \\x1b]52;c;cHduZWQ=\\x07 \\u202e end"


def hostile_cards(deck_file):
    """Cards as if a control character slipped past the deck reader (an old cache, a database row)."""
    deck = load_deck(deck_file)
    cards = [
        card._replace(front=HOSTILE + " ?", back=HOSTILE, nuance=HOSTILE, tags=(*card.tags, "x\x1bq"))
        for card in generate_cards(deck)
    ]
    return deck._replace(title="T\x1b[2J"), cards


@pytest.mark.parametrize("tsv", [False, True], ids=["csv", "tsv"])
def test_control_characters_are_escaped_in_csv_and_tsv(deck_file, tmp_path, tsv):
    _, cards = hostile_cards(deck_file)
    path = tmp_path / "out.txt"
    export_text(cards, path, tsv=tsv)
    text = path.read_text(encoding="utf-8")
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    assert SHOWN in text and "x\\x1bq" in text


def test_control_characters_are_escaped_on_stdout(deck_file, monkeypatch):
    from brokerquiz.commands import export as export_command

    monkeypatch.setattr(export_command, "open_deck_or_exit", lambda name: hostile_cards(deck_file))
    result = run("csv", "-o", "-")
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout and SHOWN in result.stdout


def test_control_characters_are_escaped_in_the_anki_package(deck_file, tmp_path):
    deck, cards = hostile_cards(deck_file)
    apkg = tmp_path / "out.apkg"
    export_anki(deck, cards, apkg, now=NOW)
    with zipfile.ZipFile(apkg) as archive:
        (tmp_path / "col").write_bytes(archive.read("collection.anki2"))
    conn = sqlite3.connect(tmp_path / "col")
    try:
        stored = [row[0] for row in conn.execute("select flds || tags from notes")]
        (decks,) = conn.execute("select decks from col").fetchone()
    finally:
        conn.close()
    everything = "".join(stored + [d["name"] for d in json.loads(decks).values()])
    assert "\x1b" not in everything and "\x07" not in everything and "\u202e" not in everything
    assert SHOWN in everything and "x\\x1bq" in everything and "T\\x1b[2J" in everything


def test_a_file_system_without_hard_links_still_refuses_an_existing_file(tmp_path, monkeypatch):
    def no_links(*args, **kwargs):
        raise PermissionError(1, "Operation not permitted")  # as on FAT or some network shares

    monkeypatch.setattr(atomic_write, "_anonymous", lambda folder: None)
    monkeypatch.setattr(atomic_write.os, "link", no_links)
    target = tmp_path / "out.csv"
    write_atomically(target, lambda tmp: tmp.write_text("one", encoding="utf-8"), overwrite=False)
    with pytest.raises(TargetExists):
        write_atomically(target, lambda tmp: tmp.write_text("two", encoding="utf-8"), overwrite=False)
    assert target.read_text(encoding="utf-8") == "one"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_a_planted_link_cannot_send_escape_sequences_to_the_terminal(deck_file, tmp_path):
    link = tmp_path / "out.csv"
    link.symlink_to(tmp_path / "\x1b]0;owned\x07")
    result = run("csv", "--deck", str(deck_file), "-o", str(link))
    assert result.exit_code == 1
    assert "\x1b" not in result.output and "\\x1b]0;owned\\x07; pass --force" in result.output


def test_a_sandbox_that_refuses_linkat_through_proc_gets_the_named_temporary(tmp_path, monkeypatch):
    link = os.link

    def no_proc_links(source, *args, **kwargs):
        if str(source).startswith("/proc/self/fd/"):
            raise OSError(18, "Invalid cross-device link")
        return link(source, *args, **kwargs)

    monkeypatch.setattr(atomic_write.os, "link", no_proc_links)
    assert atomic_write._anonymous(tmp_path) is None
    target = tmp_path / "out.csv"
    write_atomically(target, lambda tmp: tmp.write_text("one", encoding="utf-8"), overwrite=False)
    assert target.read_text(encoding="utf-8") == "one"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]
