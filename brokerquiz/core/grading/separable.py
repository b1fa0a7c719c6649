"""Separable verbs: a glossary phrase of two words typed apart, its second word closing the
clause ("VACUUM gibt ihren Platz frei und ...", "räumt die Tupel weg", "cleans them up"), is the
phrase: the words between are its object. German puts a separable verb's particle at the end
of its clause; English a phrasal verb's particle after its object. Only a particle that ends
its part or stands before a conjunction is read so, a few words after the verb, and never
across a negator ("hinken nicht hinterher" stays denied).
"""

from __future__ import annotations

import dataclasses

from .analysis import MERGEABLE, AnalyzedText, Token
from .glossary import Glossary
from .lexicon import lexicons
from .text import keys_match

#: The most words between the verb and its particle.
MAX_GAP = 4


def _closes(toks: list[Token], j: int) -> bool:
    """Does toks[j] end its clause: the last word of its part, or before a conjunction?"""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return nxt is None or nxt.chunk != toks[j].chunk or nxt.low in lexicons().conjunctions


def join_separated(toks: list[Token], glossary: Glossary, static: AnalyzedText | None = None) -> list[Token]:
    """The tokens with each two-word glossary phrase typed apart joined into one token of its term;
    the tokens themselves when none is (static: the analysis these tokens are, joined once)."""
    if static is not None:
        return static.once("separable.joined", lambda: join_separated(toks, glossary))  # type: ignore[return-value]
    out = list(toks)
    gone: set[int] = set()
    for i, t in enumerate(toks):
        if t.kind not in MERGEABLE or t.term is not None or i in gone:
            continue
        for keys, term in glossary.phrases.get(t.key, ()):
            if len(keys) != 2:
                continue
            j = next((j for j in range(i + 2, min(len(toks), i + 2 + MAX_GAP))
                      if toks[j].chunk == t.chunk and toks[j].kind in MERGEABLE and keys_match(toks[j].key, keys[1])), None)  # fmt: skip
            if j is None or j in gone or not _closes(toks, j) or any(u.chunk != t.chunk or u.neg or u.kind == "neg" for u in toks[i : j + 1]):
                continue
            info = glossary.terms[term]
            out[i] = dataclasses.replace(t, low=f"{t.low} {toks[j].low}", key=f"§t{term}", ukey=f"§t{term}", kind="word",
                                         term=term, group=info.group, value=info.value, parts=())  # fmt: skip
            gone.add(j)
            break
    return [t for n, t in enumerate(out) if n not in gone] if gone else toks
