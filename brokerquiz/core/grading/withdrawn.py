"""What the expected text says was withdrawn (removed, deprecated, dropped: the lexicons'
`withdrawn`): an answer offering it is wrong, unless it says so itself. Words after the marker and
a preposition of its part are the withdrawal's circumstance, not what went ("a member dropped
after its session timeout" withdraws no timeout).
"""

from __future__ import annotations

from functools import lru_cache

from .analysis import AnalyzedText, Token
from .lexicon import lexicons
from .results import Hit, fragments
from .text import fold, lexicon_words


def _marked_withdrawn(t: Token) -> bool:
    """Is this a word saying a thing was removed or deprecated (the lexicons' `withdrawn`), not a
    noun for the act that starts alike (`withdrawal_nouns`: the Russian for "deletion" in "delete markers")?"""
    return t.kind == "word" and t.low.startswith(lexicons().withdrawn) and not t.low.startswith(_acts())


@lru_cache(maxsize=1)
def _acts() -> tuple[str, ...]:
    return tuple(sorted(lexicon_words("withdrawal_nouns")))


def withdrawn_parts(text: AnalyzedText) -> frozenset[int]:
    """The major parts of a text that say a thing was withdrawn ("classic mirroring was removed"),
    found once per analysis (each grade_text of a model answer asks; read only)."""
    return text.once("withdrawn.parts", lambda: frozenset(t.major for t in text.toks if _marked_withdrawn(t)))  # type: ignore[return-value]


def _past_marker(toks: list[Token]) -> set[int]:
    """ids of the words after a withdrawn-marker and a preposition of its part: a circumstance of
    the withdrawal ("dropped after its session timeout", "removed in favour of KRaft"), not what went."""
    out: set[int] = set()
    marker = None
    for t in toks:
        if marker is not None and t.major != marker[0]:
            marker = None
        if _marked_withdrawn(t):
            marker = (t.major, False)
        elif marker is not None and t.kind in ("stop", "word") and fold(t.low) in lexicon_words("prepositions"):
            marker = (marker[0], True)
            out.add(id(t))  # the preposition itself ("after", a word of the sequence group) went nowhere either
        elif marker is not None and marker[1] and t.kind == "word":
            out.add(id(t))
    return out


def withdrawn_hits(exp: AnalyzedText, ans: AnalyzedText) -> list[Hit]:
    """An answer offering what the expected text says was removed or deprecated ("mirrored
    classic queues" where "classic mirroring was removed"), unless it says so itself."""
    marked = _marked_withdrawn
    gone = withdrawn_parts(exp)
    if not gone or any(marked(t) for t in ans.toks):
        return []
    said = [t for t in exp.toks if t.kind == "word" and not marked(t)]
    past = _past_marker(exp.toks)  # "a member dropped after its timeout": the timeout is no withdrawn thing
    negated = {t.chunk for t in ans.toks if t.neg}
    offered = [
        a for a in ans.toks
        if a.kind == "word" and not a.paren and a.chunk not in negated
        and any(a.matches(e) for e in said if e.major in gone and id(e) not in past)
        and not any(a.matches(e) for e in said if e.major not in gone or id(e) in past)
    ]  # fmt: skip
    if not offered:
        return []
    frags = fragments(a.raw for a in offered)
    return [(f"offers what was withdrawn: {', '.join(frags)}", frags)]
