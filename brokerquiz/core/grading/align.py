"""Parts aligned one to one: an answer part satisfies or contradicts only the expected part it
aligns with, so one part's "high" never satisfies another part's "high".

Parts are the comma/slash/plus separated chunks of each text. An answer part aligns with the
expected part sharing most of its plain words (words of no opposite group: "throughput",
"partition"); a part sharing none takes the expected part left over whose opposite groups
it names (its "high" goes where a level is expected). Only when both texts have two parts
or more: a one-part answer may cover several expected parts at once.
"""

from __future__ import annotations

from .analysis import Token
from .results import fragments

#: answer chunk -> expected chunk
Alignment = dict[int, int]


def _chunks(toks: list[Token]) -> dict[int, list[Token]]:
    out: dict[int, list[Token]] = {}
    for t in toks:
        out.setdefault(t.chunk, []).append(t)
    return out


def align_parts(exp_words: list[Token], ans_words: list[Token], same_word: list[list[bool]]) -> Alignment:
    """Answer chunk -> expected chunk, one to one; empty when either text has one part.
    same_word[i][j]: does expected word i match answer word j."""
    e_chunks, a_chunks = _chunks(exp_words), _chunks(ans_words)
    if len(e_chunks) < 2 or len(a_chunks) < 2:
        return {}
    e_at = {id(t): i for i, t in enumerate(exp_words)}
    a_at = {id(t): j for j, t in enumerate(ans_words)}
    pairs = []
    for d, a_toks in a_chunks.items():
        for c, e_toks in e_chunks.items():
            hit = [(a, [e for e in e_toks if same_word[e_at[id(e)]][a_at[id(a)]]]) for a in a_toks]
            plain = sum(1 for a, es in hit if a.group is None and any(e.group is None for e in es))
            same = sum(1 for _, es in hit if es)
            groups = len({a.group for a in a_toks if a.group} & {e.group for e in e_toks if e.group})
            if same or groups:
                pairs.append((plain, same, groups, -abs(c - d), d, c))
    pairs.sort(reverse=True)
    alignment: Alignment = {}
    used: set[int] = set()
    for *_, d, c in pairs:  # plain-word anchors first, then any same word, then shared groups
        if d not in alignment and c not in used:
            alignment[d] = c
            used.add(c)
    return alignment


def allowed(alignment: Alignment, e: Token, a: Token) -> bool:
    """May answer token `a` satisfy expected token `e` under this alignment?"""
    if not alignment or a.chunk not in alignment:
        return True
    return alignment[a.chunk] == e.chunk


def contradictions(alignment: Alignment, exp_words: list[Token], ans_words: list[Token]) -> list[tuple[str, tuple[str, ...]]]:
    """Aligned parts naming different values of one group ("high latency" where "low
    milliseconds" is expected, though the text names "high" elsewhere)."""
    if not alignment:
        return []
    e_chunks = _chunks(exp_words)
    hits = []
    for a in ans_words:
        if a.group is None or a.neg or a.chunk not in alignment:
            continue
        expected_here = [e for e in e_chunks.get(alignment[a.chunk], []) if e.group == a.group]
        named_here = {t.value for t in ans_words if t.chunk == a.chunk and t.group == a.group}
        if expected_here and not named_here & {e.value for e in expected_here}:
            hits.append((f"antonym: '{a.raw}' vs '{expected_here[0].raw}'", (a.raw,)))
    return hits[:1] if hits else []


def wrong_fragments(hits: list[tuple[str, tuple[str, ...]]]) -> tuple[str, ...]:
    return fragments(f for _, frags in hits for f in frags)
