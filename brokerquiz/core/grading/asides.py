"""A sentence of its own about another subject, true of it by the deck, is an aside: "No,
at least once. The other one has them, via its transactional producer" on a card about the
first. The answer is graded without it, and the sentence against that subject's cell of the
same row; both right -> right. A sentence that also names the card's subject, one naming
several subjects, or one the other subject's cell does not bear out is no aside: the other
subject guard judges it as before."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from .analysis import analyze
from .pairs import subject_row_cells
from .results import Grade
from .subjects import SubjectIndex
from .thresholds import ASIDE_MIN_SCORE

if TYPE_CHECKING:
    from ..model import Card

_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+")


def without_true_asides(
    card: Card, answer: str, aliases: Mapping[str, Sequence[str]] | None, index: SubjectIndex,
    graded: Callable[[str, str, str], Grade],
) -> Grade | None:
    """The grade of the answer without its sentences about another subject when each is true
    of that subject by the deck (some of its cell, nothing against it) and the rest is right; else
    None. graded(expected, text, subject key)."""
    own = index.lookup(card.subject) if card.subject else None
    cells = subject_row_cells(card, aliases)
    if own is None or not cells:
        return None
    sentences = [s for s in _SENTENCE_END.split(answer.strip()) if s.strip()]
    kept, asides = [], []
    for sentence in sentences:
        sids = analyze(sentence, index).sids
        (asides if len(sids) == 1 and sids[0] != own else kept).append((sentence, sids))
    if not asides or not kept:
        return None
    for sentence, sids in asides:
        key, cell = next(((key, back) for key, back in cells if index.lookup(key) == sids[0]), ("", ""))
        said = graded(cell, sentence, key) if cell else None
        if said is None or said.contradicting or said.score < ASIDE_MIN_SCORE:
            return None
    rest = graded(card.back, " ".join(s for s, _ in kept), card.subject or "")
    return rest if rest.correct else None
