"""Two things the question names, each said with the other's words: "cooperative revokes all
partitions, eager only the ones that move" for a model answer the other way round.

A question contrasting two things ("How does an eager rebalance differ from a cooperative
one?", "BACKWARD against FORWARD") names them, and its model answer names each once and then
says what holds for it. Each such name (a word of the question the expected text says exactly
once) opens a region of the text that runs to the next name. An answer naming two of them says
each region's claims again; when every region of the answer says (besides the question's own
words) no more of its own name's expected region than of another name's region, and at least
one says less, the answer has swapped them: a contradiction, however many words it shares.
Words that two expected regions both say tell nothing and are not counted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from .analysis import Token, analyze
from .meets import _KeyIndex, key_index, matches_any, matching
from .sentences import sentences
from .subjects import SubjectIndex
from .text import lexicon_words


#: The fewest words an answer needs to swap two things: each thing's name and a claim of it.
SWAP_MIN_WORDS = 4


@lru_cache(maxsize=4096)
def _content(text: str, index: SubjectIndex) -> list[Token]:
    """The text's content words outside parentheses (cached: the expected side meets many answers; read only)."""
    return [t for t in analyze(text, index).toks if t.kind in ("word", "subj") and not t.paren]


def _asked(question: str, index: SubjectIndex) -> list[Token]:
    """The question's words that may name a thing (subjects: a comparison's parts judge them)."""
    return [t for t in _content(question, index) if t.kind == "word"]


@lru_cache(maxsize=4096)  # the question and the model answer (or a sentence of it) recur for every answer to a card
def _asked_places(question: str, text: str, index: SubjectIndex) -> tuple[tuple[int, ...], ...]:
    """For each of the question's words (_asked), its places among the text's content words (matching)."""
    exp = _content(text, index)
    return tuple(tuple(matching(q, exp)) for q in _asked(question, index))


def _anchors(
    asked: list[Token], exp: list[Token], ans: list[Token], once: bool = True, heads: frozenset[int] = frozenset(),
    said_at: Sequence[Sequence[int]] | _AnswerPlaces | None = None, exp_at: Sequence[Sequence[int]] | None = None,
) -> list[tuple[int, list[int]]]:
    """(place in the expected text, places in the answer) of each question word the expected
    text says exactly once (once=False: at least once; its first place) and the answer says too;
    also a word said again that first opens a sentence (heads: the places opening one) and is said
    again only in that sentence ("Federation ...: a federated exchange ... . Shovel ...").
    said_at, exp_at: each question word's places in the answer's and the expected text's words
    (matching), when the caller has them already."""
    said_at = said_at if said_at is not None else [matching(q, ans) for q in asked]
    exp_at = exp_at if exp_at is not None else [matching(q, exp) for q in asked]
    out: list[tuple[int, list[int]]] = []
    for k, at in enumerate(exp_at):
        said = said_at[k] if at else ()  # a word the expected text does not say anchors nothing: its answer places unasked
        if not said:
            continue
        # the same thing on both sides, not two pieces of one hyphenated question word ("ledger-table")
        said = [j for j in said if at and ans[j].matches(exp[at[0]])]
        if not said:
            continue
        heading = bool(at) and at[0] in heads and not any(h for h in heads if at[0] < h <= at[-1])
        if (len(at) == 1 or at and not once or heading) and all(at[0] != i for i, _ in out):
            out.append((at[0], said))
    return out


class _AnswerPlaces:
    """Each question word's places among the answer's words (matching), found at its first use:
    only a word the expected text says can anchor, and most question words it does not say."""

    def __init__(self, asked: list[Token], ans: list[Token]):
        self.asked, self.ans = asked, ans
        self.found: dict[int, list[int]] = {}

    def __getitem__(self, k: int) -> list[int]:
        if k not in self.found:
            self.found[k] = matching(self.asked[k], self.ans)
        return self.found[k]


def _regions(places: list[tuple[int, int]], words: list[Token]) -> list[tuple[int, list[Token]]]:
    """(anchor, the words from after its place to the next anchor's place) for each place."""
    places = sorted(places)
    return [(k, words[p + 1 : places[n + 1][0] if n + 1 < len(places) else len(words)]) for n, (p, k) in enumerate(places)]


def swapped(expected: str, answer: str, question: str, index: SubjectIndex) -> tuple[str, ...]:
    """The answer's words that say another named thing's claims, when the answer swaps the
    things the question names (see the module's doc); () when it does not. A text naming a
    thing again later ("... mirror serves as the DR copy") is judged by its sentences: the one
    that names each thing once contrasts them."""
    ans = _content(answer, index)
    if len(ans) < SWAP_MIN_WORDS:
        return ()
    asked = _asked(question, index)
    said_at = _AnswerPlaces(asked, ans)  # the answer's places of each, the same for every text below
    exp, exp_at = _content(expected, index), _asked_places(question, expected, index)
    anchors = _anchors(asked, exp, ans, heads=_sentence_heads(expected, index), said_at=said_at, exp_at=exp_at)
    if len(anchors) >= 2:
        found = _swapped_in(expected, question, index, ans, anchors) or _swapped_by_heads(expected, question, index, ans, anchors)
        if found or not _contrasting(question, index):
            return found
        return _swapped_in(expected, question, index, ans, anchors, one_region=True)
    # one sentence's question words are two things only when the question sets them against each other:
    # "... share entries among the consumers of a group, and what happens ...?" names no two things
    contrasting = _contrasting(question, index)
    for sentence in sentences(expected) if contrasting and len(_anchors(asked, exp, ans, once=False, said_at=said_at, exp_at=exp_at)) >= 2 else ():
        exp = _content(sentence, index)
        anchors = _anchors(asked, exp, ans, said_at=said_at, exp_at=_asked_places(question, sentence, index))
        found = _swapped_in(sentence, question, index, ans, anchors) if len(anchors) >= 2 else ()
        if found:
            return found
    if not contrasting:
        return ()
    for text in (expected, *sentences(expected)):
        found = _one_sided(_content(text, index), ans, asked)
        if found:
            return found
    return ()


def _swapped_by_heads(text: str, question: str, index: SubjectIndex, ans: list[Token], anchors: list[tuple[int, list[int]]]) -> tuple[str, ...]:
    """swapped() with only the anchors that open a part of the expected text, when there are two
    or more of them and fewer than all: a question word said once inside a part ("whom do you
    upgrade first?" for "BACKWARD: ..., so consumers are upgraded first. FORWARD: ...") is a
    word of the thing's claim, not a thing of its own, and its region would cut the claim off."""
    exp = _content(text, index)
    heads = [(p, said) for p, said in anchors if p == 0 or exp[p - 1].chunk != exp[p].chunk]
    return _swapped_in(text, question, index, ans, heads) if 2 <= len(heads) < len(anchors) else ()


def _contrasting(question: str, index: SubjectIndex) -> bool:
    """The question contrasts two things (a lexicon's contrast word: "differ", "or")."""
    return any(t.low in _contrast_words() for t in analyze(question, index).toks)


@lru_cache(maxsize=4096)  # the model answer recurs for every answer to a card
def _sentence_heads(expected: str, index: SubjectIndex) -> frozenset[int]:
    """The places, among the expected text's content words (_content), of the words opening a sentence of it."""
    exp = _content(expected, index)
    starts, at = [], 0
    for sentence in sentences(expected):
        at = expected.find(sentence, at)
        starts.append(at)
        at += len(sentence)
    return frozenset(next((i for i, t in enumerate(exp) if t.start >= st), -1) for st in starts) - {-1}


#: The fewest words of another thing's claims an answer naming one thing must say to have swapped them.
ONE_SIDED_MIN = 2


@lru_cache(maxsize=1)
def _contrast_words() -> frozenset[str]:
    """The lexicons' words that make a question a contrast of two things ("differ", "or")."""
    return lexicon_words("contrast_words")


def _one_sided(exp: list[Token], ans: list[Token], asked: list[Token]) -> tuple[str, ...]:
    """The answer's words that say another named thing's claims, when it opens with one of the
    things a contrasting question (a lexicon's contrast word: "differ", "or") names (question words
    each heading a part of the expected text), names no other, and says none of its own claims but
    ONE_SIDED_MIN of another's ("in an eager rebalance only the moving partitions are revoked"
    for a model answer where cooperative revokes only those); () otherwise."""
    places: list[tuple[int, int]] = []  # (place in the expected text, question word) heading a part of it
    for k, q in enumerate(asked):
        at = [i for i, t in enumerate(exp) if t.matches(q)]
        if len(at) == 1 and (at[0] == 0 or exp[at[0] - 1].chunk != exp[at[0]].chunk) and all(at[0] != p for p, _ in places):
            places.append((at[0], k))
    named = [n for n, (_, k) in enumerate(places) if any(t.matches(asked[k]) for t in ans)]
    if len(places) < 2 or len(named) != 1 or not any(t.matches(asked[places[named[0]][1]]) for t in ans[:2]):
        return ()
    e_regions = dict(_regions([(p, n) for n, (p, _) in enumerate(places)], exp))

    def own_words(n: int) -> list[Token]:
        others = [w for m, ws in e_regions.items() if m != n for w in ws]
        return [w for w in e_regions[n] if not any(w.matches(o) for o in others) and not any(w.matches(q) for q in asked)]

    # a part denying something denies the other's claim of this one ("with cooperative the whole group does not stop")
    denying = {t.chunk for t in ans if t.neg}
    words = [t for t in ans if not any(t.matches(q) for q in asked) and t.chunk not in denying]
    own = {n: own_words(n) for n in e_regions}  # each region's own words once, not once per answer word
    count = {n: [w for w in words if any(w.matches(d) for d in own[n])] for n in e_regions}
    mine = named[0]
    other = max((v for n, v in count.items() if n != mine), key=len, default=[])
    if count[mine] or len(other) < ONE_SIDED_MIN:
        return ()
    return tuple(dict.fromkeys(w.raw for w in other))


class _OwnWords(NamedTuple):
    """Each anchor's own words (its region's words that no other region says, nor the question),
    all of them by key, and which anchors' own words each answer word meets (kept: OWN_KEPT words)."""

    distinct: dict[int, list[Token]]
    words: list[Token]  # every anchor's own words, in one list
    index: _KeyIndex  # those words by key
    owner: list[int]  # the anchor of each of them
    met: dict[tuple, frozenset[int]]

    def meeting(self, w: Token) -> frozenset[int]:
        """The anchors whose own words w matches."""
        asked = (w.term, w.group, w.key, w.ukey, w.parts, w.kind)
        out = self.met.get(asked)
        if out is None:
            found = self.index.near(w) if w.term is None else self.index.near(w).union(self.index.by_term.get(w.term, ()))
            out = frozenset(self.owner[j] for j in found if w.matches(self.words[j]))
            if len(self.met) < OWN_KEPT:
                self.met[asked] = out
        return out


#: The most answer words whose anchors one _OwnWords keeps (then it asks anew).
OWN_KEPT = 2048


@lru_cache(maxsize=4096)  # the deck side: the same text and anchors for every answer to a card
def _own_regions(text: str, question: str, index: SubjectIndex, places: tuple[int, ...]) -> _OwnWords:
    """The _OwnWords of the text's regions for anchors at these places among its content words (in anchor order)."""
    exp, asked = _content(text, index), _asked(question, index)
    e_regions = dict(_regions([(p, k) for k, p in enumerate(places)], exp))

    placed = [(m, w) for m, ws in e_regions.items() for w in ws]
    near = key_index([w for _, w in placed])  # every region's words by key: each word asks only those near it

    def own_words(k: int) -> list[Token]:  # an expected region's words no other region says, nor the question
        def elsewhere(w: Token) -> bool:
            found = near.near(w) if w.term is None else near.near(w).union(near.by_term.get(w.term, ()))
            return matches_any(w, (placed[j][1] for j in found if placed[j][0] != k))
        return [w for w in e_regions[k] if not elsewhere(w) and not matches_any(w, asked)]

    distinct = {k: own_words(k) for k in e_regions}
    owned = [(m, w) for m, ws in distinct.items() for w in ws]
    words = [w for _, w in owned]
    return _OwnWords(distinct, words, key_index(words), [m for m, _ in owned], {})


def _swapped_in(
    text: str, question: str, index: SubjectIndex, ans: list[Token], anchors: list[tuple[int, list[int]]], one_region: bool = False
) -> tuple[str, ...]:
    """swapped() on one expected text's words with its anchors (two or more). one_region (a
    contrasting question): one region of the answer that says none of its own name's claims and
    ONE_SIDED_MIN of another's is enough ("shovel is set up by policies, a federated exchange gets
    copies" where federation is set up by policies); an aside ("unlike X, ...") claims nothing."""
    own = _own_regions(text, question, index, tuple(p for p, _ in anchors))
    distinct = own.distinct
    judged: list[tuple[int, int, int, list[Token]]] = []
    for k, words in _regions([(j, k) for k, (_, said) in enumerate(anchors) for j in said], ans):
        meets = [own.meeting(w) for w in words]
        count = {m: [w for w, at in zip(words, meets) if m in at] for m in distinct}
        other = max((len(v) for m, v in count.items() if m != k), default=0)
        if count[k] or other:
            judged.append((k, len(count[k]), other, [w for m, v in count.items() if m != k for w in v]))
    if one_region:
        # a name whose own region says too little to claim anything ("... for DR.") judges nothing
        wrong = [w for k, own, other, ws in judged
                 if not own and other >= ONE_SIDED_MIN and len(distinct[k]) >= ONE_SIDED_MIN for w in ws if not w.aside]
        return tuple(dict.fromkeys(w.raw for w in wrong)) if len(wrong) >= ONE_SIDED_MIN else ()
    if len({k for k, *_ in judged}) < 2 or not all(own <= other for _, own, other, _ in judged):
        return ()
    if not any(own < other for _, own, other, _ in judged):
        return ()
    return tuple(dict.fromkeys(w.raw for *_, ws in judged for w in ws))


#: The fewest items a sentence must list for one of them to stand in another's place.
ITEMS_MIN = 3
_CLAUSE = re.compile(r"[;\n]|(?<=[\w)])[.!?](?:\s+|$)")


def _clause_with(text: str, asked: list[Token], index: SubjectIndex) -> list[tuple[list[Token], list[Token]]]:
    """(the clause's words, the question words it names) of each ';'/sentence clause of a text."""
    out = []
    for clause in _CLAUSE.split(text):
        words = _content(clause, index)
        named = [q for q in asked if any(w.matches(q) for w in words)]
        out.append((words, named))
    return out


@lru_cache(maxsize=1024)
def _items(expected: str, index: SubjectIndex) -> list[Token]:
    """The items a sentence of the expected text lists, each opening a part of its own with a
    capital ("Nak asks ..., InProgress extends ..., Term stops ..."): the largest such list; a
    list of subjects (a comparison's cells) is none."""
    best: list[Token] = []
    for sentence in sentences(expected):
        toks = _content(sentence, index)
        heads = [t for i, t in enumerate(toks)  # a subject's name is no item: its part is its cell
                 if (i == 0 or toks[i - 1].chunk != t.chunk) and t.raw[:1].isupper() and t.kind == "word"]
        if len(heads) > len(best):
            best = heads
    return best if len(best) >= ITEMS_MIN else []


@lru_cache(maxsize=4096)  # the deck side: the same question and model answer for every answer to a card
def _asked_once(expected: str, question: str, index: SubjectIndex) -> tuple[list[Token], list[tuple[list[Token], list[Token]]]]:
    """(the question's words the expected text says exactly once, _clause_with of the expected
    text for them): stand_in keeps those the answer says too (read only)."""
    exp = _content(expected, index)
    once = [q for q in _asked(question, index) if sum(t.matches(q) for t in exp) == 1]
    return once, _clause_with(expected, once, index)


def stand_in(expected: str, answer: str, question: str, index: SubjectIndex) -> tuple[str, ...]:
    """The item the answer names for what the question asks of one thing, when the expected
    text names another item of its list there ("for a poison message use Term": "for poison use
    InProgress"); () when it does not. The thing is a question word the expected text says once."""
    items = _items(expected, index)
    if not items:
        return ()
    once_asked, clauses = _asked_once(expected, question, index)
    ans = _content(answer, index)
    once = [q for q in once_asked if any(a.matches(q) for a in ans)]
    if not once:
        return ()
    kept = set(map(id, once))
    exp_clauses = [(w, n) for w, n in ((w, [q for q in n if id(q) in kept]) for w, n in clauses) if n]
    for a_words, a_named in _clause_with(answer, once, index):
        for e_words, e_named in exp_clauses:
            if not set(map(id, a_named)) & set(map(id, e_named)):
                continue
            wanted = [i for i in items if any(w.matches(i) and w.raw[:1].isupper() for w in e_words)]
            said = [i for i in items if any(w.matches(i) for w in a_words)]
            if wanted and said and not any(i in said for i in wanted):
                return tuple(dict.fromkeys(w.raw for w in a_words if any(w.matches(i) for i in said)))
    return ()


def default_regions(expected: str, answer: str, question: str, index: SubjectIndex, defaults: frozenset[str]) -> tuple[str, ...]:
    """(the answer's default word, the name whose region it is in), when the answer says a default
    word (defaults: the lexicons' default words, folded) only in the regions of other names the question
    names than those the expected text says it in (defaults.py); () otherwise."""
    ans, exp = _content(answer, index), _content(expected, index)
    asked = _asked(question, index)
    anchors = _anchors(asked, exp, ans, heads=_sentence_heads(expected, index),
                       said_at=_AnswerPlaces(asked, ans), exp_at=_asked_places(question, expected, index))
    if len(anchors) < 2:
        return ()
    def said(words: list[Token]) -> list[Token]:
        return [w for w in words if w.low in defaults]

    e_in = {k for k, words in _regions([(p, k) for k, (p, _) in enumerate(anchors)], exp) if said(words)}
    a_regions = _regions([(j, k) for k, (_, places) in enumerate(anchors) for j in places], ans)
    a_in = {k: said(words) for k, words in a_regions if said(words)}
    if not e_in or not a_in or set(a_in) & e_in:
        return ()
    k, words = next(iter(a_in.items()))
    return (words[0].raw, ans[anchors[k][1][0]].raw)
