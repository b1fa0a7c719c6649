"""Parts aligned one to one: an answer part satisfies or contradicts only the expected part it
aligns with, so one part's "high" never satisfies another part's "high".

Parts are the comma/slash/plus separated chunks of each text. An answer part aligns with the
expected part sharing most of its plain words (words of no opposite group: "throughput",
"partition"; or of a group only one part of each text names); a part sharing none takes the
expected part left over whose opposite groups it names (its "high" goes where a level is
expected). Only when both texts have two parts or more: a one-part answer may cover several
expected parts at once.
"""

from __future__ import annotations

from itertools import compress

from .analysis import Token
from .chunks import parts_of
from .results import ANTONYM

#: expected chunk -> the answer chunk that answers it
Alignment = dict[int, int]


def _one_part_groups(chunks: dict[int, list[Token]]) -> set[str]:
    """The opposite groups only one part of a text names: their value there is no word another
    part's could lend ("configurable" of "long-term, configurable retention"), so it aligns as a
    plain word does."""
    parts: dict[str, set[int]] = {}
    for c, toks in chunks.items():
        for t in toks:
            if t.group:
                parts.setdefault(t.group, set()).add(c)
    return {g for g, cs in parts.items() if len(cs) == 1}


def align_parts(exp_words: list[Token], ans_words: list[Token], same_word: list[list[bool]]) -> Alignment:
    """Expected chunk -> the answer chunk sharing most of its plain words (then any word, then
    an opposite group); empty when either text has one part. Several expected parts may go
    to one answer part ("queues and workers" for "queues + workers"). same_word[i][j]: does
    expected word i match answer word j."""
    e_chunks, a_chunks = parts_of(exp_words), parts_of(ans_words)
    if len(e_chunks) < 2 or len(a_chunks) < 2:
        return {}
    e_at = {id(t): i for i, t in enumerate(exp_words)}
    a_at = {id(t): j for j, t in enumerate(ans_words)}
    once = _one_part_groups(e_chunks) & _one_part_groups(a_chunks)
    counts = _shared_words(e_chunks, a_chunks, same_word, once, (e_at, a_at))
    e_groups = {c: {e.group for e in toks if e.group} for c, toks in e_chunks.items()}
    a_groups = {d: {a.group for a in toks if a.group} for d, toks in a_chunks.items()}
    alignment: Alignment = {}
    group_only: dict[int, list[tuple[int, int]]] = {}
    for c in e_chunks:
        best = None
        shared = counts.get(c, {})
        for d in a_chunks:
            plain, same = shared.get(d, (0, 0))
            groups = len(a_groups[d] & e_groups[c])
            if plain or same:
                rank = (plain, same, groups, -abs(c - d))
                if best is None or rank > best[0]:
                    best = (rank, d)
            elif groups:
                group_only.setdefault(c, []).append((-abs(c - d), d))
        if best is not None:
            alignment[c] = best[1]
    # a part that shares no word takes an answer part no other part took, naming its group
    used = set(alignment.values())
    for c, options in group_only.items():
        free = sorted(o for o in options if o[1] not in used)
        if c not in alignment and free:
            alignment[c] = free[-1][1]
            used.add(free[-1][1])
    return alignment


def _shared_words(e_chunks: dict[int, list[Token]], a_chunks: dict[int, list[Token]], same_word: list[list[bool]],
                  once: set[str], at: tuple[dict[int, int], dict[int, int]]) -> dict[int, dict[int, list[int]]]:
    """Expected part -> answer part -> [how many of its words match a plain word of the expected part
    (both plain: of no opposite group, or of a group only one part names), how many match any word
    of it]; parts sharing none left out. Read from the pairs that meet (compress, in C: most of
    same_word is False), not asked of every pair of parts. at: each word's place (by id), both sides."""
    e_at, a_at = at
    width = len(same_word[0]) if same_word else 0
    met: list[set[int]] = [set() for _ in range(width)]  # answer place -> the expected parts it meets a word of
    met_plain: list[set[int]] = [set() for _ in range(width)]  # ... a plain word of
    for c, toks in e_chunks.items():
        for e in toks:
            plain = e.group is None or e.group in once
            for j in compress(range(width), same_word[e_at[id(e)]]):
                met[j].add(c)
                if plain:
                    met_plain[j].add(c)
    counts: dict[int, dict[int, list[int]]] = {}
    for d, toks in a_chunks.items():
        for a in toks:
            j = a_at[id(a)]
            plain = a.group is None or a.group in once
            for c in met[j]:
                shared = counts.setdefault(c, {}).setdefault(d, [0, 0])
                shared[1] += 1
                shared[0] += plain and c in met_plain[j]
    return counts


def allowed(alignment: Alignment, e: Token, a: Token) -> bool:
    """May answer token `a` satisfy expected token `e`? A plain word anywhere; a value of an
    opposite group ("high") only in the answer part aligned with the expected one's part; a yes/no
    answers the whole text, whichever part it opens ("no, with requeues ..." for "No with requeues")."""
    if a.group is None or a.kind == e.kind == "pol" or e.chunk not in alignment:
        return True
    return alignment[e.chunk] == a.chunk


def clause_hits(alignment: Alignment, exp_words: list[Token], ans_words: list[Token], same: list[list[bool]],
                hits: tuple[list[bool], list[bool]]) -> tuple[list[bool], list[bool]]:
    """(e_hit, a_hit) with an expected value its aligned part leaves unsaid said by the answer part
    next to that one, when that part answers no expected part: it goes on with the aligned part, a
    clause cut by a comma ("latency low, a few ms" for "low, milliseconds"; "if jobs are long, use
    small batches" for "small batches for long jobs"). A value the aligned part says itself is
    never lent from its neighbour."""
    e_hit, a_hit = list(hits[0]), list(hits[1])
    taken = set(alignment.values())
    for i, e in enumerate(exp_words):
        d = alignment.get(e.chunk)
        if e_hit[i] or e.group is None or d is None:
            continue
        for j, a in enumerate(ans_words):
            if same[i][j] and a.group is not None and abs(a.chunk - d) == 1 and a.chunk not in taken:
                e_hit[i] = a_hit[j] = True
    return e_hit, a_hit


def answered_in_place(ans_c: dict, exp_c: dict, alignment: Alignment) -> dict:
    """The answer's opposite-group values (group -> [(value, token)]) without those another part
    says in passing: when every expected part naming a group's value is answered, in the part it
    aligns with, by a value it names, the group's values in answer parts that answer other expected
    parts are about those parts ("strong on the primary, weaker on the replicas" for "Strong on
    the primary, async replicas can lag"): a part contradicts only the part it aligns with. A
    value in a part answering no expected part still counts ("horizontal, vertical too")."""
    if not alignment:
        return ans_c
    out = {}
    for group, vals in ans_c.items():
        places = {}  # expected chunk -> the values it names
        for value, t in exp_c.get(group, ()):
            places.setdefault(t.chunk, set()).add(value)
        answered = places and all(
            c in alignment and any(t.chunk == alignment[c] and v in wanted for v, t in vals) for c, wanted in places.items()
        )
        elsewhere = set(alignment.values()) - {alignment[c] for c in places} if answered else set()
        out[group] = [(v, t) for v, t in vals if t.chunk not in elsewhere]
    return {g: v for g, v in out.items() if v}


def opening_core(words: list[Token], core: frozenset[str]) -> set[int]:
    """The ids of the core-group values opening a text ("👍/⚠️" of "👍/⚠️ lightweight cluster")."""
    out: set[int] = set()
    for t in words:
        if t.kind not in ("word", "pol", "subj"):
            continue
        if t.group not in core:
            break
        out.add(id(t))
    return out


def contradictions(
    alignment: Alignment, exp_words: list[Token], ans_words: list[Token], core: frozenset[str] = frozenset()
) -> list[tuple[str, tuple[str, ...]]]:
    """An answer part naming other values of a group than the expected part it answers
    ("high latency" where "low milliseconds" is expected, though "high" is expected elsewhere).
    core: groups whose value is a text's core only when it opens the text (a rating)."""
    if not alignment:
        return []
    e_chunks, a_chunks = parts_of(exp_words), parts_of(ans_words)
    opening = opening_core(exp_words, core)
    for c, d in alignment.items():
        for e in e_chunks[c]:
            if e.group is None or (e.group in core and id(e) not in opening):
                continue
            named = [a for a in a_chunks[d] if a.group == e.group and not a.neg and not a.aside]
            wanted = {x.value for x in e_chunks[c] if x.group == e.group}
            if named and not {a.value for a in named} & wanted and not _said_beside(named, a_chunks[d], e_chunks, c):
                return [(f"{ANTONYM} '{named[0].raw}' vs '{e.raw}'", (named[0].raw,))]
    return []


def _said_beside(named: list[Token], part: list[Token], e_chunks: dict[int, list[Token]], c: int) -> bool:
    """Does another expected part say the answer part's value with another of its words ("history
    ... kept per key" for "how many revisions per key are kept", aligned with "purge removes the
    key's history")? Then the value is that part's, not a claim against the part it aligns with;
    a value with no other word in common ("high latency" beside "high throughput") still is."""
    values = {a.value for a in named}
    words = [w for w in part if w.group is None and w.kind == "word"]
    return any(
        any(x.group == named[0].group and x.value in values and not x.neg for x in ws)
        and any(w.matches(x) for w in words for x in ws if x.group is None and x.kind == "word")
        for k, ws in e_chunks.items() if k != c
    )
