"""A term defined with its definition's polarity flipped: "lag — how many entries were handed out
but not acknowledged" for a model answer saying "lag — how many entries were not handed out yet,
pending — handed out, but not acknowledged".

A model answer that defines several terms ("TERM — definition", "TERM: definition") says each
definition once, and the words of one often come back in another with the other polarity
("not handed out" / "handed out"): over the whole text the answer's word agrees with one of them.
Each definition is judged on its own here: an answer that names a defined term and then says a
word of that term's definition with the opposite polarity (negated where it is plain, or plain
where it is negated), and nowhere in it with the same polarity, contradicts the definition.
What the answer says after such a term and a dash or colon is that term's definition
(defining_spans): no flat claim about the subject (ownterms.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .analysis import Token, analyze
from .subjects import SubjectIndex

#: What follows a term that a definition follows: a dash between spaces, or a colon.
_DEFINES = re.compile(r"\s*(?:\s[\u2014\u2013-]\s|[\u2014\u2013]|:\s)")
#: Where an answer's definition ends: a sentence end, a semicolon, a line.
_ENDS = re.compile(r"[.!?;\n](?:\s|$)")
#: The fewest content words a definition needs to be one ("XINFO GROUPS: lag — ..." defines no "GROUPS").
DEFINITION_MIN_WORDS = 1
#: The most words of its part before a defined term (a two-word term: "consumer lag — ..."): a word
#: said later in a clause ends no term ("or use an external scheduler: the broker has no delay" is a
#: reason after a colon, "Retention does not help — it only deletes" an explanation after a dash).
TERM_LEAD_MAX = 1


def _content(toks: list[Token]) -> list[Token]:
    return [t for t in toks if t.kind in ("word", "subj") and not t.paren]


def _term_at(words: list[Token], n: int) -> tuple[Token, ...]:
    """The term ending at words[n]: the word, or the identifier it ends ("num_ack_pending")."""
    start = n
    while start > 0 and words[start].ident and words[start - 1].ident and words[start - 1].end + 1 >= words[start].start:
        start -= 1
    return tuple(words[start : n + 1])


def _said_at(words: list[Token], term: tuple[Token, ...]) -> list[int]:
    """The places (of its last word) where the words say the term."""
    k = len(term)
    return [j + k - 1 for j in range(len(words) - k + 1) if all(w.matches(t) for w, t in zip(words[j : j + k], term))]


@lru_cache(maxsize=2048)
def _definitions(expected: str, index: SubjectIndex) -> tuple[tuple[tuple[Token, ...], tuple[Token, ...], bool], ...]:
    """(term, its definition's words, named only once) of each term the expected text defines."""
    words = _content(analyze(expected, index).toks)
    heads = [n for n, t in enumerate(words) if _DEFINES.match(expected, t.end)]
    out = []
    for k, n in enumerate(heads):
        term = _term_at(words, n)
        if sum(w.chunk == term[0].chunk for w in words[: n - len(term) + 1]) > TERM_LEAD_MAX:
            continue  # the term does not open its part: a clause's last word before a colon or a dash
        stop = heads[k + 1] - len(_term_at(words, heads[k + 1])) + 1 if k + 1 < len(heads) else len(words)
        end = _ENDS.search(expected, words[n].end)
        body = tuple(w for w in words[n + 1 : stop] if end is None or w.start < end.start())
        if len(body) >= DEFINITION_MIN_WORDS:
            out.append((term, body, len(_said_at(words, term)) == 1))
    # a list of two definitions or more; a term named again elsewhere is judged by none (it still ends a region)
    return tuple(out) if len(out) >= 2 else ()


def flipped_definition(expected: str, answer: str, question: str, index: SubjectIndex) -> tuple[str, ...]:
    """The answer's word saying a defined term's definition with the opposite polarity; () if none."""
    defined = _definitions(expected, index)
    if not defined:
        return ()
    words = _content(analyze(answer, index).toks)
    # a term named again elsewhere ends a region when it is an identifier ("num_ack_pending"), not a plain word
    places = sorted((j, k) for k, (term, _, once) in enumerate(defined) if once or all(t.ident for t in term)
                    for j in _said_at(words, term))
    for n, (j, k) in enumerate(places):
        stop = places[n + 1][0] - len(defined[places[n + 1][1]][0]) + 1 if n + 1 < len(places) else len(words)
        end = _ENDS.search(answer, words[j].end)
        region = [w for w in words[j + 1 : stop] if end is None or w.start < end.start()]
        term, body, once = defined[k]
        for a in region if once else ():
            same = [e for e in body if a.matches(e)]
            if same and all(e.neg != a.neg for e in same):
                return (a.raw,)
    return ()


def defining_spans(expected: str, answer: str, index: SubjectIndex) -> list[tuple[int, int]]:
    """Where the answer defines a term the expected text defines ("term — don't send it any more"
    for "..., Term — stop the redeliveries"): from the dash or colon after the term it names to its
    sentence's end, or to the next defined term it names."""
    defined = _definitions(expected, index)
    if not defined:
        return []
    words = _content(analyze(answer, index).toks)
    places = sorted(j for term, _, _ in defined for j in _said_at(words, term))
    spans = []
    for n, j in enumerate(places):
        opened = _DEFINES.match(answer, words[j].end)
        if opened is None:
            continue
        end = _ENDS.search(answer, opened.end())
        stop = min((end.start() if end else len(answer), *(words[k].start for k in places[n + 1:] if k > j)))
        spans.append((opened.end(), stop))
    return spans
