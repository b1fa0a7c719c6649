"""Start-up stays lean: `brokerquiz study`'s path to the first card imports no parser, no
sqlite-utils and no fsrs, and the numpy that sqlite-utils skips stays importable.

Each check runs in a fresh interpreter, so what another test imported cannot hide a leak.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def python(code: str, env_cache: Path) -> dict:
    import os

    env = {**os.environ, "BROKERQUIZ_CACHE_DIR": str(env_cache)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


STUDY_PATH = """
import json, sys
from brokerquiz.core.clock import SystemClock
from brokerquiz.core.deck.library import open_deck
from brokerquiz.core.sessions.study import StudySession
from brokerquiz.core.store.facade import Store
deck, cards = open_deck({deck!r})
store = Store.open({db!r})
session = StudySession(store, deck, cards, clock=SystemClock())
print(json.dumps({{"card": session.card.id if session.card else None,
                  "loaded": sorted(m for m in ("yaml", "brokerquiz.core.deck.load", "brokerquiz.core.deck.sections",
                                               "brokerquiz.core.deck.yamlnodes",
                                               "sqlite_utils", "fsrs", "numpy") if m in sys.modules)}}))
"""


def test_the_study_path_with_a_cached_deck_imports_no_parser_sqlite_utils_or_fsrs(tmp_path, small_deck_path):
    db = tmp_path / "s.db"
    code = STUDY_PATH.format(deck=str(small_deck_path), db=str(db))
    first = python(code, tmp_path / "cache")  # creates the db (migrations) and the cache entry
    assert first["card"] is not None
    assert "yaml" in first["loaded"] and "sqlite_utils" in first["loaded"]
    second = python(code, tmp_path / "cache")
    assert second == {"card": first["card"], "loaded": []}


def test_numpy_is_hidden_only_while_sqlite_utils_is_imported(tmp_path):
    code = f"""
import importlib.util, json, sys
from brokerquiz.core.store.facade import Store
store = Store.open({str(tmp_path / "n.db")!r})  # a new db: migrations import sqlite-utils
import sqlite_utils.db
left = "numpy" in sys.modules  # a None entry left behind would break `import numpy` below
installed = importlib.util.find_spec("numpy") is not None
if installed:
    import numpy
print(json.dumps({{"hidden": sqlite_utils.db.np is None, "left": left,
                  "works": not installed or sys.modules["numpy"] is not None,
                  "rows": store.db["cards"].count}}))
"""
    assert python(code, tmp_path / "cache") == {"hidden": True, "left": False, "works": True, "rows": 0}
