"""Typed-answer grading: is a free-text answer the same as the cheat-sheet cell?

Answers are compared as bags of normalised words, so the order of parts does not matter.
A word is normalised in this order:

1. lower case, ``ё`` -> ``е``, accents dropped; a hyphenated word is one word ("pub-sub" ->
   "pubsub"), and words typed apart are joined when the other side has them as one word;
2. a light stemmer for its script (Russian endings, English plural / -ing / -ed / -ly);
3. transliterated to Latin (so "кафка" and "Kafka", "оффсет" and "offset" meet) and folded
   to a rough phonetic key ("replay" and "реплей" -> "replei", "partition" and "партиция" ->
   "partits").

Two keys match when equal, when they share a long prefix (Russian endings) or when they are
a small edit apart (typos). On top of that similarity a few guards make an answer wrong
however similar it looks: an opposite polarity (да/нет, не), an antonym (at-most-once vs
at-least-once, high/low...), a different number, another subject, or listing every option.

The first comma/parenthesis/dash separated part of the expected answer is its *core*: an
answer that matches the core is right ("высокая" for "Высокая, требует zookeeper").

When the expected text names two or more subjects (the interview phrase, a compare card's
back), the answer is cut into clauses by subject mentions, lines and ';', and each subject's
clause is graded against its own expected clause, so swapped pairs are wrong even though
every word is present.

Subjects (brokers) are known from DEFAULT_ALIASES merged with the caller's aliases; a subject
named in an answer but not in the expected text (or not the card's subject) makes it wrong.

Pure Python plus rapidfuzz (OSA edit distance on word keys, token_sort_ratio as a whole-string
fallback); deterministic; no I/O. Typical cost: well under 1 ms per answer, ~2 ms for the
interview phrase.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

if TYPE_CHECKING:  # only for annotations: the grader never needs more than a Card's fields
    from .model import Card

__all__ = [
    "DEFAULT_ALIASES",
    "Grade",
    "PartsGrade",
    "grade",
    "grade_card",
    "grade_choice",
    "grade_parts",
    "is_no_answer",
    "normalize",
]

# --------------------------------------------------------------------------------------
# Thresholds. Scores are 0..1; "partly" is any wrong answer scoring PARTLY_MIN or more.
# --------------------------------------------------------------------------------------

#: Share of the expected words (full answer) that the answer must cover to be right. 3 of 4
#: words is enough: one forgotten minor word ("очень быстро, миллисекунды") is not a miss.
RIGHT_RECALL = 0.75
#: Share of the core's words the answer must cover. Cores are 1-3 words, so in practice
#: all of them (4 of 5 for a long core).
CORE_RECALL = 0.8
#: Share of the answer's words that must be found in the expected text. Half, so that an
#: answer restating the question ("долгое хранение" for "Долго") passes, while a list of
#: everything ("FIFO на очереди, FIFO в stream, в пределах партиции...") does not.
MIN_PRECISION = 0.5
#: Score of an answer that is right by its core only: right, but the detail is missing.
CORE_CREDIT = 0.9
#: Fallback whole-string check: rapidfuzz token_sort_ratio of the normalised keys (order
#: free, but NOT token_set_ratio, which would give 100 to any superset). 90 lets one or two
#: typos through on a few-word answer and nothing looser.
STRING_RATIO = 90
#: Two keys share a "stem" when their common prefix is at least PREFIX_MIN characters and
#: covers PREFIX_SHARE of the shorter key: visok/visokaia, zavisit/zavisiat. Words are also
#: compared unstemmed, so a loanword cut short by the stemmer ("реплей" -> "репл") still
#: meets its Latin form ("replay") without "repl" meeting "replication".
PREFIX_MIN = 5
PREFIX_SHARE = 0.7
#: Typos allowed between two keys, by the shorter key's length (OSA edits, a transposition
#: is one edit): none under 4 letters ("low"/"lov" must be exact), one up to 10 letters
#: ("at-lest-once"), two beyond. Keys holding digits never get any: "1ms" != "10ms".
TYPO_SHORT = 4
TYPO_LONG = 10
#: An answer hit by a guard (polarity, antonym, number, other subject) scores at most this.
GUARD_SCORE_CAP = 0.25
#: Score from which a wrong answer is "partly" right.
PARTLY_MIN = 0.5
#: The intro of a multi-subject answer ("Выбор брокера зависит от ...") only needs to be
#: about half there: the clauses carry the content.
INTRO_MIN_SCORE = 0.5
#: grade_card grades part by part when the answer has this many words or more (or several
#: lines / ';' / subject mentions).
LONG_ANSWER_WORDS = 6

#: Subjects known even when the caller passes no aliases (the message-broker deck). Aliases
#: passed to grade() are merged with these; subjects sharing a name are one subject.
DEFAULT_ALIASES: dict[str, tuple[str, ...]] = {
    "Kafka": ("Apache Kafka", "кафка"),
    "RabbitMQ": ("Rabbit", "RMQ", "кролик"),
    "Redis Streams": ("Redis", "редис"),
    "NATS Streaming / JetStream": ("NATS", "JetStream", "NATS Streaming", "NATS JetStream", "STAN", "натс"),
}


# --------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Grade:
    """How one answer was graded."""

    correct: bool
    score: float  # 0..1
    missing: tuple[str, ...] = ()  # expected parts the answer lacks (for the UI to mark)
    wrong: tuple[str, ...] = ()  # parts of the answer that are wrong
    reason: str = ""  # short human explanation, English

    @property
    def verdict(self) -> str:
        """"right", "partly" (not correct but score >= 0.5) or "wrong"."""
        if self.correct:
            return "right"
        return "partly" if self.score >= PARTLY_MIN else "wrong"


@dataclass(frozen=True)
class PartsGrade:
    """An answer graded part by part: each (label, Grade), the mean score, all right or not."""

    parts: tuple[tuple[str, Grade], ...]
    score: float
    correct: bool
    extra: tuple[str, ...] = ()  # subjects named in the answer that no part expects
    intro: Grade | None = None  # the unlabelled lead-in, when the expected text has one

    @property
    def verdict(self) -> str:
        return self.as_grade().verdict

    @property
    def missing(self) -> tuple[str, ...]:
        return self.as_grade().missing

    @property
    def wrong(self) -> tuple[str, ...]:
        return self.as_grade().wrong

    def as_grade(self) -> Grade:
        graded = ([("intro", self.intro)] if self.intro is not None else []) + list(self.parts)
        missing = _unique(m for _, g in graded for m in g.missing)
        wrong = _unique([*(w for _, g in graded for w in g.wrong), *self.extra])
        reasons = [f"{label}: {g.reason or 'does not match'}" for label, g in self.parts if not g.correct]
        if self.intro is not None and self.intro.score < INTRO_MIN_SCORE and not self.intro.correct:
            reasons.insert(0, f"intro: {self.intro.reason or 'does not match'}")
        if self.extra:
            reasons.append("other subject: " + ", ".join(f"'{e}'" for e in self.extra))
        return Grade(self.correct, round(self.score, 4), missing, wrong, "; ".join(reasons))


# --------------------------------------------------------------------------------------
# Word normalisation
# --------------------------------------------------------------------------------------

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
    if len(word) <= 3:
        return word
    if word.endswith(("ся", "сь")) and len(word) >= 6:
        word = word[:-2]
    for ending in _RU_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def _en_stem(word: str) -> str:
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
    if ch == "й" or "а" <= ch <= "я":  # NFKD would split "й" into "и" + breve
        return ch
    return "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))


def _fold(text: str) -> str:
    """Lower case, "ё" -> "е", accents dropped."""
    text = unicodedata.normalize("NFKC", text).lower().replace("ё", "е")
    return text if text.isascii() else "".join(map(_fold_char, text))


@lru_cache(maxsize=8192)
def _word_key(low: str, stem: bool = True) -> str:
    """The comparison key of one (possibly hyphenated) lower-case word."""
    pieces = [p for p in re.split(r"['’\-]", low) if p]
    if not pieces:
        return ""
    last = pieces[-1]
    if stem:
        last = _ru_stem(last) if _CYRILLIC.search(last) else _en_stem(last)
    joined = "".join(pieces[:-1]) + last
    latin = "".join(_TRANSLIT.get(c, c) for c in joined)
    return _phonetic(latin)


@lru_cache(maxsize=8192)
def _part_keys(low: str) -> tuple[str, ...]:
    """Keys of each piece of a hyphenated word ("disk-backed" -> disk, bak)."""
    pieces = [p for p in re.split(r"['’\-]", low) if p]
    return tuple(_word_key(p) for p in pieces) if len(pieces) > 1 else ()


def normalize(text: str) -> str:
    """The normalised key string of a text (for tests and debugging)."""
    return " ".join(_word_key(m.group().lower()) for m in _WORD.finditer(_fold(text)))


def _plain(text: str) -> str:
    return " ".join(_fold(text).replace("\ufe0f", "").split()).strip(" .,;:!?")


def _edits_allowed(length: int) -> int:
    if length < TYPO_SHORT:
        return 0
    return 1 if length <= TYPO_LONG else 2


@lru_cache(maxsize=65536)
def _keys_match(a: str, b: str) -> bool:
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
    edits = _edits_allowed(len(short))
    return edits > 0 and OSA.distance(a, b, score_cutoff=edits) <= edits


# --------------------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------------------

_STOP = frozenset(
    """
    и в во на по с со к ко для через от из у о об а но или же ли это как при за то что уже так
    тоже также лишь есть бы чтобы там тут он она оно они его ее их мы вы я
    the a an of in on for with via and or to by is are it its be as at from into this that
    which than then there so also just only
    """.split()
)  # fmt: skip
_YES = frozenset({"да", "yes", "yep", "yeah", "ага", "угу", "конечно", "da", "true", "sure"})
_NO = frozenset({"нет", "no", "nope", "неа", "net", "false"})
# Negators that flip the next content word. "нет"/"no" flip the next word only when they are
# glued to it ("no ack"); standing alone they are a polarity answer.
_NEGATORS = frozenset({"не", "ни", "not", "never", "без", "without", "cannot", "нельзя", "none"})
_NO_ANSWER = frozenset(
    {
        "не знаю", "незнаю", "не помню", "не уверен", "хз", "без понятия", "понятия не имею",
        "idk", "i dont know", "i do not know", "dont know", "do not know", "no idea", "dunno",
        "not sure", "pass", "пас", "skip", "n a", "na", "нз", "хм",
    }
)  # fmt: skip

_WORD = re.compile(r"\d+(?:[.,]\d+)+|[^\W_]+(?:['’\-][^\W_]+)*")
_MAJOR_SEP = re.compile(r"[,;()\[\]\n:.!?]|\s[-–—]\s|[–—]")  # ends the core
_FINE_SEP = re.compile(r"[,;()\[\]\n:.!?/+|&→=<>«»\"“”]|\s[-–—]\s|[–—]")  # separates parts
_CHUNK_SEP = re.compile(r"[\n;]")  # separates clauses of a multi-subject answer
# the end of a lead-in before the first clause of a line: the last ':' or sentence end
_LEAD_END = re.compile(r"(?:[:!?]|\.(?=\s))(?!.*(?:[:!?]|\.\s))", re.DOTALL)
_PUNCT_ONLY = re.compile(r"[\s.?!¿¡\-–—…,;:'\"«»“”()\[\]_/\\*]+")


def is_no_answer(answer: str) -> bool:
    """Empty, whitespace, punctuation only, or "не знаю" / "idk" / "I don't know"."""
    text = _fold(answer).replace("’", "'").replace("'", "")
    if not _PUNCT_ONLY.sub("", text):
        return True
    return " ".join(re.sub(r"[^\w\s]|_", " ", text).split()) in _NO_ANSWER


# --------------------------------------------------------------------------------------
# Concepts: values that exclude each other
# --------------------------------------------------------------------------------------
# (group, key_term, {value: patterns}). A pattern ending in "*" is a stem prefix; a plain
# word matches itself, its plural and -er/-est ("low", "lower"; not "ловить"); a hyphenated
# pattern ("at-least-once") matches the nearest value within the typo allowance.
# key_term: the expected text's first value is the key fact, so an answer must name it first
# even when the expected text mentions both ("memory + optional disk": "disk" or "disk,
# memory" is wrong; "disk-backed / memory" is not "memory + optional disk").
_CONCEPT_SPEC: tuple[tuple[str, bool, dict[str, tuple[str, ...]]], ...] = (
    (
        "delivery",
        False,
        {
            "at-most-once": ("at-most-once",),
            "at-least-once": ("at-least-once",),
            "exactly-once": ("exactly-once",),
        },
    ),
    ("model", False, {"log": ("log-based", "append-only"), "queue": ("queue-based",)}),
    ("level", False, {"high": ("high", "высок*"), "medium": ("medium", "средн*"), "low": ("low", "низк*")}),
    (
        "ease",
        False,
        {
            "easy": ("easy", "simple", "легк*", "легч*", "прост*"),
            "hard": ("hard", "difficult", "complex", "сложн*", "трудн*", "тяжел*"),
        },
    ),
    ("speed", False, {"fast": ("fast", "quick", "быстр*"), "slow": ("slow", "медлен*")}),
    (
        "sync",
        False,
        {"sync": ("sync", "synchron*", "синхрон*"), "async": ("async", "asynchron*", "асинхрон*")},
    ),
    ("push", False, {"push": ("push", "пуш"), "pull": ("pull", "пул")}),
    (
        "storage",
        True,
        {"memory": ("memor*", "ram", "памят*", "оперативн*"), "disk": ("disk", "disc", "дисков*")},
    ),
)


@dataclass(frozen=True)
class _Pattern:
    key: str
    mode: str  # "prefix" | "word" | "compound"


def _build_concepts() -> tuple[tuple[str, bool, tuple[tuple[str, tuple[_Pattern, ...]], ...]], ...]:
    built = []
    for group, key_term, values in _CONCEPT_SPEC:
        vals = []
        for value, patterns in values.items():
            pats = []
            for p in patterns:
                if p.endswith("*"):
                    pats.append(_Pattern(_word_key(p[:-1]), "prefix"))
                elif "-" in p:
                    pats.append(_Pattern(_word_key(p), "compound"))
                else:
                    pats.append(_Pattern(_word_key(p), "word"))
            vals.append((value, tuple(pats)))
        built.append((group, key_term, tuple(vals)))
    return tuple(built)


_CONCEPTS = _build_concepts()
# first two letters of the compound values' first word ("at", "ek"sactly, "lo"g...): only
# runs of words starting so are tried as a compound typed apart
_COMPOUND_HEADS = frozenset(
    _word_key(p.split("-")[0], False)[:2]
    for _, _, values in _CONCEPT_SPEC
    for patterns in values.values()
    for p in patterns
    if "-" in p
)


@lru_cache(maxsize=16384)
def _concept_hits(key: str, compound_only: bool = False) -> tuple[tuple[str, str], ...]:
    """Every (group, value) a word key stands for."""
    hits = []
    for group, _, values in _CONCEPTS:
        value = _concept_of(key, values, compound_only)
        if value:
            hits.append((group, value))
    return tuple(hits)


@lru_cache(maxsize=16384)
def _token_concepts(key: str, parts: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    if key.startswith("§"):
        return frozenset()
    return frozenset(hit for k in (key, *parts) for hit in _concept_hits(k))


def _concept_of(key: str, group_values, compound_only: bool = False) -> str | None:
    """The value of a group a word key stands for, if any."""
    best: tuple[int, str] | None = None
    tie = False
    for value, patterns in group_values:
        for p in patterns:
            if compound_only and p.mode != "compound":
                continue
            if p.mode == "prefix":
                if key.startswith(p.key):
                    return value
            elif p.mode == "word":
                if key == p.key or key in (p.key + "er", p.key + "est"):
                    return value
            else:
                allowed = _edits_allowed(min(len(key), len(p.key)))
                d = OSA.distance(key, p.key, score_cutoff=allowed)
                if d <= allowed:
                    if best is None or d < best[0]:
                        best, tie = (d, value), False
                    elif d == best[0] and value != best[1]:
                        tie = True
    if best is not None and not tie:
        return best[1]
    return None


# --------------------------------------------------------------------------------------
# Subjects
# --------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class _Index:
    """Known subjects: id -> display name, and every name as a tuple of word keys."""

    display: tuple[str, ...]
    names: tuple[tuple[tuple[str, ...], int], ...]  # (keys, subject id), longest first

    def starting_with(self, key: str) -> tuple[tuple[tuple[str, ...], int], ...]:
        """Names whose first word may be this word key (cached per index)."""
        cache = self.__dict__.setdefault("_starts", {})
        if key not in cache:
            cache[key] = tuple((keys, sid) for keys, sid in self.names if _name_key_match(key, keys[0]))
        return cache[key]

    def lookup(self, label: str) -> int | None:
        keys = tuple(_word_key(m.group().lower()) for m in _WORD.finditer(_fold(label)))
        for name_keys, sid in self.names:
            if name_keys == keys:
                return sid
        return None


@lru_cache(maxsize=16384)
def _name_key_match(tok: str, name: str) -> bool:
    """Does a (stemmed) word key stand for a word of a subject's name?"""
    if tok == name:
        return True
    if len(name) < 5:  # NATS, RMQ, STAN: exact only ("натсом" is stemmed to "натс" already)
        return False
    if tok.startswith(name) and len(tok) - len(name) <= 3:  # "редиса", "kafkas"
        return True
    if len(tok) >= 4 and name.startswith(tok) and len(name) - len(tok) <= 2:  # "кафку" -> "kafk"
        return True
    if len(tok) >= 5:
        allowed = 1 if min(len(name), len(tok)) < 8 else 2
        return OSA.distance(tok, name, score_cutoff=allowed) <= allowed
    return False


@lru_cache(maxsize=64)
def _index_for(items: tuple[tuple[str, tuple[str, ...]], ...]) -> _Index:
    merged: dict[str, list[str]] = {k: list(v) for k, v in DEFAULT_ALIASES.items()}
    for display, short in items:
        merged.setdefault(display, [])
        merged[display].extend(short)
    # every name of a subject, split on "/" too ("NATS Streaming / JetStream")
    groups: list[tuple[str, set[tuple[str, ...]]]] = []
    for display, short in merged.items():
        names = {display, *short, *(p.strip() for p in display.split("/"))}
        keyset = set()
        for n in names:
            keys = tuple(_word_key(m.group().lower()) for m in _WORD.finditer(_fold(n)))
            if keys:
                keyset.add(keys)
        groups.append((display, keyset))
    # subjects sharing a name are one subject (a caller's "NATS JetStream" and the default)
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
    display = tuple(groups[r][0] for r in roots)
    # prefer the caller's display name for a merged subject
    display_list = list(display)
    for i, (name, _) in enumerate(groups):
        if any(name == d for d, _ in items):
            display_list[sid_of[find(i)]] = name
    names = sorted(
        {(keys, sid_of[find(i)]) for i, (_, keyset) in enumerate(groups) for keys in keyset},
        key=lambda kv: (-len(kv[0]), -sum(map(len, kv[0])), kv),
    )
    return _Index(tuple(display_list), tuple(names))


def _index(aliases: Mapping[str, Sequence[str]] | None) -> _Index:
    items = tuple((str(k), tuple(str(a) for a in v)) for k, v in (aliases or {}).items())
    return _index_for(items)


# --------------------------------------------------------------------------------------
# Text analysis
# --------------------------------------------------------------------------------------


@dataclass
class _Tok:
    raw: str
    start: int
    end: int
    low: str
    key: str
    kind: str  # word | stop | neg | pol | subj
    chunk: int  # part index (any separator)
    major: int  # core index (comma, parenthesis, dash...)
    neg: bool = False
    neg_start: int = -1  # where the negator of a negated word starts
    sid: int | None = None
    parts: tuple[str, ...] = ()
    ukey: str = ""  # the key without stemming

    def matches(self, other: _Tok) -> bool:
        if _keys_match(self.key, other.key):
            return True
        if self.ukey and other.ukey and _keys_match(self.ukey, other.ukey):
            return True
        # the same concept value in either language: "высокая"/"high", "дисковое"/"disk-backed"
        mine = _token_concepts(self.key, self.parts)
        return bool(mine) and bool(mine & _token_concepts(other.key, other.parts))


@dataclass
class _Num:
    raw: str
    value: str
    unit: str | None
    cmp: str | None


@dataclass
class _Text:
    text: str
    toks: list[_Tok]
    nums: list[_Num]
    pol: str | None  # "yes"/"no" when the text opens with one
    pols: dict[str, str]  # polarity -> raw word, every standalone да/нет in the text
    has_neg: bool
    sids: list[int]  # subjects in order of first mention

    @property
    def content(self) -> list[_Tok]:
        return [t for t in self.toks if t.kind in ("word", "pol", "subj")]

    def slice(self, toks: Sequence[_Tok]) -> str:
        return self.text[toks[0].start : toks[-1].end] if toks else ""


_NUM = re.compile(
    r"(?P<cmp>[<>≤≥~]|до|under|below|less than|меньше|менее|более|больше|over|above)?\s*"
    r"(?P<num>\d+(?:[.,]\d+)?)\s*"
    r"(?P<unit>ms|msec|мс|мсек|миллисекунд\w*|milliseconds?|µs|us|мкс|microseconds?|"
    r"sec|seconds?|сек\w*|s|с|min|мин\w*|k|к|m|млн|%)?(?![^\W\d_])",
    re.IGNORECASE,
)
_UNITS = {
    "ms": "ms", "msec": "ms", "мс": "ms", "мсек": "ms", "µs": "us", "us": "us", "мкс": "us",
    "sec": "s", "s": "s", "с": "s", "min": "min", "k": "k", "к": "k", "m": "m", "млн": "m", "%": "%",
}  # fmt: skip
_CMP = {"<": "<", "≤": "<", "до": "<", "under": "<", "below": "<", "less than": "<", "меньше": "<",
        "менее": "<", ">": ">", "≥": ">", "более": ">", "больше": ">", "over": ">", "above": ">"}  # fmt: skip


def _unit(u: str | None) -> str | None:
    if not u:
        return None
    u = u.lower()
    if u in _UNITS:
        return _UNITS[u]
    if u.startswith(("миллисекунд", "millisecond")):
        return "ms"
    if u.startswith("microsecond"):
        return "us"
    if u.startswith(("сек", "second")):
        return "s"
    if u.startswith("мин"):
        return "min"
    return None


def _detect_subjects(toks: list[_Tok], index: _Index) -> list[_Tok]:
    out: list[_Tok] = []
    i = 0
    while i < len(toks):
        hit = None
        for keys, sid in index.starting_with(toks[i].key):
            n = len(keys)
            if i + n <= len(toks) and all(_name_key_match(toks[i + k].key, keys[k]) for k in range(1, n)):
                hit = (n, sid)
                break
        if hit is None:
            out.append(toks[i])
            i += 1
            continue
        n, sid = hit
        first, last = toks[i], toks[i + n - 1]
        out.append(
            _Tok(
                raw="",  # set from the original text by the caller
                start=first.start,
                end=last.end,
                low=" ".join(t.low for t in toks[i : i + n]),
                key=f"§s{sid}",
                kind="subj",
                chunk=first.chunk,
                major=first.major,
                sid=sid,
            )
        )
        i += n
    return out


@lru_cache(maxsize=4096)
def _analyze(text: str, index: _Index) -> _Text:
    folded = _fold(text)
    if len(folded) != len(text):  # a character that changes length when folded: keep offsets
        folded = "".join(_fold(c)[:1] or " " for c in text)
    toks: list[_Tok] = []
    chunk = major = 0
    prev_end = 0
    for m in _WORD.finditer(folded):
        gap = folded[prev_end : m.start()]
        if toks and _FINE_SEP.search(gap):
            chunk += 1
        if toks and _MAJOR_SEP.search(gap):
            major += 1
        low = m.group()
        toks.append(
            _Tok(text[m.start() : m.end()], m.start(), m.end(), low, _word_key(low), "word", chunk, major,
                 parts=_part_keys(low), ukey=_word_key(low, False))
        )  # fmt: skip
        prev_end = m.end()
    toks = _detect_subjects(toks, index)
    for t in toks:
        if t.kind == "subj":
            t.raw = text[t.start : t.end]

    # classify: stop words, polarity words, negators ("пока не" = until, not a negation)
    pols: dict[str, str] = {}
    pol = None
    for i, t in enumerate(toks):
        if t.kind == "subj":
            continue
        low = t.low
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        standalone = nxt is None or nxt.chunk != t.chunk or i == 0
        if low in _YES:
            t.kind, t.key = "pol", "§yes"
        elif low in _NO and standalone:
            t.kind, t.key = "pol", "§no"
        elif low in _NO or low in _NEGATORS or low.endswith(("n't", "n’t")):
            prev = toks[i - 1] if i else None
            if low == "не" and prev is not None and prev.low == "пока":
                prev.kind, prev.key, prev.ukey = "word", "until", "until"
                t.kind = "stop"
            else:
                t.kind = "neg"
        elif low in _STOP:
            t.kind = "stop"
        elif low == "до":  # "до ack" = "пока не ack"
            t.key = t.ukey = "until"
        if t.kind == "pol":
            polarity = "yes" if t.key == "§yes" else "no"
            pols.setdefault(polarity, t.raw)
            if pol is None and not any(x.kind in ("word", "subj") for x in toks[:i]):
                pol = polarity
    # a negator flips the next content word of its part
    has_neg = False
    for i, t in enumerate(toks):
        if t.kind != "neg":
            continue
        has_neg = True
        for u in toks[i + 1 :]:
            if u.chunk != t.chunk:
                break
            if u.kind in ("word", "subj"):
                u.neg, u.neg_start = True, t.start
                break
    if "no" in pols:
        has_neg = True
    nums = []
    for m in _NUM.finditer(folded) if any(c.isdigit() for c in folded) else ():
        cmp = m.group("cmp")
        nums.append(
            _Num(text[m.start() : m.end()].strip(), m.group("num").replace(",", "."), _unit(m.group("unit")),
                 _CMP.get(cmp.lower()) if cmp else None)
        )  # fmt: skip
    sids: list[int] = []
    for t in toks:
        if t.kind == "subj" and t.sid not in sids:
            sids.append(t.sid)  # type: ignore[arg-type]
    return _Text(text, toks, nums, pol, pols, has_neg, sids)


def _merge(toks: list[_Tok], vocab: frozenset[str]) -> list[_Tok]:
    """Join words typed apart ("at least once", "pub sub") that the other side has as one."""
    if not vocab:
        return toks
    by_first: dict[str, list[str]] = {}
    for v in vocab:
        by_first.setdefault(v[0], []).append(v)
    out: list[_Tok] = []
    i, count = 0, len(toks)
    while i < count:
        merged = None
        t0 = toks[i]
        if t0.kind in _MERGEABLE:
            for n in (3, 2):
                if i + n > count:
                    continue
                run = toks[i : i + n]
                if any(t.kind not in _MERGEABLE or t.chunk != t0.chunk for t in run):
                    continue
                # cheap look before the real key: the joined keys must start like a vocab word
                approx = "".join(t.ukey for t in run)
                near = [v for v in by_first.get(approx[:1], ()) if abs(len(v) - len(approx)) <= 4]
                if not near:
                    continue
                low = "-".join(t.low for t in run)
                key = _word_key(low)
                if key and any(_joins_to(key, v, run) for v in near):
                    merged = _Tok(
                        " ".join(t.raw for t in run), t0.start, run[-1].end, low, key, "word", t0.chunk,
                        t0.major, t0.neg, t0.neg_start, parts=tuple(t.key for t in run),
                        ukey=_word_key(low, False),
                    )  # fmt: skip
                    i += n
                    break
        if merged is None:
            out.append(t0)
            i += 1
        else:
            out.append(merged)
    return out


_MERGEABLE = frozenset({"word", "stop"})


def _joins_to(key: str, target: str, run: list[_Tok]) -> bool:
    """Is the joined key the other side's word (up to a typo), which no single word matches?"""
    if abs(len(key) - len(target)) > 2:
        return False
    if key != target:
        allowed = _edits_allowed(min(len(key), len(target)))
        if any(c.isdigit() for c in key) or OSA.distance(key, target, score_cutoff=allowed) > allowed:
            return False
    return not any(_keys_match(t.key, target) for t in run)


def _vocab(toks: list[_Tok]) -> frozenset[str]:
    """Keys the other side may have typed apart: long one-word keys, and digit+unit keys."""
    return frozenset(
        t.key for t in toks if t.kind == "word" and (len(t.key) >= 5 or any(c.isdigit() for c in t.key))
    )


def _concepts(toks: list[_Tok]) -> dict[str, list[tuple[str, _Tok]]]:
    """group -> [(value, token)] for every non-negated concept word, in text order.

    Compound values are also found typed apart ("at most once", "log based")."""
    found: dict[str, list[tuple[str, _Tok]]] = {}
    covered: set[int] = set()
    for i, t in enumerate(toks):
        if t.kind not in ("word", "stop") or t.neg or i in covered or t.ukey[:2] not in _COMPOUND_HEADS:
            continue
        for n in (3, 2):
            run = toks[i : i + n]
            if len(run) < n or any(u.kind not in _MERGEABLE or u.neg or u.chunk != t.chunk for u in run):
                continue
            low = "-".join(u.low for u in run)
            key = _word_key(low)
            hit = _concept_hits(key, True)
            if hit:
                joined = _Tok(" ".join(u.raw for u in run), run[0].start, run[-1].end, low, key, "word",
                              t.chunk, t.major)  # fmt: skip
                for group, value in hit:
                    found.setdefault(group, []).append((value, joined))
                covered.update(range(i, i + n))
                break
    for i, t in enumerate(toks):
        if t.kind != "word" or t.neg or i in covered:
            continue
        seen: set[str] = set()
        for key in (t.key, *t.parts):
            for group, value in _concept_hits(key):
                if group not in seen:
                    seen.add(group)
                    found.setdefault(group, []).append((value, t))
    for group in found:  # text order
        found[group].sort(key=lambda vt: vt[1].start)
    return found


# --------------------------------------------------------------------------------------
# Grading one text against one expected text
# --------------------------------------------------------------------------------------


def _unique(items) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for item in items:
        item = item.strip(" ,;:/+()«»\"'.")
        if item and item not in seen:
            seen[item] = None
    return tuple(seen)


def _by_chunk(toks: list[_Tok], hits: list[bool]) -> list[tuple[list[_Tok], list[bool]]]:
    """Tokens and their hit flags grouped by the part of the text they are in."""
    out: dict[int, tuple[list[_Tok], list[bool]]] = {}
    for t, h in zip(toks, hits):
        group = out.setdefault(t.chunk, ([], []))
        group[0].append(t)
        group[1].append(h)
    return list(out.values())


def _guards(exp: _Text, ans: _Text, e_toks: list[_Tok], a_toks: list[_Tok], index: _Index, sid: int | None):
    """Reasons the answer is wrong however similar it looks: [(reason, wrong fragments)]."""
    hits: list[tuple[str, tuple[str, ...]]] = []

    # another subject, or every subject
    expected_sids = [*exp.sids, *([sid] if sid is not None else [])]
    if expected_sids:
        others = [s for s in ans.sids if s not in expected_sids]
        if others:
            raws = tuple(t.raw for t in ans.toks if t.kind == "subj" and t.sid in others)
            if len(index.display) >= 3 and len(set(ans.sids)) == len(index.display):
                hits.append(("lists every subject", raws))
            else:
                hits.append(("other subject: " + ", ".join(f"'{r}'" for r in _unique(raws)), raws))

    # polarity: да/нет, yes/no; "не X" against "X"
    opposite = {"yes": "no", "no": "yes"}
    if exp.pol and opposite[exp.pol] in ans.pols:
        word = ans.pols[opposite[exp.pol]]
        expected_word = next(t.raw for t in exp.toks if t.kind == "pol")
        hits.append((f"opposite polarity: '{word}' vs '{expected_word}'", (word,)))
    elif exp.pol == "yes" and not ans.pols and ans.has_neg:
        negs = tuple(t.raw for t in ans.toks if t.kind == "neg")
        expected_word = next(t.raw for t in exp.toks if t.kind == "pol")
        hits.append((f"opposite polarity: '{negs[0]}' vs '{expected_word}'", negs))
    elif exp.pol is None and not exp.has_neg and "no" in ans.pols and len(e_toks) > 0:
        hits.append((f"opposite polarity: '{ans.pols['no']}'", (ans.pols["no"],)))
    else:
        for a in a_toks:
            if a.kind not in ("word", "subj"):
                continue
            if a.neg and any(not e.neg and e.kind == "word" and a.matches(e) for e in e_toks):
                e = next(e for e in e_toks if not e.neg and e.kind == "word" and a.matches(e))
                frag = ans.text[a.neg_start : a.end]
                hits.append((f"opposite polarity: '{frag}' vs '{e.raw}'", (frag,)))
                break
        else:
            for e in e_toks:
                if not e.neg or e.kind != "word":
                    continue
                plain = [a for a in a_toks if not a.neg and a.matches(e)]
                negated = [a for a in a_toks if a.neg and a.matches(e)]
                if plain and not negated:
                    frag = exp.text[e.neg_start : e.end]
                    hits.append((f"opposite polarity: '{plain[0].raw}' vs '{frag}'", (plain[0].raw,)))
                    break

    # numbers: digits must match exactly, and the comparison (<, >) must agree
    if exp.nums and ans.nums:
        for n in ans.nums:
            same = [e for e in exp.nums if e.value == n.value and (e.unit == n.unit or not (e.unit and n.unit))]
            if not same:
                hits.append((f"wrong number: '{n.raw}' vs '{exp.nums[0].raw}'", (n.raw,)))
                break
            if n.cmp and all(e.cmp and e.cmp != n.cmp for e in same):
                hits.append((f"wrong comparison: '{n.raw}' vs '{same[0].raw}'", (n.raw,)))
                break

    # antonyms and lists of every option
    exp_c, ans_c = _concepts(e_toks), _concepts(a_toks)
    for group, key_term, values in _CONCEPTS:
        if group not in exp_c or group not in ans_c:
            continue
        exp_vals = [v for v, _ in exp_c[group]]
        ans_vals = [v for v, _ in ans_c[group]]
        extra = [(v, t) for v, t in ans_c[group] if v not in exp_vals]
        if extra:
            frags = _unique(t.raw for _, t in extra)
            if len(set(ans_vals)) == len(values) and len(set(exp_vals)) < len(values):
                listed = ", ".join(_unique(t.raw for _, t in ans_c[group]))
                hits.append((f"lists every option: {listed}", frags))
            else:
                expected_raw = _unique(t.raw for _, t in exp_c[group])
                hits.append((f"antonym: '{frags[0]}' vs '{expected_raw[0]}'", frags))
        elif key_term and ans_vals[0] != exp_vals[0]:
            frags = _unique(t.raw for _, t in ans_c[group])
            hits.append((f"key term: '{frags[0]}' vs '{exp_c[group][0][1].raw}'", frags))
    return hits


def _grade_single(
    expected: str, answer: str, index: _Index, *, use_core: bool, sid: int | None = None
) -> Grade:
    """Grade against one expected text (no clause alignment). sid: the subject the card is
    about, when the expected text does not name it (naming another one is then wrong)."""
    exp, ans = _analyze(expected, index), _analyze(answer, index)
    e_all = _merge(list(exp.toks), _vocab(ans.toks))
    a_all = _merge(list(ans.toks), _vocab(exp.toks))
    if sid is not None:
        # the question names the subject: saying it is neither required nor extra
        # ("шардинг, сложнее" for Redis's "Шардинг Redis, сложнее"; "Kafka: партиции")
        def other(t: _Tok) -> bool:
            return not (t.kind == "subj" and t.sid == sid)

        if any(t.kind in ("word", "pol", "subj") and other(t) for t in e_all):
            e_all = [t for t in e_all if other(t)]
            a_all = [t for t in a_all if other(t)]
        elif sid not in exp.sids:
            a_all = [t for t in a_all if other(t)]
    E = [t for t in e_all if t.kind in ("word", "pol", "subj")]
    A = [t for t in a_all if t.kind in ("word", "pol", "subj")]
    if exp.pol == "no" and "no" not in ans.pols and "yes" not in ans.pols and ans.has_neg:
        # "не поддерживает" answers "Нет (...)": the negation stands for the "нет"
        neg = next(t for t in ans.toks if t.kind == "neg")
        A.append(_Tok(neg.raw, neg.start, neg.end, neg.low, "§no", "pol", neg.chunk, neg.major))

    if not E:  # no words (an emoji, a dash): compare the texts themselves
        same = _plain(expected) == _plain(answer)
        return Grade(same, 1.0 if same else 0.0, () if same else (expected.strip(),), (), "")

    e_hit = [any(e.matches(a) for a in A) for e in E]
    a_hit = [any(a.matches(e) for e in E) for a in A]
    recall = sum(e_hit) / len(E)
    precision = sum(a_hit) / len(A) if A else 0.0
    prec_factor = min(1.0, precision / MIN_PRECISION) ** 2
    score = recall * prec_factor
    right = recall >= RIGHT_RECALL and precision >= MIN_PRECISION
    how = "full"

    if not right and use_core:
        core = [(e, h) for e, h in zip(E, e_hit) if e.major == 0]
        if exp.pol and E[0].kind == "pol" and len(E) > 1 and E[1].chunk != E[0].chunk:
            core = core[:1]  # "Нет / только DLX": the да/нет is the core
        if core and len(core) < len(E):
            core_recall = sum(h for _, h in core) / len(core)
            if core_recall >= CORE_RECALL and precision >= MIN_PRECISION:
                right, how = True, "core"
                score = max(score, CORE_CREDIT)
    if not right and A:
        ratio = fuzz.token_sort_ratio(" ".join(e.key for e in E), " ".join(a.key for a in A))
        if ratio >= STRING_RATIO:
            right, how = True, "string"
            score = max(score, ratio / 100)
    if right and how == "full":
        score = max(score, recall)

    # missing: expected parts mostly not covered
    missing = [exp.slice(toks) for toks, hits in _by_chunk(E, e_hit) if sum(hits) < len(hits) / 2]

    guards = _guards(exp, ans, e_all, a_all, index, sid)
    if guards:
        wrong = _unique(f for _, frags in guards for f in frags)
        reason = "; ".join(r for r, _ in guards)
        return Grade(False, round(min(score, GUARD_SCORE_CAP), 4), _unique(missing), wrong, reason)

    if right:
        reason = "right by the core; detail left out" if how == "core" else ""
        return Grade(True, round(min(score, 1.0), 4), _unique(missing), (), reason)
    wrong = [ans.slice(toks) for toks, hits in _by_chunk(A, a_hit) if not any(hits)]
    if precision < MIN_PRECISION and recall >= RIGHT_RECALL:
        reason = "too much: the answer adds parts the expected answer does not have"
    elif score >= PARTLY_MIN:
        reason = "incomplete"
    else:
        reason = "does not match the expected answer"
    return Grade(False, round(score, 4), _unique(missing), _unique(wrong), reason)


# --------------------------------------------------------------------------------------
# Multi-subject answers: clause by clause
# --------------------------------------------------------------------------------------


def _has_words(text: str) -> bool:
    return bool(_WORD.search(text))


def _segment(an: _Text) -> tuple[str, dict[int, list[str]], list[str]]:
    """Cut a text into (intro, subject id -> clauses, unlabelled chunks).

    Clauses are cut at lines and ';' first, then at subject mentions. A subject owns the text
    after its mention, or the text before it when the chunk ends with the mention
    ("для event sourcing — Kafka").
    """
    text = an.text
    intro: list[str] = []
    seg: dict[int, list[str]] = {}
    loose: list[str] = []
    last: int | None = None
    start = 0
    bounds = [m.start() for m in _CHUNK_SEP.finditer(text)] + [len(text)]
    for end in bounds:
        cs, ce = start, end
        start = end + 1
        ms = [t for t in an.toks if t.kind == "subj" and cs <= t.start < ce]
        if not ms:
            if _has_words(text[cs:ce]):
                loose.append(text[cs:ce])
                (intro if last is None else seg[last]).append(text[cs:ce])
            continue
        # mentions with only separators between them share a clause ("RabbitMQ, Redis — ...")
        groups = [[ms[0]]]
        for m in ms[1:]:
            if _has_words(text[groups[-1][-1].end : m.start]):
                groups.append([m])
            else:
                groups[-1].append(m)

        def add(group: list[_Tok], piece: str) -> None:
            for m in group:
                seg.setdefault(m.sid, []).append(piece)  # type: ignore[arg-type]

        before, after = text[cs : groups[0][0].start], text[groups[-1][-1].end : ce]
        lead = _LEAD_END.search(before)  # "Выбор зависит от ...: Kafka для ..."
        if lead:
            (intro if last is None else seg[last]).append(before[: lead.start()])
            cs, before = cs + lead.end(), before[lead.end() :]
        if _has_words(before) and not _has_words(after):  # "для event sourcing — Kafka"
            prev = cs
            for g in groups:
                add(g, text[prev : g[0].start])
                prev = g[-1].end
            last = groups[-1][-1].sid
            continue
        if _has_words(before):
            if len(groups) > 1 and _has_words(before):
                (intro if last is None else seg[last]).append(before)
                before = ""
        for k, g in enumerate(groups):
            stop = groups[k + 1][0].start if k + 1 < len(groups) else ce
            piece = text[g[-1].end : stop]
            if k == 0 and _has_words(before):
                piece = before + " " + piece
            add(g, piece)
        last = groups[-1][-1].sid
    return " ".join(intro), seg, loose


def _missing_part(expected: str, label: str) -> Grade:
    return Grade(False, 0.0, _unique([expected]), (), f"nothing said about {label}")


def _align(
    parts: Sequence[tuple[str, int | None, str]],
    intro_expected: str,
    answer: str,
    index: _Index,
) -> PartsGrade:
    """Grade each expected (label, subject id, text) against the answer's clause for it."""
    ans = _analyze(answer, index)
    intro_ans, seg, loose = _segment(ans)
    labelled = [p for p in parts if p[1] is not None]
    if not ans.sids and loose and len(loose) == len(parts) > 1:
        # no subject named at all: lines in the expected order
        seg = {i: [chunk] for i, chunk in enumerate(loose)}
        parts = [(label, i, text) for i, (label, _, text) in enumerate(parts)]
        labelled, intro_ans = list(parts), ""
    elif not ans.sids and len(labelled) == 1:
        seg = {labelled[0][1]: [answer]}  # type: ignore[dict-item]
        intro_ans = ""

    graded: list[tuple[str, Grade]] = []
    for label, sid, text in parts:
        if sid is None:
            continue
        said = ", ".join(s for s in seg.get(sid, []) if s.strip())
        if not _has_words(text):
            ok = sid in seg
            named = Grade(True, 1.0) if ok else Grade(False, 0.0, (label,), (), f"{label} not named")
            graded.append((label, named))
        elif not _has_words(said):
            graded.append((label, _missing_part(text, label)))
        else:
            graded.append((label, _grade_single(text, said, index, use_core=True)))

    intro_grade = None
    unlabelled = [text for _, sid, text in parts if sid is None and _has_words(text)]
    if intro_expected and _has_words(intro_expected):
        unlabelled.insert(0, intro_expected)
    if unlabelled:
        want = " ".join(unlabelled)
        if _has_words(intro_ans):
            intro_grade = _grade_single(want, intro_ans, index, use_core=True)
        else:
            intro_grade = _missing_part(want, "the intro")
    expected_sids = {sid for _, sid, _ in parts if sid is not None}
    extra = tuple(index.display[s] for s in ans.sids if s not in expected_sids) if ans.sids else ()

    scores = [g.score for _, g in graded] + ([intro_grade.score] if intro_grade else [])
    n = len(scores) + len(extra)
    score = sum(scores) / n if n else 0.0
    intro_ok = intro_grade is None or intro_grade.correct or intro_grade.score >= INTRO_MIN_SCORE
    correct = bool(graded) and all(g.correct for _, g in graded) and intro_ok and not extra
    return PartsGrade(tuple(graded), round(score, 4), correct, extra, intro_grade)


def _expected_parts(expected: str, index: _Index) -> tuple[list[tuple[str, int | None, str]], str]:
    exp = _analyze(expected, index)
    intro, seg, _ = _segment(exp)
    parts = [(index.display[sid], sid, ", ".join(seg.get(sid, []))) for sid in exp.sids]
    return parts, intro


def _grade_alt(expected: str, answer: str, index: _Index, *, use_core: bool, sid: int | None = None) -> Grade:
    exp = _analyze(expected, index)
    if len(exp.sids) >= 2:
        parts, intro = _expected_parts(expected, index)
        return _align(parts, intro, answer, index).as_grade()
    return _grade_single(expected, answer, index, use_core=use_core, sid=sid)


def _better(a: Grade, b: Grade) -> bool:
    return (a.correct, a.score) > (b.correct, b.score)


# --------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------


def grade(
    expected: str,
    answer: str,
    *,
    accept: Sequence[str] = (),
    aliases: Mapping[str, Sequence[str]] | None = None,
    subject: str | None = None,
) -> Grade:
    """Grade a typed answer against the expected text and other accepted answers.

    aliases: subject display name -> short names (merged with DEFAULT_ALIASES). Naming a short
    name of the expected subject is right; naming another subject is wrong.
    subject: the subject the question is about (a name, short name or deck key), when the
    expected text does not name it: an answer naming another subject is then wrong too.
    """
    if is_no_answer(answer):
        return Grade(False, 0.0, _unique([expected]), (), "no answer")
    index = _index(aliases)
    sid = index.lookup(subject) if subject else None
    main = _grade_alt(expected, answer, index, use_core=True, sid=sid)
    if main.correct and main.score >= 1.0:
        return main
    exp, ans = _analyze(expected, index), _analyze(answer, index)
    if exp.pol and {"yes": "no", "no": "yes"}[exp.pol] in ans.pols:
        return main  # "да" to a "Нет ..." question: no accepted alternative makes it right
    best = main
    for alt in accept:
        if alt and alt.strip():
            g = _grade_alt(alt, answer, index, use_core=False, sid=sid)
            if g.correct and _better(g, best):
                best = g
    return best


def grade_parts(
    parts: Sequence[tuple[str, str]],
    answer: str,
    *,
    aliases: Mapping[str, Sequence[str]] | None = None,
) -> PartsGrade:
    """Grade an answer part by part: each (label, expected) against the answer's clause.

    Labels are subjects (display names, short names or deck keys such as "kafka"); a label
    that names no subject takes the subject its expected text mentions, else it is the
    unlabelled lead-in ("criteria" of the interview phrase). The answer is cut by subject
    mentions, lines and ';'; without any subject mention, by lines in the parts' order.
    """
    index = _index(aliases)
    resolved: list[tuple[str, int | None, str]] = []
    for label, text in parts:
        sid = index.lookup(label)
        exp = _analyze(text, index)
        if sid is None and len(exp.sids) == 1:
            sid = exp.sids[0]
        if sid is not None and sid in exp.sids:  # the clause names its own subject: drop it
            intro, seg, _ = _segment(exp)
            text = ", ".join([intro, *seg.get(sid, [])]) if _has_words(intro) else ", ".join(seg.get(sid, []))
        resolved.append((label, sid, text))
    if is_no_answer(answer):
        graded = tuple((label, _missing_part(text, label)) for label, _, text in resolved)
        return PartsGrade(graded, 0.0, False)
    return _align(resolved, "", answer, index)


def _is_long(answer: str, index: _Index) -> bool:
    an = _analyze(answer, index)
    if len(an.sids) >= 2 or _CHUNK_SEP.search(answer.strip()):
        return True
    return len(an.content) >= LONG_ANSWER_WORDS


_PICK = re.compile(r"^\s*(?:[a-zа-я]|\d{1,2})(?:\s*[,;/+\s]\s*(?:[a-zа-я]|\d{1,2}))*\s*$", re.IGNORECASE)


def _parse_picks(card: Card, answer: str, index: _Index) -> set[int] | None:
    """Typed picks for a choice card: "1, 3", "a c", or the choices' own texts."""
    choices = card.choices or ()
    text = answer.strip()
    if _PICK.match(text):
        picked = set()
        for item in re.split(r"[\s,;/+]+", text):
            if item.isdigit():
                picked.add(int(item) - 1)
            else:
                letter = item.lower()
                picked.add(ord(letter) - (ord("a") if letter.isascii() else ord("а")))
        if all(0 <= i < len(choices) for i in picked):
            return picked
    picked = set()
    for piece in re.split(r"[,;\n]+|\s[/+]\s", text):
        if not piece.strip():
            continue
        for i, choice in enumerate(choices):
            if piece.strip() == choice.strip() or _grade_single(choice, piece, index, use_core=False).correct:
                picked.add(i)
                break
        else:
            return None
    return picked or None


def grade_card(card: Card, answer: str, *, aliases: Mapping[str, Sequence[str]] | None = None) -> Grade:
    """Grade a typed answer to a card: its back, its other accepted answers, part by part
    when the card has parts and the answer is long. Choice cards accept typed picks."""
    index = _index(aliases)
    if card.choices is not None and not is_no_answer(answer):
        picked = _parse_picks(card, answer, index)
        if picked is not None:
            return grade_choice(card, picked)
    whole = grade(card.back, answer, accept=card.answers, aliases=aliases, subject=card.subject)
    if card.parts and not is_no_answer(answer) and _is_long(answer, index):
        by_parts = grade_parts(card.parts, answer, aliases=aliases).as_grade()
        if _better(by_parts, whole):
            return by_parts
    return whole


def grade_choice(card: Card, picked: set[int]) -> Grade:
    """Multiple choice: right iff every correct option is picked and nothing outside the
    correct and optional ones; partial credit otherwise; picking every option is wrong
    unless every option is right."""
    choices = card.choices or ()
    picked = set(picked)
    bad = [i for i in picked if not 0 <= i < len(choices)]
    if bad:
        raise ValueError(f"no choice {bad[0] + 1} on this card")
    correct, allowed = set(card.correct), set(card.correct) | set(card.optional)
    missing = tuple(choices[i] for i in sorted(correct - picked))
    wrong = tuple(choices[i] for i in sorted(picked - allowed))
    if not picked:  # right only when no option is right ("which fit?" — none)
        return Grade(True, 1.0) if not correct else Grade(False, 0.0, missing, (), "nothing picked")
    if len(choices) > 1 and picked == set(range(len(choices))) and allowed != picked:
        return Grade(False, 0.0, (), wrong, "picked every option")
    if correct <= picked <= allowed:
        return Grade(True, 1.0, (), (), "")
    hit = len(picked & correct) / len(correct) if correct else 1.0
    n_wrong = len(choices) - len(allowed)
    penalty = len(picked - allowed) / n_wrong if n_wrong else 0.0
    score = max(0.0, hit * (1.0 - penalty))
    reasons = []
    if missing:
        reasons.append("missed: " + ", ".join(missing))
    if wrong:
        reasons.append("wrong pick: " + ", ".join(wrong))
    return Grade(False, round(score, 4), missing, wrong, "; ".join(reasons))
