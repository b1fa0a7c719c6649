"""Tables of an imported sheet: which axis holds the subjects, ratings, continuation rows.

A table's subjects are along its header row (the usual cheat sheet) or down its first column
(a transposed one). The choice is made from evidence across the whole document: names that
come back elsewhere — as headings, bold leads, takeaways, other tables' axes, or in the text —
are subjects; property labels rarely recur. A two-column table whose one column only names
tools ("scenario → tool") is a use-case list, not a comparison.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .markdown import Block, Row, strip_decoration, words
from .subjects import clean_name, core, tokens

_TOOL_SPLIT = re.compile(r"\s*(?:,|;|\s/\s|\+|\bor\b|\band\b|\bили\b|\bи\b)\s*", re.IGNORECASE)
MAX_NAME_WORDS = 4


class Evidence:
    """Where names occur in a document: structural places (headings, bold leads, table axes)
    and the words of every text, each tagged with the table it belongs to (-1 for none).
    Indexed once, so scoring a name costs a few set lookups however big the sheet is."""

    def __init__(self, places: list[tuple[int, str]], texts: list[tuple[int, frozenset[str]]]):
        self.places: dict[frozenset[str], Counter] = {}
        for owner, name in places:
            self.places.setdefault(core(clean_name(name)), Counter())[owner] += 1
        self.owners = [owner for owner, _ in texts]
        self.postings: dict[str, set[int]] = {}
        for index, (_, found) in enumerate(texts):
            for token in found:
                self.postings.setdefault(token, set()).add(index)

    def score(self, name: str, table: int) -> float:
        """Recurrences of a name outside one table: two for a structural place, one for a text."""
        name = clean_name(name)
        if not name or len(name.split()) > MAX_NAME_WORDS:
            return 0.0
        wanted = core(name)
        counts = self.places.get(wanted, Counter())
        places = 2 * (sum(counts.values()) - counts[table])
        sets = sorted((self.postings.get(t, set()) for t in wanted), key=len)
        found = set.intersection(*sets) if sets else set()
        texts = sum(1 for index in found if self.owners[index] != table)
        return places + min(texts, 6)


def gather_evidence(blocks: list[Block]) -> Evidence:
    places: list[tuple[int, str]] = []
    texts: list[tuple[int, frozenset[str]]] = []
    table = -1
    for block in blocks:
        owner = -1
        if block.kind == "table":
            table += 1
            owner = table
            places += [(owner, h) for h in block.header[1:]]
            places += [(owner, r.cells[0]) for r in block.rows if r.cells and r.cells[0]]
            texts += [(owner, frozenset(tokens(c))) for r in block.rows for c in r.cells[1:]]
        elif block.kind == "heading":
            places.append((-1, block.text))
        elif block.kind in ("paragraph", "quote", "callout"):
            texts.append((-1, frozenset(tokens(block.text + " " + block.title))))
        for item in _all_items(block.items):
            if item.lead:
                places.append((-1, item.lead))
            texts.append((-1, frozenset(tokens(item.text))))
    return Evidence(places, texts)


def _all_items(items):
    for item in items:
        yield item
        yield from _all_items(item.children)


def merge_continuations(block: Block) -> tuple[list[Row], list[int]]:
    """Rows with an empty first cell continue the row above (a multi-line cell); the lines of
    such rows with no row above are returned apart, to be reported."""
    rows: list[Row] = []
    orphans: list[int] = []
    width = len(block.header)
    for row in block.rows:
        cells = (row.cells + [""] * width)[:width]
        if cells[0] == "" or not strip_decoration(cells[0]):
            if not any(cells[1:]):
                continue
            if not rows:
                orphans.append(row.line)
                continue
            above = rows[-1].cells
            rows[-1] = Row(rows[-1].line, [a if not b else f"{a} {b}".strip() for a, b in zip(above, cells)])
            continue
        rows.append(Row(row.line, cells))
    return rows, orphans


def tool_names(cell: str) -> list[str]:
    return [clean_name(p) for p in _TOOL_SPLIT.split(cell) if clean_name(p)]


def _name_like(cells: list[str], evidence: Evidence, table: int) -> float:
    """How much a column looks like a column of subject names (0..1)."""
    filled = [c for c in cells if c]
    if not filled or any(len(n.split()) > MAX_NAME_WORDS for c in filled for n in tool_names(c) or [c]):
        return 0.0
    names = [n for c in filled for n in tool_names(c)]
    repeated = len(names) > len({n.casefold() for n in names})
    known = sum(1 for n in names if evidence.score(n, table) > 0) / max(1, len(names))
    return min(1.0, known + (0.5 if repeated else 0.0))


def choose_axis(block: Block, rows: list[Row], evidence: Evidence, table: int, given: list[str]) -> str:
    """"header", "column" (transposed), "use-case" (a scenario → tool table) or "none"."""
    header = block.header
    if len(header) == 2:
        scenario, tool = [r.cells[0] for r in rows], [r.cells[1] for r in rows]
        tool_like, first_like = _name_like(tool, evidence, table), _name_like(scenario, evidence, table)
        if given:
            tool_like = _given_share(tool, given)
            first_like = _given_share(scenario, given)
        if tool_like >= 0.5 and tool_like > first_like:
            return "use-case"
        if first_like >= 0.5:
            return "column"
        return "none"
    if given:
        across, down = _given_share(header[1:], given), _given_share([r.cells[0] for r in rows], given)
    else:
        across = _mean(evidence.score(h, table) for h in header[1:] if strip_decoration(h))
        down = _mean(evidence.score(r.cells[0], table) for r in rows)
    return "column" if down > across and len(rows) >= 2 else "header"


def _given_share(names: list[str], given: list[str]) -> float:
    from .subjects import closeness

    names = [n for n in names if n]
    hits = sum(1 for n in names if any(closeness(clean_name(n), g) for g in given))
    return hits / max(1, len(names))


def _mean(values) -> float:
    values = list(values)
    return sum(values) / len(values) if values else 0.0


@lru_cache(maxsize=1)
def _marks() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """(whole-cell mark → rating, (emoji mark, rating) longest first: these may carry a note)."""
    table = words()["rating_marks"]
    whole = {mark.casefold(): rating for rating, marks in table.items() for mark in marks}
    prefixes = [(m, r) for r, marks in table.items() for m in marks if not m[0].isalnum() and m not in "+-–−~"]
    return whole, tuple(sorted(prefixes, key=lambda m: -len(m[0])))


def rating_of(cell: str) -> tuple[str, str] | None:
    """(rating, note) when a cell is a rating: an emoji mark with an optional note, or a word or
    sign mark that is the whole cell ("yes", "+", "✓"); None when it is text."""
    text = cell.strip()
    whole, prefixes = _marks()
    if text.casefold().rstrip(".!") in whole:
        return whole[text.casefold().rstrip(".!")], ""
    for mark, rating in prefixes:
        if text.startswith(mark):
            rest = text[len(mark) :]
            if rest.startswith("/"):  # "👍/⚠️ mostly": two ratings, the deck reads both
                return rating, ""
            return rating, rest.strip()
    return None


def rating_cells(rows: list[Row]) -> list[list[str | None]] | None:
    """Each cell of a ✓/✗, yes/no or 👍/⚠️/❌ table written as the deck's rating text (None where
    a cell is left out), or None when the table is not a rating table. A blank cell is ❌ in a
    table that never says "no" any other way (a ✓ / blank matrix)."""
    marks = [[rating_of(c) if c else None for c in row.cells[1:]] for row in rows]
    filled = [(c, m) for row, ms in zip(rows, marks) for c, m in zip(row.cells[1:], ms) if c]
    if not filled or any(m is None for _, m in filled):
        return None
    says_no = any(m[0] == "bad" for _, m in filled)
    emoji = words()["rating_emoji"]
    out: list[list[str | None]] = []
    for row, ms in zip(rows, marks):
        line: list[str | None] = []
        for cell, mark in zip(row.cells[1:], ms):
            if not cell:
                line.append(None if says_no else emoji["bad"])
            elif cell.startswith(tuple(emoji.values())) or cell.startswith(("✅", "✔", "✖")):
                line.append(cell)  # the deck reads these as written, note and all
            else:
                line.append(f"{emoji[mark[0]]} {mark[1]}".strip())
        out.append(line)
    return out
