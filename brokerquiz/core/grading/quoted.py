"""A "which one?" card quoting a cell ("Which one? Queries: 'By partition key, no joins'"): the
right subject named, then a claim the quoted cell says the other way, is wrong. Three ways:

- what the quote denies ("no joins", "DLQ at the broker: none") said plainly in one part of the
  answer, every denied word of it, and denied nowhere in the answer ("X, and it supports joins");
- what the quote says plainly denied by the answer ("X, but retention is not configurable");
- another value of an opposite group the quote names ("X, kept short-term" for "Long-term ...").

Identifier pieces ("num_ack_pending") and parentheses make no claim either way.
"""

from __future__ import annotations

from .analysis import Token, analyze
from .results import fragments
from .subjects import SubjectIndex
from .text import word_key


def _words(text: str, index: SubjectIndex) -> list[Token]:
    return [t for t in analyze(text, index).toks if t.kind == "word" and not t.paren and not t.ident and not t.aside]


def _meets(x: Token, d: Token, latin: str) -> bool:
    """The same word, or a word of a glossary phrase ("at the broker" meets "broker")."""
    return x.matches(d) or (x.term is not None and " " in x.low and any(word_key(w, True, latin) == d.key for w in x.low.split()))


def against_quote(quote: str, answer: str, index: SubjectIndex) -> tuple[str, ...]:
    """The answer's fragments saying the quoted cell the other way (none: ())."""
    q, a = _words(quote, index), _words(answer, index)
    if not q or not a:
        return ()
    plain_q = [t for t in q if not t.neg]
    for major in dict.fromkeys(t.major for t in q if t.neg):
        denied = [t for t in q if t.neg and t.major == major]
        if any(x.neg and x.matches(d) for x in a for d in denied):
            continue  # the answer denies it too, somewhere
        for part in dict.fromkeys(x.major for x in a):
            said = [x for x in a if x.major == part and not x.neg and any(_meets(x, d, index.latin) for d in denied)]
            if all(any(_meets(x, d, index.latin) for x in said) for d in denied):
                return fragments(x.raw for x in said)
    flipped = [x for x in a if x.neg and any(x.matches(e) for e in plain_q)
               and not any(e.neg and x.matches(e) for e in q) and not any(y.matches(x) for y in a if not y.neg)]
    if flipped:
        return fragments(x.raw for x in flipped)
    values = {(t.group, t.value) for t in plain_q if t.group is not None}
    groups = {g for g, _ in values}
    other = [x for x in a if not x.neg and x.group in groups and (x.group, x.value) not in values]
    return fragments(x.raw for x in other)
