"""Time Store.due_queue on a large, realistic database.

Builds, in a temporary directory, a store with 20,000 cards (4 siblings per
table row, 20% never seen, the rest in learning/review/relearning states with
FSRS-like stabilities and due dates spread from a month overdue to months
ahead) and 200,000 review rows spread over the past year, then times
`due_queue` (best of 5). Target: < 100 ms.

    python benchmarks/bench_queue.py [--cards N] [--reviews N]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from brokerquiz.core.model import Card  # noqa: E402
from brokerquiz.core.clock import iso  # noqa: E402
from brokerquiz.core.store.facade import Store  # noqa: E402

DECK = "bench"
NOW = datetime(2025, 6, 15, 9, 30, tzinfo=timezone.utc)


def make_cards(n: int) -> list[Card]:
    cards = []
    for i in range(n):
        row = i // 4
        table = row // 50
        cards.append(
            Card(
                id=f"{DECK}/fact/t{table}/r{row}/{i % 4}",
                deck=DECK,
                kind=("fact", "choice", "typed", "reverse")[i % 4],
                front="q",
                back="a",
                sibling=f"{DECK}/t{table}/r{row}",
                topic=f"t{table}/r{row}",
                topic_label=f"Row {row}",
            )
        )
    return cards


def fill(store: Store, cards: list[Card], n_reviews: int, rng: random.Random) -> int:
    """Give 80% of the cards a state and spread `n_reviews` review rows over them."""
    seen = [c for c in cards if rng.random() < 0.8]
    states = []
    last_reviews = {}
    for c in seen:
        state = rng.choices((1, 2, 3), weights=(5, 90, 5))[0]
        stability = rng.lognormvariate(2.5, 1.2)
        if state == 2:
            last = NOW - timedelta(days=rng.uniform(0, min(stability * 2, 300)))
            due = last + timedelta(days=max(1.0, stability))
        else:  # (re)learning: reviewed minutes ago, due within the hour
            last = NOW - timedelta(minutes=rng.uniform(1, 600))
            due = last + timedelta(minutes=rng.choice((1, 10)))
        lapses = min(int(rng.expovariate(0.7)), 12)
        last_reviews[c.id] = last
        states.append(
            {
                "state": state,
                "step": None if state == 2 else rng.choice((0, 1)) if state == 1 else 0,
                "stability": stability,
                "difficulty": rng.uniform(1, 10),
                "due": iso(due),
                "last_review": iso(last),
                "first_review": iso(last - timedelta(days=rng.uniform(0, 365))),
                "reps": 0,
                "lapses": lapses,
                "leech": int(lapses >= 8),
                "id": c.id,
            }
        )
    per_card = {c.id: 0 for c in seen}
    rows = []
    for i in range(n_reviews):
        c = seen[i % len(seen)] if i < len(seen) else rng.choice(seen)
        per_card[c.id] += 1
        at = last_reviews[c.id] if i < len(seen) else NOW - timedelta(days=rng.uniform(0, 365))
        rows.append(
            {
                "card_id": c.id,
                "deck": DECK,
                "kind": c.kind,
                "rating": rng.choices((1, 2, 3, 4), weights=(10, 10, 70, 10))[0],
                "answer": None,
                "grade": None,
                "correct": None,
                "duration_ms": rng.randint(1500, 20000),
                "mode": "study",
                "reviewed_at": iso(at),
                "state_before": json.dumps({"state": 2}),
                "scheduled": 1,
            }
        )
    for s in states:
        s["reps"] = per_card[s["id"]]
    with store._write():
        store.db.conn.executemany(
            "UPDATE cards SET state = :state, step = :step, stability = :stability,"
            " difficulty = :difficulty, due = :due, last_review = :last_review,"
            " first_review = :first_review, reps = :reps, lapses = :lapses, leech = :leech"
            " WHERE id = :id",
            states,
        )
        store.db.conn.executemany(
            "INSERT INTO reviews (card_id, deck, kind, rating, answer, grade, correct,"
            " duration_ms, mode, reviewed_at, state_before, scheduled) VALUES (:card_id, :deck,"
            " :kind, :rating, :answer, :grade, :correct, :duration_ms, :mode, :reviewed_at,"
            " :state_before, :scheduled)",
            rows,
        )
    store.db.execute("ANALYZE")
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # as SQLite's auto-checkpoint would
    return len(seen)


def best_of(n: int, fn) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(n):
        t = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t)
    return best * 1000, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=20_000)
    parser.add_argument("--reviews", type=int, default=200_000)
    args = parser.parse_args()
    rng = random.Random(42)
    cards = make_cards(args.cards)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "bench.db", tz=timezone.utc)
        t = time.perf_counter()
        store.sync_cards(DECK, cards)
        first_sync = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        fill(store, cards, args.reviews, rng)
        build = time.perf_counter() - t

        ms, queue = best_of(5, lambda: store.due_queue(DECK, NOW))
        ms_lim, _ = best_of(5, lambda: store.due_queue(DECK, NOW, limit=50))
        ms_sync, _ = best_of(5, lambda: store.sync_cards(DECK, cards))
        ms_stats, _ = best_of(5, lambda: store.stats(DECK, now=NOW))
        ms_cram, _ = best_of(5, lambda: store.cram_queue(DECK, 100))
        store.close()

    label = f"{args.cards} cards, {args.reviews} reviews"
    print(f"due_queue: {label}: {ms:.1f} ms (best of 5) -> {len(queue)} cards queued")
    print(f"due_queue(limit=50): {label}: {ms_lim:.1f} ms (best of 5)")
    print(f"sync_cards: {args.cards} cards: first {first_sync:.0f} ms, unchanged {ms_sync:.0f} ms (best of 5)")
    print(f"stats: {label}: {ms_stats:.1f} ms (best of 5)")
    print(f"cram_queue(limit=100): {label}: {ms_cram:.1f} ms (best of 5)")
    print(f"(building the reviews and states took {build:.1f} s)")


if __name__ == "__main__":
    main()
