"""A word of the subject's own name is no other subject's value.

A subject's name may hold a field word: "Log" of "X Log", "Store" of "Y Store".
An answer's part about that subject says the word of its own ("N logs, one per key") as it speaks of
the subject's own things; another subject's cell saying the same word ("shared logs" of another
one) does not make it that subject's value mixed in (guards.other_cells).
The subject is one the answer's part names, or the card's own; the name's words are read with no subject known,
so each is a plain word with its glossary term.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .analysis import Token, analyze
from .subjects import SubjectIndex


@lru_cache(maxsize=256)
def _name_words(display: str, index: SubjectIndex) -> tuple[Token, ...]:
    """The plain words of a subject's display name beyond its first ("Log" of "X Log")."""
    bare = SubjectIndex((), (), index.glossary, index.latin)
    words = display.split()[1:]
    return tuple(t for w in words for t in analyze(w, bare).toks if t.kind == "word")


def own_name_words(ans_words: Sequence[Token], sids: Sequence[int | None], index: SubjectIndex) -> list[Token]:
    """The answer's words that say a word of the name of one of these subjects (those the answer's
    part names, or the card is about)."""
    named = {s for s in sids if s is not None}
    if not named:
        return []
    words = [w for sid in named if 0 <= sid < len(index.display) for w in _name_words(index.display[sid], index)]
    return [a for a in ans_words if a.kind == "word" and any(a.matches(w) for w in words)]
