"""Which answer word says which expected word: the pair matrix grade_text builds for every
answer against every expected text, the hottest loop of the grader.

A pair meets when the words match (Token.matches), one is the other negated by a prefix and
denied ("not mutable" = immutable), a class-noun phrase's other words are said (head_meets), the
answer's compound has the expected word as its head (compound_head_meets), or the answer denies
the other value of a two-value group (denied_other_value). Each of the last three holds only
for words of some shape, tested once per word here rather than once per pair.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

from .analysis import Token, analyze, negated_forms
from .glossary import Glossary
from .keymeet import keys_meet
from .heads import HEAD_MIN, MODIFIER_MIN, compound_head_meets, head_meets
from .negphrase import denied_other_value
from .subjects import SubjectIndex


def same_matrix(
    exp_words: list[Token], ans_words: list[Token], skip: Collection[int], glossary: Glossary, prefixes: tuple[str, ...]
) -> list[list[bool]]:
    """same[i][j]: does answer word j say expected word i? Never for an answer word in skip.
    Token.matches is written out here (the same tests in its order) and what each other test
    needs of the answer word is asked once per column: this loop meets every pair."""
    # what the pair tests need of the answer word (heads.py, negphrase.py): a plain word, a plain non-term
    # word long enough or hyphenated to be a compound, a word negated_forms may read
    cols = []
    for j, a in enumerate(ans_words):
        plain = a.kind == "word" and not a.neg
        compound = plain and a.term is None and (bool(a.parts) or max(len(a.key), len(a.ukey)) >= COMPOUND_MIN)
        cols.append((j in skip, a, plain, compound, _may_negate(a), a.term, a.group, a.key, a.ukey, a.parts, a.kind, a.neg))
    out = []
    for e in exp_words:
        word = e.kind == "word" and not e.neg
        phrase = word and (" " in e.low or "-" in e.low)  # head_meets: a phrase or compound
        kind_of = word and e.group is None  # compound_head_meets: no value of a group
        valued = not e.neg and e.group is not None  # denied_other_value: a value of a group
        negates = _may_negate(e)
        term, group, key, ukey, parts, kind, neg = e.term, e.group, e.key, e.ukey, e.parts, e.kind, e.neg
        out.append([not skipped and (
            (term is not None and term == a_term)  # Token.matches: the same term; never two values of a group
            or (not (group is not None and group == a_group)
                and (key == a_key or keys_meet(key, ukey, parts, kind, a_key, a_ukey, a_parts, a_kind)))
            or (neg != a_neg and negates and a_negates and negated_forms(e, a, glossary))
            or (phrase and p and head_meets(e, a, glossary)) or (kind_of and c and compound_head_meets(e, a, prefixes))
            or (valued and a_neg and denied_other_value(e, a, glossary)))
            for skipped, a, p, c, a_negates, a_term, a_group, a_key, a_ukey, a_parts, a_kind, a_neg in cols])  # fmt: skip
    return out


#: The shortest key of a word without hyphens that can be a compound with an expected word as its head
#: (heads.HEAD_MIN letters of head after heads.MODIFIER_MIN of modifier).
COMPOUND_MIN = HEAD_MIN + MODIFIER_MIN


def _may_negate(t: Token) -> bool:
    """Can negated_forms hold for this token and any other (a word, not a marked key, no identifier piece)?"""
    return t.kind == "word" and t.key[:1] != "§" and not t.ident

class PlainWords(NamedTuple):
    """A text's words of no opposite group, with their terms and keys as sets for a quick look."""

    toks: tuple[Token, ...]
    terms: frozenset[int]
    keys: frozenset[str]


@lru_cache(maxsize=1024)  # the question and the neutral texts recur for every answer to a card
def plain_words(text: str, index: SubjectIndex, kinds: tuple[str, ...], negated: bool) -> PlainWords:
    """The text's tokens of these kinds that are no value of an opposite group (negated ones too, or not)."""
    toks = tuple(t for t in analyze(text, index).toks if t.kind in kinds and t.group is None and (negated or not t.neg))
    return PlainWords(toks, frozenset(t.term for t in toks if t.term is not None), frozenset(t.key for t in toks))


def meets_plain(t: Token, words: PlainWords) -> bool:
    """any(t.matches(w) for w in words.toks), for a token of no opposite group: the same term or
    key by the sets, else keys a typo or an ending apart."""
    if (t.term is not None and t.term in words.terms) or t.key in words.keys:
        return True
    return any(keys_meet(t.key, t.ukey, t.parts, t.kind, w.key, w.ukey, w.parts, w.kind) for w in words.toks)


def matching(q: Token, toks: Sequence[Token]) -> list[int]:
    """The places of the tokens that match q: [j for j, t in enumerate(toks) if t.matches(q)],
    with Token.matches written out (it is symmetric) for a loop over a whole text."""
    term, group, key, ukey, parts, kind = q.term, q.group, q.key, q.ukey, q.parts, q.kind
    return [
        j for j, t in enumerate(toks)
        if (term is not None and term == t.term)
        or (not (group is not None and group == t.group)
            and (key == t.key or keys_meet(key, ukey, parts, kind, t.key, t.ukey, t.parts, t.kind)))
    ]  # fmt: skip


def matches_any(q: Token, toks: Iterable[Token]) -> bool:
    """any(q.matches(t) for t in toks), with Token.matches written out."""
    term, group, key, ukey, parts, kind = q.term, q.group, q.key, q.ukey, q.parts, q.kind
    for t in toks:
        if (term is not None and term == t.term) or (not (group is not None and group == t.group) and (
                key == t.key or keys_meet(key, ukey, parts, kind, t.key, t.ukey, t.parts, t.kind))):  # fmt: skip
            return True
    return False
