"""Card ids are built and taken apart only in brokerquiz/core/card_ids.py (issue 10).

An AST walk over brokerquiz/ (card_ids.py left out) looks for the ways ids used to be written
in place, and each rule is tried on a snippet of the old code it must catch:

  kind     a string built (f-string, %, .format, +) with a piece like "/fact/" or "cloze/"
           (a card kind, an interview question kind or a topic prefix between slashes)
  joined   an f-string or "/".join of nothing but values and slashes, when a value is an id
           or a deck, or the first value is a section key (a topic "table/row")
  glued    `+` of an id with "/" or with another id (`deck_id + "/"`, `pair_id + card.id[n:]`)
  apart    .split / .rsplit / .partition / .rpartition on "/" of an id, a key or a topic
  swapped  any string method called with a "/kind/" piece (`.replace("/phrase/", "/cloze/")`)

Names decide what is an id: `id`, `card_id`, `*_id`, `.id`, `deck` and, for taking apart, keys
and topics too. Rating texts ("👍/⚠️"), paths, counts ("3/10") and messages naming a cell are
not ids and are not flagged.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from brokerquiz.core.card_ids import SHAPES

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "brokerquiz"
OWNER = PACKAGE / "core" / "card_ids.py"
# lines in files this branch does not own, with the card_ids call to use instead; a test below
# fails once a line is gone, so the list only shrinks
PENDING: dict[tuple[str, str], str] = {}  # (file, line) → the card_ids call to use instead; empty: none left

SEGMENTS = (*SHAPES, "compare", "scenario", "use", "takeaways", "phrases", "follow-ups")
_SEG = "|".join(re.escape(s) for s in sorted(SEGMENTS, key=len, reverse=True))
KIND_PIECE = re.compile(rf"(^|/)({_SEG})/|/({_SEG})$")
ID_NAME = re.compile(r"^(id|ids|card_id|card_ids|\w+_id|\w+_ids|deck|prefix)$")
SECTION_NAME = re.compile(r"^(table|table_key|lst|list_key|section)$")
PART_NAME = re.compile(r"^(id|ids|\w*_?id|\w*_ids|deck|key|keys|\w+_key|topic|topics|\w+_topic|prefix|sibling)$")
SPLITTERS = {"split", "rsplit", "partition", "rpartition"}


def _names(node: ast.AST) -> list[str]:
    """Every identifier in `node`: names and attribute names (`card.id` gives card, id)."""
    out = []
    for sub in ast.walk(node):
        if isinstance(sub, ast.Name):
            out.append(sub.id)
        elif isinstance(sub, ast.Attribute):
            out.append(sub.attr)
    return out


def _mentions(node: ast.AST, pattern: re.Pattern) -> bool:
    return any(pattern.match(name) for name in _names(node))


def _first_name(node: ast.AST) -> str:
    """The identifier a value is read from: `table.key` → table, `row_key` → row_key."""
    while isinstance(node, (ast.Attribute, ast.Subscript, ast.Call)):
        node = node.func if isinstance(node, ast.Call) else node.value
    return node.id if isinstance(node, ast.Name) else ""


def _str(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _slash_joined(values: list[ast.AST]) -> bool:
    """Values joined by slashes only: an id when one is an id or a deck, a topic when the
    first is a section key."""
    return bool(values) and (
        any(_mentions(v, ID_NAME) for v in values) or bool(SECTION_NAME.match(_first_name(values[0])))
    )


def _fstring(node: ast.JoinedStr) -> str | None:
    pieces = [_str(v) for v in node.values if _str(v) is not None]
    values = [v.value for v in node.values if isinstance(v, ast.FormattedValue)]
    if any(KIND_PIECE.search(p) for p in pieces):
        return "kind"
    if values and len(values) > 1 and pieces and all(p == "/" for p in pieces) and _slash_joined(values):
        return "joined"
    return None


def _binop(node: ast.BinOp) -> str | None:
    if isinstance(node.op, ast.Mod) and KIND_PIECE.search(_str(node.left) or ""):
        return "kind"
    if not isinstance(node.op, ast.Add):
        return None
    sides = (node.left, node.right)
    if any(KIND_PIECE.search(_str(s) or "") for s in sides):
        return "kind"
    ids = [s for s in sides if _str(s) is None and _mentions(s, ID_NAME)]
    slash = [s for s in sides if "/" in (_str(s) or "")]
    if ids and (slash or len(ids) == 2):
        return "glued"
    return None


def _call(node: ast.Call) -> str | None:
    if not isinstance(node.func, ast.Attribute):
        return None
    method, receiver = node.func.attr, node.func.value
    args = [_str(a) for a in node.args]
    if any(KIND_PIECE.search(a or "") for a in args):
        return "swapped"
    if method == "format" and KIND_PIECE.search(_str(receiver) or ""):
        return "kind"
    if method == "join" and _str(receiver) == "/" and _slash_joined(node.args):
        return "joined"
    if method in SPLITTERS and args and args[0] and "/" in args[0] and _mentions(receiver, PART_NAME):
        return "apart"
    return None


def violations(source: str) -> list[tuple[int, str]]:
    """(line, rule) of every place `source` builds or takes apart an id by hand."""
    found = []
    for node in ast.walk(ast.parse(source)):
        rule = None
        if isinstance(node, ast.JoinedStr):
            rule = _fstring(node)
        elif isinstance(node, ast.BinOp):
            rule = _binop(node)
        elif isinstance(node, ast.Call):
            rule = _call(node)
        if rule:
            found.append((node.lineno, rule))
    return sorted(set(found))


def _hits() -> dict[tuple[str, str], list[str]]:
    """(file, stripped line) → rules, for every hit in the package outside card_ids.py."""
    found: dict[tuple[str, str], list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == OWNER:
            continue
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        for line, rule in violations(source):
            found.setdefault((path.relative_to(ROOT).as_posix(), lines[line - 1].strip()), []).append(rule)
    return found


def test_no_id_is_built_or_parsed_outside_card_ids():
    found = {where: rules for where, rules in _hits().items() if where not in PENDING}
    assert not found, f"build or parse ids with brokerquiz/core/card_ids.py: {found}"


@pytest.mark.parametrize("where", sorted(PENDING), ids=lambda w: w[1])
def test_each_pending_line_is_still_there(where):
    assert where in _hits(), f"{where[0]} no longer has {where[1]!r}: remove it from PENDING"


# the old code, one snippet per pattern (from the commits before card_ids was used everywhere)
OLD = {
    "fact id": ('ids = tuple(f"{deck.id}/fact/{topic}/{k}" for k in row.cells)', "kind"),
    "use-case id": ('x = f"{deck.id}/use-case/{list_key}/{subject_key}/{item.key}"', "kind"),
    "takeaway id": ('card_ids.append(f"{deck.id}/takeaway/{subject_key}")', "kind"),
    "phrase id": ('return f"{deck_id}/phrase/{phrase_key}"', "kind"),
    "clause id": ('x = f"{prefix}/{label}"', "joined"),
    "question key": ("key = f\"compare/{topic}/{'+'.join(keys)}\"", "kind"),
    "card question key": ("key = f\"{kind}/{card.id.split('/', 2)[-1]}\"", "apart"),
    "topic": ('topic = f"{table.key}/{row.key}"', "joined"),
    "topic of keys": ('topic = f"{table_key}/{row_key}"', "joined"),
    "list topic": ('out.append((f"{lst.key}/{subject.key}", args, ids))', "joined"),
    "percent": ('x = "%s/cloze/%s" % (deck, key)', "kind"),
    "format": ('x = "{}/rating/{}".format(deck, topic)', "kind"),
    "plus kind": ('x = deck + "/scenario/" + topic', "kind"),
    "slash join": ('x = "/".join((deck_id, kind, key))', "joined"),
    "deck prefix": ('ok = card.id.startswith(deck_id + "/")', "glued"),
    "other deck": ("other = cards.get(pair_id + card.id[len(deck_id) :])", "glued"),
    "replace kind": ('prefix = card.id.replace("/phrase/", "/cloze/", 1)', "swapped"),
    "rpartition kind": ('deck_id, _, key = prefix.rpartition("/cloze/")', "swapped"),
    "rsplit id": ('prefix = cloze_card.id.rsplit("/", 1)[0]', "apart"),
    "split card_id": ('known = {card_id.split("/", 1)[0] for card_id in ids}', "apart"),
    "partition topic": ('table, _, row = topic.partition("/")', "apart"),
}


@pytest.mark.parametrize("name", sorted(OLD))
def test_each_old_pattern_is_caught(name):
    snippet, rule = OLD[name]
    assert rule in {r for _, r in violations(snippet)}, f"{name}: {snippet}"


NOT_IDS = {
    "rating emoji": 'return "/".join(RATING_EMOJI[r] for r in self.rating)',
    "rating text": 'for part in raw.split("/"): pass',
    "a path": 'name = path.rsplit("/", 1)[-1]',
    "a count": 'x = f"{figures.seen}/{figures.cards}"',
    "a progress line": 'x = f"Question {session.index + 1}/{len(session.questions)}"',
    "a cell in a message": 'x = f"{row.key}/{keys[0]}"',
    "a message with keys": 'x = f"cell {row_key}/{subject}"',
    "a topic prefix for SQL": 'prefix = focus_topic.rstrip("/") + "/"',
    "a subject's names": 'names = {p.strip() for p in display.split("/")}',
    "prose about kinds": 'x = f"{n} cards: use the cloze kind"',
}


@pytest.mark.parametrize("name", sorted(NOT_IDS))
def test_what_is_not_an_id_is_not_flagged(name):
    assert violations(NOT_IDS[name]) == []
