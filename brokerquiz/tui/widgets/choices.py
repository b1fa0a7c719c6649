"""Numbered choices for multiple-choice cards: number keys or clicks toggle, then the result."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Static

from .literal import assemble


class ChoiceRow(Static):
    """One choice; clicking it toggles it."""

    def __init__(self, index: int, text: str) -> None:
        super().__init__(markup=False, classes="choice")
        self.index = index
        self.text = text

    def on_click(self) -> None:
        self.post_message(ChoiceList.Toggled(self.index))


class ChoiceList(Vertical):
    """The choices of one card; `picked` holds the indexes toggled on."""

    DEFAULT_CSS = """
    ChoiceList { height: auto; padding: 0 1; margin: 1 0 0 0; }
    ChoiceList .choice { height: auto; }
    ChoiceList .choice:hover { background: $boost; }
    ChoiceList .choice.-picked { color: $text-accent; text-style: bold; }
    ChoiceList .choice.-right { color: $text-success; }
    ChoiceList .choice.-wrong { color: $text-error; }
    ChoiceList .choice.-missed { color: $text-warning; }
    """

    class Toggled(Message):
        """A choice was clicked."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.choices: tuple[str, ...] = ()
        self.picked: set[int] = set()
        self.result: tuple[frozenset[int], frozenset[int]] | None = None

    def compose(self) -> ComposeResult:
        return iter(())

    async def set_choices(self, choices: tuple[str, ...]) -> None:
        self.choices = choices
        self.picked = set()
        self.result = None
        await self.remove_children()
        await self.mount_all([ChoiceRow(i, text) for i, text in enumerate(choices)])
        self._paint()

    def toggle(self, index: int) -> bool:
        """Toggle a choice (0-based); False when there is no such choice or it is answered."""
        if self.result is not None or not 0 <= index < len(self.choices):
            return False
        self.picked ^= {index}
        self._paint()
        return True

    def show_result(self, correct: frozenset[int], optional: frozenset[int] = frozenset()) -> None:
        self.result = (correct, optional)
        self._paint()

    def _paint(self) -> None:
        for row in self.query(ChoiceRow):
            i = row.index
            picked = i in self.picked
            box = "[x]" if picked else "[ ]"
            mark, cls = "", ""
            if self.result is not None:
                correct, optional = self.result
                if i in optional:
                    mark, cls = ("  ~ either way", "-right" if picked else "")
                elif i in correct:
                    mark, cls = ("  ✓", "-right") if picked else ("  ✓ missed", "-missed")
                elif picked:
                    mark, cls = "  ✗", "-wrong"
            row.set_classes(f"choice {cls} {'-picked' if picked and not cls else ''}".strip())
            row.update(assemble((f"{i + 1} ", "bold"), f"{box} ", row.text, (mark, "bold")))
