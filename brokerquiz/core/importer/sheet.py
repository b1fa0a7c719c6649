"""Markdown cheat sheet → deck YAML: subjects first, then every block placed or reported.

`import_sheet(text, path)` repairs mojibake, refuses control characters at FILE:LINE:COL, reads
the markdown with markdown-it-py (importer/markdown.py), finds the subjects and places each block
(importer/plan.py, importer/placing.py), and writes the deck with `yaml.safe_dump`. The YAML is run
through the deck loader before it is returned, so what the importer hands out passes
`brokerquiz check`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .. import input_limits
from ..translate import N_, _
from ..deck.load import KEY_RE, DeckError, Problem, decode, parse_deck, read_input
from .keys import KeyMaker, phrase_clauses, slug
from ..model import Deck
from .mojibake import Repair, repair
from ..safe_text import describe, printable, unsafe_characters
from .markdown import read_markdown
from .plan import Plan, plan_sheet

RESERVED_SECTION_KEYS = {"takeaways", "phrases", "follow-ups"}  # topics of their own in cards.py
_CYRILLIC = re.compile(r"[а-яёА-ЯЁіїєґІЇЄҐ]")
_LATIN = re.compile(r"[a-zA-Z]")
_NONCHARACTERS = re.compile("[\ufffe\uffff]")  # YAML refuses them; safe_text finds the rest
MAX_REPORTED = 20  # problems listed for one sheet; a binary file would list thousands


@dataclass(frozen=True)
class ImportResult:
    """The deck YAML, the checked Deck it loads as, what was not placed, and the repair done."""

    yaml: str
    deck: Deck
    warnings: tuple[Problem, ...]
    repair: Repair
    plan: Plan | None = None

    def unplaced(self) -> list[tuple[int, str, str]]:
        """(line, reason, text) of every block left out, in line order."""
        return sorted(self.plan.unplaced) if self.plan else []


def guess_language(plan: Plan) -> str:
    labels = [plan.title, *(label for t in plan.tables for _, label, _ in t.rows), *(t.title for t in plan.tables)]
    labels += [lst.title for lst in plan.lists] + [p[0] for p in plan.phrases]
    joined = " ".join(labels)
    return "ru" if len(_CYRILLIC.findall(joined)) > len(_LATIN.findall(joined)) / 3 else "en"


def _nuance(notes: list[tuple[str, str]]):
    text = " ".join(t for t, _ in notes)
    source = "; ".join(dict.fromkeys(s for _, s in notes if s))
    return {"text": text, "source": source} if source else text


def _cell(text: str, notes: list, also: list[str] | None = None):
    if not notes and not also:
        return text
    value: dict = {"text": text}
    if also:
        value["also"] = also
    if notes:
        value["nuance"] = _nuance(notes)
    return value


def deck_data(plan: Plan, deck_id: str, language: str) -> dict:
    """The deck as plain data, in the order the hand-made decks use."""
    data: dict = {"id": deck_id, "title": plan.title, "language": language, "subjects": {}}
    for s in plan.subjects.all:
        data["subjects"][s.key] = {"name": s.name, **({"aliases": list(s.aliases)} if s.aliases else {})}
    sections = KeyMaker(RESERVED_SECTION_KEYS, fallback="section")  # tables, ratings, lists share keys
    for kind, rating in (("tables", False), ("ratings", True)):
        chosen = [t for t in plan.tables if t.rating == rating]
        if chosen:
            data[kind] = {sections.make(t.title): {"title": t.title, "rows": _rows(t)} for t in chosen}
    if plan.lists:
        data["lists"] = {}
    for lst in plan.lists:
        section: dict = {"title": lst.title}
        for key, items in lst.items.items():
            keys = KeyMaker(fallback="item")
            section[key] = {keys.make(i.text, max_words=4): _cell(i.text, i.nuance, i.also) for i in items}
        data["lists"][sections.make(lst.title)] = section
    if plan.takeaways:
        title, items = plan.takeaways
        data["takeaways"] = {"title": title, **{key: _cell(text, notes) for key, (_, text, notes) in items.items()}}
    if plan.phrases:
        data["phrases"] = _phrases(plan)
    if plan.follow_ups:
        data["follow_ups"], keys = {}, KeyMaker(fallback="follow-up")
        for _, question, answer, about, source in plan.follow_ups:
            entry = {"question": question, "answer": answer, **({"subjects": about} if about else {}), **({"source": source} if source else {})}
            data["follow_ups"][keys.make(question, max_words=5)] = entry
    return data


def _rows(table) -> dict:
    rows, keys = {}, KeyMaker(fallback="row")
    for index, (_, label, cells) in enumerate(table.rows):
        row: dict = {"label": label}
        if table.nuances.get(index):
            row["nuance"] = _nuance(table.nuances[index])
        rows[keys.make(label)] = {**row, **cells}
    return rows


def _phrases(plan: Plan) -> dict:
    phrases, keys = {}, KeyMaker(fallback="phrase")
    for title, _, text, notes in plan.phrases:
        phrase: dict = {"title": title, "text": text}
        if notes:
            phrase["nuance"] = _nuance(notes)
        clauses = phrase_clauses(text, plan.subjects.key_at_start)
        if clauses:
            phrase["clauses"] = dict(clauses)
        phrases[keys.make(title)] = phrase
    return phrases


def write_yaml(data: dict, source_name: str) -> str:
    import yaml

    # the file name is not checked like the text: a control character in it would fail the deck
    head = f"# Imported from {printable(source_name)} by `brokerquiz import`; edit freely, then `brokerquiz check`.\n# Format: docs/deck-format.md\n"
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml where the build has it
    return head + yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=100, default_flow_style=False)


def _not_placed(reason: str, shown: str) -> str:
    """A line the importer left out, and why (`reason` is marked N_ where it is written)."""
    if shown:
        return _("not placed ({reason}): {text}").format(reason=_(reason), text=shown)
    return _("not placed ({reason})").format(reason=_(reason))


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
        what = _("control character") if ord(char) <= 0xFF else _("bidi control") if ord(char) < 0xFFFE else _("noncharacter")
        message = _("{what} {char} (is the file in another encoding?)").format(what=what, char=describe(char))
        problems.append(Problem(path, line, col, message))
    raise DeckError(problems)


def _fill_titles(plan: Plan, path: str) -> None:
    """Sections before any heading take the deck's title; a deck without one, its file's name."""
    if not plan.title:
        plan.title = printable(path.rsplit("/", 1)[-1].split(".")[0]) or "Imported deck"
    for table in plan.tables:
        table.title = table.title or plan.title
    for lst in plan.lists:
        lst.title = lst.title or plan.title
    if plan.takeaways and not plan.takeaways[0]:
        plan.takeaways = (plan.title, plan.takeaways[1])
    plan.phrases = [(title or plan.title, *rest) for title, *rest in plan.phrases]


def import_sheet(text: str, path: str = "<sheet>", *, deck_id: str | None = None, subjects: list[str] | None = None, phrase: str | None = None) -> ImportResult:
    """Markdown text → checked deck YAML. Raises DeckError when no deck can be made of it.

    `subjects` names the subjects (the user knows better); `phrase` picks the quote that is
    the phrase, by its line number or by words it holds.
    """
    fixed = repair(text.replace("\r\n", "\n").replace("\r", "\n"))
    refuse_unsafe(fixed.text, path)
    if deck_id is not None and not KEY_RE.match(deck_id):
        message = _("deck id {id!r} must be lowercase latin letters, digits, '-' or '_'").format(id=deck_id)
        raise DeckError([Problem(path, 1, 1, message)])
    # NFC: a sheet saved on macOS may spell "й" as "и" + a combining breve; keys and cells agree on one form
    doc = read_markdown(unicodedata.normalize("NFC", fixed.text))
    plan = plan_sheet(doc, given=subjects, phrase=phrase)
    warnings = tuple(Problem(path, line, 1, _not_placed(reason, shown)) for line, reason, shown in sorted(plan.unplaced))
    if not (plan.tables or plan.lists or plan.takeaways or plan.phrases or plan.follow_ups):
        # the lines not placed say why: they follow the error
        message = _("no tables, subject lists, numbered takeaways or quoted phrase found: nothing to make cards of")
        raise DeckError([Problem(path, 1, 1, message), *warnings[:MAX_REPORTED]])
    if len(plan.subjects.all) < 2:
        found = ", ".join(s.name for s in plan.subjects.all) or _("none")
        title_line = next((b.line for b in doc.blocks if b.kind == "heading"), 1)
        message = _("a deck compares at least two subjects; this sheet names {found} (name them with --subjects \"A,B\")")
        message = message.format(found=found)
        raise DeckError([Problem(path, title_line, 1, message), *warnings[:MAX_REPORTED]])
    _fill_titles(plan, path)
    plan.subjects.finish()
    deck_id = deck_id or slug(plan.title) or "imported"
    data = deck_data(plan, deck_id, guess_language(plan))
    yaml_text = write_yaml(data, path.rsplit("/", 1)[-1])
    # the loader is the truth about the format: a deck that does not load is never handed out
    deck = parse_deck(yaml_text, f"{path} (as imported)")
    return ImportResult(yaml_text, deck, warnings, fixed, plan)


def import_file(path: str | Path, *, max_bytes: int = input_limits.DEFAULT_MAX_BYTES, **options) -> ImportResult:
    """Read a markdown sheet from disk (a regular file of at most `max_bytes`; UTF-8, BOM and
    CRLF fine) and import it; `options` are import_sheet's."""
    shown = str(path)
    data = read_input(path, max_bytes, what=N_("markdown file"))
    return import_sheet(decode(data, shown), shown, **options)


def write_deck(path: str | Path, text: str, *, force: bool = False) -> None:
    """Write the deck as the exports write their files (`atomic_write.write_atomically`): the
    old file or the new, never half, with the mode a new file gets (not the temp file's 0600).

    Raises TargetExists unless `force` (also when the file appears while the deck is written),
    and ExportError when it cannot be written.
    """
    from ..files import write_atomically

    target = Path(path)
    write_atomically(target, lambda temp: temp.write_text(text, encoding="utf-8", newline="\n"), overwrite=force)
