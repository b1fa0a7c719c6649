"""Rules added while tuning grader v2 towards issue 11's target, each tested from its own
statement (made-up subjects and texts, not the evaluation set's answers)."""

from __future__ import annotations

from brokerquiz.core.grading import grade

SUBJECTS = {"Apache Pulsar": ("Pulsar",), "ActiveMQ Artemis": ("Artemis",)}


def verdict(expected: str, answer: str, **kw) -> str:
    return grade(expected, answer, aliases=SUBJECTS, **kw).verdict


# A subject mention that is an item of its own after the first part is something the text
# says ("no, use <subject>"), so leaving it out is an omission; a mention anchoring a part
# ("<subject>: ...") still need not be repeated.


def test_a_listed_subject_of_the_question_must_be_said():
    assert verdict("No, Pulsar", "no", subject="Pulsar") == "partly"
    assert verdict("No, Pulsar", "no, pulsar", subject="Pulsar") == "right"


def test_a_listed_subject_in_an_accept_entry_must_be_said():
    kw = {"accept": ("no, Pulsar",), "subject": "Pulsar"}
    assert verdict("No: end of life since 2020; move to Pulsar.", "no", **kw) == "partly"
    assert verdict("No: end of life since 2020; move to Pulsar.", "no, Pulsar", **kw) == "right"


def test_a_subject_anchoring_its_part_need_not_be_repeated():
    assert verdict("Pulsar: segments in BookKeeper", "segments in BookKeeper", subject="Pulsar") == "right"


# An accepted short form vouches for what it says: an answer adding a field term that neither
# it, the main answer nor the question names makes a claim of its own (partly at best).


def test_an_accept_entry_does_not_vouch_for_a_new_term():
    kw = {"accept": ("👎",)}
    assert verdict("👎 only a dead letter queue", "👎", **kw) == "right"
    assert verdict("👎 only a dead letter queue", "👎 via transactions", **kw) != "right"


def test_an_accept_entry_with_the_main_answers_term_stays_right():
    kw = {"accept": ("👎",)}
    assert verdict("👎 only a dead letter queue", "👎 only a DLQ", **kw) == "right"
