"""Values a subject supports several of (an opposite group flagged `several:` in glossary.yaml):
"full ACID, serializable available; the default is read committed" names a second isolation
level beside the expected one, and says it as an option, not in its place.

An answer word of such a group whose value the expected text does not name is set aside, with
the rest of its clause (the option's condition: as an aside in parentheses, no claim against the
card, no extra word, no other subject's words), when the answer also names an expected value of
that group, not negated and in another clause, and the word's own clause marks it as an option:
a lexicon's option marker ("when", "if", "via", "can"), default word ("by default") or predicate
("available"); a bare "too" or "also" adds a claim, it marks no option. A plain swap (the other
value alone, or in the expected value's clause with no marker: "eventual on the primary, strong
replicas"), or the other value said of what the expected value's clause names ("strong on the
primary, eventual by default on the primary"), is still wrong.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache

from .analysis import Token
from .glossary import Glossary
from .lexicon import lexicons
from .text import fold, lexicon_words


@lru_cache(maxsize=1)
def _markers() -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    """The lexicons' words (and phrases, as word tuples) marking a value as an option, folded."""
    words = lexicon_words("option_markers", "default_words", "predicates")
    phrases = frozenset(tuple(w.split()) for w in words if " " in w)
    return frozenset(words), phrases  # a phrase may come as one token ("by default") or as words


def _marked(toks: list[Token], clause: int) -> bool:
    """Does this clause (a major part) hold an option marker?"""
    single, phrases = _markers()
    lows = [fold(t.low) for t in toks if t.major == clause]
    if any(w in single for w in lows):
        return True
    return any(tuple(lows[i:i + len(p)]) == p for p in phrases for i in range(len(lows)))


def _optional(e_all: list[Token], a_all: list[Token], glossary: Glossary) -> set[int]:
    """The ids of the answer's words naming another value of a `several` group as an option."""
    out: set[int] = set()
    for name, group in glossary.groups.items():
        if not group.several:
            continue
        wanted = {t.value for t in e_all if t.group == name and not t.neg}
        if not wanted:
            continue
        said = [t for t in a_all if t.group == name and not t.neg and not t.aside]
        own = {t.major for t in said if t.value in wanted}
        others = [t for t in said if t.value not in wanted]
        out.update(id(t) for t in others if own and t.major not in own and _marked(a_all, t.major)
                   and not _same_scope(a_all, t.major, own, name))
    return out


def _same_scope(toks: list[Token], clause: int, own: set[int], group: str) -> bool:
    """Does the option's clause name a circumstance of the expected value's clause, after the same
    preposition ("strong on the primary, eventual by default even on the primary"): the other
    value of the same thing, not a second one beside it?"""
    def after(i: int) -> str:  # the preposition before toks[i], an article and one word between ("on the writer node")
        j, between = i - 1, 0
        while j >= 0 and toks[j].major == toks[i].major:
            low = toks[j].low
            if fold(low) in lexicon_words("prepositions"):
                return low
            if low not in lexicons().articles:
                between += 1
                if between > 1:
                    return ""
            j -= 1
        return ""

    def placed(major: set[int]) -> list[tuple[Token, str]]:  # "on" may be a word ("switch on"), so read as typed
        return [(t, p) for i, t in enumerate(toks) if t.major in major and t.kind == "word" and t.group != group
                and (p := after(i))]
    theirs = placed(own)
    return any(p == q and t.matches(u) for t, p in placed({clause}) for u, q in theirs)


def options_aside(
    e_all: list[Token], a_all: list[Token], ans_words: list[Token], glossary: Glossary
) -> tuple[list[Token], list[Token]]:
    """(a_all, ans_words) with another value of a `several` group said as an option set aside."""
    if not any(g.several for g in glossary.groups.values()):
        return a_all, ans_words
    ids = _optional(e_all, a_all, glossary)
    if not ids:
        return a_all, ans_words
    clauses = {t.major for t in a_all if id(t) in ids}  # the option's clause is about the option: an aside whole
    new = {id(t): dataclasses.replace(t, paren=True, aside=id(t) in ids or t.aside) for t in a_all if t.major in clauses}
    return [new.get(id(t), t) for t in a_all], [new.get(id(t), t) for t in ans_words]
