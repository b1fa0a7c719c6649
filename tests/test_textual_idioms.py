"""Issue 10's Textual idioms, checked in the source: no private Textual module or attribute used
by the app, screen styles in app.tcss (quiz and interview carry no DEFAULT_CSS), and no
benchmark switch (a BROKERQUIZ_BENCH… variable or the like) inside the app."""

from __future__ import annotations

import re
from pathlib import Path

import brokerquiz

PACKAGE = Path(brokerquiz.__file__).parent
SOURCES = sorted(PACKAGE.rglob("*.py"))


def test_no_private_textual_module_is_imported():
    private = re.compile(r"^\s*(from|import)\s+textual(\.\w+)*\._\w+", re.M)
    found = [str(p.relative_to(PACKAGE)) for p in SOURCES if private.search(p.read_text(encoding="utf-8"))]
    assert found == []


def test_no_private_footer_attribute_is_set():
    found = [str(p.relative_to(PACKAGE)) for p in SOURCES
             if re.search(r"_bindings_ready|\._disabled\b", p.read_text(encoding="utf-8"))]
    assert found == []


def test_quiz_and_interview_screens_keep_their_styles_in_app_tcss():
    for name in ("quiz.py", "interview.py"):
        assert "DEFAULT_CSS" not in (PACKAGE / "tui" / "screens" / name).read_text(encoding="utf-8"), name
    tcss = (PACKAGE / "tui" / "app.tcss").read_text(encoding="utf-8")
    assert "QuizScreen #quiz-body" in tcss and "InterviewScreen #iv-body" in tcss


def test_no_benchmark_switch_inside_the_app():
    found = [str(p.relative_to(PACKAGE)) for p in SOURCES
             if re.search(r"BROKERQUIZ_(BENCH|EXIT|PROFILE)\w*", p.read_text(encoding="utf-8"))]
    assert found == []
