"""A value said of something else: "validate the record before processing, commit the offset
after processing" for "Commit the offset after processing" names both values of the sequence
group, but not as options for one slot. The "before" part says a thing the expected text never
names (validating): it is about that, not a second answer, so it lists no option and contradicts
nothing. A part saying only the expected text's words ("commit the offset before processing")
still makes the claim; so does one whose only other word is a connective (the lexicons'
connective_words: "pessimistic too", "but eventual"): that joins the claim to the rest, it names no other thing."""

from __future__ import annotations

from functools import lru_cache

from .analysis import Token
from .bounded import bound_places, names_other_place, says_place
from .text import fold, lexicon_words

#: The expected words (besides the value) a part must say to give the expected value as a claim of
#: its own ("commit the offset after processing"); "log after" gives none.
SAID_MIN = 2


def about_else(ans_c: dict, exp_c: dict, a_toks: list[Token], e_toks: list[Token], core: frozenset[str] = frozenset(),
               vouched: frozenset[tuple[str, str]] = frozenset()) -> dict:  # fmt: skip
    """The answer's opposite-group values without those in a part that says a word the expected
    text lacks, when another part of the answer gives an expected value of that group with
    SAID_MIN of the expected text's words; or with none, when the expected text is that group's
    values alone and the value said of something else is one a text about the card vouches for
    (vouched: (group, value) its note names; "at-least-once; with auto-ack it is at-most-once"
    where the note says "without acks it is at-most-once", not "exactly-once if you want")."""
    if not any(v not in {w for w, _ in exp_c.get(g, ())} for g, vals in ans_c.items() if g in exp_c for v, _ in vals):
        return ans_c  # no other value than the expected ones: nothing to judge (the common case, kept fast)
    words = [t for t in e_toks if t.kind in ("word", "subj")]
    places = bound_places(exp_c, e_toks)
    out = {}
    for group, vals in ans_c.items():
        wanted = {v for v, _ in exp_c.get(group, ())}
        right = {t.chunk for v, t in vals if v in wanted and _said(t.chunk, a_toks, words) >= SAID_MIN}
        # or with the place the expected text bounds it to ("strong on the primary"), beside another
        # value said of another place by name (bounded.py)
        placed = group in places and any(v in wanted and says_place(t.chunk, a_toks, places[group]) for v, t in vals)
        if not right and placed:
            out[group] = [(v, t) for v, t in vals if v in wanted or not names_other_place(t, a_toks, e_toks, places[group])]
            continue
        # an expected text of this group's values alone ("at-least-once"; not "memory + optional
        # disk", nor a core group's: a rating's note is its aside) is said whole by a part saying one
        bare = (vouched and wanted and group not in core and all(t.group == group for t in words)
                and any((group, v) in vouched for v, _ in vals if v not in wanted))  # fmt: skip
        whole = {t.chunk for v, t in vals if v in wanted} if bare else set()
        if not right and not whole:
            out[group] = vals
            continue
        out[group] = [(v, t) for v, t in vals if v in wanted or t.chunk in right or t.chunk in whole
                      or not _foreign(t.chunk, a_toks, words, group) or (not right and (group, v) not in vouched)]  # fmt: skip
    return {g: v for g, v in out.items() if v}


def said_of_else(ans_c: dict, exp_c: dict, a_toks: list[Token], e_toks: list[Token], core: frozenset[str] = frozenset(),
                 vouched: frozenset[tuple[str, str]] = frozenset()) -> set[int]:  # fmt: skip
    """The ids of the answer's value tokens about_else leaves out: said of something else."""
    kept = {id(t) for vals in about_else(ans_c, exp_c, a_toks, e_toks, core, vouched).values() for _, t in vals}
    return {id(t) for vals in ans_c.values() for _, t in vals if id(t) not in kept}


def _said(chunk: int, a_toks: list[Token], words: list[Token]) -> int:
    """How many words (no values of a group) of this part of the answer the expected text says."""
    return sum(
        a.chunk == chunk and a.kind == "word" and a.group is None and any(a.matches(e) for e in words) for a in a_toks
    )


@lru_cache(maxsize=1)
def _connectives() -> frozenset[str]:
    return lexicon_words("connective_words")


def _foreign(chunk: int, a_toks: list[Token], words: list[Token], group: str | None = None) -> bool:
    """Does this part of the answer say a word (no value of the group judged, no connective) that
    the expected text lacks? A value of another group the expected text never names is such a word:
    "with auto-ack it drops to at-most-once" names the acks, a thing of its own."""
    joins = _connectives()
    named = {e.group for e in words if e.group is not None}
    return any(
        a.chunk == chunk and a.kind == "word" and (a.group is None or a.group != group and a.group not in named)
        and fold(a.low) not in joins and not any(a.matches(e) for e in words)
        for a in a_toks
    )
