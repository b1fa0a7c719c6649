"""Learners' progress is keyed by card ids: every shipped and fixture deck keeps the exact ids
(and siblings, and the card ids an interview question points at) it had before card_ids.py.

tests/fixtures/card_ids.json was written by the code that formatted ids in place (commit 9ee311d);
regenerate it only for a deliberate, migrated change: `python tests/test_card_ids_frozen.py`.
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

import pytest

from brokerquiz.core.deck.cards import generate_cards
from brokerquiz.core.deck.load import load_deck
from brokerquiz.core.sessions.interview.pick import _candidates
from brokerquiz.core.sessions.interview.questions import (
    card_question,
    compare_question,
    scenario_question,
    use_question,
)

ROOT = Path(__file__).resolve().parents[1]
FROZEN = ROOT / "tests" / "fixtures" / "card_ids.json"
DECKS = sorted((ROOT / "decks").glob("*.yaml")) + sorted((ROOT / "tests" / "fixtures" / "decks").glob("*.yaml"))


def _question_ids(deck, cards) -> list[list]:
    """Every question an interview can build from the deck: its key and the ids it points at."""
    pool = _candidates(deck, cards)
    questions = []
    for _, (table_key, row_key), _ in pool["compare"]:
        row = next(r for t in deck.tables if t.key == table_key for r in t.rows if r.key == row_key)
        questions.append(compare_question(deck, table_key, row_key, list(row.cells)))
    scenarios = pool["scenario"]
    for _, (table_key, row_key), _ in scenarios:
        questions.append(scenario_question(deck, table_key, [row_key]))
    for (_, (ta, ra), _), (_, (tb, rb), _) in itertools.combinations(scenarios, 2):
        if ta == tb:
            questions.append(scenario_question(deck, ta, [ra, rb]))
    for _, args, _ in pool["use"]:
        questions.append(use_question(deck, *args))
    for kind in ("follow-up", "phrase"):
        for _, (card,), _ in pool[kind]:
            questions.append(card_question(card, kind, deck.language))
    return [
        [q.key, list(q.card_ids), [list(p.card_ids) for p in q.parts]]
        for q in questions
        if q is not None
    ]


def snapshot(path: Path) -> dict:
    deck = load_deck(path)
    cards = generate_cards(deck)
    return {
        "cards": [[c.id, c.kind, c.sibling] for c in cards],
        "candidates": {kind: [[key, list(ids)] for key, _, ids in entries] for kind, entries in _candidates(deck, cards).items()},
        "questions": _question_ids(deck, cards),
    }


def current() -> dict:
    return {path.relative_to(ROOT).as_posix(): snapshot(path) for path in DECKS}


@pytest.fixture(scope="module")
def frozen() -> dict:
    return json.loads(FROZEN.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", DECKS, ids=lambda p: p.name)
def test_every_deck_keeps_its_ids_byte_for_byte(path, frozen):
    name = path.relative_to(ROOT).as_posix()
    assert name in frozen, f"{name} has no frozen ids: regenerate the fixture"
    now = snapshot(path)
    for section in ("cards", "candidates", "questions"):
        assert now[section] == frozen[name][section], f"{name}: {section} changed"


def test_the_fixture_covers_every_deck_and_every_kind(frozen):
    assert set(frozen) == {p.relative_to(ROOT).as_posix() for p in DECKS}
    kinds = {kind for deck in frozen.values() for _, kind, _ in deck["cards"]}
    from brokerquiz.core.deck.cards import KINDS

    assert kinds == set(KINDS)


if __name__ == "__main__":
    FROZEN.write_text(json.dumps(current(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {FROZEN}", file=sys.stderr)
