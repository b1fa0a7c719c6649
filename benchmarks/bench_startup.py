"""Start-up time: launch → first card painted, next to a bare Textual app painting one label.

Both run as whole processes under a pseudo-terminal of the same size, in the same run,
alternating, N times each; the figure is the wall time until the process exits. brokerquiz
exits right after its first card is rendered (BROKERQUIZ_EXIT_AFTER_FIRST_PAINT=1, which
calls `app.exit` from `call_after_refresh`), the bare app right after its label.

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
import select
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

    def on_mount(self) -> None:
        self.call_after_refresh(self.exit)


Bare().run()
'''


def run_in_pty(argv: list[str], env: dict[str, str], cols: int, rows: int, timeout: float = 30.0) -> tuple[float, bytes]:
    """Run argv with a pty of cols x rows as its terminal; (seconds until it exits, output)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    started = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True)
    os.close(slave)
    out = bytearray()
    deadline = started + timeout
    eof = False
    while True:
        ready, _, _ = select.select([] if eof else [master], [], [], 0.01)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: every copy of the terminal's other end is closed
                chunk = b""
            eof = not chunk
            out += chunk
        if proc.poll() is not None and (eof or not ready):
            break
        if time.perf_counter() > deadline:
            proc.kill()
            raise TimeoutError(f"{argv} did not exit within {timeout}s")
    elapsed = time.perf_counter() - started
    os.close(master)
    if proc.returncode != 0:
        raise RuntimeError(f"{argv} exited {proc.returncode}:\n{out.decode(errors='replace')[-2000:]}")
    return elapsed, bytes(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=15, help="runs of each (default 15)")
    parser.add_argument("--size", default="100x30", help="terminal COLSxROWS (default 100x30)")
    parser.add_argument("--no-bytecode", action="store_true",
                        help="inherit the environment's bytecode settings (no .pyc written by the warm-up)")
    args = parser.parse_args()
    cols, rows = (int(x) for x in args.size.lower().split("x"))

    work = Path(tempfile.mkdtemp(prefix="bq-bench-"))
    bare = work / "bare_app.py"
    bare.write_text(BARE_APP, encoding="utf-8")
    db = work / "bench.db"
    env = {**os.environ, "TERM": os.environ.get("TERM", "xterm-256color"), "BROKERQUIZ_EXIT_AFTER_FIRST_PAINT": "1"}
    env.pop("TEXTUAL", None)
    if not args.no_bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    commands = {
        "bare textual app": [sys.executable, str(bare)],
        "brokerquiz study": [sys.executable, "-m", "brokerquiz", "study", "--db", str(db)],
    }
    # warm-up: the OS file cache, .pyc files, and the db created once (a user's db exists)
    for argv in commands.values():
        _, output = run_in_pty(argv, env, cols, rows)
    if "Kafka".encode() not in output:
        raise SystemExit("brokerquiz exited before painting a card")
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.n):
        for name, argv in commands.items():
            times[name].append(run_in_pty(argv, env, cols, rows)[0])

    bytecode = "inherited bytecode settings" if args.no_bytecode else ".pyc written by the warm-up"
    print(f"start-up to first paint, {args.n} runs each, terminal {cols}x{rows}, {bytecode}")
    for name, values in times.items():
        print(f"  {name:<18} best {min(values) * 1000:7.1f} ms   median {statistics.median(values) * 1000:7.1f} ms")
    bare_t, bq_t = times["bare textual app"], times["brokerquiz study"]
    print(f"  ratio (brokerquiz / bare): best {min(bq_t) / min(bare_t):.2f}x   "
          f"median {statistics.median(bq_t) / statistics.median(bare_t):.2f}x   (goal <= 1.25x)")


if __name__ == "__main__":
    main()
