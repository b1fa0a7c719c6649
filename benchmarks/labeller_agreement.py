"""How often two labellers agree on the held-out answers both labelled, and the grader with each.

    python benchmarks/labeller_agreement.py

The second labels (tests/grading_eval/second/*.yaml: id, label, why) were written blind, by a
labeller who saw neither the first labels nor the grader. Their agreement with the first labels
is the ceiling the grader's agreement is judged by: a target above it asks the grader to agree with
one labeller more than two careful labellers agree with each other. Aggregate figures only: the
held-out cases' disagreements are never printed (they are measured, never read).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

import grading_eval as ge

SECOND_DIR = ge.CASES_DIR / "second"
LABELS = ("right", "partly", "wrong")


def second_labels(root: Path = SECOND_DIR) -> dict[str, str]:
    """id -> the second labeller's label, from every file of the folder."""
    out: dict[str, str] = {}
    for path in sorted(root.glob("*.yaml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or ():
            if entry.get("label") in LABELS:
                out[str(entry["id"])] = entry["label"]
    return out


def _right(label: str) -> bool:
    """The binary reading of a label or verdict, as grading_eval's: right or not."""
    return label == "right"


def agreement(rows: list[tuple[str, str, str]]) -> dict[str, float | int]:
    """(first label, second label, verdict) rows -> agreement figures, binary (right or not) and 3-way."""
    n = len(rows)

    def share(count: int) -> float:
        return round(100 * count / n, 1) if n else 0.0

    agreed = [(a, v) for a, b, v in rows if _right(a) == _right(b)]
    return {
        "n": n,
        "labellers": share(sum(_right(a) == _right(b) for a, b, _ in rows)),
        "labellers 3-way": share(sum(a == b for a, b, _ in rows)),
        "grader vs first": share(sum(_right(a) == _right(v) for a, _, v in rows)),
        "grader vs second": share(sum(_right(b) == _right(v) for _, b, v in rows)),
        "both agree": len(agreed),
        "grader where both agree": round(100 * sum(_right(a) == _right(v) for a, v in agreed) / len(agreed), 1) if agreed else 0.0,
    }


def main() -> int:
    second = second_labels()
    cases = [c for c in ge.load_cases("heldout") if c["id"] in second]
    missing = len(second) - len(cases)
    results = ge.grade_cases(cases, ge.load_decks(cases))
    by_id = {r["id"]: r["verdict"] for r in results}
    rows = [(c["label"], second[c["id"]], by_id[c["id"]]) for c in cases if c["id"] in by_id]
    figures = agreement(rows)
    print(f"held-out answers labelled twice: {figures['n']}" + (f" ({missing} second labels name no held-out case)" if missing else ""))
    print(f"  the two labellers agree: {figures['labellers']}% (3-way {figures['labellers 3-way']}%)")
    print(f"  the grader agrees with the first labels: {figures['grader vs first']}%, with the second: {figures['grader vs second']}%")
    print(f"  where the labellers agree ({figures['both agree']}), the grader agrees with them: {figures['grader where both agree']}%")
    print("  first -> second labels:", dict(sorted(Counter((a, b) for a, b, _ in rows).items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
