"""The general causes behind the fa18 batch's first-run false accepts (issue 11: a right value
plus a false claim), said with decks of subjects and words other than the batch's cases: a
default the deck's own text contradicts (defaulted.py); an extra part saying a term the other
way from the subject's own cells, or made of another subject's term alone (ownterms.py); the
model (log / queue) as a trait of the subject; a cloze clause judged by the cells of the one
subject it names."""

from __future__ import annotations

import pytest
from written_deck import verdict, written_deck

from brokerquiz.core.grading.defaulted import contradicted_default
from brokerquiz.core.grading.subjects import index_for
from brokerquiz.core.grading.text import lexicon_words

DECK = """\
id: vaults
title: Keep vs Safe
language: en
subjects:
  keep: Keep
  safe: Safe
tables:
  comparison:
    title: Comparing vaults
    rows:
      locking:
        label: Locking
        keep: Strict locks, serializable available
        safe: Optimistic locks, read committed by default
      copies:
        label: Copies
        keep: Asynchronous mirrors may trail behind
        safe: Every copy confirms synchronously
      shipping:
        label: Shipping
        keep: Log shipping to mirrors, one writer
        safe: Snapshot shipping, one writer
"""


@pytest.fixture(scope="module")
def deck(tmp_path_factory):
    return written_deck(tmp_path_factory, "vaults", DECK)


@pytest.mark.parametrize(
    ("card", "answer", "verdict_"),
    [
        # the expected text offers serializable as one choice: calling it the default is wrong
        ("vaults/fact/comparison/locking/keep", "strict locks; the default level is serializable", "wrong"),
        ("vaults/fact/comparison/locking/keep", "strict locks, by default serializable", "wrong"),
        # another value called the default where the text offers a choice: the text tells no default
        ("vaults/fact/comparison/locking/keep", "strict locks, serializable available, read committed by default", "right"),
        ("vaults/fact/comparison/locking/keep", "strict locks, serializable if you need it", "right"),
        # the subject's copies cell says asynchronous: a synchronous default told in another row is wrong
        ("vaults/fact/comparison/shipping/keep", "log shipping to mirrors, one writer, synchronous by default", "wrong"),
        ("vaults/fact/comparison/shipping/keep", "log shipping to mirrors, one writer, asynchronous by default", "right"),
        # the other subject's cells say synchronous: its default agrees with them
        ("vaults/fact/comparison/shipping/safe", "snapshot shipping, one writer, synchronous by default", "right"),
    ],
)
def test_a_default_the_decks_own_text_contradicts_is_wrong(deck, card, answer, verdict_):
    assert verdict(deck, card, answer) == verdict_


def test_a_default_of_a_group_no_text_names_is_no_claim():
    index = index_for(None)
    assert contradicted_default("Log shipping, one writer", "log shipping, one writer, serializable by default", (), index) == ()
    assert contradicted_default("Strict locks, serializable available", "strict locks, serializable by default", (), index) == ("serializable",)


def test_the_available_words_are_data():
    words = lexicon_words("available_words")
    assert {"available", "verfugbar"} <= words or {"available", "verfuegbar"} <= words
    assert "by default" not in words


TERMS_DECK = """\
id: ledgers
title: Tally vs Abacus
language: en
subjects:
  tally: Tally
  abacus: Abacus
tables:
  comparison:
    title: Comparing ledgers
    rows:
      lookups:
        label: Lookups
        tally: Secondary indexes, joins via a pipeline stage
        abacus: Primary key only, no joins
      layout:
        label: Layout
        tally: Nested records, flexible fields
        abacus: Wide rows, one table per lookup
"""


@pytest.fixture(scope="module")
def ledgers(tmp_path_factory):
    return written_deck(tmp_path_factory, "ledgers", TERMS_DECK)


@pytest.mark.parametrize(
    ("card", "answer", "verdict_"),
    [
        # the subject's lookups cell names its joins: an extra part denying them is wrong
        ("ledgers/fact/comparison/layout/tally", "nested records, flexible fields, and joins are not possible", "wrong"),
        ("ledgers/fact/comparison/layout/tally", "nested records, flexible fields, and no joins whatsoever", "wrong"),
        # the subject's lookups cell denies joins: an extra part saying them flatly is wrong
        ("ledgers/fact/comparison/layout/abacus", "wide rows, one table per lookup, and joins work fine", "wrong"),
        # said the same way as the cell: true, no claim against it
        ("ledgers/fact/comparison/layout/abacus", "wide rows, one table per lookup, and no joins", "right"),
        ("ledgers/fact/comparison/layout/tally", "nested records, flexible fields, joins through a pipeline", "right"),
        # under a condition: no flat claim
        ("ledgers/fact/comparison/layout/tally", "nested records, flexible fields; if you avoid joins it is faster", "right"),
    ],
)
def test_an_extra_part_the_subjects_own_cells_say_the_other_way_is_wrong(ledgers, card, answer, verdict_):
    assert verdict(ledgers, card, answer) == verdict_


@pytest.mark.parametrize(
    ("answer", "verdict_"),
    [
        # a term only the other subject's cells say, as the whole of an extra part: its fact, not this one's
        ("wide rows, one table per lookup, but it needs secondary indexes", "wrong"),
        # a part naming more than that term: a detail of one's own, no borrowed claim
        ("wide rows, one table per lookup, its own compaction process", "right"),
        ("wide rows, one table per lookup", "right"),
    ],
)
def test_an_extra_part_made_of_another_subjects_term_is_wrong(ledgers, answer, verdict_):
    assert verdict(ledgers, "ledgers/fact/comparison/layout/abacus", answer) == verdict_


MODEL_DECK = """\
id: journals
title: Scroll vs Tray
language: en
subjects:
  scroll: Scroll
  tray: Tray
tables:
  comparison:
    title: Comparing journals
    rows:
      model:
        label: Model
        scroll: Log-based entries
        tray: Queue-based, one reader per entry
      pace:
        label: Pace
        scroll: Batched reads, high throughput
        tray: Prefetch per reader
"""


@pytest.fixture(scope="module")
def journals(tmp_path_factory):
    return written_deck(tmp_path_factory, "journals", MODEL_DECK)


@pytest.mark.parametrize(
    ("card", "answer", "verdict_"),
    [
        # a log-based subject: "gone once read" (the queue's trait) told in another row is wrong
        ("journals/fact/comparison/pace/scroll", "batched reads, high throughput; entries are deleted once read", "wrong"),
        ("journals/fact/comparison/pace/scroll", "batched reads, high throughput, entries stay in the log", "right"),
        # the queue-based subject: its own trait
        ("journals/fact/comparison/pace/tray", "prefetch per reader, entries are deleted once read", "right"),
    ],
)
def test_the_model_is_a_trait_of_the_subject(journals, card, answer, verdict_):
    assert verdict(journals, card, answer) == verdict_


def test_the_model_group_is_a_trait():
    from brokerquiz.core.grading.glossary import glossary_for

    assert glossary_for().groups["model"].trait


PHRASE_DECK = MODEL_DECK + """\
      guarantee:
        label: Delivery guarantee
        scroll: at-least-once / exactly-once
        tray: at-least-once
phrases:
  pitch:
    title: The pitch
    text: Scroll for batched history, Tray for quick jobs.
    clauses:
      scroll: Scroll for batched history
      tray: Tray for quick jobs
"""


@pytest.fixture(scope="module")
def pitched(tmp_path_factory):
    return written_deck(tmp_path_factory, "journals", PHRASE_DECK)


@pytest.mark.parametrize(
    ("card", "answer", "verdict_"),
    [
        # a clause names one subject: a trait value that subject's cells exclude is wrong
        ("journals/cloze/pitch/tray", "tray for quick jobs, with exactly-once", "wrong"),
        ("journals/cloze/pitch/tray", "tray for quick jobs, at least once", "right"),
        ("journals/cloze/pitch/scroll", "scroll for batched history, exactly-once too", "right"),
    ],
)
def test_a_clause_naming_one_subject_is_judged_by_that_subjects_cells(pitched, card, answer, verdict_):
    assert verdict(pitched, card, answer) == verdict_
