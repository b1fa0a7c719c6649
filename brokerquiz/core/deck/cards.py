"""Deck → cards: pure and deterministic. Every card id is built from keys, never from text.

Kinds:
  fact       subject + row → the cell
  reverse    row + value → which subject (every subject sharing the value is right)
  compare    row → every subject's value (graded part by part)
  scenario   rating row → which subjects fit (👍), several right answers
  rating     subject + scenario → its rating with the note
  use-case   list item → which subject
  takeaway   subject → its summary
  phrase     recite the whole phrase
  cloze      the phrase with one clause blanked
  follow-up  an interviewer's follow-up question → crisp answer

Siblings (`Card.sibling`, "not shown the same day") are the cards of one cell, so the
brokers of a row are studied side by side from day 1: fact, reverse and rating share their cell
(a reverse card: the cell of the smallest subject key holding its value); compare and scenario
are the row as a whole; phrase and cloze the phrase; the rest their own key. Ids, siblings and
topics are built by core/card_ids.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from . import rules as card_rules
from .. import card_ids
from ..card_ids import KINDS  # noqa: F401  (imported from here: cli, tests)
from .aliases import DeckAliases, subject_aliases  # noqa: F401  (imported from here: grader, screens)
from .prompts import prompts
from ..model import RATING_EMOJI, RATINGS, Card, Deck, Nuance, RatingRow, RatingTable, Row, Subject, Table

RATING_ORDER = list(RATINGS)
CLOZE_GAP = "[…]"


def _nuance(nuance: Nuance | None) -> tuple[str | None, str | None]:
    return (nuance.text, nuance.source) if nuance else (None, None)


def _row_nuance(row, keys: list[str], names: dict[str, str], *, prefix: bool = True) -> tuple[str | None, str | None]:
    """The note of a card about several cells of a row: the row's own nuance, then each cell's
    ("Subject: note" when `prefix`), with every source; so a compare, scenario or shared-value
    reverse card that drills an outdated cell carries its correction."""
    cells = [(k, row.cells[k].nuance) for k in keys if row.cells[k].nuance]
    text, source = _nuance(row.nuance)
    texts = [text, *((f"{names[k]}: {n.text}" if prefix else n.text) for k, n in cells)]
    sources = [source, *(n.source for _, n in cells)]
    return "\n".join(filter(None, texts)) or None, "; ".join(dict.fromkeys(filter(None, sources))) or None


def _tags(deck: Deck, kind: str, **keys: str | None) -> tuple[str, ...]:
    tags = [f"deck::{deck.id}", f"kind::{kind}"]
    tags += [f"{name}::{value}" for name, value in keys.items() if value]
    return tuple(tags)


class _Deck(NamedTuple):
    """What every kind's cards are built from: the deck, its prompts and its subjects by key."""

    deck: Deck
    p: dict[str, str]
    noun: str
    names: dict[str, str]
    subjects: dict[str, Subject]


def generate_cards(deck: Deck) -> list[Card]:
    """Every card of a deck, in a stable order (tables, ratings, lists, takeaways, phrases, follow-ups)."""
    p = prompts(deck.language)
    d = _Deck(deck, p, deck.subject_noun or p["noun"], {s.key: s.name for s in deck.subjects},
              {s.key: s for s in deck.subjects})
    return [
        *_table_cards(d),
        *_rating_cards(d),
        *_list_cards(d),
        *_takeaway_cards(d),
        *_phrase_cards(d),
        *_follow_up_cards(d),
    ]


class _Row(NamedTuple):
    """One row of a table as its cards see it: keys, context and the subjects it has a cell for."""

    table: Table | RatingTable
    row: Row | RatingRow
    topic: str
    sibling: str
    context: tuple[str, ...]
    present: list[str]
    position: dict[str, int]  # subject key → its index among `present` (a choice's number)


def _rows(d: _Deck, tables: tuple[Table, ...] | tuple[RatingTable, ...]) -> Iterator[_Row]:
    for table in tables:
        for row in table.rows:
            topic = card_ids.row_topic(table.key, row.key)
            present = [k for k in d.names if k in row.cells]
            yield _Row(
                table, row, topic, card_ids.row_sibling(d.deck.id, table.key, row.key), _context(d.deck.title, table.title, row.label), present,
                {k: i for i, k in enumerate(present)},  # dict, not list.index: 100s of subjects
            )


def _table_cards(d: _Deck) -> Iterator[Card]:
    """The fact, reverse and compare cards of every comparison table row."""
    for r in _rows(d, d.deck.tables):
        yield from _fact_cards(d, r)
        if r.row.reverse:
            yield from _reverse_cards(d, r)
        if len(r.present) > 1:
            yield _compare_card(d, r)


def _fact_cards(d: _Deck, r: _Row) -> Iterator[Card]:
    """subject + row → the cell, for each subject with a cell in the row."""
    deck, p, _, names, _ = d
    table, row, topic, sibling, context, present, _ = r
    for subject in present:
        cell = row.cells[subject]
        nuance, source = _nuance(cell.nuance or row.nuance)
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
            tags=_tags(deck, "fact", table=table.key, row=row.key, subject=subject),
            sibling=card_ids.cell_sibling(deck.id, table.key, row.key, subject),
            topic=topic,
            topic_label=row.label,
            subject=subject,
        )


def _reverse_cards(d: _Deck, r: _Row) -> Iterator[Card]:
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
        nuance, source = _row_nuance(row._replace(nuance=None), same, names, prefix=len(same) > 1)
        if nuance is None:
            nuance, source = _nuance(row.nuance)
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
            tags=_tags(deck, "reverse", table=table.key, row=row.key, subject=first),
            sibling=card_ids.cell_sibling(deck.id, table.key, row.key, first),
            topic=topic,
            topic_label=row.label,
            subject=first,
        )


def _compare_card(d: _Deck, r: _Row) -> Card:
    """row → every subject's value, graded part by part."""
    deck, p, _, names, _ = d
    table, row, topic, sibling, context, present, _ = r
    parts = tuple((names[k], row.cells[k].text) for k in present)
    nuance, source = _row_nuance(row, present, names)
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
        tags=_tags(deck, "compare", table=table.key, row=row.key),
        sibling=sibling,
        topic=topic,
        topic_label=row.label,
    )


def _rating_cards(d: _Deck) -> Iterator[Card]:
    """The scenario and rating cards of every rating table row."""
    deck, p, noun, names, _ = d
    for table, row, topic, sibling, context, present, position in _rows(d, deck.ratings):
        explanation = "\n".join(
            p["explain_scenario"].format(subject=names[k], rating=row.cells[k].text) for k in present
        )
        all_nuance, all_sources = _row_nuance(row, present, names)
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
                tags=_tags(deck, "scenario", table=table.key, row=row.key),
                sibling=sibling,
                topic=topic,
                topic_label=row.label,
            )
        for subject in present:
            cell = row.cells[subject]
            nuance, source = _nuance(cell.nuance or row.nuance)
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
                tags=_tags(deck, "rating", table=table.key, row=row.key, subject=subject),
                sibling=card_ids.cell_sibling(deck.id, table.key, row.key, subject),
                topic=topic,
                topic_label=row.label,
                subject=subject,
            )


def _list_cards(d: _Deck) -> Iterator[Card]:
    """The use-case cards: an item of a subject's list → which subject(s)."""
    deck, p, noun, names, subjects = d
    subject_names = tuple(s.name for s in deck.subjects)
    subject_index = {key: i for i, key in enumerate(names)}
    for lst in deck.lists:
        subjects_in_list = [k for k in names if k in lst.items]
        for subject in subjects_in_list:
            for item in lst.items[subject]:
                nuance, source = _nuance(item.nuance)
                right = [k for k in names if k == subject or k in item.also]
                # the item's text may name its own subject: masked, so the front does not answer itself
                text = card_rules.mask_names(item.text, (subjects[k] for k in right))
                yield Card(
                    id=card_ids.use_case(deck.id, lst.key, subject, item.key),
                    deck=deck.id,
                    kind="use-case",
                    front=p["use-case" if len(right) == 1 else "use-case_many"].format(
                        title=lst.title, item=text, noun=noun
                    ),
                    back=", ".join(names[k] for k in right),
                    choices=subject_names,
                    correct=frozenset(subject_index[k] for k in right),
                    answers=item.accept,
                    context=(deck.title, lst.title),
                    nuance=nuance,
                    source=source,
                    explanation=f"{names[subject]}: {item.text}",
                    tags=_tags(deck, "use-case", list=lst.key, subject=subject, item=item.key),
                    sibling=card_ids.item_sibling(deck.id, lst.key, subject, item.key),
                    topic=card_ids.list_topic(lst.key, subject),
                    topic_label=f"{lst.title}: {names[subject]}",
                    subject=subject,
                )


def _takeaway_cards(d: _Deck) -> Iterator[Card]:
    """The takeaway cards, one per subject that has one."""
    deck, p, _, names, _ = d
    takeaways_title = deck.takeaways_title or p["takeaways"]
    for subject in names:
        if subject not in deck.takeaways:
            continue
        cell = deck.takeaways[subject]
        nuance, source = _nuance(cell.nuance)
        yield Card(
            id=card_ids.takeaway(deck.id, subject),
            deck=deck.id,
            kind="takeaway",
            front=p["takeaway"].format(subject=names[subject], title=takeaways_title),
            back=cell.text,
            answers=cell.accept,
            context=(deck.title, takeaways_title, names[subject]),
            nuance=nuance,
            source=source,
            tags=_tags(deck, "takeaway", subject=subject),
            sibling=card_ids.takeaway(deck.id, subject),
            topic=card_ids.takeaway_topic(subject),
            topic_label=f"{takeaways_title}: {names[subject]}",
            subject=subject,
        )


def _phrase_cards(d: _Deck) -> Iterator[Card]:
    """The each phrase card, then a cloze card per clause."""
    deck, p = d.deck, d.p
    for phrase in deck.phrases:
        title = phrase.title or p["phrase_title"]
        nuance, source = _nuance(phrase.nuance)
        sibling = card_ids.phrase(deck.id, phrase.key)
        topic = card_ids.phrase_topic(phrase.key)
        yield Card(
            id=sibling,
            deck=deck.id,
            kind="phrase",
            front=p["phrase"].format(title=title),
            back=phrase.text,
            parts=tuple((c.key, c.text) for c in phrase.clauses),
            context=(deck.title, title),
            nuance=nuance,
            source=source,
            tags=_tags(deck, "phrase", phrase=phrase.key),
            sibling=sibling,
            topic=topic,
            topic_label=title,
        )
        for clause in phrase.clauses:
            yield Card(
                id=card_ids.cloze(deck.id, phrase.key, clause.key),
                deck=deck.id,
                kind="cloze",
                front=p["cloze"].format(title=title, text=phrase.text.replace(clause.text, CLOZE_GAP, 1)),
                back=clause.text,
                context=(deck.title, title),
                nuance=nuance,
                source=source,
                tags=_tags(deck, "cloze", phrase=phrase.key, clause=clause.key),
                sibling=sibling,
                topic=topic,
                topic_label=title,
            )


def _follow_up_cards(d: _Deck) -> Iterator[Card]:
    """The follow-up cards, in the deck's order."""
    deck, p = d.deck, d.p
    follow_title = p["follow_ups"]
    for follow in deck.follow_ups:
        topic = follow.topic or card_ids.follow_up_topic(follow.key)
        yield Card(
            id=card_ids.follow_up(deck.id, follow.key),
            deck=deck.id,
            kind="follow-up",
            front=follow.question,
            back=follow.answer,
            answers=follow.accept,
            context=(deck.title, follow_title),
            source=follow.source,
            tags=_tags(deck, "follow-up", item=follow.key)
            + tuple(f"subject::{s}" for s in follow.subjects),
            sibling=card_ids.follow_up(deck.id, follow.key),
            topic=topic,
            topic_label=_topic_label(deck, topic) or follow_title,
            subject=follow.subjects[0] if len(follow.subjects) == 1 else None,
        )


def _context(*parts: str) -> tuple[str, ...]:
    """Deck › table › row, without repeating a table titled like its deck."""
    shown: list[str] = []
    for part in parts:
        if not shown or part != shown[-1]:
            shown.append(part)
    return tuple(shown)


def _topic_label(deck: Deck, topic: str) -> str | None:
    table_key, row_key = card_ids.row_of_topic(topic)
    for table in (*deck.tables, *deck.ratings):
        if table.key == table_key:
            for row in table.rows:
                if row.key == row_key:
                    return row.label
    return None
