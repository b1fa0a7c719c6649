"""The deck and card data model: plain frozen dataclasses, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field

RATINGS = ("good", "caution", "bad")
RATING_EMOJI = {"good": "👍", "caution": "⚠️", "bad": "❌"}


@dataclass(frozen=True)
class Nuance:
    """A note shown after answering: where the sheet is outdated or simplified."""

    text: str
    source: str | None = None


@dataclass(frozen=True)
class Subject:
    """One column of the deck: a broker, with the short names that also count."""

    key: str
    name: str
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Cell:
    """A comparison-table cell, a list item or a takeaway: text plus other right answers."""

    text: str
    accept: tuple[str, ...] = ()
    nuance: Nuance | None = None
    key: str = ""  # list items have their own key; cells are keyed by subject


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    cells: dict[str, Cell]  # subject key -> cell, in the deck's subject order
    nuance: Nuance | None = None


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class RatingCell:
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


@dataclass(frozen=True)
class RatingRow:
    key: str
    label: str
    cells: dict[str, RatingCell]
    nuance: Nuance | None = None


@dataclass(frozen=True)
class RatingTable:
    key: str
    title: str
    rows: tuple[RatingRow, ...]


@dataclass(frozen=True)
class SubjectList:
    """Per-subject bullet lists, such as 'when to use'."""

    key: str
    title: str
    items: dict[str, tuple[Cell, ...]]  # subject key -> items (each with its own key)


@dataclass(frozen=True)
class Clause:
    key: str
    text: str  # a verbatim part of the phrase


@dataclass(frozen=True)
class Phrase:
    key: str
    title: str
    text: str
    clauses: tuple[Clause, ...] = ()
    nuance: Nuance | None = None


@dataclass(frozen=True)
class FollowUp:
    """An interviewer's follow-up question with a crisp answer."""

    key: str
    question: str
    answer: str
    accept: tuple[str, ...] = ()
    source: str | None = None
    subjects: tuple[str, ...] = ()
    topic: str | None = None  # "table/row" this follow-up digs into


@dataclass(frozen=True)
class Deck:
    id: str
    title: str
    language: str
    subjects: tuple[Subject, ...]
    subject_noun: str = ""
    tables: tuple[Table, ...] = ()
    ratings: tuple[RatingTable, ...] = ()
    lists: tuple[SubjectList, ...] = ()
    takeaways: dict[str, Cell] = field(default_factory=dict)
    takeaways_title: str = ""
    phrases: tuple[Phrase, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()
    path: str | None = None

    def subject(self, key: str) -> Subject:
        for subject in self.subjects:
            if subject.key == key:
                return subject
        raise KeyError(key)


@dataclass(frozen=True)
class Card:
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
