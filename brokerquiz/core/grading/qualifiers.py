"""A qualifier of a denial both texts make: "no reply queue per client" denies the reply queue,
which the model answer denies too ("To have no reply queue: the client consumes ..."); the words
after a preposition or a quiet group's value ("per", "pro", "within") say which queue is denied,
they deny no client. So the client the model answer names plainly is no opposite polarity.

A word denied with no such opener before it ("no client reads from it"), or in a denial whose
head the model answer does not deny ("no client per queue" where it says queues), is judged as
before.
"""

from __future__ import annotations

from .analysis import Token
from .glossary import Glossary
from .text import lexicon_words


def _opens_qualifier(t: Token, glossary: Glossary) -> bool:
    """A preposition, or a value of a quiet group ("per"): what follows it qualifies the word before."""
    return t.low in lexicon_words("prepositions") or (t.group is not None and t.group in glossary.groups
                                                      and glossary.groups[t.group].quiet)  # fmt: skip


def qualifies_shared_denial(a: Token, a_toks: list[Token], denied: list[Token], glossary: Glossary) -> bool:
    """Is this denied answer word a qualifier of its denial (after a preposition or a quiet value
    in the denial's part), whose head (a denied word before that) one of the model answer's denied
    words meets (denied: the model answer's words a negator denies)?"""
    if not a.neg:
        return False
    mine = [t for t in a_toks if t.chunk == a.chunk and a.neg_start <= t.start < a.start]
    cut = next((t for t in mine if _opens_qualifier(t, glossary)), None)
    if cut is None:
        return False
    heads = [t for t in mine if t.start < cut.start and t.kind in ("word", "subj") and t.neg and t.neg_start == a.neg_start]
    return any(h.matches(f) for h in heads for f in denied)
