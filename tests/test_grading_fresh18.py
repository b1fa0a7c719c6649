"""fresh18: a long model answer judged by its key points (grading/keypoints.py).

The words here are an archive's, not the cases' (tests/grading_eval/tune/*.fresh18.yaml): the rule
is about the shape of a model answer and its accept entries, not about any deck's words."""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade
from brokerquiz.core.grading.keypoints import is_long, key_points

_ARCHIVE = (
    "The open ledger is never rebound, and a grace period keeps the newest pages untouched, so old "
    "entries stay readable for a while. A clerk who reads less than that behind sees every draft."
)
_QUESTION = "Does the binder rebind old ledger entries at once?"
#: "no" before the lead's point in other words: a polarity guard alone refuses the bare entry "rebound"
_OWN_WORDS = "no - the open ledger is never rebound and a grace period leaves the newest pages untouched for a while"


def test_the_leads_point_and_an_entry_it_holds_is_right():
    # the lead sentence in other words (its first 60%), and both items of an entry the lead sentence holds
    g = grade(_ARCHIVE, _OWN_WORDS, accept=["grace period, rebound"], context=_QUESTION)
    assert g.verdict == "right"


def test_an_entry_that_needs_a_later_sentence_keeps_the_lead_an_omission():
    # the author's only sufficient answer also names the second sentence's clerk: the lead alone is not enough
    g = grade(_ARCHIVE, _OWN_WORDS, accept=["rebound, clerk sees every draft"], context=_QUESTION)
    assert g.verdict == "partly"


def test_an_item_left_out_is_no_key_point_verdict():
    answer = "no - the open ledger is never rebound and the newest pages are left untouched for a while"
    g = grade(_ARCHIVE, answer, accept=["grace period, rebound"], context=_QUESTION)
    assert g.verdict == "partly"


def test_too_little_of_the_lead_is_no_key_point_verdict():
    # both items said, but the lead sentence only half: "keeps new pages as they are" is not its point
    answer = "no - the open ledger is never rebound, and the grace period keeps new pages as they are"
    assert grade(_ARCHIVE, answer, accept=["grace period, rebound"], context=_QUESTION).verdict == "partly"


def test_a_contradicting_lead_is_wrong_whatever_the_items_say():
    answer = "yes - the open ledger is rebound at once, the grace period keeps nothing untouched"
    g = grade(_ARCHIVE, answer, accept=["grace period, rebound"], context=_QUESTION)
    assert g.verdict == "wrong"


_CLAUSES = "Old drafts pile up behind every edit; sweeping frees their shelf space and stops the page counter wrapping round."


def test_one_sentence_of_clauses_without_entries_is_its_own_point():
    answer = "edits leave old drafts piling up; sweeping frees the shelf and keeps the page counter from wrapping"
    assert grade(_CLAUSES, answer, context="Why does the archive need sweeping?").verdict == "right"


def test_one_clause_of_it_stays_an_omission():
    assert grade(_CLAUSES, "it frees shelf space", context="Why does the archive need sweeping?").verdict != "right"


@pytest.mark.parametrize(
    ("entry", "items"),
    [
        ("grace period, open ledger", ("grace period", "open ledger")),
        ("stamp; seal, ribbon", ("stamp", "seal", "ribbon")),
        ("binder + glue", ("binder + glue",)),
        ("pages 1,2", ("pages 1,2",)),  # a comma without a space is no separator
    ],
)
def test_an_entry_is_cut_into_its_items(entry, items):
    assert key_points(entry) == items


@pytest.mark.parametrize(
    ("text", "long"),
    [
        ("Bound volumes, sorted by year", False),
        ("Old drafts pile up; sweeping frees them.", True),
        ("Never. The binder waits for the grace period.", True),
    ],
)
def test_only_a_text_of_several_points_is_judged_by_key_points(text, long):
    assert is_long(text) is long
