"""The second labeller's held-out labels: well formed, each naming a held-out case; the agreement
figures computed as described (benchmarks/labeller_agreement.py)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import grading_eval as ge  # noqa: E402
import labeller_agreement as la  # noqa: E402


def test_every_second_label_names_a_held_out_case_once_with_a_known_label():
    import yaml

    held = {c["id"] for c in ge.load_cases("heldout")}
    seen = []
    for path in sorted(la.SECOND_DIR.glob("*.yaml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")):
            assert entry["label"] in la.LABELS, entry
            assert entry["id"] in held, entry["id"]
            seen.append(entry["id"])
    assert len(seen) == len(set(seen)) >= 300


def test_agreement_is_binary_and_three_way_and_judges_the_grader_where_the_labellers_agree():
    rows = [("right", "right", "right"), ("partly", "wrong", "wrong"), ("right", "partly", "right"), ("wrong", "wrong", "right")]
    got = la.agreement(rows)
    assert got["n"] == 4
    assert got["labellers"] == 75.0 and got["labellers 3-way"] == 50.0  # the third row splits them
    assert got["grader vs first"] == 75.0 and got["grader vs second"] == 50.0
    assert got["both agree"] == 3 and got["grader where both agree"] == round(100 * 2 / 3, 1)


def test_no_rows_gives_zeros_not_an_error():
    assert la.agreement([])["labellers"] == 0.0
