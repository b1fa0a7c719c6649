"""The real app in a real terminal (tmux, 100x30): answer cards with keys, quit, kill -9,
SIGTERM and SIGHUP (the terminal is restored: tmux reports its modes after the app is gone).

Skipped when tmux is not installed. Each test uses its own tmux server socket, polls
capture-pane against a deadline (no fixed sleeps) and reads the database afterwards.
"""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from brokerquiz.core.store.facade import Store

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

DEADLINE = 20.0  # seconds; start-up on a loaded CI machine can take a few


class Tmux:
    """One tmux server (own socket) running one command in a 100x30 window."""

    def __init__(self, command: list[str], tmp_path: Path, size=(100, 30)) -> None:
        self.socket = f"bq-{uuid.uuid4().hex[:8]}"
        self.name = "bq"
        env = {"TERM": "xterm-256color", "HOME": str(tmp_path), "BROKERQUIZ_DB": str(tmp_path / "unused.db")}
        env_args = [a for key, value in env.items() for a in ("-e", f"{key}={value}")]
        shell = "exec " + " ".join(shlex.quote(part) for part in command)
        self.tmux("new-session", "-d", "-s", self.name, "-x", str(size[0]), "-y", str(size[1]), *env_args, shell)

    def tmux(self, *args: str) -> str:
        result = subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True, timeout=10)
        return result.stdout

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", self.name)

    def wait_for(self, text: str | tuple[str, ...], deadline: float = DEADLINE) -> str:
        """The screen once `text` (or one of a tuple of texts) is on it."""
        texts = (text,) if isinstance(text, str) else text
        end = time.monotonic() + deadline
        while time.monotonic() < end:
            shown = self.screen()
            if any(wanted in shown for wanted in texts):
                return shown
            time.sleep(0.05)
        raise AssertionError(f"{text!r} never appeared; the screen shows:\n{self.screen()}")

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", self.name, *keys)

    def pid(self) -> int:
        return int(self.tmux("display-message", "-p", "-t", self.name, "#{pane_pid}").strip())

    def alive(self) -> bool:
        return self.name in self.tmux("list-sessions", "-F", "#{session_name}")

    def state(self, *variables: str) -> dict[str, str]:
        """tmux's format variables for the pane (alternate_on, cursor_flag, mouse_any_flag...)."""
        shown = self.tmux("display-message", "-p", "-t", self.name, "|".join(f"#{{{v}}}" for v in variables))
        return dict(zip(variables, shown.rstrip("\n").split("|")))

    def wait_gone(self, deadline: float = DEADLINE) -> None:
        end = time.monotonic() + deadline
        while time.monotonic() < end:
            if not self.alive():
                return
            time.sleep(0.05)
        raise AssertionError(f"the app did not exit; the screen shows:\n{self.screen()}")

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True, timeout=10)


@pytest.fixture
def run_tmux(tmp_path):
    started: list[Tmux] = []

    def start(*args: str) -> Tmux:
        session = Tmux([sys.executable, "-m", "brokerquiz", *args], tmp_path)
        started.append(session)
        return session

    yield start
    for session in started:
        session.close()


def review_count(db: Path) -> int:
    with Store.open(db) as store:
        return store.db.execute("SELECT count(*) FROM reviews").fetchone()[0]


# a question's footer: space shows a flip card's answer; on a choice card space (or Esc) is "I don't know"
QUESTION_KEYS = ("Show answer", "I don't know")


def answer(term: Tmux, done_before: int, rating: str = "3") -> None:
    term.wait_for(f"{done_before} done")
    term.wait_for(QUESTION_KEYS)
    term.keys("Space")
    term.wait_for("Accept")
    term.keys(rating)
    term.wait_for(f"{done_before + 1} done")


def test_study_three_cards_then_quit(run_tmux, tmp_path):
    db = tmp_path / "study.db"
    term = run_tmux("study", "--db", str(db))
    first = term.wait_for("0 done")
    assert "Kafka" in first  # the first card of the shipped deck is on screen
    for n in range(3):
        answer(term, n, rating=str(4 - n % 2))  # Easy, Good, Easy
    term.keys("q")
    term.wait_gone()
    assert review_count(db) == 3


def test_kill_9_loses_no_answer_already_given(run_tmux, tmp_path):
    db = tmp_path / "crash.db"
    term = run_tmux("study", "--db", str(db))
    answer(term, 0)
    answer(term, 1)
    term.keys("Space")  # the third card is revealed but not rated
    term.wait_for("Accept")
    os.kill(term.pid(), signal.SIGKILL)
    term.wait_gone()
    assert review_count(db) == 2


# Runs the app as a child and stays after it ends, so tmux reports the terminal modes the app
# left (a dead pane always reports a hidden cursor) and the child's own exit status (negative
# when a signal killed it, where a shell's $? would show 128+N either way).
KEEPER = """\
import subprocess, sys, time
child = subprocess.Popen(sys.argv[2:])
open(sys.argv[1], "w").write(str(child.pid))
print("exited", child.wait(), flush=True)
time.sleep(600)
"""
TERMINAL_MODES = ("alternate_on", "cursor_flag", "mouse_any_flag", "mouse_standard_flag", "mouse_sgr_flag", "mouse_all_flag")


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_a_signal_restores_the_terminal_and_keeps_the_answers(tmp_path, signum):
    db, pid_file = tmp_path / "signal.db", tmp_path / "app.pid"
    term = Tmux([sys.executable, "-c", KEEPER, str(pid_file), sys.executable, "-m", "brokerquiz", "study", "--db", str(db)], tmp_path)
    try:
        answer(term, 0)
        before = term.state(*TERMINAL_MODES)
        assert before["alternate_on"] == "1" and before["cursor_flag"] == "0" and before["mouse_any_flag"] == "1"
        term.keys("Space")  # the second card is revealed but not rated when the signal comes
        term.wait_for("Accept")
        os.kill(int(pid_file.read_text()), signum)
        shown = term.wait_for("exited")
        assert f"exited {128 + signum}" in shown  # its own exit with the shell's code, not killed by it
        assert term.state(*TERMINAL_MODES) == {
            "alternate_on": "0",  # back on the normal screen
            "cursor_flag": "1",  # cursor shown
            "mouse_any_flag": "0",  # no mouse tracking of any kind
            "mouse_standard_flag": "0",
            "mouse_sgr_flag": "0",
            "mouse_all_flag": "0",
        }
    finally:
        term.close()
    assert review_count(db) == 1


@pytest.mark.parametrize(
    "command, shown",
    [((), "Modes"), (("quiz",), "0 done"), (("interview",), "Question 1/"), (("stats", "--tui"), "Reviews per day")],
    ids=["home", "quiz", "interview", "stats"],
)
def test_sigterm_restores_the_terminal_from_every_screen(tmp_path, command, shown):
    pid_file = tmp_path / "app.pid"
    app = [sys.executable, "-m", "brokerquiz", *command, "--db", str(tmp_path / "any.db")]
    term = Tmux([sys.executable, "-c", KEEPER, str(pid_file), *app], tmp_path)
    try:
        term.wait_for(shown)
        assert term.state("alternate_on")["alternate_on"] == "1"
        os.kill(int(pid_file.read_text()), signal.SIGTERM)
        assert "exited 143" in term.wait_for("exited")
        assert term.state(*TERMINAL_MODES) == dict.fromkeys(TERMINAL_MODES, "0") | {"cursor_flag": "1"}
    finally:
        term.close()


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="watches the process in /proc")
def test_closing_the_terminal_ends_the_app_with_the_answers_saved(run_tmux, tmp_path):
    db = tmp_path / "hangup.db"
    term = run_tmux("study", "--db", str(db))
    answer(term, 0)
    pid = term.pid()
    term.close()  # the window closes: SIGHUP, and nowhere to write (Textual's exit used to hang here)
    end = time.monotonic() + DEADLINE
    while running(pid):
        assert time.monotonic() < end, "the app outlived its terminal"
        time.sleep(0.05)
    assert review_count(db) == 1


def running(pid: int) -> bool:
    """The process exists and has not ended (a zombie waiting for its parent has ended)."""
    try:
        return "State:\tZ" not in Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
