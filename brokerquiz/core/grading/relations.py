"""Another value of a group said as the subject of a claim about the expected value: "..., and
secondary indexes store the primary key" beside "ordered by the primary key". The answer names two
values of a group, but of two things: the other value is what a claim is about, and the
expected value is that claim's object, said after a word of the claim's own in the same part
("store"), and said plainly elsewhere in the answer as well. That is neither a list of every option
nor another value in the expected one's place (guards._antonyms). Values side by side ("the primary
key or a secondary index", "by the primary key and by secondary indexes"), or an answer whose only
expected value is that object ("ordered by a secondary index that stores the primary key"), keep
their guard.
"""

from __future__ import annotations

from .analysis import Token
from .contrasts import ConceptValues
from .lexicon import lexicons


def _object_after(t: Token, a_toks: list[Token], name: str, expected: set[str]) -> Token | None:
    """The expected value this answer token's claim is about: the first token of the group after
    it in its part, an expected value with a word of the claim's own between (no conjunction or
    disjunction before it); None if there is none."""
    lex = lexicons()
    joining = lex.conjunctions | lex.disjunctions
    worded = False
    for u in a_toks:
        if u.start <= t.start or u.chunk != t.chunk:
            continue
        if u.kind == "stop" and u.low in joining:
            return None
        if u.group == name:
            return u if worded and u.value in expected and not u.neg else None
        worded = worded or u.kind == "word"
    return None


def related_to_expected(ans_c: ConceptValues, exp_c: ConceptValues, a_toks: list[Token]) -> ConceptValues:
    """The answer's values without another value of a group that is the subject of a claim about
    the expected value, when the answer says the expected value elsewhere too (module doc)."""
    out: ConceptValues = {}
    for name, vals in ans_c.items():
        expected = {v for v, _ in exp_c.get(name, ())}
        objects = {o.start for v, t in vals if v not in expected
                   for o in (_object_after(t, a_toks, name, expected),) if o is not None}
        plain = any(v in expected and t.start not in objects for v, t in vals)
        out[name] = [(v, t) for v, t in vals
                     if v in expected or not plain or _object_after(t, a_toks, name, expected) is None]
    return {name: vals for name, vals in out.items() if vals}
