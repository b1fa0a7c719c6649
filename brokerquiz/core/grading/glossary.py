"""The glossary: terms (spellings that mean the same) and opposite groups (values that exclude
each other), from `data/glossary.yaml`, the lexicons' rating words and a deck's `glossary:`.

A word or a run of words is found as a term however it is spelled in the glossary: a plain
spelling matches its key (and -er/-est), a spelling ending in "*" is a stem prefix, a
hyphenated spelling matches within the typo allowance and also typed apart, a spelling of
several words is a phrase. Each term gets an index; two tokens of one term mean the same,
two values of one group say opposite things; a term implying another says it (implications.py).
"""

from __future__ import annotations

import copy
import os
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

import yaml

from .implications import Implications, frozen, implied_by as closed
from .lexicon import DEFAULT_LATIN, lexicons
from .text import WORD, edits_allowed, fold, homograph, keys_match, near_typos, typo_distance, word_key
from .thresholds import MOST_EDITS, PREFIX_MIN

_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
#: Share of the longer key a common prefix must cover for an inflection to find its spelling.
NEAR_SHARE = 0.75
#: Keys this long meet a value's spelling in either script (a loanword); a shorter one only a
#: spelling in the script typed (the Russian for "years" is no "good", though both key as "god").
SCRIPT_FREE_KEY = 5


class Term(NamedTuple):
    """One term: its first spelling (for messages), its opposite group and value if any."""

    name: str
    group: str | None = None
    value: str | None = None


class Group(NamedTuple):
    """An opposite group: values in order; first: the expected text's first value is the key
    fact; core: a value opening a text is that text's core (a rating before its reason); quiet:
    its values are function words ("per"), so another cell saying one is no sign of its value;
    counted: its values count a thing, the first is one (a lexicon's one-word, "a"/"eine", before
    the noun the expected text gives another value of is that first value); trait: its value is
    the subject's own whatever the row ("at-least-once"), so the subject's cell in another row
    naming another value of it contradicts a claim of this one; several: a subject may support
    several of its values at once (isolation levels), so another value said as an option beside
    the expected one ("read committed by default", "sync if needed") is no contradiction; switch:
    its two values are a setting's states, yes (on, enabled) then no (off): "enable.idempotence off" is
    "=false"; relative: its values place what follows them (before / after), none of another thing."""

    name: str
    values: tuple[str, ...]
    first: bool = False
    core: bool = False
    quiet: bool = False
    counted: bool = False
    trait: bool = False
    several: bool = False
    switch: bool = False
    relative: bool = False


#: (terms: each a list of spellings; opposites: group -> {value: spellings, "first"/"core": bool};
#: implies: (the implying term's spellings, the implied term's spellings), one-way)
GlossaryData = tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, tuple[tuple[str, object], ...]], ...], Implications]


def _freeze(data: Mapping | None) -> GlossaryData:
    """A glossary mapping (as YAML gives it) as nested tuples, to cache on."""
    data = data or {}
    def spelled(s: object) -> str:
        if isinstance(s, bool):  # YAML reads a bare on/off/yes/no as a boolean: quote it
            raise ValueError(f"glossary spelling {s!r} is a YAML boolean; write it in quotes")
        return str(s)

    terms = tuple(tuple(spelled(s) for s in spellings) for spellings in data.get("terms") or ())
    opposites = []
    for group, values in (data.get("opposites") or {}).items():
        items = []
        for value, spellings in values.items():
            items.append((str(value), spellings if isinstance(spellings, bool) else tuple(spelled(s) for s in spellings)))
        opposites.append((str(group), tuple(items)))
    return terms, tuple(opposites), frozen(data.get("implies"), spelled)


@lru_cache(maxsize=1)
def _shipped_yaml() -> dict:
    text = resources.files(__package__).joinpath("data", "glossary.yaml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=_SafeLoader) or {}


def shipped_every() -> tuple[str, ...]:
    """The shipped spellings of a word saying "every value" (its `every_value:`)."""
    return tuple(str(s) for s in _shipped_yaml().get("every_value") or ())


@lru_cache(maxsize=1)
def shipped_data() -> GlossaryData:
    """The shipped field glossary, the lexicons' rating words in its rating group, its every-value words a term."""
    data = copy.deepcopy(_shipped_yaml())
    if shipped_every():
        data.setdefault("terms", []).append(list(shipped_every()))
    rating = data.setdefault("opposites", {}).setdefault("rating", {})
    rating.setdefault("core", True)
    for value, words in lexicons().ratings.items():
        rating.setdefault(value, [])
        rating[value] = [*rating[value], *words]
    return _freeze(data)


def _keys(spelling: str, latin: str) -> tuple[str, ...]:
    """The word keys of a spelling, split at hyphens too ("at-least-once": at, least, once), number words as digits."""
    numbers = lexicons().number_words
    pieces = [p for m in WORD.finditer(fold(spelling)) for p in m.group().split("-") if p]
    return tuple(numbers.get(p) or word_key(p, True, latin) for p in pieces)


class Glossary:
    """Terms and groups, with lookups from a word key or a run of keys to a term index."""

    def __init__(self, data: Iterable[GlossaryData], latin: str = DEFAULT_LATIN):
        self.latin = latin
        self.terms: list[Term] = []
        self.groups: dict[str, Group] = {}
        self.words: dict[str, int] = {}  # exact key -> term
        self.unstemmed: dict[str, int] = {}  # a one-word spelling's unstemmed key -> term
        self.scripts: dict[str, set[bool]] = {}  # a word's key -> is each of its spellings ASCII
        self.short: dict[str, int] = {}  # a spelling of three letters or fewer, as folded -> term
        self.prefixes: list[tuple[str, int, bool]] = []  # stem prefix key -> term, is it spelled in ASCII
        self.compounds: list[tuple[str, int]] = []  # hyphenated spelling key -> term (typo allowance)
        self.compound_scripts: dict[str, set[bool]] = {}  # a compound's key -> is each of its spellings ASCII
        self.phrases: dict[str, list[tuple[tuple[str, ...], int]]] = {}  # first key -> (keys, term)
        self._cache: dict[tuple[str, str, bool | None], int | None] = {}
        self._phrase_starts: dict[str, list[tuple[tuple[str, ...], int]]] = {}  # a key -> the phrases it may open
        self._phrase_heads: dict[str, list[str]] | None = None  # long phrase first keys by their first letter
        self.every: int | None = None  # the term saying "every value" ("all three")
        self._by_head: dict[str, list[tuple[str, int, bool]]] | None = None  # prefixes by their first two letters
        self._words_by_head: dict[str, list[tuple[str, int]]] | None = None
        self._compounds_by_len: dict[int, list[tuple[str, int]]] | None = None
        self._windows: dict[int, tuple[list[tuple[str, int]], list[str]]] = {}  # key length -> _compounds_window
        self.implied_by: dict[int, frozenset[int]] = {}  # implied term -> the terms implying it (one-way)
        implications: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
        for terms, opposites, *rest in data:  # a deck's glossary of before implies: has two parts
            for group, items in opposites:
                self._add_group(group, items)
            for spellings in terms:
                self._add_term(spellings)
            implications.extend(rest[0] if rest else ())
        self._add_implications(implications)
        for first in self.phrases:
            self.phrases[first].sort(key=lambda kt: -len(kt[0]))

    def _find(self, spellings: Sequence[str]) -> int | None:
        """The term any of these spellings already belongs to."""
        for s in spellings:
            found = self._exact(s)
            if found is not None:
                return found
        return None

    def _exact(self, spelling: str) -> int | None:
        keys = _keys(spelling.rstrip("*"), self.latin)
        if not keys:
            return None
        if spelling.endswith("*"):
            pk = word_key(fold(spelling[:-1]), False, self.latin)
            return next((t for k, t, _ in self.prefixes if k == pk), None)
        if len(keys) == 1 and "-" not in spelling:
            found = self.words.get(keys[0])  # a value_homographs noun (records) joins no value (write)
            return None if found is not None and self.terms[found].group and homograph(word_key(fold(spelling), False, self.latin), self.latin) else found
        return next((t for k, t in self.phrases.get(keys[0], ()) if k == keys), None)

    def _add_term(self, spellings: Sequence[str], group: str | None = None, value: str | None = None) -> int:
        idx = self._find(spellings) if group is None else None
        if idx is None:
            idx = len(self.terms)
            self.terms.append(Term(spellings[0] if spellings else value or "", group, value))
        for s in spellings:
            self._add_spelling(s, idx)
        return idx

    def _add_spelling(self, spelling: str, idx: int) -> None:
        if spelling.endswith("*"):
            self.prefixes.append((word_key(fold(spelling[:-1]), False, self.latin), idx, fold(spelling).isascii()))
            return
        keys = _keys(spelling, self.latin)
        if not keys:
            return
        folded = fold(spelling).replace("\ufe0f", "")
        if len(keys) == 1 and "-" not in folded:
            self.words.setdefault(keys[0], idx)
            self.unstemmed.setdefault(word_key(folded.strip(), False, self.latin), idx)
            self.scripts.setdefault(keys[0], set()).add(folded.isascii())
            if len(folded) <= 3:
                self.short.setdefault(folded, idx)
            return
        if len(keys) > 1:
            self.phrases.setdefault(keys[0], []).append((keys, idx))
            typed = tuple(word_key(m.group(), True, self.latin) for m in WORD.finditer(folded))
            if 1 < len(typed) < len(keys):  # also with its hyphens typed ("log-structured merge tree")
                self.phrases.setdefault(typed[0], []).append((typed, idx))
        # a spelling of one word, or of two typed with a hyphen instead ("partition-key")
        if " " not in folded.strip() or len(keys) == 2:
            ck = word_key(folded.strip().replace(" ", "-"), True, self.latin)
            self.compounds.append((ck, idx))
            self.compound_scripts.setdefault(ck, set()).add(folded.isascii())

    def _add_implications(self, implications: Sequence[tuple[Sequence[str], Sequence[str]]]) -> None:
        """Each (said, meant): said's term implies meant's, each the term a spelling already names, else new."""
        self.implied_by = closed((self._add_term(tuple(said)), self._add_term(tuple(meant))) for said, meant in implications)

    def implied(self, said: int | None, meant: int | None) -> bool:
        """Does saying term `said` say term `meant` by a one-way implication?"""
        return said is not None and meant is not None and said in self.implied_by.get(meant, ())

    def _add_group(self, group: str, items: Sequence[tuple[str, object]]) -> None:
        flags = {k: bool(v) for k, v in items if isinstance(v, bool)}
        values = [(v, s) for v, s in items if not isinstance(s, bool)]
        known = self.groups.get(group)
        names = list(known.values) if known else []
        for value, spellings in values:
            existing = next((i for i, t in enumerate(self.terms) if t.group == group and t.value == value), None)
            if existing is None:
                self._add_term(tuple(spellings), group, value)  # type: ignore[arg-type]
                names.append(value)
            else:
                for s in spellings:  # type: ignore[union-attr]
                    self._add_spelling(s, existing)
        first = flags.get("first", known.first if known else False)
        core = flags.get("core", known.core if known else False)
        quiet = flags.get("quiet", known.quiet if known else False)
        counted = flags.get("counted", known.counted if known else False)
        trait = flags.get("trait", known.trait if known else False)
        several = flags.get("several", known.several if known else False)
        switch, relative = (flags.get(f, getattr(known, f) if known else False) for f in ("switch", "relative"))
        self.groups[group] = Group(group, tuple(names), first, core, quiet, counted, trait, several, switch, relative)

    def phrases_at(self, key: str) -> list[tuple[tuple[str, ...], int]]:
        """The phrases (keys, term) a word with this key may open, longest first: those whose first
        key it is, then those whose first key it meets a typo or an ending apart, no more letters
        longer or shorter than a typo's ("repeatble read" for "repeatable read": the later words
        already meet so; "multi" opens no phrase of "multiversion"). A key shorter than PREFIX_MIN
        opens only its own: "red" is no typo of "read"."""
        found = self._phrase_starts.get(key)
        if found is None:
            found = list(self.phrases.get(key, ()))
            if len(key) >= PREFIX_MIN:
                if self._phrase_heads is None:  # the long first keys by their first letter, built once
                    self._phrase_heads = {}
                    for first in self.phrases:
                        if len(first) >= PREFIX_MIN:
                            self._phrase_heads.setdefault(first[0], []).append(first)
                near = [kt for first in self._phrase_heads.get(key[0], ()) if first != key
                        and abs(len(first) - len(key)) <= MOST_EDITS and keys_match(key, first) for kt in self.phrases[first]]  # fmt: skip
                found += sorted(near, key=lambda kt: -len(kt[0]))
            self._phrase_starts[key] = found
        return found

    def term_of(self, key: str, ukey: str = "", low: str = "") -> int | None:
        """The term a word (its stemmed and unstemmed keys; as typed, low) is a spelling of, if any.
        A short key meets a value's spelling in another script only when listed so: the Russian
        for "years" is no "good", though both key as "god"."""
        script = low.isascii() if low else None
        cache_key = (key, ukey, script)
        if cache_key in self._cache:
            return self._cache[cache_key]
        found = self._lookup(key, ukey, script)
        found = None if found is not None and self.terms[found].group and homograph(ukey, self.latin) else found
        self._cache[cache_key] = found
        return found

    def _spelled(self, k: str, script: bool | None) -> bool:
        """Is key k a word spelling here? A short one of an opposite group's value only in the
        script typed: a chance match there would be a contradiction."""
        if k not in self.words:
            return False
        free = script is None or len(k) >= SCRIPT_FREE_KEY or self.terms[self.words[k]].group is None
        return free or script in self.scripts[k]

    def _lookup(self, key: str, ukey: str, script: bool | None = None) -> int | None:
        if not key or key[0] == "§":
            return None
        exact = self.unstemmed.get(ukey)
        if exact is not None and self._spelled(key, script) and self.words[key] != exact:
            return exact  # the word as spelled ("mehrere", several) before its stem's ("mehr", more)
        for k in (key, ukey):
            if self._spelled(k, script):
                return self.words[k]
        for k in (key, ukey):
            for suffix in ("er", "est"):  # low -> lower, lowest
                if k.endswith(suffix) and self._spelled(k[: -len(suffix)], script):
                    return self.words[k[: -len(suffix)]]
        window, spellings = self._compounds_window(len(key))
        spelled = next((idx for ck, idx in window if ck == key), None) if key in spellings else None
        if spelled is not None:
            return spelled  # a hyphenated spelling as typed ("Transaktions-IDs") before a word it starts with
        near = self._near_word(key)
        if near is not None:
            return near
        if self._by_head is None:
            self._by_head = {}
            for pk, idx, ascii_ in self.prefixes:  # a Cyrillic stem prefix names no Latin word ("disconnect")
                self._by_head.setdefault(pk[:2], []).append((pk, idx, ascii_))
        # the longest stem prefix of either key: "hochskalier*" (scale up) before "hoch*" (high)
        found = max(((len(pk), -n, idx) for k in dict.fromkeys((key, ukey))
                     for n, (pk, idx, ascii_) in enumerate(self._by_head.get(k[:2], ())) if k.startswith(pk) and (ascii_ or not script)), default=None)
        if found is not None:
            return found[2]
        best: tuple[int, int] | None = None
        tie = False  # the result does not depend on the order the spellings are tried in
        # only the spellings within the most edits of a typo (rapidfuzz, in C) can be one: the rest give None
        for ck, idx in (window[n] for n in sorted(near_typos(key, spellings))):
            if not self._script_free(key, ck, idx, script):
                continue  # "name" is no typo of a Cyrillic two-word scope value that keys as "nave"
            d = typo_distance(key, ck)
            if d is not None and (best is None or d < best[0]):
                best, tie = (d, idx), False
            elif d is not None and best is not None and d == best[0] and idx != best[1]:
                tie = True
        return best[1] if best is not None and not tie else None

    def _script_free(self, key: str, ck: str, idx: int, script: bool | None) -> bool:
        """May a short key be a typo of compound ck: long enough, no opposite value, or in the script typed?"""
        return script is None or len(key) >= SCRIPT_FREE_KEY or self.terms[idx].group is None or script in self.compound_scripts[ck]

    def _compounds_window(self, length: int) -> tuple[list[tuple[str, int]], list[str]]:
        """_compounds_near(length) as a list, and its spellings alone (built once per length)."""
        if length not in self._windows:
            window = list(self._compounds_near(length))
            self._windows[length] = (window, [ck for ck, _ in window])
        return self._windows[length]

    def _compounds_near(self, length: int) -> Iterable[tuple[str, int]]:
        """The hyphenated spellings a key of this length may be a typo of: no more letters
        longer or shorter than the typos allowed (and at most 2), by length, built once."""
        if self._compounds_by_len is None:
            self._compounds_by_len = {}
            for ck, idx in self.compounds:
                self._compounds_by_len.setdefault(len(ck), []).append((ck, idx))
        for n in range(max(0, length - 2), length + 3):
            if abs(n - length) <= edits_allowed(min(n, length)):
                yield from self._compounds_by_len.get(n, ())

    def piece_term(self, low: str, keys: Sequence[str]) -> int | None:
        """The term of the first piece of a hyphenated word that is one (its keys); a short piece
        as spelled, as a short word is ("of" in "end-of-life" is no "off", nor "kip" "keep")."""
        pieces = [p for p in low.split("-") if p]
        for i, key in enumerate(keys):
            piece = pieces[i] if len(pieces) == len(keys) else ""
            term = self.short.get(piece) if piece and len(piece) <= 3 else self.term_of(key)
            if term is not None:
                return term
        return None

    def _near_word(self, key: str) -> int | None:
        """A spelling whose key another inflection stems a little differently ("prodaksh" for
        "prodakshen"): a common prefix of 5 letters or more covering most of both."""
        if len(key) < 5:
            return None
        if self._words_by_head is None:
            self._words_by_head = {}
            for k, idx in self.words.items():
                if len(k) >= 5:
                    self._words_by_head.setdefault(k[:3], []).append((k, idx))
        best: tuple[int, int] | None = None
        for k, idx in self._words_by_head.get(key[:3], ()):
            common = len(os.path.commonprefix((k, key)))
            if common >= 5 and common >= NEAR_SHARE * max(len(k), len(key)) and (best is None or common > best[0]):
                best = (common, idx)
        return best[1] if best else None

    @property
    def core_groups(self) -> frozenset[str]:
        """The groups whose value opening a text is its core (the rating)."""
        return frozenset(name for name, g in self.groups.items() if g.core)

    def opposite(self, a: int | None, b: int | None) -> bool:
        """Are these two terms different values of one group?"""
        if a is None or b is None or a == b:
            return False
        ta, tb = self.terms[a], self.terms[b]
        return ta.group is not None and ta.group == tb.group and ta.value != tb.value


@lru_cache(maxsize=32)
def glossary_for(extra: GlossaryData | None = None, latin: str = DEFAULT_LATIN) -> Glossary:
    """The shipped glossary plus a deck's (cached per deck glossary and Latin language)."""
    glossary = Glossary([shipped_data(), *([extra] if extra else [])], latin)
    glossary.every = glossary._find(shipped_every()) if shipped_every() else None
    return glossary


def freeze(data: Mapping | None) -> GlossaryData | None:
    """A deck's glossary section (a mapping of terms and opposites) in the form glossary_for takes."""
    return _freeze(data) if data else None
