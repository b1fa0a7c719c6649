"""The cards of a deck's comparison tables (fact, reverse, compare) and rating tables
(scenario, rating), one row at a time. Kinds and siblings: see core/deck/cards.py."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from . import rules as card_rules
from .. import card_ids
from .card_parts import DeckParts, card_tags, nuance_of, row_nuance
from ..model import RATING_EMOJI, RATINGS, Card, RatingRow, RatingTable, Row, Table

RATING_ORDER = list(RATINGS)


class _Row(NamedTuple):
    """One row of a table as its cards see it: keys, context and the subjects it has a cell for."""

    table: Table | RatingTable
    row: Row | RatingRow
    topic: str
    sibling: str
    context: tuple[str, ...]
    present: list[str]
    position: dict[str, int]  # subject key → its index among `present` (a choice's number)


def _rows(d: DeckParts, tables: tuple[Table, ...] | tuple[RatingTable, ...]) -> Iterator[_Row]:
    for table in tables:
        for row in table.rows:
            topic = card_ids.row_topic(table.key, row.key)
            present = [k for k in d.names if k in row.cells]
            yield _Row(
                table, row, topic, card_ids.row_sibling(d.deck.id, table.key, row.key), _context(d.deck.title, table.title, row.label), present,
                {k: i for i, k in enumerate(present)},  # dict, not list.index: 100s of subjects
            )


def table_cards(d: DeckParts) -> Iterator[Card]:
    """The fact, reverse and compare cards of every comparison table row."""
    for r in _rows(d, d.deck.tables):
        yield from _fact_cards(d, r)
        if r.row.reverse:
            yield from _reverse_cards(d, r)
        if len(r.present) > 1:
            yield _compare_card(d, r)


def _fact_cards(d: DeckParts, r: _Row) -> Iterator[Card]:
    """subject + row → the cell, for each subject with a cell in the row."""
    deck, p, _, names, _ = d
    table, row, topic, sibling, context, present, _ = r
    for subject in present:
        cell = row.cells[subject]
        nuance, source = nuance_of(cell.nuance or row.nuance)
        yield Card(
            id=card_ids.fact(deck.id, table.key, row.key, subject),
            deck=deck.id,
            kind="fact",
            front=p["fact"].format(subject=names[subject], row=row.label),
            back=cell.text,
            answers=cell.accept,
            context=context,
            nuance=nuance,
            source=source,
            tags=card_tags(deck, "fact", table=table.key, row=row.key, subject=subject),
            sibling=card_ids.cell_sibling(deck.id, table.key, row.key, subject),
            topic=topic,
            topic_label=row.label,
            subject=subject,
        )


def _reverse_cards(d: DeckParts, r: _Row) -> Iterator[Card]:
    """One card per distinct value of the row; every subject with that value is right.

    Its id takes the smallest subject key of the group, so reordering subjects keeps it.
    No card for a value that names its own subject or makes the same claim as another
    value of the row (card_rules.reverse_groups): "which one?" would have no fair answer.
    """
    deck, p, noun, names, subjects = d
    table, row, topic, sibling, context, present, position = r
    choices = tuple(names[k] for k in present)
    cells = {k: row.cells[k] for k in present}
    for same, skipped, _ in card_rules.reverse_groups(cells, subjects):
        if skipped:
            continue
        first = min(same)
        cell = row.cells[same[0]]
        nuance, source = row_nuance(row._replace(nuance=None), same, names, prefix=len(same) > 1)
        if nuance is None:
            nuance, source = nuance_of(row.nuance)
        yield Card(
            id=card_ids.reverse(deck.id, table.key, row.key, first),
            deck=deck.id,
            kind="reverse",
            front=p["reverse" if len(same) == 1 else "reverse_many"].format(
                noun=noun, row=row.label, value=cell.text
            ),
            back=", ".join(names[k] for k in same),
            choices=choices,
            correct=frozenset(position[k] for k in same),
            context=context,
            nuance=nuance,
            source=source,
            tags=card_tags(deck, "reverse", table=table.key, row=row.key, subject=first),
            sibling=card_ids.cell_sibling(deck.id, table.key, row.key, first),
            topic=topic,
            topic_label=row.label,
            subject=first,
        )


def _compare_card(d: DeckParts, r: _Row) -> Card:
    """row → every subject's value, graded part by part."""
    deck, p, _, names, _ = d
    table, row, topic, sibling, context, present, _ = r
    parts = tuple((names[k], row.cells[k].text) for k in present)
    nuance, source = row_nuance(row, present, names)
    return Card(
        id=card_ids.compare(deck.id, table.key, row.key),
        deck=deck.id,
        kind="compare",
        front=p["compare"].format(row=row.label, subjects=", ".join(names[k] for k in present)),
        back="\n".join(f"{label}: {text}" for label, text in parts),
        parts=parts,
        context=context,
        nuance=nuance,
        source=source,
        tags=card_tags(deck, "compare", table=table.key, row=row.key),
        sibling=sibling,
        topic=topic,
        topic_label=row.label,
    )


def rating_cards(d: DeckParts) -> Iterator[Card]:
    """The scenario and rating cards of every rating table row."""
    deck, p, noun, names, _ = d
    for table, row, topic, sibling, context, present, position in _rows(d, deck.ratings):
        explanation = "\n".join(
            p["explain_scenario"].format(subject=names[k], rating=row.cells[k].text) for k in present
        )
        all_nuance, all_sources = row_nuance(row, present, names)
        fits = [k for k in present if row.cells[k].fits and not row.cells[k].mixed]
        # may be picked: a 👍/⚠️ mix, and a ⚠️ or ❌ whose nuance disputes the sheet (RabbitMQ
        # streams do replay; share groups make Kafka a queue): current knowledge is not wrong
        mixed = [k for k in present if row.cells[k].mixed]
        disputed = [k for k in present if not row.cells[k].fits and row.cells[k].nuance]
        # "which fit?" when every subject fits tells nothing apart: the rating cards drill the row
        if present and len(fits) < len(present):
            yield Card(
                id=card_ids.scenario(deck.id, table.key, row.key),
                deck=deck.id,
                kind="scenario",
                front=p["scenario"].format(row=row.label, noun=noun),
                back=", ".join(names[k] for k in fits + mixed) or "—",
                choices=tuple(names[k] for k in present),
                correct=frozenset(position[k] for k in fits),
                optional=frozenset(position[k] for k in mixed + disputed),
                context=context,
                nuance=all_nuance,
                source=all_sources,
                explanation=explanation,
                tags=card_tags(deck, "scenario", table=table.key, row=row.key),
                sibling=sibling,
                topic=topic,
                topic_label=row.label,
            )
        for subject in present:
            cell = row.cells[subject]
            nuance, source = nuance_of(cell.nuance or row.nuance)
            accept = (cell.emoji, *(r for r in cell.rating))
            yield Card(
                id=card_ids.rating(deck.id, table.key, row.key, subject),
                deck=deck.id,
                kind="rating",
                front=p["rating"].format(subject=names[subject], row=row.label),
                back=cell.text,
                answers=accept if not cell.mixed else (cell.emoji,),
                choices=tuple(RATING_EMOJI.values()),
                correct=frozenset({RATING_ORDER.index(cell.rating[0])}),
                optional=frozenset(RATING_ORDER.index(r) for r in cell.rating[1:]),
                context=context,
                nuance=nuance,
                source=source,
                explanation=explanation,
                tags=card_tags(deck, "rating", table=table.key, row=row.key, subject=subject),
                sibling=card_ids.cell_sibling(deck.id, table.key, row.key, subject),
                topic=topic,
                topic_label=row.label,
                subject=subject,
            )


def _context(*parts: str) -> tuple[str, ...]:
    """Deck › table › row, without repeating a table titled like its deck."""
    shown: list[str] = []
    for part in parts:
        if not shown or part != shown[-1]:
            shown.append(part)
    return tuple(shown)
