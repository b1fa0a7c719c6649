"""Issue 13 in a real 80x24 terminal (tmux): the quiz's context line stays on one line, Esc is
"I don't know" (the quiz stays open), and q then asks before leaving."""

from __future__ import annotations

import sys

from test_tmux import Tmux, pytestmark  # noqa: F401  (skipped without tmux, as those tests are)


def test_quiz_at_80x24_one_line_breadcrumb_esc_then_leave_asks(tmp_path):
    db = tmp_path / "progress.db"
    term = Tmux(
        [sys.executable, "-m", "brokerquiz", "quiz", "--db", str(db), "--deck", "message-brokers-interview",
         "--kind", "reverse", "--count", "3", "--seed", "1"],
        tmp_path,
        size=(80, 24),
    )
    try:
        shown = term.wait_for("0 done")
        lines = shown.splitlines()
        crumb = next(i for i, line in enumerate(lines) if "›" in line)
        assert "…" in lines[crumb] and "which one?" in lines[crumb]  # shortened, the kind still there
        assert "›" not in lines[crumb + 1]  # not wrapped onto a second line
        term.keys("Escape")
        term.wait_for("✗ Wrong")  # "I don't know": the quiz is still open, the answer shown
        term.keys("q")
        term.wait_for("Leave the quiz after 1 of 3 questions?")
        term.keys("y")
        term.wait_for("left after 1 of 3")
        term.keys("q")
        term.wait_gone()
    finally:
        term.close()
