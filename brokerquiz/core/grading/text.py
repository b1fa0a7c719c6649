"""Words to comparison keys: folding, light stemming, transliteration and a phonetic key.

A word is normalised in this order:

1. lower case, the lexicons' letter folds (Russian yo -> ye), accents dropped; a hyphenated
   word is one word ("pub-sub" -> "pubsub");
2. the snowball stemmer of its script's language (lexicon.py; Latin words: the deck's language);
3. transliterated to Latin by the lexicons' tables (so a Latin word typed in Cyrillic meets its Latin spelling) and folded
   to a rough phonetic key ("replay" and its Cyrillic spelling -> "replei", "partition" and its Cyrillic spelling ->
   "partits").

Two keys match when equal, when they share a long prefix (Russian endings) or when they are
a small edit apart (typos): see keys_match.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from collections.abc import Sequence

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .lexicon import DEFAULT_LATIN, _read, lexicon_files, lexicons, shorthands, stem
from .thresholds import MOST_EDITS, PREFIX_MIN, PREFIX_SHARE, PREFIX_TAIL_MAX, PREFIX_WORD_SHARE, TYPO_LONG, TYPO_SHORT

#: A word: a number with decimals ("1.5", "2,5"), letters/digits joined by hyphens or
#: apostrophes ("at-least-once", "don't"), or one symbol or emoji (a rating such as a thumb).
WORD = re.compile(r"\d+(?:[.,]\d+)+|\d+(?=[^\W\d_])|[^\W_]+(?:['’\-][^\W_]+)*|[\u2600-\u27bf\U0001f300-\U0001faff]")
_JOINERS = re.compile(r"['’\-]")
_DECIMAL = re.compile(r"\d+[.,]\d+")

_PHONETIC = (
    ("tion", "ts"), ("ph", "f"), ("ck", "k"), ("q", "k"), ("x", "ks"), ("w", "v"), ("j", "dzh"),
    ("ee", "i"), ("ea", "i"),
)  # fmt: skip
_SOFT_C = re.compile(r"c(?=[eiy])")
_HARD_C = re.compile(r"c(?!h)")
_DOUBLE = re.compile(r"(.)\1+")


def _phonetic(latin: str) -> str:
    """A rough common Latin spelling for words typed in either script."""
    s = latin
    for old, new in _PHONETIC:
        s = s.replace(old, new)
    s = _HARD_C.sub("k", _SOFT_C.sub("s", s))
    s = s.replace("y", "i").replace("ai", "ei")
    return _DOUBLE.sub(r"\1", s)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """One lower-case character without its accents (letters of a non-Latin alphabet kept whole)."""
    if ch in lexicons().keep_whole:  # NFKD would split a letter such as the Cyrillic short i into a base and a breve
        return ch
    return "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))


#: The most texts fold keeps folded (a word is folded by many checks of one answer), then it starts anew.
FOLDS_KEPT = 16384
_FOLDED: list = [None, {}]  # (the lexicons folded by, text -> folded): built anew when they are reloaded


def fold(text: str) -> str:
    """Lower case, the lexicons' letter folds, accents dropped."""
    lex = lexicons()
    if _FOLDED[0] is not lex:
        _FOLDED[:] = [lex, {}]
    kept = _FOLDED[1]
    try:
        return kept[text]
    except KeyError:
        pass
    out = unicodedata.normalize("NFKC", text).lower().replace("\ufe0f", "")  # emoji presentation
    if not out.isascii():
        out = out.translate(_fold_table(lex))
    if len(kept) >= FOLDS_KEPT:
        kept.clear()
    kept[text] = out
    return out


@lru_cache(maxsize=None)
def lexicon_words(*fields: str) -> frozenset[str]:
    """Every shipped lexicon's words under these fields, folded: a word list one rule reads."""
    return frozenset(fold(str(w)) for name in lexicon_files() for f in fields for w in _read(name).get(f) or ())


@lru_cache(maxsize=8)  # one per Latin language
def _homographs(latin: str) -> frozenset[str]:
    return frozenset(word_key(w, False, latin) for w in lexicon_words("value_homographs"))


def homograph(ukey: str, latin: str) -> bool:
    """Is this unstemmed key a lexicon's value_homographs word: a form sharing an opposite group
    value's stem that is no form of it (a plural noun beside the verb)? It spells no value."""
    return ukey in _homographs(latin)


class _FoldTable(dict):
    """Code point -> the character folded as fold does it, filled on first use (str.translate
    asks the table once per character, in C, instead of a Python call per character)."""

    def __init__(self, folds: dict[str, str]):
        super().__init__()
        self.folds = folds

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        self[code] = out = _fold_char(self.folds.get(ch, ch))
        return out


class _EachTable(dict):
    """Code point -> its character folded alone, first character kept, a space if none (filled on first use)."""

    def __missing__(self, code: int) -> str:
        self[code] = out = fold(chr(code))[:1] or " "
        return out


_FOLD_TABLES: list[tuple[object, _FoldTable, _EachTable]] = []  # (lexicons, their tables): the latest only


def _tables(lex: object) -> tuple[_FoldTable, _EachTable]:
    """The fold tables of these lexicons (built anew when the lexicons are reloaded)."""
    if not _FOLD_TABLES or _FOLD_TABLES[0][0] is not lex:
        _FOLD_TABLES[:] = [(lex, _FoldTable(lex.fold), _EachTable())]  # type: ignore[attr-defined]
    return _FOLD_TABLES[0][1], _FOLD_TABLES[0][2]


def _fold_table(lex: object) -> _FoldTable:
    return _tables(lex)[0]


def fold_each(text: str) -> str:
    """Each character folded on its own, its first character kept (a space for one folding to
    nothing): the text folded with its offsets kept."""
    return text.translate(_tables(lexicons())[1])


def _pieces(low: str) -> list[str]:
    """The pieces of a hyphenated word ("at-least-once" -> at, least, once)."""
    return [p for p in _JOINERS.split(low) if p]


@lru_cache(maxsize=16384)
def word_key(low: str, stem_it: bool = True, latin: str = DEFAULT_LATIN) -> str:
    """The comparison key of one (possibly hyphenated) lower-case word; stem_it=False keeps the
    word's ending (a loanword the stemmer cuts short still meets its Latin form). latin: the
    stemmer language for Latin words. A number's zero fraction is dropped ("4.0" keys as "4",
    as "four" and "fourth" do)."""
    if low[:1].isdigit() and _DECIMAL.fullmatch(low):
        whole, _, fraction = low.replace(",", ".").partition(".")
        low = whole if not fraction.strip("0") else low
    pieces = _pieces(low)
    if not pieces:
        return ""
    last = stem(pieces[-1], latin) if stem_it else pieces[-1]
    joined = "".join(pieces[:-1]) + last
    translit = lexicons().translit
    latin_text = joined if joined.isascii() else "".join(translit.get(c, c) for c in joined)
    return _phonetic(latin_text)


@lru_cache(maxsize=8192)
def part_keys(low: str, latin: str = DEFAULT_LATIN) -> tuple[str, ...]:
    """Keys of each piece of a hyphenated word ("disk-backed" -> disk, bak)."""
    pieces = _pieces(low)
    return tuple(word_key(p, True, latin) for p in pieces) if len(pieces) > 1 else ()


@lru_cache(maxsize=8192)
def suffix_base(low: str, latin: str = DEFAULT_LATIN) -> str:
    """The base of a folded word ending in a lexicon's negating suffix, also once inflected
    ("masterless" -> "master"; "masterloser", stemmed "masterlos" -> "master"), else ""."""
    stemmed = stem(low, latin) if low.isalpha() else low
    for suffix in lexicons().negating_suffixes:
        word = low if low.endswith(suffix) else stemmed
        base = word[: -len(suffix)].rstrip("-")
        if word.endswith(suffix) and len(base) >= 4:
            return base
    return ""


def text_keys(text: str, latin: str = DEFAULT_LATIN) -> tuple[str, ...]:
    """The key of every word of a text, in order."""
    return tuple(word_key(m.group().lower(), True, latin) for m in WORD.finditer(fold(text)))


def normalize(text: str) -> str:
    """The normalised key string of a text (for tests and debugging)."""
    return " ".join(text_keys(text))


def plain(text: str) -> str:
    """A text with no words (an emoji, a dash) in a comparable form: folded, spaces collapsed,
    the emoji presentation selector and end punctuation dropped."""
    return " ".join(fold(text).replace("\ufe0f", "").split()).strip(" .,;:!?")


def edits_allowed(length: int) -> int:
    """Typos allowed between two keys whose shorter one has this length."""
    if length < TYPO_SHORT:
        return 0
    return 1 if length <= TYPO_LONG else MOST_EDITS


def near_typos(key: str, keys: Sequence[str]) -> list[int]:
    """Indexes of the keys within the most edits a typo may have of this key (rapidfuzz, in C):
    a superset of the keys typo_distance or keys_match may find a typo apart, for a quick look."""
    return [n for _, _, n in process.extract(key, keys, scorer=OSA.distance, score_cutoff=MOST_EDITS, limit=None, processor=None)]


def typo_distance(a: str, b: str) -> int | None:
    """The OSA edit distance of two keys when it is within the typo allowance, else None."""
    allowed = edits_allowed(min(len(a), len(b)))
    distance = OSA.distance(a, b, score_cutoff=allowed)
    return distance if distance <= allowed else None


@lru_cache(maxsize=65536)
def agent_keys(low: str, latin: str = DEFAULT_LATIN) -> tuple[str, str] | None:
    """(key, unstemmed key) of a word with a lexicon's agent ending ("partitioner", "partitioners"):
    marked, so it meets only itself and never its base ("partition"); else None."""
    for ending in lexicons().agent_endings:
        if low.endswith(ending) and len(low) >= len(ending) + 3:
            key = "§a" + word_key(low[:-1] if ending.endswith("s") else low, False, latin)
            return key, key
    return None


def stems_meet(a: str, b: str) -> bool:
    """Do two word keys share a stem: the same key, or keys_match's common-prefix rule (no typo)?"""
    if a == b:
        return True
    if not a or not b or a[0] != b[0] or a[0] == "§" or any(map(str.isdigit, a)) or any(map(str.isdigit, b)):
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    n = len(short)
    if n < PREFIX_MIN:
        return False
    common = 0
    for x, y in zip(short, long_):
        if x != y:
            break
        common += 1
    # the rest an ending, not a word of its own ("topic" is no stem of "topicrecordname..."), unless
    # the shorter key is a good share of the longer (a compound's first word)
    return common >= PREFIX_MIN and common >= PREFIX_SHARE * n and (len(long_) - common <= PREFIX_TAIL_MAX or n >= PREFIX_WORD_SHARE * len(long_))


@lru_cache(maxsize=262144)
def keys_match(a: str, b: str) -> bool:
    """Do two word keys mean the same word (same stem, or a typo apart)?"""
    if a == b:
        return True
    if not a or not b or a[0] == "§" or b[0] == "§":
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    n = len(short)
    allowed = 0 if n < TYPO_SHORT else 1 if n <= TYPO_LONG else 2  # edits_allowed(n), inline: this runs per word pair
    if a[0] != b[0] and (allowed == 0 or len(long_) - n > allowed):
        return False  # no common prefix, and no typo apart: the checks below would say so slower
    if any(map(str.isdigit, a)) or any(map(str.isdigit, b)):  # the same test, in C
        return False
    if a[0] == b[0] and n >= PREFIX_MIN and stems_meet(a, b):  # a common prefix of PREFIX_MIN or more: the same stem
        return True
    # a != b here, so 0 allowed edits is a miss
    return allowed > 0 and OSA.distance(a, b, score_cutoff=allowed) <= allowed


_PUNCT_ONLY = re.compile(r"[\s.?!¿¡\-–—…,;:'\"«»“”()\[\]_/\\*]+")


def is_no_answer(answer: str) -> bool:
    """Empty, whitespace, punctuation only, or a lexicon's "I don't know" ("idk", "keine Ahnung")."""
    text = fold(answer).replace("’", "'").replace("'", "")
    if not _PUNCT_ONLY.sub("", text):
        return True
    return " ".join(re.sub(r"[^\w\s]|_", " ", text).split()) in lexicons().no_answer

@lru_cache(maxsize=1)
def _shorthand_pattern() -> re.Pattern[str] | None:
    table = shorthands()
    if not table:
        return None
    alternatives = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<![\w/])(?:{alternatives})(?![\w/])", re.IGNORECASE)


def expand_shorthands(text: str) -> str:
    """The text with the lexicons' typing shorthands written out ("failover w/o data loss" ->
    "failover without data loss"): a slash there is no separator between two parts."""
    pattern = _shorthand_pattern()
    return pattern.sub(lambda m: shorthands()[m.group().casefold()], text) if pattern else text


def is_likeness(low: str) -> bool:
    """Is this (folded, lower-case) word a likeness: hyphenated, ending in a lexicon's
    like_suffixes ("json-like", "json-ähnliche")?"""
    return "-" in low and low.rsplit("-", 1)[1].startswith(tuple(lexicons().like_suffixes))
