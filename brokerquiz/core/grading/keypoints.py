"""A long model answer judged by its key points: the lead sentence's point and an accept entry it holds.

A follow-up's model answer says its point in the lead sentence and then why or how. The card's
accept entries are the key points its author named, each entry a list of items that is a
sufficient answer ("min.compaction.lag.ms, active segment"). An entry the lead sentence says
whole makes the lead sentence a sufficient answer; one that also needs a later sentence's point
("schema id in the message, compatibility check") does not, and saying the lead alone stays an
omission. An answer that says such a lead sentence in its own words (KEY_POINT_COVER of it, the
rest's words costing nothing, nothing contradicting) and every item of one such entry is right,
though the whole text's recall falls short: "no, the active segment is never compacted and
min.compaction.lag.ms protects the head" for "The active segment is never compacted, and
min.compaction.lag.ms keeps a fresh head of the log untouched, so old versions live on for a
while. A consumer lagging by less than that sees every intermediate value."
Two items the lead offers as alternatives, one before its "or" and one after ("Nak with a delay
or set a BackOff on the consumer"), are one point: saying either is saying it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .analysis import analyze
from .lexicon import lexicons
from .parts import grade_against
from .results import ANTONYM, LEFT_OUT, ONLY_RIGHT, Grade
from .sentences import LEAD_MIN_WORDS, sentences
from .subjects import SubjectIndex
from .thresholds import CORE_CREDIT, KEY_POINT_COVER, PARTLY_MIN, SENTENCE_COVER

#: Where one clause of a sentence ends and the next begins ("MVCC leaves dead row versions; VACUUM ...").
_CLAUSE_SEP = re.compile(r";\s+")
#: The items of an accept entry: "reject without requeue, TTL, length limit" holds three points.
_ITEM_SEP = re.compile(r"\s*[,;]\s+")


def key_points(entry: str) -> tuple[str, ...]:
    """The items of one accept entry, each a key point of its own."""
    return tuple(item for item in _ITEM_SEP.split(entry.strip()) if item.strip())


def is_long(expected: str) -> bool:
    """Does the model answer make several points: two sentences or more, or clauses cut by ';'?
    A cell of a few words ("Log-based, immutable events") is judged whole, not by key points."""
    return len(sentences(expected)) > 1 or bool(_CLAUSE_SEP.search(expected))


@lru_cache(maxsize=4096)  # deck text only: the same card's points for every answer typed to it
def lead_says(lead: str, item: str, index: SubjectIndex) -> bool:
    """Does the lead sentence say an accept item? Its words are there, whole or half, the lead's
    other words costing nothing ("min.compaction.lag.ms" in "... never compacted, and
    min.compaction.lag.ms keeps ...": a polarity guard between two deck texts is no contradiction).
    A lead giving the item's value another of its group ("a single queue" for "several queues by
    tenant hash", an antonym) does not say it: the item is the later sentence's point."""
    g = grade_against(item, lead, index, use_core=False, neutral=lead, needs=PARTLY_MIN)
    return g.verdict != "wrong" and g.reason != LEFT_OUT or (bool(g.contradicting) and not g.missing and not g.reason.startswith(ANTONYM))


@lru_cache(maxsize=4096)  # deck text only
def alternatives(lead: str, items: tuple[str, ...], index: SubjectIndex) -> tuple[tuple[str, str], ...]:
    """(item, item in its place) of the accept items the lead sentence offers as alternatives: one
    said before an "or" of the lead (the lexicons' disjunctions) and not after it, the other after
    it and not before ("Nak with a delay (NakWithDelay) or set a BackOff on the consumer")."""
    words = lexicons().disjunctions
    out: list[tuple[str, str]] = []
    for t in analyze(lead, index).toks:
        if t.kind != "stop" or t.low not in words:
            continue
        before, after = lead[: t.start], lead[t.end :]
        first = [i for i in items if lead_says(before, i, index) and not lead_says(after, i, index)]
        second = [i for i in items if lead_says(after, i, index) and not lead_says(before, i, index)]
        out += [(a, b) for a in first for b in second] + [(b, a) for a in first for b in second]
    return tuple(dict.fromkeys(out))


def right_by_key_points(expected: str, answer: str, index: SubjectIndex, main: Grade, accept: Sequence[str], *,
                        sid: int | None, neutral: str) -> Grade | None:  # fmt: skip
    """The answer right by the model answer's key points, or None: a long model answer, the main
    grade contradicts nothing, the answer says every item of an accept entry that the lead sentence
    says whole (the author's sufficient answer needing no later sentence), and the lead sentence
    (the rest's words costing nothing) scores KEY_POINT_COVER with no contradiction. A card with
    no accept entries: a model answer of one sentence (clauses cut by ';') is its own point;
    several sentences are each one (sentences.right_by_sentences), no verdict here."""
    if main.correct or main.contradicting or main.score < PARTLY_MIN or main.reason == LEFT_OUT or not is_long(expected):
        return None  # a key-point verdict lifts a partly right answer; a wrong one says too little of the text
    parts = sentences(expected)
    entries = [key_points(entry) for entry in accept if entry and entry.strip()] or ([()] if len(parts) == 1 else [])
    if sum(t.kind == "word" for t in analyze(parts[0], index).toks) < LEAD_MIN_WORDS:
        return None  # "No." opens the answer: its point is in what follows

    def said(item: str) -> bool:  # a bare item: the main and the lead sentence's grades judge contradictions
        g = grade_against(item, answer, index, use_core=False, sid=sid, neutral=f"{expected}\n{neutral}", needs=ONLY_RIGHT)
        return g.correct or (bool(g.contradicting) and not g.missing)

    def holds(items: tuple[str, ...]) -> bool:  # every item said, or the one the lead offers in its place ("X or Y")
        if not all(lead_says(parts[0], item, index) for item in items):
            return False
        told = {item for item in items if said(item)}
        pairs = alternatives(parts[0], items, index) if len(told) < len(items) else ()
        return all(item in told or any(b in told for a, b in pairs if a == item) for item in items)

    # the answer's short items first: most answers miss one, and nothing of the lead is graded then
    if not any(holds(items) for items in entries):
        return None
    # needs: the lead sentence's grade as right_by_lead and right_by_sentences asked it (SENTENCE_COVER)
    lead = grade_against(parts[0], answer, index, use_core=False, sid=sid, neutral=" ".join(parts[1:]) + f"\n{neutral}",
                         needs=min(SENTENCE_COVER, KEY_POINT_COVER), beside=" ".join(parts[1:]))
    if lead.contradicting or lead.score < KEY_POINT_COVER:
        return None
    missing = tuple(m for m in main.missing if m not in parts[0])
    return Grade(True, max(main.score, CORE_CREDIT), missing, (), "right by its key points: the lead's point and an accept entry it holds")
