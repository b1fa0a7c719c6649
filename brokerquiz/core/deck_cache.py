"""A cache of parsed decks: (Deck, cards) pickled in the user cache dir.

Parsing a deck means importing PyYAML and the checker and building every card: a tenth
of a second or so on every start. With the cache, `brokerquiz study` reads one small file
instead and never imports the parser.

An entry is used only when its key matches exactly: the deck file (the path as given,
which the parsed Deck keeps in `path`, its resolved form, size and mtime_ns), FORMAT, the Python version, and the size and mtime of the modules that shape a
parsed deck (model, deck, yamlnodes, cards and this one). The last part stands in for the
brokerquiz version: an editable install keeps its version number while its code changes.
Anything wrong with an entry (missing, stale, truncated, unreadable, from another
version) makes it a miss; the caller parses and the entry is rewritten atomically. The
cache is never fatal: a cache dir that cannot be written just means no cache.

`brokerquiz check` never uses it: a check always parses.
"""

from __future__ import annotations

import os
import pickle
import sys
import zlib
from pathlib import Path
from typing import Any

FORMAT = 1
CACHE_ENV = "BROKERQUIZ_CACHE_DIR"
MAX_ENTRIES = 32  # one per deck path; tests and experiments must not fill the disk
_SHAPING_MODULES = ("model.py", "deck.py", "yamlnodes.py", "cards.py", "deck_cache.py")
_HERE = Path(__file__).resolve().parent


def cache_dir() -> Path:
    """$BROKERQUIZ_CACHE_DIR, else the user cache dir (e.g. ~/.cache/brokerquiz/decks)."""
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_path  # deferred: only when a deck is opened

    return user_cache_path("brokerquiz", appauthor=False) / "decks"


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
    return (folder or cache_dir()) / f"{zlib.crc32(name):08x}{zlib.adler32(name):08x}.pickle"


def read(path: str | os.PathLike, folder: Path | None = None) -> tuple[Any, tuple] | None:
    """The cached (deck, cards) for the deck file at `path`, or None (a miss)."""
    key = cache_key(path)
    if key is None:
        return None
    try:
        with entry_path(path, folder).open("rb") as handle:
            # the key is a record of its own, read first: a stale entry's payload (maybe
            # classes of another version) is never unpickled
            if pickle.load(handle) != key:
                return None
            deck, cards = pickle.load(handle)
    except Exception:  # missing, truncated, corrupt or foreign: a miss, rewritten after parsing
        return None
    return deck, tuple(cards)


def write(path: str | os.PathLike, key: tuple | None, deck: Any, cards: tuple, folder: Path | None = None) -> bool:
    """Store (deck, cards) for `path` under `key` (taken before parsing); False if not written.

    Nothing is written when the deck file changed while it was parsed (its key moved on).
    The file is written under a temporary name and renamed, so a reader never sees half.
    """
    if key is None or cache_key(path) != key:
        return False
    target = entry_path(path, folder)
    temp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with temp.open("wb") as handle:
            pickle.dump(key, handle, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump((deck, tuple(cards)), handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temp, target)
    except Exception:  # read-only home, full disk, unpicklable deck: run without a cache
        try:
            temp.unlink()
        except OSError:
            pass
        return False
    _prune(target.parent, keep=target)
    return True


def _prune(folder: Path, keep: Path) -> None:
    """Drop the least recently written entries beyond MAX_ENTRIES."""
    try:
        entries = [p for p in folder.glob("*.pickle") if p != keep]
        if len(entries) < MAX_ENTRIES:
            return
        entries.sort(key=lambda p: p.stat().st_mtime_ns)
        for old in entries[: len(entries) - MAX_ENTRIES + 1]:
            old.unlink()
    except OSError:
        pass  # another process pruned first, or a file vanished: nothing to do
