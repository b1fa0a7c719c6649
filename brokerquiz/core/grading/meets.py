"""Which answer word says which expected word: the pair matrix grade_text builds for every
answer against every expected text, the hottest loop of the grader.

A pair meets when the words match (Token.matches), one is the other negated by a prefix and
denied ("not mutable" = immutable), a class-noun phrase's other words are said (head_meets), the
answer's compound has the expected word as its head (compound_head_meets), or the answer denies
the other value of a two-value group (denied_other_value). Each of the last three holds only
for words of some shape, tested once per word here rather than once per pair.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache
from typing import NamedTuple

from .analysis import Token, _keys_meet, analyze, negated_forms
from .glossary import Glossary
from .heads import compound_head_meets, head_meets
from .negphrase import denied_other_value
from .subjects import SubjectIndex


def same_matrix(
    exp_words: list[Token], ans_words: list[Token], skip: Collection[int], glossary: Glossary, prefixes: tuple[str, ...]
) -> list[list[bool]]:
    """same[i][j]: does answer word j say expected word i? Never for an answer word in skip."""
    # what the pair tests need of the answer word (heads.py, negphrase.py): a plain word, a plain non-term word
    plain = [a.kind == "word" and not a.neg for a in ans_words]
    untermed = [p and a.term is None for p, a in zip(plain, ans_words)]
    cols = [(j in skip, a, p, u) for j, (a, p, u) in enumerate(zip(ans_words, plain, untermed))]
    out = []
    for e in exp_words:
        word = e.kind == "word" and not e.neg
        phrase = word and (" " in e.low or "-" in e.low)  # head_meets: a phrase or compound
        kind_of = word and e.group is None  # compound_head_meets: no value of a group
        valued = not e.neg and e.group is not None  # denied_other_value: a value of a group
        out.append([not skipped and (
            e.matches(a) or (e.neg != a.neg and negated_forms(e, a, glossary))
            or (phrase and p and head_meets(e, a, glossary)) or (kind_of and u and compound_head_meets(e, a, prefixes))
            or (valued and a.neg and denied_other_value(e, a, glossary)))
            for skipped, a, p, u in cols])  # fmt: skip
    return out


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
    return any(_keys_meet(t.key, t.ukey, t.parts, t.kind, w.key, w.ukey, w.parts, w.kind) for w in words.toks)
