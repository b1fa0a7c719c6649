"""Reading what Anki writes: a collection package (.colpkg), a deck package with scheduling
(.apkg), or a collection file itself (collection.anki2 in Anki's profile folder).

Only the standard library's sqlite3 and zipfile, and `zstandard` for the compressed
collection of current versions; the official `anki` package is never imported here.

How a package names its collection (rslib/src/import_export/package/meta.rs,
https://github.com/ankitects/anki/blob/main/rslib/src/import_export/package/meta.rs):
a `meta` member holds the protobuf PackageMetadata, whose field 1 is the version:
1 `collection.anki2`, 2 `collection.anki21`, 3 `collection.anki21b` (zstd-compressed);
any other value is a package "too new". Without `meta`, `collection.anki21` is read when
present, else `collection.anki2`. Anki reads collection schemas 11 to 18 (SCHEMA_MIN_VERSION,
SCHEMA_MAX_VERSION in https://github.com/ankitects/anki/blob/main/rslib/src/storage/upgrades/mod.rs),
and keeps an open collection in exclusive locking mode (`locking_mode`, in
https://github.com/ankitects/anki/blob/main/rslib/src/storage/sqlite.rs): another process reading
it gets "database is locked", said here as "Anki holds this collection open".
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ...errors import BrokerquizError
from ..translate import _

SQLITE_HEADER = b"SQLite format 3\x00"
ZIP_HEADER = b"PK\x03\x04"
COLLECTION_NAMES = {1: "collection.anki2", 2: "collection.anki21", 3: "collection.anki21b"}
ZSTD_VERSIONS = {3}
SCHEMA_MIN, SCHEMA_MAX = 11, 18
_TABLES = ("col", "notes", "cards", "revlog")


class AnkiPackageError(BrokerquizError):
    """A file that cannot be read as an Anki package or collection; the message names it."""


@dataclass(frozen=True)
class RevlogEntry:
    """One row of Anki's review log (rslib/src/revlog/mod.rs, RevlogEntry)."""

    id: int  # epoch milliseconds (UTC) of the answer, unique in its collection
    cid: int  # Anki's card id
    ease: int  # the button: 1 again .. 4 easy; 0 a manual reschedule or reset
    factor: int  # ease factor (or FSRS difficulty) after the answer; 0 on a reset
    taken_ms: int  # time taken to answer
    kind: int  # 0 learning, 1 review, 2 relearning, 3 filtered, 4 manual, 5 rescheduled


@dataclass(frozen=True)
class AnkiCollection:
    """What an import needs from a collection: every card's note GUID and ordinal, the log."""

    cards: dict[int, tuple[str, int]]  # Anki card id -> (note guid, card ordinal)
    note_tags: dict[str, str]  # note guid -> its tags, space-separated
    revlog: list[RevlogEntry]  # oldest first


def read_collection(path: str | Path) -> AnkiCollection:
    """The cards, notes and review log of the package or collection file at `path`.

    Raises AnkiPackageError (not a package, a newer package or schema, a collection Anki
    holds open, unreadable). Nothing is written anywhere but a temporary folder.
    """
    path = Path(path)
    if not path.is_file():
        raise AnkiPackageError(f"{path}: " + (_("is not a file") if path.exists() else _("no such file")))
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as e:
        raise AnkiPackageError(f"{path}: " + _("cannot read: {reason}").format(reason=e.strerror or e)) from None
    if header.startswith(ZIP_HEADER):
        with tempfile.TemporaryDirectory(prefix="brokerquiz-anki-") as folder:
            db = _extract_collection(path, Path(folder))
            return _read(path, _connect(db, immutable=True))
    if header == SQLITE_HEADER:
        return _read(path, _connect(path, immutable=False))
    raise AnkiPackageError(f"{path}: " + _("not an Anki package (.colpkg, .apkg) nor an Anki collection"))


def package_version(meta: bytes) -> int:
    """Field 1 (a varint) of the PackageMetadata protobuf; 0 (unknown) when it is absent."""
    at, version = 0, 0
    while at < len(meta):
        key, at = _varint(meta, at)
        if key & 7 == 0:  # a varint field
            value, at = _varint(meta, at)
            if key >> 3 == 1:
                version = value
        elif key & 7 == 2:  # a length-delimited field: skip it
            length, at = _varint(meta, at)
            at += length
        else:
            raise ValueError("unexpected protobuf wire type")
    return version


def _varint(data: bytes, at: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        if at >= len(data) or shift > 63:
            raise ValueError("truncated varint")
        byte = data[at]
        value |= (byte & 0x7F) << shift
        at, shift = at + 1, shift + 7
        if not byte & 0x80:
            return value, at


def _extract_collection(path: Path, folder: Path) -> Path:
    """The package's collection, decompressed into `folder`."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "meta" in names:
                try:
                    version = package_version(archive.read("meta"))
                except ValueError:
                    raise AnkiPackageError(f"{path}: " + _("not an Anki package (unreadable meta)")) from None
                if version not in COLLECTION_NAMES:
                    message = _("written by a newer Anki (package version {version}, this brokerquiz reads 1 to"
                                " {newest}); export it with 'Support older Anki versions' ticked, or upgrade brokerquiz")
                    raise AnkiPackageError(f"{path}: " + message.format(version=version, newest=max(COLLECTION_NAMES)))
            else:
                version = 2 if "collection.anki21" in names else 1
            name = COLLECTION_NAMES[version]
            if name not in names:
                raise AnkiPackageError(f"{path}: " + _("not an Anki package (no {name} inside)").format(name=name))
            target = folder / "collection.db"
            with archive.open(name) as source, target.open("wb") as out:
                if version in ZSTD_VERSIONS:
                    import zstandard  # only the compressed form needs it

                    zstandard.ZstdDecompressor().copy_stream(source, out)
                else:
                    shutil.copyfileobj(source, out)
            return target
    except AnkiPackageError:
        raise
    except zipfile.BadZipFile as e:
        raise AnkiPackageError(f"{path}: " + _("not an Anki package (not a readable zip: {error})").format(error=e)) from None
    except OSError as e:
        raise AnkiPackageError(f"{path}: " + _("cannot read: {reason}").format(reason=e.strerror or e)) from None
    except Exception as e:  # zstandard (imported lazily) cannot be named here; only its and zlib's errors are caught
        if type(e).__module__.split(".")[0] not in ("zstandard", "zlib"):
            raise
        raise AnkiPackageError(f"{path}: " + _("not an Anki package (damaged collection: {error})").format(error=e)) from None


def _connect(db: Path, *, immutable: bool) -> sqlite3.Connection:
    """Read-only; `immutable` for a private extracted copy (no locks, no -wal/-shm files)."""
    flags = "mode=ro&immutable=1" if immutable else "mode=ro"
    return sqlite3.connect(f"{db.resolve().as_uri()}?{flags}", uri=True, timeout=0)


def _read(path: Path, conn: sqlite3.Connection) -> AnkiCollection:
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not set(_TABLES) <= tables:
            missing = ", ".join(sorted(set(_TABLES) - tables))
            raise AnkiPackageError(f"{path}: " + _("not an Anki collection (no {tables} table)").format(tables=missing))
        (schema,) = conn.execute("SELECT ver FROM col").fetchone() or (None,)
        if not isinstance(schema, int) or schema < SCHEMA_MIN:
            message = _("not an Anki collection Anki still reads (schema {schema})").format(schema=schema)
            raise AnkiPackageError(f"{path}: " + message)
        if schema > SCHEMA_MAX:
            message = _("written by a newer Anki (collection schema {schema}, this brokerquiz reads {oldest} to"
                        " {newest}); upgrade brokerquiz").format(schema=schema, oldest=SCHEMA_MIN, newest=SCHEMA_MAX)
            raise AnkiPackageError(f"{path}: " + message)
        cards = {
            int(cid): (str(guid), int(ord_))
            for cid, guid, ord_ in conn.execute(
                "SELECT cards.id, notes.guid, cards.ord FROM cards JOIN notes ON notes.id = cards.nid"
            )
        }
        tags = {str(guid): str(tags or "") for guid, tags in conn.execute("SELECT guid, tags FROM notes")}
        revlog = [
            RevlogEntry(*(int(value or 0) for value in row))
            for row in conn.execute("SELECT id, cid, ease, factor, time, type FROM revlog ORDER BY id")
        ]
    except sqlite3.OperationalError as e:
        if "locked" in str(e) or "busy" in str(e):
            message = _("Anki holds this collection open; close Anki (or export a .colpkg) and try again")
            raise AnkiPackageError(f"{path}: " + message) from None
        raise AnkiPackageError(f"{path}: " + _("not a readable Anki collection ({error})").format(error=e)) from None
    except sqlite3.DatabaseError as e:
        raise AnkiPackageError(f"{path}: " + _("not a readable Anki collection ({error})").format(error=e)) from None
    finally:
        conn.close()
    return AnkiCollection(cards=cards, note_tags=tags, revlog=revlog)
