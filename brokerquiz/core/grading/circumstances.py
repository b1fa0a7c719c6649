"""A closing "no" after a circumstance: "to an external system no" says no about that case, it
does not deny the system.

A no-word closing a part denies what the part names ("transactions no" = no transactions). When
the part's word stands after a preposition that the model answer puts before the same word
("if the output goes to an external system, ..."), both texts name the same circumstance, and the
closing no answers the question for it: the word is neither denied nor contradicted. Which words
are prepositions is data: the lexicons' `prepositions`.

A negator inside a condition (a lexicon's condition word opening its part before it: "if no default
is given, the registry rejects it") states a circumstance, not a denial of what the model answer
says: when the condition names a word the model answer denies ("a field without a default"), it is
that very circumstance, no flip of the plain claim ("give the field a default"); and an elaboration's
condition denies nothing of its own (reasons.elaboration_free).
"""

from __future__ import annotations


from .analysis import CONTENT, Token
from .lexicon import lexicons
from .text import fold, lexicon_words


#: The most words of a preposition's phrase after it (an adjective and its noun: "to external systems").
PHRASE_WORDS = 2


def preposition_of(t: Token, toks: list[Token]) -> str:
    """The preposition the word stands after in its part, an adjective between ("to the external
    system": "to"), or "" (the data's words are folded as typed)."""
    at = next((i for i, u in enumerate(toks) if u is t), None)
    between = 0
    for u in reversed(toks[:at] if at is not None else ()):
        if u.chunk != t.chunk:
            return ""
        if u.kind == "stop" and u.low in lexicons().articles:
            continue
        if u.kind in ("word", "subj"):
            between += 1
            if between > PHRASE_WORDS - 1:
                return ""  # too far from it to be its phrase's noun ("to the external system retries no")
            continue
        return u.low if u.kind == "stop" and u.low in lexicon_words("prepositions") else ""
    return ""


def same_circumstance(a: Token, a_toks: list[Token], e: Token, e_toks: list[Token]) -> bool:
    """Is answer word `a`, denied by a no-word closing its part, the expected word `e` after the
    same preposition: one circumstance both texts name, not a thing the answer denies?"""
    if a.neg_start != a.start:  # denied by a negator before it, not by a closing no
        return False
    p = preposition_of(a, a_toks)
    return bool(p) and p == preposition_of(e, e_toks)


def place_of_denial(e: Token, e_toks: list[Token], a: Token, a_toks: list[Token]) -> bool:
    """Is expected word `e`, denied by a no-word closing its part ("DLQ at the broker: none"), said by
    the answer after a preposition as it stands after one ("at the broker no DLQ", "no DLQ in the broker")?
    The closing no denies the thing, not the place both texts name; the prepositions may differ
    (another language, another turn of phrase). A setting typed "=false" ("requeue=false") denies its
    name with no word closing the part: that is no closing no."""
    closing = any(t.chunk == e.chunk and t.start > e.end and t.kind in ("neg", "pol") and not t.paren for t in e_toks)
    if not (closing and e.neg_start == e.start and preposition_of(e, e_toks)):
        return False
    return bool(preposition_of(a, a_toks)) or _thing_besides(e, e_toks)


def _thing_besides(e: Token, e_toks: list[Token]) -> bool:
    """Does the part of `e` (a word after a preposition, denied by a no closing the part) name the
    thing denied apart from it: a word of its own after no preposition, beyond e's phrase ("if in the
    old data the field no": the field is missing, not the data)? Then e is only where it is missing."""
    return any(t.chunk == e.chunk and t is not e and t.kind in ("word", "subj") and not t.paren
               and t.neg_start == t.start and not preposition_of(t, e_toks) for t in e_toks)


def complement_starts(toks: list[Token]) -> frozenset[int]:
    """Where the words right after a preposition start: a circumstance or complement of its own
    ("subject mapping with partition", "in one transaction"), for match.grade_text's terse texts.
    An article between them is no word of its own: "in the same transaction" is one too."""
    preps, articles = lexicon_words("prepositions"), lexicon_words("articles")
    found = []
    for i, p in enumerate(toks):
        if p.kind != "stop" or fold(p.low) not in preps:
            continue
        j = i + 1
        while j < len(toks) and toks[j].kind == "stop" and fold(toks[j].low) in articles:
            j += 1
        if j < len(toks) and toks[j].kind in CONTENT:
            found.append(toks[j].start)
    return frozenset(found)


def _condition_opener(t: Token, toks: list[Token]) -> Token | None:
    """The condition word opening the part of `t` before it (lexicons' condition_words, their first word), or None."""
    firsts = {fold(m.split()[0]) for m in lexicon_words("condition_words")}
    start = t.neg_start if t.neg_start >= 0 else t.start
    return next((u for u in toks if u.major == t.major and u.start < start and fold(u.low) in firsts), None)


def denied_condition(a: Token, a_toks: list[Token], e_toks: list[Token]) -> bool:
    """Is denied answer word `a` inside a condition naming a word the expected text denies ("if no
    default is given" beside "a field without a default")? The model answer's circumstance, no flip."""
    opener = _condition_opener(a, a_toks)
    if opener is None:
        return False
    said = [u for u in a_toks if u.major == a.major and u.start > opener.start and u is not a and u.kind in ("word", "subj")]
    return any(u.matches(f) for u in said for f in e_toks if f.neg and f.kind in ("word", "subj"))


def in_condition(t: Token, toks: list[Token]) -> bool:
    """Does the token stand inside a condition the text opens ("if it cannot keep up")?"""
    return _condition_opener(t, toks) is not None
