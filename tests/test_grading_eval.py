"""The grader's evaluation set (tests/grading_eval/) is valid: ids unique, labels and classes known,
every card exists, both splits present and spread, the minimum counts met. No grader runs here:
these tests check the measurement, never the grader's figures (benchmarks/grading_eval.py does).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "grading_eval.py"
TYPED_KINDS = {"fact", "reverse", "compare", "rating", "use-case", "takeaway", "phrase", "cloze", "follow-up"}


def _module():
    spec = importlib.util.spec_from_file_location("grading_eval", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ev = _module()


@pytest.fixture(scope="module")
def cases():
    return ev.load_cases("all")


@pytest.fixture(scope="module")
def decks(cases):
    return ev.load_decks(cases)


def kind_of(case) -> str:
    return case["card"].split("/")[1]


def test_case_files_are_valid(cases, decks):
    assert ev.problems(cases, decks) == []


def test_the_checks_catch_bad_cases(cases, decks):
    good = cases[0]
    bad = [
        {**good, "label": "maybe"},
        {**good, "class": "vibes"},
        {**good, "card": good["card"] + "-gone"},
        {**{k: v for k, v in good.items() if k != "why"}, "id": "no-why"},
    ]
    found = ev.problems(bad, decks)
    assert any("unknown label 'maybe'" in p for p in found)
    assert any("unknown class 'vibes'" in p for p in found)
    assert any("no card" in p for p in found)
    assert any("missing or not text: why" in p for p in found)
    assert any("used 2 times" in p for p in ev.problems([good, dict(good)], decks))


def test_minimum_counts(cases):
    by_deck = Counter(case["deck"] for case in cases)
    assert sum(by_deck[d] for d in ev.SHIPPED) >= ev.MINIMUMS["shipped"]
    assert sum(by_deck[d] for d in ev.FIELD_DECKS) >= ev.MINIMUMS["field"]
    assert sum(by_deck[d] for d in ev.GERMAN_DECKS) >= ev.MINIMUMS["german"]


def test_both_splits_hold_every_deck_kind_and_class(cases):
    splits = Counter(case["split"] for case in cases)
    assert splits["tune"] and splits["heldout"]
    # Rounds fresh9 to fresh14 were tune-only (the held-out set kept fixed so one measurement shows
    # whether their fixes generalise), so the held-out share may sit below a quarter (fresh14's
    # cases took it to 19.8%), never below 18% nor under 500 answers; a fresh held-out batch (h16,
    # 254 answers no grader saw before its one measurement) took it back to 23.6%.
    assert splits["heldout"] >= 500
    assert 0.18 <= splits["heldout"] / len(cases) <= 0.45
    for field in ("deck", "class"):
        for value in {case[field] for case in cases}:
            assert {c["split"] for c in cases if c[field] == value} == {"tune", "heldout"}, value
    for deck in ev.SHIPPED:
        kinds = {kind_of(c) for c in cases if c["deck"] == deck and c["split"] == "heldout"}
        assert TYPED_KINDS <= kinds, (deck, TYPED_KINDS - kinds)


def test_every_typed_kind_and_every_label_is_covered_in_both_languages(cases):
    for deck in ev.SHIPPED:
        mine = [c for c in cases if c["deck"] == deck]
        assert TYPED_KINDS <= {kind_of(c) for c in mine}, deck
        labels = Counter(c["label"] for c in mine)
        assert all(labels[label] >= len(mine) // 10 for label in ev.LABELS), (deck, labels)


def test_the_classes_of_issue_11_are_present(cases):
    classes = Counter(case["class"] for case in cases)
    for name in ("flip", "leak", "extra-right", "other-language", "synonym", "paraphrase",
                 "abbreviation", "rating", "stuffing", "accept", "in-passing"):
        assert classes[name] >= 3, name


@pytest.mark.parametrize("deck", ev.FIELD_DECKS + ev.GERMAN_DECKS)
def test_the_fixture_decks_pass_check_without_a_warning(deck):
    from click.testing import CliRunner

    from brokerquiz.cli import cli

    result = CliRunner().invoke(cli, ["check", str(ROOT / deck)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert ": ok (" in result.output and "warning" not in result.output, result.output


def test_a_bad_case_file_is_a_message_not_a_traceback(tmp_path):
    (tmp_path / "tune").mkdir()
    (tmp_path / "tune" / "broken.yaml").write_text("- id: [unclosed\n", encoding="utf-8")
    with pytest.raises(ev.CaseError, match=r"^error: .*broken\.yaml: "):
        ev.load_cases("tune", root=tmp_path)


def test_help_names_the_heldout_rule():
    out = subprocess.run([sys.executable, str(SCRIPT), "--help"], capture_output=True, text=True, check=True)
    assert "--split" in out.stdout and "never on heldout" in out.stdout


@pytest.mark.parametrize(
    ("file", "batch"),
    [
        ("tests/grading_eval/tune/databases.en.fresh20.yaml", "fresh20"),
        ("tests/grading_eval/heldout/message-brokers.h19.yaml", "h19"),
        ("tests/grading_eval/tune/message-brokers-en.fa18.yaml", "fa18"),
        ("tests/grading_eval/tune/databases.en.fresh.yaml", "fresh"),
        ("tests/grading_eval/tune/databases.en.fact.yaml", "original"),
        ("tests/grading_eval/tune/datenbanken.de.phrase.yaml", "original"),
    ],
)
def test_a_case_file_names_its_batch(file, batch):
    # a batch (written and labelled at once) is the unit whose first figure says how the grader does on new answers
    assert ev.batch_of(file) == batch


def test_every_case_file_is_in_a_batch(cases):
    assert {ev.batch_of(case["file"]) for case in cases} >= {"original", "h19", "fresh20"}
