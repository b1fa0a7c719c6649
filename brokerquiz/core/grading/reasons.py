"""A right answer followed by why: "at-least-once, because a message leaves the queue only on
its ack". Once the answer has said some word of the expected text, a lexicon's reason marker
("because", "since", "thanks to", "until", "when", and their translations) opens an elaboration that runs to the
end of its sentence: its words are no extra claims for precision (as if in parentheses). The
guards still read them, so a reason naming another value, subject or polarity still costs.

The same holds without a marker (elaboration_free): an answer that has said the whole expected
text may go on in its own words (how, an example, a consequence: "queue based; producers publish
to an exchange that routes into queues"), unless what it adds is a sweeping or a default claim
(every, always, by default...) the expected text and the question do not make: that claim is
its own and stays an extra word; so is a denial the expected text does not make, unless it is said
inside a reason ("..., so readers are not blocked": the reason's negator tells what follows).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .analysis import AnalyzedText, Token
from .circumstances import in_condition
from .negforms import negated_forms
from .noted import noted_words
from .glossary import Glossary
from .subjects import SubjectIndex
from .sweeping import each_of_named, new_sweeping_words
from .text import fold, lexicon_words


def precision_of(ans_words: list[Token], a_hit: list[bool]) -> float:
    """Share of the answer's words found in the expected text; the answer's own words in
    parentheses are an aside and cost nothing (guards still read them)."""
    if not ans_words:
        return 0.0
    main = [h for t, h in zip(ans_words, a_hit) if not t.paren] or a_hit
    return sum(main) / len(main)


@lru_cache(maxsize=1)
def _markers() -> tuple[tuple[str, ...], ...]:
    """The lexicons' reason markers as folded word tuples, longest first."""
    found = {tuple(w.split()) for w in lexicon_words("reason_markers")}
    return tuple(sorted(found, key=len, reverse=True))


@lru_cache(maxsize=1)
def _markers_by_first() -> tuple[dict[str, tuple[tuple[str, ...], ...]], frozenset[str]]:
    """The reason markers by their first word, and each marker's words joined by spaces (one token)."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for m in _markers():
        by_first.setdefault(m[0], []).append(m)
    return {w: tuple(ms) for w, ms in by_first.items()}, frozenset(" ".join(m) for m in _markers())


def _reason_starts(a_all: list[Token]) -> list[int]:
    """Where each reason marker of the answer starts (a character offset)."""
    lows = [fold(t.low) for t in a_all]
    by_first, joined = _markers_by_first()
    out = []
    for i, low in enumerate(lows):  # a marker of several words may come as one token ("thanks to") or as words
        if low in joined or any(tuple(lows[i : i + len(m)]) == m for m in by_first.get(low, ())):
            out.append(a_all[i].start)
    return out


def _text_reason_starts(an: AnalyzedText) -> list[int]:
    """_reason_starts of a text's own tokens, found once per text (its memo)."""
    return an.once("reasons.starts", lambda: _reason_starts(an.toks))  # type: ignore[return-value]


def reason_spans(answer: str, a_all: list[Token], first: int | None) -> list[tuple[int, int]]:
    """(start, end) of each reason the answer gives after offset `first`: from its marker to the end of its sentence."""
    starts = _reason_starts(a_all)
    if not starts or first is None:
        return []
    cuts = [m.end() for m in re.finditer(r"[.;!?](?:\s|$)", answer)] + [len(answer) + 1]
    return [(s, next(c for c in cuts if c > s)) for s in starts if s > first]


def _denies_of_its_own(ans: AnalyzedText) -> bool:
    """Does the answer deny something of its own: an opening no, or a negator outside its conditions
    ("if it cannot keep up") and outside the clause of a reason it gives ("..., until they are acked" said
    as "bis sie nicht bestätigt sind"; "..., so locking reads don't see phantoms")? Those tell when or what
    follows, as their other words do: no denial to hold against it (the guards still read them: a reason
    saying the expected thing the other way is still wrong)."""
    if ans.pols.get("no") is not None:
        return True
    negs = [t for t in ans.toks if t.kind == "neg" and not in_condition(t, ans.toks)]
    if not negs:
        return False
    spans = reason_spans(ans.text, ans.toks, ans.toks[0].start)
    marker_chunks = [(a, b, next((t.chunk for t in ans.toks if t.start >= a), None)) for a, b in spans]
    return any(not any(a <= t.start < b and t.chunk == c for a, b, c in marker_chunks) for t in negs)


def reasons_aside(
    answer: str, a_all: list[Token], words: list[Token], hits: list[bool], glossary: Glossary | None = None
) -> tuple[list[Token], list[bool]]:
    """(words, hits) without the words of a reason the answer gives after a word it got right;
    a reason saying the negating-prefix form of a word the answer got right ("ordered ...,
    because lanes are unordered") stays a claim."""
    first = next((t.start for t, h in zip(words, hits) if h), None)
    spans = reason_spans(answer, a_all, first)
    if not spans:
        return words, hits
    said = [t for t, h in zip(words, hits) if h]
    spans = [(a, b) for a, b in spans
             if not any(a <= t.start < b and negated_forms(t, u, glossary) for t in words for u in said)]
    keep = [not any(a <= t.start < b for a, b in spans) for t in words]
    return [t for t, k in zip(words, keep) if k], [h for h, k in zip(hits, keep) if k]


def elaboration_free(ans: AnalyzedText, known: list[AnalyzedText], index: SubjectIndex, sid: int | None = None,
                     neutral: AnalyzedText | None = None, note: str = "") -> bool:
    """May the words an answer adds to the whole expected text go free (module doc)? known:
    the expected text, then the question, whose sweeping words and subjects the answer may repeat;
    sid: the subject the card asks about, which the answer may name in its elaboration ("at-least-once
    with X's acks" on X's card) as the question does, unless the expected text is a bare
    yes or no: what follows it about the subject is a claim of its own ("no, but its views do the join").
    neutral: a text the answer may repeat at no cost (the model answer, graded against one of its key
    points): its denials and sweeping words are no claim of the answer's own; the subjects it names are.
    note: the card's note, whose sweeping and default words said of the same thing are no claim of the answer's own (noted.py)."""
    said = [*known, *([neutral] if neutral is not None else [])]
    if ans.has_neg and _denies_of_its_own(ans) and not any(text.has_neg or text.pols for text in said):
        return False  # a denial the expected text does not make ("it cannot do that") is a claim; "if it cannot keep up" is a condition
    own = {sid} if any(t.kind == "word" for t in known[0].toks) else set()
    if set(ans.sids) - {s for text in known for s in text.sids} - own:
        return False  # another subject named: a claim about it, or its value mixed in
    if _listed_again(ans, known[0]) or _restated(ans, known[0]):
        return False
    # "each partition" where the expected text names partitions: said of each of its own things, no sweeping claim
    each = each_of_named(ans, [e for e in known[0].toks if e.kind == "word"])
    new = [w for w in new_sweeping_words(ans, [text.text for text in said], index) if w not in each]
    return not new or not set(new) - noted_words(ans, note, index)


def _listed_again(ans: AnalyzedText, exp: AnalyzedText) -> bool:
    """Does the answer say an expected word in two of its parts no longer than the expected
    text's parts ("FIFO per queue, FIFO per stream, ...")? Then its other parts are more values
    listed, not an elaboration."""
    widest = max(Counter(t.chunk for t in exp.toks if t.kind == "word").values(), default=0)
    # an identifier's pieces name a setting ("min.insync.replicas=2"), no value listed again
    words = [t for t in ans.toks if t.kind == "word" and not t.ident]
    size = Counter(t.chunk for t in words)
    short = [t for t in words if size[t.chunk] <= widest]  # parts no longer than the expected's: values
    return any(len({a.chunk for a in short if a.matches(e)}) > 1 for e in exp.toks if e.kind == "word")


def _restated(ans: AnalyzedText, exp: AnalyzedText) -> bool:
    """Does a later part of the answer open with an indefinite article and say no expected word
    ("document store, a topic you can query")? It says what the thing is: a claim of identity. A part
    going on to a reason marker ("an entry stays pending until its XACK") says when or why of that
    thing: a clause of how, no noun set beside the answer's own."""
    articles = lexicon_words("indefinite_articles")
    told = [e for e in exp.toks if e.kind == "word"]
    first = ans.toks[0].chunk if ans.toks else None
    opening = {t.chunk for n, t in enumerate(ans.toks) if t.chunk != first
               and (n == 0 or ans.toks[n - 1].chunk != t.chunk) and fold(t.low) in articles}
    starts = set(_text_reason_starts(ans))  # once, not once per token
    marked = {t.chunk for t in ans.toks if t.start in starts}
    return any(not any(t.chunk == c and t.kind == "word" and any(t.matches(e) for e in told) for t in ans.toks)
               for c in opening - marked)
