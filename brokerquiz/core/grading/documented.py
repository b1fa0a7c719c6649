"""A setting's documented default said otherwise: "MaxAckPending, which defaults to 100" where its
vendor's documentation gives 1000 (data/defaults.yaml: each setting's spellings, its default and
the page that says so; a figure, or one of the setting's named values).

A sentence of the answer that names such a setting and says a default word (the lexicons'
default_words: "by default", "defaults", "standardmäßig") between the name and the first figure
(or named value) after it, in the few words before the name, or right after the figure, gives the
setting that figure (before any other documented setting's name) as its default. Another amount is
wrong: times are compared in seconds ("5 minutes" is 300000 ms), other figures by value when both
have the same unit or none (a figure of another unit says nothing), named values by name; a
version ("since 4.0") is no setting's figure. A model answer that gives the setting a default itself
is left to the checks of its own figures (extranumbers; one it only recommends, "set
min.insync.replicas=2", is no default), and a sentence with no default word sets a value of one's
own ("set max.poll.interval.ms to 10 min").
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, NamedTuple

import yaml

from .analysis import analyze
from .lexicon import lexicons
from .numbers import SECONDS, Number, numbers_in, same_time, seconds
from .sentencecuts import sentence_texts
from .subjects import SubjectIndex
from .text import fold, lexicon_words

if TYPE_CHECKING:
    from ..model import DeckDefault


class Documented(NamedTuple):
    """One setting's documented default: a figure, or one of its named values."""

    name: str  # its first spelling, as the verdict names it
    pattern: re.Pattern[str]  # any of its spellings, whole
    default: Number | None  # a figure's default (None: named values, or no default at all)
    shown: str  # the default as the data gives it
    source: str
    values: tuple[tuple[str, re.Pattern[str]], ...] = ()  # a named value's spellings: (value, any of them, whole)
    since: str = ""  # the release from which a default that changed holds
    subject: str = ""  # the subject (a name the deck knows it by) whose default it is; "" for every subject
    values_name_it: bool = False  # a named value said with a default word names the setting by itself


def _whole(spellings: list[str]) -> re.Pattern[str]:
    """Any of the spellings as a whole name, in any case; a space or "_" between words is either."""
    spelled = "|".join(re.sub(r"(\\ |_)", r"[\\s_]+", re.escape(s)) for s in sorted(spellings, key=len, reverse=True))
    return re.compile(rf"(?<![\w.-])(?:{spelled})(?![\w-]|\.\w)", re.IGNORECASE)


#: How the verdict shows the default of a setting that has none (`no_default: true`: unbounded, unset).
NO_DEFAULT = "—"


def documented(entry: Mapping) -> Documented:
    """One entry of the data (or a deck's `defaults:`, as a mapping of the same fields) as a Documented."""
    spellings, default = [str(s) for s in entry["setting"]], str(entry.get("default", ""))
    named = [[str(w) for w in v] if isinstance(v, (list, tuple)) else [str(v)] for v in entry.get("values") or ()]
    values = tuple((v[0], _whole(v)) for v in named)  # each value by its first spelling
    figure = None if values or entry.get("no_default") else numbers_in(default, fold(default))[0]
    shown = NO_DEFAULT if entry.get("no_default") else next((v[0] for v in named if v[0].casefold() == default.casefold()), default)
    return Documented(spellings[0], _whole(spellings), figure, shown, str(entry["source"]), values, str(entry.get("since") or ""),
                      str(entry.get("subject") or ""), bool(entry.get("values_name_it")))  # fmt: skip


@lru_cache(maxsize=1)
def documented_defaults() -> tuple[Documented, ...]:
    """The shipped documented defaults (data/defaults.yaml), read once."""
    text = resources.files(__package__).joinpath("data", "defaults.yaml").read_text(encoding="utf-8")
    return tuple(documented(entry) for entry in yaml.safe_load(text) or ())


@lru_cache(maxsize=16)
def with_deck_defaults(deck: tuple[DeckDefault, ...] = ()) -> tuple[Documented, ...]:
    """The shipped defaults and a deck's (its `defaults:` entries), the deck's first."""
    return tuple(documented(entry._asdict()) for entry in deck) + documented_defaults()


def defaults_for(aliases: Mapping | None) -> tuple[Documented, ...]:
    """The documented defaults an answer on a deck is checked against: the shipped ones and the deck's
    (core.cards.subject_aliases carries its `defaults:`; a plain mapping of subjects has none)."""
    return with_deck_defaults(tuple(getattr(aliases, "defaults", None) or ()))


@lru_cache(maxsize=1)
def _default_word() -> re.Pattern[str]:
    """A lexicon's default word opening a word ("default" of "defaults", "standard" of "standardmäßig")."""
    words = sorted(lexicon_words("default_words"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:%s)" % "|".join(re.escape(w) for w in words))


def _same_amount(said: Number, default: Number) -> bool | None:
    """Is the figure the default's amount? None when the two cannot be compared (other units). A
    bare figure of a time setting is in the default's unit ("linger.ms is 0 by default": 0 ms)."""
    if said.unit is None and seconds(default.value, default.unit) is not None:
        said = Number(said.raw, said.value, default.unit, said.cmp)
    if seconds(said.value, said.unit) is not None and seconds(default.value, default.unit) is not None:
        return same_time(said, default)
    if said.unit != default.unit:
        return None
    try:
        return float(said.value) == float(default.value)
    except ValueError:
        return None


def _first_figure(text: str) -> tuple[int, Number] | None:
    """The figure said first in the text, with its place (numbers_in gives them by kind, not by
    place); a version ("since 4.0": after a lexicon's version marker) is no setting's figure."""
    found = [(text.find(n.raw), n) for n in numbers_in(text, fold(text)) if n.raw]
    markers = lexicon_words("version_markers")
    figures = [(at, n) for at, n in found if at >= 0 and fold((re.findall(r"\w+", text[:at]) or [""])[-1]) not in markers]
    return min(figures, key=lambda p: p[0], default=None)


def _first_value(doc: Documented, text: str) -> tuple[int, Number] | None:
    """The setting's named value said first in the text, with its place (as a Number of no unit)."""
    found = [(m.start(), Number(m.group(), value, None, None)) for value, pattern in doc.values for m in [pattern.search(text)] if m]
    return min(found, key=lambda p: p[0], default=None)


#: How many words before a setting's name (or after its figure) a default word may be ("the default X is 5", "5 by default").
BEFORE_NAME = 3


def _says_default(before: str, between: str, after: str) -> bool:
    """Is a default word said between the setting's name and its figure, in the few words before
    the name, or in the few right after the figure in its part ("10 minutes by default") or in a
    part of their own after it that says nothing else ("read_committed, the default")? Elsewhere
    in the sentence it is another setting's ("acks=all is the default since 3.0, set min.insync.replicas=2")."""
    lead = " ".join(re.findall(r"\w+", before)[-BEFORE_NAME:])
    own, *rest = re.split(r"[,;:()]", after, maxsplit=2)[:2]
    # "..., the default": a part of its own saying only the default word (stop words aside)
    appositive = bool(rest) and all(w in lexicons().stop for w in re.findall(r"\w+", _default_word().sub(" ", fold(rest[0]))))
    tail = " ".join(re.findall(r"\w+", own)[:BEFORE_NAME] + (re.findall(r"\w+", rest[0]) if appositive else []))
    return any(_default_word().search(fold(text)) for text in (between, lead, tail))


def _said_of(doc: Documented, text: str) -> tuple[int, Number] | None:
    """The first figure (or named value of the setting) the text says, with its place."""
    return _first_value(doc, text) if doc.values else _first_figure(text)


def _default_said(doc: Documented, text: str, others: tuple[Documented, ...] = (), holder: Holder | None = None) -> tuple[int, Number] | None:
    """The figure (or named value) a sentence of the text gives the setting as its default, or None;
    a subject's own default only where the claim is about that subject (`holder`)."""
    for sentence in sentence_texts(text):
        if not _default_word().search(fold(sentence)):
            continue
        for at, said in _defaults_in(doc, sentence, others):
            if not doc.subject or (holder is not None and holder(sentence, at, doc.subject)):
                return at, said
    return None


def _defaults_in(doc: Documented, sentence: str, others: tuple[Documented, ...]) -> Iterator[tuple[int, Number]]:
    """Each (place, figure or named value) the sentence gives the setting as its default: after its
    name, before it in its part ("serializable is the default isolation level"), or, for a setting
    its values name by themselves, a value with a default word around it ("repeatable read by default")."""
    named = doc.pattern.search(sentence)
    if named is not None:
        rest = sentence[named.end() :]
        cut = min((m.start() for d in others if d is not doc for m in [d.pattern.search(rest)] if m), default=len(rest))
        first = _said_of(doc, rest[:cut])
        if first is not None and _says_default(sentence[: named.start()], rest[: first[0]], rest[first[0] + len(first[1].raw) :]):
            yield named.end() + first[0], first[1]
        elif doc.values:
            yield from _value_before(doc, sentence, named.start())
    elif doc.values_name_it:
        for value, pattern in doc.values:
            for m in pattern.finditer(sentence):
                if _says_default(sentence[: m.start()], "", sentence[m.end() :]):
                    yield m.start(), Number(m.group(), value, None, None)


def _value_before(doc: Documented, sentence: str, name_at: int) -> Iterator[tuple[int, Number]]:
    """A named value said in the setting name's part before it, with a default word between the two."""
    part_at = max((m.end() for m in re.finditer(r"[,;:()]", sentence[:name_at])), default=0)
    found = [(m.start(), m.end(), value, m.group()) for value, pattern in doc.values for m in pattern.finditer(sentence, part_at, name_at)]
    for start, end, value, raw in sorted(found, reverse=True)[:1]:  # the value nearest the name
        if _default_word().search(fold(sentence[end:name_at])):
            yield start, Number(raw, value, None, None)


#: Is a default said at a place of a sentence about this subject? (sentence, place, a subject's name) -> bool.
Holder = Callable[[str, int, str], bool]


def claim_holder(index: SubjectIndex, subject: str | None) -> Holder:
    """Whether a claim at a place of a sentence is about a subject (by any of its names in the
    deck): the subject its part names (the nearest before the place, else the first after it),
    else the last one the sentence names before that part, else the card's subject (`subject`: a
    name, short name or deck key). A subject the deck does not have is never the one. Looked up
    only when asked: most answers give no subject's own default."""
    def about(sentence: str, at: int, name: str) -> bool:
        wanted = index.lookup(name)
        if wanted is None:
            return False
        start = max((m.end() for m in re.finditer(r"[,;:]", sentence[:at])), default=0)
        end = min((m.start() for m in re.finditer(r"[,;:]", sentence[at:])), default=len(sentence) - at) + at
        before = _named(sentence[start:at], index)
        named = before[-1:] or _named(sentence[at:end], index)[:1] or _named(sentence[:start], index)[-1:]
        sid = named[0] if named else index.lookup(subject) if subject else None
        return sid == wanted
    return about


def _named(text: str, index: SubjectIndex) -> list[int]:
    """The subjects a piece of text names, in order."""
    return list(analyze(text, index).sids) if text.strip() else []


def _contradicts(doc: Documented, said: Number) -> bool:
    """Is the figure (or named value) another than the documented default?"""
    if doc.values:
        return said.value != doc.shown
    return doc.default is None or _same_amount(said, doc.default) is False  # none: any figure is another


def other_default(expected: str, answer: str, settings: tuple[Documented, ...] | None = None,
                  holder: Holder | None = None) -> tuple[Documented, str] | None:  # fmt: skip
    """(the documented default, the answer's figure as typed) of a setting the answer gives another
    default (see the module's doc); None when it gives none. settings: the shipped ones by default
    (with_deck_defaults: a deck's too); holder: who a claim is about (claim_holder), for a
    subject's own default."""
    if not _default_word().search(fold(answer)):
        return None  # most answers say no default at all
    settings = documented_defaults() if settings is None else settings
    for doc in settings:
        said = _default_said(doc, answer, settings, holder)
        # a default the model answer gives the setting itself is its own to judge (extranumbers);
        # a value it only recommends ("set min.insync.replicas=2") is no default
        if said is not None and _default_said(doc, expected, settings, holder) is None and _contradicts(doc, said[1]):
            return doc, said[1].raw
    return None


#: The reason's words before the documented default it names (translated by these words).
REASON = "another default than documented"


#: The units a documented time is also shown in, largest first ("300000 ms" is "5 min" too).
READABLE_UNITS = ("d", "h", "min", "s")


def _readable(doc: Documented) -> str:
    """The default as the data gives it, a time also in the largest unit it is a whole number of
    ("300000 ms (5 min)"): the figures are unit abbreviations, no words to translate."""
    if doc.default is None:
        return doc.shown
    secs = seconds(doc.default.value, doc.default.unit)
    if secs is None:
        return doc.shown
    for unit in READABLE_UNITS:
        amount = secs / SECONDS[unit]
        if amount >= 1 and abs(amount - round(amount)) < 1e-9:
            return doc.shown if unit == doc.default.unit else f"{doc.shown} ({round(amount)} {unit})"
    return doc.shown


def documented_default_hits(expected: str, answer: str, settings: tuple[Documented, ...] | None = None,
                            holder: Holder | None = None) -> tuple[str, tuple[str, ...]] | None:  # fmt: skip
    """(the reason, naming the documented default and its page; the answer's figure) or None."""
    found = other_default(expected, answer, settings, holder)
    if found is None:
        return None
    doc, figure = found
    since = f", {doc.since}" if doc.since else ""
    held = f"{doc.subject} " if doc.subject else ""  # a subject's own default: "PostgreSQL isolation level = ..."
    figure = figure.rstrip(",;.:")  # a figure read with its unit word may keep the comma after it ("30 Sekunden,")
    return f"{REASON}: {held}{doc.name} = {_readable(doc)}{since} ({doc.source})", (figure,)  # no words to translate after the head
