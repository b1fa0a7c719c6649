"""Deck text in a real terminal (tmux): control sequences in a deck that got past the reader
(a planted cache entry) are printed as visible escapes; the terminal's title, clipboard and
screen are left alone.

Skipped when tmux is not installed. Own tmux server socket per test; polls against a deadline.
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
import time
import uuid

import pytest

from brokerquiz.core.deck import cache as deck_cache
from brokerquiz.core.deck.cards import generate_cards
from brokerquiz.core.deck.load import load_deck

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

DEADLINE = 20.0
# set the window title (OSC 2), write the clipboard (OSC 52), clear the screen, home the cursor
EVIL = "\x1b]2;PWNED\x07\x1b]52;c;cHduZWQ=\x07\x1b[2J\x1b[H\u202e"


def tmux(socket: str, *args: str) -> str:
    return subprocess.run(["tmux", "-L", socket, *args], capture_output=True, text=True, timeout=10).stdout


def wait_for(socket: str, text: str) -> str:
    end = time.monotonic() + DEADLINE
    while time.monotonic() < end:
        shown = tmux(socket, "capture-pane", "-p", "-t", "bq", "-S", "-200")
        if text in shown:
            return shown
        time.sleep(0.05)
    raise AssertionError(f"{text!r} never appeared:\n{shown}")


@pytest.fixture
def planted(tmp_path, small_deck_path):
    cache = tmp_path / "cache"
    deck = load_deck(small_deck_path)
    deck = deck._replace(title=deck.title + EVIL, subjects=tuple(s._replace(name=s.name + EVIL) for s in deck.subjects))
    assert deck_cache.write(small_deck_path, deck_cache.cache_key(small_deck_path), deck, tuple(generate_cards(deck)), folder=cache)
    return small_deck_path, cache


@pytest.mark.parametrize("command", ["cards", "stats"])
def test_control_sequences_in_deck_text_do_not_reach_the_terminal(planted, tmp_path, command):
    deck, cache = planted
    socket = f"bq-{uuid.uuid4().hex[:8]}"
    env = {"TERM": "xterm-256color", "HOME": str(tmp_path), "BROKERQUIZ_CACHE_DIR": str(cache),
           "BROKERQUIZ_DB": str(tmp_path / "p.db")}
    argv = [sys.executable, "-m", "brokerquiz", command, "--deck", str(deck)]
    shell = " ".join(map(shlex.quote, argv)) + "; echo END-OF-OUTPUT; sleep 30"
    env_args = [a for key, value in env.items() for a in ("-e", f"{key}={value}")]
    # set-clipboard on before the command starts: an OSC 52 would then make a paste buffer
    tmux(socket, "-f", "/dev/null", "start-server", ";", "set-option", "-g", "set-clipboard", "on", ";",
         "new-session", "-d", "-s", "bq", "-x", "120", "-y", "40", *env_args, shell)
    try:
        assert tmux(socket, "show-options", "-g", "set-clipboard").strip() == "set-clipboard on"
        shown = wait_for(socket, "END-OF-OUTPUT")
        assert "PWNED" not in tmux(socket, "display-message", "-p", "-t", "bq", "#{pane_title}")
        assert tmux(socket, "list-buffers") == ""  # the clipboard was not written
        assert "\\x1b]2;PWNED\\x07\\x1b]52;c;cHduZWQ=\\x07\\x1b[2J" in shown  # shown, as text
        assert "\\u202e" in shown
        first = "small/" if command == "cards" else "Deck"
        assert shown.lstrip().startswith(first)  # the screen was not cleared under the output
    finally:
        subprocess.run(["tmux", "-L", socket, "kill-server"], capture_output=True, timeout=10)
