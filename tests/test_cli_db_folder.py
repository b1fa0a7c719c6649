"""A --db (or $BROKERQUIZ_DB) in a folder that does not exist is a typo: every command that opens
the database says so and exits 1, creating nothing. The default database's folder is made."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from brokerquiz.cli import cli
from brokerquiz.locations import DB_ENV

# Every command that opens the progress database, with what it needs besides --db.
COMMANDS = {
    "home": [],
    "stats": ["stats"],
    "stats --json": ["stats", "--json"],
    "study": ["study"],
    "quiz": ["quiz"],
    "interview": ["interview"],
    "interview --history": ["interview", "--history"],
    "export anki": ["export", "anki", "-o", "{tmp}/out.apkg"],
    "import anki": ["import", "anki", "{tmp}/in.apkg"],
}


def run(args: list[str], env: dict | None = None):
    return CliRunner().invoke(cli, args, env=env, catch_exceptions=False)


@pytest.fixture
def anki_package(tmp_path, small_deck_path):
    """An .apkg of the small deck, for `import anki` to read before it opens the database."""
    result = run(["export", "anki", "--deck", str(small_deck_path), "-o", str(tmp_path / "in.apkg")])
    assert result.exit_code == 0, result.output
    return tmp_path / "in.apkg"


def files_under(folder):
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("where", ["--db", DB_ENV])
def test_a_db_in_a_missing_folder_is_refused(tmp_path, small_deck_path, anki_package, command, where):
    missing = tmp_path / "typo" / "progress.db"
    args = [arg.format(tmp=tmp_path) for arg in COMMANDS[command]]
    if command != "home":
        args += ["--deck", str(small_deck_path)]
    before = files_under(tmp_path)
    if where == "--db":
        result = run([*args, "--db", str(missing)] if args else ["--db", str(missing)])
    else:
        result = run(args, env={DB_ENV: str(missing)})
    assert result.exit_code == 1, result.output
    source = "--db" if where == "--db" else f"${DB_ENV}"
    folder = missing.parent
    assert result.stderr == f"error: {missing}: folder {folder} does not exist (check {source})\n"
    assert result.stdout == ""
    assert files_under(tmp_path) == before  # no folder, no database, no export


def test_a_db_whose_folder_is_a_file_is_refused(tmp_path, small_deck_path):
    (tmp_path / "notes").write_text("not a folder\n", encoding="utf-8")
    path = tmp_path / "notes" / "progress.db"
    result = run(["stats", "--deck", str(small_deck_path), "--db", str(path)])
    assert result.exit_code == 1
    assert result.stderr == f"error: {path}: {path.parent} is not a folder (check --db)\n"


def test_the_group_db_is_checked_for_a_command_too(tmp_path, small_deck_path):
    missing = tmp_path / "typo" / "progress.db"
    result = run(["--db", str(missing), "stats", "--deck", str(small_deck_path)])
    assert result.exit_code == 1
    assert "folder" in result.stderr and not missing.parent.exists()


def test_a_db_in_an_existing_folder_is_created(tmp_path, small_deck_path):
    path = tmp_path / "progress.db"
    result = run(["stats", "--deck", str(small_deck_path), "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert path.is_file()


def test_the_default_db_folder_is_made_as_needed(tmp_path, small_deck_path, monkeypatch):
    from brokerquiz import locations

    monkeypatch.delenv(DB_ENV, raising=False)
    monkeypatch.setattr(locations, "data_dir", lambda: tmp_path / "data" / "brokerquiz")
    result = run(["stats", "--deck", str(small_deck_path)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "data" / "brokerquiz" / "brokerquiz.db").is_file()
