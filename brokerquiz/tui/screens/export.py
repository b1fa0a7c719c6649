"""Export from the home screen: where to write the .apkg, and a question before replacing a file.

The question comes before anything is written; the answer is typed (`ModalScreen[bool]`). As
with `brokerquiz export anki --force`, a symbolic link is written through: the file it points
to is replaced, the link stays.
"""

from __future__ import annotations

import os
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Input, Static

from ...core.safe_text import printable
from ...errors import BrokerquizError
from ..translated import TranslatedBindings


class ExportDialog(TranslatedBindings, ModalScreen[str | None]):
    """Ask where to write the .apkg; dismisses with the path, or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="export.cancel", tooltip="Do not export")]
    """Keys of the export dialog (Enter in the input exports)."""

    def __init__(self, deck_title: str, default_path: str) -> None:
        super().__init__()
        self.deck_title = deck_title
        self.default_path = default_path

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box"):
            yield Static(Content.assemble("Export ", (self.deck_title, "bold"), " to an Anki package (.apkg)"))
            yield Input(value=self.default_path, id="export-path")
            yield Static(Content.styled("Enter exports · Esc cancels", "$text-muted"))

    @on(Input.Submitted, "#export-path")
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmOverwrite(TranslatedBindings, ModalScreen[bool]):
    """Asks before an export replaces a file: True replaces it, False writes nothing."""

    BINDINGS = [
        Binding("y", "answer(True)", "Replace", id="overwrite.yes", tooltip="Replace the file with this export"),
        Binding("n,escape", "answer(False)", "Cancel", id="overwrite.no", tooltip="Write nothing; the file stays"),
    ]
    """y replaces the file, n or Esc keeps it."""

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="overwrite-box"):
            yield Static(self.question, id="overwrite-question", markup=False)
            with Horizontal():
                yield Button("Replace (y)", variant="warning", id="overwrite-yes")
                yield Button("Cancel (n)", variant="primary", id="overwrite-no")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "overwrite-yes")

    def action_answer(self, value: bool) -> None:
        self.dismiss(value)


def overwrite_question(target: Path) -> str | None:
    """What to ask before exporting to `target`, or None when nothing would be replaced."""
    if target.is_symlink():
        return printable(
            f"{target} is a symbolic link to {os.readlink(target)}.\n"
            "Write through it? The file it points to is replaced; the link stays."
        )
    if target.is_file():
        return printable(f"{target} exists.\nReplace it with this export?")
    return None


def ask_then_export(screen: Screen, deck_path: Path, target: Path) -> None:
    """Export the deck at `deck_path` to `target`, asking first when a file would be replaced."""
    question = overwrite_question(target)
    if question is None:
        export_deck(screen, deck_path, target, force=False)
        return

    def answered(replace: bool | None) -> None:
        if replace:
            export_deck(screen, deck_path, target, force=True)
        else:
            screen.notify(printable(f"{target} was left as it was"), title="Not exported", markup=False)

    screen.app.push_screen(ConfirmOverwrite(question), answered)


def export_deck(screen: Screen, deck_path: Path, target: Path, *, force: bool) -> None:
    """Write the .apkg and say where; any failure is a notification, never a crash."""
    from ...core.export.anki import export_anki
    from ...core.deck.library import open_deck

    try:
        deck, cards = open_deck(str(deck_path))
        result = export_anki(
            deck, cards, target, now=screen.app.clock.now(), force=force,
            reserve=screen.app.store.next_anki_mod,  # newer to Anki than every earlier export
        )
    except BrokerquizError as error:  # ExportError (a file that appeared meanwhile too), DeckError, StoreError
        screen.notify(printable(str(error)), title="Export failed", severity="error", markup=False)
        return
    screen.notify(printable(f"{result.cards} cards written to {result.path}"), title="Exported", markup=False)
