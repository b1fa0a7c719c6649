"""A verdict says each contradiction once: two guards naming the same words ("antonym: 'mutable' vs
'immutable'" and "opposite: 'mutable' vs 'immutable'") give one reason, in any language."""

from __future__ import annotations

import pytest

from brokerquiz.grading import grade


@pytest.mark.parametrize("expected, answer, words", [
    ("Log-based, immutable events", "log-based, mutable events", "'mutable' vs 'immutable'"),
    ("Лог, неизменяемые события", "лог, изменяемые события", "'изменяемые' vs 'неизменяемые'"),
    ("Log-basiert, unveränderliche Ereignisse", "log-basiert, veränderliche Ereignisse", "'veränderliche' vs 'unveränderliche'"),
])
def test_one_contradiction_is_one_reason(expected, answer, words):
    g = grade(expected, answer)
    assert g.verdict == "wrong"
    assert g.reason.count(words) == 1, g.reason


def test_two_contradictions_are_two_reasons():
    g = grade("Log-based, immutable events, pull", "log-based, mutable events, push")
    assert g.verdict == "wrong"
    assert "'mutable'" in g.reason and "'push'" in g.reason, g.reason
