"""The general causes behind the fresh17 batch's first-run errors (right answers with more right
words refused, wrong extra claims accepted), said with a deck of subjects and words other than
the batch's cases:

* an answer that has said the whole expected text may go on in its own words (how, an example,
  a consequence) at no precision cost (reasons.elaboration_free), unless what it adds
  - denies something where the expected text and the question deny nothing,
  - names a subject the expected text and the question do not name,
  - says an expected word again in another short part (more values listed, not an elaboration),
  - opens a later part with an indefinite article saying no expected word (", a ..."): what the
    thing is, a claim of identity,
  - or makes a sweeping or default claim (every, always, global*, by default ...);
* an extra part saying the whole of another subject's cell of another row (every word of it)
  is another subject's fact told of this one: wrong (extras.py);
* an extra part saying "only" of something the expected text does not name narrows the answer
  to a case the deck does not make: wrong (extras.py).
"""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade
from written_deck import verdict, written_deck

DECK = """\
id: ferries
title: Swan vs Pike vs Crane
language: en
subjects:
  swan: Swan
  pike: Pike
  crane: Crane
tables:
  comparison:
    title: Comparing ferry lines
    rows:
      boarding:
        label: Boarding
        swan: Ramp boarding, ticket scan
        pike: Gangway, paper tickets
        crane: Lift platform, wristband
      timetable:
        label: Timetable
        swan: Hourly departures
        pike: Twice a day
        crane: On request
      comfort:
        label: Comfort
        swan: Bench seats, open deck
        pike: Long crossing, bar aboard
        crane: Standing room
"""

CARD = "ferries/fact/comparison/{row}/swan"


@pytest.fixture(scope="module")
def deck(tmp_path_factory):
    return written_deck(tmp_path_factory, "ferries", DECK)


@pytest.mark.parametrize(
    ("row", "answer"),
    [
        ("boarding", "ramp boarding, ticket scan; cars drive on from the quay through the bow door"),
        ("timetable", "hourly departures from the north pier, printed at the ticket office"),
        ("comfort", "bench seats and an open deck where passengers watch the harbour go by"),
    ],
)
def test_the_whole_said_then_more_in_own_words_is_right(deck, row, answer):
    assert verdict(deck, CARD.format(row=row), answer) == "right"


@pytest.mark.parametrize(
    "answer",
    [
        "ramp boarding, ticket scan; cars drive in from the quay, always through the bow door",  # sweeping
        "ramp boarding, ticket scan; cars drive in from the quay in a global order",  # sweeping (global*)
        "ramp boarding, ticket scan; foot passengers cannot come aboard at the quay",  # a denial of its own
    ],
)
def test_an_elaboration_making_a_claim_of_its_own_stays_a_cost(deck, answer):
    assert verdict(deck, CARD.format(row="boarding"), answer) != "right"


def test_more_values_listed_are_no_elaboration():
    expected = "ramp boarding, ticket scan"
    assert not grade(expected, "ramp boarding, ticket scan, gangway at the stern, lift platform for bikes, wristband scan").correct
    assert grade(expected, "ramp boarding, ticket scan, gangway at the stern for crew, lift platform for bikes").correct


def test_a_later_part_saying_what_the_thing_is_is_a_claim():
    assert not grade("water taxi", "water taxi, a harbour bus you can hail from the pier").correct


@pytest.mark.parametrize(
    ("answer", "want"),
    [
        ("hourly departures, the long crossing has a bar aboard", "wrong"),  # Pike's comfort cell, whole
        ("hourly departures, the short hop has a kiosk near the stern", "right"),
    ],
)
def test_another_subjects_cell_of_another_row_told_of_this_one(deck, answer, want):
    assert verdict(deck, CARD.format(row="timetable"), answer) == want


@pytest.mark.parametrize(
    ("answer", "want"),
    [
        ("hourly departures, but only from the north pier", "wrong"),
        ("hourly departures from the north pier", "right"),
    ],
)
def test_only_of_what_the_expected_text_does_not_name_narrows_it(deck, answer, want):
    assert verdict(deck, CARD.format(row="timetable"), answer) == want
