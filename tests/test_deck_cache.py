"""The parsed-deck cache: a hit equals a parse, an edit or another version is a miss, a
corrupt entry is ignored and rewritten, a planted pickle never runs, and `check` never uses it."""

from __future__ import annotations

import json
import os
import pickle

import pytest
from click.testing import CliRunner

from brokerquiz.cli import cli
from brokerquiz import locations
from brokerquiz.core.deck import cache as deck_cache, library
from brokerquiz.core.deck.cards import generate_cards
from brokerquiz.core.deck.load import load_deck


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv(locations.CACHE_ENV, str(folder))
    library._load.cache_clear()  # the in-process cache would hide the disk one
    yield folder
    library._load.cache_clear()


@pytest.fixture
def deck_file(tmp_path, small_deck_path):
    path = tmp_path / "mine.yaml"
    path.write_bytes(small_deck_path.read_bytes())
    return path


def parsed(path):
    deck = load_deck(str(path))
    return deck, tuple(generate_cards(deck))


def plant(entry, key, payload: bytes) -> None:
    """An entry file written by hand: the key line, then `payload`."""
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_bytes(deck_cache._key_line(key) + b"\n" + payload)


def payload_of(deck, cards) -> bytes:
    return json.dumps([deck_cache._encode(deck), [deck_cache._encode(c) for c in cards]]).encode()


def test_a_miss_parses_and_writes_an_entry_a_hit_equals_the_parse(cache, deck_file):
    assert deck_cache.read(deck_file) is None
    deck, cards = library.open_deck(str(deck_file))
    assert (deck, tuple(cards)) == parsed(deck_file)
    entry = deck_cache.entry_path(deck_file)
    assert entry.parent == cache and entry.exists()

    hit = deck_cache.read(str(deck_file))
    assert hit == parsed(deck_file)
    assert hit[0].path == str(deck_file)  # the path as given, as a parse keeps it


def test_a_deck_with_a_glossary_and_a_pair_is_cached_and_read_back_whole(cache, deck_file):
    deck_file.write_text(
        deck_file.read_text(encoding="utf-8")
        + "pair: other-deck\nglossary:\n  terms:\n    - [WAL, write-ahead log]\n"
        "  opposites:\n    sync:\n      sync: [synchronous]\n      async: [asynchronous]\n",
        encoding="utf-8",
    )
    deck, cards = library.open_deck(str(deck_file))
    assert deck.glossary is not None and deck.glossary.terms and deck.pair == "other-deck"
    assert deck_cache.read(str(deck_file)) == parsed(deck_file)  # a hit, not a miss every time


def test_a_deck_with_defaults_is_cached_and_read_back_whole(cache, deck_file):
    deck_file.write_text(
        deck_file.read_text(encoding="utf-8")
        + "defaults:\n  - setting: [isolation level]\n    values: [read committed, serializable]\n"
        "    default: read committed\n    values_name_it: true\n    source: https://www.postgresql.org/docs/current/transaction-iso.html\n",
        encoding="utf-8",
    )
    deck, cards = library.open_deck(str(deck_file))
    assert deck.defaults and deck.defaults[0].values_name_it and deck.defaults[0].values == (("read committed",), ("serializable",))
    hit = deck_cache.read(str(deck_file))
    assert hit == parsed(deck_file) and hit[0].defaults == deck.defaults  # a hit, read back as the same entries


def test_the_card_rules_and_the_glossary_reader_are_part_of_the_cache_key():
    assert {"deck/rules.py", "deck/glossary.py", "deck/defaults.py"} <= set(deck_cache._SHAPING_MODULES)


def test_every_card_builder_module_is_part_of_the_cache_key():
    assert {"deck/cards.py", "deck/row_cards.py", "deck/card_parts.py", "card_ids.py"} <= set(deck_cache._SHAPING_MODULES)


def test_the_card_prompts_are_part_of_the_cache_key():
    """The fronts' words live in deck/prompts.py: an edit there must not be served a stale parse."""
    assert "deck/prompts.py" in deck_cache._SHAPING_MODULES


def test_an_edited_deck_is_a_miss_and_is_parsed_again(cache, deck_file):
    library.open_deck(str(deck_file))
    stat = deck_file.stat()
    deck_file.write_text(deck_file.read_text(encoding="utf-8").replace("title: Small deck", "title: Edited deck"),
                         encoding="utf-8")
    os.utime(deck_file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert deck_cache.read(deck_file) is None
    library._load.cache_clear()
    deck, _ = library.open_deck(str(deck_file))
    assert deck.title == "Edited deck"
    assert deck_cache.read(deck_file)[0].title == "Edited deck"


@pytest.mark.parametrize(
    "damage",
    [b"", b"not json", b"\x80\x05garbage", b'[1, 2]\n{"@Deck": []}'],
    ids=["empty", "text", "binary", "foreign-json"],
)
def test_a_corrupt_entry_is_ignored_and_rewritten(cache, deck_file, damage):
    library.open_deck(str(deck_file))
    entry = deck_cache.entry_path(deck_file)
    entry.write_bytes(damage)
    assert deck_cache.read(deck_file) is None
    library._load.cache_clear()
    assert library.open_deck(str(deck_file))[0].id == "small"
    assert deck_cache.read(deck_file) == parsed(deck_file)


def test_an_entry_of_another_version_is_ignored_without_decoding_its_cards(cache, deck_file):
    key = list(deck_cache.cache_key(deck_file))
    key[0] = deck_cache.FORMAT + 1
    entry = deck_cache.entry_path(deck_file)
    plant(entry, key, b"payload a newer brokerquiz wrote")
    assert deck_cache.read(deck_file) is None

    key = list(deck_cache.cache_key(deck_file))
    key[-1] = (("cards.py", 1, 1),)  # the card generator changed since the entry was written
    plant(entry, key, payload_of(*parsed(deck_file)))
    assert deck_cache.read(deck_file) is None


class Planted:
    """What a pickle planted in a shared cache dir would run on load."""

    def __reduce__(self):
        return (os.system, ("touch PLANTED_RAN",))


def test_a_planted_pickle_never_runs_and_is_rebuilt(cache, deck_file, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    entry = deck_cache.entry_path(deck_file)
    entry.parent.mkdir(parents=True)
    # at the entry itself, and where the pickle cache (FORMAT 1) kept it, in both of its layouts
    key = deck_cache.cache_key(deck_file)
    entry.write_bytes(pickle.dumps(key) + pickle.dumps(Planted()))
    entry.with_suffix(".pickle").write_bytes(pickle.dumps(Planted()))
    plant(entry.with_name("x" + entry.name), key, pickle.dumps(Planted()))
    result = CliRunner().invoke(cli, ["cards", "--deck", str(deck_file)])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "PLANTED_RAN").exists()
    assert deck_cache.read(deck_file) == parsed(deck_file)  # the entry was rebuilt from the deck
    assert entry.read_bytes().startswith(deck_cache._key_line(key))


def test_an_entry_can_only_make_model_types(cache, deck_file):
    deck, cards = parsed(deck_file)
    entry = deck_cache.entry_path(deck_file)
    key = deck_cache.cache_key(deck_file)
    for payload in (
        b'[{"@Deck": [1]}, []]',  # too few fields
        b'[{"@Path": ["/"]}, []]',  # not a model class
        b'[{"@Cell": ["x"]}, []]',  # a model class, but not a deck
        b'[{"@Deck": %s}, [{"__class__": "x"}]]' % json.dumps(deck_cache._encode(deck)["@Deck"]).encode(),
    ):
        plant(entry, key, payload)
        assert deck_cache.read(deck_file) is None, payload


@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_a_fifo_or_a_device_at_the_entry_is_a_miss_without_blocking(cache, deck_file, kind):
    import signal

    entry = deck_cache.entry_path(deck_file)
    entry.parent.mkdir(parents=True)
    if kind == "fifo":
        os.mkfifo(entry)
    else:
        entry.symlink_to("/dev/zero")

    class Blocked(BaseException):  # not an Exception: read()'s own except must not swallow it
        pass

    def ring(signum, frame):
        raise Blocked("reading the cache entry blocked")

    old = signal.signal(signal.SIGALRM, ring)
    signal.alarm(10)
    try:
        assert deck_cache.read(deck_file) is None
        assert library.open_deck(str(deck_file))[0].id == "small"  # parsed instead
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def test_an_entry_over_the_size_limit_is_neither_written_nor_read(cache, deck_file, monkeypatch):
    deck, cards = parsed(deck_file)
    key = deck_cache.cache_key(deck_file)
    assert deck_cache.write(deck_file, key, deck, cards)
    size = deck_cache.entry_path(deck_file).stat().st_size
    monkeypatch.setattr(deck_cache, "MAX_ENTRY_BYTES", size - 1)
    assert deck_cache.read(deck_file) is None  # too large to read, though it is ours
    deck_cache.entry_path(deck_file).unlink()
    assert deck_cache.write(deck_file, key, deck, cards) is False
    assert not deck_cache.entry_path(deck_file).exists()
    monkeypatch.setattr(deck_cache, "MAX_ENTRY_BYTES", size)
    assert deck_cache.write(deck_file, key, deck, cards)
    assert deck_cache.read(deck_file) == (deck, cards)


def test_a_deck_edited_while_parsed_is_not_cached(cache, deck_file):
    key = deck_cache.cache_key(deck_file)
    deck, cards = parsed(deck_file)
    os.utime(deck_file, ns=(deck_file.stat().st_atime_ns, deck_file.stat().st_mtime_ns + 5_000_000))
    assert deck_cache.write(deck_file, key, deck, cards) is False
    assert not deck_cache.entry_path(deck_file).exists()


def test_an_unwritable_cache_dir_is_not_fatal(tmp_path, monkeypatch, deck_file):
    blocker = tmp_path / "file-not-dir"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv(locations.CACHE_ENV, str(blocker / "decks"))
    library._load.cache_clear()
    try:
        assert library.open_deck(str(deck_file))[0].id == "small"
    finally:
        library._load.cache_clear()
    assert list(tmp_path.glob("**/*.tmp")) == []


def test_old_entries_are_pruned(cache, tmp_path, small_deck_path):
    decks = []
    for i in range(deck_cache.MAX_ENTRIES + 3):
        path = tmp_path / f"d{i}.yaml"
        path.write_bytes(small_deck_path.read_bytes())
        decks.append(path)
        deck, cards = parsed(path)
        assert deck_cache.write(path, deck_cache.cache_key(path), deck, cards)
    assert len(list(cache.glob("*.json"))) == deck_cache.MAX_ENTRIES
    assert deck_cache.read(decks[-1]) is not None


def test_a_temporary_left_by_a_killed_writer_is_swept_by_the_next_write(cache, deck_file):
    """Entries are written as exports are (core.atomic_write): the leftover of a writer killed
    midway, whose lock is free, goes with the next write; other files stay."""
    cache.mkdir()
    entry = deck_cache.entry_path(deck_file)
    leftover = cache / f".{entry.name}.brokerquiz-dead1234.tmp"
    leftover.write_bytes(b"half an entry")
    mine = cache / "notes.txt"
    mine.write_text("not the cache's")
    deck, cards = parsed(deck_file)
    assert deck_cache.write(deck_file, deck_cache.cache_key(deck_file), deck, cards)
    assert not leftover.exists() and mine.exists()
    assert deck_cache.read(deck_file) == (deck, cards)


def test_check_always_parses(cache, deck_file):
    valid = parsed(deck_file)
    deck_file.write_text("id: small\n", encoding="utf-8")
    # an entry that matches the broken file but holds the valid deck: check must not use it
    plant(deck_cache.entry_path(deck_file), deck_cache.cache_key(deck_file), payload_of(*valid))
    assert deck_cache.read(deck_file) == valid
    result = CliRunner().invoke(cli, ["check", str(deck_file)])
    assert result.exit_code == 1
    assert f"{deck_file}:" in result.output
