"""An extra part the subject's cells say the other way: a part of a right answer that says no
word of the expected text nor of the question, and in it a glossary term that the subject's own
cells (deck_subject_cells) only say, where the part denies it ("and joins are not possible at
all" of a subject whose queries cell names its joins), or only deny, where the part says it
flatly ("joins like in SQL" of one whose cell says "no joins").

A part under a condition or an option ("if ...", "can ...") makes no flat claim of it. A term the
cells say both ways, or one the expected text or the question says, is no such claim.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from .analysis import Token, analyze
from .extras import claims
from .results import fragments
from .subjects import SubjectIndex
from .text import fold, lexicon_words


def _plain(toks: Iterable[Token]) -> list[Token]:
    """The glossary terms among these tokens, none in parentheses or an aside."""
    return [t for t in toks if t.kind == "word" and t.term is not None and not t.paren and not t.aside]


@lru_cache(maxsize=256)  # a subject's cells are the same for every answer to its cards
def _polarity(cells: tuple[str, ...], index: SubjectIndex) -> tuple[frozenset[int], frozenset[int]]:
    """The terms these cells say flatly, and those they deny."""
    toks = [t for cell in cells for t in _plain(analyze(cell, index).toks)]
    return frozenset(t.term for t in toks if not t.neg), frozenset(t.term for t in toks if t.neg)  # type: ignore[misc]


def _conditional(claim: Sequence[Token]) -> bool:
    """A part under a condition, an option, a reason or a default: no flat claim."""
    markers = lexicon_words("option_markers", "reason_markers", "default_words")
    return any(fold(t.raw) in markers or fold(t.low) in markers for t in claim)


def contradicted_terms(expected: str, answer: str, index: SubjectIndex, *, own: Sequence[str] = (),
                       asked: str = "") -> tuple[str, ...]:  # fmt: skip
    """The answer's terms, in parts saying nothing of the expected text nor of the question, that
    the subject's own cells say the other way."""
    if not own:
        return ()
    known = [t for text in (expected, asked) for t in analyze(text, index).toks if t.kind == "word"]
    said, denied = _polarity(tuple(own), index)
    for claim in claims(answer, index):
        if any(t.matches(k) for t in claim if t.kind == "word" for k in known):
            continue
        if _conditional(claim):
            continue
        flat = not any(t.kind == "neg" for t in claim)
        for t in _plain(claim):
            if t.neg and t.term in said - denied:
                return fragments(u.raw for u in claim if u.kind != "stop")
            if flat and not t.neg and t.term in denied - said:
                return fragments(u.raw for u in claim if u.kind != "stop")
    return ()
