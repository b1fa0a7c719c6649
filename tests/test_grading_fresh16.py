"""The general causes behind the fresh16 batch's first-run errors (omissions and wrong extra
claims), said with a deck of subjects and words other than the batch's cases:

* typed picks are split at a lexicon's conjunctions too ("Otter and Heron"), so a list naming an
  either-way subject with "and" is graded as picks, not as text naming another subject;
* an extra part of a right answer that says another subject's cell of the same row, with a word
  the subject's own cells never say (nor a scenario or use the deck says it fits), is wrong (extras.py); a part under a condition or an option
  ("when ...", "... possible") and a word the subject's cells say elsewhere are no such claim; a
  part is judged by its head, the words before its first preposition;
* on a "which one?" card, "X, like Y" names Y as an answer too: wrong unless Y is a right
  choice (the lexicons' likeness_markers); "unlike Y" claims nothing;
* "heavy on resources" (resource-hungry, ресурсоёмкий) is the hard value of the ease group, the
  opposite of lightweight; "heavy" alone is not ("read-heavy");
* "deleted once consumed" (and its spellings) is the queue value of the model group: beside a
  cell that keeps what was read, it says another subject's (a queue's) value;
* a rating answer whose rating matches and whose note says no word of another subject's note
  in that scenario (nor another subject) is right: the note is optional (notes.py);
* a trait value (glossary `trait: true`) claimed beside a fact card's cell is also held to the
  subject's rating notes ("⚠️ single primary"), not only its table cells (traits.py);
* "Wide-Column-Speicher" is the column layout, as "spaltenorientiert" (glossary);
* MAXLEN is the stream's maximum length, in any of the three languages (glossary term);
* an extra part that denies what the subject's own cells say in other rows, or says what they
  deny, is wrong (extras.py), on a fact card and on a takeaway; a verb that only asserts
  ("offers") is judged by the rest (the lexicons' assertion_words).
"""

from __future__ import annotations

import pytest

from brokerquiz.core.grading.extras import claims
from written_deck import verdict, written_deck

DECK = """\
id: couriers
title: Falcon vs Heron vs Otter
language: en
subjects:
  falcon: Falcon
  heron: Heron
  otter: Otter
glossary:
  terms:
    - [parcel lockers, lockers]
    - [night runs, overnight runs]
    - [insurance, cover]
    - [tracking, parcel tracking]
tables:
  comparison:
    title: Comparing couriers
    rows:
      handover:
        label: Handover
        falcon: Doorstep drop, signature photo
        heron: Parcel lockers, pickup code
        otter: Neighbour drop, note in the letterbox
      coverage:
        label: Coverage
        falcon: Cities only, night runs
        heron: Countryside too, insurance included
        otter: Islands, no insurance
      extras:
        label: Extras
        falcon: Live tracking, courier chat
        heron: Weekend slots
        otter: No tracking, cash on delivery
      keeping:
        label: Keeping
        falcon: A year, every scan logged
        heron: Until collected / durable queue
        otter: A week
ratings:
  jobs:
    title: Jobs
    rows:
      fragile:
        label: Fragile goods
        falcon: 👍 careful hands
        heron: 👍/⚠️ lockers are tight
        otter: ❌ no insurance
      bulky:
        label: Bulky parcels
        falcon: 👍 vans, single master depot
        heron: 👍/⚠️ lockers are tight
        otter: 👍 boats
lists:
  when:
    title: When to book which
    falcon:
      weekend: Weekends for busy people
takeaways:
  title: Key takeaways
  falcon: the fast city courier with live tracking.
  heron: the insured all-rounder with parcel lockers.
  otter: the cheap island courier.
"""


@pytest.fixture(scope="module")
def deck(tmp_path_factory):
    return written_deck(tmp_path_factory, "couriers", DECK)


@pytest.mark.parametrize(
    ("answer", "want"),
    [
        ("Falcon, Otter and Heron", "right"),  # Heron fits either way: picks, not another subject named
        ("Falcon, Otter, Heron", "right"),
        ("Otter and Falcon", "right"),
    ],
)
def test_typed_picks_split_at_conjunctions(deck, answer, want):
    assert verdict(deck, "couriers/scenario/jobs/bulky", answer) == want


@pytest.mark.parametrize(("answer", "want"), [("Falcon and Otter", "wrong"), ("Falcon or Otter", "wrong")])
def test_a_pick_that_does_not_fit_stays_wrong(deck, answer, want):
    # joined by "and" as by a comma; a hedge ("or") stays one piece, graded as text
    assert verdict(deck, "couriers/scenario/jobs/fragile", answer) == want


def test_conjunctions_split_claims_and_stop_words_stay(deck):
    _, aliases = deck
    from brokerquiz.core.grading.subjects import index_for

    parts = claims("doorstep drop, signature photo and parcel lockers", index_for(aliases))
    assert [[t.raw for t in p if t.kind == "word"] for p in parts] == [["doorstep", "drop"], ["signature", "photo"], ["parcel lockers"]]


@pytest.mark.parametrize(
    ("answer", "want"),
    [
        ("doorstep drop, signature photo", "right"),
        ("doorstep drop, signature photo and parcel lockers", "wrong"),  # Heron's handover
        ("doorstep drop, signature photo, plus a pickup code", "wrong"),  # Heron's again, its other word
        ("doorstep drop, signature photo and parcel lockers in every mall of the town", "wrong"),  # the head names Heron's
        ("doorstep drop, signature photo, parcel lockers when you ask", "right"),  # an option, no flat claim
        ("doorstep drop, signature photo and live tracking", "right"),  # Falcon's own extras row says so
    ],
)
def test_extra_part_saying_another_subjects_cell(deck, answer, want):
    assert verdict(deck, "couriers/fact/comparison/handover/falcon", answer) == want


@pytest.mark.parametrize(
    ("card", "answer", "want"),
    [
        ("couriers/fact/comparison/handover/heron", "parcel lockers, pickup code, but no insurance", "wrong"),
        ("couriers/fact/comparison/handover/heron", "parcel lockers, pickup code, insurance included", "right"),
        ("couriers/fact/comparison/handover/otter", "neighbour drop, note in the letterbox, and it offers tracking", "wrong"),
        ("couriers/fact/comparison/handover/otter", "neighbour drop, note in the letterbox, no tracking", "right"),
        ("couriers/takeaway/falcon", "the fast city courier with live tracking, but no night runs", "wrong"),
        ("couriers/takeaway/falcon", "the fast city courier with live tracking, night runs too", "right"),
    ],
)
def test_extra_part_against_the_subjects_own_cells(deck, card, answer, want):
    assert verdict(deck, card, answer) == want


@pytest.mark.parametrize(
    ("answer", "want"),
    [
        ("a lightweight agent, quick install", "right"),
        ("a lightweight agent, quick install, but resource-hungry", "wrong"),  # the hard value beside the easy one
        ("a lightweight agent, quick install, ресурсоёмкий", "wrong"),
        ("a lightweight agent for read-heavy sites", "right"),  # "heavy" alone is no such value
    ],
)
def test_heavy_on_resources_is_the_opposite_of_lightweight(answer, want):
    from brokerquiz.core.grading import grade

    expected = "A lightweight agent, quick install" if "sites" not in answer else "A lightweight agent for read-heavy sites"
    assert grade(expected, answer).verdict == want


@pytest.mark.parametrize(
    ("answer", "want"),
    [
        ("Falcon", "right"),
        ("Falcon, just like Otter", "wrong"),  # likens Otter: names it as an answer too
        ("Falcon, unlike Otter", "right"),  # a contrast in passing claims nothing of Otter
        ("Falcon, wie bei Heron", "wrong"),
    ],
)
def test_likening_another_subject_on_a_which_one_card(deck, answer, want):
    assert verdict(deck, "couriers/reverse/comparison/handover/falcon", answer) == want


@pytest.mark.parametrize(
    ("answer", "want"),
    [
        ("a year, every scan logged", "right"),
        ("a year, every scan logged, but deleted once read", "wrong"),  # a queue's trait: Heron's cell
        ("a year, every scan logged, удаляются после чтения", "wrong"),
    ],
)
def test_deleted_once_consumed_is_a_queue(deck, answer, want):
    assert verdict(deck, "couriers/fact/comparison/keeping/falcon", answer) == want


@pytest.mark.parametrize(
    ("answer", "want"),
    [
        ("good, live tracking all the way", "right"),  # the rating right, a reason of one's own (a term)
        ("👍 drivers trained for glassware", "right"),
        ("good, the lockers are tight", "partly"),  # Heron's note: another subject's reason
        ("good, no insurance needed", "partly"),  # Otter's note's term
        ("bad, drivers trained for glassware", "wrong"),
    ],
)
def test_a_rating_note_in_own_words(deck, answer, want):
    assert verdict(deck, "couriers/rating/jobs/fragile/falcon", answer) == want


@pytest.mark.parametrize(
    ("answer", "want"),
    [
        ("doorstep drop, signature photo, multi-master depots", "wrong"),  # its rating note: single master
        ("doorstep drop, signature photo, one master depot", "right"),
    ],
)
def test_a_trait_claim_against_the_subjects_rating_notes(deck, answer, want):
    assert verdict(deck, "couriers/fact/comparison/handover/falcon", answer) == want



@pytest.mark.parametrize("answer", ["trimmed to a maximum length", "trimmed по максимальной длине"])
def test_a_stream_length_cap_is_maxlen(answer):
    from brokerquiz.core.grading import grade

    assert grade("Trimmed by MAXLEN", answer).verdict == "right"


@pytest.mark.parametrize(
    ("answer", "want"),
    [
        ("live tracking, courier chat, and weekends", "right"),  # Heron's cell word, but a use the deck gives Falcon
        ("live tracking, courier chat, and cash on delivery", "wrong"),  # Otter's cell, nowhere Falcon's
    ],
)
def test_a_use_the_deck_gives_the_subject_is_its_own(deck, answer, want):
    assert verdict(deck, "couriers/fact/comparison/extras/falcon", answer) == want


@pytest.mark.parametrize(("answer", "want"), [("Wide-Column-Speicher, Thrift", "right"), ("Wide-Column-Speicher", "partly")])
def test_a_wide_column_compound_is_the_column_layout(answer, want):
    # "Wide-Column-Speicher" says what "spaltenorientiert" says: the German compound is one term with it
    from brokerquiz.core.grading import grade

    assert grade("Spaltenorientierter Wide-Column-Speicher, Thrift", answer).verdict == want
