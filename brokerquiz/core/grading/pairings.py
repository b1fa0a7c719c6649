"""Pairs swapped: the model answer pairs things in sentences of their own, each "X — Y" or "X: Y"
("Ready grows — too few consumers. Unacked grows — consumers hang."), and a part of the answer
joined by a dash or a colon ("ready grows — consumers hang") says on its left words only one
sentence's X says and on its right words only another sentence's Y says: it pairs one
sentence's thing with another's claim. So does a sentence of the answer without a dash naming one
sentence's thing and another's claim, none of its own ("with BACKWARD you upgrade the producers
first" for "BACKWARD: ..., so consumers are upgraded first. FORWARD: ..., so producers go first.").
Words said by more than one sentence ("grows", "consumers") tell no sentence apart; identifier
pieces and parentheses are left out.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .analysis import Token, analyze
from .results import fragments
from .sentencecuts import token_sentences
from .subjects import SubjectIndex

_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
#: The most words the thing a pair names may have ("BACKWARD", "Ready grows") for a sentence without a dash.
_TERM_MAX_WORDS = 3
_JOINT = re.compile(r"\s[-–—]\s|[–—]|:")


def _words(toks: list[Token]) -> list[Token]:
    return [t for t in toks if t.kind in ("word", "subj") and not t.paren and not t.ident]


def _only_of(side: list[Token], distinct: list[list[Token]]) -> int | None:
    """The one sentence whose own words (none another sentence says) this side says, or None."""
    hit = {n for n, own in enumerate(distinct) if any(w.matches(e) for w in side for e in own)}
    return next(iter(hit)) if len(hit) == 1 else None


def _halves(text: str, toks: list[Token]) -> tuple[list[Token], list[Token]] | None:
    """A sentence's words before and after its first dash or colon; None without one."""
    for a, b in zip(toks, toks[1:]):
        if _JOINT.search(text[a.end : b.start]):
            return [t for t in toks if t.start <= a.start], [t for t in toks if t.start >= b.start]
    return None


@lru_cache(maxsize=4096)  # deck text only: the same pairs for every answer to a card
def _pairs(expected: str, index: SubjectIndex) -> tuple[list[list[Token]], list[list[Token]], list[int]] | None:
    """The model answer's sentences' (heads, tails), each half's words no other sentence says
    ([] for a sentence without a dash or colon), and the sentences named by a short term of their
    own; None when fewer than two sentences pair anything (read only)."""
    if not _JOINT.search(expected):
        return None
    exp = analyze(expected, index)
    sentences = [_words(s) for s in token_sentences(expected, exp.toks)]
    halves = [_halves(expected, s) for s in sentences]
    if sum(h is not None for h in halves) < 2:
        return None
    def own(n: int, toks: list[Token]) -> list[Token]:  # words no other sentence says
        return [e for e in toks if not any(e.matches(o) for k, other in enumerate(sentences) if k != n for o in other)]

    heads = [own(n, h[0]) if h else [] for n, h in enumerate(halves)]
    tails = [own(n, h[1]) if h else [] for n, h in enumerate(halves)]
    named = [n for n, h in enumerate(halves) if h and 1 <= len(h[0]) <= _TERM_MAX_WORDS and heads[n]]
    return heads, tails, named


def swapped_pairs(expected: str, answer: str, index: SubjectIndex) -> tuple[str, ...]:
    """The answer's words pairing one sentence's thing of the model answer with another's claim."""
    pairs = _pairs(expected, index)
    if pairs is None:
        return ()
    heads, tails, named = pairs
    toks = analyze(answer, index).toks
    majors: dict[int, list[Token]] = {}
    for t in toks:
        majors.setdefault(t.major, []).append(t)
    order = sorted(majors)
    for left, right in zip(order, order[1:]):
        gap = answer[majors[left][-1].end : majors[right][0].start]
        if not _JOINT.search(gap) or _SENTENCE_END.search(gap):
            continue
        a, b = _only_of(_words(majors[left]), heads), _only_of(_words(majors[right]), tails)
        if a is not None and b is not None and a != b:
            return fragments(t.raw for t in _words(majors[right]))
    # no dash in the answer ("with BACKWARD you upgrade the producers first"): a sentence naming one
    # pair's thing only and another pair's claim only, none of its own
    # pair's claim; its terms tell the claims apart ("producers", not the verb "upgrade" beside them)
    terms = [[e for e in tail if e.term is not None] for tail in tails]
    # only pairs named by a term of their own ("BACKWARD: ..."), not a dash inside a sentence of prose
    if len(named) < 2:
        return ()
    heads = [head if n in named else [] for n, head in enumerate(heads)]
    for sentence in token_sentences(answer, toks):
        words = _words(sentence)
        a, b = _only_of(words, heads), _only_of(words, terms)
        if a is not None and b is not None and a != b and terms[a]:
            return fragments(w.raw for w in words if any(w.matches(e) for e in terms[b]))
    return ()
