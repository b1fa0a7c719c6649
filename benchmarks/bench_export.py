"""Time the Anki export of a large deck (and the CSV/TSV export of the same cards).

Writes, in a temporary directory, a synthetic deck YAML with 10 subjects and the table rows
(477 by default) that once made about 10,000 cards (10 facts, 10 reverse cards and 1 compare
card a row), loads it the way the CLI does, then times `export_anki` (best of 3; each run builds
the package and writes the .apkg). Target: < 5 s.

Since the fair-card rules (core/deck/rules.py) the row's cells, which all end in the same
", some <1ms text & a note", count as alike and get no reverse card: the default deck makes
5,247 cards (4,770 facts, 477 compare cards), not 10,017.

    python benchmarks/bench_export.py [--cards N] [--runs N]
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from brokerquiz.core.export.anki import export_anki  # noqa: E402
from brokerquiz.core.export.csv import export_text  # noqa: E402
from brokerquiz.core.deck.library import open_deck  # noqa: E402

SUBJECTS = 10
CARDS_PER_ROW = SUBJECTS * 2 + 1  # facts, reverse cards, one compare: the row count, as before card_rules
NOW = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)
TARGET_S = 5.0


def deck_yaml(rows: int) -> str:
    lines = [
        "id: bench",
        "title: Benchmark deck",
        "language: en",
        "subjects:",
        *(f"  s{i}: Subject {i}" for i in range(SUBJECTS)),
        "tables:",
    ]
    per_table = 50
    for t in range(math.ceil(rows / per_table)):
        lines += [f"  t{t}:", f"    title: Table {t}", "    rows:"]
        for r in range(t * per_table, min(rows, (t + 1) * per_table)):
            lines += [f"      r{r}:", f"        label: Row {r} <latency & more>"]
            lines += [f"        s{i}: value {r}-{i}, some <1ms text & a note" for i in range(SUBJECTS)]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=10_000, help="rows for this many cards before the fair-card rules (default 10000: 5,247 cards)")
    parser.add_argument("--runs", type=int, default=3, help="take the best of this many runs (default 3)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        deck_path = folder / "bench.yaml"
        deck_path.write_text(deck_yaml(math.ceil(args.cards / CARDS_PER_ROW)), encoding="utf-8")
        started = time.perf_counter()
        deck, cards = open_deck(str(deck_path))
        loaded = time.perf_counter() - started
        print(f"load + generate: {len(cards)} cards in {loaded:.2f} s")

        best = math.inf
        for run in range(args.runs):
            started = time.perf_counter()
            result = export_anki(deck, cards, folder / "bench.apkg", now=NOW + timedelta(seconds=run), force=True)
            best = min(best, time.perf_counter() - started)
        size = result.path.stat().st_size / 1e6
        print(f"export anki: {result.cards} cards in {best:.2f} s ({result.notes} notes, {size:.1f} MB)")

        for tsv in (False, True):
            started = time.perf_counter()
            export_text(cards, folder / "bench.txt", deck.language, tsv=tsv, force=True)
            print(f"export {'tsv' if tsv else 'csv'}: {len(cards)} cards in {time.perf_counter() - started:.2f} s")

    ok = best < TARGET_S
    print(f"{'ok' if ok else 'SLOW'}: target < {TARGET_S:.0f} s")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
