"""An extra part the subject's cells say the other way: a part of a right answer that says no
word of the expected text nor of the question, and in it a glossary term that the subject's own
cells (deck_subject_cells) only say, where the part denies it ("and joins are not possible at
all" of a subject whose queries cell names its joins), or only deny, where the part says it
flatly ("joins like in SQL" of one whose cell says "no joins"); or a part that names nothing but
terms one other subject's cells alone say, and the subject's own cells, notes and fits never
("..., but it needs a coordinator" where one other subject's cell needs one): that subject's
fact told of this one. A part naming a word of its own besides is a detail, no borrowed claim.

A part under a condition or an option ("if ...", "can ...") makes no flat claim of it, nor does a part
inside a reason or a purpose the answer gives (reasons.py: from its marker to the end of its sentence:
"..., the redelivered flag, in order to tell that it is a repeat"), nor one defining a term the
expected text defines (definitions.py: "term — don't send it any more"). A term the
cells say both ways, or one the expected text or the question says, is no such claim.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from .analysis import Token, analyze
from .definitions import defining_spans
from .extras import claims
from .metwords import text_words
from .reasons import reason_spans
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


def _named(claim: Sequence[Token]) -> list[Token]:
    """The part's words that name a thing: no value of an opposite group ("needs"), no word that
    only asserts or joins (a lexicon's predicates, assertion_words, connective_words)."""
    asserting = lexicon_words("predicates", "assertion_words", "connective_words")
    return [t for t in claim if t.kind == "word" and t.group is None and fold(t.low) not in asserting]


@lru_cache(maxsize=64)
def _borrowed(others: tuple[tuple[str, ...], ...], index: SubjectIndex) -> frozenset[int]:
    """The terms the cells of one other subject alone say flatly."""
    seen: dict[int, int] = {}
    for cells in others:
        for term in _polarity(cells, index)[0]:
            seen[term] = seen.get(term, 0) + 1
    return frozenset(term for term, n in seen.items() if n == 1)


def _conditional(claim: Sequence[Token]) -> bool:
    """A part under a condition, an option, a reason or a default: no flat claim."""
    markers = lexicon_words("option_markers", "reason_markers", "default_words")
    return any(fold(t.raw) in markers or fold(t.low) in markers for t in claim)


def contradicted_terms(expected: str, answer: str, index: SubjectIndex, *, own: Sequence[str] = (),
                       asked: str = "", others: Sequence[Sequence[str]] = (), fits: Sequence[str] = ()) -> tuple[str, ...]:  # fmt: skip
    """The answer's parts saying nothing of the expected text nor of the question, with a term the
    subject's own cells say the other way, or made of terms only one other subject's cells
    (others: one tuple of cells per subject) say."""
    if not own:
        return ()
    said, denied = _polarity(tuple(own), index)
    mine = said | denied | _polarity(tuple(fits), index)[0]
    borrowed = _borrowed(tuple(tuple(cells) for cells in others), index) - mine
    toks = analyze(answer, index).toks
    spans = [*reason_spans(answer, toks, toks[0].start), *defining_spans(expected, answer, index)] if toks else []
    known = text_words((expected, asked), index)  # the expected and the question's words, by key: each claim word asks those near it
    for claim in claims(answer, index):
        if any(known.meeting(t) for t in claim if t.kind == "word"):
            continue
        if _conditional(claim) or any(a <= claim[0].start < b for a, b in spans):
            continue
        flat = not any(t.kind == "neg" for t in claim)
        for t in _plain(claim):
            if t.neg and t.term in said - denied:
                return fragments(u.raw for u in claim if u.kind != "stop")
            if flat and not t.neg and t.term in denied - said:
                return fragments(u.raw for u in claim if u.kind != "stop")
            if flat and not t.neg and t.term in borrowed and all(u.term in borrowed for u in _named(claim)):
                return fragments(u.raw for u in claim if u.kind != "stop")
    return ()
