"""A right answer followed by why: "at-least-once, because a message leaves the queue only on
its ack". Once the answer has said some word of the expected text, a lexicon's reason marker
("because", "since", "thanks to", "until", "when", and their translations) opens an elaboration that runs to the
end of its sentence: its words are no extra claims for precision (as if in parentheses). The
guards still read them, so a reason naming another value, subject or polarity still costs.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .analysis import Token, negated_forms
from .glossary import Glossary
from .text import fold, lexicon_words


def precision_of(ans_words: list[Token], a_hit: list[bool]) -> float:
    """Share of the answer's words found in the expected text; the answer's own words in
    parentheses are an aside and cost nothing (guards still read them)."""
    if not ans_words:
        return 0.0
    main = [h for t, h in zip(ans_words, a_hit) if not t.paren] or a_hit
    return sum(main) / len(main)


@lru_cache(maxsize=1)
def _markers() -> tuple[tuple[str, ...], ...]:
    """The lexicons' reason markers as folded word tuples, longest first."""
    found = {tuple(w.split()) for w in lexicon_words("reason_markers")}
    return tuple(sorted(found, key=len, reverse=True))


def _reason_starts(a_all: list[Token]) -> list[int]:
    """Where each reason marker of the answer starts (a character offset)."""
    lows = [fold(t.low) for t in a_all]
    out = []
    for i in range(len(lows)):  # a marker of several words may come as one token ("thanks to") or as words
        if any(tuple(lows[i:i + len(m)]) == m or lows[i] == " ".join(m) for m in _markers()):
            out.append(a_all[i].start)
    return out


def reasons_aside(
    answer: str, a_all: list[Token], words: list[Token], hits: list[bool], glossary: Glossary | None = None
) -> tuple[list[Token], list[bool]]:
    """(words, hits) without the words of a reason the answer gives after a word it got right;
    a reason saying the negating-prefix form of a word the answer got right ("ordered ...,
    because lanes are unordered") stays a claim."""
    starts = _reason_starts(a_all)
    if not starts:
        return words, hits
    first = next((t.start for t, h in zip(words, hits) if h), None)
    if first is None:
        return words, hits
    cuts = [m.end() for m in re.finditer(r"[.;!?](?:\s|$)", answer)] + [len(answer) + 1]
    spans = [(s, next(c for c in cuts if c > s)) for s in starts if s > first]
    said = [t for t, h in zip(words, hits) if h]
    spans = [(a, b) for a, b in spans
             if not any(a <= t.start < b and negated_forms(t, u, glossary) for t in words for u in said)]
    keep = [not any(a <= t.start < b for a, b in spans) for t in words]
    return [t for t, k in zip(words, keep) if k], [h for h, k in zip(hits, keep) if k]
