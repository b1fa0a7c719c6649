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
from ...core.translate import N_, _, ngettext
from ...errors import BrokerquizError
from ..translated import TranslatedBindings


class ExportDialog(TranslatedBindings, ModalScreen[str | None]):
    """Ask where to write the .apkg; dismisses with the path, or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", N_("Cancel"), id="export.cancel", tooltip=N_("Do not export"))]
    """Keys of the export dialog (Enter in the input exports)."""

    def __init__(self, deck_title: str, default_path: str) -> None:
        super().__init__()
        self.deck_title = deck_title
        self.default_path = default_path

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box"):
            before, _sep, after = _("Export {deck} to an Anki package (.apkg)").partition("{deck}")
            yield Static(Content.assemble(before, (printable(self.deck_title), "bold"), after))
            yield Input(value=self.default_path, id="export-path")
            yield Static(Content.styled(_("Enter exports · Esc cancels"), "$text-muted"))

    @on(Input.Submitted, "#export-path")
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmOverwrite(TranslatedBindings, ModalScreen[bool]):
    """Asks before an export replaces a file: True replaces it, False writes nothing."""

    BINDINGS = [
        Binding("y", "answer(True)", N_("Replace"), id="overwrite.yes", tooltip=N_("Replace the file with this export")),
        Binding("n,escape", "answer(False)", N_("Cancel"), id="overwrite.no", tooltip=N_("Write nothing; the file stays")),
    ]
    """y replaces the file, n or Esc keeps it."""

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="overwrite-box"):
            yield Static(self.question, id="overwrite-question", markup=False)
            with Horizontal():
                yield Button(_("Replace (y)"), variant="warning", id="overwrite-yes")
                yield Button(_("Cancel (n)"), variant="primary", id="overwrite-no")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "overwrite-yes")

    def action_answer(self, value: bool) -> None:
        self.dismiss(value)


def overwrite_question(target: Path) -> str | None:
    """What to ask before exporting to `target`, or None when nothing would be replaced."""
    if target.is_symlink():
        return printable(
            _("{path} is a symbolic link to {target}.").format(path=target, target=os.readlink(target)) + "\n"
            + _("Write through it? The file it points to is replaced; the link stays.")
        )
    if target.is_file():
        return printable(_("{path} exists.").format(path=target) + "\n" + _("Replace it with this export?"))
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
            screen.notify(printable(_("{path} was left as it was").format(path=target)), title=_("Not exported"), markup=False)

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
        screen.notify(printable(str(error)), title=_("Export failed"), severity="error", markup=False)
        return
    written = ngettext("{n} card written to {path}", "{n} cards written to {path}", result.cards)
    screen.notify(printable(written.format(n=result.cards, path=result.path)), title=_("Exported"), markup=False)
