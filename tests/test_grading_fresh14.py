"""The general causes behind the fresh14 batch's first-run errors (issue 11: false rejects of
true elaborations), said with a deck of subjects and words other than the batch's cases:

* a right answer followed by why ("because ...", "weil ...") is right: the reason's words are no
  extra claims (reasons.py, the lexicons' reason_markers); a reason naming another value of an
  opposite group still contradicts, and an extra clause said with no reason marker still costs;
* a group flagged `several:` in glossary.yaml (isolation, sync, consistency-model, storage,
  scaling-direction): another value
  said as an option in a clause of its own, beside the expected one ("X available, Y by
  default"), is no contradiction (several.py, the lexicons' option_markers); a plain swap is;
* semi-sync is a value of the sync group of its own, so "always synchronous" contradicts
  "async or semi-sync".
"""

from __future__ import annotations

import pytest

from brokerquiz.core.grading.glossary import glossary_for
from written_deck import verdict, written_deck

DECK = """\
id: vaults
title: Ledger vs Archive
language: en
subjects:
  ledger: Ledger
  archive: Archive
tables:
  comparison:
    title: Comparing vaults
    rows:
      isolation:
        label: Isolation
        ledger: Serializable isolation available
        archive: Snapshots only, no locks
      mirroring:
        label: Mirroring
        ledger: Async mirroring, mirrors can trail
        archive: Nightly snapshots to cold storage
      reads:
        label: Read consistency
        ledger: Strong on the writer node
        archive: Lagging copies on every node
      handoff:
        label: Handoff guarantee
        ledger: at-least-once
        archive: at-most-once
      growth:
        label: Scaling
        ledger: Vertical, add-ons to shard
        archive: Horizontal out of the box
      keeping:
        label: Keeping
        ledger: Disk-backed, compressed pages
        archive: Tape, offline
      shipping:
        label: Shipping
        ledger: Async or semi-sync shipping
        archive: Batch upload
      lanes:
        label: Lanes
        ledger: ordered within a lane
        archive: unordered buckets
"""


@pytest.fixture(scope="module")
def deck(tmp_path_factory):
    return written_deck(tmp_path_factory, "vaults", DECK)


ROW = "vaults/fact/comparison/{}/ledger"


@pytest.mark.parametrize(
    ("row", "answer", "expected"),
    [
        # the right answer, then a true reason: right in each language's words
        ("lanes", "ordered within a lane, because one worker drains each lane in turn", "right"),
        ("lanes", "ordered within a lane since a single writer appends to it", "right"),
        ("lanes", "ordered within a lane, weil ein einziger worker jede lane nacheinander abarbeitet", "right"),
        ("lanes", "ordered within a lane, потому что каждую lane читает один воркер по очереди", "right"),
        # a condition after the right answer is an elaboration too
        ("lanes", "ordered within a lane; until a worker takes it the next item waits", "right"),
        ("lanes", "ordered within a lane, пока воркер не заберёт элемент, следующий ждёт", "right"),
        # a reason naming another value of a group contradicts as before
        ("mirroring", "async mirroring, mirrors can trail, because mirroring is synchronous", "wrong"),
        ("lanes", "ordered within a lane, since no lane is ordered", "wrong"),
        ("lanes", "ordered within a lane, because every single worker reads its items unordered", "wrong"),
        ("mirroring", "async mirroring, mirrors can trail, until mirroring turns synchronous", "wrong"),
        # an extra clause with no reason marker is an extra claim, not a reason: too much
        ("lanes", "ordered within a lane, the whole thing restarts every single hour", "wrong"),
    ],
)
def test_a_reason_after_a_right_answer_costs_nothing(deck, row, answer, expected):
    assert verdict(deck, ROW.format(row), answer) == expected


@pytest.mark.parametrize(
    ("row", "answer", "expected"),
    [
        # another value of a `several` group said as an option beside the expected one
        ("isolation", "serializable available, read committed by default", "right"),
        ("isolation", "serializable is there; you can drop to read committed if you want", "right"),
        ("mirroring", "async mirroring, mirrors can trail; sync mirroring possible when needed", "right"),
        ("reads", "strong on the writer node, eventual when you query the other nodes", "right"),
        # the option's clause is about the option: its condition's words are no other cell's claim
        ("reads", "strong on the writer node, eventual with lagging copies", "right"),
        ("mirroring", "async mirroring, mirrors can trail, sync mirroring through a plugin", "right"),
        ("growth", "vertical by default; add-ons to shard when you need horizontal", "right"),
        ("growth", "horizontal", "wrong"),
        ("keeping", "disk-backed, compressed pages, an in-memory mode is available", "right"),
        ("keeping", "in memory, compressed pages", "wrong"),
        # a bare "too" adds a claim, it marks no option
        ("growth", "vertical, add-ons to shard, horizontal too", "wrong"),
        # swaps: the other value alone, or in the expected value's clause with no marker
        ("isolation", "read committed", "wrong"),
        ("mirroring", "sync mirroring, mirrors can trail", "wrong"),
        ("reads", "eventual on the writer node, strong elsewhere", "wrong"),
        # the other value said of the very circumstance the expected value's clause names
        ("reads", "strong on the writer node, eventual by default on the writer node", "wrong"),
    ],
)
def test_a_second_supported_value_said_as_an_option_is_no_swap(deck, row, answer, expected):
    assert verdict(deck, ROW.format(row), answer) == expected


def test_the_flag_is_data_and_a_group_without_it_still_contradicts(deck):
    glossary = glossary_for(None)
    assert glossary.groups["isolation"].several and not glossary.groups["delivery"].several
    # delivery carries no `several:` flag: another guarantee said "if" beside the expected one
    # is a claim against the card, as before
    assert verdict(deck, ROW.format("handoff"), "at-least-once, exactly-once if you want") == "wrong"
    assert verdict(deck, ROW.format("handoff"), "at-least-once, because a parcel is resent until signed") == "right"


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("async or semi-sync shipping", "right"),
        ("semi-synchronous or asynchronous shipping", "right"),
        # semi-sync is a value of its own (one replica's ack), not "synchronous"
        ("always synchronous shipping", "wrong"),
    ],
)
def test_semi_sync_is_a_value_of_its_own(deck, answer, expected):
    assert verdict(deck, ROW.format("shipping"), answer) == expected


def test_the_lexicon_reads_on_as_a_word_not_a_yaml_boolean():
    # YAML 1.1 reads a bare `on` as true: the preposition list must hold the word itself
    from brokerquiz.core.grading.text import lexicon_words

    prepositions = lexicon_words("prepositions")
    assert "on" in prepositions and "true" not in prepositions
