"""One said where the expected text counts several: a lexicon's one-word (an indefinite article,
the word for one) before the very noun the expected text gives another value of a counted group
("über eine Region" for "über mehrere Regionen", "in a region" for "in several regions").

German and English say "one" with the article, which is a stop word everywhere else ("eine
Tabelle je Abfrage" is right for "Tabellen pro Abfrage"): only the article before the noun the
expected text counts is read as a count.
"""

from __future__ import annotations

import dataclasses

from .analysis import Token
from .glossary import Glossary
from .lexicon import lexicons
from .results import Hit
from .text import fold, lexicon_words


def _noun_after(toks: list[Token], i: int) -> Token | None:
    """The next word of the same part after toks[i] (stop words skipped)."""
    for t in toks[i + 1 :]:
        if t.chunk != toks[i].chunk:
            return None
        if t.kind in ("word", "subj"):
            return t
    return None


def one_for_several(e_toks: list[Token], a_toks: list[Token], glossary: Glossary) -> list[Hit]:
    """[(reason, fragments)] when the answer says one of what the expected text counts otherwise
    and names no value of that group itself."""
    ones = lexicons().one_words
    counted = {name: g.values[0] for name, g in glossary.groups.items() if g.counted and g.values}
    if not ones or not counted:
        return []
    said = {t.group for t in a_toks if t.group in counted and not t.neg}
    for i, e in enumerate(e_toks):
        if e.group not in counted or e.group in said or e.neg or e.value == counted[e.group]:
            continue
        noun = _noun_after(e_toks, i)
        if noun is None:
            continue
        for j, a in enumerate(a_toks):
            if a.low not in ones or a.paren:
                continue
            n = _noun_after(a_toks, j)
            if n is not None and not n.neg and n.matches(noun):
                return [(f"one for several: '{a.raw} {n.raw}' vs '{e.raw} {noun.raw}'", (f"{a.raw} {n.raw}",))]
    return []


def articles_aside(a_words: list[Token], e_words: list[Token]) -> list[Token]:
    """The answer's words with a one-word before a noun the expected text says (not as several)
    marked an aside: "within one partition" says "within a partition", the one costs nothing."""
    ones = lexicons().one_words
    out = list(a_words)
    for i, a in enumerate(a_words[:-1]):
        n = a_words[i + 1]
        if a.low in ones and a.kind == "word" and n.chunk == a.chunk and not a.paren and any(n.matches(e) for e in e_words):
            out[i] = dataclasses.replace(a, paren=True)
    return out


def version_markers_optional(e_words: list[Token], a_words: list[Token]) -> list[Token]:
    """The expected words with a lexicon's version marker ("since", "seit") right before a number
    the answer says too marked optional, unless it says a marker itself: "from 4.0" says "since 4.0"."""
    markers = lexicons().version_markers
    if not markers:
        return e_words
    said = {a.key for a in a_words if a.key[:1].isdigit()}
    out = list(e_words)
    for i, e in enumerate(e_words[:-1]):
        n = e_words[i + 1]
        if e.low in markers and n.chunk == e.chunk and n.key in said and not e.paren and not any(a.matches(e) for a in a_words):
            out[i] = dataclasses.replace(e, paren=True)
    return out


def identifier_affixes_optional(e_words: list[Token], text: str, a_words: list[Token], answer: str) -> list[Token]:
    """The expected words with a lexicon's identifier affix ("max", "ms") that is a dotted name's
    first or last piece marked optional where the answer says the name's other pieces in words
    and not the affix: "the poll interval" says "max.poll.interval.ms", as "session timeout" says
    "session.timeout.ms". A dotted name of the answer's own ("max.poll.records") says no other one."""
    affixes = lexicon_words("identifier_affixes")
    if not affixes:
        return e_words

    def glued(s: str, i: int) -> bool:  # s[i] is a dot between two letters or digits
        return 0 < i < len(s) - 1 and s[i] == "." and s[i - 1].isalnum() and s[i + 1].isalnum()

    names: list[list[int]] = []  # the expected words of each dotted name, by index
    for n, e in enumerate(e_words):
        if n and names and names[-1][-1] == n - 1 and glued(text, e.start - 1) and e_words[n - 1].end == e.start - 1:
            names[-1].append(n)
        else:
            names.append([n])
    in_words = [a for a in a_words if not glued(answer, a.start - 1) and not glued(answer, a.end)]
    out = list(e_words)
    for name in names:
        ends = [n for n in (name[0], name[-1]) if len(name) > 2 and fold(e_words[n].low) in affixes]
        rest = [e_words[n] for n in name if n not in ends]
        if not ends or any(any(a.matches(e_words[n]) for a in a_words) for n in ends):
            continue
        if all(any(a.matches(e) for a in in_words) for e in rest):
            for n in ends:
                out[n] = dataclasses.replace(out[n], paren=True)
    return out


def _noun_of(t: Token, toks: list[Token]) -> Token | None:
    """The noun a value of a counted group counts: the next word of its part (None if none)."""
    i = next((n for n, x in enumerate(toks) if x.start == t.start), None)
    return None if i is None else _noun_after(toks, i)


def counts_of_other_things(ans_c: dict, exp_c: dict, a_toks: list[Token], e_toks: list[Token], glossary: Glossary) -> dict:
    """The answer's opposite-group values (group -> [(value, token)]) without the counts of another
    thing than the expected text counts: "a single key" says nothing against "several queues".
    A count whose noun either side leaves unsaid still counts."""
    out = {}
    for group, vals in ans_c.items():
        g = glossary.groups.get(group)
        nouns = [_noun_of(t, e_toks) for _, t in exp_c.get(group, ())] if g is not None and g.counted else []
        if not nouns or None in nouns:
            out[group] = vals
            continue
        kept = [(v, t) for v, t in vals if (n := _noun_of(t, a_toks)) is None or any(n.matches(e) for e in nouns if e is not None)]
        if kept:
            out[group] = kept
    return out


def identifier_units(e_words: list[Token]) -> list[Token]:
    """The expected words with the pieces of one identifier as one part of their own:
    "max.poll.interval.ms" is one claim beside "session timeout", not four parts that outweigh
    it (the analysis splits an identifier's pieces at its dots). A word after it in its part
    stays in that part."""
    out = list(e_words)
    for i in range(1, len(out)):
        t, prev = out[i], out[i - 1]
        if t.ident and prev.ident and 0 <= t.start - prev.end <= 1 and t.chunk != prev.chunk:
            unit = prev.chunk if prev.chunk < 0 else -1 - prev.start  # a part number no text has
            out[i - 1], out[i] = dataclasses.replace(prev, chunk=unit), dataclasses.replace(t, chunk=unit)
    return out
