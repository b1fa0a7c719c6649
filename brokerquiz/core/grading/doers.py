"""A machine said to do by itself what the model answer gives someone else and denies of the
machine: "no, the broker builds the retry topics on its own" where the model answer says "the
application or framework builds dead letter and retry topics; the broker itself has none".

The model answer denies a machine doer (the lexicons' machine_doers) in a part of its own (one
with a negator), and another part of it, without that doer, says what is done.
A part of the answer naming that machine, not denied, with an agency word ("on its own", "by
itself", "itself": agency_words, doer_agency_words, agency_backers) and a word of that other
part, gives the machine the other doer's deed: a contradiction, not
an omission. A part of the answer with a negator claims nothing of the kind.

A deed the model answer gives one doer, said of another doer it names (deed_of_another): "the
consumer removes duplicates" where the answer says "the republished copy is dropped by the
broker, it dedupes by message-id". A doer is a machine or a party (the lexicons' party_doers:
consumer, producer, client...). A clause of the model answer opening with a doer (its only one),
no negator, gives it the deed the next word says (a glossary term; a modal, can / has, says
none). A clause of the answer opening with another doer the model answer names, or with a pronoun
(back_pronouns) after a clause naming one doer, whose next word says that deed, gives it to that doer,
unless its sentence names the model answer's doer or a negator.
"""

from __future__ import annotations

from functools import lru_cache

from .analysis import Token, analyze
from .chunks import parts_of
from .crossed import clauses_of as _clauses
from .results import fragments
from .subjects import SubjectIndex
from .text import fold, lexicon_words


@lru_cache(maxsize=1)
def _doers() -> tuple[frozenset[str], tuple[str, ...]]:
    """The machine doers (the lexicons' machine_doers): whole words, and the stems of those ending in "*"."""
    words = lexicon_words("machine_doers")
    return frozenset(w for w in words if not w.endswith("*")), tuple(w[:-1] for w in words if w.endswith("*"))


def is_machine_doer(low: str) -> bool:
    """Is this folded word a machine doer ("server", "broker*")?"""
    whole, stems = _doers()
    return low in whole or low.startswith(stems)


@lru_cache(maxsize=1)
def _agency_words() -> frozenset[str]:
    """The agency words of one word or a phrase ("itself", "on its own")."""
    return lexicon_words("agency_words", "doer_agency_words", "agency_backers")


@lru_cache(maxsize=1)
def _parties() -> tuple[frozenset[str], tuple[str, ...]]:
    words = lexicon_words("party_doers")
    return frozenset(w for w in words if not w.endswith("*")), tuple(w[:-1] for w in words if w.endswith("*"))


def _doer(t: Token) -> bool:
    """A machine or a party (the lexicons' machine_doers, party_doers)."""
    if t.kind != "word" or t.paren:
        return False
    whole, stems = _parties()
    low = fold(t.low)
    return is_machine_doer(low) or low in whole or low.startswith(stems)


def _machine(t: Token) -> bool:
    return t.kind == "word" and is_machine_doer(fold(t.low))


def _agency(part: list[Token], text: str) -> Token | None:
    """The part's agency word: a word of the lists, or a phrase of them ("on its own") spanning its words."""
    agency = _agency_words()
    span = f" {' '.join(fold(text[t.start : t.end]) for t in part)} "
    one = next((t for t in part if fold(t.low) in agency), None)
    if one is not None:
        return one
    return part[-1] if any(" " in w and f" {w} " in span for w in agency) else None


def machine_does_denied(expected: str, answer: str, asked: str, index: SubjectIndex) -> tuple[str, ...]:
    """The answer's machine doer (as typed) given the deed the model answer gives another doer; () when none."""
    chunks = parts_of(analyze(expected, index).toks)
    denied = [t for toks in chunks.values() if any(u.neg or u.kind == "neg" for u in toks) for t in toks if _machine(t)]
    if not denied:
        return ()
    deeds = {c: [t for t in toks if t.kind == "word" and not t.neg]
             for c, toks in chunks.items() if not any(_machine(t) for t in toks)}  # fmt: skip
    for part in parts_of(analyze(answer, index).toks).values():
        doer = next((t for t in part if _machine(t) and any(t.matches(d) for d in denied)), None)
        agent = None if doer is None or any(t.neg or t.kind == "neg" for t in part) else _agency(part, answer)
        if agent is None:
            continue
        said = [t for t in part if t.kind == "word" and t is not doer and t is not agent]
        if any(a.matches(e) for words in deeds.values() for e in words for a in said):
            return (doer.raw,)
    return ()


@lru_cache(maxsize=1)
def _modals() -> frozenset[str]:
    """Words that say a deed can or does happen, not which deed (can, has, supports...)."""
    return lexicon_words("ability_words", "assertion_words", "predicates")


def _negated(toks: list[Token]) -> bool:
    return any(t.neg or t.kind == "neg" for t in toks)


def _opening(clause: list[Token]) -> tuple[Token | None, Token | None]:
    """The clause's first content word and the word after it that says its deed (modals and agency
    words passed over: "the broker itself drops", "a client can ask"), either None when missing."""
    words = [t for t in clause if t.kind in ("word", "subj") and not t.paren and not t.aside]
    if not words:
        return None, None
    skip = _modals() | _agency_words()
    return words[0], next((t for t in words[1:] if fold(t.low) not in skip and not _doer(t)), None)


@lru_cache(maxsize=4096)  # deck text only
def _deeds(expected: str, index: SubjectIndex) -> list[tuple[Token, Token]]:
    """(doer, its deed's word) of each model answer clause opening with a doer, no negator."""
    out = []
    for clauses in _clauses(expected, analyze(expected, index).toks):
        for clause in clauses:
            doer, deed = _opening(clause)
            if doer is None or not _doer(doer) or _negated(clause) or sum(_doer(t) for t in clause) != 1:
                continue
            if deed is not None and deed.term is not None:
                out.append((doer, deed))
    return out


def deed_of_another(expected: str, answer: str, asked: str, index: SubjectIndex) -> tuple[str, ...]:
    """The answer's doer and deed word, when it gives another doer the model answer names a deed
    the model answer gives one doer only (see the module's doc); () otherwise."""
    deeds = _deeds(expected, index)
    if not deeds:
        return ()
    named = [t for t in analyze(expected, index).toks if _doer(t)]
    back = lexicon_words("back_pronouns")
    for clauses in _clauses(answer, analyze(answer, index).toks):
        said = [t for c in clauses for t in c]
        if _negated(said):
            continue
        for n, clause in enumerate(clauses):
            other, word = _opening(clause)
            if n and clause and fold(clause[0].low) in back:  # "..., it dedupes by id": the clause before's doer
                before = [t for t in clauses[n - 1] if _doer(t)]  # its one doer, however said ("dropped by the broker")
                other, word = before[0] if len(before) == 1 else None, _opening(clause)[0]
            if other is None or word is None or not _doer(other) or not any(other.matches(t) for t in named):
                continue
            for doer, deed in deeds:
                if other.matches(doer) or not word.matches(deed) or any(t.matches(doer) for t in said):
                    continue
                if not any(d.matches(deed) and o.matches(other) for o, d in deeds):  # not the other doer's deed too
                    return fragments((other.raw, word.raw))
    return ()
