"""Two words' keys meeting past the glossary: a typo or an ending apart, a two-piece compound
and its head, but never a word and its negating-prefix form (mutable / immutable).

The grader asks this of every pair of words of two texts, so it is cached; the test is
symmetric, so each pair is asked in one order and the cache holds it once.
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon import lexicons
from .text import keys_match, stems_meet, word_key
from .thresholds import MOST_EDITS, PREFIX_MIN


def keys_meet(
    key: str, ukey: str, parts: tuple, kind: str, okey: str, oukey: str, oparts: tuple, okind: str, both_terms: bool = False
) -> bool:
    """Token.matches past the glossary (its keys, unstemmed keys, pieces' keys and kinds, then the other's).
    both_terms: two glossary terms (not the same one) meet by a stem in common, never by a typo ("moves" / "more")."""
    if both_terms:
        return stems_meet(key, okey) or bool(ukey and oukey and stems_meet(ukey, oukey))
    if len(parts) != 2 and len(oparts) != 2 and not _may_match(key, okey) and not (ukey and oukey and _may_match(ukey, oukey)):
        return False  # neither a typo nor an ending apart, no compound's head: most pairs, never asked of the cache
    if okey < key:
        return _ordered_keys_meet(okey, oukey, oparts, okind, key, ukey, parts, kind)
    return _ordered_keys_meet(key, ukey, parts, kind, okey, oukey, oparts, okind)


def _may_match(a: str, b: str) -> bool:
    """Can keys_match hold of these keys? Only if they are equal, their lengths a typo's edits
    apart (MOST_EDITS), or they share the first PREFIX_MIN letters (a stem): a quick look only."""
    return a == b or (bool(a) and bool(b) and (-MOST_EDITS <= len(a) - len(b) <= MOST_EDITS or a[:PREFIX_MIN] == b[:PREFIX_MIN]))


@lru_cache(maxsize=131072)
def _ordered_keys_meet(key: str, ukey: str, parts: tuple, kind: str, okey: str, oukey: str, oparts: tuple, okind: str) -> bool:
    """keys_meet: keys a typo or an ending apart (not negating-prefix forms), or a two-piece
    compound and its head ("long-term" / "long", "disk-backed" / "disk")."""
    if keys_match(key, okey) or (ukey and oukey and keys_match(ukey, oukey)):
        if kind == okind == "word":
            return not any(negates(a, b) or negates(b, a) for a, b in ((ukey, oukey), (key, okey)) if a and b)
        return True
    if len(oparts) == 2 and not parts and kind == "word" and keys_match(key, oparts[0]):
        return True
    return len(parts) == 2 and not oparts and okind == "word" and keys_match(okey, parts[0])


@lru_cache(maxsize=1)
def prefix_keys() -> tuple[str, ...]:
    """The lexicons' negating prefixes as keys (un-, im-, a-, ...), longest first."""
    return tuple(sorted({word_key(p, False) for p in lexicons().negating_prefixes}, key=len, reverse=True))


def _collapse(key: str) -> str:
    return "".join(c for i, c in enumerate(key) if i == 0 or key[i - 1] != c)


@lru_cache(maxsize=65536)
def negates(a: str, b: str) -> bool:
    """Is key `a` key `b` with a negating prefix in front ("imutabl" = "im" + "mutabl")?"""
    if len(b) < 4 or len(a) <= len(b):
        return False
    return any(a.startswith(pk) and (a[len(pk) :] == b or _collapse(pk + b) == a) for pk in prefix_keys())
