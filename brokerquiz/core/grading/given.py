"""What the question gives: its words in the expected text need not be said again, unless a
part of the expected text is the question's term by another name (the subject's own mechanism)."""

from __future__ import annotations

from .analysis import Token
from .meets import PlainWords


def parts_not_given(exp_words: list[Token], given: list[bool], asked: PlainWords) -> list[bool]:
    """The words the question gives, less those of a part it gives whole by another name: a part
    of the expected text that is the question's term in other words, met only by the glossary
    ("Dead letter exchange, delivery-limit ..." to "Poison messages and DLQs?"), is the subject's
    own way of doing what the question asks, a point of its own. A part the question spells itself
    ("Consumer groups, ..." to "Consumer groups?"), or a word of a part of other words ("replay via
    offset"), is given."""
    spelled = {q.low for q in asked.toks} | {q.key for q in asked.toks}
    parts: dict[int, list[bool]] = {}
    for t, g in zip(exp_words, given):
        parts.setdefault(t.major, []).append(g and t.low not in spelled and t.key not in spelled)
    whole = {major for major, hits in parts.items() if all(hits)}
    if not whole or len(parts) < 2:
        return given
    return [g and t.major not in whole for t, g in zip(exp_words, given)]
