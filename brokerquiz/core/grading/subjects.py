"""Subjects (the deck's columns): every name and short name of each, as word keys, to find them in a text.

Subjects come only from the caller's aliases (the deck being graded: display name -> short
names); subjects sharing a name are one subject. Plain `grade(expected, answer)` knows none.
A name is found however it is inflected or slightly mistyped, but short names (under five
letters) only as typed. A word in another script than Latin is no typo of a name (its transliterated
key is blurred already: Russian "rabota", work, keys one letter from a name "rabit") unless of a name of six letters or
more spelled in that script; a name in such a script that its stemmer cuts below five letters
(a Cyrillic "rebbit" read as a verb's ending) is keyed as typed, so "rebyat" (guys) is no "rebbit". The index also carries the glossary and the stemmer language for
Latin words, so one object is all the analysis needs to know about the deck.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import OSA

from .glossary import Glossary, GlossaryData, glossary_for
from .lexicon import DEFAULT_LATIN, latin_language
from .text import fold, text_keys, word_key


@dataclass(frozen=True, eq=False)
class SubjectIndex:
    """Known subjects: id -> display name, and every name as a tuple of word keys."""

    display: tuple[str, ...]
    names: tuple[tuple[tuple[str, ...], int], ...]  # (keys, subject id), longest first
    glossary: Glossary = field(default_factory=glossary_for)
    latin: str = DEFAULT_LATIN
    scripted: frozenset[tuple[str, ...]] = frozenset()  # names spelled in a script other than Latin
    _starts: dict[str, tuple[tuple[tuple[str, ...], int], ...]] = field(default_factory=dict, repr=False)
    _rests: dict[str, list[tuple[tuple[str, ...], int]]] = field(default_factory=dict, repr=False)
    _wholes: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False)

    def starting_with(self, key: str) -> tuple[tuple[tuple[str, ...], int], ...]:
        """Names whose first word may be this word key (cached per index)."""
        if key not in self._starts:
            n = len(key)  # name_key_match holds only for the same key or one NAME_CUT_MAX letters longer to NAME_ENDING_MAX shorter
            self._starts[key] = tuple((keys, sid) for keys, sid in self.names
                                      if keys[0] == key or (-NAME_CUT_MAX <= n - len(keys[0]) <= NAME_ENDING_MAX and name_key_match(key, keys[0])))
        return self._starts[key]

    def with_rest(self, key: str) -> tuple[tuple[tuple[str, ...], int], ...]:
        """Names of several words whose second word is this word key exactly (cached per index)."""
        if not self._rests:
            for keys, sid in self.names:
                if len(keys) >= 2 and len(keys[1]) >= NAME_REST_MIN:
                    self._rests.setdefault(keys[1], []).append((keys, sid))
            self._rests.setdefault("", [])
        return tuple(self._rests.get(key, ()))

    def named_by(self, key: str) -> tuple[int, ...]:
        """The subjects with a name of one word keyed exactly this, in the names' order (found once per index):
        the names starting_with(key) gives whose keys are (key,), without a scan of every name per new key."""
        if not self._wholes:
            for keys, sid in self.names:
                if len(keys) == 1:
                    self._wholes[keys[0]] = (*self._wholes.get(keys[0], ()), sid)
            self._wholes.setdefault("", ())
        return self._wholes.get(key, ())

    def lookup(self, label: str) -> int | None:
        """The id of the subject this label names exactly (a display name, short name or deck key)."""
        keys = text_keys(label, self.latin)
        for name_keys, sid in self.names:
            if name_keys == keys:
                return sid
        return None


#: A word may name a subject with an ending of up to this many letters ("postgreses")...
NAME_ENDING_MAX = 3
#: ...or cut this many letters short, or this many typos apart ("postgr", "postgers").
NAME_CUT_MAX = 2
#: A short first word of a name of several words may be mistyped ("mogno atlas" for a two-word name) when the words
#: after it, this long at least, are the name's exactly: they say which name it is.
NAME_REST_MIN = 5


@lru_cache(maxsize=131072)
def name_key_match(tok: str, name: str, typos: bool = True) -> bool:
    """Does a (stemmed) word key stand for a word of a subject's name (typos: may it be mistyped)?"""
    if tok == name:
        return True
    if len(name) < 5:  # short names (PG, RMQ): exact only (an inflected one is stemmed already)
        return False
    if tok.startswith(name) and len(tok) - len(name) <= NAME_ENDING_MAX:  # an inflected or plural name: "postgreses"
        return True
    if len(tok) >= 4 and name.startswith(tok) and len(name) - len(tok) <= NAME_CUT_MAX:  # a stem cut short: "postgr" for "postgres"
        return True
    if len(tok) >= 5 and typos:
        allowed = 1 if min(len(name), len(tok)) < 8 else NAME_CUT_MAX  # typos: never more letters off than a cut
        return OSA.distance(tok, name, score_cutoff=allowed) <= allowed
    return False


def name_at(toks: Sequence, i: int, index: SubjectIndex) -> tuple[int, int] | None:
    """The subject named by the words from toks[i] on: (how many words, subject id), or None.
    A one-word name typed as two words counts too ("jet stream"): the two keys joined are the
    name exactly, for long names (eight letters and more), or a short one split at a hump of its
    own spelling into two content words ("my sql" for MySQL), so "red is" and "val key" name nothing."""
    # the word as stemmed, then as typed: a stemmer may cut a name's letters as an ending ("rebit" -> "reb")
    ukey = getattr(toks[i], "ukey", "")
    latin = getattr(toks[i], "low", "").isascii()
    for first in (toks[i].key, ukey) if ukey and ukey != toks[i].key else (toks[i].key,):
        for keys, sid in index.starting_with(first):
            n = len(keys)
            if not latin and not name_key_match(first, keys[0], keys in index.scripted and len(keys[0]) >= 6):
                continue  # "rabota" (work) is no typo of a name "rabit" (module doc)
            if i + n <= len(toks) and all(name_key_match(toks[i + k].key, keys[k]) for k in range(1, n)):
                return n, sid
    if i + 1 >= len(toks) or toks[i + 1].chunk != toks[i].chunk:
        return None
    found = _mistyped_first(toks, i, index)
    if found or toks[i + 1].start - toks[i].end != 1:
        return found
    joined = toks[i].key + toks[i + 1].key
    short = len(joined) < 8
    if min(len(toks[i].key), len(toks[i + 1].key)) < 2 or short and (len(joined) < 5 or any(t.kind != "word" for t in toks[i : i + 2])):
        return None
    return next(((2, sid) for sid in index.named_by(joined) if not short or _hump_at(index.display[sid], len(toks[i].raw))), None)


def _hump_at(name: str, cut: int) -> bool:
    """Does the name's own spelling start a hump where the answer split it ("My|SQL", "Key|DB"), a
    capital after a small letter? A short name typed apart elsewhere ("val key") is no name."""
    return 0 < cut < len(name) and name[cut].isupper() and name[cut - 1].islower()


def _mistyped_first(toks: Sequence, i: int, index: SubjectIndex) -> tuple[int, int] | None:
    """A name of several words whose later words follow toks[i] exactly and whose short first word
    toks[i] is a typo of, its first letter kept ("mogno atlas"): (words, id)."""
    tok = toks[i]
    if len(tok.key) < 3 or not tok.key.isalpha():
        return None
    for keys, sid in index.with_rest(toks[i + 1].key):
        n = len(keys)
        if (i + n <= len(toks) and keys[0][:1] == tok.key[:1] and all(toks[i + k].key == keys[k] for k in range(1, n))
                and _one_typo(tok.key, getattr(tok, "ukey", "") or tok.key, keys[0])):
            return n, sid
    return None


def _one_typo(key: str, ukey: str, name: str) -> bool:
    """Is the word one edit from the name's word: its key, or as typed with the last letter cut as
    a stemmer cuts the name's ("bluf" for "bluff", keyed "blu"); "bead" for "bleu" stays two edits off."""
    return any(OSA.distance(k, name, score_cutoff=1) <= 1 for k in (key, ukey, ukey[:-1]) if len(k) >= 3)


@lru_cache(maxsize=64)
def _index_for(
    items: tuple[tuple[str, tuple[str, ...]], ...], glossary: GlossaryData | None, latin: str
) -> SubjectIndex:
    """The index of (display name, short names) items, with the glossary (cached)."""
    merged: dict[str, list[str]] = {}
    for display, short in items:
        merged.setdefault(display, [])
        merged[display].extend(short)
    # every name of a subject, split on "/" too ("A Lite / B")
    groups: list[tuple[str, set[tuple[str, ...]]]] = []
    scripted: set[tuple[str, ...]] = set()
    for display, short in merged.items():
        names = {display, *short, *(p.strip() for p in display.split("/"))}
        keyed = {n: _name_keys(n, latin) for n in names}
        groups.append((display, {keys for keys in keyed.values() if keys}))
        scripted.update(keys for n, keys in keyed.items() if keys and not n.isascii())
    # the first word of a name of several words is a short name too, when no other subject's
    # name starts with it ("Mongo" for "Mongo Atlas")
    firsts: dict[str, set[int]] = {}
    for i, (_, keyset) in enumerate(groups):
        for keys in keyset:
            firsts.setdefault(keys[0], set()).add(i)
    for i, (_, keyset) in enumerate(groups):
        for keys in list(keyset):
            if len(keys) > 1 and firsts[keys[0]] == {i}:
                keyset.add(keys[:1])
    # subjects sharing a name are one subject (two entries that both list "PG")
    parent = list(range(len(groups)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i in range(len(groups)):
        for j in range(i):
            if groups[i][1] & groups[j][1]:
                parent[find(i)] = find(j)
    roots = sorted({find(i) for i in range(len(groups))})
    sid_of = {r: n for n, r in enumerate(roots)}
    display = [groups[r][0] for r in roots]
    names = sorted(
        {(keys, sid_of[find(i)]) for i, (_, keyset) in enumerate(groups) for keys in keyset},
        key=lambda kv: (-len(kv[0]), -sum(map(len, kv[0])), kv),
    )
    return SubjectIndex(tuple(display), tuple(names), glossary_for(glossary, latin), latin, frozenset(scripted))


def _name_keys(name: str, latin: str) -> tuple[str, ...]:
    """A name's word keys; a one-word name in another script than Latin that its stemmer cuts below
    five letters keyed as typed (a Cyrillic "rebbit", not "reb"; module doc)."""
    keys = text_keys(name, latin)
    if len(keys) == 1 and not name.isascii() and len(keys[0]) < 5:
        typed = word_key(fold(name.strip()), False, latin)
        return (typed,) if len(typed) >= 5 else keys
    return keys


def subject_index(
    aliases: Mapping[str, Sequence[str]] | None,
    glossary: GlossaryData | None = None,
    latin: str = DEFAULT_LATIN,
) -> SubjectIndex:
    """The index for a deck: its subjects (display name -> short names), its glossary
    additions (glossary.freeze of its `glossary:` section) and its Latin stemmer language."""
    items = tuple((str(k), tuple(str(a) for a in v)) for k, v in (aliases or {}).items())
    return _index_for(items, glossary, latin)


def index_for(aliases: Mapping[str, Sequence[str]] | None) -> SubjectIndex:
    """The index for what a caller passes as aliases: a plain mapping (subjects only), or a
    deck's (core.cards.subject_aliases), which also carries its glossary and language."""
    glossary = getattr(aliases, "glossary", None)
    language = getattr(aliases, "language", None)
    return subject_index(aliases, glossary, latin_language(language))
