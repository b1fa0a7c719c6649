"""The general causes behind the fa13 batch's first-run errors (issue 11: a right answer plus a
wrong extra claim in its own clause), said with a deck of subjects and words other than the
batch's cases: an extra claim the subject's cells in the other rows contradict (a `trait:`
group of glossary.yaml), and another subject's cell said in a sentence of its own with the
question's words."""

from __future__ import annotations

import pytest

from brokerquiz.core.grading.glossary import glossary_for
from written_deck import verdict, written_deck

DECK = """\
id: couriers
title: Relay vs Courier
language: en
subjects:
  relay: Relay
  courier: Courier
tables:
  comparison:
    title: Comparing couriers
    rows:
      delivery:
        label: Delivery guarantee
        relay: at-least-once
        courier: at-most-once / at-least-once / exactly-once
      ordering:
        label: Ordering
        relay: FIFO per lane
        courier: ordered per mailbox
      replicas:
        label: Replicas
        relay: single primary, async followers
        courier: every node takes writes, gossip repair
      expiry:
        label: Expiry and TTL
        relay: No built-in expiry, compaction removes old entries
        courier: TTL per envelope, swept hourly
"""


@pytest.fixture(scope="module")
def deck(tmp_path_factory):
    return written_deck(tmp_path_factory, "couriers", DECK)


@pytest.mark.parametrize(
    ("card", "answer", "verdict_"),
    [
        # the subject's delivery cell says at-least-once only: exactly-once claimed elsewhere is wrong
        ("couriers/fact/comparison/ordering/relay", "fifo per lane, and exactly-once out of the box", "wrong"),
        ("couriers/fact/comparison/ordering/relay", "fifo per lane, at least once", "right"),
        # a value the subject's other cells name too is no contradiction
        ("couriers/fact/comparison/ordering/courier", "ordered per mailbox, exactly-once if you ask for it", "right"),
        # nor a value denied
        ("couriers/fact/comparison/ordering/relay", "fifo per lane, but no exactly-once", "right"),
        # the writers: "single primary" in the replicas row excludes several primaries elsewhere
        ("couriers/fact/comparison/ordering/relay", "fifo per lane; multi-master writes", "wrong"),
    ],
)
def test_an_extra_trait_value_the_subjects_other_rows_exclude_is_wrong(deck, card, answer, verdict_):
    assert verdict(deck, card, answer) == verdict_


def test_the_trait_groups_are_data():
    groups = glossary_for().groups
    assert groups["delivery"].trait and groups["writers"].trait
    assert not groups["level"].trait  # "high" in one row says nothing of another row's "low"


@pytest.mark.parametrize(
    ("answer", "verdict_"),
    [
        # another subject's cell in a sentence of its own: the question's words ("TTL") are its claim
        ("no built-in expiry, compaction removes old entries. there is a ttl per envelope though", "wrong"),
        ("no built-in expiry, compaction removes old entries", "right"),
    ],
)
def test_another_cell_said_in_its_own_sentence_with_the_questions_words(deck, answer, verdict_):
    assert verdict(deck, "couriers/fact/comparison/expiry/relay", answer) == verdict_


@pytest.mark.parametrize(
    ("answer", "verdict_"),
    [
        # a sentence of its own about another subject that the deck bears out: an aside, no claim against
        ("fifo per lane. courier orders per mailbox", "right"),
        # one the other subject's cell does not bear out is another subject's claim
        ("fifo per lane. courier is fifo per lane too", "wrong"),
        # the rest must be right on its own
        ("at least once. courier orders per mailbox", "wrong"),
    ],
)
def test_a_true_sentence_about_another_subject_is_an_aside(deck, answer, verdict_):
    assert verdict(deck, "couriers/fact/comparison/ordering/relay", answer) == verdict_
