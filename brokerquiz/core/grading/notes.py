"""A rating answer's note in the candidate's own words: the rating matches the card's, and the
note says nothing that another subject's note of the same scenario says (nor another subject):
the note is optional, so a reason of one's own ("caution, more moving parts" for "⚠️ harder")
is right, and so is one comparing with another subject ("caution, harder than X"). A note saying another subject's reason ("👍 via exchanges" where exchanges are
another broker's note) stays partly, and a contradiction stays wrong (the guards judge it)."""

from __future__ import annotations

from collections.abc import Sequence

from .analysis import Token, analyze
from .subjects import SubjectIndex
from .text import lexicon_words


def _rating(toks: Sequence[Token], index: SubjectIndex) -> str | None:
    """The value of the core group (the rating) the text opens with, or None."""
    core = index.glossary.core_groups
    first = next((t for t in toks if t.kind in ("word", "pol", "subj", "neg")), None)
    return first.value if first is not None and first.group in core else None


def compared_subjects(answer: str, index: SubjectIndex) -> tuple[str, ...]:
    """The subjects (as typed) the answer names right after a lexicon's comparison marker in their
    part ("harder than X"): a yardstick, not a claim about them."""
    markers = lexicon_words("comparison_markers")
    toks = analyze(answer, index).toks
    return tuple(u.raw for t, u in zip(toks, toks[1:]) if t.low in markers and u.kind == "subj" and u.chunk == t.chunk)


def own_note(expected: str, answer: str, notes: Sequence[str], asked: str, index: SubjectIndex,
             subject: int | None = None, compared: Sequence[str] = ()) -> bool:  # fmt: skip
    """Does the answer open with the expected rating and say, beyond it, no word of another
    subject's note (notes) and no other subject, but one it compares with (compared)? asked: the
    question, whose words cost nothing."""
    exp, ans = analyze(expected, index).toks, analyze(answer, index).toks
    rating = _rating(exp, index)
    if rating is None or _rating(ans, index) != rating or not notes:
        return False
    if any(t.kind == "subj" and t.sid != subject and t.raw not in compared for t in ans):
        return False
    known = [t for t in (*exp, *analyze(asked, index).toks) if t.kind == "word"]
    said = [t for t in ans if t.kind == "word" and t.group not in index.glossary.core_groups
            and not any(t.matches(k) for k in known)]  # fmt: skip
    others = [t for note in notes for t in analyze(note, index).toks if t.kind == "word"]
    return not any(t.matches(o) for t in said for o in others)
