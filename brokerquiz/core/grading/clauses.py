"""Where a negator's reach and a yes/no word's meaning end inside a part of a text (analysis.py).

A negator closing its part denies what the part names, but not past a word opening a clause of
its own (the lexicons' clause_openers and condition_words: "a reader reads old data that doesn't
have it" denies nothing of the reader, "share groups when order is not important" nothing of
them). In a language whose lexicon places its negator late (`negation_placement: late`: German
"unterstützt ZooKeeper nicht mehr", "gibt den Speicher nicht frei") a negator followed in its part
only by the clause's closing words (its `clause_final_words`, verb particles, and
`negator_degrees`) closes the part as well, those words with it; reaching back, it denies the verb
and its objects but not a phrase after a preposition ("nach dem Ack", "bei Share Groups": the
circumstance, as circumstances.py reads a closing no), unless the phrase takes every word of its
part ("auf der Platte nicht": not on the disk; "bei Rebalances Duplikate nicht", a noun
capitalised as a name is): then those are what it denies. A yes/no word typed as a setting's
value right after its name and "=" ("requeue=false", "requeue = false"; a colon after a dotted
name, "a.b: false") says the name's state: a no-word denies the name ("without requeue"), and
neither opens the text's yes/no nor negates the words after it.

A negator denying an infinitive reaches the infinitives joined to it by a conjunction (Russian
"it is forbidden to reuse the number and to change the type" denies the change too, as the model
answer's "never reuse and never change" does): the coordinated verbs share the negated modal. An
infinitive is a word ending as the lexicons' `infinitive_endings` say (a language without: no reach).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import _read, lexicon_files, lexicons
from .text import fold, lexicon_words

if TYPE_CHECKING:
    from .analysis import Token


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    return lexicon_words("clause_openers", "condition_words")  # "share groups when order is not important"


def clause_start(toks: list[Token], i: int) -> int:
    """Where the words a negator at toks[i] closing its part denies start: after the last clause
    opener of its part before it, else at the text's start (the part's other words are skipped by chunk);
    at the negator itself (nothing denied) when it closes its part as an auxiliary whose verb is left
    out ("classic queues cannot", "it does not": the doer of the question's verb, no thing denied)."""
    chunk = toks[i].chunk
    if _elided_verb(toks, i):
        return i
    return max((j + 1 for j in range(i) if toks[j].chunk == chunk and toks[j].low in _openers()), default=0)


def _elided_verb(toks: list[Token], i: int) -> bool:
    """Does the negator at toks[i] close its part as an auxiliary ("cannot", "does not", "kann nicht":
    the lexicons' elliptic_auxiliaries, or their elliptic_negators after one) with its verb left out?"""
    chunk, aux = toks[i].chunk, lexicon_words("elliptic_auxiliaries")
    if any(u.chunk == chunk and u.kind in ("word", "subj") for u in toks[i + 1 :]):
        return False
    before = [u for u in toks[:i] if u.chunk == chunk]
    plain = toks[i].low in lexicon_words("elliptic_negators")  # "not", not "none": "it has none" denies a thing
    return toks[i].low in aux or plain and bool(before) and before[-1].low in aux


@lru_cache(maxsize=1)
def _late() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(negators, closing words, prepositions) of the lexicons placing their negator late."""
    late = [lex for lex in map(_read, lexicon_files()) if lex.get("negation_placement") == "late"]

    def words(*fields: str) -> frozenset[str]:
        return frozenset(fold(str(w)) for lex in late for f in fields for w in lex.get(f) or ())

    return words("negators", "no_words"), words("clause_final_words", "negator_degrees"), words("prepositions")


def denied_next(toks: list[Token], i: int) -> Token | None:
    """The word the negator at toks[i] denies after it in its part, or None when it closes the part
    (nothing after it, or a late-placed negator with only its clause's closing words after it)."""
    t = toks[i]
    rest = [u for u in toks[i + 1 :] if u.chunk == t.chunk and u.kind in ("word", "subj")]
    negators, closing, _ = _late()
    if rest and t.low in negators and all(u.low in closing for u in rest):
        return None
    return rest[0] if rest else None


def reach_back(toks: list[Token], i: int) -> list[Token]:
    """The words a negator at toks[i] closing its part denies: from clause_start to it; a late-placed
    negator's without a preposition's phrase before it, with its clause's closing words after it."""
    negators, closing, preps = _late()
    words = toks[clause_start(toks, i) : i]
    if toks[i].low not in negators:
        return words
    words = [u for u in words if u.chunk == toks[i].chunk]
    joins = [j for j, u in enumerate(words) if u.low in lexicons().conjunctions]
    if joins and sum(u.kind in ("word", "subj") for u in words[: joins[-1]]) >= 2:
        words = words[joins[-1] + 1 :]  # "sind synchron und hinken nie hinterher": a clause of its own; not "Joins und Transaktionen"
    out, phrase = [], ""  # phrase: "" outside a preposition's phrase, "open" right after it, "name" in a capitalised name
    for u in words:
        if u.kind == "stop" and u.low in preps:
            phrase = "open"
            continue
        if u.kind == "stop" and phrase == "name" and u.low not in lexicons().articles:
            phrase = ""  # "bei Share Groups hält der Broker": a word between ends the name
        if u.kind in ("word", "subj") and phrase:
            named = u.raw[:1].isupper()  # "bei Share Groups": a name typed in capitals runs on; "nach dem Ack gibt": the verb ends it
            if phrase == "open" or named:
                phrase = "name" if named else ""
                continue
            phrase = ""
        out.append(u)
    tail = [u for u in toks[i + 1 :] if u.chunk == toks[i].chunk and u.kind in ("word", "subj") and u.low in closing]
    if not any(u.kind in ("word", "subj") for u in out):  # the phrase took every word ("auf der Platte nicht"): they are denied
        out = [u for u in words if u.kind in ("word", "subj")]
    return out + tail


def setting_value(text: str, toks: list[Token], i: int) -> bool:
    """Is toks[i] a yes/no word typed as a setting's value right after its name and "=" ("requeue=false")?
    Then it is marked so: the setting's state (settings.py), with the name denied for a no-word."""
    t, lex = toks[i], lexicons()
    if i == 0 or t.low not in lex.yes and t.low not in lex.no:
        return False
    name = toks[i - 1]  # "name=false", "name = false"; a colon after an identifier's piece ("a.b: false") too
    gap = text[name.end : t.start]
    if gap.strip(" ") not in ("=", ":") or gap.strip(" ") == ":" and not name.ident or name.kind not in ("word", "subj"):
        return False
    t.kind, t.key = "pol", "§no" if t.low in lex.no else "§yes"
    t.paren = True  # said by the name's own polarity: no word of its own to say again ("without requeue")
    if t.low in lex.no:
        name.neg, name.neg_start = True, name.start
    return True


#: A quotation's opening mark and the marks that may close it.
_QUOTES = {"\u00ab": "\u00bb", "\u201e": "\u201c\u201d", "\u201c": "\u201d", '"': '"', "\u2039": "\u203a"}


def _opening(text: str, pos: int) -> str:
    """The quotation mark at text[pos] when it opens a quotation (a straight quote: an even number
    of them before it), else ""."""
    mark = text[pos : pos + 1]
    if mark not in _QUOTES or mark in _QUOTES[mark] and text.count(mark, 0, pos) % 2:
        return ""
    return mark


def _quote_of(text: str, t: Token) -> tuple[int, int] | None:
    """(start, end) of a quotation opening right after t ("the pair «...»") or right before it
    (t its first word: "not as a "full table lock""), else None."""
    rest = text[t.end :]
    at = t.end + len(rest) - len(rest.lstrip(" "))
    opened = _opening(text, at)
    if opened:
        start = at + 1
    else:
        opened = _opening(text, t.start - 1) if t.start else ""
        if not opened:
            return None
        start = t.start
    ends = [e for e in (text.find(c, start) for c in _QUOTES[opened]) if e >= 0]
    return (start, min(ends)) if ends else None


def negate_quoted(text: str, toks: list[Token]) -> None:
    """A word a negator before it denies, followed right away by a quotation or opening one ("not
    the pair "processed and acknowledged"", "not as a "full table lock""), or a negator with only
    stop words before a quotation: the quotation says what is denied, so the negator denies all its words."""
    for i, t in enumerate(toks):
        if t.kind == "neg":
            tail = t
            for u in toks[i + 1 :]:  # the stop words right after it, up to a mark between two words
                if u.kind != "stop" or text[tail.end : u.start].strip():
                    break
                tail = u
            span, start = _quote_of(text, tail) if tail is t or tail.kind == "stop" else None, t.start
        elif t.neg and t.neg_start < t.start and t.kind in ("word", "subj"):
            span, start = _quote_of(text, t), t.neg_start
        else:
            continue
        for u in toks if span else ():
            if span[0] <= u.start and u.end <= span[1] and u.kind in ("word", "subj") and not u.neg:
                u.neg, u.neg_start = True, start


def reach_coordinated(toks: list[Token], has_neg: bool) -> bool:
    """Extend each negated infinitive's denial to the infinitives a conjunction joins to it in its part
    (up to a clause opener); returns has_neg unchanged, so the analysis reads it in one line."""
    endings = tuple(lexicon_words("infinitive_endings"))
    if not has_neg or not endings:
        return has_neg
    joins = lexicon_words("conjunctions", "disjunctions", "neither_words")
    for i, t in enumerate(toks):
        if not (t.neg and t.kind == "word" and t.neg_start < t.start and t.low.endswith(endings)):
            continue
        joined = False
        for u in toks[i + 1 :]:
            if u.chunk != t.chunk or u.low in _openers():
                break
            if u.kind == "stop":
                joined = joined or u.low in joins
            elif u.kind == "neg":
                break  # its own negator: its own denial
            elif joined and u.kind == "word" and u.low.endswith(endings):
                if not u.neg:
                    u.neg, u.neg_start = True, t.neg_start
                joined = False
    return has_neg
