"""Bounded input: a deck or a sheet is a regular file under the size limit, a deck makes at most
MAX_CARDS cards, and what is refused is a FILE:1:1 message with exit 1, never a hang or a traceback.

A FIFO would block a plain `read()` forever: every test that names one runs under an alarm, so a
regression fails instead of hanging the suite.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from brokerquiz.cli import cli
from brokerquiz.core.deck import cache as deck_cache, library
from brokerquiz.core import input_limits
from brokerquiz.core.deck.load import DeckError, load_deck


class Hang(BaseException):
    """Raised by the alarm: the command blocked (not an Exception, so no `except Exception` hides it)."""


@pytest.fixture
def alarm():
    def ring(signum, frame):
        raise Hang("blocked for 10 s: the file was read without a limit or a non-blocking open")

    old = signal.signal(signal.SIGALRM, ring)
    signal.alarm(10)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


@pytest.fixture(autouse=True)
def _fresh(tmp_path, monkeypatch):
    monkeypatch.setenv("BROKERQUIZ_CACHE_DIR", str(tmp_path / "cache"))
    library._load.cache_clear()
    library._RAISED.clear()
    yield
    library._load.cache_clear()
    library._RAISED.clear()


@pytest.fixture
def fifo(tmp_path):
    path = tmp_path / "f.yaml"
    os.mkfifo(path)
    return path


@pytest.fixture
def zero_link(tmp_path):
    path = tmp_path / "zero.yaml"
    path.symlink_to("/dev/zero")
    return path


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def deck_commands(group: click.Group = cli, prefix: str = ""):
    """Every command that reads a deck from --deck (study, quiz, interview, stats, cards, export ...)."""
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from deck_commands(command, f"{prefix}{name} ")
            continue
        names = {p.name for p in command.params}
        if "deck_name" in names and not any(p.required for p in command.params):
            yield f"{prefix}{name}", "db" in names


@pytest.mark.parametrize("command, has_db", list(deck_commands()))
def test_a_fifo_is_refused_by_every_deck_command(alarm, fifo, tmp_path, command, has_db):
    db = tmp_path / "p.db"
    result = run(*command.split(), "--deck", str(fifo), *(["--db", str(db)] if has_db else []))
    assert not isinstance(result.exception, Hang)
    assert result.exit_code == 1
    assert result.stderr == f"{fifo}:1:1: is a FIFO (named pipe), not a deck file; give a regular file\n"
    assert not db.exists()


def test_a_fifo_is_refused_by_check_and_import(alarm, fifo, tmp_path):
    result = run("check", str(fifo))
    assert (result.exit_code, result.stderr) == (1, f"{fifo}:1:1: is a FIFO (named pipe), not a deck file; give a regular file\n")
    sheet = tmp_path / "sheet.md"
    os.mkfifo(sheet)
    result = run("import", str(sheet), "-o", str(tmp_path / "out.yaml"))
    assert (result.exit_code, result.stderr) == (1, f"{sheet}:1:1: is a FIFO (named pipe), not a markdown file; give a regular file\n")
    assert not (tmp_path / "out.yaml").exists()


def test_a_fifo_does_not_hang_the_real_command(fifo):
    # the whole process, as a user runs it: a regression times out instead of hanging the suite
    done = subprocess.run([sys.executable, "-m", "brokerquiz", "check", str(fifo)], capture_output=True, text=True, timeout=30)
    assert done.returncode == 1
    assert done.stderr == f"{fifo}:1:1: is a FIFO (named pipe), not a deck file; give a regular file\n"


def test_a_symlink_to_dev_zero_is_refused(alarm, zero_link, tmp_path):
    for args in (["check", str(zero_link)], ["cards", "--deck", str(zero_link)], ["import", str(zero_link)]):
        result = run(*args)
        assert result.exit_code == 1, args
        assert result.stderr.startswith(f"{zero_link}:1:1: is a device, not a "), args
        assert result.exception is None or isinstance(result.exception, SystemExit)


def test_a_fifo_swapped_in_after_the_stat_is_still_refused(alarm, fifo, small_deck_path, monkeypatch):
    real_stat = os.stat
    # the first stat sees a regular file; the open then meets the FIFO (fstat catches it)
    monkeypatch.setattr(input_limits.os, "stat", lambda path, *a, **k: real_stat(small_deck_path))
    with pytest.raises(input_limits.InputRefused, match="is a FIFO"):
        input_limits.read_file(fifo)


def test_an_over_size_deck_is_refused_before_it_is_read(tmp_path):
    big = tmp_path / "big.yaml"
    with big.open("wb") as handle:  # sparse: 10 MB + 1 byte of nothing, never read
        handle.truncate(input_limits.DEFAULT_MAX_BYTES + 1)
    result = run("check", str(big))
    assert result.exit_code == 1
    assert result.stderr == f"{big}:1:1: is 10.0 MB larger than the limit of 10 MB; pass --max-size to read it anyway\n"
    # --max-size reads it: now it is the content that is wrong (NUL bytes), not the size
    result = run("check", "--max-size", "20MB", str(big))
    assert result.exit_code == 1
    assert result.stderr == f"{big}:1:1: control character U+0000 is not allowed in a deck\n"


def test_max_size_on_a_deck_command_and_for_the_screens_after_it(small_deck_path):
    size = small_deck_path.stat().st_size
    result = run("cards", "--deck", str(small_deck_path), "--max-size", str(size - 1))
    assert result.exit_code == 1
    assert f"{small_deck_path}:1:1: is {input_limits.format_size(size)} larger than the limit" in result.stderr
    assert run("cards", "--deck", str(small_deck_path), "--max-size", str(size)).exit_code == 0
    # a raised limit holds for the deck in this process: screens open it again without the option
    library.open_deck(str(small_deck_path), input_limits.DEFAULT_MAX_BYTES * 3)
    assert library._RAISED[str(small_deck_path)] == input_limits.DEFAULT_MAX_BYTES * 3


def test_the_cache_does_not_get_around_the_limit(small_deck_path):
    library.open_deck(str(small_deck_path))
    assert deck_cache.read(small_deck_path) is not None
    with pytest.raises(DeckError) as caught:
        library.open_deck(str(small_deck_path), 100)
    assert str(caught.value).startswith(f"{small_deck_path}:1:1: is ")


@pytest.mark.parametrize("bad", ["big", "10XB", "-1", "0"])
def test_a_bad_max_size_is_a_usage_error(small_deck_path, bad):
    result = run("check", "--max-size", bad, str(small_deck_path))
    assert result.exit_code == 2
    assert "Invalid value for '--max-size'" in result.stderr


@pytest.mark.parametrize(
    "text, size",
    [("20MB", 20_000_000), ("20m", 20_000_000), ("500KB", 500_000), ("1.5G", 1_500_000_000), ("123", 123), (" 2 MB ", 2_000_000)],
)
def test_parse_size(text, size):
    assert input_limits.parse_size(text) == size


def test_format_size():
    assert [input_limits.format_size(n) for n in (10_000_000, 12_345_678, 1_500, 999)] == ["10 MB", "12.3 MB", "1.5 KB", "999 bytes"]


def test_the_card_cap(small_deck_path, monkeypatch):
    cards = len(library.open_deck(str(small_deck_path))[1])
    library._load.cache_clear()
    deck_cache.entry_path(small_deck_path).unlink()
    monkeypatch.setattr(input_limits, "MAX_CARDS", cards - 1)
    message = f"{small_deck_path}:1:1: the deck makes {cards} cards, more than the limit of {cards - 1}; split it into smaller decks\n"
    for args in (["check", str(small_deck_path)], ["cards", "--deck", str(small_deck_path)]):
        result = run(*args)
        assert (result.exit_code, result.stderr) == (1, message), args
    assert not deck_cache.entry_path(small_deck_path).exists()  # a refused deck is not cached
    monkeypatch.setattr(input_limits, "MAX_CARDS", cards)
    assert run("check", str(small_deck_path)).exit_code == 0


def test_the_card_cap_on_import(tmp_path, monkeypatch):
    sheet = tmp_path / "s.md"
    sheet.write_text("# Brokers\n\n| property | Kafka | RabbitMQ |\n|---|---|---|\n| model | log | queue |\n", encoding="utf-8")
    monkeypatch.setattr(input_limits, "MAX_CARDS", 1)
    result = run("import", str(sheet), "-o", str(tmp_path / "out.yaml"))
    assert result.exit_code == 1
    assert "cards, more than the limit of 1; split it into smaller decks" in result.stderr
    assert not (tmp_path / "out.yaml").exists()


def test_load_deck_reads_a_deck_at_the_limit(small_deck_path):
    size = small_deck_path.stat().st_size
    assert load_deck(small_deck_path, size).id == "small"
    with pytest.raises(DeckError):
        load_deck(small_deck_path, size - 1)
