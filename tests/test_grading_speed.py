"""speed: the grader skips work that cannot change a grade, and what it keeps per text is bounded.

Each test states what a change of the speed round does without changing any verdict (grading
speed is measured by benchmarks/bench_grade.py; these tests state the mechanism, on made-up texts)."""

from __future__ import annotations

from brokerquiz.core.grading.match import grade_text
from brokerquiz.core.grading.meets import plain_words
from brokerquiz.core.grading.subjects import index_for

_INDEX = index_for({"Ledgerly": ["ledgerly"]})


def _plain_words_misses(run) -> int:
    before = plain_words.cache_info().misses
    run()
    return plain_words.cache_info().misses - before


def test_the_neutral_text_is_not_read_when_the_expected_text_says_every_answer_word():
    # every answer word is an expected word: what the neutral text (the question...) says cannot matter
    neutral = "Which clerk stamps the open ledger pages every evening at the branch office?"
    misses = _plain_words_misses(lambda: grade_text("the clerk stamps the open ledger", "the clerk stamps the ledger", _INDEX,
                                                    use_core=False, neutral=neutral))
    assert misses == 0


def test_the_neutral_text_is_read_for_an_answer_word_the_expected_text_lacks():
    neutral = "Which clerk stamps the open ledger pages every evening at the branch office today?"
    g = grade_text("the clerk stamps the open ledger", "the clerk stamps the ledger pages", _INDEX, use_core=False, neutral=neutral)
    assert g.correct  # "pages" is the question's own word: it costs nothing
    assert plain_words.cache_info().currsize > 0


def test_the_question_is_not_read_when_the_answer_says_every_expected_word():
    question = "Ledger pages stamped by the evening clerk, branch office records"
    misses = _plain_words_misses(lambda: grade_text("the clerk stamps the open ledger", "the clerk stamps the open ledger again",
                                                    _INDEX, use_core=False, question=question))
    assert misses == 0
