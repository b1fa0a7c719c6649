"""speed2: a comparison whose caller reads only a right grade (or a score over a bar) stops once
the words are aligned when it can reach neither (grade_text's needs=), and skips the guards when
it is not right and scores under the bar. Every caller reads the same from the short grade as from
the whole one: not right, a score under its bar, something missing (so no contradiction it reads).

Checked on made-up texts and on every sentence and accept entry of the shipped interview banks
against answers a candidate might type (benchmarks/bench_grade.py's kinds of answer)."""

from __future__ import annotations

import pytest

from brokerquiz.core.deck.cards import subject_aliases
from brokerquiz.core.deck.library import open_deck
from brokerquiz.core.grading.keypoints import key_points
from brokerquiz.core.grading.match import grade_text
from brokerquiz.core.grading.results import ONLY_RIGHT
from brokerquiz.core.grading.sentences import sentences
from brokerquiz.core.grading.subjects import index_for
from brokerquiz.core.grading.thresholds import PARTLY_MIN, SENTENCE_COVER

_INDEX = index_for({"Ledgerly": ["ledgerly"]})
_BARS = (PARTLY_MIN, SENTENCE_COVER, ONLY_RIGHT)


def _same_reading(short, whole, needs: float) -> bool:
    """Does a caller with this bar read the same from both grades?"""
    if short == whole and short.contradicting == whole.contradicting:
        return True
    below = lambda g: not g.correct and g.score < needs and bool(g.missing)  # noqa: E731
    return below(short) and below(whole) and not short.contradicting


def test_a_comparison_that_cannot_win_stops_before_the_guards():
    short = grade_text("the clerk stamps the open ledger at dusk", "ledgerly archives invoices", _INDEX,
                       use_core=False, needs=ONLY_RIGHT)
    assert short.reason == "cannot reach the caller's bar"
    assert not short.correct and short.missing


def test_a_comparison_that_may_win_is_graded_whole():
    for needs in _BARS:
        g = grade_text("the clerk stamps the open ledger", "the clerk stamps the ledger", _INDEX, use_core=False, needs=needs)
        assert g == grade_text("the clerk stamps the open ledger", "the clerk stamps the ledger", _INDEX, use_core=False)
        assert g.correct


def test_a_right_answer_is_never_cut_short():
    # right by the core: its first part said, use_core asked
    g = grade_text("high, requires a coordinator", "high", _INDEX, use_core=True, core_right=True, needs=ONLY_RIGHT)
    assert g == grade_text("high, requires a coordinator", "high", _INDEX, use_core=True, core_right=True)


def test_the_default_bar_grades_whole():
    g = grade_text("the clerk stamps the open ledger at dusk", "ledgerly archives invoices", _INDEX, use_core=False)
    assert g.reason != "cannot reach the caller's bar"


def _cases(deck_id: str):
    deck, cards = open_deck(deck_id)
    index = index_for(subject_aliases(deck))
    for card in cards[::7]:  # a sample: every seventh card of the bank
        first = card.back.replace(";", ",").split(",")[0]
        answers = (first, card.back.lower(), *(card.answers[:1]))
        parts = sentences(card.back)
        texts = [*parts, *card.answers, *(item for entry in card.answers for item in key_points(entry))]
        for expected in texts:
            for answer in answers:
                yield index, expected, answer, card.back


@pytest.mark.parametrize("deck_id", ["message-brokers-interview", "message-brokers-interview-en"])
def test_every_bar_reads_the_same_as_the_whole_grade_on_the_interview_banks(deck_id):
    seen = 0
    for index, expected, answer, back in _cases(deck_id):
        for terse in (False, True):
            whole = grade_text(expected, answer, index, use_core=False, neutral=back, terse=terse)
            for needs in _BARS:
                short = grade_text(expected, answer, index, use_core=False, neutral=back, terse=terse, needs=needs)
                assert _same_reading(short, whole, needs), (expected, answer, needs, short, whole)
                seen += short != whole
    assert seen > 0  # some comparisons were cut short


def test_the_grade_cache_stays_within_its_size():
    info = grade_text.cache_info()
    assert info.maxsize is not None and info.currsize <= info.maxsize
