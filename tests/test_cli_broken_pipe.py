"""`brokerquiz cards --json | head -1`: the reader closing the pipe early is not an error
(exit 0, nothing on stderr), as with other command-line tools; a full read still ends normally."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run_and_close_after_one_line(*args: str) -> tuple[int, bytes, bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "brokerquiz", *args], cwd=ROOT, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    first = proc.stdout.readline()
    proc.stdout.close()  # what `head -1` does once it has its line
    err = proc.stderr.read()
    return proc.wait(timeout=60), first, err


def test_a_reader_that_stops_early_is_no_error():
    code, first, err = _run_and_close_after_one_line("cards", "--json")
    assert first.startswith(b'{"id": ')
    assert (code, err) == (0, b"")


def test_the_text_listing_too():
    code, first, err = _run_and_close_after_one_line("cards")
    assert first.strip() and (code, err) == (0, b"")
