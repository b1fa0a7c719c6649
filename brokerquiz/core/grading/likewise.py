""""Y too": a clause with an additive word (the lexicons' additive_words: too, also, auch)
naming a thing the model answer speaks of in a sentence of its own, and claiming of it what
that sentence does not say: a word of another of its sentences, of a yes/no question, or a
withdrawn-marker ("yes, snapshots restore by version, and plain tables can restore too" where
the model answer says "plain tables overwrite on update"; "take the new engine, though it is
deprecated too"). The additive word carries what is said of one thing over to another one,
which the model answer says otherwise of.

The clause is the answer's part holding the additive word, with the parts a dash joins to it; one
naming nothing of the model answer ("though it is deprecated too") speaks of the part before it.
One naming only the thing ("..., classic queues too", "so do classic queues") says of it what the
answer said just before: wrong when that is what another sentence says of another thing."""

from __future__ import annotations

import re
from functools import lru_cache

from .analysis import Token, analyze
from .results import fragments
from .sentencecuts import sentence_numbers
from .subjects import SubjectIndex
from .text import fold, lexicon_words
from .withdrawn import _marked_withdrawn
from .yesno import asks_yes_or_no

#: The most words a clause naming only a thing ("classic queues too") has: more make a claim of their own.
ELLIPTIC_WORDS = 3
_FULL_STOP = re.compile(r"[.!?](?:\s|$)")
_DASH = re.compile(r"\s[-–—]\s|[–—]")


@lru_cache(maxsize=1)
def _additive() -> tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]], dict[str, tuple[tuple[str, ...], ...]]]:
    """The additive words of one word; those of several by their first word (as tuples of folded
    words); and by their first word, the phrases an additive word opens that say something else
    ("as well as": and; "auch wenn": even if; "too few": a degree)."""
    words = lexicon_words("additive_words")

    def by_first(phrases: list[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
        out: dict[str, list[tuple[str, ...]]] = {}
        for p in phrases:
            out.setdefault(p[0], []).append(p)
        return {k: tuple(v) for k, v in out.items()}

    except_ = [tuple(w.split()) for w in lexicon_words("additive_except")]
    return (frozenset(w for w in words if " " not in w), by_first([tuple(w.split()) for w in words if " " in w]),
            by_first(except_))


@lru_cache(maxsize=1)
def _no_claim() -> frozenset[str]:
    """Words that only join or assert: no claim of what a thing does."""
    return lexicon_words("additive_words", "connective_words", "predicates", "assertion_words")


def _additive_at(toks: list[Token]) -> list[tuple[int, int]]:
    """Where the additive words of the text are: (its last token's index, its first's)."""
    single, multi, except_ = _additive()
    lows = [t.low for t in toks]
    out = [(i, i) for i, t in enumerate(toks) if t.kind in ("stop", "word") and t.low in single]
    out += [(i + len(p) - 1, i) for i, low in enumerate(lows) for p in multi.get(low, ()) if tuple(lows[i : i + len(p)]) == p]
    if not out:
        return []
    # the spans of the phrases that say something else ("as well as", "too few")
    spans = [(i, i + len(p) - 1) for i, low in enumerate(lows) for p in except_.get(low, ()) if tuple(lows[i : i + len(p)]) == p]
    return sorted({(i, first) for i, first in out if not any(a <= i <= b for a, b in spans)})


def _claim_words(toks: list[Token]) -> list[Token]:
    skip = _no_claim()
    # an aside too (marked as in parentheses): "just like Y" after an additive word is the claim
    return [t for t in toks if t.kind in ("word", "subj") and (not t.paren or t.aside) and fold(t.low) not in skip]


def _clause(text: str, toks: list[Token], at: int) -> tuple[list[Token], list[Token]]:
    """The tokens of the clause holding toks[at] (its major part and those a dash joins to it),
    and those of the major part before it."""
    majors: dict[int, list[Token]] = {}
    for t in toks:
        majors.setdefault(t.major, []).append(t)
    order = sorted(majors)
    first = last = order.index(toks[at].major)
    while last + 1 < len(order) and _DASH.search(text[majors[order[last]][-1].end : majors[order[last + 1]][0].start]):
        last += 1
    clause = [t for m in order[first : last + 1] for t in majors[m]]
    before = majors[order[first - 1]] if first else []
    return clause, before


def likewise_claims(expected: str, answer: str, asked: str, index: SubjectIndex) -> tuple[str, ...]:
    """The answer's words claiming, with an additive word, of a thing the model answer speaks of
    what it says of another thing (or a withdrawal, or the question's own words)."""
    ans = analyze(answer, index)
    spots = _additive_at(ans.toks)
    if not spots:
        return ()
    exp = analyze(expected, index)
    exp_words = _claim_words(exp.toks)
    where = sentence_numbers(expected, exp_words)
    sentences: dict[int, list[Token]] = {}
    for t, s in zip(exp_words, where):
        sentences.setdefault(s, []).append(t)
    # a yes/no question's words are the claim asked about ("Can it replay?"); another question's frame the answer
    question = [t for t in _claim_words(analyze(asked, index).toks) if t.kind == "word"] if asked and asks_yes_or_no(asked) else []
    for at, first in spots:
        clause, before = _clause(answer, ans.toks, at)
        phrase = {id(t) for t in ans.toks[first : at + 1]}  # "same for", "as well": no word of the claim
        words = [w for w in _claim_words(clause) if id(w) not in phrase]
        if not any(w.matches(e) for w in words for e in exp_words):
            words = _claim_words(before) + words  # "..., take X — though it is deprecated too": it is X
        # a part of a sentence of its own ("... . The consumer sees the count too") says its own claim
        joined = bool(before) and not _FULL_STOP.search(answer[before[-1].end : clause[0].start])
        found = _carried_over(words, sentences, question) or (_elliptic(words, before, sentences) if joined else ())
        if found:
            return found
    return ()


def _best(words: list[Token], sentences: dict[int, list[Token]]) -> tuple[int | None, int]:
    """The sentence of the model answer these words say most of, and how many of them it says."""
    hits = {s: sum(any(w.matches(e) for e in toks) for w in words) for s, toks in sentences.items()}
    s = max(hits, key=hits.__getitem__, default=None)
    return (s, hits[s]) if s is not None and hits[s] else (None, 0)


def _elliptic(words: list[Token], before: list[Token], sentences: dict[int, list[Token]]) -> tuple[str, ...]:
    """A clause naming only a thing one sentence of the model answer speaks of, no claim of its
    own ("..., classic queues too"): it says of that thing what the answer said just before, of
    a thing another sentence speaks of. Its words, when the part before (before) says that other sentence.
    A clause word another sentence says too but the part before does not is a claim of the clause's
    own ("server-side" in "timeouts are server-side too"), which that thing's sentence says: none carried over."""
    if len(sentences) < 2 or not words:
        return ()
    s, n = _best(words, sentences)
    if s is None or n < len(words) or len(words) > ELLIPTIC_WORDS or len(words) >= len(sentences[s]):
        return ()  # a word of its own, a claim of several words, or as many as that sentence says
    said_before = _claim_words(before)
    others = [e for j, toks in sentences.items() if j != s for e in toks]
    if any(any(w.matches(e) for e in others) and not any(w.matches(b) for b in said_before) for w in words):
        return ()  # a word of a claim its own sentence makes, not carried over ("..., timeouts are server-side too")
    k, m = _best(said_before, sentences)
    return fragments(w.raw for w in words) if k is not None and k != s else ()


def _carried_over(words: list[Token], sentences: dict[int, list[Token]], question: list[Token]) -> tuple[str, ...]:
    """The words of a clause that the model answer's sentence about the clause's thing does not
    say while another sentence (or the question) does, or that mark a withdrawal."""
    hits = {s: sum(any(w.matches(e) for e in toks) for w in words) for s, toks in sentences.items()}
    best = max(hits.values(), default=0)
    if not best:
        return ()
    found: list[str] = []
    for s in (s for s, n in hits.items() if n == best):
        own = sentences[s]
        elsewhere = [e for k, toks in sentences.items() if k != s for e in toks]
        said = [w for w in words if w.kind == "word" and not any(w.matches(e) for e in own)
                and (_marked_withdrawn(w) or any(w.matches(e) for e in elsewhere) or any(w.matches(q) for q in question))]
        if not said:
            return ()  # one sentence the clause may be about says it all: no claim carried over
        found += [w.raw for w in said]
    return fragments(found)
