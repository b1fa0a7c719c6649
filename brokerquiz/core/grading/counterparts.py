"""The sentence of the model answer that a sentence of the answer says: its counterpart.

A model answer of several sentences says one thing per sentence ("The default gives one subject
per topic. RecordNameStrategy registers a schema per record type."). A word the answer denies in
one of its sentences ("a schema per record type, not one per topic") contradicts a plain word of
the sentence it says, not one of another sentence about another thing; the polarity guard asks
this before it reports a denial (guards.py). The counterpart is the model answer's sentence (or
sentences, tied) whose own words (those no other sentence says) the answer's clause holding the
word says the most of, two at least; else its whole sentence decides; when that ties too, or says
none, there is no counterpart and every sentence is held against the word, as for a one-sentence
model answer. Only a denial is held to its counterpart: a word said plainly stays held against a
denial in any sentence, since one sentence of an answer often joins two of the model answer's
("share groups, and they keep per-key order" against "... Each record is acked on its own; there
is no ordering": wrong).
"""

from __future__ import annotations

from collections.abc import Sequence

from .analysis import Token
from .sentencecuts import sentence_numbers

#: The fewest of a sentence's own words the answer's clause must say for the clause to decide its
#: counterpart (a thing and a claim of it); a clause saying fewer is judged by its whole sentence.
CLAUSE_DECIDES = 2


def counterpart_starts(a: Token, a_toks: Sequence[Token], answer: str, e_toks: Sequence[Token], expected: str) -> frozenset[int] | None:
    """The starts of the model answer's words in the counterpart of the answer's word `a` (see the
    module's doc); None when there is none (one sentence, a tie, nothing said of any)."""
    by_sentence: dict[int, list[Token]] = {}
    for e, n in zip(e_toks, sentence_numbers(expected, list(e_toks))):
        if e.kind in ("word", "subj"):
            by_sentence.setdefault(n, []).append(e)
    if len(by_sentence) < 2:
        return None
    own = {n: [e for e in words if not any(e.matches(o) for m, others in by_sentence.items() if m != n for o in others)]
           for n, words in by_sentence.items()}  # a word two sentences say tells neither
    numbers = sentence_numbers(answer, list(a_toks))
    mine = next((n for t, n in zip(a_toks, numbers) if t is a), None)
    if mine is None:
        return None
    sentence = [t for t, n in zip(a_toks, numbers) if t is not a and t.kind in ("word", "subj") and not t.paren and n == mine]
    for unit, fewest in (([t for t in sentence if t.major == a.major], CLAUSE_DECIDES), (sentence, 1)):
        said = {n: sum(any(w.matches(e) for e in words) for w in unit) for n, words in own.items()}
        top = max(said.values())
        best = [n for n, count in said.items() if count == top]
        if top >= fewest and len(best) < len(said):
            return frozenset(e.start for n in best for e in by_sentence[n])
    return None


def in_counterpart(a: Token, e: Token, a_toks: Sequence[Token], answer: str, e_toks: Sequence[Token], expected: str) -> bool:
    """Is the model answer's word `e` in the counterpart of the answer's word `a` (or is there none)?
    Asked last, of a denial about to be reported only."""
    starts = counterpart_starts(a, a_toks, answer, e_toks, expected)
    return starts is None or e.start in starts
