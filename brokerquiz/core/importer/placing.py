"""Placing one block of a sheet: tables (either axis), bullets, takeaways, callouts.

Each function takes the Planner (importer/plan.py), adds what it places to its Plan and reports
what it cannot place with a reason, so `--dry-run` can group the losses.
"""

from __future__ import annotations

import re

from .markdown import Block, Item, Row, strip_decoration, words
from .plan import PlannedItem, PlannedList, PlannedTable, Planner, _takeaway, heading_subject
from .subjects import Subject, tokens
from .tables import merge_continuations, rating_cells, tool_names
from ..translate import N_

_LEAD_REST = re.compile(r"^\s*[:=—–-]\s*")


def place_table(p: Planner, block: Block, axis: str) -> None:
    p.last = None  # a note below a table is about the table, never about what came before it
    rows, orphans = merge_continuations(block)
    for row in block.rows:
        if row.extra:
            p.plan.unplaced.append((row.line, N_("a row with more cells than its header"), f"{row.extra} cell(s) left out"))
    for line in orphans:
        p.plan.unplaced.append((line, N_("a continuation row with no row above"), ""))
    if not rows:
        p.skip(block, N_("a table with no rows"), " | ".join(block.header))
        return
    if axis == "none":
        p.skip(block, N_("a two-column table that names no subject in either column"), " | ".join(block.header))
        return
    if axis == "use-case":
        _use_cases(p, block, rows)
        return
    if axis == "column":  # subjects down the first column: each property column becomes a row
        names = [r.cells[0] for r in rows]
        rows = [Row(block.line, [block.header[j], *(r.cells[j] for r in rows)]) for j in range(1, len(block.header))]
        where = "table first column"
    else:
        names = block.header[1:]
        where = "table header"
    _matrix(p, block, names, rows, where)


def _matrix(p: Planner, block: Block, names: list[str], rows: list[Row], where: str) -> None:
    keep = [i for i, n in enumerate(names) if strip_decoration(n)]
    for i, name in enumerate(names):
        if i not in keep:
            p.skip(block, N_("a column or row whose name is empty"), f"{where}: position {i + 2}")
    found = p.subjects.see_axis([names[i] for i in keep], block.line, where)
    columns: list[tuple[int, Subject]] = []
    seen: set[str] = set()
    for i, subject in zip(keep, found):
        if subject is None:
            p.skip(block, N_("names no subject given with --subjects"), names[i])
        elif subject.key in seen:
            p.skip(block, N_("an earlier column names the same subject"), names[i])
        else:
            columns.append((i, subject))
            seen.add(subject.key)
    ratings = rating_cells(rows)
    table = PlannedTable(p.section, block.line, ratings is not None)
    for r, row in enumerate(rows):
        label = strip_decoration(row.cells[0])
        cells = {}
        for i, subject in columns:
            text = ratings[r][i] if ratings is not None else row.cells[i + 1]
            if text:
                cells[subject.key] = text
        if not label or not cells:
            p.skip(block, N_("a table row without a label or cells"), " | ".join(row.cells))
            continue
        table.rows.append((row.line, label, cells))
    if table.rows:
        p.plan.tables.append(table)
        p.last = ("table", table, block.end)


def _list_here(p: Planner) -> PlannedList:
    lists = p.plan.lists
    if not lists or lists[-1].title != p.section or getattr(lists[-1], "section", None) != p.section_count:
        lists.append(PlannedList(p.section, 0))
        lists[-1].section = p.section_count  # type: ignore[attr-defined]
    return lists[-1]


def _add_item(p: Planner, subject: Subject, line: int, text: str, also: list[str] | None = None) -> None:
    planned = PlannedItem(line, text, also or [])
    _list_here(p).items.setdefault(subject.key, []).append(planned)
    p.last = ("item", planned)


def _use_cases(p: Planner, block: Block, rows: list[Row]) -> None:
    placed: list[PlannedItem] = []
    for row in rows:
        named = [s for s in (p.subjects.find(n) for n in tool_names(row.cells[1])) if s is not None]
        if not named or not strip_decoration(row.cells[0]):
            p.plan.unplaced.append((row.line, N_("a scenario row that names no subject"), " | ".join(row.cells)))
            continue
        also = [s.key for s in dict.fromkeys(named[1:]) if s.key != named[0].key]
        _add_item(p, named[0], row.line, strip_decoration(row.cells[0]), also)
        placed.append(p.last[1])
    if placed:
        p.last = ("scenarios", placed, block.end)


def place_items(p: Planner, items: list[Item], owner: Subject | None) -> None:
    for item in items:
        lead = heading_subject(item.lead, p.subjects) if item.lead else None
        if lead is not None and item.children:  # "Use **Kafka** for:" over nested bullets
            place_items(p, item.children, lead)
            continue
        text = item.text
        subject = owner or p.group
        if lead is not None and text.startswith(item.lead) and len(text) > len(item.lead):
            subject, text = lead, _LEAD_REST.sub("", text[len(item.lead) :]).strip()
        if subject is None:
            p.plan.unplaced.append((item.line, N_("a bullet under no subject"), item.text))
            _report_children(p, item.children)
            continue
        if text:
            _add_item(p, subject, item.line, text)
        place_items(p, item.children, subject)


def _report_children(p: Planner, items: list[Item]) -> None:
    for item in items:
        p.plan.unplaced.append((item.line, N_("a bullet under no subject"), item.text))
        _report_children(p, item.children)


def place_takeaways(p: Planner, block: Block) -> None:
    for item in block.items:
        found = _takeaway(item)
        if found is None:
            if p.group is not None:
                place_items(p, [item], p.group)
            else:
                p.plan.unplaced.append((item.line, N_("a numbered line that is not `Subject = text`"), item.text))
            continue
        name, text = found
        subject = p.subjects.find(name)
        if subject is None:
            p.plan.unplaced.append((item.line, N_("a takeaway for no subject given with --subjects"), item.text))
            continue
        if p.plan.takeaways is None:
            p.plan.takeaways = (p.section, {})
            p.takeaways_block = block.line
        title, taken = p.plan.takeaways
        if p.takeaways_block != block.line:
            p.plan.unplaced.append((item.line, N_("a second takeaways list"), item.text))
        elif subject.key in taken:
            p.plan.unplaced.append((item.line, f"a second takeaway for {name}", text))
        else:
            taken[subject.key] = (item.line, text, [])
            p.last = ("takeaway", taken[subject.key])


def place_callout(p: Planner, block: Block) -> None:
    source = block.urls[0] if block.urls else ""
    if block.callout in words()["follow_up_callouts"]:
        question, answer = block.title, block.text
        if not question and "?" in answer:
            question, answer = answer.split("?", 1)
            question, answer = question.strip() + "?", answer.strip()
        if not question or not answer:
            p.skip(block, N_("a question callout without a question and an answer"), block.title or block.text)
            return
        keys = [s.key for s in p.subjects.named_in(f"{question} {answer}")]
        p.plan.follow_ups.append((block.line, question, answer, keys, source))
        return
    text = ": ".join(t for t in (block.title, block.text) if t)
    if not text or p.last is None:
        p.skip(block, N_("a note with nothing above it to attach to"), text)
        return
    note = (text, source)
    kind, target = p.last[:2]
    if kind in ("table", "scenarios"):
        _note_below_table(p, block, note)
    elif kind == "item":
        target.nuance.append(note)
    else:  # a takeaway or a phrase: (line, text, nuances) / (title, line, text, nuances)
        target[-1].append(note)


def _note_below_table(p: Planner, block: Block, note: tuple[str, str]) -> None:
    """A note right under a table's last row (no blank line between) is that row's nuance; one
    after a blank line is about the table: the nuance of the row it names (the longest label
    whose words it uses), and, naming none, reported: a deck keeps notes on rows, not tables."""
    kind, target, end = p.last
    labels = [label for _, label, _ in target.rows] if kind == "table" else [item.text for item in target]
    if block.line == end + 1:
        index = len(labels) - 1
    else:
        found = set(tokens(note[0]))
        named = [i for i, label in enumerate(labels) if set(tokens(label)) <= found]
        if not named:
            p.skip(block, N_("a note below a table that names none of its rows (a deck keeps notes on rows)"), note[0])
            return
        index = max(named, key=lambda i: len(labels[i]))
    if kind == "table":
        target.nuances.setdefault(index, []).append(note)
    else:  # a scenario → tool table: each row is a list item
        target[index].nuance.append(note)
