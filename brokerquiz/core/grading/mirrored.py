"""One thing's claim said in its mirror's order: two sentences of the model answer, each about a
thing of its own (its first word: "BACKWARD: ...", "FORWARD: ..."), say the same relation between
two words in opposite directions ("the new schema reads data written with the old one" / "the old
schema reads data written with the new one"). Here the order is the claim: an answer sentence
about one of the things that says the relation in the other's direction ("BACKWARD means the old
schema reads data written with the new one") gives it the other's claim, a flip in any language.

The relation is the run of content words between the two words (schema, reads, data, written),
the same in both sentences and said whole, in order, between them in the answer (a word or
two more allowed: "data written with the new one" for "data of the new one"); a passive or other
wording ("data written with the old schema is read by the new one") is no such run and is left
to the other rules.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .analysis import Token, analyze
from .results import fragments
from .subjects import SubjectIndex

_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")


def _sentences(text: str, index: SubjectIndex) -> list[list[Token]]:
    """Each sentence's content words (parentheses left out)."""
    cuts = [m.end() for m in _SENTENCE_END.finditer(text)]
    out: dict[int, list[Token]] = {}
    for t in analyze(text, index).toks:
        if t.kind in ("word", "subj") and not t.paren:
            out.setdefault(sum(c <= t.start for c in cuts), []).append(t)
    return [s for s in out.values() if s]


def _same(a: list[Token], b: list[Token]) -> bool:
    return len(a) == len(b) and all(x.matches(y) for x, y in zip(a, b))


def _mirror(x: list[Token], y: list[Token]) -> tuple[Token, list[Token], Token] | None:
    """(A, relation, B) when x says "A relation B" and y "B relation A" (after their first words)."""
    for i in range(1, len(x)):
        for j in range(i + 2, len(x)):
            a, b, rel = x[i], x[j], x[i + 1 : j]
            if a.matches(b):
                continue
            for p in range(1, len(y) - len(rel) - 1):
                q = p + len(rel) + 1
                if q < len(y) and y[p].matches(b) and y[q].matches(a) and _same(y[p + 1 : q], rel):
                    return a, rel, b
    return None


#: The most words an answer may say between the two beside the relation's ("data written with the new one").
EXTRA_MAX = 2


def _in_order(words: list[Token], rel: list[Token]) -> bool:
    """Does words say every word of the relation, in its order (other words between)?"""
    k = 0
    for w in words:
        if k < len(rel) and w.matches(rel[k]):
            k += 1
    return k == len(rel)


def _says(words: list[Token], first: Token, rel: list[Token], last: Token) -> list[Token]:
    """The answer's words saying "first relation last" (a few other words between allowed), or []."""
    for k, w in enumerate(words):
        if not w.matches(first):
            continue
        for n in range(k + len(rel) + 1, min(len(words), k + len(rel) + EXTRA_MAX + 2)):
            if words[n].matches(last) and _in_order(words[k + 1 : n], rel):
                return words[k : n + 1]
    return []


@lru_cache(maxsize=4096)  # deck text only
def _mirrors(expected: str, index: SubjectIndex) -> tuple[tuple[Token, Token, tuple[Token, list[Token], Token]], ...]:
    """(one sentence's thing, the other's, (A, relation, B)) of each mirror pair of the model answer."""
    said = _sentences(expected, index)
    if len(said) < 2:
        return ()
    mirrors = []
    for n, x in enumerate(said):
        for m, y in enumerate(said):
            if n != m and not any(x[0].matches(t) for t in y) and not any(y[0].matches(t) for t in x):
                found = _mirror(x, y)
                if found:
                    mirrors.append((x[0], y[0], found))
    return tuple(mirrors)


def mirrored_claim(expected: str, answer: str, index: SubjectIndex) -> tuple[str, ...]:
    """The answer's words saying one thing's relation in the direction the model answer gives
    another thing (see the module's doc); () otherwise."""
    mirrors = _mirrors(expected, index)
    if not mirrors:
        return ()
    for words in _sentences(answer, index):
        for head, other, (a, rel, b) in mirrors:
            if not any(w.matches(head) for w in words) or any(w.matches(other) for w in words):
                continue
            run = _says(words, b, rel, a)
            if run and not _says(words, a, rel, b):
                return fragments(w.raw for w in run)
    return ()
