"""Reviews done in Anki come back: our .apkg studied with the official `anki` library's own
scheduler, exported as .colpkg and as .apkg with scheduling, then `brokerquiz import anki`.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import genanki
import pytest
from anki.collection import Collection, ExportAnkiPackageOptions
from anki.scheduler.v3 import CardAnswer
from click.testing import CliRunner
from conftest import FIXED_NOW, SMALL_DECK_YAML
from test_anki_export import import_apkg

from brokerquiz.cli import cli
from brokerquiz.core.export.anki import export_anki
from brokerquiz.core.deck.cards import generate_cards
from brokerquiz.core.deck.load import load_deck
from brokerquiz.core.scheduler import Scheduler
from brokerquiz.core.store.facade import Store

DAY = timedelta(days=1)
T0 = FIXED_NOW - 10 * DAY  # the first answers in Anki
FACT = "small/fact/basics/model/kafka"
CLAUSE = "small/cloze/pitch/rabbitmq"  # the phrase's second clause: its own Cloze note
REVERSE_ID_PART = "/reverse/"
BUTTONS = {1: CardAnswer.AGAIN, 2: CardAnswer.HARD, 3: CardAnswer.GOOD, 4: CardAnswer.EASY}


def ms(at: datetime) -> int:
    return int(at.timestamp() * 1000)


def anki_card(col: Collection, card_id: str) -> int:
    """The Anki card of one of our cards: the one card of the note with its GUID (a clause too)."""
    cid = col.db.scalar(
        "select cards.id from cards join notes on notes.id = cards.nid where guid = ? and ord = 0",
        genanki.guid_for(card_id),
    )
    assert cid, card_id
    return cid


def answer(col: Collection, cid: int, rating: int, at: datetime, taken_ms: int) -> None:
    """Answer as Anki's reviewer does (its own v3 scheduler), at the given time."""
    card = col.get_card(cid)
    card.start_timer()
    states = col._backend.get_scheduling_states(cid)
    reply = col.sched.build_answer(card=card, states=states, rating=BUTTONS[rating])
    reply.answered_at_millis = ms(at)
    reply.milliseconds_taken = taken_ms
    col.sched.answer_card(reply)


@pytest.fixture(scope="module")
def studied(tmp_path_factory):
    """Our deck exported, imported into a fresh collection, studied, exported both ways."""
    folder = tmp_path_factory.mktemp("phone")
    deck_path = folder / "small.yaml"
    deck_path.write_text(SMALL_DECK_YAML, encoding="utf-8")
    deck = load_deck(deck_path)
    cards = generate_cards(deck)
    reverse = next(c.id for c in cards if REVERSE_ID_PART in c.id)
    export_anki(deck, cards, folder / "small.apkg", now=T0 - DAY)
    col = Collection(str(folder / "collection.anki2"))
    import_apkg(col, folder / "small.apkg")
    # what the learner did on the phone: (our card, rating, time, milliseconds taken)
    done = [
        (FACT, 1, T0, 7000),
        (FACT, 3, T0 + DAY, 5000),
        (CLAUSE, 3, T0 + 2 * DAY, 4000),
        (reverse, 4, T0 + 3 * DAY, 3000),
    ]
    for card_id, rating, at, taken in done:
        answer(col, anki_card(col, card_id), rating, at, taken)
    expected = {ms(at): (card_id, rating, taken) for card_id, rating, at, taken in done}
    assert len(col.db.list("select id from revlog")) == len(done)
    colpkg, apkg = folder / "phone.colpkg", folder / "phone.apkg"
    col.export_anki_package(
        out_path=str(apkg),
        options=ExportAnkiPackageOptions(with_scheduling=True, with_deck_configs=True, with_media=False),
        limit=None,
    )
    col.export_collection_package(str(colpkg), include_media=False, legacy=False)
    col.close()
    return {"deck": deck_path, "colpkg": colpkg, "apkg": apkg, "expected": expected, "reverse": reverse}


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def anki_reviews(db: Path) -> dict[int, tuple[str, int, int]]:
    with Store.open(db) as store:
        rows = store.conn.execute(
            "SELECT anki_id, card_id, rating, duration_ms, reviewed_at, mode FROM reviews WHERE anki_id IS NOT NULL"
        ).fetchall()
    for anki_id, _card, _rating, _ms, at, mode in rows:
        assert mode == "anki"
        assert datetime.fromisoformat(at) == datetime.fromtimestamp(anki_id / 1000, tz=timezone.utc)
    return {anki_id: (card, rating, taken) for anki_id, card, rating, taken, _at, _mode in rows}


@pytest.mark.parametrize("package", ["colpkg", "apkg"])
def test_exactly_the_anki_reviews_come_back_once(studied, package, tmp_path):
    db = tmp_path / "progress.db"
    first = run("--db", str(db), "import", "anki", str(studied[package]), "--deck", str(studied["deck"]))
    assert first.exit_code == 0, first.output
    assert f"4 reviews added from Anki (small 4); 3 cards rescheduled" in first.output
    assert anki_reviews(db) == studied["expected"]

    again = run("--db", str(db), "import", "anki", str(studied[package]), "--deck", str(studied["deck"]))
    assert again.exit_code == 0, again.output
    assert "0 reviews added from Anki" in again.output
    assert "4 already imported" in again.output
    assert anki_reviews(db) == studied["expected"]


def test_the_apkg_after_the_colpkg_adds_nothing(studied, tmp_path):
    db = tmp_path / "progress.db"
    run("--db", str(db), "import", "anki", str(studied["colpkg"]), "--deck", str(studied["deck"]))
    second = run("--db", str(db), "import", "anki", str(studied["apkg"]), "--deck", str(studied["deck"]))
    assert "0 reviews added" in second.output and "4 already imported" in second.output


def test_due_dates_follow_from_the_merged_history(studied, tmp_path):
    """A review done in brokerquiz between the two Anki answers of FACT is replayed in its place."""
    db = tmp_path / "progress.db"
    deck = load_deck(studied["deck"])
    with Store.open(db) as store:
        store.sync_cards(deck.id, generate_cards(deck))
        store.record_review(FACT, 2, T0 + DAY / 2, mode="study")  # at the desk, before the import
    result = run("--db", str(db), "import", "anki", str(studied["colpkg"]), "--deck", str(studied["deck"]))
    assert result.exit_code == 0, result.output

    fsrs = Scheduler()
    state, _ = fsrs.review(None, 1, T0)  # Anki: Again
    state, _ = fsrs.review(state, 2, T0 + DAY / 2)  # brokerquiz: Hard
    state, fact_due = fsrs.review(state, 3, T0 + DAY)  # Anki: Good
    _, clause_due = fsrs.review(None, 3, T0 + 2 * DAY)
    _, reverse_due = fsrs.review(None, 4, T0 + 3 * DAY)
    with Store.open(db) as store:
        states = store.card_states([FACT, CLAUSE, studied["reverse"]])
        fact_reviews = store.reviews(FACT)
        figures = store.stats(deck.id, FIXED_NOW)
    assert states[FACT]["due"] == fact_due
    assert states[FACT]["reps"] == 3
    assert states[CLAUSE]["due"] == clause_due
    assert states[studied["reverse"]]["due"] == reverse_due
    # every review's saved state is the state just before it, in time order
    in_time = sorted(fact_reviews, key=lambda r: r["reviewed_at"])
    assert [json.loads(r["state_before"])["reps"] for r in in_time] == [0, 1, 2]
    assert figures.by_source == {"brokerquiz": 1, "anki": 4}
    assert figures.seen == 3


def test_stats_shows_reviews_by_source(studied, tmp_path):
    db = tmp_path / "progress.db"
    run("--db", str(db), "import", "anki", str(studied["apkg"]), "--deck", str(studied["deck"]))
    text = run("--db", str(db), "stats", "--deck", str(studied["deck"]))
    assert "Reviews         4 (brokerquiz 0, Anki 4)" in text.output
    figures = json.loads(run("--db", str(db), "stats", "--deck", str(studied["deck"]), "--json").output)
    assert figures["by_source"] == {"brokerquiz": 0, "anki": 4}


def test_notes_that_are_not_ours_are_ignored_and_named(studied, tmp_path):
    """Without --deck the default deck is synced: the small deck's notes are not known."""
    db = tmp_path / "progress.db"
    result = run("--db", str(db), "import", "anki", str(studied["colpkg"]))
    assert result.exit_code == 0, result.output
    assert "0 reviews added" in result.output
    assert "not from brokerquiz (or from a deck not synced): ignored" in result.output
    assert "notes of deck(s) small that this database has not seen: add --deck small" in result.output


def test_cards_the_deck_no_longer_has_keep_their_anki_history(studied, tmp_path):
    """The deck lost the row of FACT after the export: its card is archived, yet its Anki
    reviews come back to it, and the report says so."""
    edited = tmp_path / "small.yaml"
    text = studied["deck"].read_text(encoding="utf-8")
    start = text.index("      model:")
    text = text[:start] + text[text.index("      delivery:"):]
    edited.write_text(text.replace("topic: basics/model", "topic: basics/delivery"), encoding="utf-8")
    db = tmp_path / "progress.db"
    original = load_deck(studied["deck"])
    with Store.open(db) as store:
        store.sync_cards(original.id, generate_cards(original))  # studied before the edit
    result = run("--db", str(db), "import", "anki", str(studied["colpkg"]), "--deck", str(edited))
    assert result.exit_code == 0, result.output
    gone = {c.id for c in generate_cards(original)} - {c.id for c in generate_cards(load_deck(edited))}
    assert FACT in gone
    assert f"{len(gone)} card" in result.output and "the current deck no longer has: kept archived" in result.output
    with Store.open(db) as store:
        state = store.card_states([FACT])[FACT]
        assert state["archived"] and state["reps"] == 2
        assert [r["rating"] for r in store.reviews(FACT)] == [1, 3]
