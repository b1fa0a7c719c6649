"""Words to comparison keys: folding, light stemming, transliteration and a phonetic key.

A word is normalised in this order:

1. lower case, ``ё`` -> ``е``, accents dropped; a hyphenated word is one word ("pub-sub" ->
   "pubsub");
2. a light stemmer for its script (Russian endings, English plural / -ing / -ed / -ly);
3. transliterated to Latin (so "кафка" and "Kafka", "оффсет" and "offset" meet) and folded
   to a rough phonetic key ("replay" and "реплей" -> "replei", "partition" and "партиция" ->
   "partits").

Two keys match when equal, when they share a long prefix (Russian endings) or when they are
a small edit apart (typos): see keys_match.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.distance import OSA

from .thresholds import PREFIX_MIN, PREFIX_SHARE, TYPO_LONG, TYPO_SHORT

#: A word: a number with decimals ("1.5", "2,5"), or letters/digits joined by hyphens or
#: apostrophes ("at-least-once", "don't").
WORD = re.compile(r"\d+(?:[.,]\d+)+|[^\W_]+(?:['’\-][^\W_]+)*")
_JOINERS = re.compile(r"['’\-]")

_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "sch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip

# Russian endings (adjective, noun, verb, participle), longest first. Stripped only when a
# stem of 3+ letters stays; stems are then compared by prefix, so a rough cut is enough.
# No 3rd-person verb endings (-ет, -ит): they would cut loanwords ("оффсет" -> "оффс").
_RU_ENDINGS = tuple(
    sorted(
        {
            "иями", "ями", "ами", "ией", "иях", "иям", "ого", "его", "ому", "ему", "ыми", "ими",
            "ов", "ев", "ей", "ой", "ий", "ый", "ая", "яя", "ое", "ее", "ые", "ие", "ую", "юю",
            "ых", "их", "ым", "им", "ом", "ем", "ам", "ям", "ах", "ях", "ия", "ию", "ии", "ью",
            "ать", "ять", "ить", "еть", "ешь", "ишь", "ете", "ите", "ла", "ло", "ли",
            "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й",
        },
        key=len,
        reverse=True,
    )
)  # fmt: skip
_CYRILLIC = re.compile(r"[а-яё]")


def _ru_stem(word: str) -> str:
    """Cut a Russian ending (and a reflexive -ся/-сь) when a stem of 3+ letters stays."""
    if len(word) <= 3:
        return word
    if word.endswith(("ся", "сь")) and len(word) >= 6:
        word = word[:-2]
    for ending in _RU_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def _en_stem(word: str) -> str:
    """Cut an English plural, -ing, -ed or -ly (long words only: "sing", "bed" stay)."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("sses"):
        return word[:-2]
    for suffix, min_len in (("ing", 6), ("ed", 5), ("ly", 5)):
        if word.endswith(suffix) and len(word) >= min_len:
            stem = word[: -len(suffix)]
            # producing -> produce, sourcing -> source (so it meets "sources" -> "source")
            return stem + "e" if stem.endswith("c") else stem
    if word.endswith(("ches", "shes", "xes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


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
    """One lower-case character without its accents (Cyrillic letters kept whole)."""
    if ch == "й" or "а" <= ch <= "я":  # NFKD would split "й" into "и" + breve
        return ch
    return "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Lower case, "ё" -> "е", accents dropped."""
    text = unicodedata.normalize("NFKC", text).lower().replace("ё", "е")
    return text if text.isascii() else "".join(map(_fold_char, text))


def _pieces(low: str) -> list[str]:
    """The pieces of a hyphenated word ("at-least-once" -> at, least, once)."""
    return [p for p in _JOINERS.split(low) if p]


@lru_cache(maxsize=8192)
def word_key(low: str, stem: bool = True) -> str:
    """The comparison key of one (possibly hyphenated) lower-case word; stem=False keeps the
    word's ending (a loanword the stemmer cuts short still meets its Latin form)."""
    pieces = _pieces(low)
    if not pieces:
        return ""
    last = pieces[-1]
    if stem:
        last = _ru_stem(last) if _CYRILLIC.search(last) else _en_stem(last)
    joined = "".join(pieces[:-1]) + last
    latin = "".join(_TRANSLIT.get(c, c) for c in joined)
    return _phonetic(latin)


@lru_cache(maxsize=8192)
def part_keys(low: str) -> tuple[str, ...]:
    """Keys of each piece of a hyphenated word ("disk-backed" -> disk, bak)."""
    pieces = _pieces(low)
    return tuple(word_key(p) for p in pieces) if len(pieces) > 1 else ()


def text_keys(text: str) -> tuple[str, ...]:
    """The key of every word of a text, in order."""
    return tuple(word_key(m.group().lower()) for m in WORD.finditer(fold(text)))


def normalize(text: str) -> str:
    """The normalised key string of a text (for tests and debugging)."""
    return " ".join(text_keys(text))


def plain(text: str) -> str:
    """A text with no words (an emoji, a dash) in a comparable form: folded, spaces collapsed,
    the emoji presentation selector and end punctuation dropped."""
    return " ".join(fold(text).replace("\ufe0f", "").split()).strip(" .,;:!?")


def _edits_allowed(length: int) -> int:
    """Typos allowed between two keys whose shorter one has this length."""
    if length < TYPO_SHORT:
        return 0
    return 1 if length <= TYPO_LONG else 2


def typo_distance(a: str, b: str) -> int | None:
    """The OSA edit distance of two keys when it is within the typo allowance, else None."""
    allowed = _edits_allowed(min(len(a), len(b)))
    distance = OSA.distance(a, b, score_cutoff=allowed)
    return distance if distance <= allowed else None


@lru_cache(maxsize=65536)
def keys_match(a: str, b: str) -> bool:
    """Do two word keys mean the same word (same stem, or a typo apart)?"""
    if a == b:
        return True
    if not a or not b or a[0] == "§" or b[0] == "§":
        return False
    if any(c.isdigit() for c in a) or any(c.isdigit() for c in b):
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    common = 0
    for x, y in zip(short, long_):
        if x != y:
            break
        common += 1
    if common >= PREFIX_MIN and common >= PREFIX_SHARE * len(short):
        return True
    return typo_distance(a, b) is not None  # a != b here, so 0 allowed edits is a miss


# Answers that say "I do not know", after folding and dropping punctuation.
_NO_ANSWER = frozenset(
    {
        "не знаю", "незнаю", "не помню", "не уверен", "хз", "без понятия", "понятия не имею",
        "idk", "i dont know", "i do not know", "dont know", "do not know", "no idea", "dunno",
        "not sure", "pass", "пас", "skip", "n a", "na", "нз", "хм",
    }
)  # fmt: skip

_PUNCT_ONLY = re.compile(r"[\s.?!¿¡\-–—…,;:'\"«»“”()\[\]_/\\*]+")


def is_no_answer(answer: str) -> bool:
    """Empty, whitespace, punctuation only, or "не знаю" / "idk" / "I don't know"."""
    text = fold(answer).replace("’", "'").replace("'", "")
    if not _PUNCT_ONLY.sub("", text):
        return True
    return " ".join(re.sub(r"[^\w\s]|_", " ", text).split()) in _NO_ANSWER
