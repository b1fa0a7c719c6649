"""Identifiers: a word that is a name (a metric, a setting, a tool: "records-lag-max",
"x-dead-letter-exchange", "max.poll.records"), read as one name, not as its pieces' words.

Its pieces name no glossary term of their own ("lag" is no term of "records-lag-max", "long"
none of "x-max-length"); its pieces spelling a glossary phrase whole, a one-letter marker
("x-") aside, name that phrase's term ("x-dead-letter-exchange" is a dead letter exchange).
Ordinary hyphenated words ("read-only", "at-least-once") are words, not names.

A piece of a dotted name (a setting: "max.block.ms", "sync.replicas.timeout", "enable.idempotence")
says no value of an opposite group: "block" there is no "blocking", "ms" no latency, "enable" no
"on"; the name meets the other text's words by their keys still. A value typed after the name's
"=" ("acks=all") is the setting's value: it keeps its term. A unit piece ("ms" of
"delivery.timeout.ms") names the unit the setting is written in, not the unit of an amount said
beside it: "I set delivery.timeout.ms to 30 seconds" gives no "seconds vs ms".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING


if TYPE_CHECKING:
    from .analysis import Token
    from .glossary import Glossary

#: A hyphenated word this many pieces long that no term spells whole is a name ("x-max-length", not "read-only").
NAME_PIECES = 3


def named(t: Token) -> bool:
    """Is this word an identifier: glued to another by a dot or underscore, or NAME_PIECES pieces no term spells whole?"""
    return t.ident or (len(t.parts) >= NAME_PIECES and t.term is None)


def name_term(low: str, keys: Sequence[str], glossary: Glossary) -> int | None:
    """The glossary phrase a name's pieces spell whole, a one-letter marker piece aside, or None."""
    pieces = [p for p in low.split("-") if p]
    if len(pieces) != len(keys):
        return None
    spelled = tuple(k for p, k in zip(pieces, keys) if len(p) > 1)
    return next((term for ks, term in glossary.phrases.get(spelled[0], ()) if ks == spelled), None) if len(spelled) > 1 else None


def unvalued_pieces(text: str, toks: Sequence[Token]) -> None:
    """Each piece of a dotted name, glued by a dot or underscore (not the value after its "="),
    that spells a value of an opposite group, its unit piece too ("ms"): no term, no value (module doc)."""
    for t in toks:
        if t.ident and t.group is not None and t.kind == "word" and text[t.start - 1 : t.start] != "=":
            t.term = t.group = t.value = None
