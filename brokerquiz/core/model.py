"""The deck and card data model: immutable value types, no I/O.

They are `typing.NamedTuple`s, not frozen dataclasses: a dataclass compiles its generated
methods with `exec` when its class is created, which made importing this module cost about
15 ms of every start-up (a quarter of what `brokerquiz study` adds to a bare Textual app).
A NamedTuple is as immutable, hashable and comparable by value, and builds its class in a
fraction of that; `_replace(...)` stands in for `dataclasses.replace(...)`. Unlike a
dataclass, it is also a tuple: code here never relies on that (no unpacking, indexing or
comparing with plain tuples), and new code should not start to.
"""

from __future__ import annotations

from typing import NamedTuple

RATINGS = ("good", "caution", "bad")
RATING_EMOJI = {"good": "👍", "caution": "⚠️", "bad": "❌"}


class Nuance(NamedTuple):
    """A note shown after answering: where the sheet is outdated or simplified."""

    text: str
    source: str | None = None


class Subject(NamedTuple):
    """One column of the deck: a broker, with the short names that also count."""

    key: str
    name: str
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


class Cell(NamedTuple):
    """A comparison-table cell, a list item or a takeaway: text plus other right answers."""

    text: str
    accept: tuple[str, ...] = ()
    nuance: Nuance | None = None
    key: str = ""  # list items have their own key; cells are keyed by subject
    also: tuple[str, ...] = ()  # list items: other subject keys that are right answers too
    reverse: bool = True  # table cells: False when the author wants no "which subject?" card


class Row(NamedTuple):
    key: str
    label: str
    cells: dict[str, Cell]  # subject key -> cell, in the deck's subject order
    nuance: Nuance | None = None
    reverse: bool = True  # False: no "which subject?" cards for this row


class Table(NamedTuple):
    key: str
    title: str
    rows: tuple[Row, ...]


class RatingCell(NamedTuple):
    """A scenario cell: 'good', 'caution', 'bad' or a mix such as ('good', 'caution')."""

    rating: tuple[str, ...]
    note: str = ""
    nuance: Nuance | None = None

    @property
    def fits(self) -> bool:
        return self.rating[0] == "good"

    @property
    def mixed(self) -> bool:
        return len(self.rating) > 1

    @property
    def emoji(self) -> str:
        return "/".join(RATING_EMOJI[r] for r in self.rating)

    @property
    def text(self) -> str:
        if not self.note:
            return self.emoji
        joiner = "" if self.note[0] in ",;:" else " "
        return f"{self.emoji}{joiner}{self.note}"


class RatingRow(NamedTuple):
    key: str
    label: str
    cells: dict[str, RatingCell]
    nuance: Nuance | None = None


class RatingTable(NamedTuple):
    key: str
    title: str
    rows: tuple[RatingRow, ...]


class SubjectList(NamedTuple):
    """Per-subject bullet lists, such as 'when to use'."""

    key: str
    title: str
    items: dict[str, tuple[Cell, ...]]  # subject key -> items (each with its own key)


class Clause(NamedTuple):
    key: str
    text: str  # a verbatim part of the phrase


class Phrase(NamedTuple):
    key: str
    title: str
    text: str
    clauses: tuple[Clause, ...] = ()
    nuance: Nuance | None = None


class FollowUp(NamedTuple):
    """An interviewer's follow-up question with a crisp answer."""

    key: str
    question: str
    answer: str
    accept: tuple[str, ...] = ()
    source: str | None = None
    subjects: tuple[str, ...] = ()
    topic: str | None = None  # "table/row" this follow-up digs into


class DeckGlossary(NamedTuple):
    """A deck's `glossary:`: terms (spellings meaning the same), opposite groups
    (group -> ((value, spellings), ...)) and one-way implications ((the implying term's spellings,
    the implied term's spellings), ...) the grader adds to its shipped glossary."""

    terms: tuple[tuple[str, ...], ...] = ()
    opposites: tuple[tuple[str, tuple[tuple[str, tuple[str, ...]], ...]], ...] = ()
    implies: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()


class DeckDefault(NamedTuple):
    """One entry of a deck's `defaults:`: a setting's documented default, as the grader's own
    data/defaults.yaml gives them, optionally held by one subject only (its display name)."""

    setting: tuple[str, ...]  # its spellings, the first the name the verdict shows
    default: str  # a figure with an optional unit, or one of `values` by its first spelling; "" with no_default
    source: str  # the full URL of the page that says so
    values: tuple[tuple[str, ...], ...] = ()  # named values, each its spellings
    no_default: bool = False  # the setting has no default: any default said of it is wrong
    since: str = ""  # the release from which a default that changed holds
    subject: str = ""  # the subject (display name) it holds for; "" for every subject
    values_name_it: bool = False  # a value said with a default word names the setting by itself


class Deck(NamedTuple):
    id: str
    title: str
    language: str
    subjects: tuple[Subject, ...]
    subject_noun: str = ""
    tables: tuple[Table, ...] = ()
    ratings: tuple[RatingTable, ...] = ()
    lists: tuple[SubjectList, ...] = ()
    takeaways: dict[str, Cell] = {}  # shared by decks without takeaways: never mutated
    takeaways_title: str = ""
    phrases: tuple[Phrase, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()
    path: str | None = None
    glossary: DeckGlossary | None = None  # the grader's extra terms and opposite groups
    pair: str = ""  # the deck id (or path) of the same deck in another language, same keys
    defaults: tuple[DeckDefault, ...] = ()  # documented defaults the grader adds to its own

    def subject(self, key: str) -> Subject:
        for subject in self.subjects:
            if subject.key == key:
                return subject
        raise KeyError(key)


class Card(NamedTuple):
    """One generated card. `id` is built from the deck's keys only, never from text."""

    id: str
    deck: str
    kind: str
    front: str
    back: str
    choices: tuple[str, ...] | None = None
    correct: frozenset[int] = frozenset()  # indexes into choices that must be picked
    optional: frozenset[int] = frozenset()  # indexes that may be picked or not (mixed ratings)
    answers: tuple[str, ...] = ()  # other accepted typed answers
    parts: tuple[tuple[str, str], ...] = ()  # (label, expected) for answers graded part by part
    context: tuple[str, ...] = ()  # deck title, table title, row label
    nuance: str | None = None
    source: str | None = None
    tags: tuple[str, ...] = ()
    sibling: str = ""  # cards sharing this key are not shown on the same day
    topic: str = ""  # "table/row" key used for focus and per-topic scores
    topic_label: str = ""
    subject: str | None = None
    explanation: str | None = None  # shown after answering (e.g. every broker's rating)

    @property
    def is_choice(self) -> bool:
        return self.choices is not None

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "deck": self.deck,
            "kind": self.kind,
            "front": self.front,
            "back": self.back,
            "choices": list(self.choices) if self.choices is not None else None,
            "correct": sorted(self.correct) if self.choices is not None else None,
            "optional": sorted(self.optional) if self.optional else [],
            "answers": list(self.answers),
            "context": list(self.context),
            "nuance": self.nuance,
            "source": self.source,
            "explanation": self.explanation,
            "topic": self.topic,
            "subject": self.subject,
            "tags": list(self.tags),
        }
