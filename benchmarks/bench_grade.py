"""p99 of grade_card over every card of the shipped decks, with realistic typed answers.

For each card of `message-brokers` and `message-brokers-en`, five answers a candidate might
type: the model answer, its first part only, the same with a typo and in lower case, the
paired deck's answer (the other language), and "idk". Each call is timed on its own (CPU time of the thread, so a busy machine does not inflate it), with
the deck's aliases as the study screen passes them; the lexicons and the glossary are loaded
once before timing (that happens once per process, on the first typed answer). Target: p99 at
most 5 ms.

    python benchmarks/bench_grade.py [--rounds N]
    python benchmarks/bench_grade.py --deck message-brokers-interview --deck message-brokers-interview-en
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from brokerquiz.core.deck.cards import subject_aliases  # noqa: E402
from brokerquiz.core.grading import grade_card  # noqa: E402
from brokerquiz.core.deck.library import open_deck  # noqa: E402

DECKS = ("message-brokers", "message-brokers-en")
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=1, help="grade every answer this many times")
    parser.add_argument("--deck", action="append", metavar="ID", help=f"a deck to grade (repeatable; default: {', '.join(DECKS)})")
    args = parser.parse_args()
    decks = tuple(args.deck or DECKS)
    loaded = {d: open_deck(d) for d in decks}
    by_id = {c.id: c for _, cards in loaded.values() for c in cards}
    work = []
    for deck_id, (deck, cards) in loaded.items():
        aliases = subject_aliases(deck)
        for card in cards:
            paired = by_id.get(deck.pair + card.id[len(deck.id) :]) if deck.pair else None
            work.extend((card, a, aliases) for a in answers_for(card, paired))
    for card, answer, aliases in work[:5]:  # load the lexicons, the glossary and the pair deck
        grade_card(card, answer + " < 10 ms", aliases=aliases)
    times = []
    for _ in range(args.rounds):
        for card, answer, aliases in work:
            start = time.thread_time()  # CPU time of this thread: other processes on the machine do not count
            grade_card(card, answer, aliases=aliases)
            times.append((time.thread_time() - start) * 1000)
    times.sort()
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    print(f"grade_card: {len(times)} calls over {len(by_id)} cards of {', '.join(decks)}")
    print(f"  p50 {statistics.median(times):.3f} ms, p99 {p99:.3f} ms, max {times[-1]:.3f} ms (target p99 <= {TARGET_MS} ms)")
    if p99 > TARGET_MS:
        sys.exit(1)


if __name__ == "__main__":
    main()
