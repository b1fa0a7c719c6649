"""Acronyms: a word typed in capitals ("RR", "LSM", "WAL", "CTEs") stands for the run of words
whose initials it spells on the other side ("repeatable read", "log-structured merge",
"write-ahead log"). No list of acronyms: the two texts themselves say what one stands for.
An acronym may end in a version number, then in any case ("MM2", "mm2" for "MirrorMaker 2"):
a run of letters with digits after it is no word of any language. A word's initials are those of
its pieces, a camel-case word's humps included ("MirrorMaker" -> "mm"), and a number is its digits.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from itertools import islice

from .analysis import AnalyzedText, Token
from .text import _pieces, word_key

#: The longest acronym read as one (letters).
MAX_LETTERS = 5
#: An acronym with a version number after its letters ("MM2", "mm2").
_VERSIONED = re.compile(r"([^\W\d_]{2,%d})(\d{1,2})" % MAX_LETTERS)
#: The pieces of a word whose first letters are its initials: humps of a camel-case word, numbers whole.
_HUMPS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+|[^\W\d_]+")


def acronym(t: Token) -> str:
    """The letters of a word typed as an acronym (capitals, 2-5 letters, a plural "s" aside), or ""."""
    return _acronym_of(t.raw) if t.kind == "word" else ""


@lru_cache(maxsize=16384)  # asked of every word of both texts at each grading: once per spelling
def _acronym_of(raw: str) -> str:
    """acronym() of a word typed so."""
    if (m := _VERSIONED.fullmatch(raw)) and (m[1].isupper() or m[1].islower()):
        return raw.lower()  # "MM2", "mm2": never "Mm2"
    raw = raw[:-1] if raw.endswith("s") and not raw[:-1].islower() else raw
    if not 2 <= len(raw) <= MAX_LETTERS or not raw.isalpha() or not raw.isupper():
        return ""
    return raw.lower()


def _initials(t: Token) -> str:
    """The first letters of a word's pieces ("write-ahead" -> "wa"; a glossary phrase's words;
    "MirrorMaker" -> "mm"); a number's digits ("2" -> "2")."""
    return _initials_of(t.raw)


@lru_cache(maxsize=16384)
def _initials_of(raw: str) -> str:
    """_initials() of a word typed so."""
    return "".join(h[0] if not h.isdigit() else h for w in raw.split() for p in _pieces(w) for h in _HUMPS.findall(p)).lower()


def _run_spelling(toks: list[Token], i: int, letters: dict[str, Token]) -> tuple[int, Token] | None:
    """(length, acronym token) of the run of words from toks[i] whose initials spell an acronym."""
    spelled = ""
    for n, t in enumerate(islice(toks, i, None), 1):  # no copy of the rest: the run ends within 5 letters
        if t.kind != "word" or t.chunk != toks[i].chunk:
            return None
        spelled += _initials(t)
        if len(spelled) > MAX_LETTERS:
            return None
        hit = letters.get(spelled)
        if hit is not None and len(spelled) >= 2:
            return n, hit
    return None


def _singular(t: Token, plurals: frozenset[str] = frozenset()) -> Token:
    """An acronym's plural keyed as the acronym ("CTEs" meets "CTE"; a stemmer keeps its "s"), and
    so is the same word typed in lower case when the other side types it as one (plurals)."""
    if t.kind == "word" and t.raw.endswith("s") and (acronym(t) or t.low in plurals) and t.term is None:
        return dataclasses.replace(t, key=word_key(t.low[:-1], True), ukey=word_key(t.low[:-1], False))
    return t


def join_initials(toks: list[Token], other: list[Token], static: AnalyzedText | None = None,
                  other_static: AnalyzedText | None = None) -> list[Token]:  # fmt: skip
    """The tokens with each run of words that an acronym of the other side spells joined into
    one word keyed as that acronym ("repeatable read" meets "RR"); acronyms' plurals as the acronym;
    the tokens themselves when nothing changes. static, other_static: the analyses the tokens and
    the other side's tokens are, what each says alone found once."""
    plurals, letters = other_static.once("initials.acronyms", lambda: _acronyms(other)) if other_static else _acronyms(other)  # type: ignore[misc]
    places = static.once("initials.plurals", lambda: _plural_places(toks)) if static else _plural_places(toks)
    singular = None
    for j in places:  # type: ignore[union-attr]
        s = _singular(toks[j], plurals)
        if s is not toks[j]:
            singular = singular or list(toks)
            singular[j] = s
    toks = singular or toks
    if not letters:
        return toks
    out: list[Token] = []
    i, joined = 0, False
    while i < len(toks):
        found = _run_spelling(toks, i, letters)
        if found is None:
            out.append(toks[i])
            i += 1
            continue
        n, short = found
        joined = True
        first, last = toks[i], toks[i + n - 1]
        out.append(dataclasses.replace(
            first, raw=" ".join(t.raw for t in toks[i : i + n]), end=last.end, key=short.key, ukey=short.ukey,
            parts=(), term=short.term, group=short.group, value=short.value,
        ))  # fmt: skip
        i += n
    return out if joined else toks  # none joined: the tokens themselves (still their analysis's own)


def _acronyms(other: list[Token]) -> tuple[frozenset[str], dict[str, Token]]:
    """A text's acronyms typed in the plural (as typed, in lower case) and its acronyms by letters."""
    plurals = frozenset(t.low for t in other if t.raw.endswith("s") and acronym(t))
    return plurals, {a: t for t in map(_singular, other) if (a := acronym(t))}


def _plural_places(toks: list[Token]) -> tuple[int, ...]:
    """Where _singular may key a word as its singular: words ending in "s" that are no glossary term."""
    return tuple(j for j, t in enumerate(toks) if t.kind == "word" and t.raw.endswith("s") and t.term is None)


def distinct_humps(family_of: list[Token]) -> set[tuple[str, str]]:
    """The first and last humps that two or more camel-case names of FAMILY_HUMPS humps share."""
    shapes: dict[tuple[str, str], int] = {}
    for t in family_of:
        h = _humps(t)
        if len(h) >= FAMILY_HUMPS:
            shapes[(h[0], h[-1])] = shapes.get((h[0], h[-1]), 0) + 1
    return {k for k, n in shapes.items() if n >= 2}


def _humps(t: Token) -> list[str]:
    return _HUMPS.findall(t.raw) if t.kind == "word" and t.raw[:1].isupper() else []


#: The fewest humps of a camel-case name one of a family ("Mirror|Source|Connector").
FAMILY_HUMPS = 3


def by_distinct_hump(toks: list[Token], family_of: list[Token], family_static: AnalyzedText | None = None) -> list[Token]:
    """The tokens with each name of a family keyed by what tells it from its siblings: names of
    FAMILY_HUMPS humps or more that share their first and last hump ("MirrorSourceConnector",
    "MirrorCheckpointConnector" in one text, family_of) are said by their middle ("source",
    "checkpoint"), on either side, as a speaker names them ("source copies the topics").
    family_static: the analysis family_of is, its families found once."""
    families = family_static.once("initials.families", lambda: distinct_humps(family_of)) if family_static else distinct_humps(family_of)
    if not families:
        return toks
    out = []
    for t in toks:
        h = _humps(t)
        if len(h) >= FAMILY_HUMPS and (h[0], h[-1]) in families:
            mid = "".join(h[1:-1]).lower()
            t = dataclasses.replace(t, key=word_key(mid, True), ukey=word_key(mid, False), parts=())
        out.append(t)
    return out
