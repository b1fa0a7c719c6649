"""The verdict's Missing and Wrong lines show a dotted setting name or a call as written, not cut
at its dots and parentheses into fragments a reader cannot place."""

from __future__ import annotations

from brokerquiz.grading import grade


def test_a_dotted_setting_left_out_is_shown_whole():
    g = grade("Raise fetch.max.wait.ms, or batch sends with linger.ms", "batch sends")
    assert "Raise fetch.max.wait.ms" in g.missing
    assert not {"max", "wait", "ms"} & set(g.missing)


def test_a_call_and_the_words_after_it_stay_one_part():
    g = grade("Consumers must call commitSync() after processing", "commit offsets before")
    assert any("commitSync() after processing" in m for m in g.missing), g.missing


def test_a_sentence_end_still_separates():
    g = grade("Offsets are stored in a topic. Retention is seven days", "offsets stored in a topic")
    assert g.missing and all("." not in m for m in g.missing), g.missing
