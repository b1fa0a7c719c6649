"""A word of the answer whose term implies one the model answer denies: "the broker keeps the
reply in a hidden queue" where the model answer says "the reply is stored nowhere" (keeping
implies storing, the glossary's implies:). The implication is one-way and only what always holds,
so the answer says what the model answer denies, in other words than the denied one.

Not when the answer denies that word or the implied one itself ("nothing keeps the reply"), nor
when the model answer says the answer's word plainly somewhere (then it is its own claim too), nor
when the denial names a place the answer does not ("not stored in ZooKeeper": kept elsewhere).

The mirror (denies_implied): the answer denies a term a word of the model answer implies, "no
ordering in a stream" for "FIFO within a stream" (first-in-first-out is an order kept). Not when
the answer says the model answer's word plainly itself (then its denial is of something else:
"ACID with InnoDB, MyISAM has no transactions", "FIFO, but a group's consumers lose the order"),
nor when the model answer denies the term too, nor when the denial bounds itself by words the
model answer does not say ("no ordering across the logs": another claim).
"""

from __future__ import annotations

from .analysis import Token, analyze
from .subjects import SubjectIndex


def implies_denied(expected: str, answer: str, asked: str, index: SubjectIndex) -> tuple[str, ...]:
    """The answer's word (as typed) whose term implies a term the model answer denies, said plainly; () when none."""
    glossary = index.glossary
    if not glossary.implied_by:
        return ()
    exp = analyze(expected, index)
    denied = [e for e in exp.toks if e.neg and e.kind == "word" and e.term in glossary.implied_by]
    if not denied:
        return ()
    ans = analyze(answer, index)
    plain = [e for e in exp.toks if not e.neg and e.kind == "word"]
    negated = [a for a in ans.toks if a.neg]
    for a in ans.toks:
        if a.neg or a.kind != "word" or a.term is None or a.paren or a.aside or any(a.matches(p) for p in plain):
            continue
        for e in denied:
            if glossary.implied(a.term, e.term) and not any(n.matches(e) or n.matches(a) for n in negated) \
                    and _qualifiers_said(e, exp.toks, ans.toks):
                return (a.raw,)
    return ()


def _qualifiers_said(e: Token, e_toks: list[Token], a_toks: list[Token]) -> bool:
    """Does the answer say every word after the denied one in its part ("not stored in ZooKeeper")?
    A denial with a place of its own denies that place only: "kept in a compacted topic" keeps it elsewhere."""
    after = [t for t in e_toks if t.chunk == e.chunk and t.start > e.start and t.kind in ("word", "subj")]
    return all(any(a.matches(t) for a in a_toks) for t in after)


def denies_implied(expected: str, answer: str, asked: str, index: SubjectIndex) -> tuple[str, ...]:
    """The answer's denial (as typed) of a term a plain word of the model answer implies; () when none."""
    glossary = index.glossary
    if not glossary.implied_by:
        return ()
    ans = analyze(answer, index)
    denied = [a for a in ans.toks if a.neg and a.kind == "word" and a.term in glossary.implied_by and not a.paren and not a.aside]
    if not denied:
        return ()
    exp = analyze(expected, index)
    plain = [e for e in exp.toks if not e.neg and e.kind == "word" and e.term is not None and not e.paren]
    for a in denied:
        if any(e.neg and e.matches(a) for e in exp.toks) or not _qualifiers_said(a, ans.toks, exp.toks):
            continue
        for e in plain:
            if glossary.implied(e.term, a.term) and not any(t.matches(e) and not t.neg for t in ans.toks):
                return (a.raw,)
    return ()
