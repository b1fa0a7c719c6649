"""The core never imports Textual or Rich, and commands without a UI never import Textual.

Each check runs in a fresh interpreter, so what another test imported cannot hide a leak.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORE = ROOT / "brokerquiz" / "core"
CORE_MODULES = sorted(
    ".".join(("brokerquiz", *path.relative_to(CORE.parent).with_suffix("").parts)).removesuffix(".__init__")
    for path in CORE.rglob("*.py")
) + ["brokerquiz.locations", "brokerquiz.cli"]

REPORT = (
    "import json, sys\n"
    "def _ui_modules():\n"
    "    return sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in ('textual', 'rich')})\n"
)


def python(code: str, *, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd, timeout=120)


def test_the_core_has_modules_to_check():
    assert {"brokerquiz.core", "brokerquiz.core.deck.load", "brokerquiz.core.store.facade", "brokerquiz.core.grading.parts"} <= set(CORE_MODULES)


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_module_imports_neither_textual_nor_rich(module):
    code = REPORT + f"import {module}\nprint(json.dumps(_ui_modules()))\n"
    result = python(code)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == []


def _run_cli(argv: list[str], cwd: Path = ROOT) -> tuple[int, list[str], str]:
    """Run `brokerquiz ARGV` in a fresh interpreter; (exit code, UI packages imported, stdout)."""
    code = REPORT + (
        "from brokerquiz.cli import main\n"
        f"sys.argv = ['brokerquiz', *{argv!r}]\n"
        "try:\n"
        "    main()\n"
        "    code = 0\n"
        "except SystemExit as stop:\n"
        "    code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)\n"
        "sys.stderr.write('\\nHYGIENE ' + json.dumps([code, _ui_modules()]) + '\\n')\n"
    )
    result = python(code, cwd=cwd)
    marker = [line for line in result.stderr.splitlines() if line.startswith("HYGIENE ")]
    assert marker, result.stderr
    exit_code, modules = json.loads(marker[-1][len("HYGIENE "):])
    return exit_code, modules, result.stdout


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["cards"],
        ["cards", "--json"],
        ["check", "decks/message-brokers.yaml"],
        ["locate"],
        ["export", "--help"],
        ["study", "--help"],
    ],
    ids=" ".join,
)
def test_commands_without_ui_do_not_import_textual(argv):
    exit_code, modules, stdout = _run_cli(argv)
    assert exit_code == 0
    assert stdout.strip()
    assert "textual" not in modules


def test_check_of_a_bad_deck_does_not_import_textual(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\n", encoding="utf-8")
    exit_code, modules, _ = _run_cli(["check", str(bad)])
    assert exit_code == 1
    assert "textual" not in modules


def test_stats_does_not_import_textual(tmp_db):
    exit_code, modules, stdout = _run_cli(["stats", "--db", str(tmp_db)])
    assert exit_code == 0
    assert "Reviews" in stdout
    assert "textual" not in modules
    assert tmp_db.exists()
