"""Typed-answer grading: is a free-text answer the same as the cheat-sheet cell?

Answers are compared as bags of normalised words, so the order of parts does not matter. On
top of that similarity a few guards make an answer wrong however similar it looks: an
opposite polarity (yes/no, a negator), an antonym (at-most-once vs at-least-once, high/low...), a
different number, another subject, or listing every option. The first comma/parenthesis/dash
separated part of the expected answer is its *core*: an answer that matches the core is right
("high" for "High, requires zookeeper": partly right). When the expected text names two or more
subjects, each subject's clause is graded against its own expected clause.

Pure Python plus rapidfuzz; deterministic; no I/O. Typical cost: well under 1 ms per answer,
~2 ms for the interview phrase. The modules, from words up:

  thresholds  the tuning knobs (recall, precision, core credit, typo allowance...)
  lexicon     the per-language word lists in data/lexicon.*.yaml and the snowball stemmers
  text        words to keys: folding, stemming, transliteration, phonetic key; is_no_answer
  glossary    terms and opposite groups (data/glossary.yaml plus a deck's glossary:)
  subjects    the deck's subjects and their short names, found in a text
  analysis    a text as tokens, numbers, polarity and the subjects it names
  guards      reasons an answer is wrong however similar it looks
  match       one answer against one expected text: recall, precision, core, guards
  parts       multi-subject answers clause by clause (grade_parts)
  answer      grade(): the expected text and its accepted alternatives
  cards       grade_card() and grade_choice()
  results     Grade and PartsGrade
"""

from __future__ import annotations

from .analysis import analyze
from .answer import grade
from .cards import grade_card, grade_choice
from .parts import grade_parts
from .results import Grade, PartsGrade
from .subjects import SubjectIndex, subject_index
from .text import is_no_answer, keys_match, normalize, word_key
from .thresholds import (
    CORE_CREDIT,
    CORE_PARTLY,
    CORE_RECALL,
    GUARD_SCORE_CAP,
    INTRO_MIN_SCORE,
    LONG_ANSWER_WORDS,
    MIN_PRECISION,
    PARTLY_MIN,
    PREFIX_MIN,
    PREFIX_SHARE,
    RIGHT_RECALL,
    STRING_RATIO,
    TYPO_LONG,
    TYPO_SHORT,
)

__all__ = [
    "SubjectIndex",
    "Grade",
    "PartsGrade",
    "grade",
    "grade_card",
    "grade_choice",
    "grade_parts",
    "is_no_answer",
    "normalize",
    "subject_index",
]

# The names these had when the grader was one module (tests clear their caches).
_analyze = analyze
_keys_match = keys_match
_word_key = word_key
