"""The grading code reads no environment variable: a verdict depends on the deck and the answer
only (a debug hook reading one once slipped into routes.py)."""

from __future__ import annotations

from pathlib import Path

import brokerquiz.core.grading as grading


def test_the_grading_code_reads_no_environment() -> None:
    for path in Path(grading.__file__).parent.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "environ" not in text and "getenv" not in text, f"{path.name} reads the environment"
