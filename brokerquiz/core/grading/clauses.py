"""Where a negator's reach and a yes/no word's meaning end inside a part of a text (analysis.py).

A negator closing its part denies what the part names, but not past a word opening a clause of
its own (the lexicons' clause_openers and condition_words: "a reader reads old data that doesn't
have it" denies nothing of the reader, "share groups when order is not important" nothing of them). A yes/no word typed as a setting's value right after its name and "="
("requeue=false") says the name's state: a no-word denies the name ("without requeue"), and
neither opens the text's yes/no nor negates the words after it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import lexicons
from .text import lexicon_words

if TYPE_CHECKING:
    from .analysis import Token


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    return lexicon_words("clause_openers", "condition_words")  # "share groups when order is not important"


def clause_start(toks: list[Token], i: int) -> int:
    """Where the words a negator at toks[i] closing its part denies start: after the last clause
    opener of its part before it, else at the text's start (the part's other words are skipped by chunk)."""
    chunk = toks[i].chunk
    return max((j + 1 for j in range(i) if toks[j].chunk == chunk and toks[j].low in _openers()), default=0)


def setting_value(text: str, toks: list[Token], i: int) -> bool:
    """Is toks[i] a yes/no word typed as a setting's value right after its name and "=" ("requeue=false")?
    Then it is marked so: the setting's state (settings.py), with the name denied for a no-word."""
    t, lex = toks[i], lexicons()
    if i == 0 or t.low not in lex.yes and t.low not in lex.no or text[t.start - 1 : t.start] != "=":
        return False
    name = toks[i - 1]
    if name.end != t.start - 1 or name.kind not in ("word", "subj"):
        return False
    t.kind, t.key = "pol", "§no" if t.low in lex.no else "§yes"
    t.paren = True  # said by the name's own polarity: no word of its own to say again ("without requeue")
    if t.low in lex.no:
        name.neg, name.neg_start = True, name.start
    return True
