"""One-way implications between glossary terms (the glossary's and a deck's `implies:`): an answer
saying a term that implies the expected one says it ("sub-millisecond" says "very fast"), never the
reverse, and the two stay two terms (no synonym merged, so no third word meets either through the
other). Only the pair matrix reads them (meets.py): the question's words are never implied.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .analysis import Token
    from .glossary import Glossary

#: (the implying term's spellings, the implied term's spellings), as a glossary's data holds them
Implications = tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]


def frozen(entries: Iterable[Mapping] | None, spelled) -> Implications:
    """A glossary's `implies:` list (each {if: [...], then: [...]}) as tuples; spelled reads a spelling."""
    out = []
    for entry in entries or ():
        said = tuple(spelled(s) for s in entry.get("if") or ())
        meant = tuple(spelled(s) for s in entry.get("then") or ())
        if said and meant:
            out.append((said, meant))
    return tuple(out)


def implied_by(pairs: Iterable[tuple[int, int]]) -> dict[int, frozenset[int]]:
    """Implied term -> the terms that imply it, from (implying, implied) term pairs, closed
    transitively (what an implied term implies is implied too); a term never implies itself."""
    implies: dict[int, set[int]] = {}
    for a, b in pairs:
        if a != b:
            implies.setdefault(a, set()).add(b)
    by: dict[int, set[int]] = {}
    for a in implies:
        seen: set[int] = set()
        todo = list(implies[a])
        while todo:
            b = todo.pop()
            if b not in seen and b != a:
                seen.add(b)
                todo.extend(implies.get(b, ()))
        for b in seen:
            by.setdefault(b, set()).add(a)
    return {b: frozenset(a) for b, a in by.items()}


def mark_implied(same: list[list[bool]], exp_words: list[Token], ans_words: list[Token], implying: list[int], glossary: Glossary) -> None:
    """same[i][j] set where answer word j's term implies expected word i's, neither denied (implying:
    the answer words with a term, not denied). A word that says a part of the expected text itself
    says another by implication only when the answer says some other part too: "<1ms" alone is the
    figure, not also the "very fast" beside it."""
    wanted = [i for i, e in enumerate(exp_words) if not e.neg and e.term in glossary.implied_by and not any(same[i])]
    if not wanted:
        return
    said = {exp_words[i].chunk for i, row in enumerate(same) if any(row)}
    for j in implying:
        term = ans_words[j].term
        own = {exp_words[i].chunk for i, row in enumerate(same) if row[j]}
        if own and not said - own:
            continue
        for i in wanted:
            if glossary.implied(term, exp_words[i].term):
                same[i][j] = True
