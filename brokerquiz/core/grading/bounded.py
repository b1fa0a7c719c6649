"""A value the model answer bounds to a place, and another value said of another place.

"Strong on the primary" gives the consistency of one place (a preposition after the value, then
what it bounds): it says nothing of the replicas. An answer that says the expected value of that
place and, in a part about another thing ("replicas are eventually consistent", "reads from the
secondaries give eventual consistency"), another value of the group tells the rest of the subject,
true or not by the deck: no antonym (elsewhere.about_else leaves it out) and no other subject's
value (othercells.other_cells), though another subject's cell may say that value
("eventual at low levels"). A value the model answer does not bound ("at-least-once") leaves no
other place: another value beside it ("exactly-once with transactions") is judged as before; so is
one said of the bound place itself ("eventual on the primary"), or of no place named: the part must
name another place, a word the model answer says in a part of its own ("replicas") or one right
after a preposition ("from the secondaries"); "eventual consistency overall" names none.
"""

from __future__ import annotations

from .analysis import Token
from .text import lexicon_words


def _bounds(t: Token, toks: list[Token]) -> list[Token]:
    """The content words a preposition right after the value (an article between) binds it to, in its part."""
    prepositions, at = lexicon_words("prepositions"), next((i for i, u in enumerate(toks) if u is t), None)
    rest = [u for u in toks[at + 1 :] if u.chunk == t.chunk] if at is not None else []
    if not rest or rest[0].low not in prepositions:
        return []
    return [u for u in rest[1:] if u.kind in ("word", "subj") and u.low not in prepositions]


def bound_places(exp_c: dict, e_toks: list[Token]) -> dict[str, list[Token]]:
    """group -> the words every expected value of it is bound to, those the expected text says
    nowhere else ("primary" of "strong on the primary node, async standby nodes"); all of them when
    each is said elsewhere too."""
    out = {g: [w for _, t in vals for w in _bounds(t, e_toks)] for g, vals in exp_c.items()}
    out = {g: words for g, words in out.items() if words and all(_bounds(t, e_toks) for _, t in exp_c[g])}
    return {g: [w for w in words if not any(_same(w, u) and u.chunk != w.chunk for u in e_toks)] or words for g, words in out.items()}


def _same(a: Token, b: Token) -> bool:
    """The same word, strictly (one key or one term: no compound's head, "Standby-Knoten" is no "Primärknoten")."""
    return a.key == b.key or (a.term is not None and a.term == b.term)


def says_place(chunk: int, a_toks: list[Token], place: list[Token]) -> bool:
    """Does this part of the answer say a word of the place?"""
    return any(u.chunk == chunk and u.kind in ("word", "subj") and any(_same(u, w) for w in place) for u in a_toks)


def names_other_place(t: Token, a_toks: list[Token], e_toks: list[Token], place: list[Token]) -> bool:
    """Does the part of the answer's value `t` name another place than the bound one, and not that
    one: a word the expected text says in a part of its own ("replicas are eventually consistent"
    beside "async replicas can lag"), or one right after a preposition ("reads from the
    secondaries")? "eventual consistency" or "eventually consistent overall" name none."""
    if says_place(t.chunk, a_toks, place):
        return False
    prepositions, joins = lexicon_words("prepositions"), lexicon_words("connective_words")
    valued = {e.chunk for e in e_toks if e.group == t.group}
    part = [u for u in a_toks if u.chunk == t.chunk]
    for n, u in enumerate(part):
        if u.kind not in ("word", "subj") or u.group == t.group or u.low in joins or u.low in prepositions:
            continue
        after = n and part[n - 1].low in prepositions or n > 1 and part[n - 2].low in prepositions and part[n - 1].kind == "stop"
        if after or any(u.matches(e) and e.chunk not in valued for e in e_toks if e.kind in ("word", "subj")):
            return True
    return False


def bound_hit(ans_words: list[Token], hits: tuple[list[bool], list[bool]], concepts: tuple,
              toks: tuple[list[Token], list[Token]], core: frozenset[str]) -> tuple[list[bool], list[bool]]:  # fmt: skip
    """(a_hit, own_hit) with the values said of another place than the one the model answer bounds
    its value of that group to counted as said: no other subject's value."""
    from .elsewhere import said_of_else  # elsewhere reads this module's places: imported here, not at the top
    from .guards import concept_values

    exp_c = concepts[0]
    bound = bound_places(exp_c, toks[0])
    if not bound:
        return hits  # the model answer bounds no value (most): the answer's values not read
    ans_c = concept_values(toks[1])  # every value said (one answered in place too)
    if not any(g in bound for g in ans_c):
        return hits
    elsewhere = said_of_else({g: v for g, v in ans_c.items() if g in bound}, exp_c, toks[1], toks[0], core)
    placed = {id(a) for a in ans_words if id(a) in elsewhere and names_other_place(a, toks[1], toks[0], bound[a.group])}
    # as said by the expected text itself too: no word beside it "echoes" the other cell through it
    return tuple([h or id(a) in placed for a, h in zip(ans_words, hit)] for hit in hits)  # type: ignore[return-value]
