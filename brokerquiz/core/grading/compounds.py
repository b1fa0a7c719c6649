"""Compounds: a compound word one side has whole ("Lesereplikate", "Multi-Dokument-Transaktionen")
and the other says in words of its own order ("Replikate zum Lesen", "Transaktionen über
mehrere Dokumente") is split into those words. No word list: a closed compound is split only
where both its pieces are words of the other side (a linking "s" or "n" of the head aside).
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache


from .analysis import AnalyzedText, Token
from .glossary import Glossary
from .meets import key_index, matches_any_near
from .identifiers import NAME_PIECES
from .text import _pieces, keys_match, near_typos, word_key
from .thresholds import PREFIX_MIN

#: A closed word this long or longer may be a compound; each piece has at least PIECE letters.
COMPOUND_MIN = 8
PIECE = 3
#: Letters that may link the two pieces of a closed compound (German "Transaktions|ID").
_LINKS = ("", "s", "n", "en", "es")


#: The other side's words as compounds see them: (key, unstemmed key, glossary term) each.
_Others = tuple[tuple[str, str, "int | None"], ...]


def _near(key: str, keys: tuple[str, ...]) -> set[int]:
    """Indexes of the keys keys_match may meet this key by: within the most edits of a typo (in C),
    or sharing its first PREFIX_MIN letters (a common stem). A superset: keys_match decides."""
    if not key:
        return set()
    near = set(near_typos(key, keys))
    return near.union(_by_prefix(keys).get(key[:PREFIX_MIN], ())) if len(key) >= PREFIX_MIN else near


@lru_cache(maxsize=1024)  # keys: a _columns column, the same tuple for every piece of every compound met against it
def _by_prefix(keys: tuple[str, ...]) -> dict[str, tuple[int, ...]]:
    """The indexes of the keys by their first PREFIX_MIN letters (a shorter key under itself, which
    no PREFIX_MIN-letter prefix looked up equals): one look instead of a scan of every key per piece."""
    out: dict[str, list[int]] = {}
    for n, k in enumerate(keys):
        out.setdefault(k[:PREFIX_MIN], []).append(n)
    return {p: tuple(ns) for p, ns in out.items()}


def _matching(key: str, ukey: str, others: _Others, term: int | None = None) -> int | None:
    """The index of the other side's word this piece meets (term: the glossary term the piece
    spells, which meets the other side's word of that term in any language), or None."""
    keys, ukeys, _ = _columns(others)
    near = _near(key, keys) | (_near(ukey, ukeys) if ukey else set())
    if term is not None:
        near |= {n for n, (_, _, oterm) in enumerate(others) if oterm == term}
    for n in sorted(near):  # the first that meets, as a scan of every word would find
        okey, oukey, oterm = others[n]
        if keys_match(key, okey) or (ukey and oukey and keys_match(ukey, oukey)) or (term is not None and oterm == term):
            return n
    return None


@lru_cache(maxsize=1024)
def _columns(others: _Others) -> tuple[tuple[str, ...], tuple[str, ...], tuple[int | None, ...]]:
    """The other side's keys, unstemmed keys and terms, each as a column."""
    return tuple(zip(*others)) if others else ((), (), ())  # type: ignore[return-value]


@lru_cache(maxsize=8192)  # one text's compounds meet the same other words again (its sentences, the next answer)
def _pieces_of(low: str, parts: tuple[str, ...], others: _Others, latin: str, glossary: Glossary | None = None) -> tuple[str, ...]:
    """The pieces of a compound that meet distinct words of the other side (at least two, of two
    letters or more), else ()."""
    if parts:
        pieces = tuple(_pieces(low))
        keyed = [(word_key(p, True, latin), word_key(p, False, latin), p) for p in pieces]
        # a one-letter piece is a marker ("x" of "x-expires"), no word: it meets none
        found = [_matching(k, u, others, glossary.term_of(k, u, p) if glossary else None) for k, u, p in keyed if len(p) > 1]
        hits = [n for n in found if n is not None]
        if len(parts) >= NAME_PIECES and hits != sorted(set(hits)):
            return ()  # a name's pieces typed apart keep its order ("msg id" of "Acme-Msg-Id"), "TTL of messages" is no "x-message-ttl"
        return pieces if len(set(hits)) >= 2 else ()
    if len(low) < COMPOUND_MIN or not low.isalpha():
        return ()
    for cut in range(len(low) - PIECE, PIECE - 1, -1):  # the longest head first
        tail = _matching(word_key(low[cut:], True, latin), word_key(low[cut:], False, latin), others)
        if tail is None:
            continue
        for link in _LINKS:
            head = low[:cut]
            if link and not head.endswith(link):
                continue
            head = head[: len(head) - len(link)]
            if len(head) >= PIECE:
                hit = _matching(word_key(head, True, latin), word_key(head, False, latin), others)
                if hit is not None and hit != tail:
                    return (head, low[cut:])
    return ()


def split_compounds(toks: list[Token], other: list[Token], latin: str, glossary: Glossary | None = None,
                    static: AnalyzedText | None = None, other_static: AnalyzedText | None = None) -> list[Token]:  # fmt: skip
    """The tokens with each compound no word of the other side matches whole split into its
    pieces, when at least two of them are words of the other side; the tokens themselves when
    none is. static, other_static: the analyses the tokens and the other side's tokens are
    (which words may be compounds, and the other side's words, found once)."""
    others, keyed = other_static.once("compounds.others", lambda: _others(other)) if other_static else _others(other)  # type: ignore[misc]
    if not others:
        return toks
    places = static.once("compounds.places", lambda: _compound_places(toks)) if static else _compound_places(toks)
    if not places:
        return toks
    # the other side's words a compound may match whole, found by key (matches_any_near: a superset asked)
    near = other_static.once("compounds.index", lambda: key_index(others)) if other_static else key_index(others)  # type: ignore[arg-type]
    split: dict[int, tuple[str, ...]] = {}
    for j in places:  # type: ignore[union-attr]
        t = toks[j]
        pieces = () if matches_any_near(t, others, near) else _pieces_of(t.low, t.parts, keyed, latin, glossary)  # type: ignore[arg-type]
        if pieces:
            split[j] = pieces
    if not split:
        return toks
    out: list[Token] = []
    for j, t in enumerate(toks):
        if j not in split:
            out.append(t)
            continue
        for p in split[j]:
            out.append(dataclasses.replace(
                t, raw=p, low=p, key=word_key(p, True, latin), ukey=word_key(p, False, latin), parts=(),
            ))  # fmt: skip
    return out


def _others(other: list[Token]) -> tuple[list[Token], _Others]:
    """The other side's words a compound's pieces may be, and their (key, unstemmed key, term)."""
    others = [o for o in other if o.kind == "word" and o.key[:1] != "§"]
    return others, tuple((o.key, o.ukey, o.term) for o in others)


def _compound_places(toks: list[Token]) -> tuple[int, ...]:
    """Where a word may be a compound: a plain word (no negated, identifier or marked one, no
    one-piece glossary term), hyphenated or COMPOUND_MIN letters long."""
    def whole(t: Token) -> bool:
        return t.kind != "word" or (t.term is not None and not t.parts) or t.neg or t.ident or t.key[:1] == "§" or not (
            t.parts or len(t.low) >= COMPOUND_MIN)  # fmt: skip
    return tuple(j for j, t in enumerate(toks) if not whole(t))
