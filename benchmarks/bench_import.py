"""Time `brokerquiz import` on a big synthetic markdown sheet.

Builds a sheet of T sections, each a table of S subjects × R rows plus a heading and a bullet for
five subjects, then times `import_sheet` (markdown-it parse, subject evidence, placing, YAML
dump, and the deck loader's check of the result), best of 3.

    python benchmarks/bench_import.py [--tables 60] [--subjects 20] [--rows 20] [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from brokerquiz.core.importer.sheet import import_sheet  # noqa: E402


def synthetic_sheet(tables: int, subjects: int, rows: int) -> str:
    names = [f"Tool{i}" for i in range(subjects)]
    out = ["# Benchmark sheet", ""]
    for t in range(tables):
        out += [f"## Section {t}", "", "| Property | " + " | ".join(names) + " |", "|---" * (subjects + 1) + "|"]
        for r in range(rows):
            out.append(f"| row {t} {r} | " + " | ".join(f"value {t}-{r}-{c} of this tool" for c in range(subjects)) + " |")
        out.append("")
        for name in names[:5]:
            out += [f"### {name}", "", f"- use {name} for case {t}", ""]
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tables", type=int, default=60)
    parser.add_argument("--subjects", type=int, default=20)
    parser.add_argument("--rows", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    text = synthetic_sheet(args.tables, args.subjects, args.rows)
    best = float("inf")
    for _ in range(args.repeat):
        start = time.perf_counter()
        result = import_sheet(text, "bench.md")
        best = min(best, time.perf_counter() - start)
    cells = args.tables * args.subjects * args.rows
    print(f"import of a {len(text.encode()) / 1e6:.2f} MB sheet ({cells:,} cells, {len(result.deck.subjects)} subjects): best {best:.2f} s")


if __name__ == "__main__":
    main()
