"""The home screen's export asks before it replaces a file: y replaces it, n or Esc writes nothing."""

from __future__ import annotations

import zipfile

import pytest
from textual.widgets import Static

from brokerquiz.core.clock import FakeClock
from brokerquiz.tui.app import make_app
from brokerquiz.tui.screens.export import ConfirmOverwrite, ExportDialog
from brokerquiz.tui.screens.home import HomeScreen

SIZE = (100, 30)
OLD = b"an export I want to keep"


async def export_to(pilot, target) -> None:
    """e, the path typed into the dialog, Enter."""
    await pilot.press("e")
    await pilot.pause()
    assert isinstance(pilot.app.screen, ExportDialog)
    pilot.app.screen.query_one("#export-path").value = str(target)
    await pilot.press("enter")
    await pilot.pause()


def question(app) -> str:
    return str(app.screen.query_one("#overwrite-question", Static).render())


@pytest.mark.parametrize("key", ["y", "click"])
async def test_an_existing_file_is_replaced_only_after_yes(store, now, tmp_path, key):
    target = tmp_path / "brokers.apkg"
    target.write_bytes(OLD)
    app = make_app(store=store, clock=FakeClock(now), screen="home")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await export_to(pilot, target)
        assert isinstance(app.screen, ConfirmOverwrite)
        assert question(app) == f"{target} exists.\nReplace it with this export?"
        assert target.read_bytes() == OLD  # nothing is written before the answer
        if key == "click":
            await pilot.click("#overwrite-yes")
        else:
            await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert any(n.title == "Exported" for n in app._notifications)
    with zipfile.ZipFile(target) as archive:
        assert "collection.anki2" in archive.namelist()


@pytest.mark.parametrize("key", ["n", "escape"])
async def test_no_keeps_the_file_and_says_so(store, now, tmp_path, key):
    target = tmp_path / "brokers.apkg"
    target.write_bytes(OLD)
    app = make_app(store=store, clock=FakeClock(now), screen="home")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await export_to(pilot, target)
        assert isinstance(app.screen, ConfirmOverwrite)
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert [n.title for n in app._notifications] == ["Not exported"]
    assert target.read_bytes() == OLD
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".apkg"] == ["brokers.apkg"]


async def test_a_new_file_is_written_without_a_question(store, now, tmp_path):
    target = tmp_path / "new.apkg"
    app = make_app(store=store, clock=FakeClock(now), screen="home")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await export_to(pilot, target)
        assert isinstance(app.screen, HomeScreen)
    assert target.is_file()


async def test_a_symbolic_link_is_written_through_after_yes(store, now, tmp_path):
    real = tmp_path / "real.apkg"
    real.write_bytes(OLD)
    link = tmp_path / "link.apkg"
    link.symlink_to(real)
    app = make_app(store=store, clock=FakeClock(now), screen="home")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await export_to(pilot, link)
        assert isinstance(app.screen, ConfirmOverwrite)
        assert question(app).startswith(f"{link} is a symbolic link to {real}.\nWrite through it?")
        await pilot.press("y")
        await pilot.pause()
    assert link.is_symlink() and zipfile.is_zipfile(real)


async def test_a_path_with_markup_is_shown_literally(store, now, tmp_path):
    target = tmp_path / "[b]x[i].apkg"
    target.write_bytes(OLD)
    app = make_app(store=store, clock=FakeClock(now), screen="home")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await export_to(pilot, target)
        assert "[b]x[i].apkg exists." in question(app)
        await pilot.press("n")
        await pilot.pause()
    assert target.read_bytes() == OLD


async def test_a_link_to_a_name_with_escape_sequences_is_asked_about_literally(store, now, tmp_path):
    link = tmp_path / "link.apkg"
    link.symlink_to(tmp_path / "\x1b]52;c;eA==\x07")
    app = make_app(store=store, clock=FakeClock(now), screen="home")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await export_to(pilot, link)
        assert "\x1b" not in question(app) and "\\x1b]52;c;eA==\\x07" in question(app)
        await pilot.press("n")
        await pilot.pause()
    assert link.is_symlink() and not link.exists()
