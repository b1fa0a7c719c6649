"""Text analysis: a text as tokens (words, stop words, negators, да/нет, subject mentions),
numbers with their units and comparisons, its polarity and the subjects it names.

Each token knows the part of the text it is in: `chunk` counts every separator (commas,
slashes, plus signs...), `major` only those that end the *core* (commas, parentheses, dashes,
sentence ends): the first major part of an expected answer is its core.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .concepts import token_concepts
from .subjects import SubjectIndex, name_key_match
from .text import WORD, fold, keys_match, part_keys, word_key

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
_MAJOR_SEP = re.compile(r"[,;()\[\]\n:.!?]|\s[-–—]\s|[–—]")  # ends the core
_FINE_SEP = re.compile(r"[,;()\[\]\n:.!?/+|&→=<>«»\"“”]|\s[-–—]\s|[–—]")  # separates parts
#: Token kinds that two words typed apart may be ("at least once": "at" is a stop word).
MERGEABLE = frozenset({"word", "stop"})
#: Token kinds that carry content (the words graded).
CONTENT = ("word", "pol", "subj")

@dataclass
class Token:
    """One word of a text (or a subject's whole name), with its comparison keys."""

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

    def matches(self, other: Token) -> bool:
        """The same word: same key up to a typo or ending, or the same concept value."""
        if keys_match(self.key, other.key):
            return True
        if self.ukey and other.ukey and keys_match(self.ukey, other.ukey):
            return True
        # the same concept value in either language: "высокая"/"high", "дисковое"/"disk-backed"
        mine = token_concepts(self.key, self.parts)
        return bool(mine) and bool(mine & token_concepts(other.key, other.parts))


@dataclass
class Number:
    """A number in a text: "< 10 ms" is value "10", unit "ms", comparison "<"."""

    raw: str
    value: str
    unit: str | None
    cmp: str | None


@dataclass
class AnalyzedText:
    """A text as the grader sees it (cached per text and subject index: never mutate)."""

    text: str
    toks: list[Token]
    nums: list[Number]
    pol: str | None  # "yes"/"no" when the text opens with one
    pols: dict[str, str]  # polarity -> raw word, every standalone да/нет in the text
    has_neg: bool
    sids: list[int]  # subjects in order of first mention

    @property
    def content(self) -> list[Token]:
        """The tokens that carry content: words, да/нет, subject mentions."""
        return [t for t in self.toks if t.kind in CONTENT]

    def slice(self, toks: Sequence[Token]) -> str:
        """The original text from the first to the last of these tokens."""
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
    """The unit typed, in one spelling ("мсек", "milliseconds" -> "ms")."""
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


def _detect_subjects(text: str, toks: list[Token], index: SubjectIndex) -> list[Token]:
    """Replace each run of words naming a subject by one "subj" token."""
    out: list[Token] = []
    i = 0
    while i < len(toks):
        hit = None
        for keys, sid in index.starting_with(toks[i].key):
            n = len(keys)
            if i + n <= len(toks) and all(name_key_match(toks[i + k].key, keys[k]) for k in range(1, n)):
                hit = (n, sid)
                break
        if hit is None:
            out.append(toks[i])
            i += 1
            continue
        n, sid = hit
        first, last = toks[i], toks[i + n - 1]
        out.append(
            Token(
                raw=text[first.start : last.end],
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


def _words(text: str, folded: str) -> list[Token]:
    """Every word of the text, numbered by the part (chunk) and core part (major) it is in."""
    toks: list[Token] = []
    chunk = major = 0
    prev_end = 0
    for m in WORD.finditer(folded):
        gap = folded[prev_end : m.start()]
        if toks and _FINE_SEP.search(gap):
            chunk += 1
        if toks and _MAJOR_SEP.search(gap):
            major += 1
        low = m.group()
        toks.append(
            Token(text[m.start() : m.end()], m.start(), m.end(), low, word_key(low), "word", chunk, major,
                 parts=part_keys(low), ukey=word_key(low, False))
        )  # fmt: skip
        prev_end = m.end()
    return toks


def _classify(toks: list[Token]) -> tuple[str | None, dict[str, str]]:
    """Mark stop words, да/нет and negators ("пока не" = until, not a negation); return the
    polarity the text opens with and every standalone polarity word (polarity -> raw word)."""
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
    return pol, pols


def _mark_negations(toks: list[Token]) -> bool:
    """A negator flips the next content word of its part; True when the text has a negator."""
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
    return has_neg


def _numbers(text: str, folded: str) -> list[Number]:
    """Every number with its unit and comparison ("< 10 ms", "до 5 секунд")."""
    if not any(c.isdigit() for c in folded):
        return []
    nums = []
    for m in _NUM.finditer(folded):
        cmp = m.group("cmp")
        nums.append(
            Number(text[m.start() : m.end()].strip(), m.group("num").replace(",", "."), _unit(m.group("unit")),
                   _CMP.get(cmp.lower()) if cmp else None)
        )  # fmt: skip
    return nums


@lru_cache(maxsize=4096)
def analyze(text: str, index: SubjectIndex) -> AnalyzedText:
    """The analysis of a text against the known subjects (cached: the expected side is
    analysed once per session)."""
    folded = fold(text)
    if len(folded) != len(text):  # a character that changes length when folded: keep offsets
        folded = "".join(fold(c)[:1] or " " for c in text)
    toks = _detect_subjects(text, _words(text, folded), index)
    pol, pols = _classify(toks)
    has_neg = _mark_negations(toks) or "no" in pols
    sids: list[int] = []
    for t in toks:
        if t.kind == "subj" and t.sid not in sids:
            sids.append(t.sid)  # type: ignore[arg-type]
    return AnalyzedText(text, toks, _numbers(text, folded), pol, pols, has_neg, sids)
