"""Markdown cheat sheet → deck YAML: subjects matched across sections, keys from labels.

`import_sheet(text, path)` repairs mojibake, reads the sheet's blocks (markdown_sheet.py), matches
subject names that differ a little between sections ("NATS Streaming / JetStream" in one table,
"NATS Streaming" in another) with rapidfuzz, builds keys from labels (Cyrillic transliterated),
and writes YAML in the style of the hand-made shipped deck. The YAML is run through the deck
loader before it is returned, so what the importer hands out always passes `brokerquiz check`.
"""

from __future__ import annotations

import json
import re
import textwrap
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from .deck import EMOJI_RATING, KEY_RE, DeckError, Problem, decode, parse_deck
from .markdown_sheet import KeyMaker, Sheet, phrase_clauses, read_sheet, slug
from . import input_limits
from .mojibake import Repair, repair
from .safe_text import describe, printable, unsafe_characters
from .model import Deck

MATCH_CUTOFF = 85  # WRatio: "NATS Streaming" ~ "NATS Streaming / JetStream" is 90, "Redis" ~ "RabbitMQ" 36
MATCH_MARGIN = 5  # the best match must beat the runner-up, or the name is a new subject
RESERVED_SUBJECT_KEYS = {"label", "nuance", "text", "accept", "title", "rating", "note", "aliases", "name"}
RESERVED_SECTION_KEYS = {"takeaways", "phrases", "follow-ups"}  # topics of their own in cards.py
GENERIC_WORDS = {"streams", "stream", "streaming", "jetstream", "mq", "server", "broker", "queue", "queues", "cluster", "bus", "pubsub"}
VENDORS = {"apache", "amazon", "aws", "google", "azure", "eclipse", "ibm", "oracle"}
_RATING_START = re.compile("^(" + "|".join(sorted(map(re.escape, EMOJI_RATING), key=len, reverse=True)) + ")")
_CYRILLIC = re.compile(r"[а-яёА-ЯЁіїєґІЇЄҐ]")
_LATIN = re.compile(r"[a-zA-Z]")
NULL_WORDS = {"", "~", "null", "Null", "NULL"}
_PLAIN = re.compile(r"[^\s!&*?:,\[\]{}#|>@`\"'%=-][^\t\n\r]*")  # "-x" and "=x" need care: quote them
_NONCHARACTERS = re.compile("[\ufffe\uffff]")  # YAML refuses them; safe_text finds the rest
MAX_REPORTED = 20  # problems listed for one sheet; a binary file would list thousands


class YamlWriter:
    """Block-style YAML like the hand-made deck: plain scalars where safe, quoted where not."""

    WIDTH = 100

    def __init__(self) -> None:
        self.lines: list[str] = []

    def comment(self, text: str) -> None:
        self.lines.append(f"# {text}")

    def blank(self) -> None:
        self.lines.append("")

    def open(self, level: int, key: str) -> None:
        self.lines.append(f"{'  ' * level}{key}:")

    def field(self, level: int, key: str, value: str) -> None:
        indent = "  " * level
        if len(indent) + len(key) + 2 + len(value) > self.WIDTH and _foldable(value):
            self.lines.append(f"{indent}{key}: >-")
            wrapped = textwrap.wrap(value, self.WIDTH - len(indent) - 2, break_long_words=False, break_on_hyphens=False)
            self.lines += [f"{indent}  {line}" for line in wrapped]
        else:
            self.lines.append(f"{indent}{key}: {scalar(value)}")

    def flow_list(self, level: int, key: str, values: list[str]) -> None:
        items = ", ".join(v if re.fullmatch(r"[\w][\w .+-]*", v) and v.strip() == v else json.dumps(v, ensure_ascii=False) for v in values)
        self.lines.append(f"{'  ' * level}{key}: [{items}]")

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def scalar(value: str) -> str:
    """Plain where a plain scalar reads back as exactly this text; double-quoted (JSON) otherwise.

    Plain is allowed only in the simple, common case (no indicator first, no ": " or " #", no
    tab or line break, not a null word); everything else is quoted, which is always safe.
    """
    plain = (
        _PLAIN.fullmatch(value) is not None
        and ": " not in value
        and " #" not in value
        and not value.endswith((":", " "))
        and value not in NULL_WORDS  # the deck reader takes a plain ~ or null as "no value"
    )
    return value if plain else json.dumps(value, ensure_ascii=False)


def _foldable(value: str) -> bool:
    # a folded block turns each line break into one space; safe only with single spaces throughout
    return value == value.strip() and not re.search(r"\s\s|[\n\t]", value)


@dataclass
class ImportedSubject:
    """A subject being built: its key, the name first seen, and other names seen or derived."""

    key: str
    name: str
    spellings: list[str] = field(default_factory=list)  # every other way a section named it
    aliases: list[str] = field(default_factory=list)

    def names(self) -> list[str]:
        return [self.name, *self.spellings, *self.aliases]


@dataclass(frozen=True)
class ImportResult:
    """The deck YAML, the checked Deck it loads as, unplaced lines and the mojibake repair done."""

    yaml: str
    deck: Deck
    warnings: tuple[Problem, ...]
    repair: Repair


class Subjects:
    """Subject names seen so far; each section's names are matched to them, one column each."""

    def __init__(self) -> None:
        self.all: list[ImportedSubject] = []
        self.keys = KeyMaker(RESERVED_SUBJECT_KEYS, fallback="subject")

    def match_section(self, names: list[str]) -> list[ImportedSubject]:
        """The subject for each name; names in one section never share a subject."""
        taken: set[int] = set()
        result: list[ImportedSubject | None] = [None] * len(names)
        # exact names first, so a fuzzy match cannot steal a column that names a subject exactly
        for i, name in enumerate(names):
            for index, subject in enumerate(self.all):
                if index not in taken and name.casefold() in (n.casefold() for n in subject.names()):
                    result[i] = subject
                    taken.add(index)
                    break
        for i, name in enumerate(names):
            if result[i] is not None:
                continue
            earlier = [j for j in range(i) if names[j].casefold() == name.casefold()]
            if earlier:  # the same name twice in one section is one subject; the caller decides
                result[i] = result[earlier[0]]
                continue
            scored = sorted(
                ((max(fuzz.WRatio(name, n) for n in s.names()), index) for index, s in enumerate(self.all) if index not in taken),
                reverse=True,
            )
            if scored and scored[0][0] >= MATCH_CUTOFF and (len(scored) == 1 or scored[0][0] - scored[1][0] >= MATCH_MARGIN):
                subject = self.all[scored[0][1]]
                if name not in subject.spellings and name != subject.name:
                    subject.spellings.append(name)
                taken.add(scored[0][1])
            else:
                subject = ImportedSubject(self.keys.make(name.split(" / ")[0]), name)
                self.all.append(subject)
                taken.add(len(self.all) - 1)
            result[i] = subject
        return result  # type: ignore[return-value]

    def finish(self) -> None:
        """Derive short names: the parts of "A / B" and a distinctive first word ("NATS", "Redis").

        A short name that two subjects would share, or that is another subject's name, is left
        out: the grader maps a typed name back to one subject, and the loader refuses clashes.
        """
        firsts = [s.name.split()[0].casefold() for s in self.all]
        wanted: list[list[str]] = []
        for subject in self.all:
            candidates = list(subject.spellings)
            for name in [subject.name, *subject.spellings]:
                parts = [p.strip() for p in name.split(" / ") if p.strip()]
                if len(parts) > 1:
                    candidates += parts
                words = parts[0].split() if parts else []
                # "Redis Streams" → "Redis", "NATS Streaming" → "NATS"; "Apache Pulsar" → "Pulsar"
                if len(words) > 1 and words[0].casefold() in VENDORS:
                    candidates.append(" ".join(words[1:]))
                elif len(words) > 1 and all(w.casefold() in GENERIC_WORDS for w in words[1:]):
                    if firsts.count(words[0].casefold()) == 1:
                        candidates.append(words[0])
            wanted.append(list(dict.fromkeys(c for c in candidates if c.casefold() != subject.name.casefold())))
        owners: dict[str, set[int]] = {}
        for index, subject in enumerate(self.all):
            for name in [subject.name, *wanted[index]]:
                owners.setdefault(name.casefold(), set()).add(index)
        for index, subject in enumerate(self.all):
            seen: set[str] = set()
            for alias in wanted[index]:
                folded = alias.casefold()
                if owners[folded] == {index} and folded not in seen:
                    seen.add(folded)
                    subject.aliases.append(alias)
            subject.spellings = []

    def key_at_start(self, text: str) -> str | None:
        subject = self.starting(text)
        return subject.key if subject else None

    def starting(self, text: str) -> ImportedSubject | None:
        """The subject a clause opens with ("Kafka для ...", "NATS Streaming for ...")."""
        best = None
        folded = text.casefold()
        for subject in self.all:
            for name in subject.names():
                n = name.casefold()
                boundary = len(folded) == len(n) or not folded[len(n) : len(n) + 1].isalnum()
                if folded.startswith(n) and boundary and (best is None or len(n) > best[0]):
                    best = (len(n), subject)
        return best[1] if best else None


def is_rating_table(cells: list[str]) -> bool:
    filled = [c for c in cells if c]
    return bool(filled) and all(_RATING_START.match(c) for c in filled)


def guess_language(sheet: Sheet) -> str:
    labels = [sheet.title, *(r.label for t in sheet.tables for r in t.rows)]
    labels += [t.title for t in sheet.tables] + [lst.title for lst in sheet.lists]
    labels += [p.title for p in sheet.phrases] + [t.title for t in sheet.takeaways]
    joined = " ".join(labels)
    return "ru" if len(_CYRILLIC.findall(joined)) > len(_LATIN.findall(joined)) / 3 else "en"


def build_yaml(sheet: Sheet, *, deck_id: str, source_name: str, language: str) -> tuple[str, Subjects, list]:
    """The deck YAML for a sheet, the subjects found in it, and (line, message) for what was left out."""
    left_out: list[tuple[int, str]] = []
    subjects = Subjects()
    table_subjects = [subjects.match_section(t.subjects) for t in sheet.tables]
    takeaway_subjects = [subjects.match_section([s for _, s, _ in t.items]) for t in sheet.takeaways]
    list_subjects = [subjects.match_section([g.subject for g in lst.groups]) for lst in sheet.lists]
    subjects.finish()
    sections = KeyMaker(RESERVED_SECTION_KEYS, fallback="section")

    out = YamlWriter()
    # the file name is not checked like the text: a control character in it would fail the deck
    out.comment(f"Imported from {printable(source_name)} by `brokerquiz import`; edit freely, then `brokerquiz check`.")
    out.comment("Format: docs/deck-format.md")
    out.field(0, "id", deck_id)
    out.field(0, "title", sheet.title)
    out.field(0, "language", language)
    out.blank()
    out.open(0, "subjects")
    for s in subjects.all:
        out.open(1, s.key)
        out.field(2, "name", s.name)
        if s.aliases:
            out.flow_list(2, "aliases", s.aliases)

    for kind, rating in (("tables", False), ("ratings", True)):
        chosen = [(t, subs) for t, subs in zip(sheet.tables, table_subjects) if is_rating_table([c for r in t.rows for c in r.cells]) == rating]
        if not chosen:
            continue
        out.blank()
        out.open(0, kind)
        for table, subs in chosen:
            out.open(1, sections.make(table.title))
            out.field(2, "title", table.title)
            out.open(2, "rows")
            rows = KeyMaker(fallback="row")
            for name, subject in _repeats(table.subjects, subs):
                left_out.append((table.line, f"could not place the column {name!r}: an earlier column names the same subject"))
            for row in table.rows:
                out.open(3, rows.make(row.label))
                out.field(4, "label", row.label)
                done = set()
                for subject, cell in zip(subs, row.cells):
                    if cell and subject.key not in done:
                        out.field(4, subject.key, cell)
                    done.add(subject.key)

    if sheet.lists:
        out.blank()
        out.open(0, "lists")
        for lst, subs in zip(sheet.lists, list_subjects):
            out.open(1, sections.make(lst.title))
            out.field(2, "title", lst.title)
            groups: dict[str, list[str]] = {}  # two headings for one subject: one list of items
            for subject, group in zip(subs, lst.groups):
                groups.setdefault(subject.key, []).extend(text for _, text in group.items)
            for key, texts in groups.items():
                out.open(2, key)
                items = KeyMaker(fallback="item")
                for text in texts:
                    out.field(3, items.make(text, max_words=4), text)

    for takeaways, subs in zip(sheet.takeaways[:1], takeaway_subjects[:1]):
        out.blank()
        out.open(0, "takeaways")
        out.field(1, "title", takeaways.title)
        done = set()
        for subject, (line, name, text) in zip(subs, takeaways.items):
            if subject.key in done:
                left_out.append((line, f"could not place this line (a second takeaway for {name}): {text}"))
            else:
                out.field(1, subject.key, text)
            done.add(subject.key)

    if sheet.phrases:
        out.blank()
        out.open(0, "phrases")
        phrase_keys = KeyMaker(fallback="phrase")
        for phrase in sheet.phrases:
            out.open(1, phrase_keys.make(phrase.title))
            out.field(2, "title", phrase.title)
            out.field(2, "text", phrase.text)
            clauses = phrase_clauses(phrase.text, subjects.key_at_start)
            if clauses:
                out.open(2, "clauses")
                for key, clause in clauses:
                    out.field(3, key, clause)
    return out.text(), subjects, left_out


def _repeats(names: list[str], subjects: list[ImportedSubject]) -> list[tuple[str, ImportedSubject]]:
    seen: set[str] = set()
    repeats = []
    for name, subject in zip(names, subjects):
        if subject.key in seen:
            repeats.append((name, subject))
        seen.add(subject.key)
    return repeats


def refuse_unsafe(text: str, path: str) -> None:
    """A DeckError naming each control, bidi or non-character in `text` at FILE:LINE:COL: a deck may
    not hold them, and in a sheet they are mojibake no codec undid or meant to drive a terminal."""
    found = unsafe_characters(text) + [(m.start(), m.group()) for m in _NONCHARACTERS.finditer(text)]
    if not found:
        return
    problems = []
    for index, char in sorted(found)[:MAX_REPORTED]:
        line = text.count("\n", 0, index) + 1
        col = index - (text.rfind("\n", 0, index) + 1) + 1
        what = "control character" if ord(char) <= 0xFF else "bidi control" if ord(char) < 0xFFFE else "noncharacter"
        problems.append(Problem(path, line, col, f"{what} {describe(char)} (is the file in another encoding?)"))
    raise DeckError(problems)


def import_sheet(text: str, path: str = "<sheet>", *, deck_id: str | None = None) -> ImportResult:
    """Markdown text → checked deck YAML. Raises DeckError when no deck can be made of it."""
    fixed = repair(text.replace("\r\n", "\n").replace("\r", "\n"))
    refuse_unsafe(fixed.text, path)
    # NFC: a sheet saved on macOS may spell "й" as "и" + a combining breve; keys and cells agree on one form
    sheet = read_sheet(unicodedata.normalize("NFC", fixed.text))
    warnings = tuple(Problem(path, line, 1, f"could not place this line: {shown}") for line, shown in sheet.unplaced)
    # a second and later takeaways list would overwrite the first; report rather than drop it
    for extra in sheet.takeaways[1:]:
        warnings += tuple(Problem(path, line, 1, f"could not place this line (a second takeaways list): {subject} = {t}") for line, subject, t in extra.items)
    if deck_id is not None and not KEY_RE.match(deck_id):
        raise DeckError([Problem(path, 1, 1, f"deck id {deck_id!r} must be lowercase latin letters, digits, '-' or '_'")])
    if not (sheet.tables or sheet.lists or sheet.takeaways or sheet.phrases):
        raise DeckError([Problem(path, 1, 1, "no tables, subject lists, numbered takeaways or quoted phrase found: nothing to make cards of")])
    if not sheet.title:
        sheet.title = printable(path.rsplit("/", 1)[-1].split(".")[0]) or "Imported deck"
        for block in (*sheet.tables, *sheet.lists, *sheet.takeaways, *sheet.phrases):
            block.title = block.title or sheet.title  # sections before any heading take the deck's name
    deck_id = deck_id or slug(sheet.title) or "imported"
    yaml_text, subjects, left_out = build_yaml(sheet, deck_id=deck_id, source_name=path.rsplit("/", 1)[-1], language=guess_language(sheet))
    warnings = tuple(sorted(warnings + tuple(Problem(path, line, 1, message) for line, message in left_out), key=lambda p: p.line))
    if len(subjects.all) < 2:
        found = ", ".join(s.name for s in subjects.all) or "none"
        raise DeckError([Problem(path, sheet.title_line or 1, 1, f"a deck compares at least two subjects; this sheet names {found}")])
    # the loader is the truth about the format: a deck that does not load is never handed out
    deck = parse_deck(yaml_text, f"{path} (as imported)")
    return ImportResult(yaml_text, deck, warnings, fixed)


def import_file(path: str | Path, *, deck_id: str | None = None, max_bytes: int = input_limits.DEFAULT_MAX_BYTES) -> ImportResult:
    """Read a markdown sheet from disk (a regular file of at most `max_bytes`; UTF-8, BOM and
    CRLF fine) and import it."""
    shown = str(path)
    try:
        data = input_limits.read_file(path, max_bytes, what="markdown file")
    except input_limits.InputRefused as refused:
        raise DeckError([Problem(shown, 1, 1, str(refused))]) from None
    except FileNotFoundError:
        raise DeckError([Problem(shown, 1, 1, "no such file")]) from None
    except OSError as error:
        raise DeckError([Problem(shown, 1, 1, f"cannot read: {error.strerror or error}")]) from None
    return import_sheet(decode(data, shown), shown, deck_id=deck_id)


def write_deck(path: str | Path, text: str, *, force: bool = False) -> None:
    """Write the deck as the exports write their files (`csvexport.write_atomically`): a temp
    file renamed over the target, so a crash leaves the old file or the new, never half, with
    the mode a new file gets (not the temp file's 0600).

    Raises FileExistsError unless `force`, and ExportError when it cannot be written.
    """
    from .csvexport import write_atomically

    target = Path(path)
    if target.exists() and not target.is_dir() and not force:
        raise FileExistsError(f"{target} exists; pass --force to overwrite it")
    write_atomically(target, lambda temp: temp.write_text(text, encoding="utf-8", newline="\n"))
