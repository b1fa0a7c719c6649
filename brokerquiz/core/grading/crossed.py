"""Two things' deeds crossed: a sentence of the model answer (or the whole of it) says in clauses
of its own what each of two things does ("Delete writes a delete marker, purge removes the key's
history too"), and the answer gives each thing the other's deed ("delete removes the whole
history, purge leaves a marker"): every word is said, each of the two pairs the other way, a flip
in any language.

A clause is a piece of a sentence between commas (or a conjunction); its thing is its first
content word, which no other clause of the sentence (or the text) says (the same key: a name is a
name, "Delete" is no "removes" however alike their terms), and its deed the words after it that no
other clause of the sentence (the text) says. A clause of the answer opening with a mention of a
thing (not a word of any deed) says its words of that thing; when such openings name fewer than
two of the things, so does a clause that mentions one thing alone anywhere ("sharded clusters
since 4.0": the thing after its deed). Both things must be given the other's
deed and none of their own (as this sentence or another gives it), in a part with no negator; one
thing's deed said of the other alone is no cross (it may be a detail of its own).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from .analysis import Token, analyze
from .lexicon import lexicons
from .metwords import MetWords
from .results import fragments
from .sentencecuts import sentence_numbers
from .subjects import SubjectIndex
from .text import fold, lexicon_words


#: Which of the deck's words (their places) a word of the answer meets (MetWords.meeting).
Met = Callable[[Token], frozenset[int]]


def _content(t: Token) -> bool:
    """A word of a clause's thing or deed: not one that only marks a version ("since 4.0 for A, since
    4.2 for B": the versions are the things)."""
    return t.kind in ("word", "subj") and not t.paren and fold(t.low) not in lexicon_words("version_markers")


def clauses_of(text: str, toks: list[Token]) -> list[list[list[Token]]]:
    """Each sentence's clauses: its pieces between major separators, split again at a conjunction."""
    conj = lexicons().conjunctions
    out: dict[int, list[list[Token]]] = {}
    last = None
    for t, n in zip(toks, sentence_numbers(text, toks)):
        pieces = out.setdefault(n, [])
        if not pieces or (n, t.major) != last or t.low in conj:
            pieces.append([])
            last = (n, t.major)
        if t.low not in conj:
            pieces[-1].append(t)
    return list(out.values())


def _same_name(a: Token, b: Token) -> bool:
    return a.key == b.key or (bool(a.ukey) and a.ukey == b.ukey)


def _pairing(clauses: list[list[Token]]) -> list[tuple[Token, list[Token]]]:
    """The sentence's clauses as (thing, its own deed words), for those whose thing no other clause says."""
    heads = [next((t for t in c if _content(t)), None) for c in clauses]
    claims = [[t for t in c if _content(t) and t is not h and t.kind == "word"] for c, h in zip(clauses, heads)]
    out = []
    for n, (head, claim) in enumerate(zip(heads, claims)):
        if head is None or any(_same_name(head, t) for k, c in enumerate(clauses) if k != n for t in c):
            continue
        own = [w for w in claim if not any(w.matches(o) for k, other in enumerate(claims) if k != n for o in other)
               and not _same_name(w, head)]  # fmt: skip
        if own:
            out.append((head, own))
    return out


def _said_of(openings: list[tuple[Token, list[Token]]], things: tuple[int, ...], deeds: frozenset[int], met: Met) -> dict[int, list[list[Token]]]:
    """Thing's index -> the answer's clauses opening with a mention of it (not a word of any deed),
    each as its words after the mention. things, deeds: their places among the deck's words (met: those a word meets)."""
    out: dict[int, list[list[Token]]] = {}
    for head, rest in openings:
        meets = met(head)
        hit = [k for k, n in enumerate(things) if n in meets]
        if len(hit) == 1 and not meets & deeds:
            out.setdefault(hit[0], []).append(rest)
    return out


def _openings(sentences: list[list[list[Token]]]) -> list[tuple[Token, list[Token]]]:
    """Each clause of the answer (its sentences' clauses) as (its first content word, its words after it)."""
    out = []
    for clauses in sentences:
        for clause in clauses:
            head = next((t for t in clause if _content(t)), None)
            if head is not None:
                out.append((head, [t for t in clause if t.start > head.start]))
    return out


def _mentions(sentences: list[list[list[Token]]], things: tuple[int, ...], deeds: frozenset[int], met: Met) -> list[tuple[Token, list[Token]]]:
    """Each clause of the answer (its sentences' clauses) that mentions exactly one of the things (by
    a word of no deed), wherever in the clause, as (that mention, the clause's other words)."""
    out, any_thing = [], frozenset(things)
    for clauses in sentences:
        for clause in clauses:
            named = [t for t in clause if _content(t) and met(t) & any_thing and not met(t) & deeds]
            if len({k for t in named for k, n in enumerate(things) if n in met(t)}) == 1:
                out.append((named[0], [t for t in clause if t not in named]))
    return out


@lru_cache(maxsize=4096)  # deck text only
def _pairings(expected: str, index: SubjectIndex) -> tuple[list[tuple[Token, list[Token]]], ...]:
    """The model answer's pairings: each sentence's clauses, and the whole text's ("A pause halts
    the reading. A stop closes the connection.")."""
    said = clauses_of(expected, analyze(expected, index).toks)
    pools = said + [[c for s in said for c in s]] if len(said) > 1 else said
    return tuple(p for p in (_pairing(s) for s in pools) if len(p) >= 2)


class _Crossing(NamedTuple):
    """The model answer's pairings with their words' places among its deck words (MetWords), per pairing."""

    pairings: tuple[list[tuple[Token, list[Token]]], ...]
    words: MetWords  # every thing and deed word of the pairings, each once
    things: tuple[tuple[int, ...], ...]  # each thing's place
    deeds: tuple[frozenset[int], ...]  # the places of all the pairing's deed words
    owns: tuple[tuple[frozenset[int], ...], ...]  # each thing's own deed words' places
    own_anywhere: tuple[tuple[frozenset[int], ...], ...]  # each thing's own deed words' places in every pairing (by its name)


@lru_cache(maxsize=4096)  # deck text only
def _crossing(expected: str, index: SubjectIndex) -> _Crossing | None:
    """The model answer's _Crossing; None when it pairs nothing."""
    pairings = _pairings(expected, index)
    if not pairings:
        return None
    place: dict[int, int] = {}
    words: list[Token] = []
    for t in (t for pairing in pairings for h, own in pairing for t in (h, *own)):
        if id(t) not in place:
            place[id(t)] = len(words)
            words.append(t)

    def at(toks: list[Token]) -> frozenset[int]:
        return frozenset(place[id(t)] for t in toks)

    every = [p for pairing in pairings for p in pairing]
    return _Crossing(
        pairings, MetWords(words),
        tuple(tuple(place[id(h)] for h, _ in pairing) for pairing in pairings),
        tuple(at([w for _, own in pairing for w in own]) for pairing in pairings),
        tuple(tuple(at(own) for _, own in pairing) for pairing in pairings),
        tuple(tuple(at([e for h, own in every if _same_name(h, head) for e in own]) for head, _ in pairing) for pairing in pairings),
    )


def crossed_deeds(expected: str, answer: str, index: SubjectIndex) -> tuple[str, ...]:
    """The answer's words giving one of two things of a model answer's sentence the other's deed,
    when it gives each the other's (see the module's doc); () otherwise."""
    deck = _crossing(expected, index)
    if deck is None:
        return ()
    an = analyze(answer, index)
    sentences: list[list[list[Token]]] = an.once("crossed.clauses", lambda: clauses_of(answer, an.toks))  # type: ignore[assignment]
    openings = _openings(sentences)
    if len(openings) < 2:
        return ()
    met = deck.words.meeting
    for n, pairing in enumerate(deck.pairings):
        things, deeds = deck.things[n], deck.deeds[n]
        said = _said_of(openings, things, deeds, met)
        if len(said) < 2:  # the things not first in their clauses: "sharded clusters since 4.0"
            said = _said_of(_mentions(sentences, things, deeds, met), things, deeds, met)
        if len(said) < 2:
            continue

        said_alone = [_said_alone(said.get(a, []), deck.own_anywhere[n][a], met) for a in range(len(pairing))]

        def crossed(a: int, b: int) -> list[Token]:  # thing a said with b's deed only, no negator
            return [w for w in said_alone[a] if met(w) & deck.owns[n][b]]

        for a in range(len(pairing)):
            for b in range(len(pairing)):
                if a != b and crossed(a, b) and crossed(b, a):
                    return fragments(w.raw for w in crossed(a, b))
    return ()


def _said_alone(pieces: list[list[Token]], own: frozenset[int], met: Met) -> list[Token]:
    """The words said of one thing (its clauses' pieces), when no negator is among them and none is
    its own deed (own: their places, in this sentence or another: "der alte Handler liest ..." after
    "der neue ..."); [] otherwise: what it is said to do may be another's deed only then."""
    words = [t for p in pieces for t in p]
    if not words or any(t.neg or t.kind == "neg" for t in words) or any(met(w) & own for w in words):
        return []
    return words
