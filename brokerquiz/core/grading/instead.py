"""What a text sets aside in place of its claim: the words after an "instead of" (the lexicons'
instead_markers: instead of, rather than, statt, anstatt) to the end of their part.

"Key by the order instead of the customer" rules keying by the customer out as surely as "key by
the order, not the customer" does: the customer is the alternative the text turns down, no claim
it makes. So an answer's "not the customer" agrees with it (guards' polarity: the expected text
denies it too), and a question word said there ("a big customer overloads its partition") is a
thing the model answer talks about, no verb it asks (denials.py). Other asides ("unlike X",
"like X") compare; they deny nothing, and stay as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .analysis import Token
from .text import fold, lexicon_words


@lru_cache(maxsize=1)
def _markers() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The lexicons' instead_markers as folded word sequences by their first word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for seq in sorted({tuple(m.split()) for m in lexicon_words("instead_markers")}, key=len, reverse=True):
        out.setdefault(seq[0], []).append(seq)
    return {k: tuple(v) for k, v in out.items()}


def set_aside(toks: Sequence[Token]) -> frozenset[int]:
    """Where the words a text sets aside start: the content words after an instead-marker to the end of its part."""
    markers = _markers()
    out: set[int] = set()
    for i, t in enumerate(toks):
        for seq in markers.get(fold(t.low), ()):
            run = toks[i : i + len(seq)]
            if len(run) == len(seq) and all(fold(u.low) == w and u.chunk == t.chunk for u, w in zip(run, seq)):
                out.update(u.start for u in toks[i + len(seq) :] if u.chunk == t.chunk and u.kind in ("word", "subj"))
                break
    return frozenset(out)
