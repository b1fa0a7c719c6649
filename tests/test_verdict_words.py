"""Issue 13: one verdict wording across study, quiz and the interview report, and the
Missing line whenever an answer is not right."""

from __future__ import annotations

from brokerquiz.core.grading import Grade
from brokerquiz.core.sessions.verdict_words import VERDICTS, verdict_label
from brokerquiz.tui.screens import quiz as quiz_screen
from brokerquiz.tui.screens import report as report_screen
from brokerquiz.tui.widgets.answer_diff import diff_content


def test_a_partly_right_answer_says_what_was_missing_even_when_it_is_the_whole_part():
    text = diff_content("partly", "log", "log-based", ("log-based",), (), "incomplete").plain
    assert "≈ Partly right" in text and "Expected  log-based" in text
    assert "Missing   log-based" in text  # was left out as "the same as the Expected line"


def test_a_right_answer_with_partial_credit_still_shows_the_expected_answer():
    text = diff_content("right", "at-least-once", "at-least-once, exactly-once with transactions", (), (), score=0.75).plain
    assert text.splitlines()[0] == "✓ Right  75%"
    assert "Expected  at-least-once, exactly-once with transactions" in text


def test_study_quiz_and_report_take_their_marks_from_one_table():
    assert {verdict_label(v).split(" ")[0] for v in ("right", "partly", "wrong")} == {"✓", "≈", "✗"}
    assert report_screen.MARK["wrong"][0] == VERDICTS["wrong"][0]
    assert set(quiz_screen.VERDICT_STYLE) == {"right", "partly", "wrong"}
    grade = Grade(False, 0.0, ("x",), (), "")
    assert diff_content(grade.verdict, "", "x", grade.missing, grade.wrong).plain.startswith("✗ Wrong")
