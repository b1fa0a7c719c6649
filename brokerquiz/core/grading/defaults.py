"""Another option said to be the default: "the default is range" for a model answer whose default
is uniform and which names range apart as another option ("uniform by default, range as well").

A lexicon's default words ("by default", and its translations) pair with their neighbours in their
part: the next content word and the one before. When no neighbour of the answer's default is a
word of the expected default's part, and one is a word the expected text names in a part right
beside it (the other options listed with the default), the answer calls another option the
default: a contradiction, however many words it shares.

The same holds of the things a question names ("BACKWARD against FORWARD"): each such name opens
a region of the text that runs to the next name (swaps.py). A default word the answer says only in
another name's region than the expected text's ("forward, producers first, is the registry
default" where the default is said of BACKWARD) calls that other thing the default.
"""

from __future__ import annotations

from functools import lru_cache

from .analysis import CONTENT, AnalyzedText, Token, analyze
from .lexicon import lexicons
from .subjects import SubjectIndex
from .swaps import default_regions
from .text import lexicon_words


@lru_cache(maxsize=1)
def _default_words() -> frozenset[str]:
    """The lexicons' words saying "by default", folded."""
    return lexicon_words("default_words")


def _paired(an: AnalyzedText) -> list[tuple[Token, list[Token]]]:
    """(default word, its neighbours in its part: the next content word and the one before)."""
    words = _default_words()
    toks = [t for t in an.toks if t.kind in CONTENT]
    out = []
    for i, t in enumerate(toks):
        if t.low not in words:
            continue
        near = [u for u in (toks[i + 1] if i + 1 < len(toks) else None, toks[i - 1] if i else None)
                if u is not None and u.chunk == t.chunk]  # fmt: skip
        if near:
            out.append((t, near))
    return out


def _a_thing(t: Token, an: AnalyzedText) -> bool:
    """Is this default word a noun after an article ("a default", "the default") closing its part:
    a default value, the thing named, not which option is the default ("the default is range")?"""
    at = next(i for i, u in enumerate(an.toks) if u is t)
    before = an.toks[at - 1] if at else None
    after = next((u for u in an.toks[at + 1 :] if u.chunk == t.chunk), None)
    return before is not None and before.chunk == t.chunk and before.low in lexicons().articles and after is None


def _beside(chunk: int, chunks: set[int]) -> bool:
    """Is this part right next to a part naming the default ("uniform by default, range too")?"""
    return any(abs(chunk - c) == 1 for c in chunks)


def other_default(expected: str, answer: str, question: str, index: SubjectIndex) -> tuple[str, ...]:
    """The answer's word it calls the default, when the expected text names that word beside
    the part of its own default and not in it (see the module's doc); () otherwise."""
    ans = analyze(answer, index)
    if not any(t.low in _default_words() for t in ans.toks):
        return ()
    found = default_regions(expected, answer, question, index, _default_words())
    if found:
        return found
    exp = analyze(expected, index)
    own = _paired(exp)
    if not own or any(_a_thing(d, exp) or d.neg for d, _ in own):
        # "Give the field a default", "a field without default": a default value the text talks of
        # (no "by default" is ever denied), no option called the default
        return ()
    chunks = {d.chunk for d, _ in own}
    words = [t for t in exp.toks if t.kind in CONTENT]
    for _, near in _paired(ans):
        if any(n.matches(e) for n in near for e in words if e.chunk in chunks):
            continue
        elsewhere = [n for n in near if any(n.matches(e) for e in words if e.chunk not in chunks and _beside(e.chunk, chunks))]
        if elsewhere:
            return (elsewhere[0].raw,)
    return ()
