"""Score the grader against the labelled answers in tests/grading_eval/ (tune and heldout).

Every case names a deck, a card id, what a candidate typed and what an expert interviewer would
accept (right / partly / wrong). The deck is loaded and its cards generated with the project's
own code (`core.library.open_deck`), and each answer is graded with the call the study screen
makes for a typed answer (`grade_card(card, text, aliases=subject_aliases(deck))`, as in
`core/sessions/study.py`). Printed for tune and heldout separately, overall and per language, deck,
card kind and class:

* agreement: binary, label right <-> verdict right;
* 3-way: label == verdict (right / partly / wrong);
* false accepts: verdict right, label not right; false rejects: label right, verdict not right
  (counts and % of answers).

    python benchmarks/grading_eval.py [--split heldout|tune|all] [--show-errors] [--json]

`--show-errors` lists each disagreement. Use it on `--split tune` only: never look at heldout's
errors while tuning the grader, or heldout stops measuring answers the grader has not been fitted
to. A case whose card no longer exists is skipped with a warning; one whose card answer drifted
from its `expected` is graded and warned about (its label may need a second look).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CASES_DIR = ROOT / "tests" / "grading_eval"
SPLITS = ("tune", "heldout")
LABELS = ("right", "partly", "wrong")
FIELDS = ("id", "deck", "card", "expected", "answer", "label", "class", "why")
CLASSES = frozenset({
    "exact", "paraphrase", "synonym", "typo", "abbreviation", "other-language", "flip", "leak",
    "wrong-subject", "stuffing", "omission", "extra-right", "extra-wrong", "rating", "accept",
    "number", "in-passing", "empty/idk",
})
SHIPPED = ("message-brokers", "message-brokers-en")
FIELD_DECKS = ("tests/fixtures/decks/databases.en.yaml",)
GERMAN_DECKS = ("tests/fixtures/decks/datenbanken.de.yaml",)
MINIMUMS = {"shipped": 500, "field": 60, "german": 40}


class CaseError(Exception):
    """A case file that cannot be read: the message is `error: PATH: what happened`."""


def load_cases(split: str = "all", root: Path = CASES_DIR) -> list[dict[str, Any]]:
    """Every case of the split(s), each with its `split` and `file` added."""
    import yaml

    cases = []
    for name in SPLITS if split == "all" else (split,):
        for path in sorted((root / name).glob("*.yaml")):
            try:
                data = yaml.safe_load(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
                raise CaseError(f"error: {path}: {exc}") from None
            if not isinstance(data, list):
                raise CaseError(f"error: {path}: expected a list of cases")
            for case in data:
                if not isinstance(case, dict):
                    raise CaseError(f"error: {path}: a case is not a mapping: {case!r}")
                shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
                cases.append({**case, "split": name, "file": str(shown)})
    return cases


def deck_name(deck: str) -> str:
    """A shipped deck id as is; a path is taken from the repository root."""
    return deck if "/" not in deck else str(ROOT / deck)


def load_decks(cases: list[dict[str, Any]]) -> dict[str, tuple[Any, dict[str, Any]]]:
    """Deck field -> (deck, {card id: card}), with the project's own loading and generation."""
    from brokerquiz.core.deck.library import open_deck

    decks = {}
    for name in sorted({str(case.get("deck")) for case in cases}):
        deck, cards = open_deck(deck_name(name))
        decks[name] = (deck, {card.id: card for card in cards})
    return decks


def problems(cases: list[dict[str, Any]], decks: dict[str, tuple[Any, dict[str, Any]]]) -> list[str]:
    """What is wrong with the case files (fields, ids, labels, classes, cards); [] when valid."""
    found, seen = [], Counter(str(case.get("id")) for case in cases)
    for case in cases:
        where = f"{case['file']}: {case.get('id')}"
        missing = [field for field in FIELDS if not isinstance(case.get(field), str)]
        if missing:
            found.append(f"{where}: missing or not text: {', '.join(missing)}")
            continue
        if seen[case["id"]] > 1:
            found.append(f"{where}: id used {seen[case['id']]} times")
        if case["label"] not in LABELS:
            found.append(f"{where}: unknown label {case['label']!r}")
        if case["class"] not in CLASSES:
            found.append(f"{where}: unknown class {case['class']!r}")
        if case["deck"] not in decks or case["card"] not in decks[case["deck"]][1]:
            found.append(f"{where}: no card {case['card']} in deck {case['deck']}")
    return found


def grade_cases(cases, decks, warn=print) -> list[dict[str, Any]]:
    """Grade every case whose card exists; each result gets `verdict` and `ms`."""
    from brokerquiz.core.deck.cards import subject_aliases
    from brokerquiz.core.grading import grade_card

    aliases = {name: subject_aliases(deck) for name, (deck, _) in decks.items()}
    results = []
    for case in cases:
        deck, cards = decks[case["deck"]]
        card = cards.get(case["card"])
        if card is None:
            warn(f"warning: {case['id']}: card {case['card']} no longer exists; skipped")
            continue
        if card.back != case["expected"]:
            warn(f"warning: {case['id']}: the card's answer drifted: {case['expected']!r} -> {card.back!r}")
        start = time.perf_counter()
        try:
            verdict = grade_card(card, case["answer"], aliases=aliases[case["deck"]]).verdict
        except Exception as exc:  # a crash is a disagreement to report, not the end of the run
            warn(f"warning: {case['id']}: grade_card raised {type(exc).__name__}: {exc}")
            verdict = "error"
        ms = (time.perf_counter() - start) * 1000
        results.append({**case, "verdict": verdict, "ms": ms, "kind": card.kind,
                        "language": deck.language, "back": card.back, "batch": batch_of(case["file"])})
    return results


#: the breakdowns printed after "all"; a batch is a case file's suffix, written and labelled at once
FIELDS_SHOWN = ("language", "deck", "kind", "class", "batch")


def batch_of(file: str) -> str:
    """The batch a case file belongs to: its name's suffix when it names one ("fresh20" in
    databases.en.fresh20.yaml, "h19", "fa18"), else "original" (the first files, one per kind)."""
    found = re.search(r"\.((?:h|fresh|fa)\d*)\.yaml$", Path(file).name)
    return found.group(1) if found else "original"


def scores(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Agreement, 3-way agreement, false accepts and false rejects of a set of results."""
    n = len(results)
    agree = sum((r["label"] == "right") == (r["verdict"] == "right") for r in results)
    three = sum(r["label"] == r["verdict"] for r in results)
    fa = sum(r["verdict"] == "right" and r["label"] != "right" for r in results)
    fr = sum(r["label"] == "right" and r["verdict"] != "right" for r in results)

    def pct(count: int) -> float:
        return round(100 * count / n, 1) if n else 0.0

    return {"n": n, "agreement": agree, "agreement_pct": pct(agree), "three_way": three,
            "three_way_pct": pct(three), "false_accepts": fa, "false_accepts_pct": pct(fa),
            "false_rejects": fr, "false_rejects_pct": pct(fr)}


def breakdown(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Scores overall and per language, deck, kind and class."""
    out: dict[str, Any] = {"all": scores(results)}
    for field in FIELDS_SHOWN:
        groups: dict[str, list] = defaultdict(list)
        for result in results:
            groups[Path(result[field]).name if field == "deck" else result[field]].append(result)
        out[field] = {key: scores(group) for key, group in sorted(groups.items())}
    times = sorted(r["ms"] for r in results)
    if times:
        out["ms"] = {"p50": round(times[len(times) // 2], 3),
                     "p99": round(times[min(len(times) - 1, int(len(times) * 0.99))], 3)}
    return out


def _row(name: str, s: dict[str, Any]) -> str:
    return (f"  {name:<28} {s['n']:>4}  {s['agreement_pct']:>5.1f}%  {s['three_way_pct']:>5.1f}%"
            f"  {s['false_accepts']:>3} ({s['false_accepts_pct']:>4.1f}%)  {s['false_rejects']:>3} ({s['false_rejects_pct']:>4.1f}%)")


def render(split: str, report: dict[str, Any]) -> str:
    head = f"  {'':<28} {'n':>4}  {'agree':>6}  {'3-way':>6}  {'false acc.':>10}  {'false rej.':>10}"
    lines = [f"== {split} ==", head, _row("all", report["all"])]
    for field in FIELDS_SHOWN:
        lines.append(f" per {field}")
        lines += [_row(key, s) for key, s in report[field].items()]
    if "ms" in report:
        lines.append(f" grade_card time: p50 {report['ms']['p50']} ms, p99 {report['ms']['p99']} ms")
    return "\n".join(lines)


def errors(results: list[dict[str, Any]]) -> list[str]:
    return [f"{r['id']}: label {r['label']}, verdict {r['verdict']} [{r['class']}]\n"
            f"    answer:   {r['answer']!r}\n    expected: {r['back']!r}"
            for r in results if r["label"] != r["verdict"]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("heldout", "tune", "all"), default="all")
    parser.add_argument("--show-errors", action="store_true",
                        help="list the disagreements (on tune only: never on heldout while tuning)")
    parser.add_argument("--json", action="store_true", help="the figures as one JSON object")
    args = parser.parse_args(argv)
    try:
        cases = load_cases(args.split)
        decks = load_decks(cases)
    except Exception as exc:  # a bad case file or deck is a message, not a traceback
        print(exc if isinstance(exc, CaseError) else f"error: {exc}", file=sys.stderr)
        return 1
    bad = [p for p in problems(cases, decks) if "no card" not in p]
    if bad:
        print("\n".join(f"error: {p}" for p in bad), file=sys.stderr)
        return 1
    results = grade_cases(cases, decks, warn=lambda text: print(text, file=sys.stderr))
    splits = SPLITS if args.split == "all" else (args.split,)
    reports = {name: breakdown([r for r in results if r["split"] == name]) for name in splits}
    if args.json:
        print(json.dumps(reports, ensure_ascii=False, indent=1))
    else:
        print("\n\n".join(render(name, report) for name, report in reports.items()))
    if args.show_errors:
        for name in splits:
            print(f"\n== {name}: disagreements ==")
            print("\n".join(errors([r for r in results if r["split"] == name])) or "  none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
