"""Keys answer at once: a key press → the changed screen visible, for `brokerquiz study`, `quiz`
and `interview` next to a bare Textual app updating one label on a key.

Each runs as a whole process under a pseudo-terminal of the same size, in the same run,
alternating with the bare app. Each is started, waited for until its first screen is visible
and left idle; then a key is written to the terminal and the clock runs until *everything*
that key changes is in what the process wrote after it (escape sequences aside), as a person
would see it: a frame with half of the change (the new card without its footer keys, the old
rating row) does not stop the clock. A frame is written top to bottom, so the footer's keys,
the last row, are its end.

  study      reveal     space on a card's front → the answer ("Answer …"), the rating buttons
                        ("Easy"), the answer's footer keys ("Accept") and, on a tall screen,
                        the answer hint ("Enter accepts …") are all drawn
             rate+next  3 (Good) on the answer → the next card complete: the progress reads
                        "N done", its footer keys are drawn ("Show answer" for a flip card;
                        "I don't know" and "Check" for a choice card) and, on a tall screen,
                        its question hint ("show the answer")
  quiz       pick       1 on a question → the choice reads "(•)" or "[x]"
             check      Enter → the verdict: "N done", the expected answer ("Expected"), the
                        footer's "Next" and, on a tall screen, the hint ("next question")
             next       Enter → the next question: its footer keys ("Check", "I don't know")
                        and, on a tall screen, its hint ("Enter check")
  interview  answer     Enter on a typed answer → the next question: "Question N/…", its empty
                        input ("Type your answer") and the countdown restarted
  bare key   space in the bare app → its label reads "pressed N"

Below 28 rows the screens are short (app.tcss, VERTICAL_BREAKPOINTS): no hint line, so only
what is drawn is waited for. The interface is English (BROKERQUIZ_LANG=en), so the texts
waited for are known.

Between two keys the terminal is read until it has been quiet for a while, so no frame of the
previous key is counted for the next one. The database and the deck cache are temp files.

    python benchmarks/bench_keys.py              # study: 5 runs of 8 cards each, 100x30
    python benchmarks/bench_keys.py -n 3 --cards 5 --size 80x24
    python benchmarks/bench_keys.py --mode quiz  # or interview, or all

Goal: each brokerquiz key within 2x of the bare app's (median against median).
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_startup import visible  # noqa: E402  the same reading of a terminal's output

BARE_APP = '''
from textual.app import App, ComposeResult
from textual.widgets import Label


class Bare(App):
    BINDINGS = [("space", "press", "Press")]
    count = 0

    def compose(self) -> ComposeResult:
        yield Label("ready", id="label")

    def action_press(self) -> None:
        self.count += 1
        self.query_one("#label", Label).update(f"pressed {self.count}")


Bare().run()
'''
TALL_ROWS = 28  # StudyScreen, QuizScreen, InterviewScreen: VERTICAL_BREAKPOINTS "-tall"; below it no hint line
QUIET_S = 0.25  # the terminal is idle once nothing came for this long
GOAL = 2.0


class Terminal:
    """One process under a pty of cols x rows: write keys, time until a text is visible."""

    def __init__(self, argv: list[str], env: dict[str, str], cols: int, rows: int) -> None:
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True)
        os.close(slave)

    def _read(self, timeout: float) -> bytes | None:
        if not select.select([self.master], [], [], timeout)[0]:
            return None
        try:
            return os.read(self.master, 65536)
        except OSError:  # EIO: the process closed the terminal
            return b""

    def until(self, *wanted: str | tuple[str, ...], timeout: float = 30.0) -> float:
        """Seconds from now until one of `wanted` is visible in what comes from now on; a tuple
        is visible when all its texts are."""
        started = time.perf_counter()
        out = bytearray()
        alternatives = [(w,) if isinstance(w, str) else w for w in wanted]
        while True:
            if time.perf_counter() - started > timeout:
                raise TimeoutError(f"{wanted!r} not visible within {timeout}s:\n{visible(bytes(out))[-2000:]}")
            chunk = self._read(0.01)
            if chunk is None:
                if self.proc.poll() is not None:
                    raise RuntimeError(f"exited {self.proc.returncode} before {wanted!r}:\n{visible(bytes(out))[-2000:]}")
                continue
            if not chunk:
                raise RuntimeError(f"the terminal closed before {wanted!r}")
            out += chunk
            shown = visible(bytes(out))
            if any(all(text in shown for text in texts) for texts in alternatives):
                return time.perf_counter() - started

    def settle(self) -> None:
        """Read until nothing has come for QUIET_S: the last frame is fully drawn."""
        while self._read(QUIET_S):
            pass

    def write(self, data: bytes) -> None:
        """Write `data` (typed text) and read until the terminal is quiet."""
        os.write(self.master, data)
        self.settle()

    def press(self, key: bytes, *wanted: str | tuple[str, ...]) -> float:
        """Write `key`; seconds until one of `wanted` is visible in what the process draws after it."""
        self.settle()
        started = time.perf_counter()
        os.write(self.master, key)
        self.until(*wanted)
        return time.perf_counter() - started

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        deadline = time.perf_counter() + 5
        while self.proc.poll() is None and time.perf_counter() < deadline:
            if self._read(0.05) == b"":
                break
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        os.close(self.master)


def bare_run(argv, env, size, keys: int) -> list[float]:
    term = Terminal(argv, env, *size)
    try:
        term.until("ready")
        return [term.press(b" ", f"pressed {i}") for i in range(1, keys + 1)]
    finally:
        term.close()


def tall(rows: int, *hint: str) -> tuple[str, ...]:
    """The hint line's texts, on a screen tall enough to show the hint line."""
    return hint if rows >= TALL_ROWS else ()


def study_revealed(rows: int) -> tuple[str, ...]:
    """A revealed card: the answer, the rating buttons, the footer keys (and the hint)."""
    return ("Answer", "Easy", "Accept", *tall(rows, "accepts"))


def study_next(rows: int, done: int) -> tuple[tuple[str, ...], ...]:
    """The next card's question, a flip card's or a choice card's: the progress, the footer keys
    (and the hint)."""
    return ((f"{done} done", "Show answer", *tall(rows, "show the answer")),
            (f"{done} done", "I don't know", "Check", *tall(rows, "toggle")))


def study_run(argv, env, size, cards: int) -> dict[str, list[float]]:
    term = Terminal(argv, env, *size)
    keys: dict[str, list[float]] = {"reveal": [], "rate+next": []}
    try:
        term.until("0 done")
        for i in range(1, cards + 1):
            keys["reveal"].append(term.press(b" ", study_revealed(size[1])))
            keys["rate+next"].append(term.press(b"3", *study_next(size[1], i)))
        return keys
    finally:
        term.close()


def quiz_run(argv, env, size, cards: int) -> dict[str, list[float]]:
    term = Terminal(argv, env, *size)
    keys: dict[str, list[float]] = {"pick": [], "check": [], "next": []}
    question = ("Check", "I don't know", *tall(size[1], "Enter check"))
    try:
        term.until(("0 done", *question))
        for i in range(1, cards + 1):
            keys["pick"].append(term.press(b"1", "(•)", "[x]"))
            keys["check"].append(term.press(b"\r", (f"{i} done", "Expected", "Next", *tall(size[1], "next question"))))
            keys["next"].append(term.press(b"\r", question))
        return keys
    finally:
        term.close()


def interview_run(argv, env, size, cards: int) -> dict[str, list[float]]:
    term = Terminal(argv, env, *size)
    keys: dict[str, list[float]] = {"answer": []}
    try:
        term.until("Question 1/")
        for i in range(1, cards + 1):
            term.write(b"a message log")
            keys["answer"].append(term.press(b"\r", (f"Question {i + 1}/", "Type your answer")))
        return keys
    finally:
        term.close()


def line(label: str, values: list[float], bare: float | None = None) -> str:
    text = f"  {label:<15} median {statistics.median(values) * 1000:6.1f} ms   best {min(values) * 1000:6.1f} ms"
    if bare:
        ratio = statistics.median(values) / bare
        text += f"   {ratio:.2f}x the bare key ({'ok' if ratio <= GOAL else 'over'}, goal <= {GOAL:g}x)"
    return text


MODES = {  # mode -> its run, and its command's arguments after the database (for `cards` keys)
    "study": (study_run, lambda cards: ["study"]),
    "quiz": (quiz_run, lambda cards: ["quiz", "--kind", "scenario", "--count", str(cards + 1), "--seed", "1"]),
    "interview": (interview_run, lambda cards: ["interview", "--questions", str(cards + 1), "--seed", "1",
                                                "--seconds-per-question", "3600", "--no-schedule"]),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=5, help="runs of each app (default 5)")
    parser.add_argument("--cards", type=int, default=8, help="cards (questions) answered per run (default 8)")
    parser.add_argument("--size", default="100x30", help="terminal COLSxROWS (default 100x30)")
    parser.add_argument("--mode", choices=[*MODES, "all"], default="study", help="the screen measured (default study)")
    args = parser.parse_args()
    size = tuple(int(x) for x in args.size.lower().split("x"))
    modes = list(MODES) if args.mode == "all" else [args.mode]

    work = Path(tempfile.mkdtemp(prefix="bq-bench-keys-"))
    bare = work / "bare_app.py"
    bare.write_text(BARE_APP, encoding="utf-8")
    db, cache = work / "bench.db", work / "cache"
    env = {**os.environ, "TERM": os.environ.get("TERM", "xterm-256color"), "BROKERQUIZ_CACHE_DIR": str(cache),
           "BROKERQUIZ_LANG": "en"}
    env.pop("TEXTUAL", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")

    def argv(mode: str, cards: int) -> list[str]:
        for path in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
            path.unlink(missing_ok=True)  # every run on a fresh database: the same new cards
        return [sys.executable, "-m", "brokerquiz", "--db", str(db), *MODES[mode][1](cards)]

    bare_argv = [sys.executable, str(bare)]
    bare_run(bare_argv, env, size, 2)  # warm-up: .pyc files, the deck cache, the OS file cache
    for mode in modes:
        MODES[mode][0](argv(mode, 2), env, size, 2)
    bare_t: list[float] = []
    keys: dict[str, list[float]] = {}
    for _ in range(args.n):
        for mode in modes:
            bare_t += bare_run(bare_argv, env, size, 2 * args.cards)
            for name, values in MODES[mode][0](argv(mode, args.cards), env, size, args.cards).items():
                keys.setdefault(f"{mode} {name}" if len(modes) > 1 else name, []).extend(values)
    base = statistics.median(bare_t)
    print(f"key press -> changed screen visible, {args.n} runs x {args.cards} cards, terminal {size[0]}x{size[1]}, "
          f"{', '.join(modes)}")
    print(line("bare key", bare_t))
    for name, values in keys.items():
        print(line(name, values, base))


if __name__ == "__main__":
    main()
