"""kill -9 in the middle of an export leaves no temporary file: none in the target folder (an
anonymous O_TMPFILE, or a named one swept by the next export) and none in the temp folder (the
.apkg collection is built in memory, not in genanki's temporary database)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from brokerquiz.cli import cli
from brokerquiz.core import files as atomic_write

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None

DECK_YAML = """\
id: slow
title: Slow export
language: en
subjects:
  kafka: Kafka
  redis: Redis Streams
tables:
  perf:
    title: Performance
    rows:
      latency:
        label: Latency
        kafka: a few ms
        redis: <1ms
"""

# The child stops in the middle of writing (once the collection database or the temporary file
# has content), says so on stdout, and waits to be killed: deterministic, no timing guesses.
CHILD = """\
import pathlib, sys, time
import genanki

def stop_here():
    print("ready", flush=True)
    time.sleep(120)

write_to_db = genanki.Package.write_to_db
def slow_db(self, *args, **kwargs):
    write_to_db(self, *args, **kwargs)
    stop_here()
genanki.Package.write_to_db = slow_db

write_text = pathlib.Path.write_text
def slow_text(self, *args, **kwargs):
    result = write_text(self, *args, **kwargs)
    if self.name.endswith(".tmp") or str(self).startswith("/proc/self/fd/"):
        stop_here()
    return result
pathlib.Path.write_text = slow_text

if sys.argv[1] == "named":
    from brokerquiz.core import files as atomic_write
    atomic_write._anonymous = lambda folder: None

from brokerquiz.cli import cli
cli(sys.argv[2:])
"""


@pytest.fixture
def places(tmp_path):
    """(deck file, target folder, private temp folder, environment for the child)."""
    deck = tmp_path / "slow.yaml"
    deck.write_text(DECK_YAML, encoding="utf-8")
    out, temp = tmp_path / "out", tmp_path / "temp"
    out.mkdir()
    temp.mkdir()
    env = {
        **os.environ,
        "TMPDIR": str(temp),
        "BROKERQUIZ_CACHE_DIR": str(tmp_path / "cache"),
        "BROKERQUIZ_DB": str(tmp_path / "progress.db"),
        "PYTHONPATH": str(Path(__file__).resolve().parents[1]),
    }
    return deck, out, temp, env


def kill_mid_export(env: dict, temporary: str, *args: str) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, temporary, *args], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        line = child.stdout.readline()
        assert line == "ready\n", f"the export ended before its hook: {child.wait(timeout=30)}"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL


@pytest.mark.parametrize("kind", ["anki", "csv", "tsv"])
@pytest.mark.parametrize("force", [False, True], ids=["new", "force"])
def test_kill_9_leaves_no_temporary_anywhere(places, kind, force):
    deck, out, temp, env = places
    anonymous = atomic_write._anonymous(out)
    if anonymous is None:
        pytest.skip("no O_TMPFILE + linkat here: the named temporary and its sweep are tested below")
    for handle in anonymous:
        os.close(handle)
    target = out / f"mine.{kind}"
    if force:
        target.write_bytes(b"the previous export")
    kill_mid_export(env, "anonymous", "export", kind, "--deck", str(deck), "-o", str(target), *(["--force"] * force))
    left = (sorted(p.name for p in out.iterdir()), sorted(p.name for p in temp.iterdir()))
    assert left == ((["mine." + kind] if force else []), [])
    if force:
        assert target.read_bytes() == b"the previous export"


@pytest.mark.skipif(fcntl is None, reason="no flock: stale temporaries are not swept")
@pytest.mark.parametrize("kind", ["anki", "csv"])
def test_a_named_temporary_left_by_kill_9_is_swept_by_the_next_export(places, kind):
    deck, out, temp, env = places
    target = out / f"mine.{kind}"
    kill_mid_export(env, "named", "export", kind, "--deck", str(deck), "-o", str(target))
    left = [p.name for p in out.iterdir()]
    assert len(left) == 1 and atomic_write.TEMP_NAME.match(left[0]), left
    assert list(temp.iterdir()) == []
    foreign = out / ".notes.txt.a1b2c3.tmp"  # another program's temporary: not ours to remove
    foreign.write_text("theirs", encoding="utf-8")

    result = CliRunner().invoke(cli, ["export", kind, "--deck", str(deck), "-o", str(out / f"again.{kind}")])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted([foreign.name, f"again.{kind}"])


@pytest.mark.skipif(fcntl is None, reason="no flock")
def test_the_sweep_keeps_a_temporary_whose_export_is_still_running(tmp_path):
    busy = tmp_path / f".deck.apkg.{atomic_write.TEMP_TAG}abc123.tmp"
    busy.write_bytes(b"half")
    handle = os.open(busy, os.O_RDWR)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)  # as the writer holds it
        assert atomic_write.sweep_stale(tmp_path) == []
        assert busy.exists()
    finally:
        os.close(handle)  # the writer is gone
    assert atomic_write.sweep_stale(tmp_path) == [busy.name]
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(fcntl is None, reason="no flock")
def test_the_sweep_leaves_other_names_folders_and_links_alone(tmp_path):
    keep = [
        tmp_path / ".deck.apkg.abc123.tmp",  # an older or foreign temporary without our tag
        tmp_path / f"deck.{atomic_write.TEMP_TAG}abc.tmp",  # not hidden: not a name we make
        tmp_path / "notes.csv",
    ]
    for path in keep:
        path.write_text("x", encoding="utf-8")
    folder = tmp_path / f".x.{atomic_write.TEMP_TAG}dir.tmp"
    folder.mkdir()
    link = tmp_path / f".y.{atomic_write.TEMP_TAG}lnk.tmp"
    link.symlink_to(keep[2])
    assert atomic_write.sweep_stale(tmp_path) == []
    assert all(path.exists() for path in keep) and folder.is_dir() and link.is_symlink()
