"""An identifier borrowed from another subject: a right answer naming an API name ("$lookup",
"MaxAckPending", "max.poll.interval.ms", "x_delivery_limit") that the deck's typed cards (their
backs, nuances and accepted answers) give one other subject and never this one, nor the model answer, its accepted
answers or the question ("no, one denormalized table per query, or join with $lookup" on a card
whose subject has no $lookup). An identifier is a word with a sigil, an inner capital, or pieces
joined by dots or underscores, or a command in capitals of five letters or more ("XCLAIM"); a
plain word or an acronym ("SQL", "ACID") is no one's own. One said in a part that denies something
("no $lookup") claims nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .analysis import analyze
from .results import fragments
from .subjects import SubjectIndex

_IDENT = re.compile(r"\$[A-Za-z_]\w*|\b[a-z]+[A-Z]\w*|\b[A-Z][a-z]+[A-Z]\w*|\b\w+(?:[._]\w+)+|\b[A-Z]{5,}\b")


def _idents(text: str) -> dict[str, str]:
    """The identifiers of a text, folded to lower case, each with its text as typed."""
    return {m.group().lower().rstrip("._"): m.group() for m in _IDENT.finditer(text) if not m.group().replace(".", "").isdigit()}


@lru_cache(maxsize=8192)  # a deck text (a cell, a note, a model answer) is one of many subjects' and cards' sets
def _text_idents(text: str) -> frozenset[str]:
    """The identifiers of one deck text, folded (cached apart: a set that misses _known's cache reads texts known already)."""
    return frozenset(_idents(text))


@lru_cache(maxsize=256)
def _known(texts: tuple[str, ...]) -> frozenset[str]:
    return frozenset(k for text in texts if text for k in _text_idents(text))


def borrowed_identifiers(answer: str, own: Sequence[str], others: Sequence[Sequence[str]], index: SubjectIndex) -> tuple[str, ...]:
    """The answer's identifiers that one other subject's texts (others: one tuple per subject)
    name and the subject's own (own) never do."""
    said = _idents(answer)
    if not said or not others:
        return ()
    toks = analyze(answer, index).toks
    denying = [(min(t.start for t in toks if t.major == m), max(t.end for t in toks if t.major == m))
               for m in {t.major for t in toks if t.neg or t.kind == "neg"}]
    said = {k: raw for k, raw in said.items() if not any(a <= answer.find(raw) < b for a, b in denying)}
    mine = _known(tuple(own))
    said = {k: raw for k, raw in said.items() if k not in mine}
    if not said:
        return ()
    theirs = [_known(tuple(texts)) for texts in others]
    return fragments(raw for k, raw in said.items() if sum(k in t for t in theirs) == 1)
