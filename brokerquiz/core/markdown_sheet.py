"""Read a markdown cheat sheet into its blocks: tables, per-subject lists, takeaways, phrases.

The shape is the seed's (decks come from cheat sheets like it): a title heading; pipe tables whose
first column is the property and whose header names the subjects; headings that name a subject
followed by bullets; numbered takeaways `**Subject** = text`; a blockquote phrase, usually after
a short bold line that titles it. Nothing here knows about decks or keys (that is importer.py);
every line either lands in a block or is reported in `Sheet.unplaced` with its line number.
It also splits a phrase into clauses and turns the sheet's labels into keys (`slug`, `KeyMaker`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_BULLET = re.compile(r"^(\s*)[-*+]\s+(.*\S)\s*$")
_NUMBERED = re.compile(r"^\s*\d+[.)]\s+(.*\S)\s*$")
_QUOTE = re.compile(r"^\s{0,3}>\s?(.*)$")
_SEPARATOR_CELL = re.compile(r"^:?-{1,}:?$")
# `**Kafka** = text` (also `Kafka = text`, and —, – or : instead of =)
_TAKEAWAY = re.compile(r"^(?:\*\*|__)(?P<bold>.+?)(?:\*\*|__)\s*(?P<sep>[=—–:])\s*(?P<text>.+)$|^(?P<plain>[^=—–:]+?)\s+=\s+(?P<text2>.+)$")


@dataclass
class TableRow:
    """A table line: the property label and one cell per subject column."""

    line: int
    label: str
    cells: list[str]  # one per header subject; "" where the cell is empty


@dataclass
class SheetTable:
    """A pipe table under a heading: its header's subject names and its rows."""

    title: str
    line: int  # the header line
    subjects: list[str]
    rows: list[TableRow] = field(default_factory=list)


@dataclass
class SubjectGroup:
    """The bullets under a heading that names one subject."""

    subject: str
    line: int
    items: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class SheetList:
    """Per-subject bullet groups that share a section heading."""

    title: str
    line: int
    groups: list[SubjectGroup] = field(default_factory=list)


@dataclass
class SheetTakeaways:
    """Numbered `**Subject** = text` lines under a heading."""

    title: str
    line: int
    items: list[tuple[int, str, str]] = field(default_factory=list)  # (line, subject, text)


@dataclass
class SheetPhrase:
    """A blockquote to say out loud, with the line that titles it."""

    title: str
    line: int
    text: str


@dataclass
class Sheet:
    """Everything read from one markdown sheet, in the order it appears."""

    title: str = ""
    title_line: int = 0
    tables: list[SheetTable] = field(default_factory=list)
    lists: list[SheetList] = field(default_factory=list)
    takeaways: list[SheetTakeaways] = field(default_factory=list)
    phrases: list[SheetPhrase] = field(default_factory=list)
    unplaced: list[tuple[int, str]] = field(default_factory=list)  # (line number, line text)


def strip_decoration(text: str) -> str:
    """Heading or label text without emoji, bold markers and a trailing colon."""
    text = text.replace("**", "").replace("__", "").strip()
    start = 0
    while start < len(text) and not _is_content(text[start]):
        start += 1
    text = text[start:].strip()
    return text[:-1].rstrip() if text.endswith(":") else text


def _is_content(char: str) -> bool:
    # letters, digits and the opening marks a title may start with; emoji, symbols, variation
    # selectors and joiners are decoration
    return char.isalnum() or char in "«“\"'(["


def unbold(cell: str) -> str:
    """A cell wrapped whole in ** or __ loses the markers; bold inside the text stays as written."""
    for mark in ("**", "__"):
        if len(cell) > 4 and cell.startswith(mark) and cell.endswith(mark) and mark not in cell[2:-2]:
            return cell[2:-2].strip()
    return cell


def split_row(line: str) -> list[str]:
    """Cells of a pipe-table line; `\\|` and pipes inside `code` do not split."""
    cells, current, in_code, i = [], [], False, 0
    body = line.strip()
    while i < len(body):
        char = body[i]
        if char == "\\" and i + 1 < len(body) and body[i + 1] == "|":
            current.append("|")
            i += 2
            continue
        if char == "`":
            in_code = not in_code
        if char == "|" and not in_code:
            cells.append("".join(current).strip())
            current = []
        else:
            current.append(char)
        i += 1
    cells.append("".join(current).strip())
    if body.startswith("|"):
        cells = cells[1:]
    if body.endswith("|") and not body.endswith("\\|"):
        cells = cells[:-1]
    return cells


def _is_separator(cells: list[str]) -> bool:
    return bool(cells) and all(_SEPARATOR_CELL.match(c.replace(" ", "")) for c in cells)


def _is_table_line(line: str) -> bool:
    return line.lstrip().startswith("|")


class _Reader:
    def __init__(self, lines: list[str]):
        self.lines = lines
        self.sheet = Sheet()
        self.section = ""  # title of the current section: tables, lists, takeaways take it
        self.section_line = 0
        self.group: SubjectGroup | None = None
        self.takeaways: SheetTakeaways | None = None
        self.phrase_title: tuple[int, str] | None = None

    def next_content(self, i: int) -> str | None:
        for line in self.lines[i + 1 :]:
            if line.strip():
                return line
        return None

    def unplaced(self, i: int) -> None:
        self.sheet.unplaced.append((i + 1, self.lines[i].strip()))

    def read(self) -> Sheet:
        i = 0
        while i < len(self.lines):
            line = self.lines[i]
            if not line.strip() or _RULE.match(line):
                i += 1
                continue
            if _is_table_line(line):
                i = self.table(i)
                continue
            if _QUOTE.match(line):
                i = self.quote(i)
                continue
            heading = _HEADING.match(line)
            if heading:
                self.heading(i, strip_decoration(heading.group(2)))
            elif (bullet := _BULLET.match(line)) and self.group is not None:
                self.group.items.append((i + 1, bullet.group(2).strip()))
            elif (numbered := _NUMBERED.match(line)) and not _BULLET.match(line):
                self.numbered(i, numbered.group(1))
            elif (nxt := self.next_content(i)) is not None and _QUOTE.match(nxt) and not _BULLET.match(line):
                self.phrase_title = (i + 1, strip_decoration(line))  # "💬 **The phrase:**" then "> ..."
            else:
                self.unplaced(i)
            i += 1
        return self.sheet

    def heading(self, i: int, text: str) -> None:
        self.group = None
        self.takeaways = None
        if not text:
            return  # an emoji-only heading is decoration
        if not self.sheet.title:
            self.sheet.title, self.sheet.title_line = text, i + 1
            self.section, self.section_line = text, i + 1
            return
        nxt = self.next_content(i)
        if nxt is not None and _BULLET.match(nxt):
            # a heading followed by bullets names a subject of the current section's list
            lists = self.sheet.lists
            if not lists or lists[-1].title != self.section or lists[-1].line != self.section_line:
                lists.append(SheetList(self.section, self.section_line))
            self.group = SubjectGroup(text, i + 1)
            lists[-1].groups.append(self.group)
            return
        self.section, self.section_line = text, i + 1

    def table(self, i: int) -> int:
        end = i
        while end < len(self.lines) and _is_table_line(self.lines[end]):
            end += 1
        header = split_row(self.lines[i])
        if end - i < 2 or not _is_separator(split_row(self.lines[i + 1])) or len(header) < 2:
            for j in range(i, end):
                self.unplaced(j)
            return end
        self.group = None
        table = SheetTable(self.section, i + 1, [strip_decoration(h) for h in header[1:]])
        for j in range(i + 2, end):
            cells = split_row(self.lines[j])
            label = strip_decoration(cells[0]) if cells else ""
            if _is_separator(cells):
                continue
            if not label or len(cells) > len(header) or not any(c.strip() for c in cells[1:]):
                self.unplaced(j)
                continue
            data = [unbold(c) for c in cells[1:]]
            data += [""] * (len(header) - 1 - len(data))
            table.rows.append(TableRow(j + 1, label, data))
        if table.rows:
            self.sheet.tables.append(table)
        else:
            self.unplaced(i)
            self.unplaced(i + 1)
        return end

    def quote(self, i: int) -> int:
        end = i
        parts = []
        while end < len(self.lines) and (match := _QUOTE.match(self.lines[end])):
            if match.group(1).strip():
                parts.append(match.group(1).strip())
            end += 1
        text = " ".join(parts)
        if not text:
            return end
        if self.phrase_title and self.phrase_title[1]:
            title_line, title = self.phrase_title
        else:
            title_line, title = i + 1, self.section
        self.sheet.phrases.append(SheetPhrase(title, title_line, text))
        self.phrase_title = None
        return end

    def numbered(self, i: int, body: str) -> None:
        match = _TAKEAWAY.match(body)
        if not match:
            self.unplaced(i)
            return
        subject = strip_decoration(match.group("bold") or match.group("plain") or "")
        text = (match.group("text") or match.group("text2") or "").strip()
        if not subject or not text:
            self.unplaced(i)
            return
        if self.takeaways is None:
            self.takeaways = SheetTakeaways(self.section, self.section_line)
            self.sheet.takeaways.append(self.takeaways)
        self.takeaways.items.append((i + 1, subject, text))


def split_top_level(text: str, separator: str) -> list[tuple[int, int]]:
    """(start, end) of the pieces between separators outside (), [], «» and quotes."""
    spans, depth, start, quote = [], 0, 0, False
    for i, char in enumerate(text):
        if char in "([«“":
            depth += 1
        elif char in ")]»”":
            depth = max(0, depth - 1)
        elif char == '"':
            quote = not quote
        elif char == separator and depth == 0 and not quote:
            spans.append((start, i))
            start = i + 1
    spans.append((start, len(text)))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def phrase_clauses(text: str, subject_at: Callable[[str], str | None]) -> list[tuple[str, str]]:
    """(key, verbatim clause): before ':' the criteria, after it one clause per subject.

    `subject_at(text)` gives the key of the subject a clause starts with, or None.
    """
    body = text.strip()
    if body[:1] in "«“\"":
        close = {"«": "»", "“": "”", '"': '"'}[body[0]]
        end = body.rfind(close)
        body = body[1:end] if end > 0 else body[1:]
    body = body.rstrip(" .;!")
    colons = split_top_level(body, ":")
    head = [_trim(body, *colons[0])] if len(colons) > 1 else []
    tail_start = colons[1][0] if len(colons) > 1 else 0
    spans = [_trim(body, tail_start + a, tail_start + b) for a, b in split_top_level(body[tail_start:], ",")]
    # "Kafka for event sourcing, analytics, RabbitMQ for ..." keeps "analytics" with Kafka
    merged: list[list] = []  # [start, end, subject key]
    for start, end in spans:
        if start == end:
            continue
        subject = subject_at(body[start:end])
        if subject is None and merged and merged[-1][2] is not None:
            merged[-1][1] = end
        else:
            merged.append([start, end, subject])
    keys = KeyMaker()
    clauses = []
    for start, end in head:
        clauses.append((keys.make(subject_at(body[start:end]) or "criteria"), body[start:end]))
    for number, (start, end, subject) in enumerate(merged, start=len(clauses) + 1):
        key = subject if subject and subject not in keys.used else f"clause-{number}"
        clauses.append((keys.make(key), body[start:end]))
    return clauses if len(clauses) > 1 else []


# Russian (and Ukrainian) letters → latin, close to the common passport transliteration:
# "Гарантия доставки" → "garantiya-dostavki". Other scripts fall back to NFKD without accents.
TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
        "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch - y - e yu ya i yi ye g".split(),
    )
)
MAX_KEY = 40


def slug(text: str, *, max_words: int | None = None) -> str:
    """A key from a label: lowercase latin, digits and '-'; '' when nothing latin is left."""
    out = []
    for char in text.casefold():
        latin = TRANSLIT.get(char)
        if latin is not None:
            out.append("" if latin == "-" else latin)
        else:
            out.append("".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)))
    words = [w for w in re.split(r"[^a-z0-9]+", "".join(out)) if w]
    if max_words:
        words = words[:max_words]
        while len(words) > 1 and len(words[-1]) <= 2:  # "...-ocheredi-s" reads as a cut-off word
            words.pop()
    key = ""
    for word in words:  # cut at a word boundary so keys stay readable
        if key and len(key) + 1 + len(word) > MAX_KEY:
            break
        key = f"{key}-{word}" if key else word[:MAX_KEY]
    return key


class KeyMaker:
    """Unique keys within one scope: a clash gets -2, -3, ...; reserved words are never handed out."""

    def __init__(self, reserved=(), fallback: str = "item"):
        self.used: set[str] = set(reserved)
        self.fallback = fallback
        self.count = 0

    def make(self, label: str, *, max_words: int | None = None) -> str:
        self.count += 1
        base = slug(label, max_words=max_words) or f"{self.fallback}-{self.count}"
        key, n = base, 1
        while key in self.used:
            n += 1
            key = f"{base}-{n}"
        self.used.add(key)
        return key


def read_sheet(text: str) -> Sheet:
    """Split a cheat sheet (already repaired, LF line ends) into its blocks."""
    return _Reader(text.split("\n")).read()
