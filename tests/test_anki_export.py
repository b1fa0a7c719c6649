"""The .apkg export, checked by importing it with the official Anki library into a fresh collection."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

import genanki
import pytest
from anki.collection import Collection, ImportAnkiPackageRequest
from click.testing import CliRunner

from brokerquiz.cli import cli
from brokerquiz.core.export import anki as anki_export
from brokerquiz.core.export.anki import SUBDECKS, export_anki
from brokerquiz.core.deck.cards import generate_cards
from brokerquiz.core.files import ExportError
from brokerquiz.core.deck.load import load_deck

T1 = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)
TITLE = "Escapes & <tricks>"

DECK_YAML = f"""\
id: esc
title: {TITLE}
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
        redis:
          text: <1ms
          nuance:
            text: 99.9% ≤ 2 ms & 74% < 1 ms
            source: redis.io
      xss:
        label: Markup
        kafka: <script>alert(1)</script>
        redis: |-
          line one
          line two
ratings:
  scen:
    title: Scenarios
    rows:
      replay:
        label: Replay
        kafka: 👍 offsets
        redis: 👍/⚠️ limited by maxlen
lists:
  when:
    title: When to use
    kafka:
      analytics: Stream analytics
    redis:
      speed: Very fast queues
takeaways:
  title: Takeaways
  kafka: the durable log
  redis: the fast one
phrases:
  pitch:
    title: The pitch
    text: "Kafka for logs; Redis::Streams for <speed> {{{{c9::no}}}}."
    clauses:
      kafka: Kafka for logs
      redis: Redis::Streams for <speed>
follow_ups:
  zookeeper:
    question: Does Kafka still need ZooKeeper?
    answer: No, Kafka 4.0 runs on KRaft only.
    subjects: [kafka]
    source: KIP-500
"""


def import_apkg(col: Collection, path: Path):
    """Import as Anki's desktop dialog does by default (update notes only if newer)."""
    return col.import_anki_package(ImportAnkiPackageRequest(package_path=str(path))).log


def note_of(col: Collection, card_id: str):
    nid = col.db.scalar("select id from notes where guid = ?", genanki.guid_for(card_id))
    assert nid, f"no note with the guid of {card_id}"
    return col.get_note(nid)


def deck_of(col: Collection, note) -> str:
    return col.decks.name(note.cards()[0].did)


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("anki")
    deck_path = folder / "esc.yaml"
    deck_path.write_text(DECK_YAML, encoding="utf-8")
    deck = load_deck(deck_path)
    cards = generate_cards(deck)
    result = export_anki(deck, cards, folder / "esc.apkg", now=T1)
    return deck, cards, result


@pytest.fixture(scope="module")
def col(exported, tmp_path_factory):
    """One collection per module, with the package imported once."""
    collection = Collection(str(tmp_path_factory.mktemp("col") / "collection.anki2"))
    import_apkg(collection, exported[2].path)
    yield collection
    collection.close()


def test_one_anki_note_and_card_per_generated_card(exported, col):
    _, cards, result = exported
    assert col.card_count() == len(cards) == result.cards
    # every card is its own note, each clause too (its own Cloze note)
    assert col.note_count() == len(cards) == result.notes


def test_subdecks_by_kind(exported, col):
    _, cards, _ = exported
    expected = Counter(f"{TITLE}::{SUBDECKS[c.kind]}" for c in cards)
    found = Counter(col.decks.name(col.get_card(cid).did) for cid in col.find_cards(""))
    assert found == expected
    assert f"{TITLE}::08 Phrase" in found and f"{TITLE}::05 Ratings" in found


def test_subdecks_sort_in_study_order(exported, col):
    """Anki's default gather order takes subdecks alphabetically: facts first, as here."""
    _, cards, _ = exported
    names = sorted(name.split("::", 1)[1] for name in {col.decks.name(col.get_card(c).did) for c in col.find_cards("")})
    assert names == ["01 Facts", "02 Reverse", "03 Compare", "04 Scenarios", "05 Ratings", "06 Use cases",
                     "07 Takeaways", "08 Phrase", "09 Follow-ups"]
    in_card_order = list(dict.fromkeys(SUBDECKS[c.kind] for c in cards))  # the order cards are made
    assert in_card_order == sorted(in_card_order)


def test_cell_markup_stays_text(col):
    note = note_of(col, "esc/fact/perf/latency/redis")
    assert note.fields == [
        "Redis Streams — Latency?",
        "&lt;1ms",
        '<div class="nuance">99.9% ≤ 2 ms &amp; 74% &lt; 1 ms</div>',
        "Escapes &amp; &lt;tricks&gt; › Performance › Latency<br>redis.io",
    ]
    assert note.tags == ["deck::esc", "kind::fact", "row::latency", "subject::redis", "table::perf"]
    assert deck_of(col, note) == f"{TITLE}::01 Facts"

    script = note_of(col, "esc/fact/perf/xss/kafka")
    assert script["Back"] == "&lt;script&gt;alert(1)&lt;/script&gt;"
    answer = script.cards()[0].answer()
    assert "<script>" not in answer and "&lt;script&gt;alert(1)&lt;/script&gt;" in answer

    assert note_of(col, "esc/fact/perf/xss/redis")["Back"] == "line one<br>line two"


def test_multiple_choice_lists_numbered_choices_and_says_which_are_right(col):
    note = note_of(col, "esc/scenario/scen/replay")
    assert note.fields[0] == (
        "“Replay”: which subjects fit (👍)?"
        '<ol class="choices"><li>Kafka</li><li>Redis Streams</li></ol>'
    )
    assert note.fields[1] == (
        "Kafka, Redis Streams"
        '<div class="verdict">Right: 1. Kafka</div>'
        '<div class="verdict optional">Also accepted: 2. Redis Streams</div>'
    )
    assert note.fields[2].startswith('<div class="explanation">Kafka: 👍 offsets<br>Redis Streams: 👍/⚠️')
    assert deck_of(col, note) == f"{TITLE}::04 Scenarios"

    reverse = note_of(col, "esc/reverse/perf/latency/redis")
    assert reverse["Front"].startswith("Which subject? Latency: “&lt;1ms”<ol")
    assert reverse["Back"].endswith('<div class="verdict">Right: 2. Redis Streams</div>')


def test_each_clause_is_its_own_cloze_note(col):
    kafka, redis = note_of(col, "esc/cloze/pitch/kafka"), note_of(col, "esc/cloze/pitch/redis")
    # the literal {{c9::no}} and the clause's "::" must not make a cloze or a hint
    assert kafka["Text"] == (
        "{{c1::Kafka for logs}}; Redis::Streams for &lt;speed&gt; &#123;&#123;c9::no&#125;&#125;."
    )
    assert redis["Text"] == (
        "Kafka for logs; {{c1::Redis&#58;&#58;Streams for &lt;speed&gt;}} &#123;&#123;c9::no&#125;&#125;."
    )
    for note, clause in ((kafka, "kafka"), (redis, "redis")):
        assert [card.ord for card in note.cards()] == [0]
        assert note.tags == [f"clause::{clause}", "deck::esc", "kind::cloze", "phrase::pitch"]
        assert deck_of(col, note) == f"{TITLE}::08 Phrase"
    question = redis.cards()[0].question()
    assert "Redis::Streams for &lt;speed&gt;" not in question  # the clause is hidden on its card
    assert "Kafka for logs" in question
    assert not col.db.scalar("select count() from notes where guid = ?", genanki.guid_for("esc/cloze/pitch"))

    whole = note_of(col, "esc/phrase/pitch")
    assert whole["Back"] == "Kafka for logs; Redis::Streams for &lt;speed&gt; {{c9::no}}."
    assert deck_of(col, whole) == f"{TITLE}::08 Phrase"


def test_importing_the_same_file_again_adds_nothing(exported, col):
    before = (col.note_count(), col.card_count())
    log = import_apkg(col, exported[2].path)
    assert len(log.new) == 0
    assert (col.note_count(), col.card_count()) == before


def test_stylesheet_has_night_mode():
    css = anki_export.CSS
    assert ".nightMode" in css and ".night_mode" in css and "@media (max-width" in css


def test_ids_are_stable_and_in_genankis_range(exported):
    deck, cards, _ = exported
    first = anki_export.basic_model(deck).model_id
    # a new title keeps the ids: they come from the deck id only
    assert first == anki_export.basic_model(deck._replace(title="another title")).model_id
    assert 1 << 30 <= first < 1 << 31
    assert anki_export.cloze_model(deck).model_id != first
    assert anki_export.stable_id("a", "b") != anki_export.stable_id("a", "c")


def test_edited_reexport_updates_the_note_in_place_and_keeps_reviews(tmp_path):
    deck_path = tmp_path / "esc.yaml"
    deck_path.write_text(DECK_YAML, encoding="utf-8")
    deck = load_deck(deck_path)
    first = export_anki(deck, generate_cards(deck), tmp_path / "v1.apkg", now=T1)
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        import_apkg(col, first.path)
        note = note_of(col, "esc/fact/perf/latency/kafka")
        card = note.cards()[0]
        card.start_timer()
        col.sched.answerCard(card, 3)
        reviewed = col.get_card(card.id)
        assert reviewed.reps == 1
        scheduling = (reviewed.type, reviewed.queue, reviewed.due, reviewed.ivl, reviewed.reps)
        notes_before = col.note_count()

        deck_path.write_text(DECK_YAML.replace("kafka: a few ms", "kafka: a few <ms>"), encoding="utf-8")
        deck = load_deck(deck_path)
        second = export_anki(deck, generate_cards(deck), tmp_path / "v2.apkg", now=T1 + timedelta(minutes=5))
        assert second.mod > first.mod
        log = import_apkg(col, second.path)

        assert len(log.new) == 0 and len(log.updated) == notes_before
        assert col.note_count() == notes_before
        updated = note_of(col, "esc/fact/perf/latency/kafka")
        assert updated.id == note.id
        assert updated["Back"] == "a few &lt;ms&gt;"
        after = col.get_card(card.id)
        assert (after.type, after.queue, after.due, after.ivl, after.reps) == scheduling
        assert col.db.scalar("select count() from revlog where cid = ?", card.id) == 1
    finally:
        col.close()


def test_reexport_in_the_same_second_still_updates(tmp_path):
    """Anki takes an update only from a newer note: the mod time must move even if the clock did not."""
    deck_path = tmp_path / "esc.yaml"
    deck_path.write_text(DECK_YAML, encoding="utf-8")
    target = tmp_path / "esc.apkg"
    deck = load_deck(deck_path)
    first = export_anki(deck, generate_cards(deck), target, now=T1)
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        import_apkg(col, target)
        deck_path.write_text(DECK_YAML.replace("the fast one", "the quick one"), encoding="utf-8")
        deck = load_deck(deck_path)
        second = export_anki(deck, generate_cards(deck), target, now=T1, force=True)
        assert second.mod == first.mod + 1
        import_apkg(col, target)
        assert note_of(col, "esc/takeaway/redis")["Back"] == "the quick one"
    finally:
        col.close()


def test_missing_folder_is_an_error_and_writes_nothing(exported, tmp_path):
    deck, cards, _ = exported
    with pytest.raises(ExportError, match=r"cannot write .*/nope/x\.apkg: folder .*/nope does not exist"):
        export_anki(deck, cards, tmp_path / "nope" / "x.apkg", now=T1)
    assert not (tmp_path / "nope").exists()


# --- the command line -------------------------------------------------------------------------


@pytest.fixture
def deck_file(tmp_path) -> Path:
    path = tmp_path / "esc.yaml"
    path.write_text(DECK_YAML, encoding="utf-8")
    return path


def test_cli_default_file_name(deck_file, tmp_path, monkeypatch):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    result = CliRunner().invoke(cli, ["export", "anki", "--deck", str(deck_file)])
    assert result.exit_code == 0, result.output
    assert (work / "esc.apkg").is_file()
    count = len(generate_cards(load_deck(deck_file)))
    assert f"{count} Anki cards" in result.output
    with zipfile.ZipFile(work / "esc.apkg") as archive:
        assert "collection.anki2" in archive.namelist()


def test_cli_output_option(deck_file, tmp_path):
    target = tmp_path / "out" / "mine.apkg"
    target.parent.mkdir()
    result = CliRunner().invoke(cli, ["export", "anki", "--deck", str(deck_file), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.is_file() and sorted(p.name for p in target.parent.iterdir()) == ["mine.apkg"]


def test_cli_missing_folder(deck_file, tmp_path):
    target = tmp_path / "nope" / "x.apkg"
    result = CliRunner().invoke(cli, ["export", "anki", "--deck", str(deck_file), "-o", str(target)])
    assert result.exit_code == 1
    assert result.output.strip() == f"error: cannot write {target}: folder {target.parent} does not exist"
    assert "Traceback" not in result.output


def test_cli_output_is_a_folder(deck_file, tmp_path):
    result = CliRunner().invoke(cli, ["export", "anki", "--deck", str(deck_file), "-o", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.strip() == f"error: cannot write {tmp_path}: it is a folder"


def test_cli_bad_deck_is_a_located_message(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\ntitle: [\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["export", "anki", "--deck", str(bad), "-o", str(tmp_path / "x.apkg")])
    assert result.exit_code == 1
    assert result.output.startswith(f"{bad}:")
    assert not (tmp_path / "x.apkg").exists()


def test_cli_failure_midway_leaves_no_partial_file(deck_file, tmp_path, monkeypatch):
    target = tmp_path / "esc.apkg"
    target.write_bytes(b"the previous export")

    def broken(package, path, mod):
        Path(path).write_bytes(b"PK\x03\x04 half a zip")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(anki_export, "write_apkg", broken)
    result = CliRunner().invoke(cli, ["export", "anki", "--deck", str(deck_file), "-o", str(target), "--force"])
    assert result.exit_code == 1
    assert result.output.strip() == f"error: cannot write {target}: no space left on device"
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["esc.apkg", "esc.yaml"]


def test_cli_anki_to_stdout_is_refused(deck_file):
    result = CliRunner().invoke(cli, ["export", "anki", "--deck", str(deck_file), "-o", "-"])
    assert result.exit_code == 1
    assert "cannot go to stdout" in result.output


def test_export_does_not_import_textual(deck_file, tmp_path):
    script = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from brokerquiz.cli import cli\n"
        f"r = CliRunner().invoke(cli, ['export', 'anki', '--deck', {str(deck_file)!r}, '-o', {str(tmp_path / 'a.apkg')!r}])\n"
        "assert r.exit_code == 0, r.output\n"
        f"r = CliRunner().invoke(cli, ['export', 'csv', '--deck', {str(deck_file)!r}, '-o', '-'])\n"
        "assert r.exit_code == 0, r.output\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_overlapping_clauses_are_each_a_cloze_note(tmp_path):
    """Clauses that overlap each other still blank their own text: each is its own note."""
    text = DECK_YAML.replace("kafka: Kafka for logs\n", "kafka: Kafka for logs\n      both: logs; Redis\n")
    deck_path = tmp_path / "esc.yaml"
    deck_path.write_text(text, encoding="utf-8")
    deck = load_deck(deck_path)
    cards = generate_cards(deck)
    assert sum(c.kind == "cloze" for c in cards) == 3
    package, notes, anki_cards = anki_export.build_package(deck, cards)
    assert anki_cards == notes == len(cards)
    phrase_notes = [n for d in package.decks if d.name.endswith("::08 Phrase") for n in d.notes]
    assert [n.fields[0].count("{{c1::") for n in phrase_notes] == [0, 1, 1, 1]  # the phrase, 3 clauses
    assert "{{c1::logs; Redis}}" in phrase_notes[2].fields[0]
    assert anki_export.cloze_text("a b a", ["a", "b", "a b"]) == ("{{c1::a}} {{c2::b}} a", [0, 1])


def test_a_clause_the_phrase_does_not_hold_is_a_basic_note(exported):
    deck, cards, _ = exported
    clause = next(c for c in cards if c.id == "esc/cloze/pitch/kafka")
    phrase = next(c for c in cards if c.id == "esc/phrase/pitch")
    model = anki_export.cloze_model(deck)
    assert anki_export.clause_note(model, clause, phrase._replace(back="no such text"), 0) is None
    assert anki_export.clause_note(model, clause, None, 0) is None
    package, notes, _ = anki_export.build_package(deck, [c for c in cards if c.kind != "phrase"])
    lone = [n for d in package.decks for n in d.notes if n.guid == genanki.guid_for(clause.id)]
    assert [n.model.name for n in lone] == ["brokerquiz Basic (esc)"]
