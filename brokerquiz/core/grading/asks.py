"""A question of two asks answered by its lead sentence alone.

"How does BACKWARD differ from FORWARD, and whom do you upgrade first?" A follow-up's model answer
says its point in the lead sentence, and the lead alone may make an answer right (sentences.py,
keypoints.py). When a later sentence says a word of the question that neither the lead nor a sentence between says
("FORWARD: the old schema reads ...", "A small prefetch shares ..." for "What does prefetch do,
and how do you choose it?"), that sentence answers another ask of the question (one joined by a conjunction): an answer saying
none of that sentence's own words (neither the lead's nor the question's) leaves that ask out.
So does one saying no own word of any later sentence when the lead says no word of the question's
last ask ("..., and how do you choose it?"). A question asking how one thing differs from another
(the lexicons' differ_words: "How does an eager rebalance differ from a cooperative one?") asks of
both, as if joined by a conjunction: a lead about the first alone leaves the second out.
"""

from __future__ import annotations

from functools import lru_cache

from .analysis import Token, analyze
from .lexicon import lexicons
from .sentences import sentences
from .subjects import SubjectIndex
from .text import fold, lexicon_words


def _words(text: str, index: SubjectIndex) -> tuple[Token, ...]:
    return tuple(t for t in analyze(text, index).toks if t.kind == "word" and not t.paren)


def _with_pieces(toks: tuple[Token, ...], index: SubjectIndex) -> tuple[Token, ...]:
    """The words and, for a glossary term of several words ("a crashed consumer's"), each of its
    words as well: a question saying one of them ("a consumer that crashed") is said there too."""
    pieces = [p for t in toks if t.term is not None and len(t.raw.split()) > 1 for w in t.raw.split() for p in _words(w, index)]
    return (*toks, *pieces)


def _says(toks: tuple[Token, ...], t: Token) -> bool:
    return any(t.matches(o) for o in toks)


@lru_cache(maxsize=4096)  # deck text only: the same card's asks for every answer typed to it
def other_asks(expected: str, asked: str, index: SubjectIndex) -> tuple[tuple[Token, ...], ...]:
    """The own words (neither the lead's nor the question's) of each later sentence of the model
    answer that says a word of the question the lead sentence does not."""
    parts = sentences(expected)
    joins = lexicons().conjunctions
    differ = lexicon_words("differ_words")
    cut = [t.end for t in analyze(asked, index).toks if t.kind == "stop" and t.low in joins or fold(t.low) in differ]
    if len(parts) < 2 or not cut:
        return ()  # a question of one ask ("How do you delete a key ...?"): its words recur in the detail
    question, lead = _words(asked, index), _words(parts[0], index)
    own_words = [tuple(t for t in _words(part, index) if not _says(lead, t) and not _says(question, t)) for part in parts[1:]]
    out, before = [], _with_pieces(lead, index)
    for part, own in zip(parts[1:], own_words):
        words = _with_pieces(_words(part, index), index)
        # a question word no earlier sentence says opens another ask ("Confirms and acks give ..." after
        # "If a confirm is lost ..." sums up); a piece of a dotted name ("delete" of "delete.retention.ms") asks nothing
        if own and any(not t.ident and _says(question, t) and not _says(before, t) for t in words):
            out.append(own)
        before += words
    last = _words(asked[cut[-1]:], index)  # the last ask ("how do you choose it?"), when the lead says none of its words
    if last and not any(_says(lead, t) for t in last):
        out.append(tuple(t for own in own_words for t in own))
    return tuple(own for own in out if own)


def ask_left_out(expected: str, answer: str, asked: str, index: SubjectIndex) -> bool:
    """Does the answer leave out another ask of the question that a later sentence answers?"""
    asks = other_asks(expected, asked, index)
    if not asks:
        return False
    said = _words(answer, index)
    return any(not any(_says(said, t) for t in own) for own in asks)
