"""Which sentence each token of a text is in (sentences.py splits the text's string, this its
tokens): a sentence ends at . ; ! ? before a space or the end (the dot of "4.0" or of
"min.insync.replicas" ends none)."""

from __future__ import annotations

import re
from bisect import bisect_right

from .analysis import Token

SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")


def sentence_numbers(text: str, toks: list[Token]) -> list[int]:
    """Each token's sentence, counted from 0."""
    cuts = [m.end() for m in SENTENCE_END.finditer(text)]  # ascending: the cuts at or before a token, by bisection
    return [bisect_right(cuts, t.start) for t in toks]


def sentence_texts(text: str) -> list[str]:
    """The text's sentences as strings, cut where sentence_numbers cuts (empty ones dropped)."""
    cuts = [0, *(m.end() for m in SENTENCE_END.finditer(text)), len(text)]
    return [text[a:b] for a, b in zip(cuts, cuts[1:]) if text[a:b].strip()]


def token_sentences(text: str, toks: list[Token]) -> list[list[Token]]:
    """The tokens of each sentence that has any, in order."""
    out: dict[int, list[Token]] = {}
    for t, n in zip(toks, sentence_numbers(text, toks)):
        out.setdefault(n, []).append(t)
    return list(out.values())
