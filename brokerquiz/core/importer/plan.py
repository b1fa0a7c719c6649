"""A sheet's blocks → what the deck will hold: subjects first, then each block placed or reported.

Subjects come from table axes (chosen by `sheet_tables.choose_axis`), takeaways (`**X** = text`)
and scenario → tool tables, or from `--subjects`; a heading or bold line groups the bullets
under it only when it names one of them. Callouts become nuance notes on what is above them
(`[!question]` ones follow-ups), a quote is the phrase only under a heading or bold line about
the phrase (or the one `--phrase` chooses). Every block that is not placed is reported with why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .markdown import Block, Document, Item, strip_decoration, words
from .subjects import Subject, Subjects, clean_name, closeness, tokens
from .tables import choose_axis, gather_evidence, merge_continuations, tool_names
from ..translate import N_

_TAKEAWAY = re.compile(r"^(?P<name>[^=—–:]{1,60}?)\s*(?P<sep>=|—|–|:)\s*(?P<text>\S.*)$")
_PLAIN_TAKEAWAY = re.compile(r"^(?P<name>[^=]{1,60}?)\s+=\s+(?P<text>\S.*)$")
MAX_SHOWN = 70  # characters of a block's text in a warning


@dataclass
class PlannedTable:
    title: str
    line: int
    rating: bool
    rows: list[tuple[int, str, dict[str, str]]] = field(default_factory=list)  # (line, label, key → cell)
    nuances: dict[int, list[tuple[str, str]]] = field(default_factory=dict)  # row index → (text, source)


@dataclass
class PlannedItem:
    line: int
    text: str
    also: list[str] = field(default_factory=list)
    nuance: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class PlannedList:
    title: str
    line: int
    items: dict[str, list[PlannedItem]] = field(default_factory=dict)


@dataclass
class Plan:
    """The deck to write, and every block left out as (line, reason, shown text)."""

    title: str
    subjects: Subjects
    tables: list[PlannedTable] = field(default_factory=list)
    lists: list[PlannedList] = field(default_factory=list)
    takeaways: tuple[str, dict[str, tuple[int, str]]] | None = None
    phrases: list[tuple[str, int, str, list]] = field(default_factory=list)  # (title, line, text, nuances)
    follow_ups: list[tuple[int, str, str, list[str], str]] = field(default_factory=list)
    unplaced: list[tuple[int, str, str]] = field(default_factory=list)


def _shown(text: str) -> str:
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"


def _is_phrase_title(text: str) -> bool:
    folded = text.casefold()
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", folded) for w in words()["phrase_words"])


def _takeaway(item: Item) -> tuple[str, str] | None:
    text = item.text
    if item.lead and text.startswith(item.lead):
        match = _TAKEAWAY.match(text)
        if match and match.group("name").strip() == item.lead.strip():
            return item.lead, match.group("text").strip()
        return None
    match = _PLAIN_TAKEAWAY.match(text)
    return (match.group("name").strip(), match.group("text").strip()) if match else None


def collect_subjects(doc: Document, given: list[str] | None) -> tuple[Subjects, dict[int, str]]:
    """The sheet's subjects, and each table's axis by table index."""
    subjects = Subjects(given)
    evidence = gather_evidence(doc.blocks)
    axes: dict[int, str] = {}
    tables = [b for b in doc.blocks if b.kind == "table"]
    for index, block in enumerate(tables):
        rows, _ = merge_continuations(block)
        axis = choose_axis(block, rows, evidence, index, given or []) if rows else "none"
        axes[index] = axis
        if axis == "header":
            subjects.see_axis([h for h in block.header[1:] if strip_decoration(h)], block.line, "table header")
        elif axis == "column":
            subjects.see_axis([r.cells[0] for r in rows], block.line, "table first column")
    for index, block in enumerate(tables):
        if axes[index] == "use-case":
            rows, _ = merge_continuations(block)
            for row in rows:
                for name in tool_names(row.cells[1])[:1]:
                    subjects.see(name, row.line, "scenario → tool table")
    for block in doc.blocks:
        if block.kind == "ordered":
            for item in block.items:
                found = _takeaway(item)
                if found:
                    subjects.see(found[0], item.line, "takeaway")
    if not subjects.all:  # no table, no takeaway: headings over bullets that the text mentions
        _subjects_from_headings(doc, subjects, evidence)
    if not subjects.all:  # still none: a two-column table is read the usual way, header across
        for index, block in enumerate(tables):
            if axes[index] == "none":
                axes[index] = "header"
                subjects.see_axis([h for h in block.header[1:] if strip_decoration(h)], block.line, "table header")
    return subjects, axes


def _subjects_from_headings(doc: Document, subjects: Subjects, evidence) -> None:
    for block, nxt in zip(doc.blocks, doc.blocks[1:]):
        if block.kind == "heading" and nxt.kind == "list" and block.level >= 2:
            name = strip_decoration(block.text)
            if 0 < len(name.split()) <= 3 and evidence.score(name, -1) > 2:  # its own heading counts 2
                subjects.see(name, block.line, "heading over bullets")


def heading_subject(text: str, subjects: Subjects) -> Subject | None:
    """The subject a heading or bold line names: one subject, and besides it only filler words."""
    subject = subjects.best_named(text)
    if subject is None:
        return None
    own = {t for n in subject.names() for t in tokens(n)}
    filler = {t for phrase in words()["heading_filler"] for t in tokens(phrase)}
    rest = [t for t in tokens(text) if t not in own and t not in filler]
    return subject if len(rest) <= 1 else None


class Planner:
    """Walks the blocks in order, keeping the section and the subject the bullets belong to."""

    def __init__(self, doc: Document, subjects: Subjects, axes: dict[int, str], phrase: str | None):
        self.doc, self.subjects, self.axes = doc, subjects, axes
        self.plan = Plan(doc.title, subjects)
        self.section, self.group = "", None
        self.phrase_title: str | None = None  # a heading or bold line about the phrase
        self.phrase_choice = phrase
        self.last: tuple | None = None  # what a callout below attaches to
        self.table_index = -1
        self.section_count = 0  # lists of one section gather; a new section starts a new list
        self.takeaways_block = 0

    def name_seen(self, subject: Subject, text: str, line: int, where: str) -> Subject:
        """A heading that is the subject's name (not "When to use Kafka") adds its spelling."""
        if any(closeness(clean_name(text), n) for n in subject.names()):
            return self.subjects.see(text, line, where) or subject
        return subject

    def placed_any(self) -> bool:
        plan = self.plan
        return bool(plan.tables or plan.lists or plan.takeaways or plan.phrases or plan.follow_ups)

    def skip(self, block: Block, reason: str, text: str | None = None) -> None:
        self.plan.unplaced.append((block.line, reason, _shown(text if text is not None else block.text)))

    def run(self) -> Plan:
        for block in self.doc.blocks:
            getattr(self, f"on_{block.kind}")(block)
        return self.plan

    def on_heading(self, block: Block) -> None:
        text = strip_decoration(block.text)
        if not text:
            return  # an emoji-only heading is decoration
        subject = heading_subject(text, self.subjects)
        if subject is not None:
            self.group = self.name_seen(subject, text, block.line, "heading")
            return
        if not self.plan.title and not self.placed_any():  # a heading after a table titles no deck
            self.plan.title = text
            self.section, self.group, self.phrase_title = text, None, None
            return
        self.section, self.group, self.last = text, None, None
        self.section_count += 1
        self.phrase_title = text if _is_phrase_title(text) else None

    def on_paragraph(self, block: Block) -> None:
        if block.bold:
            subject = heading_subject(block.text, self.subjects)
            if subject is not None:
                self.group = self.name_seen(subject, block.text, block.line, "bold line")
                return
            if _is_phrase_title(block.text):
                self.phrase_title = strip_decoration(block.text)
                return
        self.skip(block, N_("prose"))

    def on_table(self, block: Block) -> None:
        from .placing import place_table

        self.table_index += 1
        place_table(self, block, self.axes.get(self.table_index, "none"))

    def on_list(self, block: Block) -> None:
        from .placing import place_items

        place_items(self, block.items, None)

    def on_ordered(self, block: Block) -> None:
        from .placing import place_takeaways

        place_takeaways(self, block)

    def on_quote(self, block: Block) -> None:
        chosen = self.phrase_choice
        picked = chosen is not None and (chosen == str(block.line) or (not chosen.isdigit() and chosen.casefold() in block.text.casefold()))
        if picked or (chosen is None and self.phrase_title):
            title = self.phrase_title or self.section
            self.plan.phrases.append((title, block.line, block.text, []))
            self.last = ("phrase", self.plan.phrases[-1])
            self.phrase_title = None
            return
        self.skip(block, N_("a quote not under a heading about the phrase (choose one with --phrase LINE)"))

    def on_callout(self, block: Block) -> None:
        from .placing import place_callout

        place_callout(self, block)

    def on_code(self, block: Block) -> None:
        self.skip(block, N_("a code block"), f"{block.text} ({block.end - block.line + 1} lines)")

    def on_html(self, block: Block) -> None:
        self.skip(block, N_("HTML"))


def plan_sheet(doc: Document, *, given: list[str] | None = None, phrase: str | None = None) -> Plan:
    subjects, axes = collect_subjects(doc, given)
    return Planner(doc, subjects, axes, phrase).run()
