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
topics are built by core/card_ids.py; the table and rating-table kinds in core/deck/row_cards.py.
"""

from __future__ import annotations

from collections.abc import Iterator

from . import rules as card_rules
from .. import card_ids
from ..card_ids import KINDS  # noqa: F401  (imported from here: cli, tests)
from .aliases import DeckAliases, subject_aliases  # noqa: F401  (imported from here: grader, screens)
from .card_parts import DeckParts, card_tags, nuance_of
from .prompts import prompts
from .row_cards import rating_cards, table_cards
from ..model import Card, Deck

CLOZE_GAP = "[…]"


def generate_cards(deck: Deck) -> list[Card]:
    """Every card of a deck, in a stable order (tables, ratings, lists, takeaways, phrases, follow-ups)."""
    p = prompts(deck.language)
    d = DeckParts(deck, p, deck.subject_noun or p["noun"], {s.key: s.name for s in deck.subjects},
                  {s.key: s for s in deck.subjects})
    return [
        *table_cards(d),
        *rating_cards(d),
        *_list_cards(d),
        *_takeaway_cards(d),
        *_phrase_cards(d),
        *_follow_up_cards(d),
    ]


def _list_cards(d: DeckParts) -> Iterator[Card]:
    """The use-case cards: an item of a subject's list → which subject(s)."""
    deck, p, noun, names, subjects = d
    subject_names = tuple(s.name for s in deck.subjects)
    subject_index = {key: i for i, key in enumerate(names)}
    for lst in deck.lists:
        subjects_in_list = [k for k in names if k in lst.items]
        for subject in subjects_in_list:
            for item in lst.items[subject]:
                nuance, source = nuance_of(item.nuance)
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
                    tags=card_tags(deck, "use-case", list=lst.key, subject=subject, item=item.key),
                    sibling=card_ids.item_sibling(deck.id, lst.key, subject, item.key),
                    topic=card_ids.list_topic(lst.key, subject),
                    topic_label=f"{lst.title}: {names[subject]}",
                    subject=subject,
                )


def _takeaway_cards(d: DeckParts) -> Iterator[Card]:
    """The takeaway cards, one per subject that has one."""
    deck, p, _, names, _ = d
    takeaways_title = deck.takeaways_title or p["takeaways"]
    for subject in names:
        if subject not in deck.takeaways:
            continue
        cell = deck.takeaways[subject]
        nuance, source = nuance_of(cell.nuance)
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
            tags=card_tags(deck, "takeaway", subject=subject),
            sibling=card_ids.takeaway(deck.id, subject),
            topic=card_ids.takeaway_topic(subject),
            topic_label=f"{takeaways_title}: {names[subject]}",
            subject=subject,
        )


def _phrase_cards(d: DeckParts) -> Iterator[Card]:
    """The each phrase card, then a cloze card per clause."""
    deck, p = d.deck, d.p
    for phrase in deck.phrases:
        title = phrase.title or p["phrase_title"]
        nuance, source = nuance_of(phrase.nuance)
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
            tags=card_tags(deck, "phrase", phrase=phrase.key),
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
                tags=card_tags(deck, "cloze", phrase=phrase.key, clause=clause.key),
                sibling=sibling,
                topic=topic,
                topic_label=title,
            )


def _follow_up_cards(d: DeckParts) -> Iterator[Card]:
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
            tags=card_tags(deck, "follow-up", item=follow.key)
            + tuple(f"subject::{s}" for s in follow.subjects),
            sibling=card_ids.follow_up(deck.id, follow.key),
            topic=topic,
            topic_label=_topic_label(deck, topic) or follow_title,
            subject=follow.subjects[0] if len(follow.subjects) == 1 else None,
        )



def _topic_label(deck: Deck, topic: str) -> str | None:
    table_key, row_key = card_ids.row_of_topic(topic)
    for table in (*deck.tables, *deck.ratings):
        if table.key == table_key:
            for row in table.rows:
                if row.key == row_key:
                    return row.label
    return None
