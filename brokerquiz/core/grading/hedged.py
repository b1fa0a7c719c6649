"""A value said plainly where the model answer hedges it: "hard to scale horizontally" does not
claim horizontal scaling, so "queues + workers, horizontal" (or "horizontal too") gives the value
the model answer withholds, the claim another subject's cell makes ("Partitions + brokers,
horizontal"): a flip, not a detail left out.

The hedging values are glossary data (`hedging_values:`, e.g. the ease group's "hard"). A part of
the model answer (a piece between separators) with a hedging value not negated hedges every value
of another opposite group it says (a rating, "⚠️ harder", is a verdict on the whole, not a claim
the hedge withholds). The answer gives one of those values plainly when it says it not negated
and says no value of the hedging group anywhere: "horizontal scaling is hard", "not easily
horizontal" keep the hedge (and "easily horizontal", the opposite, is the antonym check's).
"""

from __future__ import annotations

from functools import lru_cache

from .analysis import Token, analyze
from .glossary import _shipped_yaml
from .results import fragments
from .subjects import SubjectIndex


@lru_cache(maxsize=1)
def _hedging() -> frozenset[tuple[str, str]]:
    """(group, value) of the values that withhold what they qualify (`hedging_values:`)."""
    return frozenset((str(g), str(v)) for g, v in (_shipped_yaml().get("hedging_values") or {}).items())


def _hedged(toks: list[Token]) -> tuple[set[str], list[Token]]:
    """The hedging groups the text uses, and the values of other groups its hedged parts say."""
    hedging = _hedging()
    hedges = [t for t in toks if (t.group, t.value) in hedging and not t.neg]
    groups = {str(t.group) for t in hedges}
    chunks = {t.chunk for t in hedges}
    return groups, [t for t in toks if t.chunk in chunks and t.group not in (None, "rating", *groups) and not t.neg]


def unhedged_value(expected: str, answer: str, index: SubjectIndex) -> tuple[str, ...]:
    """The answer's words giving plainly a value the model answer hedges (see the module's doc)."""
    if not _hedging():
        return ()
    groups, values = _hedged(analyze(expected, index).toks)
    if not values:
        return ()
    toks = analyze(answer, index).toks
    if any(t.group in groups for t in toks):
        return ()
    return fragments(t.raw for t in toks if not t.neg and any(t.group == v.group and t.value == v.value for v in values))
