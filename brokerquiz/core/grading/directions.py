"""Verbs of opposite direction judged by what they act on: "raise X" against "lower X".

Some opposites are said of many things in one text: a model answer may "lower max.poll.records
... or raise max.poll.interval.ms", or "prevent X, which would cause Y". Such a pair cannot be
an opposite group of the whole text (naming both values would then be a contradiction, or a
list of every option); it is judged per object instead. Each value an answer names acts on the
words after it in its part (or, when none follow, the words before it: "lag grows"); the
expected text's value acting on most of those words is the one the answer must name. The
words are data: `clause_opposites:` in data/glossary.yaml (group -> value -> spellings, a
spelling ending in "*" a stem prefix, one of two words a phrase).
"""

from __future__ import annotations

from functools import lru_cache

from .analysis import AnalyzedText, Token
from .glossary import _shipped_yaml
from .results import Hit
from .text import fold

#: (group, value) of a spelling: words as folded, stem prefixes, two-word phrases
_Index = tuple[dict[str, tuple[str, str]], tuple[tuple[str, tuple[str, str]], ...], dict[tuple[str, str], tuple[str, str]]]


@lru_cache(maxsize=1)
def _index() -> _Index:
    words: dict[str, tuple[str, str]] = {}
    prefixes: list[tuple[str, tuple[str, str]]] = []
    phrases: dict[tuple[str, str], tuple[str, str]] = {}
    for group, values in (_shipped_yaml().get("clause_opposites") or {}).items():
        for value, spellings in values.items():
            for spelling in spellings:
                s = fold(str(spelling)).strip()
                if s.endswith("*"):
                    prefixes.append((s[:-1], (str(group), str(value))))
                elif " " in s:
                    first, second = s.split(None, 1)
                    phrases[(first, second)] = (str(group), str(value))
                else:
                    words[s] = (str(group), str(value))
    prefixes.sort(key=lambda p: -len(p[0]))
    return words, tuple(prefixes), phrases


def _values(toks: list[Token]) -> list[tuple[int, str, str]]:
    """(token index, group, value) of each direction word a text says plainly (not negated)."""
    words, prefixes, phrases = _index()
    if not (words or prefixes or phrases):
        return []
    heads = tuple(p for p, _ in prefixes)
    out = []
    for i, t in enumerate(toks):
        if t.kind not in ("word", "stop") or t.neg or t.paren or t.ident:  # a setting's name says no direction ("enable.auto.commit")
            continue
        found = words.get(t.low)
        if found is None and " " in t.low:  # a phrase the glossary's terms joined into one token ("piles up")
            found = phrases.get(tuple(t.low.split(None, 1)))  # type: ignore[arg-type]
        if found is None and t.low.startswith(heads):
            found = next(gv for p, gv in prefixes if t.low.startswith(p))
        if found is None and i + 1 < len(toks) and toks[i + 1].chunk == t.chunk:
            found = phrases.get((t.low, toks[i + 1].low))
        if found is not None:
            out.append((i, *found))
    return out


def _values_of(toks: list[Token], own: AnalyzedText | None) -> list[tuple[int, str, str]]:
    """_values of a text's tokens, once per analysis when they are its own (each grade_text of one
    answer, and every answer to one model answer, asks again; read only)."""
    return own.once("directions.values", lambda: _values(toks)) if own is not None else _values(toks)  # type: ignore[return-value]


def direction_of(t: Token) -> tuple[str, str] | None:
    """The (group, value) a word spells (`clause_opposites:`: "reduced", "verringern" and the
    Russian verb for reducing are change/lower), negated or not; None for a word of none."""
    words, prefixes, _ = _index()
    found = words.get(t.low)
    if found is None and t.kind == "word" and not t.ident:
        found = next((gv for p, gv in prefixes if t.low.startswith(p)), None)
    return found


def same_direction(x: Token, y: Token) -> bool:
    """Do two words spell one value of a clause-opposite group ("reduce" and "verringern")?"""
    found = direction_of(x)
    return found is not None and found == direction_of(y)


def _joined(x: Token, y: Token) -> bool:
    """Are two neighbouring tokens in one part: the same chunk, or pieces of one identifier
    ("max.poll.interval.ms" is one name, though its dots separate chunks)?"""
    near = abs(y.start - x.end) <= 1 or abs(x.start - y.end) <= 1
    return x.chunk == y.chunk or (x.ident and y.ident and near)


def _span(toks: list[Token], at: int, marks: set[int]) -> list[Token]:
    """The words a direction word acts on: those after it in its part up to the next word of its
    group, or, when none follow, those before it back to the previous one."""
    def content(t: Token) -> bool:
        return t.kind in ("word", "subj") and not t.paren

    def walk(steps: range) -> list[Token]:
        out, last = [], toks[at]
        for j in steps:
            if not _joined(last, toks[j]) or j in marks:
                break
            last = toks[j]
            if content(last):
                out.append(last)
        return out

    return walk(range(at + 1, len(toks))) or walk(range(at - 1, -1, -1))


def prevented(toks: list[Token]) -> set[int]:
    """ids of the words a denying direction (`denying_directions:` in data/glossary.yaml: "prevents
    wraparound", "verhindert den Überlauf") acts on: the text says they do not happen, so an answer's
    "so they do not wrap around" agrees."""
    denying = _denying()
    vals = _values(toks)
    out: set[int] = set()
    for at, group, value in vals:
        if (group, value) in denying:
            out.update(id(t) for t in _span(toks, at, {i for i, g, _ in vals if g == group}))
    return out


def directed_states(toks: list[Token]) -> dict[str, tuple[str, str]]:
    """Word key -> (yes/no key, the verb) for each word a verb of a group with a denying value acts on
    ("disable auto commit": commit no; "enable auto commit": commit yes), its object only: the state a setting typed
    "enable.auto.commit=false" gives its name (settings.py)."""
    denying = _denying()
    groups = {g for g, _ in denying}
    vals = _values(toks)
    out: dict[str, tuple[str, str]] = {}
    for at, group, value in vals:
        if group in groups:
            state = "§no" if (group, value) in denying else "§yes"
            for t in _object(toks, at):
                out.setdefault(t.key, (state, toks[at].raw))
    return out


def _object(toks: list[Token], at: int) -> list[Token]:
    """The run of content words right after a verb in its part (its object: "disable auto commit"), or,
    when none follow, right before it ("auto commit abschalten"): no word past a stop word."""
    def run(steps: range) -> list[Token]:
        out = []
        for j in steps:
            if toks[j].chunk != toks[at].chunk or toks[j].kind not in ("word", "subj"):
                break
            out.append(toks[j])
        return out

    return run(range(at + 1, len(toks))) or run(range(at - 1, -1, -1))


def direction_hits(e_toks: list[Token], a_toks: list[Token], own: tuple[AnalyzedText | None, AnalyzedText | None] = (None, None)) -> list[Hit]:
    """An answer's direction word whose object the expected text governs by another value of
    the group ("lower max.poll.interval.ms" where "raise max.poll.interval.ms" is expected), else
    one denying a value the expected text says plainly (prohibited_hits). own: the analyses whose
    own tokens these are (AnalyzedText.of_own), their direction words found once per analysis."""
    a_vals = _values_of(a_toks, own[1])
    if not a_vals:
        return []
    e_vals = _values_of(e_toks, own[0])
    return _opposite_hits(e_toks, a_toks, e_vals, a_vals) or prohibited_hits(e_toks, a_toks, e_vals, a_vals)


def _opposite_hits(e_toks: list[Token], a_toks: list[Token], e_vals: list[tuple[int, str, str]],
                   a_vals: list[tuple[int, str, str]]) -> list[Hit]:
    if not e_vals:
        return []
    for at, group, value in a_vals:
        marks = {i for i, g, _ in a_vals if g == group}
        said = _span(a_toks, at, marks)
        if not said:
            continue
        e_marks = {i for i, g, _ in e_vals if g == group}
        scored = []
        for e_at, e_group, e_value in e_vals:
            if e_group != group:
                continue
            span = _span(e_toks, e_at, e_marks)
            overlap = sum(any(w.matches(a) for a in said) for w in span)
            if overlap:
                scored.append((overlap, e_value, e_toks[e_at].raw))
        if not scored:
            continue
        top = max(s[0] for s in scored)
        best = [s for s in scored if s[0] == top]
        if all(v != value for _, v, _ in best):
            raw = a_toks[at].raw
            return [(f"opposite direction: '{raw}' vs '{best[0][2]}'", (raw,))]
    return []


@lru_cache(maxsize=1)
def _denying() -> frozenset[tuple[str, str]]:
    """(group, value) of the direction values that deny what they act on (`denying_directions:`)."""
    return frozenset((str(g), str(v)) for g, v in (_shipped_yaml().get("denying_directions") or {}).items())


def prohibited_hits(e_toks: list[Token], a_toks: list[Token], e_vals: list[tuple[int, str, str]],
                    a_vals: list[tuple[int, str, str]]) -> list[Hit]:
    """An answer's denying direction word ("prevents", "impossible") acting on a value of an opposite
    group that the expected text says plainly: not negated, and not governed there by a direction word
    ("prevents horizontal scaling" for "Horizontal", "FIFO impossible" for "FIFO per queue"). A value,
    not any word: a terse model answer names a problem it solves ("dual write, outbox") plainly too."""
    denying = _denying()
    a_vals = [v for v in a_vals if (v[1], v[2]) in denying]
    if not a_vals:
        return []
    governed: set[int] = set()
    for e_at, group, _ in e_vals:
        marks = {i for i, g, _ in e_vals if g == group}
        governed |= {id(w) for w in _span(e_toks, e_at, marks)}
    plain = [w for w in e_toks if w.kind == "word" and w.group is not None and not w.neg and not w.paren and id(w) not in governed]
    for at, group, _ in a_vals:
        said = _span(a_toks, at, {i for i, g, _ in a_vals if g == group})
        if said and at + 1 < len(a_toks) and said[0] is a_toks[at + 1] and (a_toks[at].low, said[0].low) in _index()[2]:
            said = said[1:]  # the second word of a phrase ("rules out")
        hit = said[0] if said else None  # the word next to it: its object ("prevents horizontal scaling"), not a compound's head
        if hit is not None and not hit.neg and any(hit.matches(e) for e in plain):
            raw = a_toks[at].raw
            return [(f"denies what the expected answer says: '{raw}' of '{hit.raw}'", (raw,))]
    return []
