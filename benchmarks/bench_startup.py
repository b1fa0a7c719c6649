"""Start-up time: launch → the first card's text visible in the terminal, next to a bare
Textual app showing one label.

Both run as whole processes under a pseudo-terminal of the same size, in the same run,
alternating, N times each. The clock stops when the text a person would see is in what the
process wrote to the terminal (escape sequences aside): the first card's question for
brokerquiz (found beforehand with the same core calls `brokerquiz study` makes), the label for
the bare app. Then the process is ended (SIGTERM) and its exit is not waited for in the figure.

Two cases, each against the bare app:
  daily      the database exists and the parsed deck is cached (the usual morning start);
  first run  no database and no deck cache yet (each run starts from nothing).

    python benchmarks/bench_startup.py            # 15 runs each, 100x30
    python benchmarks/bench_startup.py -n 30 --size 80x24
    python benchmarks/bench_startup.py --no-bytecode   # as PYTHONDONTWRITEBYTECODE=1 leaves it

Bytecode: the warm-up run writes .pyc files, as an installed brokerquiz has them (pip
compiles a wheel at install; an editable install writes them on first import). They go to a
pycache folder in the run's temp dir (PYTHONPYCACHEPREFIX, for both apps), so the checkout
is left alone and PYTHONDONTWRITEBYTECODE=1 in the calling shell cannot make brokerquiz
compile its own modules on every run while Textual's come precompiled from site-packages.
`--no-bytecode` measures that situation instead.

Goal: brokerquiz within 1.25x of the bare app.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import re
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

BARE_APP = '''
from textual.app import App, ComposeResult
from textual.widgets import Label


class Bare(App):
    def compose(self) -> ComposeResult:
        yield Label("Kafka — Модель?")


Bare().run()
'''
BARE_TEXT = "Kafka — Модель?"

# CSI, OSC (ended by BEL or ST) and two-byte escapes: what a terminal draws no glyph for
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")


def visible(output: bytes) -> str:
    """The text a terminal shows for `output`, escape sequences dropped (positions ignored)."""
    return _ESCAPES.sub("", output.decode("utf-8", errors="replace"))


def time_to_text(argv: list[str], env: dict[str, str], cols: int, rows: int, text: str,
                 timeout: float = 30.0) -> float:
    """Run argv with a pty of cols x rows as its terminal; seconds until `text` is visible."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    started = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True)
    os.close(slave)
    out = bytearray()
    try:
        while True:
            if time.perf_counter() - started > timeout:
                raise TimeoutError(f"{text!r} not visible within {timeout}s:\n{visible(bytes(out))[-2000:]}")
            ready, _, _ = select.select([master], [], [], 0.01)
            if not ready:
                if proc.poll() is not None:
                    raise RuntimeError(f"{argv} exited {proc.returncode} before showing {text!r}:\n"
                                       f"{visible(bytes(out))[-2000:]}")
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the process closed the terminal
                chunk = b""
            out += chunk
            if text in visible(bytes(out)):
                return time.perf_counter() - started
            if not chunk:
                raise RuntimeError(f"{argv} closed the terminal before showing {text!r}")
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
        drain_until = time.perf_counter() + 5
        while proc.poll() is None and time.perf_counter() < drain_until:  # let it restore and exit
            if select.select([master], [], [], 0.05)[0]:
                try:
                    os.read(master, 65536)
                except OSError:
                    break
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        os.close(master)


def first_card_text(db: Path, env: dict[str, str]) -> str:
    """The start of the first card's question `brokerquiz study` shows on `db` (core calls only)."""
    code = (
        "import sys\n"
        "from brokerquiz.core.deck.cards import subject_aliases\n"
        "from brokerquiz.core.clock import SystemClock\n"
        "from brokerquiz.core.deck.library import open_deck\n"
        "from brokerquiz.core.sessions.study import StudySession\n"
        "from brokerquiz.core.store.facade import Store\n"
        "deck, cards = open_deck(None)\n"
        "session = StudySession(Store.open(sys.argv[1]), deck, cards, clock=SystemClock(), aliases=subject_aliases(deck))\n"
        "card = session.cards[session.current.card_id]\n"
        "print(card.front.splitlines()[0].strip()[:16])\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(db)], env=env, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def measure(name: str, commands: dict, env: dict, size: tuple[int, int], n: int, fresh) -> dict[str, list[float]]:
    """n alternating runs of each command; `fresh` is called before each brokerquiz run."""
    times: dict[str, list[float]] = {label: [] for label in commands}
    for _ in range(n):
        for label, (argv, text) in commands.items():
            if label != "bare textual app":
                fresh()
            times[label].append(time_to_text(argv, env, *size, text))
    return times


def report(title: str, times: dict[str, list[float]]) -> None:
    print(title)
    for label, values in times.items():
        print(f"  {label:<18} best {min(values) * 1000:7.1f} ms   median {statistics.median(values) * 1000:7.1f} ms")
    bare_t, bq_t = times["bare textual app"], times["brokerquiz study"]
    print(f"  ratio (brokerquiz / bare): best {min(bq_t) / min(bare_t):.2f}x   "
          f"median {statistics.median(bq_t) / statistics.median(bare_t):.2f}x   (goal <= 1.25x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=15, help="runs of each (default 15)")
    parser.add_argument("--size", default="100x30", help="terminal COLSxROWS (default 100x30)")
    parser.add_argument("--no-bytecode", action="store_true",
                        help="inherit the environment's bytecode settings (no .pyc written by the warm-up)")
    args = parser.parse_args()
    size = tuple(int(x) for x in args.size.lower().split("x"))

    work = Path(tempfile.mkdtemp(prefix="bq-bench-"))
    bare = work / "bare_app.py"
    bare.write_text(BARE_APP, encoding="utf-8")
    db, cache = work / "bench.db", work / "cache"
    env = {**os.environ, "TERM": os.environ.get("TERM", "xterm-256color"), "BROKERQUIZ_CACHE_DIR": str(cache)}
    env.pop("TEXTUAL", None)
    if not args.no_bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    study = [sys.executable, "-m", "brokerquiz", "study", "--db", str(db)]
    text = first_card_text(db, env)  # also creates and syncs the db, as a first run would
    commands = {"bare textual app": ([sys.executable, str(bare)], BARE_TEXT), "brokerquiz study": (study, text)}
    for argv, shown in commands.values():  # warm-up: the OS file cache, .pyc files, the deck cache
        time_to_text(argv, env, *size, shown)
    bytecode = "inherited bytecode settings" if args.no_bytecode else ".pyc written by the warm-up"
    where = f"{args.n} runs each, terminal {size[0]}x{size[1]}, {bytecode}"

    daily = measure("daily", commands, env, size, args.n, fresh=lambda: None)
    report(f"daily case (database and deck cache exist): launch -> first card visible, {where}", daily)

    def from_nothing() -> None:
        for path in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
            path.unlink(missing_ok=True)
        shutil.rmtree(cache, ignore_errors=True)

    first = measure("first run", commands, env, size, args.n, fresh=from_nothing)
    report(f"first run (no database, no deck cache): launch -> first card visible, {where}", first)


if __name__ == "__main__":
    main()
