"""p99 of grade_card over every card of the shipped decks, with realistic typed answers.

For each card, five answers a candidate might type: the model answer, its first part only, the
same with a typo and in lower case, the paired deck's answer (the other language), and "idk".
Each call is timed on its own (CPU time of the thread, so a busy machine does not inflate it),
with the deck's aliases as the study screen passes them; the lexicons, the glossary and each
deck's subject index are loaded once before timing and then frozen out of the garbage
collector's walks, as the study screen's warm-up does (core.heap); after each card's question
(its prepare, in the prepared run), the young and middle generations are collected between keys,
and a full collection if one is due, as the study and quiz screens do (core.heap.collect_between_keys,
not timed). By default every deck in decks/ is graded, reported per deck set (a
deck and its pair: the cheat sheet, the interview bank) and over all of them. Target: p99 at
most 5 ms in every set.

Two runs, each in a fresh process: cold, every card's deck side derived by its first answer, and
prepared, each card first given to grading.prepare as the study and quiz screens do while its
question is on screen (not timed with the answers: its own figures are printed apart). The app
prepares every typed card before its answer, so the prepared call is the one a learner waits
for and the target applies to it; the cold figures show what prepare saves.

    python benchmarks/bench_grade.py [--rounds N] [--only cold|prepared]
    python benchmarks/bench_grade.py --deck message-brokers-interview --deck message-brokers-interview-en
"""

from __future__ import annotations

import argparse
import subprocess
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from brokerquiz.core.deck.cards import subject_aliases  # noqa: E402
from brokerquiz.core.grading import grade_card, prepare  # noqa: E402
from brokerquiz.core.heap import collect_between_keys, freeze_loaded  # noqa: E402
from brokerquiz.core.deck.library import open_deck, shipped_decks  # noqa: E402

TARGET_MS = 5.0


def _typo(text: str) -> str:
    """The text in lower case with one letter of its longest word dropped."""
    words = text.lower().split()
    if not words:
        return text
    i = max(range(len(words)), key=lambda k: len(words[k]))
    w = words[i]
    words[i] = w[: len(w) // 2] + w[len(w) // 2 + 1 :] if len(w) > 4 else w
    return " ".join(words)


def answers_for(card, paired) -> list[str]:
    first = card.back.replace(";", ",").split(",")[0]
    out = [card.back, first, _typo(card.back), "idk"]
    if paired is not None:
        out.append(paired.back)
    return out


def deck_sets(loaded: dict) -> list[tuple[str, ...]]:
    """The decks grouped with their pairs (a deck and its other language), in the given order."""
    sets: list[tuple[str, ...]] = []
    for deck_id, (deck, _) in loaded.items():
        if any(deck_id in s for s in sets):
            continue
        sets.append(tuple(sorted((deck_id, deck.pair))) if deck.pair in loaded else (deck_id,))
    return sets


def _figures(times: list[float]) -> tuple[float, float, float]:
    """(p50, p99, max) of sorted call times."""
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.99))], times[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=1, help="grade every answer this many times")
    parser.add_argument("--deck", action="append", metavar="ID", help="a deck to grade (repeatable; default: every deck in decks/)")
    parser.add_argument("--only", choices=("cold", "prepared"), help="one run, in this process (default: both, each in a fresh one)")
    args = parser.parse_args()
    if args.only is None:
        codes = [subprocess.call([sys.executable, __file__, *sys.argv[1:], "--only", run]) for run in ("cold", "prepared")]
        sys.exit(codes[1])  # the prepared call is the one the app makes
    decks = tuple(args.deck or shipped_decks())
    loaded = {d: open_deck(d) for d in decks}
    by_id = {c.id: c for _, cards in loaded.values() for c in cards}
    work = []
    for deck_id, (deck, cards) in loaded.items():
        aliases = subject_aliases(deck)
        for card in cards:
            paired = by_id.get(deck.pair + card.id[len(deck.id) :]) if deck.pair else None
            work.append((deck_id, card, answers_for(card, paired), aliases))
    for deck_id, (deck, cards) in loaded.items():  # load the lexicons, the glossary, each deck's subjects and its pair
        grade_card(cards[0], cards[0].back + " < 10 ms", aliases=subject_aliases(deck))
    freeze_loaded()  # as the study screen's warm-up does: what is loaded stays out of the collector's walks
    times: dict[str, list[float]] = {d: [] for d in decks}
    prepared: list[float] = []
    for _ in range(args.rounds):
        for deck_id, card, answers, aliases in work:
            if args.only == "prepared":
                start = time.thread_time()
                prepare(card, aliases=aliases)  # while the question is on screen, before the answer is typed
                prepared.append((time.thread_time() - start) * 1000)
            collect_between_keys()  # as the study and quiz screens do after the question's frame: between keys
            for answer in answers:
                start = time.thread_time()  # CPU time of this thread: other processes on the machine do not count
                grade_card(card, answer, aliases=aliases)
                times[deck_id].append((time.thread_time() - start) * 1000)
    sets = deck_sets(loaded)
    rows = [(", ".join(s), sorted(t for d in s for t in times[d])) for s in sets]
    if len(rows) > 1:
        rows.append(("all", sorted(t for ts in times.values() for t in ts)))
    print(f"grade_card, {args.only}: {sum(map(len, times.values()))} calls over {len(by_id)} cards (target p99 <= {TARGET_MS} ms)")
    over = False
    for name, ts in rows:
        p50, p99, top = _figures(ts)
        over = over or p99 > TARGET_MS
        print(f"  {name}: {len(ts)} calls, p50 {p50:.3f} ms, p99 {p99:.3f} ms, max {top:.3f} ms")
    if prepared:
        p50, p99, top = _figures(sorted(prepared))
        print(f"  prepare (between keys, not in the calls above): {len(prepared)} cards, p50 {p50:.3f} ms, p99 {p99:.3f} ms, max {top:.3f} ms")
    if over:
        sys.exit(1)


if __name__ == "__main__":
    main()
