"""Intensifiers: words that only stress what their part says ("no reply queue at all", the lexicons'
intensifiers), so neither text must say them.

A model answer's "to have no reply queue at all" makes the point "no reply queue"; an answer
saying "no reply queue" has said it. Such a word is read as a stop word: it is no word of its
own to be matched, and a negator before it reaches past it to the word it denies ("not at all
durable" denies "durable"). The sweeping check still reads it (sweeping.py reads stop words too).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .text import fold, lexicon_words


@lru_cache(maxsize=1)
def _phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The lexicons' intensifiers as folded word sequences by their first word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for seq in sorted({tuple(w.split()) for w in lexicon_words("intensifiers")}, key=len, reverse=True):
        out.setdefault(seq[0], []).append(seq)
    return {k: tuple(v) for k, v in out.items()}


def mark_intensifiers(toks: Sequence) -> None:
    """Turn the words of each intensifier phrase (its words typed whole, in one part) into stop words."""
    phrases = _phrases()
    if not phrases:
        return
    for i, t in enumerate(toks):
        for seq in phrases.get(fold(t.low), ()):  # only a phrase this word opens (one fold per word)
            run = toks[i : i + len(seq)]
            if len(run) == len(seq) and all(fold(u.low) == w and u.chunk == t.chunk and u.kind in ("word", "stop")
                                            for u, w in zip(run, seq)):  # fmt: skip
                for u in run:
                    u.kind = "stop"
                break
