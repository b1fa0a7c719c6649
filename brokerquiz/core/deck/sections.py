"""The section readers of a deck: subjects, tables, rating tables, lists, takeaways, phrases and
follow-ups, and the cells they are made of. `SectionReader` records every problem on the way and
builds the model pieces; load.py's reader puts them together into the Deck.
"""

from __future__ import annotations

import re

from .. import card_ids
from ..model import (
    RATINGS,
    Cell,
    Clause,
    FollowUp,
    Nuance,
    Phrase,
    RatingCell,
    RatingRow,
    RatingTable,
    Row,
    Subject,
    SubjectList,
    Table,
)
from ..translate import _
from .yamlnodes import Node, NodeReader, closest

ROW_FIELDS = ("label", "nuance", "reverse")
RATING_ROW_FIELDS = ("label", "nuance")
CELL_FIELDS = ("text", "accept", "nuance", "reverse")
ITEM_FIELDS = ("text", "accept", "nuance", "also")
FLAGS = {"true": True, "false": False}
RATING_FIELDS = ("rating", "note", "nuance")
# Topics are "section/row"; these first halves are taken by takeaways, phrases and follow-ups.
RESERVED_SECTION_KEYS = ("takeaways", "phrases", "follow-ups")
EMOJI_RATING = {
    "👍": "good",
    "✅": "good",
    "✔️": "good",
    "✔": "good",
    "⚠️": "caution",
    "⚠": "caution",
    "❌": "bad",
    "✖️": "bad",
    "✖": "bad",
}
_EMOJI_PREFIX = re.compile(
    "^(" + "|".join(sorted(map(re.escape, EMOJI_RATING), key=len, reverse=True)) + ")"
)


def parse_rating(value: str) -> tuple[tuple[str, ...], str] | str:
    """'👍/⚠️ note' → (('good', 'caution'), 'note'); a message (str) when it is not a rating."""
    ratings: list[str] = []
    rest = value
    match = _EMOJI_PREFIX.match(rest)
    while match:
        ratings.append(EMOJI_RATING[match.group(1)])
        rest = rest[match.end():].lstrip()
        slash = rest.startswith("/")
        if slash:
            rest = rest[1:].lstrip()
        match = _EMOJI_PREFIX.match(rest)
        if slash and not match:
            return _("'/' must be followed by another rating (👍, ⚠️ or ❌)")
    if not ratings:
        start = value.split()[0] if value.split() else value
        return _("starts with {start!r}; it must start with 👍, ⚠️ or ❌ (or be a mapping with rating:)").format(start=start)
    return tuple(ratings), rest.strip()



class SectionReader(NodeReader):
    """Reads the sections of a deck and the cells in them; the deck-level reader builds on it."""

    def __init__(self, path: str):
        super().__init__(path)
        self.subject_keys: list[str] = []
        self.section_keys: dict[str, tuple[str, Node]] = {}  # table/rating/list key → (what, node)
        self.topics: set[str] = set()  # "table/row" of every table and rating row

    # -- shared pieces ---------------------------------------------------------------------------
    def nuance(self, node: Node | None) -> Nuance | None:
        if node is None:
            return None
        if node.kind == "scalar":
            value = self.text(node, "nuance")
            return Nuance(value) if value else None
        if self.mapping(node, "nuance") is None:
            return None
        found = self.fields(node, ("text", "source"), "a nuance")
        if not self.require(node, found, ("text",), "nuance"):
            return None
        text = self.text(found["text"], "nuance text")
        source = self.text(found.get("source"), "nuance source")
        return Nuance(text, source) if text else None

    def cell(self, node: Node, what: str, key: str = "", *, allowed=CELL_FIELDS) -> Cell | None:
        """A cell, list item or takeaway: plain text or {text, accept, nuance} (cells also take
        `reverse: false`, list items `also: [subject keys]`)."""
        if node.kind == "scalar":
            value = self.text(node, what)
            return Cell(value, key=key) if value else None
        if self.mapping(node, what) is None:
            return None
        found = self.fields(node, allowed, what)
        if not self.require(node, found, ("text",), what):
            return None
        value = self.text(found["text"], f"{what} text")
        if not value:
            return None
        return Cell(
            value,
            accept=self.text_list(found.get("accept"), "accept"),
            nuance=self.nuance(found.get("nuance")),
            key=key,
            also=self.subject_keys_list(found.get("also"), f"{what} also"),
            reverse=self.flag(found.get("reverse"), f"{what} reverse"),
        )

    def item(self, node: Node, what: str, key: str) -> Cell | None:
        return self.cell(node, what, key, allowed=ITEM_FIELDS)

    def flag(self, node: Node | None, what: str, default: bool = True) -> bool:
        """`true` or `false` (scalars are never converted, so the words are read here)."""
        if node is None:
            return default
        value = self.text(node, what)
        if value is None:
            return default
        if value.lower() not in FLAGS:
            self.problem(node, _("{what} must be true or false, not {value!r}").format(what=what, value=value))
            return default
        return FLAGS[value.lower()]

    def subject_keys_list(self, node: Node | None, what: str) -> tuple[str, ...]:
        """A list of subject keys; each must be one of the deck's subjects."""
        keys = self.text_list(node, what)
        for key in keys:
            if key not in self.subject_keys:
                message = _("{what}: {key!r} is not a subject of this deck{hint}")
                self.problem(node, message.format(what=what, key=key, hint=closest(key, self.subject_keys)))
        return tuple(k for k in keys if k in self.subject_keys)

    def rating_cell(self, node: Node, what: str) -> RatingCell | None:
        """A rating cell: '👍 note' or {rating: good|caution|bad|good/caution, note, nuance}."""
        if node.kind == "scalar":
            value = self.text(node, what)
            if not value:
                return None
            parsed = parse_rating(value)
            if isinstance(parsed, str):
                self.problem(node, _("{what} {problem}").format(what=what, problem=parsed))
                return None
            return RatingCell(*parsed)
        if self.mapping(node, what) is None:
            return None
        found = self.fields(node, RATING_FIELDS, what)
        if not self.require(node, found, ("rating",), what):
            return None
        raw = self.text(found["rating"], f"{what} rating")
        if raw is None:
            return None
        ratings: list[str] = []
        for part in raw.split("/"):
            part = part.strip()
            rating = EMOJI_RATING.get(part, part)
            if rating not in RATINGS:
                hint = closest(part, RATINGS)
                message = _("rating {rating!r} must be good, caution or bad (or 👍 ⚠️ ❌){hint}")
                self.problem(found["rating"], message.format(rating=part or raw, hint=hint))
                return None
            if rating in ratings:
                self.problem(found["rating"], _("rating {raw!r} names {rating!r} twice").format(raw=raw, rating=rating))
                return None
            ratings.append(rating)
        note = self.text(found.get("note"), f"{what} note", required=False) or ""
        return RatingCell(tuple(ratings), note, self.nuance(found.get("nuance")))

    def section_key(self, node: Node, what: str) -> str:
        """Table, rating table and list keys share one namespace: they are the first half of topics."""
        key = self.key(node, what)
        if key in RESERVED_SECTION_KEYS:
            message = _("{what} key {key!r} is reserved ({keys}); pick another")
            self.problem(node, message.format(what=what, key=key, keys=", ".join(RESERVED_SECTION_KEYS)))
        elif key in self.section_keys:
            other, first = self.section_keys[key]
            message = _("{what} key {key!r} is already used by the {other} at line {line}")
            self.problem(node, message.format(what=what, key=key, other=other, line=first.line))
        else:
            self.section_keys[key] = (what, node)
        return key

    # -- the sections ----------------------------------------------------------------------------
    def subjects(self, node: Node | None) -> tuple[Subject, ...]:
        if self.mapping(node, "subjects") is None:
            return ()
        subjects = []
        names_seen: dict[str, str] = {}  # casefolded name or alias → subject key
        for key_node, value in node.items:
            key = self.key(key_node, "subject")
            if key in ROW_FIELDS or key == "title":
                self.problem(key_node, _("subject key {key!r} is reserved for a field name; pick another").format(key=key))
            # known even when its name is wrong, so its cells are not all reported as unknown too
            self.subject_keys.append(key)
            if value.kind == "scalar":
                name = self.text(value, f"subject {key!r} name")
                aliases: tuple[str, ...] = ()
            elif self.mapping(value, f"subject {key!r}") is not None:
                found = self.fields(value, ("name", "aliases"), f"subject {key!r}")
                if not self.require(value, found, ("name",), f"subject {key!r}"):
                    continue
                name = self.text(found["name"], f"subject {key!r} name")
                aliases = self.text_list(found.get("aliases"), "aliases")
            else:
                continue
            if not name:
                continue
            # the grader maps a typed name back to a subject, so no name may point at two
            for word in dict.fromkeys(n.casefold() for n in (name, *aliases)):
                if names_seen.setdefault(word, key) != key:
                    message = _("subject {key!r}: the name {word!r} is already used by subject {other!r}")
                    self.problem(value, message.format(key=key, word=word, other=names_seen[word]))
            subjects.append(Subject(key, name, aliases))
        if not node.items:
            self.problem(node, _("subjects is empty; a deck compares at least two subjects"))
        elif len(subjects) < 2 and not self.problems:
            self.problem(node, _("a deck compares at least two subjects"))
        return tuple(subjects)

    def _titled_section(self, node: Node | None, what: str):
        """Yield (key, title, rows node) for each entry of a `key: {title:, rows:}` section."""
        if self.mapping(node, f"{what}s") is None:
            return
        for key_node, value in node.items:
            key = self.section_key(key_node, what)
            if self.mapping(value, f"{what} {key!r}") is None:
                continue
            found = self.fields(value, ("title", "rows"), f"{what} {key!r}")
            if not self.require(value, found, ("title", "rows"), f"{what} {key!r}"):
                continue
            title = self.text(found["title"], "title")
            rows_node = self.mapping(found["rows"], f"rows of {what} {key!r}")
            if rows_node is None or not title:
                continue
            if not rows_node.items:
                self.problem(rows_node, _("{what} {key!r} has no rows").format(what=what, key=key))
            yield key, title, rows_node

    def _rows(self, table_key: str, rows_node: Node, read_cell, row_fields=ROW_FIELDS):
        """Yield (key, label, cells, nuance) per row; cells in the deck's subject order."""
        for row_key_node, row_node in rows_node.items:
            row_key = self.key(row_key_node, "row")
            self.topics.add(card_ids.row_topic(table_key, row_key))
            if self.mapping(row_node, f"row {row_key!r}") is None:
                continue
            before = len(self.problems)
            found = self.fields(row_node, row_fields, f"row {row_key!r}", extra=self.subject_keys)
            unknown_fields = len(self.problems) > before
            if not self.require(row_node, found, ("label",), f"row {row_key!r}"):
                continue
            cells = {}
            for subject in self.subject_keys:
                if subject in found:
                    cell = read_cell(found[subject], f"cell {row_key}/{subject}")
                    if cell:
                        cells[subject] = cell
            # an unknown (misspelt) subject was reported already; "no cells" would only repeat it
            if not unknown_fields and not any(subject in found for subject in self.subject_keys):
                self.problem(row_node, _("row {key!r} has no cells (one `subject: text` line per subject)").format(key=row_key))
            label = self.text(found["label"], "label")
            if label:
                yield row_key, label, cells, self.nuance(found.get("nuance")), self.flag(
                    found.get("reverse"), f"row {row_key!r} reverse"
                )

    def tables(self, node: Node | None) -> tuple[Table, ...]:
        tables = []
        for key, title, rows_node in self._titled_section(node, "table"):
            rows = tuple(Row(*parts) for parts in self._rows(key, rows_node, self.cell))
            tables.append(Table(key, title, rows))
        return tuple(tables)

    def rating_tables(self, node: Node | None) -> tuple[RatingTable, ...]:
        tables = []
        for key, title, rows_node in self._titled_section(node, "rating table"):
            rows = tuple(
                RatingRow(*parts[:4]) for parts in self._rows(key, rows_node, self.rating_cell, RATING_ROW_FIELDS)
            )
            tables.append(RatingTable(key, title, rows))
        return tuple(tables)

    def lists(self, node: Node | None) -> tuple[SubjectList, ...]:
        if self.mapping(node, "lists") is None:
            return ()
        result = []
        for key_node, value in node.items:
            key = self.section_key(key_node, "list")
            if self.mapping(value, f"list {key!r}") is None:
                continue
            found = self.fields(value, ("title",), f"list {key!r}", extra=self.subject_keys)
            if not self.require(value, found, ("title",), f"list {key!r}"):
                continue
            items: dict[str, tuple[Cell, ...]] = {}
            for subject in self.subject_keys:
                if subject not in found:
                    continue
                subject_node = self.mapping(found[subject], f"list {key}/{subject} (item-key: text lines)")
                if subject_node is None:
                    continue
                cells = []
                for item_key_node, item_node in subject_node.items:
                    item_key = self.key(item_key_node, "item")
                    cell = self.item(item_node, f"item {key}/{subject}/{item_key}", item_key)
                    if cell:
                        cells.append(cell)
                items[subject] = tuple(cells)
            title = self.text(found["title"], "title")
            if title:
                result.append(SubjectList(key, title, items))
        return tuple(result)

    def takeaways(self, node: Node | None) -> tuple[str, dict[str, Cell]]:
        if self.mapping(node, "takeaways") is None:
            return "", {}
        found = self.fields(node, ("title",), "takeaways", extra=self.subject_keys)
        takeaways = {}
        for subject in self.subject_keys:
            if subject in found:
                cell = self.cell(found[subject], f"takeaway {subject}")
                if cell:
                    takeaways[subject] = cell
        return self.text(found.get("title"), "title", required=False) or "", takeaways

    def phrases(self, node: Node | None) -> tuple[Phrase, ...]:
        if self.mapping(node, "phrases") is None:
            return ()
        result = []
        for key_node, value in node.items:
            key = self.key(key_node, "phrase")
            if self.mapping(value, f"phrase {key!r}") is None:
                continue
            found = self.fields(value, ("title", "text", "clauses", "nuance"), f"phrase {key!r}")
            if not self.require(value, found, ("text",), f"phrase {key!r}"):
                continue
            text = self.text(found["text"], "phrase text")
            clauses = []
            clauses_node = self.mapping(found.get("clauses"), "clauses (clause-key: text lines)")
            if clauses_node is not None and text:
                for clause_key_node, clause_node in clauses_node.items:
                    clause_key = self.key(clause_key_node, "clause")
                    clause = self.text(clause_node, f"clause {clause_key!r}")
                    if clause and clause not in text:
                        self.problem(clause_node, _("clause {key!r} is not a verbatim part of the phrase text").format(key=clause_key))
                    elif clause:
                        clauses.append(Clause(clause_key, clause))
            title = self.text(found.get("title"), "title", required=False) or ""
            nuance = self.nuance(found.get("nuance"))
            if text:
                result.append(Phrase(key, title, text, tuple(clauses), nuance))
        return tuple(result)

    def follow_ups(self, node: Node | None) -> tuple[FollowUp, ...]:
        if self.mapping(node, "follow_ups") is None:
            return ()
        result = []
        allowed = ("question", "answer", "accept", "source", "subjects", "topic")
        for key_node, value in node.items:
            key = self.key(key_node, "follow-up")
            if self.mapping(value, f"follow-up {key!r}") is None:
                continue
            found = self.fields(value, allowed, f"follow-up {key!r}")
            if not self.require(value, found, ("question", "answer"), f"follow-up {key!r}"):
                continue
            subjects = self.text_list(found.get("subjects"), "subjects")
            for subject in subjects:
                if subject not in self.subject_keys:
                    hint = closest(subject, self.subject_keys)
                    message = _("follow-up {key!r} names unknown subject {subject!r}{hint}")
                    self.problem(found["subjects"], message.format(key=key, subject=subject, hint=hint))
            topic = self.text(found.get("topic"), "topic", required=False)
            if topic and topic not in self.topics:
                hint = closest(topic, sorted(self.topics)) or _(" (write TABLE/ROW of a table or rating table)")
                message = _("follow-up {key!r} topic {topic!r} is not a table row{hint}")
                self.problem(found["topic"], message.format(key=key, topic=topic, hint=hint))
            question = self.text(found["question"], "question")
            answer = self.text(found["answer"], "answer")
            if question and answer:
                result.append(
                    FollowUp(
                        key,
                        question,
                        answer,
                        accept=self.text_list(found.get("accept"), "accept"),
                        source=self.text(found.get("source"), "source", required=False),
                        subjects=subjects,
                        topic=topic,
                    )
                )
        return tuple(result)
