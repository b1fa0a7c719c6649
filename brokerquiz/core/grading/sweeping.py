"""A sweeping claim said in passing: "every extra consumer reads in parallel", "works on any
stream without any settings", "the window is 2 hours by default".

A follow-up's model answer of several sentences is answered in one's own words, and its `accept`
entries state the key points: an answer that makes the points of one is right, however many
words of its own it wraps them in ("a poller runs ZRANGEBYSCORE", "the counter in XPENDING"). A
word saying every, any, always or by default is another matter: it claims something of all
cases, or of the default, that the accepted short form does not vouch for. Such a word (the
lexicons' sweeping_words and default_words; a spelling ending in "*" a stem prefix)
that the answer says and none of the accept entry, the model answer and the question says keeps
the accept entry from making the answer right; the model answer then judges it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .analysis import AnalyzedText, Token, analyze
from .subjects import SubjectIndex
from .text import fold, lexicon_words


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(the lexicon's spelling, its pattern) of each sweeping word, longest first."""
    words = sorted(lexicon_words("sweeping_words", "default_words"), key=len, reverse=True)
    out = []
    for w in words:
        body = re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w)
        out.append((w, re.compile(rf"(?<!\w){body}(?!\w)")))
    return tuple(out)


def spellings_of(low: str) -> set[str]:
    """The sweeping words' spellings that this one folded word says ("globally" for "global*")."""
    return {w for w, pattern in _patterns() if " " not in w and pattern.fullmatch(low)}


def _said(an: AnalyzedText) -> list[tuple[str, Token | None]]:
    """(spelling, its token when one word says it) of each sweeping word the text says."""
    folded = fold(an.text)
    words = [(t, fold(t.low)) for t in an.toks if t.kind in ("word", "stop")]  # each folded once, not once per pattern
    out = []
    for w, pattern in _patterns():
        if " " in w:
            if pattern.search(folded):
                out.append((w, None))
            continue
        out.extend((w, t) for t, low in words if pattern.fullmatch(low))
    return out


@lru_cache(maxsize=4096)  # the model answer, the question and each accept entry recur for every answer to a card
def _said_in(text: str, index: SubjectIndex) -> tuple[tuple[str, Token | None], ...]:
    return tuple(_said(analyze(text, index)))


def new_sweeping_words(ans: AnalyzedText, texts: Sequence[str], index: SubjectIndex) -> tuple[str, ...]:
    """The sweeping words the answer says and none of the texts says, by spelling or as the
    same word ("each" for "every" by the glossary); () when none. ans: analyze(ans.text, index),
    whose sweeping words are cached (_said_in): one answer meets every accept entry of a card."""
    said = _said_in(ans.text, index)
    if not said:
        return ()
    known = [k for text in texts for k in _said_in(text, index)]
    words = [t for text in texts for t in analyze(text, index).toks]
    new = [w for w, t in said if not any(w == k for k, _ in known)
           and not (t is not None and any(t.matches(o) for o in words if o.kind in ("word", "stop")))]
    return tuple(dict.fromkeys(new))
