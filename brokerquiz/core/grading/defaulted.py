"""A default the deck's own text contradicts: a value of an opposite group (glossary.yaml) the
answer calls the default ("serializable is the default", "synchronous by default") where

- the expected text offers that value as a choice and names no default in its part ("Full ACID,
  serializable isolation available": a lexicon's available_words): one option, not the default; or
- the expected text and the subject's other cells (deck_subject_cells) name values of that group,
  never this one, and the expected text offers none of them as a choice ("async replicas can lag" of a subject said to replicate "synchronously by
  default"): the deck gives the subject another value.

The value is one of the default word's part ("the default isolation is serializable").
A default the texts agree with ("async by default" where a cell says async), one of a group the
texts never name, or a value the expected text calls the default itself, is no such claim.
"""

from __future__ import annotations

from collections.abc import Sequence

from .analysis import Token, analyze
from .results import fragments
from .subjects import SubjectIndex
from .text import fold, lexicon_words


def _values(toks: Sequence[Token]) -> list[Token]:
    """The text's flat group values: none negated, in parentheses or in an aside, nor a negator or a
    yes/no ("with no internal confirms" calls no rating the default)."""
    return [t for t in toks if t.group is not None and t.value is not None and not t.neg and not t.paren and not t.aside
            and t.kind == "word"]


def _says(t: Token, words: frozenset[str]) -> bool:
    """Is the token one of these (folded) lexicon words, as typed or as analysed?"""
    return fold(t.raw) in words or fold(t.low) in words


def _offered(toks: Sequence[Token]) -> set[tuple[str, str]]:
    """(group, value) the text offers as a choice: in a part with an available word and no default word."""
    available, default = lexicon_words("available_words"), lexicon_words("default_words")
    parts = {t.chunk for t in toks if _says(t, available)} - {t.chunk for t in toks if _says(t, default)}
    return {(t.group, t.value) for t in _values(toks) if t.chunk in parts}  # type: ignore[misc]


def contradicted_default(expected: str, answer: str, cells: Sequence[str], index: SubjectIndex, note: str = "") -> tuple[str, ...]:
    """The answer's values it calls the default where the expected text offers them as a choice,
    or where the expected text and the subject's cells name only other values of their group, or
    where the expected text or the card's note (note) calls another value of the group the default
    ("the default is at-least-once" against "at-most-once by default")."""
    toks = analyze(answer, index).toks
    default = lexicon_words("default_words")
    parts = {t.chunk for t in toks if _says(t, default)}
    called = [t for t in _values(toks) if t.chunk in parts]
    if not called:
        return ()
    exp = analyze(expected, index).toks
    offered = _offered(exp)
    named: dict[str, set[str]] = {}
    for toks in (exp, *(analyze(cell, index).toks for cell in cells)):
        for t in _values(toks):
            named.setdefault(t.group, set()).add(t.value)  # type: ignore[arg-type]
    chosen = {group for group, _ in offered}  # a group the text offers choices of: its default is not told
    told = _defaults(note, index)
    for group, values in _defaults(expected, index).items():  # "By default dead lettering is at-most-once: ..."
        told.setdefault(group, set()).update(values)
    return fragments(n.raw for n in called if (n.group, n.value) in offered
                     or (n.group in named and n.group not in chosen and n.value not in named[n.group])
                     or (n.group in told and n.value not in told[n.group]))  # fmt: skip


def _defaults(note: str, index: SubjectIndex) -> dict[str, set[str]]:
    """group -> the values a text calls the default (in a part with a default word)."""
    if not note:
        return {}
    toks = analyze(note, index).toks
    parts = {t.chunk for t in toks if _says(t, lexicon_words("default_words"))}
    out: dict[str, set[str]] = {}
    for t in _values(toks):
        if t.chunk in parts:
            out.setdefault(t.group, set()).add(t.value)  # type: ignore[arg-type]
    return out
