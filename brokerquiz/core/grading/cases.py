"""Cases told apart: "if the tasks are long, a small prefetch; if they are short, a bigger one".
Each value of a group said inside a condition of its own (the lexicons' condition_words: if / when,
wenn / falls, and the Russian ones) is one case of a split, not a hedge naming every option nor another
value said instead of the expected one: the answer says the expected value in its case and goes on
to another case the model answer leaves out.

Only a split counts: the expected value must be said inside a condition too, another one than the
other value's (its nearest opener before it). A value said plainly beside another one in a condition
("at-least-once; if you enable it, exactly-once") is a claim of its own and keeps its guard, and an
answer saying only the other value ("if they are short, a small one") is still an antonym.
"""

from __future__ import annotations

from functools import lru_cache

from .analysis import Token
from .contrasts import ConceptValues
from .text import fold, lexicon_words


@lru_cache(maxsize=1)
def _firsts() -> frozenset[str]:
    """The first words of the lexicons' condition_words, folded."""
    return frozenset(fold(m.split()[0]) for m in lexicon_words("condition_words"))


def _opener(t: Token, conditions: list[tuple[int, int]]) -> int | None:
    """Where the nearest condition word before `t` in its sentence starts, or None (conditions:
    (major part, start) of the text's condition words, in order)."""
    found = [start for major, start in conditions if major == t.major and start < t.start]
    return found[-1] if found else None


def split_cases(ans_c: ConceptValues, exp_c: ConceptValues, a_toks: list[Token]) -> ConceptValues:
    """The answer's values without another value of a group said in a condition of its own,
    when the expected value is said in another condition (module doc)."""
    firsts = _firsts()
    conditions = [(u.major, u.start) for u in a_toks if fold(u.low) in firsts] if ans_c else []  # the answer's, found once
    out: ConceptValues = {}
    for name, vals in ans_c.items():
        expected = {v for v, _ in exp_c.get(name, ())}
        where = [(v, t, _opener(t, conditions)) for v, t in vals]
        cases = {o for v, _, o in where if v in expected and o is not None}
        out[name] = [(v, t) for v, t, o in where
                     if v in expected or o is None or not cases - {o}]
    return {name: vals for name, vals in out.items() if vals}
