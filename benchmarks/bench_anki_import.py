"""Time `brokerquiz import anki` on a large collection: thousands of cards, 10 reviews each.

Writes, in a temporary directory, the synthetic deck of bench_export.py (`--cards` is passed on
to its row count; the cards it makes depend on the card rules), exports it as .apkg,
imports that into a fresh collection with the official `anki` library (a test dependency), adds
10 review-log rows per card (random buttons, a few days apart) and exports a .colpkg. Then times
reading the package and merging it into a fresh progress database (reviews inserted, every card
replayed through FSRS), and a second import of the same file (nothing added). Target: < 30 s.

    python benchmarks/bench_anki_import.py [--cards N] [--reviews-per-card N]
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_export import CARDS_PER_ROW, deck_yaml  # noqa: E402

from brokerquiz.core.export.anki import export_anki  # noqa: E402
from brokerquiz.core.importer.anki import import_collection  # noqa: E402
from brokerquiz.core.importer.anki_package import read_collection  # noqa: E402
from brokerquiz.core.deck.library import open_deck  # noqa: E402
from brokerquiz.core.store.facade import Store  # noqa: E402

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)
DAY_MS = 86_400_000
TARGET_S = 30.0


def studied_colpkg(folder: Path, cards: int, per_card: int) -> tuple[Path, Path, int]:
    """The deck file, a .colpkg of it with `per_card` reviews per card, and the review count."""
    from anki.collection import Collection, ImportAnkiPackageRequest

    deck_path = folder / "bench.yaml"
    deck_path.write_text(deck_yaml(math.ceil(cards / CARDS_PER_ROW)), encoding="utf-8")
    deck, generated = open_deck(str(deck_path))
    apkg = export_anki(deck, generated, folder / "bench.apkg", now=NOW).path
    col = Collection(str(folder / "collection.anki2"))
    col.import_anki_package(ImportAnkiPackageRequest(package_path=str(apkg)))
    rng = random.Random(15)
    start = int(NOW.timestamp() * 1000) - 400 * DAY_MS
    rows = []
    for serial, cid in enumerate(col.find_cards("")):
        at = start + serial  # distinct ids, as Anki's own
        for _ in range(per_card):
            at += rng.randint(1, 30) * DAY_MS
            rows.append((at, cid, rng.choice((1, 3, 3, 3, 4)), rng.randint(2000, 20000)))
    col.db.executemany(
        "insert into revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type)"
        " values (?, ?, -1, ?, 1, 0, 2500, ?, 1)",
        rows,
    )
    colpkg = folder / "bench.colpkg"
    col.export_collection_package(str(colpkg), include_media=False, legacy=False)
    return deck_path, colpkg, len(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=10_000, help="about this many cards (default 10000)")
    parser.add_argument("--reviews-per-card", type=int, default=10, help="default 10")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        deck_path, colpkg, reviews = studied_colpkg(folder, args.cards, args.reviews_per_card)
        deck, generated = open_deck(str(deck_path))
        with Store.open(folder / "progress.db") as store:
            store.sync_cards(deck.id, generated)
            timings = []
            for _ in range(2):
                start = time.perf_counter()
                result = import_collection(store, read_collection(colpkg), colpkg)
                timings.append(time.perf_counter() - start)
                added = sum(result.merged.added.values())
                print(f"import: {added} reviews added, {len(result.merged.updated)} cards replayed,"
                      f" {result.merged.already} already there: {timings[-1]:.2f} s")
    print(f"{len(generated)} cards, {reviews} reviews: first import {timings[0]:.2f} s"
          f" (target < {TARGET_S:.0f} s), second {timings[1]:.2f} s")
    return 0 if timings[0] < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
