"""Time deck checking and card generation on a big synthetic deck.

Builds, as YAML text, a deck of 100 subjects and 100 table rows (10,000 cells, a third of them
with a nuance mapping, values repeating across subjects so reverse cards group), plus a rating
table, a list and takeaways for every subject; then times parse+check (`parse_deck`) and
`generate_cards`, best of 3. Target: < 2 s for both together.

    python benchmarks/bench_deck.py [--subjects N] [--rows N] [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from brokerquiz.core.deck.cards import generate_cards  # noqa: E402
from brokerquiz.core.deck.load import parse_deck  # noqa: E402

TARGET_S = 2.0


def synthetic_deck(subjects: int, rows: int) -> str:
    """A valid deck: `subjects` columns × `rows` rows in one table, plus every other section."""
    keys = [f"s{i:03d}" for i in range(subjects)]
    out = ["id: bench", "title: Benchmark deck", "language: en", "subjects:"]
    for i, key in enumerate(keys):
        out += [f"  {key}:", f"    name: Broker {i}", f"    aliases: [B{i}, b-{i}]"]
    out += ["tables:", "  big:", "    title: Big table", "    rows:"]
    for r in range(rows):
        out += [f"      r{r:03d}:", f"        label: Property number {r}"]
        for i, key in enumerate(keys):
            # every 7th subject shares a value, so reverse cards have several right answers
            value = f"shared value {r}" if i % 7 == 0 else f"value {r} of broker {i}, with some words"
            if (r + i) % 3 == 0:
                out += [
                    f"        {key}:",
                    f"          text: {value}",
                    f"          accept: [alt {r} {i}]",
                    "          nuance:",
                    f"            text: A longer note about row {r} and broker {i}, as authors write them.",
                    "            source: example.org/docs",
                ]
            else:
                out.append(f"        {key}: {value}")
    out += ["ratings:", "  fit:", "    title: Scenarios", "    rows:"]
    for r in range(10):
        out += [f"      sc{r}:", f"        label: Scenario {r}"]
        out += [f"        {key}: {'👍' if (r + i) % 3 == 0 else '⚠️' if (r + i) % 3 == 1 else '❌'} note {i}" for i, key in enumerate(keys)]
    out += ["lists:", "  when:", "    title: When to use"]
    for i, key in enumerate(keys):
        out += [f"    {key}:", f"      first: Use case one of {i}", f"      second: Use case two of {i}"]
    out += ["takeaways:", "  title: Takeaways"]
    out += [f"  {key}: Broker {i} in one line" for i, key in enumerate(keys)]
    return "\n".join(out) + "\n"


def best_of(repeat: int, func):
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = func()
        best = min(best, time.perf_counter() - start)
    return best, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subjects", type=int, default=100)
    parser.add_argument("--rows", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    text = synthetic_deck(args.subjects, args.rows)
    cells = args.subjects * args.rows
    load_s, deck = best_of(args.repeat, lambda: parse_deck(text, "bench.yaml"))
    gen_s, cards = best_of(args.repeat, lambda: generate_cards(deck))
    total = load_s + gen_s
    print(f"deck text: {len(text.encode()) / 1e6:.1f} MB, {len(cards)} cards")
    print(f"check (parse+validate): {load_s:.3f} s")
    print(f"generate cards:         {gen_s:.3f} s")
    print(f"check+generate {cells} cells: {total:.2f} s (target < {TARGET_S:.0f} s)")
    return 0 if total < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
