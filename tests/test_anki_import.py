"""`brokerquiz import anki`: reading packages, what the review log means, the merge and its replay,
the schema migration, and files that are refused with nothing changed."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import zipfile
from datetime import timedelta
from pathlib import Path

import genanki
import pytest
import zstandard
from anki.collection import Collection
from click.testing import CliRunner
from conftest import FIXED_NOW, SMALL_DECK_YAML
from test_anki_export import import_apkg

from brokerquiz.cli import cli
from brokerquiz.core.store import anki as store_anki
from brokerquiz.core.export.anki import export_anki
from brokerquiz.core.importer.anki import note_keys, plan_import
from brokerquiz.core.importer.anki_package import AnkiCollection, RevlogEntry, read_collection
from brokerquiz.core.deck.cards import generate_cards
from brokerquiz.core.deck.load import load_deck
from brokerquiz.core.store.replay import Event, replay
from brokerquiz.core.scheduler import Scheduler
from brokerquiz.core.store.facade import Store
from brokerquiz.core.store.anki import AnkiReset, AnkiReview
from brokerquiz.core.store.schema import MIGRATIONS, SCHEMA_VERSION

from schema_versions import back_to_schema_2

FACT = "small/fact/basics/model/kafka"
OTHER = "small/fact/basics/model/rabbitmq"
AT = FIXED_NOW - timedelta(days=5)


def ms(days: float) -> int:
    return int((AT + timedelta(days=days)).timestamp() * 1000)


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """The small deck, its cards, its .apkg and a collection package of it (no reviews)."""
    folder = tmp_path_factory.mktemp("small")
    deck_path = folder / "small.yaml"
    deck_path.write_text(SMALL_DECK_YAML, encoding="utf-8")
    deck = load_deck(deck_path)
    cards = generate_cards(deck)
    apkg = export_anki(deck, cards, folder / "small.apkg", now=AT).path
    col = Collection(str(folder / "collection.anki2"))
    import_apkg(col, apkg)
    col.export_collection_package(str(folder / "small.colpkg"), include_media=False, legacy=False)
    col.close()
    col = Collection(str(folder / "collection.anki2"))  # reopened: export closed it
    col.export_collection_package(str(folder / "legacy.colpkg"), include_media=False, legacy=True)
    col.close()
    return {"deck": deck_path, "cards": cards, "apkg": apkg, "colpkg": folder / "small.colpkg",
            "legacy": folder / "legacy.colpkg", "collection": folder / "collection.anki2"}


def db_digest(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


# --------------------------------------------------------------------------- reading packages


@pytest.mark.parametrize("name", ["apkg", "colpkg", "legacy", "collection"])
def test_every_form_anki_writes_is_read(small, name):
    """genanki's collection.anki2, current anki21b (zstd), legacy anki21, a collection file."""
    collection = read_collection(small[name])
    assert len(collection.cards) == len(small["cards"])
    keys = note_keys((c.id, c.kind, i, False) for i, c in enumerate(small["cards"]))
    assert {keys[key] for key in collection.cards.values()} == {c.id for c in small["cards"]}


def test_legacy_package_is_anki21_without_zstd(small):
    with zipfile.ZipFile(small["legacy"]) as archive:
        assert "collection.anki21" in archive.namelist()


def repack(source: Path, target: Path, *, meta: bytes | None = None, schema: int | None = None) -> Path:
    """A copy of a current package with another meta, or another collection schema."""
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    if schema is not None:
        db = target.with_suffix(".db")
        db.write_bytes(zstandard.ZstdDecompressor().decompressobj().decompress(members["collection.anki21b"]))
        conn = sqlite3.connect(db)
        conn.execute("PRAGMA journal_mode = delete")
        conn.execute("UPDATE col SET ver = ?", [schema])
        conn.commit()
        conn.close()
        members["collection.anki21b"] = zstandard.ZstdCompressor().compress(db.read_bytes())
    if meta is not None:
        members["meta"] = meta
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return target


@pytest.fixture
def progress(small, tmp_path):
    """A progress database with the small deck synced and one review; its digest before."""
    db = tmp_path / "progress.db"
    with Store.open(db) as store:
        store.sync_cards("small", small["cards"])
        store.record_review(FACT, 3, AT)
    return db


def refused(db: Path, path: Path, small) -> str:
    before = db_digest(db)
    result = run("--db", str(db), "import", "anki", str(path), "--deck", str(small["deck"]))
    assert result.exit_code == 1
    assert db_digest(db) == before
    assert "Traceback" not in result.output
    return result.output


def test_not_a_package_is_refused(small, progress, tmp_path):
    text = tmp_path / "notes.colpkg"
    text.write_text("hello", encoding="utf-8")
    out = refused(progress, text, small)
    assert out.strip() == f"error: {text}: not an Anki package (.colpkg, .apkg) nor an Anki collection"


def test_a_zip_without_a_collection_is_refused(small, progress, tmp_path):
    other = tmp_path / "photos.apkg"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("a.jpg", b"x")
    assert "not an Anki package (no collection.anki2 inside)" in refused(progress, other, small)


def test_a_newer_package_version_is_refused(small, progress, tmp_path):
    newer = repack(small["colpkg"], tmp_path / "newer.colpkg", meta=b"\x08\x04")
    assert "written by a newer Anki (package version 4" in refused(progress, newer, small)


def test_a_newer_collection_schema_is_refused(small, progress, tmp_path):
    newer = repack(small["colpkg"], tmp_path / "schema.colpkg", schema=19)
    assert "written by a newer Anki (collection schema 19, this brokerquiz reads 11 to 18)" in refused(
        progress, newer, small
    )


def test_a_damaged_collection_is_refused(small, progress, tmp_path):
    with zipfile.ZipFile(small["colpkg"]) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["collection.anki21b"] = members["collection.anki21b"][:200]
    broken = tmp_path / "broken.colpkg"
    with zipfile.ZipFile(broken, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    assert f"error: {broken}: " in refused(progress, broken, small)


HOLD = """\
import sys
from anki.collection import Collection
col = Collection(sys.argv[1])
col.db.scalar("select count() from cards")
print("ready", flush=True)
sys.stdin.read()
col.close()
"""


def test_a_collection_anki_holds_open_is_refused(small, progress, tmp_path):
    """Anki keeps its collection in exclusive locking mode; the lock is per process, so Anki
    runs in a child process here, as it would on the desktop."""
    path = tmp_path / "collection.anki2"
    anki = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert anki.stdout.readline().strip() == "ready"
        out = refused(progress, path, small)
    finally:
        anki.stdin.close()
        anki.wait(timeout=30)
    assert "Anki holds this collection open; close Anki" in out
    assert read_collection(path).revlog == []  # Anki closed: readable


def test_missing_file_writes_no_database(tmp_path):
    db = tmp_path / "new.db"
    result = run("--db", str(db), "import", "anki", str(tmp_path / "nope.colpkg"))
    assert result.exit_code == 1
    assert "no such file" in result.output
    assert not db.exists()


# --------------------------------------------------------------------------- the review log


def collection_of(cards: list[tuple[str, int]], revlog: list[RevlogEntry], tags: dict | None = None) -> AnkiCollection:
    """Anki cards 1, 2, ... with the given (note guid, ordinal)."""
    return AnkiCollection(
        cards={i + 1: key for i, key in enumerate(cards)},
        note_tags=tags or {guid: "" for guid, _ in cards},
        revlog=revlog,
    )


def test_the_log_means_what_anki_says():
    ours = [(FACT, "fact", 0, False), ("small/cloze/pitch/kafka", "cloze", 5, False),
            ("small/cloze/pitch/rabbitmq", "cloze", 6, False)]
    cloze_guid = genanki.guid_for("small/cloze/pitch")
    collection = collection_of(
        [(genanki.guid_for(FACT), 0), (cloze_guid, 1), ("foreign-guid", 0)],
        [
            RevlogEntry(ms(0), 1, 1, 0, 7000, 0),  # Again while learning
            RevlogEntry(ms(1), 1, 4, 2500, 3000, 1),  # Easy, a review
            RevlogEntry(ms(2), 1, 3, 0, 2000, 3),  # filtered deck, not rescheduling: cramming
            RevlogEntry(ms(3), 1, 0, 2500, 0, 4),  # Set due date: not an answer
            RevlogEntry(ms(4), 1, 0, 2500, 0, 5),  # rescheduled by FSRS: not an answer
            RevlogEntry(ms(5), 1, 0, 0, 0, 4),  # Forget
            RevlogEntry(ms(6), 2, 2, 0, 1000, 0),  # Hard on the second clause
            RevlogEntry(ms(7), 3, 3, 0, 1000, 0),  # not our card
        ],
        tags={genanki.guid_for(FACT): "deck::small kind::fact", cloze_guid: "", "foreign-guid": " deck::mine kind::fact other ",
              "plain": "deck::french",  # a tag of the user's own: no kind:: beside it
              "gone": "deck::small kind::fact"},  # a card the small deck no longer makes
    )
    plan = plan_import(collection, ours)
    assert plan.reviews == [
        AnkiReview(FACT, ms(0), 1, 7000, True),
        AnkiReview(FACT, ms(1), 4, 3000, True),
        AnkiReview(FACT, ms(2), 3, 2000, False),
        AnkiReview("small/cloze/pitch/rabbitmq", ms(6), 2, 1000, True),
    ]
    assert plan.resets == [AnkiReset(FACT, ms(5))]
    assert plan.reschedules == 2
    assert (plan.notes, plan.ours, plan.other_decks, plan.stale) == (5, 2, ("mine",), 1)


def test_archived_cards_match_and_are_reported():
    ours = [(FACT, "fact", 0, True)]
    plan = plan_import(collection_of([(genanki.guid_for(FACT), 0)], [RevlogEntry(ms(0), 1, 3, 0, 1, 0)]), ours)
    assert plan.archived == (FACT,) and len(plan.reviews) == 1


# --------------------------------------------------------------------------- merge and replay


def test_replay_gives_what_answering_in_order_gave(small, tmp_path):
    """The replay of a history equals the state record_review left, lapses and leech included."""
    ratings = [3, 3, 1, 1, 3, 1, 4]
    with Store.open(tmp_path / "a.db") as store:
        store.sync_cards("small", small["cards"])
        store.set_setting("leech_lapses", 2)
        for i, rating in enumerate(ratings):
            store.record_review(FACT, rating, AT + timedelta(days=i * 3))
        expected = store.conn.execute("SELECT * FROM cards WHERE id = ?", [FACT]).fetchone()
        # given newest first: the replay takes them in time order
        events = [Event(AT + timedelta(days=i * 3), r, key=i) for i, r in enumerate(ratings)][::-1]
        state, before = replay(events, store.scheduler(), 2)
        store_anki.replay_card(store.conn, FACT, store.scheduler(), 2)
        replayed = store.conn.execute("SELECT * FROM cards WHERE id = ?", [FACT]).fetchone()
    assert replayed == expected
    assert state["lapses"] >= 2 and state["leech"] == 1
    assert [b["reps"] for _, b in sorted(before.items())] == list(range(len(ratings)))


def test_a_reset_makes_the_card_new_and_later_answers_start_over():
    fsrs = Scheduler()
    state, _ = replay([Event(AT, 3), Event(AT + timedelta(days=2), 1), Event(AT + timedelta(days=3), None),
                       Event(AT + timedelta(days=4), 4)], fsrs, 8)
    fresh, _ = fsrs.review(None, 4, AT + timedelta(days=4))
    assert (state["stability"], state["due"]) == (fresh["stability"], fresh["due"])
    assert state["reps"] == 3  # Anki keeps the counts unless asked to reset them


def test_merge_adds_once_and_replays_with_our_own_reviews(small, progress):
    reviews = [AnkiReview(FACT, ms(-1), 1, 5000, True), AnkiReview(FACT, ms(2), 3, 4000, True)]
    with Store.open(progress) as store:
        first = store.merge_anki(reviews)
        second = store.merge_anki(reviews)
        rows = store.reviews(FACT)
        state = store.card_states([FACT])[FACT]
        figures = store.stats("small", FIXED_NOW)
    assert (sum(first.added.values()), first.updated) == (2, (FACT,))
    assert (sum(second.added.values()), second.already, second.updated) == (0, 2, ())
    fsrs = Scheduler()
    s, _ = fsrs.review(None, 1, AT - timedelta(days=1))  # Anki, before our own review
    s, _ = fsrs.review(s, 3, AT)  # ours
    _, due = fsrs.review(s, 3, AT + timedelta(days=2))  # Anki
    assert state["due"] == due and state["reps"] == 3
    assert [r["mode"] for r in rows] == ["study", "anki", "anki"]
    assert [r["duration_ms"] for r in rows[1:]] == [5000, 4000]
    assert figures.by_source == {"brokerquiz": 1, "anki": 2}


def test_a_failure_during_the_merge_changes_nothing(small, progress, monkeypatch):
    before = db_digest(progress)

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store_anki, "replay_card", broken)
    with Store.open(progress) as store, pytest.raises(RuntimeError):
        store.merge_anki([AnkiReview(FACT, ms(1), 3, 1, True)], [AnkiReset(OTHER, ms(2))])
    assert db_digest(progress) == before


# --------------------------------------------------------------------------- schema and CLI


def test_a_version_1_database_is_migrated_and_keeps_its_reviews(small, tmp_path):
    db = tmp_path / "old.db"
    with Store.open(db) as store:
        store.sync_cards("small", small["cards"])
        store.record_review(FACT, 3, AT)
    conn = sqlite3.connect(db)  # back to schema 1, as an older brokerquiz left it
    back_to_schema_2(conn)
    conn.execute("DROP INDEX idx_reviews_anki")
    conn.execute("DROP TABLE anki_resets")
    conn.execute("ALTER TABLE reviews DROP COLUMN anki_id")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    assert SCHEMA_VERSION >= 2 and 2 in MIGRATIONS
    with Store.open(db) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert [r["anki_id"] for r in store.reviews(FACT)] == [None]
        assert store.stats("small", FIXED_NOW).by_source == {"brokerquiz": 1, "anki": 0}


def test_import_sheet_is_still_the_default(tmp_path):
    sheet = Path(__file__).parent / "fixtures" / "brokers-cheatsheet.ru.md"
    out = tmp_path / "deck.yaml"
    short = run("import", str(sheet), "-o", str(out))
    assert short.exit_code == 0 and out.exists(), short.output
    spelled = run("import", "sheet", str(sheet), "-o", str(tmp_path / "again.yaml"))
    assert spelled.exit_code == 0, spelled.output
    assert out.read_text(encoding="utf-8") == (tmp_path / "again.yaml").read_text(encoding="utf-8")


def test_import_anki_does_not_import_textual(small, tmp_path):
    code = (
        "import sys\nfrom brokerquiz.cli import main\nsys.argv = ['brokerquiz', '--db', sys.argv[1], 'import', 'anki',"
        " sys.argv[2], '--deck', sys.argv[3]]\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
        "assert 'textual' not in sys.modules and 'rich' not in sys.modules and 'anki' not in sys.modules\nprint('clean')"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "p.db"), str(small["colpkg"]), str(small["deck"])],
        capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("clean")


def test_without_deck_the_shipped_decks_the_notes_name_are_synced(tmp_path):
    """An export of the English deck, brought back without --deck: its cards are matched."""
    apkg = tmp_path / "en.apkg"
    assert run("export", "anki", "--deck", "message-brokers-en", "-o", str(apkg)).exit_code == 0
    db = tmp_path / "p.db"
    result = run("--db", str(db), "import", "anki", str(apkg))
    assert result.exit_code == 0, result.output
    assert "ignored" not in result.output and "has not seen" not in result.output
    assert "Include scheduling information" in result.output  # our own export holds no reviews
    with Store.open(db) as store:
        decks = {row[0] for row in store.conn.execute("SELECT DISTINCT deck FROM cards")}
    assert decks == {"message-brokers-en"}
