"""Through the official `anki` library: each clause keeps its own Anki history when the deck
reorders its clauses, every export is newer to Anki than the earlier ones (any path, the same
second), and the reviews of an export made before clauses had their own notes still come back.
"""

from __future__ import annotations

import re
import zipfile
from datetime import timedelta
from pathlib import Path

import genanki
import pytest
from anki.collection import Collection
from click.testing import CliRunner
from conftest import FIXED_NOW, SMALL_DECK_YAML
from test_anki_export import import_apkg
from test_anki_roundtrip import anki_card, answer

from brokerquiz.cli import cli
from brokerquiz.core.export import anki as anki_export
from brokerquiz.core.deck.cards import generate_cards
from brokerquiz.core.deck.load import load_deck
from brokerquiz.core.store.facade import Store

T0 = FIXED_NOW - timedelta(days=10)
KAFKA, RABBIT = "small/cloze/pitch/kafka", "small/cloze/pitch/rabbitmq"
CLAUSES = "      kafka: Kafka for logs\n      rabbitmq: RabbitMQ for tasks\n"
SWAPPED = SMALL_DECK_YAML.replace(CLAUSES, "      rabbitmq: RabbitMQ for tasks\n      kafka: Kafka for logs\n")


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def blanked(col: Collection, cid: int) -> str:
    """The text Anki's card `cid` hides: the cloze of its ordinal in its note's Text."""
    card = col.get_card(cid)
    clozes = dict(re.findall(r"\{\{c(\d+)::(.*?)\}\}", card.note()["Text"]))
    return clozes[str(card.ord + 1)]


def deck_from(folder: Path, text: str):
    path = folder / "small.yaml"
    path.write_text(text, encoding="utf-8")
    deck = load_deck(path)
    return path, deck, generate_cards(deck)


def reviews_by_card(db: Path) -> dict[str, list[int]]:
    with Store.open(db) as store:
        rows = store.conn.execute(
            "SELECT card_id, rating FROM reviews WHERE mode = 'anki' ORDER BY reviewed_at"
        ).fetchall()
    found: dict[str, list[int]] = {}
    for card_id, rating in rows:
        found.setdefault(card_id, []).append(rating)
    return found


def test_the_swap_reorders_the_clause_cards(tmp_path):
    _, _, before = deck_from(tmp_path, SMALL_DECK_YAML)
    _, _, after = deck_from(tmp_path, SWAPPED)
    order = [[c.id for c in cards if c.kind == "cloze"] for cards in (before, after)]
    assert order == [[KAFKA, RABBIT], [RABBIT, KAFKA]]


def test_swapping_two_clauses_keeps_each_history_on_its_clause(tmp_path):
    db = tmp_path / "progress.db"
    _, deck, cards = deck_from(tmp_path, SMALL_DECK_YAML)
    with Store.open(db) as store:
        first = anki_export.export_anki(deck, cards, tmp_path / "v1.apkg", now=T0, reserve=store.next_anki_mod)
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        import_apkg(col, first.path)
        history = {anki_card(col, KAFKA): "Kafka for logs", anki_card(col, RABBIT): "RabbitMQ for tasks"}
        kafka_cid, rabbit_cid = history
        answer(col, kafka_cid, 1, T0 + timedelta(hours=1), 6000)  # Again on the Kafka clause
        answer(col, rabbit_cid, 4, T0 + timedelta(hours=2), 2000)  # Easy on the RabbitMQ clause
        assert all(blanked(col, cid) == text for cid, text in history.items())
        cards_before = col.card_count()

        deck_path, deck, cards = deck_from(tmp_path, SWAPPED)
        with Store.open(db) as store:  # another file, the same second: still newer to Anki
            second = anki_export.export_anki(deck, cards, tmp_path / "v2.apkg", now=T0, reserve=store.next_anki_mod)
        assert second.mod == first.mod + 1
        log = import_apkg(col, second.path)
        assert len(log.new) == 0 and len(log.updated) == col.note_count()
        assert col.card_count() == cards_before
        for cid, text in history.items():  # each Anki card still blanks the clause it was studied as
            assert blanked(col, cid) == text
            assert "[...]" in col.get_card(cid).question() and text not in col.get_card(cid).question()
        ratings = dict(col.db.all("select cid, ease from revlog"))
        assert ratings == {kafka_cid: 1, rabbit_cid: 4}
        colpkg = tmp_path / "phone.colpkg"
        col.export_collection_package(str(colpkg), include_media=False, legacy=False)
    finally:
        col.close()
    result = run("--db", str(db), "import", "anki", str(colpkg), "--deck", str(deck_path))
    assert result.exit_code == 0, result.output
    assert reviews_by_card(db) == {KAFKA: [1], RABBIT: [4]}


def test_every_export_is_newer_whatever_its_path(tmp_path):
    """The same second, another file name each time: the database keeps the mod time moving."""
    db = tmp_path / "progress.db"
    _, deck, cards = deck_from(tmp_path, SMALL_DECK_YAML)
    with Store.open(db) as store:
        mods = [
            anki_export.export_anki(deck, cards, tmp_path / f"e{i}.apkg", now=T0, reserve=store.next_anki_mod).mod
            for i in range(3)
        ]
        assert store.get_setting("anki_note_mod") == mods[-1]
    assert mods == [mods[0], mods[0] + 1, mods[0] + 2] and mods[0] == int(T0.timestamp())
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        import_apkg(col, tmp_path / "e1.apkg")
        _, edited, edited_cards = deck_from(tmp_path, SMALL_DECK_YAML.replace("RabbitMQ for tasks", "RabbitMQ for jobs"))
        with Store.open(db) as store:
            late = anki_export.export_anki(edited, edited_cards, tmp_path / "new-name.apkg", now=T0, reserve=store.next_anki_mod)
        import_apkg(col, late.path)
        note = col.get_note(col.db.scalar("select id from notes where guid = ?", genanki.guid_for(RABBIT)))
        assert note["Text"] == "Kafka for logs, {{c1::RabbitMQ for jobs}}."
    finally:
        col.close()


def apkg_mod(path: Path) -> int:
    return anki_export.previous_mod(path)


def test_cli_keeps_the_mod_time_in_the_database(tmp_path):
    deck_path, _, _ = deck_from(tmp_path, SMALL_DECK_YAML)
    db = tmp_path / "progress.db"
    for name in ("a.apkg", "b.apkg", "c.apkg"):  # well within one second, most of the time
        result = run("--db", str(db), "export", "anki", "--deck", str(deck_path), "-o", str(tmp_path / name))
        assert result.exit_code == 0, result.output
        assert result.stderr == ""
    mods = [apkg_mod(tmp_path / name) for name in ("a.apkg", "b.apkg", "c.apkg")]
    assert mods[0] < mods[1] < mods[2]
    with Store.open(db) as store:
        assert store.get_setting("anki_note_mod") == mods[2]


def test_cli_without_a_usable_database_exports_with_a_note(tmp_path):
    deck_path, _, _ = deck_from(tmp_path, SMALL_DECK_YAML)
    bad = tmp_path / "not-a-db"
    bad.write_text("hello", encoding="utf-8")
    target = tmp_path / "x.apkg"
    result = run("--db", str(bad), "export", "anki", "--deck", str(deck_path), "-o", str(target))
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("note: ") and "kept above the file replaced only" in result.stderr
    assert "Traceback" not in result.output
    assert bad.read_text(encoding="utf-8") == "hello"
    with zipfile.ZipFile(target) as archive:
        assert "collection.anki2" in archive.namelist()


def test_a_damaged_mod_time_setting_is_only_a_floor_of_zero(tmp_path):
    with Store.open(tmp_path / "progress.db") as store:
        store.set_setting("anki_note_mod", "garbage")
        assert store.next_anki_mod(100) == 100
        assert store.next_anki_mod(50) == 101


# --- exports made before clauses had their own notes ------------------------------------------


def legacy_apkg(deck, cards, path: Path, mod: int) -> None:
    """What `export anki` wrote before: one Cloze note per phrase with GUID guid_for("<deck>/
    cloze/<phrase>"), clause i (in clause order) as {{c<i+1>::}}; every other card a Basic note."""
    basic, cloze = anki_export.basic_model(deck), anki_export.cloze_model(deck)
    target = genanki.Deck(anki_export.stable_id("brokerquiz", deck.id, "deck"), "Small")
    phrase = next(c for c in cards if c.kind == "phrase")
    clauses = [c for c in cards if c.kind == "cloze"]
    for due, card in enumerate(cards):
        if card.kind != "cloze":
            target.add_note(anki_export.basic_note(basic, card, due))
    texts = dict(phrase.parts)
    text, placed = anki_export.cloze_text(phrase.back, [texts[c.id.rsplit("/", 1)[1]] for c in clauses])
    assert placed == [0, 1]
    guid = genanki.guid_for(phrase.id.replace("/phrase/", "/cloze/", 1))
    target.add_note(genanki.Note(model=cloze, fields=[text, "", ""], tags=["deck::small", "kind::cloze"], guid=guid))
    anki_export.write_apkg(genanki.Package([target]), path, mod)


@pytest.mark.parametrize("package", ["colpkg", "apkg"])
def test_an_export_from_before_still_brings_its_clause_reviews_back(tmp_path, package):
    deck_path, deck, cards = deck_from(tmp_path, SMALL_DECK_YAML)
    old = tmp_path / "old.apkg"
    legacy_apkg(deck, cards, old, int(T0.timestamp()))
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        import_apkg(col, old)
        note_id = col.db.scalar("select id from notes where guid = ?", genanki.guid_for("small/cloze/pitch"))
        by_ord = {card.ord: card.id for card in col.get_note(note_id).cards()}
        assert blanked(col, by_ord[1]) == "RabbitMQ for tasks"
        answer(col, by_ord[1], 3, T0 + timedelta(hours=1), 3000)  # Good on c2: the RabbitMQ clause
        answer(col, by_ord[0], 2, T0 + timedelta(hours=2), 4000)  # Hard on c1: the Kafka clause
        # the new export next to it: the clauses' own notes, studied too
        new = anki_export.export_anki(deck, cards, tmp_path / "new.apkg", now=T0 + timedelta(hours=3))
        import_apkg(col, new.path)
        answer(col, anki_card(col, RABBIT), 1, T0 + timedelta(hours=4), 5000)
        out = tmp_path / f"phone.{package}"
        if package == "colpkg":
            col.export_collection_package(str(out), include_media=False, legacy=False)
        else:
            from anki.collection import ExportAnkiPackageOptions

            options = ExportAnkiPackageOptions(with_scheduling=True, with_deck_configs=True, with_media=False)
            col.export_anki_package(out_path=str(out), options=options, limit=None)
    finally:
        col.close()
    db = tmp_path / "progress.db"
    result = run("--db", str(db), "import", "anki", str(out), "--deck", str(deck_path))
    assert result.exit_code == 0, result.output
    assert reviews_by_card(db) == {RABBIT: [3, 1], KAFKA: [2]}
    again = run("--db", str(db), "import", "anki", str(out), "--deck", str(deck_path))
    assert again.exit_code == 0 and reviews_by_card(db) == {RABBIT: [3, 1], KAFKA: [2]}


async def test_the_home_screens_export_keeps_the_mod_time_in_the_store_too(store, now, tmp_path):
    """e on home, twice, to two new files in the same (fixed) second: the second is newer."""
    from brokerquiz.core.clock import FakeClock
    from brokerquiz.tui.app import make_app
    from test_tui_export import SIZE, export_to

    app = make_app(store=store, clock=FakeClock(now), screen="home")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await export_to(pilot, tmp_path / "first.apkg")
        await export_to(pilot, tmp_path / "second.apkg")
    first, second = apkg_mod(tmp_path / "first.apkg"), apkg_mod(tmp_path / "second.apkg")
    assert first == int(now.timestamp()) and second == first + 1
    assert store.get_setting("anki_note_mod") == second
