"""What `brokerquiz check` warns about in a deck that loads: cards that would not be fair, notes
without a checkable source. Warnings do not stop a deck from loading; `check --strict` makes
them fail.

* A reverse card is left out (core/deck/rules.py) where a cell's value names its own subject or
  makes the same claim as another value of the row: the warning says which, at the cell. Writing
  `reverse: false` on the cell (or the row) says the author knows, and silences it.
* A card whose answer is a subject must not name it in its front or context.
* Every nuance and follow-up needs a `source`, and each source (several are joined by `;`) must be
  a full http(s) URL: "redis.io persistence docs" cannot be checked by a reader.
"""

from __future__ import annotations

from collections.abc import Iterator

from . import rules as card_rules, yamlnodes
from ..model import Card, Deck
from ..translate import _
from .yamlnodes import Node, Problem

SUBJECT_ANSWER_KINDS = ("reverse", "use-case", "scenario")


def deck_warnings(path: str, text: str, deck: Deck, cards: list[Card]) -> list[Problem]:
    """Every warning for the deck read from `text` (already loaded without errors as `deck`)."""
    root = yamlnodes.parse(text)
    found = [*_reverse_warnings(path, root, deck), *_source_warnings(path, root)]
    found += _revealing_cards(path, deck, cards)
    return sorted(found, key=lambda p: (p.line, p.col))


def _at(node: Node | None, *keys: str) -> Node | None:
    for key in keys:
        if node is None or node.kind != "map":
            return None
        node = node.get(key)
    return node


def _reverse_warnings(path: str, root: Node | None, deck: Deck) -> Iterator[Problem]:
    subjects = {s.key: s for s in deck.subjects}
    for table in deck.tables:
        for row in table.rows:
            if not row.reverse:
                continue
            for keys, reason, other in card_rules.reverse_groups(row.cells, subjects):
                if reason not in ("names", "alike"):
                    continue
                node = _at(root, "tables", table.key, "rows", row.key, keys[0]) or Node("scalar", 1, 1)
                where = f"{row.key}/{keys[0]}"
                value = row.cells[keys[0]].text
                if reason == "names":
                    why = _("«{value}» names its own subject").format(value=value)
                else:
                    why = _("«{value}» says what {other}'s «{text}» says").format(
                        value=value, other=other, text=row.cells[other].text)
                message = _("warning: no reverse card for {where}: {why}; reword it, or write "
                            "`reverse: false` on the cell (or the row) to say you know")
                yield Problem(path, node.line, node.col, message.format(where=where, why=why))


def _nodes(node: Node | None, parent_key: str = "") -> Iterator[tuple[str, Node, Node]]:
    """(key, key node, value node) of every mapping entry, depth first."""
    if node is None:
        return
    if node.kind == "map":
        for key_node, value in node.items:
            yield key_node.value or "", key_node, value
            yield from _nodes(value, key_node.value or "")
    elif node.kind == "seq":
        for item in node.items:
            yield from _nodes(item, parent_key)


def _vague_parts(source: str) -> list[str]:
    return [p.strip() for p in source.split(";") if p.strip() and not p.strip().startswith(("https://", "http://"))]


def _source_warnings(path: str, root: Node | None) -> Iterator[Problem]:
    follow_ups = _at(root, "follow_ups")
    sourced = []  # mapping nodes that must carry a source: every nuance mapping, every follow-up
    for key, key_node, value in _nodes(root):
        if key == "nuance":
            if value.kind == "scalar" and value.value:
                yield Problem(path, value.line, value.col, _("warning: nuance has no source: write it as "
                              "{text: …, source: https://…} with the page where the fact was checked"))
            elif value.kind == "map":
                sourced.append((value, _("nuance")))
        elif key == "source" and value.kind == "scalar" and value.value:
            for part in _vague_parts(value.value):
                yield Problem(path, value.line, value.col, _(
                    "warning: vague source {source!r}: give the full URL (https://…) of the page").format(source=part))
    if follow_ups is not None and follow_ups.kind == "map":
        sourced += [(v, _("follow-up {key!r}").format(key=k.value)) for k, v in follow_ups.items if v.kind == "map"]
    for node, what in sourced:
        if node.get("source") is None:
            message = _("warning: {what} has no source: add `source: https://…`").format(what=what)
            yield Problem(path, node.line, node.col, message)


def _revealing_cards(path: str, deck: Deck, cards: list[Card]) -> Iterator[Problem]:
    by_name = {s.name: s for s in deck.subjects}
    for card in cards:
        if card.kind not in SUBJECT_ANSWER_KINDS:
            continue
        answer = [by_name[n] for n in card.back.split(", ") if n in by_name]
        # a heading that names every subject ("Kafka vs RabbitMQ vs Redis") tells nothing apart
        context = [c for c in card.context if not all(card_rules.named_in(c, [s]) for s in deck.subjects)]
        shown = " ".join((card.front, *context))
        if answer and card_rules.named_in(shown, answer):
            yield Problem(path, 1, 1, _("warning: card {id} names its own answer in its question").format(id=card.id))
