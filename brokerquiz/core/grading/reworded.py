"""A denial said in other words: the answer denies with a verb of its own what a denied clause of
the model answer denies, and that verb is one the model answer says plainly elsewhere, of something
else ("a stuck record holds the whole partition ... retrying one record does not stop the others":
"one retry doesn't hold up the rest" says the second clause, it does not deny the first).

The answer's clause around the denied word (up to a sentence end or a semicolon) is held to the
model answer's clauses: when it says more of a clause the model answer denies something in than of
the clause saying the word plainly (REWORDED_MIN words or more of it, the denied word aside), it
rewords that denial, and the plain word elsewhere is no polarity it flips.

A word the answer's clause says plainly and then denies ("only the id of the schema, not the schema
itself") sets one thing of that name against another, as the model answer's clause does ("carries
only the schema id, not its text"): the denial is of the second, not of the word it says.

A word the model answer denies, said plainly in a clause that denies what the model answer's
negation denies with it ("the plugin is not advised, it is not maintained" for "the plugin is no longer
maintained"), is that denial told in two parts (clause_of), no flip.

A word right after a "before" (the glossary's `not_yet:` values) names what has not happened yet:
"crashed before the ack" agrees with "not yet acknowledged before a crash".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

from .analysis import Token
from .glossary import _shipped_yaml
from .text import lexicon_words

#: Where a clause ends: a sentence end before a space (the next sentence), a semicolon, a line.
_CLAUSE_END = re.compile(r"[.!?;](?:\s|$)|\n")
#: The fewest other words of a denied clause the answer's clause must say to reword it.
REWORDED_MIN = 2


def _clauses(text: str, toks: Sequence[Token]) -> list[int]:
    """Each token's clause number in its text."""
    cuts = [m.end() for m in _CLAUSE_END.finditer(text)]
    return [bisect.bisect(cuts, t.start) for t in toks]


def _content(t: Token) -> bool:
    return t.kind in ("word", "subj") and not t.paren


def reworded_denial(a: Token, ans_text: str, a_toks: Sequence[Token], e: Token, exp_text: str, e_toks: Sequence[Token]) -> bool:
    """Does denied answer word `a` (which meets the plain expected word `e`) sit in a clause that
    rewords a clause of the expected text denying something else, more than any clause saying a
    word it meets plainly (none of which denies anything)?"""
    a_of, e_of = _clauses(ans_text, a_toks), _clauses(exp_text, e_toks)
    at = next((n for n, t in enumerate(a_toks) if t is a), None)
    if at is None:
        return False
    plains = {e_of[n] for n, f in enumerate(e_toks) if f is e or not f.neg and _content(f) and a.matches(f)}
    mine = [t for n, t in enumerate(a_toks) if a_of[n] == a_of[at] and _content(t) and t is not a and not t.matches(e)]
    denying = {e_of[n] for n, f in enumerate(e_toks) if f.neg and _content(f) and not f.matches(a)}
    if not mine or not denying or plains & denying:
        return False

    def said(clause: int) -> int:  # how many of the answer clause's words this expected clause says
        words = [f for n, f in enumerate(e_toks) if e_of[n] == clause and _content(f)]
        return sum(any(t.matches(f) for f in words) for t in mine)

    plain = max(said(c) for c in plains)
    return any(said(c) >= REWORDED_MIN and said(c) > plain for c in denying)


def contrasted_instance(a: Token, ans_text: str, a_toks: Sequence[Token], e: Token, exp_text: str, e_toks: Sequence[Token]) -> bool:
    """Does the answer's clause say denied word `a` plainly before its negator ("the id of the schema,
    not the schema itself"), where the expected clause saying `e` sets a thing against another too
    ("only the schema id, not its text")? Then the denial is of the other thing of that name."""
    of, e_of = _clauses(ans_text, a_toks), _clauses(exp_text, e_toks)
    at = next((n for n, t in enumerate(a_toks) if t is a), None)
    et = next((n for n, t in enumerate(e_toks) if t is e), None)
    if at is None or et is None:
        return False
    if not any(e_of[n] == e_of[et] and f.neg and _content(f) and not f.matches(a) for n, f in enumerate(e_toks)):
        return False
    return any(of[n] == of[at] and t.end <= a.neg_start and not t.neg and _content(t) and t.matches(a)
               and not _contrast_between(t, a, ans_text) for n, t in enumerate(a_toks) if t is not a)  # fmt: skip


def _contrast_between(t: Token, a: Token, text: str) -> bool:
    """Is a contrast marker ("but", "aber") said between word `t` and the negator of `a`?
    Then the denial is a claim of its own ("archive,delete, but the newest rows are never deleted"),
    not one thing of a name set against another."""
    return any(w.casefold() in lexicon_words("contrast_markers") for w in re.findall(r"\w+", text[t.end : a.neg_start]))


def clause_of(a: Token, text: str, toks: Sequence[Token]) -> list[Token]:
    """The tokens of the clause of `a` (to a sentence end or a semicolon): where an answer saying a
    word plainly may deny what the model answer denies with it ("the plugin is not advised, it is
    not maintained" for "the plugin is no longer maintained": its parts are one denial, told in two)."""
    of = _clauses(text, toks)
    at = next((n for n, t in enumerate(toks) if t is a), None)
    return [t for n, t in enumerate(toks) if at is not None and of[n] == of[at]] or [a]


@lru_cache(maxsize=1)
def _not_yet() -> frozenset[tuple[str, str]]:
    """(group, value) of the values naming a moment before what follows them (`not_yet:`)."""
    return frozenset((str(g), str(v)) for g, v in (_shipped_yaml().get("not_yet") or {}).items())


def not_yet(a: Token, a_toks: Sequence[Token]) -> bool:
    """Does a "before" open the phrase of word `a` in its part ("before the ack", "bevor bestätigt")? Then
    `a` has not happened yet: no plain claim of it."""
    at = next((n for n, t in enumerate(a_toks) if t is a), None)
    for t in reversed(a_toks[:at] if at else ()):
        if t.chunk != a.chunk:
            return False
        if t.group is not None and (t.group, t.value) in _not_yet():
            return True
        if t.kind != "stop":
            return False  # another word between: the phrase is not the one "before" opens
    return False
