"""Said to happen by itself where the model answer says someone can do it: "then the server moves
the message into its built-in DLQ stream" where the model answer says "a subscriber to the
advisory can move the message into a DLQ stream". The answer's agency word (the lexicons'
agency_words, or a doer_agency_word after a machine doer: sweeping.py) that none of the model
answer and the question backs, in a part of the answer saying two or more words of a clause of
the model answer that says one can (the lexicons' ability_words) or that it is one's own doing
(owner_words: "your own dead-letter stream", not after an owner_not_after word: "its own"), turns
that option into a thing done by itself: a contradiction, not an omission.

An agency word denied ("there is no built-in DLQ") or in parentheses claims nothing; one beside a
clause of the model answer without an ability word ("autovacuum runs it in the background") is
no option turned around, nor is one said of the clause's own doer ("a subscriber moves it by itself").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .analysis import Token, analyze
from .subjects import SubjectIndex
from .sweeping import agency_said, new_sweeping_words
from .text import fold, lexicon_words

#: Where a clause of the model answer ends: a sentence end, a semicolon, a line.
_CLAUSE_END = re.compile(r"[.!?;](?:\s|$)|\n")
#: The fewest words of the model answer's clause the answer's part must say beside the agency word.
SHARED_MIN = 2


@lru_cache(maxsize=1)
def _ability() -> frozenset[str]:
    return lexicon_words("ability_words", "owner_words")


def _marks_option(toks: list[Token], i: int) -> bool:
    """Does toks[i] say one can do it, or that it is one's own ("your own DLQ"), not "its own"?"""
    low = fold(toks[i].low)
    if low not in _ability():
        return False
    return low not in lexicon_words("owner_words") or i == 0 or fold(toks[i - 1].low) not in lexicon_words("owner_not_after")


@lru_cache(maxsize=4096)  # deck text only: the same clauses for every answer to a card (read only)
def _ability_clauses(expected: str, index: SubjectIndex) -> list[tuple[list[Token], list[Token]]]:
    """(the doer: content words before the ability word, the rest's content words) of the part
    (up to a comma) of each clause of the model answer that says an ability word ("a subscriber to
    it | can move the message ...")."""
    exp = analyze(expected, index)
    cuts = [0] + [m.end() for m in _CLAUSE_END.finditer(expected)] + [len(expected) + 1]
    out = []
    for lo, hi in zip(cuts, cuts[1:]):
        toks = [t for t in exp.toks if lo <= t.start < hi]
        at = next((i for i in range(len(toks)) if _marks_option(toks, i)), None)
        if at is not None:  # its part only: "you can enable auto-commit, and the consumer commits" can enable, no more
            words = [(i, t) for i, t in enumerate(toks) if t.kind in ("word", "subj") and not t.neg and t.chunk == toks[at].chunk]
            out.append(([t for i, t in words if i < at], [t for i, t in words if i > at]))
    return out


def option_turned_around(expected: str, answer: str, asked: str, index: SubjectIndex) -> tuple[str, ...]:
    """The answer's agency word (as typed) said of what a clause of the model answer says one can do; () when none."""
    clauses = _ability_clauses(expected, index) if _ability() else []
    if not clauses:
        return ()
    ans = analyze(answer, index)
    said = [(w, t) for w, t in agency_said(ans) if t is not None and not t.neg and not t.paren and not t.aside]
    if not said:
        return ()
    new = set(new_sweeping_words(ans, (expected, asked), index, agency=True))
    for w, t in said:
        if w not in new:
            continue
        part = [a for a in ans.toks if a.chunk == t.chunk and a is not t and a.kind in ("word", "subj")]
        for doer, rest in clauses:
            if any(a.matches(e) for e in doer for a in part):
                continue  # the one who can do it does it itself: the model answer's own claim
            if sum(1 for e in rest if any(a.matches(e) for a in part)) >= SHARED_MIN:
                return (t.raw,)
    return ()
