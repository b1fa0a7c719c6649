"""Function words that look like content: a preposition spelled as a setting's state ("on") and a
list's closing filler ("and so on" and its translations in the lexicons). Both are read as stop words.

"on" is a value of a switch group (on / off: "idempotence on by default"), and a preposition too:
"strong on the primary", "a limit on unacknowledged messages", "readers on the new schema". A
switch value spelled as one of the lexicons' prepositions is the preposition when the next word
of its part is an article or a word of content (a phrase opening with a stop word, "by default",
is none), unless a lexicon's switch verb comes right before
it ("turn on idempotence"): then it says no state, and neither text must say it. Said alone, at
the end of its part or before a stop word ("on by default", "switched on, ..."), it stays the
state, so "off" against it is still a flip.

A lexicon's stop word that a glossary term spells as an acronym (German "es", "ES" for event
sourcing) is the stop word unless typed in capitals; a value of an opposite group ("on") stays
the value where the rules above keep it.

A spoken filler that also spells a value (Russian "in short", which is "shorter" too; the lexicons'
part_fillers:) is that value said of a word before it in its part ("lives shorter"), and a filler
where only stop words come before it in its part ("in short, ...", "well, in short, the index"),
the text saying words of content besides.

A filler closing a list ("majority and so on") says that more could be listed: no word of its
own, no claim for precision to count against the answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .glossary import Glossary
from .intensifiers import mark_intensifiers
from .lexicon import lexicons
from .text import fold, lexicon_words


@lru_cache(maxsize=1)
def _fillers() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The lexicons' list fillers as folded word sequences by their first word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for seq in sorted({tuple(w.split()) for w in lexicon_words("list_fillers")}, key=len, reverse=True):
        out.setdefault(seq[0], []).append(seq)
    return {k: tuple(v) for k, v in out.items()}


def _as_stop(t) -> None:
    t.kind, t.term, t.group, t.value = "stop", None, None, None


def _mark_fillers(toks: Sequence) -> None:
    """Each filler's words, typed whole in one part and closing it, as stop words."""
    fillers = _fillers()
    for i, t in enumerate(toks):
        for seq in fillers.get(fold(t.low), ()):
            run = toks[i : i + len(seq)]
            closes = i + len(seq) >= len(toks) or toks[i + len(seq)].chunk != t.chunk
            if closes and len(run) == len(seq) and all(fold(u.low) == w and u.chunk == t.chunk for u, w in zip(run, seq)):
                for u in run:
                    _as_stop(u)
                break


def _mark_prepositions(toks: Sequence, glossary: Glossary) -> None:
    """A switch value spelled as a preposition, before an article or a content word of its part and
    after no switch verb, as a stop word (module doc)."""
    preps, articles, verbs = lexicon_words("prepositions"), lexicon_words("articles"), lexicon_words("switch_verbs")
    stop = lexicons().stop
    for i, t in enumerate(toks[:-1]):
        group = glossary.groups.get(t.group or "")
        if t.kind != "word" or group is None or not group.switch or fold(t.low) not in preps:
            continue
        nxt, prev = toks[i + 1], toks[i - 1] if i else None
        if nxt.chunk != t.chunk or (prev is not None and prev.chunk == t.chunk and fold(prev.low) in verbs):
            continue
        if fold(nxt.low) in articles or (nxt.kind in ("word", "subj") and nxt.low.split()[0] not in stop):
            _as_stop(t)


def _mark_part_fillers(toks: Sequence) -> None:
    """A lexicon's part filler with only stop words before it in its part, the text saying words of
    content besides: a stop word, no value (module doc)."""
    fillers, stop = lexicon_words("part_fillers"), lexicons().stop
    for i, t in enumerate(toks):
        if t.kind != "word" or fold(t.low) not in fillers:
            continue
        before = [u for u in toks[:i] if u.chunk == t.chunk]
        if all(u.low in stop or u.kind == "stop" for u in before) and any(u.kind in ("word", "subj") and u.low not in stop for u in toks if u is not t):
            _as_stop(t)


def _mark_acronym_homographs(toks: Sequence) -> None:
    """A short stop word typed in lower case that spells a glossary term of no opposite group ("es",
    not "ES": a short spelling, matched only as typed): a stop word."""
    stop = lexicons().stop
    for t in toks:
        if t.kind == "word" and t.term is not None and t.group is None and t.low in stop and len(t.low) <= 3 and not t.raw.isupper():
            _as_stop(t)


def mark_function_words(toks: Sequence, glossary: Glossary) -> None:
    """Intensifiers (intensifiers.py), list fillers, prepositions spelled as a switch's state and a
    stop word spelling an acronym: stop words."""
    mark_intensifiers(toks)
    _mark_acronym_homographs(toks)
    _mark_part_fillers(toks)
    _mark_fillers(toks)
    _mark_prepositions(toks, glossary)
