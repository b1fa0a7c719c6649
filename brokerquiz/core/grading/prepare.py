"""prepare(): what grading a card reads of the deck alone, derived while the card is on screen.

A typed answer to a follow-up card is graded against the model answer, its sentences, its lead
sentence's definition, the accept entries and their key points, with the question and the other
sentences as neutral texts, and then against the paired deck's card (the other language). All of
that is the deck's text: its analyses, what each text derives alone (AnalyzedText.once: its runs of
words, acronyms, compounds...), the neutral texts' plain words, which key points the lead sentence
says. prepare() derives it before the learner has typed, into the grader's own bounded caches, so
the answer waits only for what depends on it. It changes no grade: every cache it fills is one
grading fills on its first use, with the same value (tests/test_grading_speed3.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from .analysis import AnalyzedText, analyze
from .answer import _CLAIM_CHECKS, _QUESTION_CHECKS, _lead_makes_a_point, _with_polarity
from .cards import _claimed
from .documented import defaults_for
from .keypoints import alternatives, is_long, key_points, lead_says
from .meets import plain_words, words_elsewhere
from .pairs import paired_card
from .sentences import _term_and_definition as term_and_definition, sentences
from .sides import joined_sides
from .subjects import SubjectIndex, index_for
from .vouched import vouching

if TYPE_CHECKING:  # only for annotations
    from ..model import Card


def prepare(card: Card, *, aliases: Mapping[str, Sequence[str]] | None = None) -> None:
    """Derive what grading a typed answer to this card (and to its paired card) reads of the
    deck alone. Optional: grade_card derives the same on its first use; called while the card's
    question is on screen, the answer does not wait for it. aliases: as grade_card's."""
    if card.choices is not None:
        return  # picks are graded by their indexes; a typed pick's pieces are the answer's
    # data/defaults.yaml and the deck's `defaults:`, read by the first answer saying a default word (5-12 ms once): read here instead
    defaults_for(aliases)
    _prepare(card, aliases, index_for(aliases))
    paired = paired_card(card, aliases)
    if paired is not None and paired[0].choices is None:
        _prepare(paired[0], paired[1], index_for(paired[1]))


def _prepare(card: Card, aliases: Mapping[str, Sequence[str]] | None, index: SubjectIndex) -> None:
    """The texts grade() compares a typed answer with (answer.py, sentences.py, keypoints.py) and
    its neutral texts, as they build them, the key-point verdicts between two deck texts, and what
    the checks of an answer's own claims read of the deck (_checked)."""
    context = "\n".join((card.front, *card.context))
    question = "\n".join(card.context[1:])
    analyze(card.front, index)
    plain_words(context, index, ("word", "pol"), False)
    if question:
        plain_words(question, index, ("word",), True)
    expected = [card.back]
    parts = sentences(card.back)
    if len(parts) > 1:
        for n, part in enumerate(parts):  # each sentence, the others' words neutral (sentences.py)
            expected.append(part)
            plain_words(f"{' '.join(parts[:n] + parts[n + 1:])}\n{context}", index, ("word", "pol"), False)
        head, body = term_and_definition(parts[0], index)
        if body:
            expected.append(body)
            plain_words(f"{head}\n{' '.join(parts[1:])}\n{context}", index, ("word", "pol"), False)
    entries = [a for a in card.answers if a and a.strip()]
    if entries:
        plain_words(f"{card.back}\n{context}", index, ("word", "pol"), False)
        _lead_makes_a_point(card.back, card.answers, index)  # the accept entries against the lead sentence
    for entry in entries:
        expected.append(entry)
        items = key_points(entry)
        expected.extend(items)
        if is_long(card.back):  # keypoints.right_by_key_points: which items the lead says
            for item in items:
                lead_says(parts[0], item, index)
            alternatives(parts[0], items, index)
    expected.extend(_with_polarity(card.answers, analyze(card.back, index), index))  # "no, <entry>" too
    for text in dict.fromkeys(expected):
        _derive(analyze(text, index), index)
    vouching(card.nuance or "", card.back, index)  # the note's values (cards._typed asks which it vouches for): a long note's analysis
    _checked(card, aliases, index, context)


def _checked(card: Card, aliases: Mapping[str, Sequence[str]] | None, index: SubjectIndex, context: str) -> None:
    """The checks of what the question names (answer._QUESTION_CHECKS), of a right answer's own
    claims against the model answer (answer._CLAIM_CHECKS) and against the subject's other cells
    (cards._claimed) each read the deck's texts: the model answer's sentences, items and pairs, the
    subject's cells and notes, the other subjects'. The question itself asked as the answer derives
    them: an answer no learner types (grade_card mostly sends it back as repeating the question), so
    its own entries in the caches favour no answer a learner might give; the deck's are what stays."""
    asked, probe = context.split("\n", 1)[0], card.front
    for check, _ in _QUESTION_CHECKS if asked else ():
        check(card.back, probe, asked, index)
    for check, _ in _CLAIM_CHECKS:
        check(card.back, probe, asked, index)
    _claimed(card, probe, aliases, index, context)


def _derive(exp: AnalyzedText, index: SubjectIndex) -> None:
    """What a text derives alone as the expected side and as the answer side of a comparison."""
    joined_sides(exp, exp, index.latin, index.glossary)
    words_elsewhere([t for t in exp.toks if t.kind in ("word", "pol", "subj")])
