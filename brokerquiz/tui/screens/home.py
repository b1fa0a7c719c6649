"""The home screen: decks with their new and due counts, and the modes to open."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer, Header, Static


class HomeScreen(Screen):
    """Pick a deck and a mode."""

    def __init__(self, deck_name: str | None = None, **options) -> None:
        super().__init__()
        self.deck_name = deck_name

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("brokerquiz", id="home-title", markup=False)
        yield Footer()
