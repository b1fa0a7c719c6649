"""A value the model answer gives both things, another value of its group said of one of them.

"Shovel is an explicit point-to-point move; both are asynchronous and built for the WAN." The model
answer says a value of an opposite group (asynchronous) of both things it names, with one of the
lexicons' both_words ("both", "beide") in the same part, and no other value of that group
anywhere. An answer saying another value of the group (not denied, in a part with no negator, yes/no or
neither_words: "federation is synchronous, shovel asynchronous") gives it to one of them: a flip, however many of the model answer's words it says.
"""

from __future__ import annotations

from functools import lru_cache

from .analysis import analyze
from .results import fragments
from .subjects import SubjectIndex
from .text import fold, lexicon_words


@lru_cache(maxsize=1)
def _neither() -> frozenset[str]:
    return lexicon_words("neither_words")


@lru_cache(maxsize=4096)  # deck text only
def both_values(expected: str, index: SubjectIndex) -> dict[str, str]:
    """group -> the value the model answer says of both things (a both-word in its part), when it
    says no other value of that group."""
    words = lexicon_words("both_words")
    toks = analyze(expected, index).toks
    if not words or not any(fold(t.low) in words for t in toks):
        return {}
    parts = {t.major for t in toks if fold(t.low) in words}
    said: dict[str, set[str | None]] = {}
    for t in toks:
        if t.group is not None:
            said.setdefault(t.group, set()).add(t.value)
    return {t.group: t.value for t in toks  # type: ignore[misc]
            if t.group is not None and t.major in parts and not t.neg and len(said[t.group]) == 1}


def other_value_of_both(expected: str, answer: str, index: SubjectIndex) -> tuple[str, ...]:
    """The answer's words saying another value of a group the model answer says of both things."""
    values = both_values(expected, index)
    if not values:
        return ()
    toks = analyze(answer, index).toks
    neither = _neither()
    # a part denying ("neither is synchronous", "keiner ist synchron") gives no value
    denying = {t.major for t in toks if t.kind in ("neg", "pol") or fold(t.low) in neither}
    found = [t.raw for t in toks
             if t.group in values and t.value != values[t.group] and not t.neg and not t.paren and t.major not in denying]
    return fragments(found)
