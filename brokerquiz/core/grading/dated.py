"""A number dating another claim: an extra figure beside the expected ones, not a changed one.

An answer that gives every number of the model answer, each where the model answer gives it, may
date one more thing ("since 4.0 it is gone, production-ready from 3.3, and it was deprecated in
3.5" for "4.0 runs without it; production-ready since 3.3"): the extra number stands in a claim of
its own, one that says no word of any claim of the model answer that holds a number. It names
another event, so it changes none of the model answer's numbers; the number guard leaves it.

A claim is a run of words between separators and the lexicons' conjunctions ("X and Y" is two).
Its words are its content words, the numbers themselves and the words that only mark them (the
lexicons' version_markers, prepositions) left out. A number with no expected number said, or in a
claim that repeats a word of a numbered expected claim ("production-ready since 3.0"), is judged
as before: another number for the expected one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .analysis import AnalyzedText, Token
from .lexicon import lexicons
from .numbers import Number, same_time
from .text import lexicon_words


def _claims(text: AnalyzedText) -> list[list[Token]]:
    """The text's claims: its tokens between separators and conjunctions."""
    joining = lexicons().conjunctions
    out: list[list[Token]] = []
    chunk = None
    for t in text.toks:
        if t.chunk != chunk or (t.kind == "stop" and t.low in joining):
            out.append([])
            chunk = t.chunk
        out[-1].append(t)
    return out


def _is_figure(t: Token) -> bool:
    return any(c.isdigit() for c in t.raw)


def _words(claim: Sequence[Token]) -> list[Token]:
    marks = lexicon_words("version_markers", "prepositions")
    return [t for t in claim if t.kind in ("word", "subj") and not _is_figure(t) and t.low not in marks]


def _claim_of(n: Number, claims: list[list[Token]]) -> list[Token] | None:
    """The first claim with a token typed as the number's digits begin."""
    digits = re.search(r"\d+(?:[.,]\d+)?", n.raw)
    if digits is None:
        return None
    return next((c for c in claims if any(t.raw.startswith(digits.group()) for t in c)), None)


def _same(a: Number, b: Number) -> bool:
    return a.value == b.value and (a.unit == b.unit or not (a.unit and b.unit)) or same_time(a, b)


def dates_another_claim(n: Number, exp: AnalyzedText, ans: AnalyzedText) -> bool:
    """Is this answer number, none of the expected ones, an extra figure of a claim of its own:
    every expected number said by the answer too, and its claim saying content words none of
    which a numbered claim of the model answer says?"""
    if not exp.nums or not all(any(_same(e, a) for a in ans.nums) for e in exp.nums):
        return False
    a_claims, e_claims = _claims(ans), _claims(exp)
    claim = _claim_of(n, a_claims)
    if claim is None or sum(_is_figure(t) for t in claim) != 1:
        return False
    words = _words(claim)
    numbered = [w for c in e_claims if any(_is_figure(t) for t in c) for w in _words(c)]
    return bool(words) and not any(w.matches(e) for w in words for e in numbered)
