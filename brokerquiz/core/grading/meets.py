"""Which answer word says which expected word: the pair matrix grade_text builds for every
answer against every expected text, the hottest loop of the grader.

A pair meets when the words match (Token.matches), one is the other negated by a prefix and
denied ("not mutable" = immutable), a class-noun phrase's other words are said (head_meets), the
answer's compound has the expected word as its head (compound_head_meets), the answer denies
the other value of a two-value group (denied_other_value), or the answer's term implies the
expected one (the glossary's implies:, one-way: "sub-millisecond" says "very fast"). Each of the
last four holds only for words of some shape, tested once per word here rather than once per pair.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple


from .analysis import Token, analyze
from .negforms import negated_forms
from .glossary import Glossary
from .keymeet import keys_meet
from .implications import mark_implied
from .heads import HEAD_MIN, MODIFIER_MIN, compound_head_meets, head_ends, head_meets
from .negphrase import denied_other_value
from .pieces import piece_terms, pieced
from .subjects import SubjectIndex
from .text import near_typos
from .thresholds import PREFIX_MIN


def same_matrix(
    exp_words: list[Token], ans_words: list[Token], skip: Collection[int], glossary: Glossary, prefixes: tuple[str, ...]
) -> list[list[bool]]:
    """same[i][j]: does answer word j say expected word i? Never for an answer word in skip.
    Token.matches asked only of the answer words its keys may meet (_KeyIndex), the other tests
    only of the answer words of the shape each needs: most pairs of two texts meet by no test."""
    index = _answer_index(_index_fields(ans_words))
    # what the other tests need of the answer word (heads.py, negphrase.py): a plain word, a plain
    # non-term word long enough or hyphenated to be a compound, a word negated_forms may read, a denial
    plain = [j for j, a in enumerate(ans_words) if a.kind == "word" and not a.neg]
    compound = [j for j in plain if ans_words[j].term is None and (bool(ans_words[j].parts) or max(len(ans_words[j].key), len(ans_words[j].ukey)) >= COMPOUND_MIN)]  # fmt: skip
    negating = [j for j, a in enumerate(ans_words) if _may_negate(a)]
    denying = [j for j, a in enumerate(ans_words) if a.neg]
    hyphenated = [j for j in compound if ans_words[j].parts]
    # a term implying the expected one says it (glossary implies:, one-way); neither denied
    implying = [j for j, a in enumerate(ans_words) if a.term is not None and not a.neg] if glossary.implied_by else []
    compounds = pieced(ans_words)  # "xid-wraparound", "multi-document": each piece's term said (pieces.py)
    said_terms = {a.term for a in ans_words} if compounds else set()
    ending: dict[str, list[int]] = {}  # an unhyphenated compound's places by the ends its head may be (heads.head_ends)
    for j in compound:
        if not ans_words[j].parts:
            for end in head_ends(ans_words[j]):
                ending.setdefault(end, []).append(j)
    out = []
    for e in exp_words:
        row = _matches_row(e, ans_words, index)
        word = e.kind == "word" and not e.neg
        if _may_negate(e):  # one the other with a negating prefix, one denied ("not mutable" = immutable)
            _mark(row, e, ans_words, [j for j in negating if ans_words[j].neg != e.neg], lambda a: negated_forms(e, a, glossary))
        if word and (" " in e.low or "-" in e.low):  # a class-noun phrase or compound's other words said
            _mark(row, e, ans_words, plain, lambda a: head_meets(e, a, glossary))
        if word and e.group is None:  # the answer's compound has the expected word as its head (a key
            # shorter than HEAD_MIN is the head of a hyphenated compound only: of one with pieces)
            heads = compound if max(len(e.key), len(e.ukey)) >= HEAD_MIN else hyphenated
            ends = {*ending.get(e.key, ()), *ending.get(e.ukey, ())}  # only these and the hyphenated may end in e
            heads = [j for j in heads if ans_words[j].parts or j in ends]
            _mark(row, e, ans_words, heads, lambda a: compound_head_meets(e, a, prefixes))
        if e.term is not None and not e.neg and compounds and e.term not in said_terms:  # a term no word of its own says
            _mark(row, e, ans_words, compounds, lambda a: e.term in piece_terms(a, glossary))
        if not e.neg and e.group is not None:  # the other value of a two-value group denied
            _mark(row, e, ans_words, denying, lambda a: denied_other_value(e, a, glossary))
        for j in skip:
            if j < len(row):
                row[j] = False
        out.append(row)
    if implying:
        mark_implied(out, exp_words, ans_words, [j for j in implying if j not in skip], glossary)
    return out



def _mark(row: list[bool], e: Token, ans_words: list[Token], places: list[int], test: Callable[[Token], bool]) -> None:
    """row[j] set for each of these places whose answer word passes the test (not asked where row[j] holds)."""
    for j in places:
        if not row[j] and test(ans_words[j]):
            row[j] = True


class _KeyIndex:
    """An answer's words by what keys_match needs to meet them: a key within the most edits of a
    typo (rapidfuzz, in C), the same first PREFIX_MIN letters (a common stem), or two pieces (a
    compound and its head); and by glossary term. A superset of the words Token.matches meets:
    keys_meet decides."""

    def __init__(self, toks: Sequence[Token], fields: tuple[tuple[str, str, int | None, bool], ...] | None = None):
        fields = fields if fields is not None else _index_fields(toks)  # fields: what _index_fields reads of toks
        self.keys = [key for key, _, _, _ in fields]
        self.ukeys = [ukey for _, ukey, _, _ in fields]
        self.by_prefix: dict[str, list[int]] = {}
        for j, (key, ukey, _, _) in enumerate(fields):
            for k in {key, ukey}:
                if len(k) >= PREFIX_MIN:
                    self.by_prefix.setdefault(k[:PREFIX_MIN], []).append(j)
        self.by_key: dict[str, list[int]] = {}
        for j, key in enumerate(self.keys):
            self.by_key.setdefault(key, []).append(j)
        self.two_pieces = [j for j, (_, _, _, two) in enumerate(fields) if two]
        self.by_term: dict[int, list[int]] = {}
        for j, (_, _, term, _) in enumerate(fields):
            if term is not None:
                self.by_term.setdefault(term, []).append(j)
        self.found: dict[tuple[str, str, bool], frozenset[int]] = {}  # near()'s answers, kept (NEAR_KEPT)

    def near(self, e: Token) -> frozenset[int]:
        """The places of the words e's keys may meet (kept per keys: the same word is asked again)."""
        asked = (e.key, e.ukey, len(e.parts) == 2)
        out = self.found.get(asked)
        if out is None:
            out = self._near(*asked)
            if len(self.found) < NEAR_KEPT:
                self.found[asked] = out
        return out

    def _near(self, key_: str, ukey: str, two: bool) -> frozenset[int]:
        if two:
            return frozenset(range(len(self.keys)))  # a compound meets its head: any word may be it
        out = set(self.two_pieces)
        out.update(self.by_key.get(key_, ()))  # the same key (an empty one too)
        for key, keys in ((key_, self.keys), (ukey, self.ukeys)):
            if key:
                out.update(near_typos(key, keys))
                out.update(self.by_prefix.get(key[:PREFIX_MIN], ()) if len(key) >= PREFIX_MIN else ())
        return frozenset(out)


#: The most words whose near() one _KeyIndex keeps (a long-lived text's index is asked by every answer).
NEAR_KEPT = 2048


def _index_fields(toks: Sequence[Token]) -> tuple[tuple[str, str, int | None, bool], ...]:
    """What _KeyIndex reads of each token: its keys, its term, whether it has two pieces."""
    return tuple((t.key, t.ukey, t.term, len(t.parts) == 2) for t in toks)


@lru_cache(maxsize=64)  # one answer's words meet every expected text of its card (and the pair's) in one grade_card
def _answer_index(fields: tuple[tuple[str, str, int | None, bool], ...]) -> _KeyIndex:
    return _KeyIndex((), fields)


def _matches_row(e: Token, ans_words: list[Token], index: _KeyIndex) -> list[bool]:
    """[e.matches(a) for a in ans_words], asking keys_meet only where the index says keys may meet."""
    row = [False] * len(ans_words)
    if e.term is not None:
        for j in index.by_term.get(e.term, ()):
            row[j] = True
    term, group, key, ukey, parts, kind = e.term, e.group, e.key, e.ukey, e.parts, e.kind
    for j in index.near(e):
        a = ans_words[j]
        if not row[j] and not (group is not None and group == a.group):
            row[j] = key == a.key or keys_meet(key, ukey, parts, kind, a.key, a.ukey, a.parts, a.kind, term is not None and a.term is not None)
    return row


#: The shortest key of a word without hyphens that can be a compound with an expected word as its head
#: (heads.HEAD_MIN letters of head after heads.MODIFIER_MIN of modifier).
COMPOUND_MIN = HEAD_MIN + MODIFIER_MIN


def _may_negate(t: Token) -> bool:
    """Can negated_forms hold for this token and any other (a word, not a marked key, no identifier piece)?"""
    return t.kind == "word" and t.key[:1] != "§" and not t.ident

class PlainWords(NamedTuple):
    """A text's words of no opposite group, with their terms and keys as sets for a quick look,
    and what meets_plain found of each word asked (bounded: MET_KEPT words)."""

    toks: tuple[Token, ...]
    terms: frozenset[int]
    keys: frozenset[str]
    met: dict[tuple, bool]
    index: _KeyIndex  # the words keys_meet may meet, found by key (a superset)


#: The most words whose meets_plain answer one text's PlainWords keeps (then it asks anew).
MET_KEPT = 2048


@lru_cache(maxsize=4096)  # the question and the neutral texts recur for every answer to a card
def plain_words(text: str, index: SubjectIndex, kinds: tuple[str, ...], negated: bool) -> PlainWords:
    """The text's tokens of these kinds that are no value of an opposite group (negated ones too, or not)."""
    toks = tuple(t for t in analyze(text, index).toks if t.kind in kinds and t.group is None and (negated or not t.neg))
    return PlainWords(toks, frozenset(t.term for t in toks if t.term is not None), frozenset(t.key for t in toks), {}, _KeyIndex(list(toks)))


def neutral_hits(ans_words: Sequence[Token], a_hit: list[bool], neutral: str, index: SubjectIndex) -> list[bool]:
    """a_hit with the answer's words the neutral text says (no value of an opposite group): its
    plain words, and its denied ones for a word of the answer in a denied part of its own ("not
    exactly-once processing" where the model answer denies "processed and acknowledged")."""
    known = plain_words(neutral, index, ("word", "pol"), False)
    hits = [h or (a.group is None and meets_plain(a, known)) for a, h in zip(ans_words, a_hit)]
    denied = {a.chunk for a in ans_words if a.neg and a.neg_start < a.start}
    if not denied or all(hits):
        return hits
    negated = plain_words(neutral, index, ("word",), True)
    return [h or (a.group is None and a.chunk in denied and meets_plain(a, negated)) for a, h in zip(ans_words, hits)]


def meets_plain(t: Token, words: PlainWords) -> bool:
    """any(t.matches(w) for w in words.toks), for a token of no opposite group: the same term or
    key by the sets, else keys a typo or an ending apart (kept per word: one neutral text, the
    model answer and the question, meets the same answer for each of a card's key points and
    accept entries)."""
    if (t.term is not None and t.term in words.terms) or t.key in words.keys:
        return True
    asked = (t.key, t.ukey, t.parts, t.kind, t.term is not None)
    found = words.met.get(asked)
    if found is None:
        toks = words.toks  # only the words its keys may meet (_KeyIndex.near): most of a long text's are not
        found = any(keys_meet(t.key, t.ukey, t.parts, t.kind, w.key, w.ukey, w.parts, w.kind, t.term is not None and w.term is not None)
                    for w in map(toks.__getitem__, words.index.near(t)))
        if len(words.met) < MET_KEPT:
            words.met[asked] = found
    return found


def matching(q: Token, toks: Sequence[Token], index: _KeyIndex | None = None) -> list[int]:
    """The places of the tokens that match q: [j for j, t in enumerate(toks) if t.matches(q)],
    with Token.matches written out (it is symmetric) for a loop over a whole text. index: the
    tokens' _KeyIndex, to ask only the places it finds near q or of q's term (a superset)."""
    term, group, key, ukey, parts, kind = q.term, q.group, q.key, q.ukey, q.parts, q.kind
    places = enumerate(toks)
    if index is not None:
        near = index.near(q) if term is None else index.near(q).union(index.by_term.get(term, ()))
        places = ((j, toks[j]) for j in sorted(near))
    return [
        j for j, t in places
        if (term is not None and term == t.term)
        or (not (group is not None and group == t.group)
            and (key == t.key or keys_meet(key, ukey, parts, kind, t.key, t.ukey, t.parts, t.kind, term is not None and t.term is not None)))
    ]  # fmt: skip


def matches_any_near(q: Token, toks: Sequence[Token], index: _KeyIndex) -> bool:
    """matches_any(q, toks), asked only of the tokens their _KeyIndex finds near q or of q's term (a superset)."""
    near = index.near(q) if q.term is None else index.near(q).union(index.by_term.get(q.term, ()))
    return matches_any(q, map(toks.__getitem__, near))


def key_index(toks: Sequence[Token]) -> _KeyIndex:
    """The tokens' _KeyIndex, for matching and matches_any_near over many words."""
    return _KeyIndex(list(toks))


def matches_any(q: Token, toks: Iterable[Token]) -> bool:
    """any(q.matches(t) for t in toks), with Token.matches written out."""
    term, group, key, ukey, parts, kind = q.term, q.group, q.key, q.ukey, q.parts, q.kind
    for t in toks:
        if (term is not None and term == t.term) or (not (group is not None and group == t.group) and (
                key == t.key or keys_meet(key, ukey, parts, kind, t.key, t.ukey, t.parts, t.kind, term is not None and t.term is not None))):  # fmt: skip
            return True
    return False


class _Word(NamedTuple):
    """What matches_any reads of a word, and its part: a word of a text as a cache key."""

    term: int | None
    group: str | None
    key: str
    ukey: str
    parts: tuple[str, ...]
    kind: str
    chunk: int


def words_elsewhere(words: Sequence[Token]) -> tuple[tuple[int, ...], ...]:
    """For each word, the places of the words of other parts that it matches (matches_any's test):
    asked of an expected text's words for every answer, so once per text."""
    return _elsewhere(tuple((t.term, t.group, t.key, t.ukey, t.parts, t.kind, t.chunk) for t in words))


# keyed and valued by plain tuples of strings and ints: the collector stops tracking them (not a _Word's)
@lru_cache(maxsize=4096)  # an expected text's words, the same for every answer to its card
def _elsewhere(fields: tuple[tuple, ...]) -> tuple[tuple[int, ...], ...]:
    words = [_Word(*f) for f in fields]
    index = _KeyIndex(words)  # type: ignore[arg-type]  # a long text's every pair asked: by key
    return tuple(tuple(j for j in matching(w, words, index) if words[j].chunk != w.chunk) for w in words)  # type: ignore[arg-type]
