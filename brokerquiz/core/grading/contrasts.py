"""Another value of a group the expected text names, set against the expected one rather than
named in its place: a denial said of it ("ordered within a partition, no ordering across
partitions"; "ACID with InnoDB, MyISAM has no transactions") agrees with the expected value.
"""

from __future__ import annotations

from .analysis import Token

#: group -> [(value, token)]: the opposite-group values a text names (guards.ConceptValues)
ConceptValues = dict[str, list[tuple[str, Token]]]


def denied_elsewhere(a: Token, a_toks: list[Token], exp_c: ConceptValues) -> bool:
    """Does the part denying a say it of another value of a group the expected text names ("no
    ordering across partitions" beside "ordered within a partition")? It denies it there, not here."""
    return any(v.chunk == a.chunk and v.kind == "word" and v.group in exp_c and v.value not in {x for x, _ in exp_c[v.group]}
               for v in a_toks)  # fmt: skip


def contrasted(ans_c: ConceptValues, exp_c: ConceptValues, a_toks: list[Token]) -> ConceptValues:
    """The answer's values without another value of a group said in a part that denies something
    of it, beside the expected value said plainly elsewhere: "ACID with InnoDB, MyISAM has no
    transactions" sets the other engine against the expected one, it does not name it instead."""
    denying = {t.major for t in a_toks if t.neg}
    out: ConceptValues = {}
    for name, vals in ans_c.items():
        expected = {v for v, _ in exp_c.get(name, ())}
        plain = any(v in expected and t.major not in denying for v, t in vals)
        out[name] = [(v, t) for v, t in vals if not (plain and v not in expected and t.major in denying)]
    return {name: vals for name, vals in out.items() if vals}
