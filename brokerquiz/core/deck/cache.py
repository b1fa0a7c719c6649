"""A cache of parsed decks: (Deck, cards) as JSON in the user cache dir.

Parsing a deck means importing PyYAML and the checker and building every card: a tenth
of a second or so on every start. With the cache, `brokerquiz study` reads one small file
instead and never imports the parser.

An entry holds data, never code: two lines of JSON, the key and then the payload, read with
the stdlib's json and rebuilt into the model's NamedTuples by name from a fixed list
(`_CLASSES`). The cache dir (locations.deck_cache_dir) can be a shared place ($BROKERQUIZ_CACHE_DIR), so a planted file
must not be able to run anything (a pickle could): at worst it is a miss. An entry larger
than MAX_ENTRY_BYTES is neither written nor read, so a huge deck is parsed each time instead
of filling the disk.

An entry is used only when its key matches exactly: the deck file (the path as given,
which the parsed Deck keeps in `path`, its resolved form, size and mtime_ns), FORMAT, the
Python version, and the size and mtime of the modules that shape a parsed deck
(`_SHAPING_MODULES`: the model, the reader, the card generator and its prompts, this one).
The last part stands in for the brokerquiz version: an editable install keeps its version
number while its code changes.
Anything wrong with an entry (missing, stale, truncated, unreadable, too large, from another
version, not our JSON) makes it a miss; the caller parses and the entry is rewritten atomically. The
cache is never fatal: a cache dir that cannot be written just means no cache.

`brokerquiz check` never uses it: a check always parses.
"""

from __future__ import annotations

import json
import os
import sys
import zlib
from pathlib import Path
from typing import Any

from ...errors import BrokerquizError
from ...locations import deck_cache_dir
from .. import model

FORMAT = 2  # 1 was pickle
MAX_ENTRIES = 32  # one per deck path; tests and experiments must not fill the disk
MAX_ENTRY_BYTES = 16 * 1024 * 1024  # the shipped deck's entry is ~0.1 MB; a 10 MB deck's is larger
SUFFIX = ".json"
_SHAPING_MODULES = (  # paths under brokerquiz/core/
    "model.py", "deck/load.py", "deck/sections.py", "deck/glossary.py", "deck/defaults.py", "deck/yamlnodes.py", "deck/cards.py",
    "deck/row_cards.py", "deck/card_parts.py", "deck/prompts.py", "deck/rules.py", "deck/cache.py", "lang.py", "card_ids.py",
)
_HERE = Path(__file__).resolve().parents[1]  # brokerquiz/core/
# The only types an entry can make: the model's value types, by class name.
_CLASSES = {
    cls.__name__: cls
    for cls in (
        model.Nuance, model.Subject, model.Cell, model.Row, model.Table, model.RatingCell, model.RatingRow,
        model.RatingTable, model.SubjectList, model.Clause, model.Phrase, model.FollowUp, model.DeckGlossary, model.DeckDefault,
        model.Deck, model.Card,
    )
}


def _code_stamp() -> tuple:
    stamp = []
    for name in _SHAPING_MODULES:
        try:
            st = (_HERE / name).stat()
            stamp.append((name, st.st_size, st.st_mtime_ns))
        except OSError:
            stamp.append((name, None, None))
    return tuple(stamp)


def cache_key(path: str | os.PathLike) -> tuple | None:
    """What an entry for `path` must match; None when the deck file cannot be stat'ed."""
    resolved = Path(path).resolve()
    try:
        st = resolved.stat()
    except OSError:
        return None
    return (FORMAT, sys.version_info[:2], str(path), str(resolved), st.st_size, st.st_mtime_ns, _code_stamp())


def entry_path(path: str | os.PathLike, folder: Path | None = None) -> Path:
    """The cache file for a deck path (one file per spelling and resolved form of the path)."""
    # zlib, not hashlib: hashlib loads OpenSSL (milliseconds); a clash only costs misses,
    # since an entry holds its full key
    name = f"{path}\0{Path(path).resolve()}".encode("utf-8", "surrogatepass")
    return (folder or deck_cache_dir()) / f"{zlib.crc32(name):08x}{zlib.adler32(name):08x}{SUFFIX}"


def read(path: str | os.PathLike, folder: Path | None = None) -> tuple[Any, tuple] | None:
    """The cached (deck, cards) for the deck file at `path`, or None (a miss)."""
    key = cache_key(path)
    if key is None:
        return None
    try:
        # non-blocking: a FIFO planted at the entry must not hang the start (it is then refused)
        fd = os.open(entry_path(path, folder), os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            if not _is_small_file(fd):
                return None
            # the key is a line of its own, read first: a stale entry's payload is never decoded
            if handle.readline(MAX_ENTRY_BYTES).rstrip(b"\n") != _key_line(key):
                return None
            deck, cards = json.loads(handle.read(MAX_ENTRY_BYTES), object_hook=_decode_object)
    except (OSError, ValueError, TypeError, RecursionError):  # missing, truncated, corrupt or foreign: a miss
        return None
    if type(deck) is not model.Deck or not all(type(card) is model.Card for card in cards):
        return None
    return deck, tuple(cards)


def write(path: str | os.PathLike, key: tuple | None, deck: Any, cards: tuple, folder: Path | None = None) -> bool:
    """Store (deck, cards) for `path` under `key` (taken before parsing); False if not written.

    Nothing is written when the deck file changed while it was parsed (its key moved on), nor
    when the entry would be larger than MAX_ENTRY_BYTES.
    The file is written as exports are (atomic_write): a reader never sees half, and a writer
    killed midway leaves no temporary behind that the next write would not sweep.
    """
    if key is None or cache_key(path) != key:
        return False
    target = entry_path(path, folder)
    try:
        payload = json.dumps([_encode(deck), [_encode(card) for card in cards]], ensure_ascii=False,
                             separators=(",", ":")).encode("utf-8")
        data = _key_line(key) + b"\n" + payload + b"\n"
        if len(data) > MAX_ENTRY_BYTES:
            return False
        from ..files import write_atomically  # deferred: only a miss writes

        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, lambda temp: temp.write_bytes(data))
    except (BrokerquizError, OSError, ValueError, TypeError, RecursionError):  # read-only home, full disk, an unknown value: no cache
        return False
    _prune(target.parent, keep=target)
    return True


def _key_line(key: tuple) -> bytes:
    return json.dumps(key, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def _is_small_file(fd: int) -> bool:
    import stat

    st = os.fstat(fd)
    return stat.S_ISREG(st.st_mode) and st.st_size <= MAX_ENTRY_BYTES


# -- the format: JSON lists for tuples; every JSON object is a one-key tag -------------------------
#   {"@Card": [field, ...]}  a model NamedTuple, its fields in order
#   {"{}": [[key, value], ...]}  a dict (insertion order kept)
#   {"~": [int, ...]}  a frozenset


def _encode(value: Any) -> Any:
    if value is None or type(value) in (str, int, bool):
        return value
    if isinstance(value, tuple):
        if hasattr(value, "_fields"):
            name = type(value).__name__
            if _CLASSES.get(name) is not type(value):
                raise TypeError(f"not a model type: {name}")
            return {"@" + name: [_encode(v) for v in value]}
        return [_encode(v) for v in value]
    if type(value) is dict:
        return {"{}": [[k, _encode(v)] for k, v in value.items()]}
    if type(value) is frozenset:
        return {"~": sorted(value)}
    raise TypeError(f"cannot cache a {type(value).__name__}")


def _tuples(value: Any) -> Any:
    return tuple(map(_tuples, value)) if type(value) is list else value


def _decode_object(obj: dict) -> Any:
    """json's object_hook: a tag back into its value; anything else is not an entry of ours."""
    if len(obj) != 1:
        raise ValueError("not a deck-cache entry")
    ((tag, value),) = obj.items()
    if type(value) is not list:
        raise ValueError("not a deck-cache entry")
    if tag == "{}":
        return {k: _tuples(v) for k, v in value}
    if tag == "~":
        return frozenset(value)
    cls = _CLASSES.get(tag[1:]) if tag.startswith("@") else None
    if cls is None or len(value) != len(cls._fields):
        raise ValueError("not a deck-cache entry")
    return cls._make(map(_tuples, value))


def _prune(folder: Path, keep: Path) -> None:
    """Drop the least recently written entries beyond MAX_ENTRIES."""
    try:
        entries = [p for p in folder.glob("*" + SUFFIX) if p != keep]
        if len(entries) < MAX_ENTRIES:
            return
        entries.sort(key=lambda p: p.stat().st_mtime_ns)
        for old in entries[: len(entries) - MAX_ENTRIES + 1]:
            old.unlink()
    except OSError:
        pass  # another process pruned first, or a file vanished: nothing to do
