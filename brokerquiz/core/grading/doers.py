"""A machine said to do by itself what the model answer gives someone else and denies of the
machine: "no, the broker builds the retry topics on its own" where the model answer says "the
application or framework builds dead letter and retry topics; the broker itself has none".

The model answer denies a machine doer (the lexicons' machine_doers) in a part of its own (one
with a negator), and another part of it, without that doer, says what is done.
A part of the answer naming that machine, not denied, with an agency word ("on its own", "by
itself", "itself": agency_words, doer_agency_words, agency_backers) and a word of that other
part, gives the machine the other doer's deed: a contradiction, not
an omission. A part of the answer with a negator claims nothing of the kind.
"""

from __future__ import annotations

from functools import lru_cache

from .analysis import Token, analyze
from .chunks import parts_of
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
