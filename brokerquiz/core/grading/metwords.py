"""Which of a fixed list of words (the deck side: a model answer's things, deeds or regions) each
word of an answer meets, by key and kept per word: a guard asking every word of every answer
against the same deck words asks keys_meet only of the words near it, once per word's keys.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .analysis import Token, analyze
from .meets import key_index
from .subjects import SubjectIndex


#: The most asked words whose answer one MetWords keeps (then it asks anew).
MET_KEPT = 2048


class MetWords:
    """The deck words, by key, and the places of those each word asked meets (Token.matches).
    Build once per deck text (an lru_cache or prepare) and read only: the kept answers are a cache."""

    def __init__(self, words: Sequence[Token]):
        self.words = list(words)
        self.index = key_index(self.words)
        self.met: dict[tuple, frozenset[int]] = {}

    def meeting(self, w: Token) -> frozenset[int]:
        """The places of the deck words w matches: [j for j, d in enumerate(words) if w.matches(d)]
        as a set (the index finds a superset near w's keys or of its term; Token.matches decides)."""
        asked = (w.term, w.group, w.key, w.ukey, w.parts, w.kind)  # all that Token.matches reads of w
        out = self.met.get(asked)
        if out is None:
            index = self.index
            found = index.near(w) if w.term is None else index.near(w).union(index.by_term.get(w.term, ()))
            out = frozenset(j for j in found if w.matches(self.words[j]))
            if len(self.met) < MET_KEPT:
                self.met[asked] = out
        return out


@lru_cache(maxsize=4096)  # deck texts: the model answer and the question recur for every answer to a card
def text_words(texts: tuple[str, ...], index: SubjectIndex) -> MetWords:
    """The words (kind "word") of these texts, in order, as MetWords: a guard asking whether a
    word of the answer is any of them asks meeting() (read only)."""
    return MetWords([t for text in texts for t in analyze(text, index).toks if t.kind == "word"])
