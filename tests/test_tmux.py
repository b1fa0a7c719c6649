"""The real app in a real terminal (tmux, 100x30): answer cards with keys, quit, kill -9.

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

from brokerquiz.core.store import Store

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

    def wait_for(self, text: str, deadline: float = DEADLINE) -> str:
        end = time.monotonic() + deadline
        while time.monotonic() < end:
            shown = self.screen()
            if text in shown:
                return shown
            time.sleep(0.05)
        raise AssertionError(f"{text!r} never appeared; the screen shows:\n{self.screen()}")

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", self.name, *keys)

    def pid(self) -> int:
        return int(self.tmux("display-message", "-p", "-t", self.name, "#{pane_pid}").strip())

    def alive(self) -> bool:
        return self.name in self.tmux("list-sessions", "-F", "#{session_name}")

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


def answer(term: Tmux, done_before: int, rating: str = "3") -> None:
    term.wait_for(f"{done_before} done")
    term.wait_for("Show answer")
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
