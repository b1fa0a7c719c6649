"""Numbered choices for multiple-choice cards: number keys or clicks pick, then the result.

A question with one right option is a radio choice: picking one replaces the other, so
👍 and ❌ can never both be ticked. Otherwise the list says how many to pick (or "all that
fit" when some options count either way); `pick_rule` decides which.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from ...core.model import Card
from ...core.picking import pick_rule
from ...core.translate import N_, _, ngettext
from .literal import assemble

# what a choice question asks to pick (see pick_rule); UI strings, kept as data
PICK_TEXT = {"one": N_("Pick one."), "all": N_("Pick all that fit.")}  # and "Pick {n}." (ngettext)
MARKS = {"either": N_("either way"), "missed": N_("missed")}


def pick_text(rule: int | None) -> str:
    """The line above the choices saying what to pick."""
    if rule is None:
        return _(PICK_TEXT["all"])
    if rule == 1:
        return _(PICK_TEXT["one"])
    return ngettext("Pick {n}.", "Pick {n}.", rule).format(n=rule)


class ChoiceRow(Static):
    """One choice; clicking it toggles it."""

    def __init__(self, index: int, text: str) -> None:
        super().__init__(markup=False, classes="choice")
        self.index = index
        self.text = text
        self.drawn: tuple | None = None  # (text, spans, classes) last drawn

    def on_click(self) -> None:
        self.post_message(ChoiceList.Toggled(self.index))


class ChoiceList(Vertical):
    """The choices of one card; `picked` holds the indexes toggled on."""

    DEFAULT_CSS = """
    ChoiceList { height: auto; padding: 0 1; margin: 1 0 0 0; }
    ChoiceList #choice-rule { height: auto; color: $text-muted; text-style: italic; }
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
        self.single = False  # a radio choice: one pick at most
        self.picked: set[int] = set()
        self.result: tuple[frozenset[int], frozenset[int]] | None = None

    def compose(self) -> ComposeResult:
        return iter(())

    async def set_choices(self, choices: tuple[str, ...], card=None) -> None:
        """Show `choices`; with the `card` they come from, its pick rule too (radio or how many)."""
        self.choices = choices
        self.picked = set()
        self.result = None
        rule = pick_rule(card) if card is not None else None
        self.single = rule == 1
        await self._reshape(len(choices), card is not None)
        for row, text in zip(self.query(ChoiceRow), choices):
            row.text = text  # new words in the rows already there (three ratings, four brokers)
        if card is not None:
            self.query_one("#choice-rule", Static).update(pick_text(rule))
        self._paint()

    async def _reshape(self, count: int, with_rule: bool) -> None:
        """`count` rows (and the rule line when `with_rule`): only the rows missing are mounted
        and only the rows too many removed, each a new layout of the screen."""
        rule = self.query("#choice-rule")
        if rule and not with_rule:
            await rule.remove()
        elif with_rule and not rule:
            first = self.children[0] if self.children else None
            await self.mount(Static("", id="choice-rule", markup=False), before=first)
        rows = list(self.query(ChoiceRow))
        if len(rows) > count:
            await self.remove_children(rows[count:])
        elif len(rows) < count:
            await self.mount_all([ChoiceRow(i, "") for i in range(len(rows), count)])

    def toggle(self, index: int) -> bool:
        """Pick or unpick a choice (0-based); a radio choice replaces the pick. False when
        there is no such choice or it is answered."""
        if self.result is not None or not 0 <= index < len(self.choices):
            return False
        self.picked = {index} if self.single else self.picked ^ {index}
        self._paint()
        return True

    def show_result(self, correct: frozenset[int], optional: frozenset[int] = frozenset()) -> None:
        self.result = (correct, optional)
        self._paint()

    def _paint(self) -> None:
        """Redraw the rows whose text or look changed (a pick changes one or two rows): new
        classes restyle a row, and a row laid out again only when it may wrap (longer than a line)."""
        for row in self.query(ChoiceRow):
            content, cls = choice_row(row.index, row.text, self.single, self.picked, self.result)
            drawn, look = row.drawn, (content.plain, tuple(content.spans), cls)  # Content == compares text only
            if drawn == look:
                continue
            row.drawn = look
            if drawn is None or drawn[2] != cls:
                row.set_classes(f"choice {cls}".strip())
            width = row.content_region.width  # one line before and after: the same height, no layout
            row.update(content, layout=drawn is None or max(cell_len(drawn[0]), content.cell_length) > width)


def choice_row(i: int, text: str, single: bool, picked: set[int], result) -> tuple[Content, str]:
    """One choice as drawn ('2 [x] RabbitMQ  ✗') and its look: '-picked', '-right', '-wrong',
    '-missed' or ''. `result`: (correct, optional) once answered, else None."""
    on = i in picked
    box = ("(•)" if on else "( )") if single else ("[x]" if on else "[ ]")
    mark, cls = "", ""
    if result is not None:
        correct, optional = result
        if i in optional:
            mark, cls = ("  ~ " + _(MARKS["either"]), "-right" if on else "")
        elif i in correct:
            mark, cls = ("  ✓", "-right") if on else ("  ✓ " + _(MARKS["missed"]), "-missed")
        elif on:
            mark, cls = "  ✗", "-wrong"
    if on and not cls:
        cls = "-picked"
    return assemble((f"{i + 1} ", "bold"), f"{box} ", text, (mark, "bold")), cls


class ChoicePicks:
    """The picks on one card's choices, without widgets (the study card draws them as lines):
    `toggle` and `show_result` as `ChoiceList`'s."""

    def __init__(self) -> None:
        self.choices: tuple[str, ...] = ()
        self.rule: int | None = None
        self.single = False
        self.picked: set[int] = set()
        self.result: tuple[frozenset[int], frozenset[int]] | None = None

    def set_choices(self, choices: tuple[str, ...], card: Card) -> None:
        self.choices = tuple(choices)
        self.rule = pick_rule(card)
        self.single = self.rule == 1
        self.picked = set()
        self.result = None

    def toggle(self, index: int) -> bool:
        if self.result is not None or not 0 <= index < len(self.choices):
            return False
        self.picked = {index} if self.single else self.picked ^ {index}
        return True

    def show_result(self, correct: frozenset[int], optional: frozenset[int] = frozenset()) -> None:
        self.result = (correct, optional)

    def rows(self) -> list[tuple[Content, str]]:
        return [choice_row(i, text, self.single, self.picked, self.result) for i, text in enumerate(self.choices)]
