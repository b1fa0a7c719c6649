"""The registry of modes: screens opened by name, with the title, key and help the home menu
and the command palette show. Its own module, so the app and the palette both read it and
neither imports the other.

Other screens join with one line in `MODES`::

    MODES["quiz"] = lazy("brokerquiz.tui.screens.quiz:QuizScreen", title=N_("Quiz"), key="z")

Titles and help are English source text marked `N_()`; `mode_title` / `mode_help` translate
them when they are shown, so a language chosen later (another deck) shows at once.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from textual.screen import Screen

from ..core.translate import N_, _


class ModeFactory:
    """A screen factory that imports its module only when the mode is opened (fast start-up)."""

    def __init__(self, target: str, *, title: str, key: str = "", help: str = "", menu: bool = True):
        self.target = target
        self.title = title
        self.key = key
        self.help = help
        self.menu = menu  # listed on the home screen and in the command palette

    def __call__(self, **options: Any) -> Screen:
        module_name, _sep, attr = self.target.partition(":")
        factory = getattr(importlib.import_module(module_name), attr)
        return factory(**options)

    def __repr__(self) -> str:
        return f"ModeFactory({self.target!r})"


def lazy(target: str, *, title: str, key: str = "", help: str = "", menu: bool = True) -> ModeFactory:
    """A mode entry for `MODES`: "package.module:ScreenClass" imported on first use."""
    return ModeFactory(target, title=title, key=key, help=help, menu=menu)


# name -> factory(**options) -> Screen. Order is the order of the home menu.
MODES: dict[str, Callable[..., Screen]] = {
    "home": lazy("brokerquiz.tui.screens.home:HomeScreen", title=N_("Home"), menu=False),
    "study": lazy(
        "brokerquiz.tui.screens.study:StudyScreen",
        title=N_("Study"),
        key="s",
        help=N_("Flashcards on the due queue, rated like Anki"),
    ),
    "stats": lazy(
        "brokerquiz.tui.screens.stats:StatsScreen",
        title=N_("Stats"),
        key="t",
        help=N_("Review heatmap, due forecast, retention, weakest rows"),
    ),
    "quiz": lazy(
        "brokerquiz.tui.screens.quiz:QuizScreen",
        title=N_("Quiz"),
        key="z",
        help=N_("Untimed multiple choice and short answers, explained at once"),
    ),
    "interview": lazy(
        "brokerquiz.tui.screens.interview:InterviewScreen",
        title=N_("Mock interview"),
        key="i",
        help=N_("Timed open questions, then a report and your trend"),
    ),
    "browser": lazy(
        "brokerquiz.tui.screens.browser:BrowserScreen",
        title=N_("Browse cards"),
        key="b",
        help=N_("Search by text, tag or state; history; suspend"),
        menu=False,  # not in the Modes list (home fits 80x24): home's b key and ctrl+p open it
    ),
}


def mode_title(name: str) -> str:
    """The mode's title in the interface language."""
    title = getattr(MODES.get(name), "title", None)
    return _(title) if title else name.replace("-", " ").capitalize()


def mode_key(name: str) -> str:
    return getattr(MODES.get(name), "key", "")


def mode_help(name: str) -> str:
    """The mode's one-line help in the interface language."""
    return _(getattr(MODES.get(name), "help", ""))


def menu_modes() -> list[str]:
    """The registered modes a person can open from home (in registry order)."""
    return [name for name, factory in MODES.items() if getattr(factory, "menu", True) and name != "home"]
