"""The sentences of a model answer of several: the lead sentence is its point, the rest its detail.

A follow-up's model answer says its point first and then why or how ("Write a tombstone: a
record with that key and a null value. The cleaner removes ..."). An answer that says the whole
lead sentence right, and contradicts nothing of the rest, is right; the rest is detail. So is
one that says each sentence in its own words (right_by_sentences)."""

from __future__ import annotations

import re

from .analysis import analyze
from .parts import grade_against
from .results import ONLY_RIGHT, Grade
from .subjects import SubjectIndex
from .thresholds import CORE_CREDIT, SENTENCE_COVER, SENTENCES_MAIN_MIN

#: The fewest words (a yes/no and subjects aside) a lead sentence needs to carry a point: "No." or
#: "Yes, often." opens the answer, and its point is in what follows.
LEAD_MIN_WORDS = 3

#: The most words the term before a lead sentence's colon or dash may have ("Write a tombstone: ...").
TERM_MAX_WORDS = 3
#: A colon, or a dash between spaces, after a term and before its definition.
_DEFINES = re.compile(r":\s+|\s+[\u2014\u2013-]\s+")

#: A sentence ends at ".", "!" or "?" after a letter, digit or bracket and before a space.
_STOP = re.compile(r"(?<=[\w)])[.!?]\s+")


def sentences(text: str) -> list[str]:
    """The text's sentences: split where one ends and the next opens with a capital or a digit
    ("e.g. a day" and "retention.ms" end none)."""
    out, start = [], 0
    for m in _STOP.finditer(text):
        nxt = text[m.end() : m.end() + 1]
        if nxt.isupper() or nxt.isdigit():
            out.append(text[start : m.end()].strip())
            start = m.end()
    out.append(text[start:].strip())
    return [s for s in out if s]


def right_by_lead(expected: str, answer: str, index: SubjectIndex, main: Grade, *, sid: int | None, neutral: str) -> Grade | None:
    """The answer right by the expected text's lead sentence, or None: several sentences, the
    main grade contradicts nothing, and the lead sentence alone (the rest's words costing
    nothing) grades right."""
    if main.correct or main.contradicting:
        return None
    parts = sentences(expected)
    if len(parts) < 2 or sum(t.kind == "word" for t in analyze(parts[0], index).toks) < LEAD_MIN_WORDS:
        return None
    rest = " ".join(parts[1:])
    # needs: right_by_sentences (and the key points) ask the same grade for its score
    lead = grade_against(parts[0], answer, index, use_core=False, sid=sid, neutral=f"{rest}\n{neutral}", needs=SENTENCE_COVER, beside=rest)
    head, body = _term_and_definition(parts[0], index)
    if not lead.correct and not lead.contradicting and body:
        # "Write a tombstone: a record with that key and a null value": the definition says the term
        # (never one the answer denies: "without a TTL, expired messages go to the DLX" for "Set a TTL: ...")
        lead = grade_against(body, answer, index, use_core=False, sid=sid, neutral=f"{head}\n{rest}\n{neutral}", needs=ONLY_RIGHT)
    if not lead.correct or lead.contradicting:
        return None
    missing = tuple(m for m in main.missing if m not in parts[0])
    return Grade(True, max(main.score, CORE_CREDIT), missing, (), "right by the lead sentence; detail left out")


def right_by_sentences(expected: str, answer: str, index: SubjectIndex, main: Grade, *, sid: int | None, neutral: str) -> Grade | None:
    """The answer right by saying each sentence of the expected text in its own words, or None:
    several sentences, the main grade contradicts nothing and scores SENTENCES_MAIN_MIN, and each
    sentence alone (the others' words costing nothing) scores SENTENCE_COVER with no contradiction.
    A follow-up answered in one's own words covers about half of each model sentence: the whole
    text's recall falls short though every point is made; an omission leaves a sentence out."""
    if main.correct or main.contradicting or main.score < SENTENCES_MAIN_MIN:
        return None
    parts = sentences(expected)
    if len(parts) < 2:
        return None
    for n, part in enumerate(parts):
        rest = " ".join(parts[:n] + parts[n + 1 :])
        g = grade_against(part, answer, index, use_core=False, sid=sid, neutral=f"{rest}\n{neutral}", needs=SENTENCE_COVER, beside=rest)
        if g.contradicting or g.score < SENTENCE_COVER:
            return None
    return Grade(True, max(main.score, CORE_CREDIT), (), (), "right: every sentence said in other words")


def _term_and_definition(lead: str, index: SubjectIndex) -> tuple[str, str]:
    """A lead sentence that names a term and then defines it ("Write a tombstone: a record with
    that key and a null value") as (term, definition); ("", "") when it is no such sentence."""
    m = _DEFINES.search(lead)
    if m is None:
        return "", ""
    head, body = lead[: m.start()], lead[m.end() :]
    words = [sum(t.kind == "word" for t in analyze(x, index).toks) for x in (head, body)]
    if not 1 <= words[0] <= TERM_MAX_WORDS or words[1] < LEAD_MIN_WORDS:
        return "", ""
    return head, body
