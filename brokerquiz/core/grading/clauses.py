"""Where a negator's reach and a yes/no word's meaning end inside a part of a text (analysis.py).

A negator closing its part denies what the part names, but not past a word opening a clause of
its own (the lexicons' clause_openers and condition_words: "a reader reads old data that doesn't
have it" denies nothing of the reader, "share groups when order is not important" nothing of them). A yes/no word typed as a setting's value right after its name and "="
("requeue=false") says the name's state: a no-word denies the name ("without requeue"), and
neither opens the text's yes/no nor negates the words after it.

A negator denying an infinitive reaches the infinitives joined to it by a conjunction (Russian
"it is forbidden to reuse the number and to change the type" denies the change too, as the model
answer's "never reuse and never change" does): the coordinated verbs share the negated modal. An
infinitive is a word ending as the lexicons' `infinitive_endings` say (a language without: no reach).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import lexicons
from .text import lexicon_words

if TYPE_CHECKING:
    from .analysis import Token


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    return lexicon_words("clause_openers", "condition_words")  # "share groups when order is not important"


def clause_start(toks: list[Token], i: int) -> int:
    """Where the words a negator at toks[i] closing its part denies start: after the last clause
    opener of its part before it, else at the text's start (the part's other words are skipped by chunk)."""
    chunk = toks[i].chunk
    return max((j + 1 for j in range(i) if toks[j].chunk == chunk and toks[j].low in _openers()), default=0)


def setting_value(text: str, toks: list[Token], i: int) -> bool:
    """Is toks[i] a yes/no word typed as a setting's value right after its name and "=" ("requeue=false")?
    Then it is marked so: the setting's state (settings.py), with the name denied for a no-word."""
    t, lex = toks[i], lexicons()
    if i == 0 or t.low not in lex.yes and t.low not in lex.no or text[t.start - 1 : t.start] != "=":
        return False
    name = toks[i - 1]
    if name.end != t.start - 1 or name.kind not in ("word", "subj"):
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
