"""The default said of what the card's note gives an option only: "maxlen by default trims only
the acknowledged entries" where the note says "by default trimming removes the oldest entries,
even unread; since 8.2 the ACKED option removes only the acknowledged ones".

The note's default part is its part (up to a comma) with a default word (the lexicons'
default_words); its option clauses are its clauses (up to a semicolon or a sentence end) with no
default word. A part of the answer with a default word, not denied, saying more words of the
option clauses only than of the default part only (no word said by both counts; an only word
("only") is a word too), calls the
option the default: a contradiction the expected cell is too short to hold.
"""

from __future__ import annotations

import re

from .analysis import CONTENT, Token, analyze
from .results import fragments
from .subjects import SubjectIndex
from .text import fold, lexicon_words

_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)|\n")


def _defaulted(toks: list[Token]) -> set[int]:
    words = lexicon_words("default_words")
    return {t.chunk for t in toks if (fold(t.raw) in words or fold(t.low) in words) and not t.neg}


def _content(toks: list[Token], chunks: set[int]) -> list[Token]:
    """The parts' content words and their only words ("only the acknowledged"), no default word."""
    words, only = lexicon_words("default_words"), lexicon_words("only_words")
    return [t for t in toks if t.chunk in chunks and (t.kind in CONTENT or fold(t.low) in only) and fold(t.low) not in words]


def option_called_default(answer: str, note: str, index: SubjectIndex) -> tuple[str, ...]:
    """The answer's words it calls the default of what the note gives an option; () when none."""
    if not note:
        return ()
    ans = analyze(answer, index)
    parts = _defaulted(ans.toks)
    if not parts:
        return ()
    toks = analyze(note, index).toks
    default = _content(toks, _defaulted(toks))
    cuts = [0] + [m.end() for m in _CLAUSE_END.finditer(note)] + [len(note) + 1]
    clauses = [[t for t in toks if lo <= t.start < hi] for lo, hi in zip(cuts, cuts[1:])]
    option = [t for clause in clauses if not _defaulted(clause) for t in _content(clause, {t.chunk for t in clause})]
    if not default or not option:
        return ()
    only_d = [d for d in default if not any(d.matches(o) for o in option)]
    only_o = [o for o in option if not any(o.matches(d) for d in default)]
    for chunk in parts:
        said = _content(ans.toks, {chunk})
        to_d = [w for w in said if any(w.matches(d) for d in only_d)]
        to_o = [w for w in said if any(w.matches(o) for o in only_o)]
        if len(to_o) > len(to_d):
            return fragments(w.raw for w in to_o)
    return ()
