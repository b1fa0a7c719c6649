"""What an answer says held before the change it explains: the old state, no claim of the new one.

A long answer in one's own words often sets the scene first: "previously the group leader computed
the assignment on the client, and a global barrier stopped everyone. With the new protocol the
broker ...". A sentence opened by a lexicon's former_words ("previously", "formerly",
"früher") says what held before: its values ("on the client", "a barrier") are the old state the
model answer's change replaces, not the answer's claim of how things are. Its words are an aside,
as if in parentheses: they cost nothing for precision and no guard holds them against the model
answer. Only a whole sentence opened by such a word is set aside ("X, as previously" is no scene),
and only with a sentence of the new state after it: an answer that only tells the old state is judged as said.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .text import fold, lexicon_words

if TYPE_CHECKING:
    from .analysis import Token

#: a sentence's end: a full stop, "!" or "?" before a space or the end (not the dot of "4.0", "a.b")
_END = re.compile(r"[.!?](?=\s|$)")


def mark_former(text: str, toks: Sequence[Token]) -> None:
    """Mark the words of each sentence that opens with a former word as an aside (paren, aside)."""
    words = lexicon_words("former_words")
    if not words or not toks:
        return
    ends = [m.end() for m in _END.finditer(text)] + [len(text) + 1]
    starts = [0, *ends[:-1]]
    found = [[t for t in toks if a <= t.start < b] for a, b in zip(starts, ends)]
    found = [s for s in found if s]
    former = [fold(s[0].low) in words for s in found]
    for n, sentence in enumerate(found):
        if former[n] and not all(former[n:]):  # the scene, then the answer: never the answer's last word
            for t in sentence:
                t.paren = t.aside = True
