"""A deck's `glossary:` section: the terms and opposite groups its author adds to the grader's.

    glossary:
      terms:                       # each line: spellings that mean the same
        - [MVCC, multiversion concurrency control]
      opposites:                   # values that exclude each other, each with its spellings
        isolation:
          read-committed: [read committed]
          serializable: [serializable, SERIALIZABLE isolation]
      implies:                     # one-way: saying a term of `if` says the term of `then`
        - if: [sub-millisecond, <1ms]
          then: [very fast]

Read here with the deck's NodeReader, so every problem has the deck's file:line:col.
"""

from __future__ import annotations

from ..model import DeckGlossary
from ..translate import _
from .yamlnodes import Node, NodeReader

GLOSSARY_FIELDS = ("terms", "opposites", "implies")
IMPLIES_FIELDS = ("if", "then")


def read_glossary(reader: NodeReader, node: Node | None) -> DeckGlossary | None:
    """The deck's glossary section, or None when it has none (problems go to the reader)."""
    if node is None:
        return None
    node = reader.mapping(node, "glossary")
    if node is None:
        return None
    found = reader.fields(node, GLOSSARY_FIELDS, "glossary")
    return DeckGlossary(_terms(reader, found.get("terms")), _opposites(reader, found.get("opposites")),
                        _implies(reader, found.get("implies")))  # fmt: skip


def _terms(reader: NodeReader, node: Node | None) -> tuple[tuple[str, ...], ...]:
    if node is None:
        return ()
    if node.kind != "seq":
        reader.problem(node, _("glossary terms must be a list of lists, e.g. - [MVCC, multiversion concurrency control]"))
        return ()
    terms = []
    for item in node.items:
        if item.kind != "seq":
            reader.problem(item, _("a glossary term must be a list of its spellings, e.g. [TTL, time to live]"))
            continue
        spellings = reader.text_list(item, "a glossary term")
        if len(spellings) < 2:
            reader.problem(item, _("a glossary term needs two spellings or more (the term and what else means it)"))
            continue
        terms.append(spellings)
    return tuple(terms)


def _opposites(reader: NodeReader, node: Node | None) -> tuple[tuple[str, tuple[tuple[str, tuple[str, ...]], ...]], ...]:
    if node is None:
        return ()
    node = reader.mapping(node, "glossary opposites")
    if node is None:
        return ()
    groups = []
    for key_node, group_node in node.items:
        group = reader.key(key_node, "opposite group")
        values_node = reader.mapping(group_node, f"opposite group {group!r}")
        if values_node is None:
            continue
        values = []
        for value_node, spellings_node in values_node.items:
            value = reader.key(value_node, f"a value of opposite group {group!r}")
            spellings = reader.text_list(spellings_node, f"the spellings of {group}/{value}")
            if not spellings:
                reader.problem(spellings_node, _("{group}/{value} needs at least one spelling").format(group=group, value=value))
                continue
            values.append((value, spellings))
        if len(values_node.items) < 2:
            reader.problem(values_node, _("opposite group {group!r} needs two values or more").format(group=group))
            continue
        groups.append((group, tuple(values)))
    return tuple(groups)


def _implies(reader: NodeReader, node: Node | None) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """The one-way implications: each an `if:` list of spellings and a `then:` list, not the same term."""
    if node is None:
        return ()
    if node.kind != "seq":
        reader.problem(node, _("glossary implies must be a list of if/then entries, e.g. - {if: [sub-millisecond], then: [very fast]}"))
        return ()
    entries = []
    for item in node.items:
        item = reader.mapping(item, "a glossary implication")
        if item is None:
            continue
        found = reader.fields(item, IMPLIES_FIELDS, "a glossary implication")
        said = reader.text_list(found.get("if"), "the spellings an implication's if: lists") if "if" in found else ()
        meant = reader.text_list(found.get("then"), "the spellings an implication's then: lists") if "then" in found else ()
        if not said or not meant:
            reader.problem(item, _("a glossary implication needs spellings in both if: and then:"))
            continue
        if {s.casefold() for s in said} & {s.casefold() for s in meant}:
            reader.problem(item, _("a glossary implication's if: and then: share a spelling: a term implies no other term then"))
            continue
        entries.append((said, meant))
    return tuple(entries)
