"""A value word used as a verb with an object: "memory alarms block publishers" says no "blocking".

A word meets an opposite group's value by its stem ("block" keys as "blocking" does). When the
word as typed is a shorter form of the value's spelling, its base (a verb of a value in "-ing":
"block", "blocks", "blocked" of "blocking"), and a word of content
follows it in its part (an article between), it is a verb acting on that object, not the value: "alarms block
publishers" is no blocking read, while "blocking reads", "reads block until data arrives" (no
object) and "XREADGROUP BLOCK 5000" (a figure after it) stay the value. A value spelled as typed,
a glossary phrase and a piece of a dotted name (identifiers.unvalued_pieces) are not judged here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .lexicon import lexicons

if TYPE_CHECKING:
    from .analysis import Token
    from .glossary import Glossary


def verb_values(toks: Sequence[Token], glossary: Glossary) -> None:
    """Each value word met by its stem alone and followed by a word of content of its part: no term, no value."""
    articles = lexicons().articles
    for i, t in enumerate(toks):
        if t.kind != "word" or t.group is None or t.key.startswith("§t") or " " in t.low:
            continue
        if t.raw.isupper() or not _shorter_form(t.low, glossary.terms[t.term].name):  # type: ignore[index]
            continue  # typed as a command's option ("BLOCK"), or a form of the value itself ("blocking", "synchrone")
        rest = [u for u in toks[i + 1 : i + 3] if u.chunk == t.chunk]
        obj = next((u for u in rest if u.low not in articles), None)  # "block the publishers"
        if obj is not None and obj.kind in ("word", "subj") and not obj.low[:1].isdigit() and rest[0].start - t.end == 1:
            t.term = t.group = t.value = None


def _shorter_form(low: str, value: str) -> bool:
    """Is the word typed a verb form whose "-ing" form is the value's first spelling ("block",
    "blocks", "blocked" of "blocking"; "store" of "storing")?"""
    bases = {low, low[:-1] if low.endswith("s") else low, low[:-2] if low.endswith("ed") else low}
    return any(len(b) >= 3 and value in (b + "ing", b + b[-1:] + "ing", b[:-1] + "ing") for b in bases)
