"""The shipped deck teaches the cheat sheet verbatim, and adds sourced notes where it is outdated.

The cheat sheet is read from tests/fixtures/brokers-cheatsheet.ru.md (a copy of the seed), with a
small Markdown reader written here, so a deck edit that drops or rewords a cell fails a test.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from brokerquiz.core.deck.rules import mask_names
from brokerquiz.core.deck.cards import generate_cards
from brokerquiz.core.deck.load import load_deck

ROOT = Path(__file__).resolve().parents[1]
SHEET = Path(__file__).parent / "fixtures" / "brokers-cheatsheet.ru.md"
DECK = ROOT / "decks" / "message-brokers.yaml"

# column header on the sheet → subject key in the deck
SUBJECT_OF = {
    "Kafka": "kafka",
    "RabbitMQ": "rabbitmq",
    "Redis Streams": "redis",
    "NATS Streaming / JetStream": "nats",
    "NATS Streaming": "nats",
}


def _unbold(text: str) -> str:
    return re.sub(r"\*\*(.+?)\*\*", r"\1", text).strip()


def _tables(lines: list[str]) -> list[list[list[str]]]:
    """Every Markdown table as rows of stripped cells (separator rows dropped)."""
    tables, current = [], []
    for line in lines + [""]:
        if line.startswith("|"):
            cells = [_unbold(c) for c in line.strip().strip("|").split("|")]
            if not all(set(c) <= set("-: ") for c in cells):
                current.append(cells)
        elif current:
            tables.append(current)
            current = []
    return tables


def read_sheet(path: Path) -> dict:
    lines = path.read_text(encoding="utf-8").splitlines()
    tables = _tables(lines)
    bullets: dict[str, list[str]] = {}
    heading = None
    for line in lines:
        if line.startswith("### "):
            heading = SUBJECT_OF[_unbold(line[4:])]
        elif line.startswith("# "):
            heading = None
        elif heading and line.startswith("* "):
            bullets.setdefault(heading, []).append(line[2:].strip())
    takeaways = {}
    for line in lines:
        match = re.match(r"^\d+\. \*\*(.+?)\*\* = (.+)$", line)
        if match:
            takeaways[SUBJECT_OF[match.group(1)]] = match.group(2).strip()
    phrase = next(line[2:].strip() for line in lines if line.startswith("> "))
    titles = [re.sub(r"^#+ \W*", "", line).strip() for line in lines if line.startswith("# ")]
    return {"tables": tables, "bullets": bullets, "takeaways": takeaways, "phrase": phrase, "titles": titles}


@pytest.fixture(scope="module")
def sheet() -> dict:
    return read_sheet(SHEET)


@pytest.fixture(scope="module")
def deck():
    return load_deck(DECK)


@pytest.fixture(scope="module")
def cards_by_id(deck) -> dict:
    return {card.id: card for card in generate_cards(deck)}


def _grid(table: list[list[str]]) -> dict[tuple[str, str], str]:
    """(row label, subject key) → cell text."""
    header = [SUBJECT_OF[h] for h in table[0][1:]]
    return {(row[0], subject): cell for row in table[1:] for subject, cell in zip(header, row[1:])}


def test_sheet_reader_finds_everything(sheet):
    # guards the reader itself: 12×4 comparison cells, 6×4 ratings, 13 bullets, 4 takeaways
    comparison, ratings = sheet["tables"]
    assert len(_grid(comparison)) == 48
    assert len(_grid(ratings)) == 24
    assert sum(len(items) for items in sheet["bullets"].values()) == 13
    assert set(sheet["takeaways"]) == {"kafka", "rabbitmq", "redis", "nats"}
    assert sheet["phrase"].startswith("«Выбор брокера")


def test_every_comparison_cell_is_in_the_deck_verbatim_and_becomes_a_fact_card(sheet, deck, cards_by_id):
    table = deck.tables[0]
    rows = {row.label: row for row in table.rows}
    grid = _grid(sheet["tables"][0])
    assert set(rows) == {label for label, _ in grid}
    for (label, subject), text in grid.items():
        row = rows[label]
        assert row.cells[subject].text == text, (label, subject)
        card = cards_by_id[f"{deck.id}/fact/{table.key}/{row.key}/{subject}"]
        assert card.back == text


def test_every_rating_cell_keeps_its_emoji_and_note_and_becomes_a_rating_card(sheet, deck, cards_by_id):
    table = deck.ratings[0]
    rows = {row.label: row for row in table.rows}
    grid = _grid(sheet["tables"][1])
    assert set(rows) == {label for label, _ in grid}
    for (label, subject), text in grid.items():
        row = rows[label]
        assert row.cells[subject].text == text, (label, subject)
        card = cards_by_id[f"{deck.id}/rating/{table.key}/{row.key}/{subject}"]
        assert card.back == text
    for row in table.rows:
        every_one_fits = all(cell.fits and not cell.mixed for cell in row.cells.values())
        # "which fit?" is asked only where it tells brokers apart (pub-sub: all four 👍)
        assert (f"{deck.id}/scenario/{table.key}/{row.key}" in cards_by_id) is not every_one_fits, row.key


def test_every_bullet_becomes_a_use_case_card(sheet, deck, cards_by_id):
    (when,) = deck.lists
    for subject, bullets in sheet["bullets"].items():
        items = when.items[subject]
        assert [item.text for item in items] == bullets
        for item in items:
            card = cards_by_id[f"{deck.id}/use-case/{when.key}/{subject}/{item.key}"]
            # the bullet verbatim, but for its own broker's name ("… stack" for "Redis stack")
            assert mask_names(item.text, [deck.subject(subject)]) in card.front
            assert deck.subject(subject).name in card.back.split(", ")


def test_every_takeaway_becomes_a_takeaway_card(sheet, deck, cards_by_id):
    for subject, text in sheet["takeaways"].items():
        assert deck.takeaways[subject].text == text
        assert cards_by_id[f"{deck.id}/takeaway/{subject}"].back == text


def test_the_phrase_becomes_a_phrase_card_and_a_cloze_per_clause(sheet, deck, cards_by_id):
    (phrase,) = deck.phrases
    assert phrase.text == sheet["phrase"]
    assert cards_by_id[f"{deck.id}/phrase/{phrase.key}"].back == sheet["phrase"]
    rest = phrase.text
    for clause in phrase.clauses:
        cloze = cards_by_id[f"{deck.id}/cloze/{phrase.key}/{clause.key}"]
        assert cloze.back == clause.text
        assert clause.text not in cloze.front
        rest = rest.replace(clause.text, "")
    # the clauses cover the whole phrase: only quotes and punctuation are left
    assert set(rest) <= set("«».,: ")


def test_section_titles_come_from_the_sheet(sheet, deck):
    titles = sheet["titles"]
    assert deck.title == titles[0]
    assert deck.tables[0].title == titles[0]
    assert deck.lists[0].title in titles[1]
    assert deck.ratings[0].title in titles[2]
    assert deck.takeaways_title in titles[3]


@pytest.mark.parametrize(
    "where, words",
    [
        (("comparison", "complexity", "kafka"), ["ZooKeeper", "KRaft", "4.0"]),
        (("comparison", "replay", "rabbitmq"), ["streams", "x-stream-offset"]),
        (("comparison", "transactions", "nats"), ["Nats-Msg-Id"]),
        (("comparison", "delivery", "nats"), ["Nats-Msg-Id", "at-least-once"]),
    ],
)
def test_outdated_cells_carry_a_sourced_nuance(deck, where, words):
    table_key, row_key, subject = where
    (table,) = [t for t in deck.tables if t.key == table_key]
    (row,) = [r for r in table.rows if r.key == row_key]
    nuance = row.cells[subject].nuance
    assert nuance is not None and nuance.source
    for word in words:
        assert word in nuance.text


def test_nats_streaming_end_of_life_is_noted_with_a_source(deck, cards_by_id):
    nuance = deck.takeaways["nats"].nuance
    assert nuance is not None and nuance.source
    assert "end-of-life" in nuance.text and "JetStream" in nuance.text
    card = cards_by_id[f"{deck.id}/takeaway/nats"]
    assert card.nuance == nuance.text and card.source == nuance.source


def test_rabbitmq_replay_rating_notes_streams(deck):
    (row,) = [r for r in deck.ratings[0].rows if r.key == "replay"]
    nuance = row.cells["rabbitmq"].nuance
    assert nuance is not None and nuance.source and "streams" in nuance.text


def test_every_nuance_has_a_source(deck):
    nuances = [c.nuance for t in deck.tables for r in t.rows for c in r.cells.values()]
    nuances += [c.nuance for t in deck.ratings for r in t.rows for c in r.cells.values()]
    nuances += [i.nuance for lst in deck.lists for items in lst.items.values() for i in items]
    nuances += [c.nuance for c in deck.takeaways.values()]
    nuances = [n for n in nuances if n]
    assert len(nuances) >= 20
    assert all(n.source for n in nuances)


@pytest.mark.parametrize("path", sorted((ROOT / "decks").glob("*.yaml")), ids=lambda p: p.name)
def test_every_shipped_deck_passes_check_with_unique_ids(path):
    deck = load_deck(path)
    cards = generate_cards(deck)
    assert len({card.id for card in cards}) == len(cards) > 100
