"""Function calls per key inside `brokerquiz study`, from the key event to the frame written:
the steady figure next to bench_keys.py's timings (a shared machine makes those noisy).

The app runs as in bench_keys.py (a whole process under a pseudo-terminal, a fresh database,
BROKERQUIZ_LANG=en); a wrapper started instead of `python -m brokerquiz` runs cProfile from
each key event that reaches the app to the first frame written after it (the app itself has
no switch for this). Between keys the terminal is left quiet, as in bench_keys.py, so the
work done between keys is not counted.

    python benchmarks/bench_key_calls.py               # 2 runs of 8 cards
    python benchmarks/bench_key_calls.py --cards 5 --dump /tmp/keys   # also a .prof per key
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_keys import Terminal, study_next, study_revealed  # noqa: E402

WRAPPER = '''
import cProfile, json, os, sys
from textual import events
from textual.app import App

out, dump = sys.argv.pop(1), sys.argv.pop(1)
state = {"profile": None, "key": None, "log": []}
on_event, display = App.on_event, App._display


async def counted_event(self, event):
    if isinstance(event, events.Key) and state["profile"] is None:
        state["key"] = event.key
        state["profile"] = cProfile.Profile()
        state["profile"].enable()
    return await on_event(self, event)


def counted_display(self, screen, renderable):
    result = display(self, screen, renderable)
    profile = state["profile"]
    if profile is not None and renderable is not None and not self._batch_count:
        profile.disable()
        state["profile"] = None
        state["log"].append((state["key"], sum(entry.callcount for entry in profile.getstats())))
        if dump:
            profile.dump_stats(f"{dump}.{len(state['log']):02d}-{state['key']}.prof")
        with open(out, "w") as f:
            json.dump(state["log"], f)
    return result


App.on_event, App._display = counted_event, counted_display
from brokerquiz.cli import main
sys.argv[0] = "brokerquiz"
main()
'''


def run(wrapper: Path, out: Path, dump: str, env: dict, cards: int) -> list[tuple[str, int]]:
    db = out.with_suffix(".db")
    term = Terminal([sys.executable, str(wrapper), str(out), dump, "study", "--db", str(db)], env, 100, 30)
    try:
        term.until("0 done")
        for i in range(1, cards + 1):
            term.press(b" ", study_revealed(30))
            term.press(b"3", *study_next(30, i))
        term.settle()
    finally:
        term.close()
    return [tuple(entry) for entry in json.loads(out.read_text())]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=2, help="runs (default 2)")
    parser.add_argument("--cards", type=int, default=8, help="cards revealed and rated per run (default 8)")
    parser.add_argument("--dump", default="", help="write each key's profile to DUMP.NN-KEY.prof")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bq-bench-key-calls-"))
    wrapper = work / "wrapper.py"
    wrapper.write_text(WRAPPER, encoding="utf-8")
    env = {**os.environ, "TERM": os.environ.get("TERM", "xterm-256color"), "BROKERQUIZ_CACHE_DIR": str(work / "cache"),
           "BROKERQUIZ_LANG": "en", "PYTHONPYCACHEPREFIX": str(work / "pycache")}
    env.pop("TEXTUAL", None)
    keys: list[tuple[str, int]] = []
    for i in range(args.n):
        keys += run(wrapper, work / f"run{i}.json", args.dump, env, args.cards)
    print(f"function calls per key, key event -> frame written, {args.n} runs x {args.cards} cards, terminal 100x30")
    for name, key in (("reveal", "space"), ("rate+next", "3")):
        calls = [count for pressed, count in keys if pressed == key]
        print(f"  {name:<10} median {statistics.median(calls) / 1000:5.1f}k   fewest {min(calls) / 1000:5.1f}k   ({len(calls)} keys)")


if __name__ == "__main__":
    main()
