"""YAML deck → Deck model, with every problem reported as `file:line:col: message`.

The format is documented in docs/deck-format.md. Checks collect as many problems as they can
in one pass, so an author fixes a deck in one round rather than one error at a time.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from . import yamlnodes
from .model import (
    RATINGS,
    Cell,
    Clause,
    Deck,
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
from .yamlnodes import Node

KEY_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
TOP_FIELDS = {
    "id": True,
    "title": True,
    "language": True,
    "subjects": True,
    "subject_noun": False,
    "tables": False,
    "ratings": False,
    "lists": False,
    "takeaways": False,
    "phrases": False,
    "follow_ups": False,
}
ROW_FIELDS = ("label", "nuance")
CELL_FIELDS = ("text", "accept", "nuance")
RATING_FIELDS = ("rating", "note", "nuance")
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


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.message}"


class DeckError(Exception):
    """A deck could not be read; `problems` says where and why."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(map(str, problems)))
        self.problems = problems


def closest(word: str, choices) -> str:
    match = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {match[0]!r}?)" if match else ""


def decode(data: bytes, path: str) -> str:
    """UTF-8 (a BOM is fine), CRLF folded to LF; anything else is a Problem."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        col = len(before) - (before.rfind(b"\n") + 1) + 1
        raise DeckError(
            [Problem(path, line, col, f"text is not UTF-8 (byte 0x{data[error.start]:02x}); save the file as UTF-8")]
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def load_deck(path: str | Path) -> Deck:
    """Read and check a deck file. Raises DeckError with every problem found."""
    path = Path(path)
    shown = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DeckError([Problem(shown, 1, 1, "no such file")]) from None
    except IsADirectoryError:
        raise DeckError([Problem(shown, 1, 1, "is a folder, not a deck file")]) from None
    except OSError as error:
        raise DeckError([Problem(shown, 1, 1, f"cannot read: {error.strerror}")]) from None
    return parse_deck(decode(data, shown), shown)


def parse_deck(text: str, path: str = "<deck>") -> Deck:
    if not text.strip():
        raise DeckError([Problem(path, 1, 1, "the file is empty; a deck needs at least id, title, language and subjects")])
    try:
        root = yamlnodes.parse(text)
    except yamlnodes.YamlProblem as problem:
        raise DeckError([Problem(path, problem.line, problem.col, problem.message)]) from None
    reader = _DeckReader(path)
    deck = reader.read(root)
    if reader.problems:
        raise DeckError(reader.problems)
    assert deck is not None
    return deck


class _DeckReader:
    def __init__(self, path: str):
        self.path = path
        self.problems: list[Problem] = []
        self.subject_keys: list[str] = []

    # -- small helpers -------------------------------------------------------------------------
    def problem(self, node: Node, message: str) -> None:
        self.problems.append(Problem(self.path, node.line, node.col, message))

    def mapping(self, node: Node | None, what: str) -> Node | None:
        if node is None:
            return None
        if node.kind != "map":
            self.problem(node, f"{what} must be a mapping (key: value lines), not {_kind_name(node)}")
            return None
        return node

    def text(self, node: Node | None, what: str, *, required: bool = True) -> str | None:
        if node is None:
            return None
        if node.kind != "scalar":
            self.problem(node, f"{what} must be text, not {_kind_name(node)}")
            return None
        if node.value is None or not node.value.strip():
            if required:
                self.problem(node, f"{what} is empty")
            return None
        return node.value.strip()

    def text_list(self, node: Node | None, what: str) -> tuple[str, ...]:
        if node is None:
            return ()
        if node.kind == "scalar":
            value = self.text(node, what)
            return (value,) if value else ()
        if node.kind != "seq":
            self.problem(node, f"{what} must be a list of text")
            return ()
        values = []
        for item in node.items:
            value = self.text(item, f"an item of {what}")
            if value:
                values.append(value)
        return tuple(values)

    def key(self, node: Node, what: str) -> str:
        key = node.value or ""
        if not KEY_RE.match(key):
            self.problem(
                node,
                f"{what} key {key!r} must be lowercase latin letters, digits, '-' or '_' (it names the cards)",
            )
        return key

    def fields(self, node: Node, allowed, what: str, *, extra=()) -> dict[str, Node]:
        """The mapping's fields; unknown ones are reported with the closest known name."""
        found = {}
        for key_node, value in node.items:
            name = key_node.value or ""
            if name in allowed or name in extra:
                found[name] = value
            else:
                known = list(allowed) + list(extra)
                kind = "subject or field" if extra else "field"
                self.problem(key_node, f"unknown {kind} {name!r} in {what}{closest(name, known)}")
        return found

    def require(self, node: Node, found: dict, names, what: str) -> bool:
        ok = True
        for name in names:
            if name not in found:
                self.problem(node, f"{what} is missing the required field {name!r}")
                ok = False
        return ok

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

    def cell(self, node: Node, what: str, key: str = "") -> Cell | None:
        if node.kind == "scalar":
            value = self.text(node, what)
            return Cell(value, key=key) if value else None
        if self.mapping(node, what) is None:
            return None
        found = self.fields(node, CELL_FIELDS, what)
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
        )

    def subject_ref(self, node: Node, what: str) -> bool:
        if node.value not in self.subject_keys:
            self.problem(node, f"{what} for unknown subject {node.value!r}{closest(node.value or '', self.subject_keys)}")
            return False
        return True

    # -- sections ------------------------------------------------------------------------------
    def read(self, root: Node | None) -> Deck | None:
        if root is None:
            self.problems.append(Problem(self.path, 1, 1, "the file is empty; a deck needs at least id, title, language and subjects"))
            return None
        if root.kind != "map":
            self.problem(root, f"the top level of a deck must be a mapping (id:, title:, ...), not {_kind_name(root)}")
            return None
        top = self.fields(root, TOP_FIELDS, "the deck")
        self.require(root, top, [k for k, required in TOP_FIELDS.items() if required], "the deck")
        deck_id = top.get("id") and self.key(top["id"], "deck")
        title = self.text(top.get("title"), "title")
        language = self.text(top.get("language"), "language")
        subjects = self.subjects(top.get("subjects"))
        tables = self.tables(top.get("tables"))
        ratings = self.rating_tables(top.get("ratings"))
        lists = self.lists(top.get("lists"))
        takeaways_title, takeaways = self.takeaways(top.get("takeaways"))
        phrases = self.phrases(top.get("phrases"))
        follow_ups = self.follow_ups(top.get("follow_ups"))
        if self.problems or not (deck_id and title and language and subjects):
            return None
        return Deck(
            id=deck_id,
            title=title,
            language=language,
            subjects=subjects,
            subject_noun=self.text(top.get("subject_noun"), "subject_noun", required=False) or "",
            tables=tables,
            ratings=ratings,
            lists=lists,
            takeaways=takeaways,
            takeaways_title=takeaways_title,
            phrases=phrases,
            follow_ups=follow_ups,
            path=self.path,
        )

    def subjects(self, node: Node | None) -> tuple[Subject, ...]:
        if self.mapping(node, "subjects") is None:
            return ()
        subjects = []
        for key_node, value in node.items:
            key = self.key(key_node, "subject")
            if key in ROW_FIELDS or key in CELL_FIELDS or key == "title":
                self.problem(key_node, f"subject key {key!r} is reserved for a field name; pick another")
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
            if name:
                subjects.append(Subject(key, name, aliases))
                self.subject_keys.append(key)
        if node.items and len(subjects) < 2 and not self.problems:
            self.problem(node, "a deck compares at least two subjects")
        if not node.items:
            self.problem(node, "subjects is empty")
        return tuple(subjects)

    def _titled_section(self, node: Node | None, what: str):
        """Yield (key, fields) for each entry of a `key: {title:, rows:}` section."""
        if self.mapping(node, what) is None:
            return
        for key_node, value in node.items:
            key = self.key(key_node, what)
            if self.mapping(value, f"{what} {key!r}") is None:
                continue
            found = self.fields(value, ("title", "rows"), f"{what} {key!r}")
            if not self.require(value, found, ("title", "rows"), f"{what} {key!r}"):
                continue
            title = self.text(found["title"], "title")
            rows_node = self.mapping(found["rows"], "rows")
            if rows_node is None or not title:
                continue
            if not rows_node.items:
                self.problem(rows_node, f"{what} {key!r} has no rows")
            yield key, title, rows_node

    def _row_fields(self, row_node: Node, key: str):
        found = self.fields(row_node, ROW_FIELDS, f"row {key!r}", extra=self.subject_keys)
        # unknown keys were already reported; a subject-like typo reads better as "unknown subject"
        if not self.require(row_node, found, ("label",), f"row {key!r}"):
            return None
        cells = {k: v for k, v in found.items() if k in self.subject_keys}
        if not cells:
            self.problem(row_node, f"row {key!r} has no cells")
        return found, cells

    def tables(self, node: Node | None) -> tuple[Table, ...]:
        tables = []
        for key, title, rows_node in self._titled_section(node, "table"):
            rows = []
            for row_key_node, row_node in rows_node.items:
                row_key = self.key(row_key_node, "row")
                if self.mapping(row_node, f"row {row_key!r}") is None:
                    continue
                parsed = self._row_fields(row_node, row_key)
                if parsed is None:
                    continue
                found, cell_nodes = parsed
                cells = {}
                for subject in self.subject_keys:
                    if subject in cell_nodes:
                        cell = self.cell(cell_nodes[subject], f"cell {row_key}/{subject}")
                        if cell:
                            cells[subject] = cell
                label = self.text(found["label"], "label")
                if label:
                    rows.append(Row(row_key, label, cells, self.nuance(found.get("nuance"))))
            tables.append(Table(key, title, tuple(rows)))
        return tuple(tables)

    def rating_cell(self, node: Node, what: str) -> RatingCell | None:
        if node.kind == "scalar":
            value = self.text(node, what)
            if not value:
                return None
            match = _EMOJI_PREFIX.match(value)
            ratings = []
            rest = value
            while match:
                ratings.append(EMOJI_RATING[match.group(1)])
                rest = rest[match.end():].lstrip()
                if rest.startswith("/"):
                    rest = rest[1:].lstrip()
                match = _EMOJI_PREFIX.match(rest)
            if not ratings:
                self.problem(node, f"{what} must start with 👍, ⚠️ or ❌ (or be a mapping with rating:)")
                return None
            return RatingCell(tuple(ratings), rest.strip())
        if self.mapping(node, what) is None:
            return None
        found = self.fields(node, RATING_FIELDS, what)
        if not self.require(node, found, ("rating",), what):
            return None
        raw = self.text(found["rating"], "rating") or ""
        ratings = []
        for part in raw.split("/"):
            part = part.strip()
            rating = EMOJI_RATING.get(part, part)
            if rating not in RATINGS:
                self.problem(found["rating"], f"rating {part!r} must be good, caution or bad (or 👍 ⚠️ ❌){closest(part, RATINGS)}")
                return None
            ratings.append(rating)
        return RatingCell(
            tuple(ratings),
            self.text(found.get("note"), "note", required=False) or "",
            self.nuance(found.get("nuance")),
        )

    def rating_tables(self, node: Node | None) -> tuple[RatingTable, ...]:
        tables = []
        for key, title, rows_node in self._titled_section(node, "rating table"):
            rows = []
            for row_key_node, row_node in rows_node.items:
                row_key = self.key(row_key_node, "row")
                if self.mapping(row_node, f"row {row_key!r}") is None:
                    continue
                parsed = self._row_fields(row_node, row_key)
                if parsed is None:
                    continue
                found, cell_nodes = parsed
                cells = {}
                for subject in self.subject_keys:
                    if subject in cell_nodes:
                        cell = self.rating_cell(cell_nodes[subject], f"rating {row_key}/{subject}")
                        if cell:
                            cells[subject] = cell
                label = self.text(found["label"], "label")
                if label:
                    rows.append(RatingRow(row_key, label, cells, self.nuance(found.get("nuance"))))
            tables.append(RatingTable(key, title, tuple(rows)))
        return tuple(tables)

    def lists(self, node: Node | None) -> tuple[SubjectList, ...]:
        if self.mapping(node, "lists") is None:
            return ()
        result = []
        for key_node, value in node.items:
            key = self.key(key_node, "list")
            if self.mapping(value, f"list {key!r}") is None:
                continue
            found = self.fields(value, ("title",), f"list {key!r}", extra=self.subject_keys)
            if not self.require(value, found, ("title",), f"list {key!r}"):
                continue
            items: dict[str, tuple[Cell, ...]] = {}
            for subject in self.subject_keys:
                if subject not in found:
                    continue
                subject_node = self.mapping(found[subject], f"list {key}/{subject}")
                if subject_node is None:
                    continue
                cells = []
                for item_key_node, item_node in subject_node.items:
                    item_key = self.key(item_key_node, "item")
                    cell = self.cell(item_node, f"item {key}/{subject}/{item_key}", key=item_key)
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
            clauses_node = self.mapping(found.get("clauses"), "clauses")
            if clauses_node is not None and text:
                for clause_key_node, clause_node in clauses_node.items:
                    clause_key = self.key(clause_key_node, "clause")
                    clause = self.text(clause_node, f"clause {clause_key!r}")
                    if clause and clause not in text:
                        self.problem(clause_node, f"clause {clause_key!r} is not a verbatim part of the phrase text")
                    elif clause:
                        clauses.append(Clause(clause_key, clause))
            if text:
                title = self.text(found.get("title"), "title", required=False) or ""
                result.append(Phrase(key, title, text, tuple(clauses), self.nuance(found.get("nuance"))))
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
                    self.problem(found["subjects"], f"follow-up {key!r} names unknown subject {subject!r}{closest(subject, self.subject_keys)}")
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
                        topic=self.text(found.get("topic"), "topic", required=False),
                    )
                )
        return tuple(result)


def _kind_name(node: Node) -> str:
    if node.kind == "scalar":
        return "empty" if node.is_null else "text"
    return {"map": "a mapping", "seq": "a list"}[node.kind]

