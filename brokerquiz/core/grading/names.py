"""Dotted names (config keys, identifiers) met piece by piece: another name is not a part of one;
and the heads of an accept entry's parts, which two thirds of a part never leave out.

The analysis splits "group.remote.assignor" at its dots, and each piece meets the answer's words.
An answer's own dotted name with a piece the expected name lacks ("group.consumer.assignors",
"segment.bytes" for "segment.ms", "max.poll.records" for "max.poll.interval.ms") is another name:
the pieces it shares are no two thirds of the expected one (match._recall's CHUNK_COVER). Sharing only an affix of the lexicons
("ms" of "segment.ms" and "retention.ms") makes no name another's. A name said short ("max.poll.interval"),
or its pieces in words ("the poll interval"), still says it.
"""

from __future__ import annotations

from functools import lru_cache

from .analysis import Token
from .text import fold, lexicon_words


def _glued(text: str, i: int) -> bool:
    """Is text[i] a dot between two letters or digits (inside a dotted name)?"""
    return 0 < i < len(text) - 1 and text[i] == "." and text[i - 1].isalnum() and text[i + 1].isalnum()


def dotted_names(toks: list[Token], text: str) -> list[list[int]]:
    """The indexes of the tokens of each dotted name of two pieces or more, in order."""
    names: list[list[int]] = []
    for n, t in enumerate(toks):
        if n and names and names[-1][-1] == n - 1 and toks[n - 1].end == t.start - 1 and _glued(text, t.start - 1):
            names[-1].append(n)
        elif n and toks[n - 1].end == t.start - 1 and _glued(text, t.start - 1):
            names.append([n - 1, n])
    return names


@lru_cache(maxsize=1)
def _affixes() -> frozenset[str]:
    return lexicon_words("identifier_affixes")


def met_by_other_names(exp_words: list[Token], e_hit: list[bool], expected: str, ans_words: list[Token], answer: str,
                       same: list[list[bool]]) -> frozenset[int]:  # fmt: skip
    """Where the pieces of an expected dotted name start that only another dotted name of the
    answer meets (same: the expected x answer meeting matrix): such a name's part is covered only
    by every piece said, never by two thirds of them."""
    if "." not in answer or "." not in expected:
        return frozenset()
    a_names = dotted_names(ans_words, answer)
    if not a_names:
        return frozenset()
    out: set[int] = set()
    affixes = _affixes()
    for name in dotted_names(exp_words, expected):
        others = set()
        for a_name in a_names:
            meets = [any(same[e][a] for e in name) for a in a_name]
            shared = [a for a, m in zip(a_name, meets) if m and fold(ans_words[a].low) not in affixes]
            if shared and not all(meets):  # shares a piece ("ms" alone is no name), and has one of its own: another name
                others.update(a_name)
        if others and any(e_hit[e] and not any(same[e][a] for a in range(len(ans_words)) if a not in others) for e in name):
            out.update(exp_words[e].start for e in name)
    return frozenset(out)


def part_heads(exp_words: list[Token], expected: str) -> frozenset[int]:
    """Where the head of each part of three words or more of an accept entry starts: its first word,
    a plain word ("republished" of "republished after a lost confirm"), not a piece of a name
    ("Msg" of "Msg-Id"). A terse entry's part said without its head ("after a lost ack") says
    the circumstance, not what happens in it."""
    firsts: dict[int, Token] = {}
    sizes: dict[int, int] = {}
    for t in exp_words:
        firsts.setdefault(t.chunk, t)
        sizes[t.chunk] = sizes.get(t.chunk, 0) + 1
    return frozenset(t.start for t in firsts.values() if t.kind == "word" and not t.ident and sizes[t.chunk] >= 3
                     and t.low.isalpha() and expected[t.end : t.end + 1] not in "-_")
