"""The words the grader judges with, per language: `data/lexicon.<lang>.yaml`, loaded once.

Each lexicon names its alphabet, its snowball stemmer, stop words, yes/no words, negators and
negating prefixes, number words, rating words, units, comparison words, conjunctions and disjunctions. The grader uses
the union of every lexicon (an answer may mix languages); a word is stemmed by the language
whose alphabet it is written in (Latin words by the deck's language when it has a Latin
alphabet, else English). No word of any language is written in the grading code.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

import snowballstemmer
import yaml

from ..lang import primary

_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
#: The language whose stemmer takes Latin words when nothing says otherwise.
DEFAULT_LATIN = "en"


class Lexicons(NamedTuple):
    """Every lexicon merged: what the analysis needs, as sets and maps."""

    languages: tuple[str, ...]
    stemmers: dict[str, str]  # language -> snowball algorithm
    alphabets: dict[str, frozenset[str]]  # language -> its letters
    script_of: dict[str, str]  # a letter outside ASCII -> the language that has it
    latin: frozenset[str]  # languages written in Latin letters
    keep_whole: frozenset[str]  # letters folding must not split (accents that are letters)
    fold: dict[str, str]
    translit: dict[str, str]
    stop: frozenset[str]
    yes: frozenset[str]
    no: frozenset[str]
    negators: frozenset[str]
    negating_prefixes: tuple[str, ...]
    negating_suffixes: tuple[str, ...]
    aside_markers: tuple[tuple[str, ...], ...]  # word sequences (folded)
    hedges: tuple[tuple[str, ...], ...]  # word sequences: "or both"
    withdrawn: tuple[str, ...]  # folded stem prefixes of words saying a thing was removed
    predicates: frozenset[str]  # words a negator before them turns on what their part names
    until_before_negator: frozenset[str]
    until_words: frozenset[str]
    no_answer: frozenset[str]
    number_words: dict[str, str]
    ratings: dict[str, tuple[str, ...]]  # rating value -> words of every language
    units: dict[str, tuple[str, ...]]  # canonical unit -> spellings (a trailing "*" is a prefix)
    comparisons: dict[str, tuple[str, ...]]  # "<" / ">" -> words
    choice_letters: tuple[str, ...]
    conjunctions: frozenset[str] = frozenset()  # words joining two claims of one part ("X and Y")
    disjunctions: frozenset[str] = frozenset()  # words joining two alternatives of one part ("X or Y")
    ordinals: frozenset[str] = frozenset()  # number_words that are ordinals ("fourth"): a number said in words
    quantity: frozenset[str] = frozenset()  # words naming a count of the word beside them ("partition count")
    like_suffixes: frozenset[str] = frozenset()  # a hyphenated word ending so is a likeness, an aside ("JSON-like")
    articles: frozenset[str] = frozenset()  # words a negator's phrase runs past ("doesn't trigger a rebalance")
    one_words: frozenset[str] = frozenset()  # words saying one of a thing: the indefinite articles, "one"
    class_nouns: frozenset[str] = frozenset()  # nouns naming the kind of thing after the word saying which ("document store")
    only_words: frozenset[str] = frozenset()  # words ruling out all but what follows ("only memory")
    version_markers: frozenset[str] = frozenset()  # words before a version it holds from ("since 4.0")
    agent_endings: frozenset[str] = frozenset()  # endings of a noun for the thing doing it ("partitioner")
    combining_forms: frozenset[str] = frozenset()  # prefix-like first pieces ("multi-", "semi-"): a kind that still is its head
    client_side: frozenset[str] = frozenset()  # words placing a claim in the client ("client-side dedup"): no broker's value


def _words(value: object) -> list[str]:
    """A list of words from a YAML list or a whitespace-separated string."""
    if value is None:
        return []
    if isinstance(value, str):
        return value.split()
    return [str(v) for v in value]  # type: ignore[union-attr]


@lru_cache(maxsize=None)  # each file parsed once per process, however many modules read it
def _read(name: str) -> dict:
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    return yaml.load(text, Loader=_SafeLoader) or {}


def lexicon_files() -> list[str]:
    """The shipped lexicon file names, sorted."""
    folder = resources.files(__package__).joinpath("data")
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("lexicon.") and p.name.endswith(".yaml"))


#: (key, lexicon field) of the word sets merged across the lexicons
_SET_FIELDS = (
    ("stop", "stop_words"), ("yes", "yes_words"), ("no", "no_words"), ("neg", "negators"),
    ("ub", "until_before_negator"), ("uw", "until_words"), ("na", "no_answer"), ("pred", "predicates"),
    ("conj", "conjunctions"), ("disj", "disjunctions"), ("qty", "quantity_words"), ("like", "like_suffixes"),
    ("art", "articles"),
    ("one", "one_words"), ("cls", "class_nouns"), ("only", "only_words"),
    ("ver", "version_markers"), ("agent", "agent_endings"), ("comb", "combining_forms"),
    ("client", "client_side"),
)  # fmt: skip


@lru_cache(maxsize=1)
def shorthands() -> dict[str, str]:
    """Every lexicon's typing shorthands, casefolded ("w/o" -> "without"): expanded before analysis."""
    out: dict[str, str] = {}
    for name in lexicon_files():
        out.update({str(k).casefold(): str(v) for k, v in (_read(name).get("shorthands") or {}).items()})
    return out


@lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    """Every shipped lexicon, merged (loaded once)."""
    raw = [_read(name) for name in lexicon_files()]
    sets: dict[str, set[str]] = {k: set() for k, _ in _SET_FIELDS}
    prefixes: list[str] = []
    suffixes: list[str] = []
    asides: set[tuple[str, ...]] = set()
    hedges: set[tuple[str, ...]] = set()
    withdrawn: set[str] = set()
    stemmers, alphabets, script_of, fold, translit, numbers = {}, {}, {}, {}, {}, {}
    ordinals: set[str] = set()
    ratings: dict[str, list[str]] = {}
    units: dict[str, list[str]] = {}
    comparisons: dict[str, list[str]] = {}
    letters: list[str] = []
    latin = set()
    for lex in raw:
        lang = lex["language"]
        stemmers[lang] = lex["stemmer"]
        alphabet = frozenset(lex.get("alphabet", ""))
        alphabets[lang] = alphabet
        if set("abcdefghijklmnopqrstuvwxyz") <= alphabet:
            latin.add(lang)
        else:
            for ch in alphabet:
                script_of.setdefault(ch, lang)
        fold.update({str(k): str(v) for k, v in (lex.get("fold") or {}).items()})
        translit.update({str(k): str(v) for k, v in (lex.get("transliteration") or {}).items()})
        for key, field in _SET_FIELDS:
            sets[key].update(w.casefold() for w in (_words(lex.get(field)) if key == "stop" else lex.get(field) or ()))
        prefixes.extend(str(p) for p in lex.get("negating_prefixes") or ())
        suffixes.extend(str(p) for p in lex.get("negating_suffixes") or ())
        asides.update(tuple(str(m).casefold().split()) for m in lex.get("aside_markers") or ())
        hedges.update(tuple(str(m).casefold().split()) for m in lex.get("hedges") or ())
        withdrawn.update(str(w).casefold() for w in lex.get("withdrawn") or ())
        for field in ("number_words", "ordinal_words"):  # "three" and "third" both meet "3"
            numbers.update({str(k).casefold(): str(v) for k, v in (lex.get(field) or {}).items()})
        ordinals.update(str(k).casefold() for k in lex.get("ordinal_words") or ())
        for table, field in ((ratings, "ratings"), (units, "units"), (comparisons, "comparisons")):
            for value, spellings in (lex.get(field) or {}).items():
                table.setdefault(str(value), []).extend(str(s).casefold() for s in spellings)
        letters.append(str(lex.get("choice_letters", "")))
    # letters of a non-Latin alphabet stay whole (a Cyrillic short i is no i with a breve); Latin accents fold
    keep_whole = frozenset(ch for lang, alpha in alphabets.items() if lang not in latin for ch in alpha)
    # the words are compared with folded text ("über" is read as "uber"): fold them alike
    folded = _folder(fold, keep_whole)
    sets = {key: {folded(w) for w in words} for key, words in sets.items()}
    numbers = {folded(k): v for k, v in numbers.items()}
    return Lexicons(
        tuple(stemmers), stemmers, alphabets, script_of, frozenset(latin), keep_whole, fold, translit,
        frozenset(sets["stop"]), frozenset(sets["yes"]), frozenset(sets["no"]), frozenset(sets["neg"]),
        tuple(sorted(set(prefixes), key=len, reverse=True)), tuple(sorted(set(suffixes), key=len, reverse=True)),
        tuple(sorted(asides, key=len, reverse=True)),
        tuple(sorted(hedges, key=len, reverse=True)), tuple(sorted(withdrawn)),
        frozenset(sets["pred"]), frozenset(sets["ub"]), frozenset(sets["uw"]),
        frozenset(sets["na"]), numbers, {k: tuple(v) for k, v in ratings.items()},
        {k: tuple(v) for k, v in units.items()}, {k: tuple(v) for k, v in comparisons.items()},
        tuple(letters), frozenset(sets["conj"]), frozenset(sets["disj"]), frozenset(folded(w) for w in ordinals),
        frozenset(sets["qty"]), frozenset(sets["like"]), frozenset(sets["art"]),
        *(frozenset(sets[k]) for k in ("one", "cls", "only", "ver", "agent", "comb", "client")),
    )  # fmt: skip


def _folder(table: dict[str, str], keep_whole: frozenset[str]):
    """A function folding one lexicon word as text.fold folds what is typed (text.fold reads
    the lexicons, so it cannot be used while they are being built)."""

    def one(ch: str) -> str:
        if ch in keep_whole:
            return ch
        return "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))

    def fold_word(word: str) -> str:
        low = unicodedata.normalize("NFKC", word).lower()
        return low if low.isascii() else "".join(one(table.get(c, c)) for c in low)

    return fold_word


@lru_cache(maxsize=16)
def _stemmer(lang: str):
    return snowballstemmer.stemmer(lexicons().stemmers[lang])


def language_of(word: str, latin: str = DEFAULT_LATIN) -> str:
    """The language whose stemmer takes this (folded) word: by its script, Latin words by `latin`."""
    script_of = lexicons().script_of
    for ch in word:
        lang = script_of.get(ch)
        if lang is not None:
            return lang
    return latin


@lru_cache(maxsize=32768)
def stem(word: str, latin: str = DEFAULT_LATIN) -> str:
    """The snowball stem of one folded word (no hyphens), in the language of its script."""
    if len(word) <= 3 or not word.isalpha():
        return word
    lang = language_of(word, latin)
    for wrong, right in _misspelt_endings(lang):  # a frequent typo of an ending stems as its spelling does
        if word.endswith(wrong):
            word = word[: -len(wrong)] + right
            break
    return _stemmer(lang).stemWord(word)


@lru_cache(maxsize=16)
def _misspelt_endings(lang: str) -> tuple[tuple[str, str], ...]:
    """A language's frequent misspelt word endings and their spelling (lexicon misspelt_endings:), and the
    spoken forms its stemmer leaves whole with the form it cuts (spoken_endings:), longest first."""
    data = next((_read(n) for n in lexicon_files() if _read(n).get("language") == lang), {})
    table = {**(data.get("spoken_endings") or {}), **(data.get("misspelt_endings") or {})}
    return tuple(sorted(((str(k), str(v)) for k, v in table.items()), key=lambda kv: -len(kv[0])))


def latin_language(deck_language: str | None) -> str:
    """The stemmer language for Latin words on a deck in this language ("de-AT", "en_US" by their
    primary tag, any case); a language without a Latin lexicon gives the default."""
    tag = primary(deck_language)
    return tag if tag in lexicons().latin else DEFAULT_LATIN
