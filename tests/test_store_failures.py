"""A database that is damaged, foreign or read-only: refused before anything is written, and
every SQLite failure a one-line message (StoreError; `error: PATH: ...`, exit 1 on the CLI)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from datetime import datetime, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner

from brokerquiz.cli import cli
from brokerquiz.core.model import Card
from brokerquiz.core.store.facade import APPLICATION_ID, Store, StoreError
from store_damage import corrupt_table

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)


def card(key: str) -> Card:
    return Card(id=f"d/fact/{key}", deck="d", kind="fact", front="q", back="a",
                sibling=f"d/{key}", topic=f"t/{key}", topic_label=key)


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def with_progress(path: Path) -> Path:
    """A brokerquiz database with one deck synced and one answer."""
    with Store.open(path) as store:
        store.sync_cards("d", [card("a"), card("b")])
        store.record_review("d/fact/a", 3, NOW)
    return path


@pytest.fixture
def read_only():
    """Make a file read-only for this process: its mode, and for root (whom the mode does
    not stop) the immutable flag, removed again afterwards."""
    flagged: list[Path] = []

    def make(path: Path) -> Path:
        path.chmod(0o444)
        if os.access(path, os.W_OK):
            try:
                done = subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0
            except FileNotFoundError:
                done = False
            if not done:
                pytest.skip("cannot make a file read-only for this user")
            flagged.append(path)
        return path

    yield make
    for path in flagged:
        subprocess.run(["chattr", "-i", str(path)], capture_output=True)


# --------------------------------------------------------------------------- refused, untouched


def test_our_mark_without_a_schema_version_but_with_tables_is_refused_untouched(tmp_path):
    path = tmp_path / "odd.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("CREATE TABLE cards (id TEXT PRIMARY KEY, note TEXT)")
    conn.execute("INSERT INTO cards VALUES ('x', 'mine')")
    conn.commit()
    conn.close()
    data = path.read_bytes()
    with pytest.raises(StoreError) as e:
        Store.open(path)
    assert str(e.value) == (
        f"{path}: not a brokerquiz database, or damaged (tables but no schema version); left untouched"
    )
    assert path.read_bytes() == data  # WAL was not switched on: the header is unchanged
    assert files_in(tmp_path) == ["odd.db"]  # no -wal, no -shm


def test_another_apps_wal_database_is_refused_and_leaves_no_wal_behind(tmp_path):
    path = tmp_path / "notes.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = wal")
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.commit()
    conn.close()
    data = path.read_bytes()
    with pytest.raises(StoreError, match="notes.db is not a brokerquiz database"):
        Store.open(path)
    assert path.read_bytes() == data and files_in(tmp_path) == ["notes.db"]


def test_a_negative_schema_version_is_a_message(tmp_path):
    path = with_progress(tmp_path / "progress.db")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = -1")
    conn.close()
    data = path.read_bytes()
    result = run("stats", "--db", str(path))
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: {path}: not a brokerquiz database, or damaged (schema version -1); left untouched\n"
    )
    assert path.read_bytes() == data


def test_a_dropped_reviews_table_is_refused_on_opening(tmp_path):
    path = with_progress(tmp_path / "progress.db")
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE reviews")
    conn.close()
    result = run("stats", "--db", str(path))
    assert result.exit_code == 1
    assert result.stderr == f"error: {path}: damaged, missing table reviews; left untouched\n"


def test_a_table_dropped_while_open_is_a_store_error(tmp_path):
    path = with_progress(tmp_path / "progress.db")
    with Store.open(path) as store:
        other = sqlite3.connect(path)
        other.execute("DROP TABLE reviews")
        other.close()
        with pytest.raises(StoreError) as e:
            store.record_review("d/fact/b", 3, NOW)
    assert str(e.value) == (
        f"{path}: damaged or not a brokerquiz database: a table is missing (no such table: reviews)"
    )


# --------------------------------------------------------------------------- damaged pages


def test_a_damaged_page_is_a_store_error_and_nothing_half_written(tmp_path):
    path = with_progress(tmp_path / "progress.db")
    corrupt_table(path, "reviews")
    with Store.open(path) as store:
        assert store.due_queue("d", NOW)  # the cards are readable
        before = store.card_states(["d/fact/b"])
        with pytest.raises(StoreError) as e:
            store.record_review("d/fact/b", 3, NOW)
        assert str(e.value) == (
            f"{path}: the database file is damaged; move it aside or restore a backup"
            " (database disk image is malformed)"
        )
        assert store.card_states(["d/fact/b"]) == before  # the transaction was rolled back
        with pytest.raises(StoreError, match="damaged"):
            store.stats("d", NOW)


@pytest.mark.parametrize("command", ["stats", "study", "quiz", "interview"])
def test_a_damaged_page_on_the_command_line(tmp_path, small_deck_path, command):
    path = tmp_path / "progress.db"
    with Store.open(path) as store:
        store.sync_cards("d", [card("a")])
    corrupt_table(path, "cards")
    result = run(command, "--deck", str(small_deck_path), "--db", str(path))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {path}: the database file is damaged;")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.output


# --------------------------------------------------------------------------- read-only


@pytest.mark.parametrize("deck_state", ["new", "changed"])
def test_a_read_only_database_with_a_new_or_changed_deck(tmp_path, small_deck_path, read_only, deck_state):
    path = tmp_path / "progress.db"
    Store.open(path).close()
    if deck_state == "changed":
        assert run("stats", "--deck", str(small_deck_path), "--db", str(path)).exit_code == 0
        text = small_deck_path.read_text(encoding="utf-8")
        small_deck_path.write_text(text.replace("        redis: log\n", "        redis: stream\n"
                                                "      ordering:\n        label: Ordering\n"
                                                "        kafka: per partition\n", 1), encoding="utf-8")
    read_only(path)
    data = path.read_bytes()
    result = run("stats", "--deck", str(small_deck_path), "--db", str(path))
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: {path}: read-only (the file or its folder), so progress cannot be saved;"
        " check the permissions (attempt to write a readonly database)\n"
    )
    assert path.read_bytes() == data


def test_the_anki_calls_on_a_damaged_file_are_store_errors_and_nothing_half_written(tmp_path):
    from brokerquiz.core.store.anki import AnkiReview

    path = with_progress(tmp_path / "progress.db")
    corrupt_table(path, "reviews")
    damaged = f"{path}: the database file is damaged; move it aside or restore a backup"
    with Store.open(path) as store:
        before = store.card_states(["d/fact/b"])
        with pytest.raises(StoreError) as e:
            store.merge_anki([AnkiReview("d/fact/b", 1_700_000_000_000, 3, 4000, True)])
        assert str(e.value).startswith(damaged)
        assert store.card_states(["d/fact/b"]) == before  # rolled back
    corrupt_table(path, "cards")
    with Store.open(path) as store:
        with pytest.raises(StoreError) as e:
            store.known_cards()
        assert str(e.value).startswith(damaged)
