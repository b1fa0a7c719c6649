"""The question side of a card: where it comes from (deck › table › row) and its front."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from ...core.model import Card
from .literal import assemble, literal

KIND_LABELS = {
    "fact": "fact",
    "reverse": "which one?",
    "compare": "compare",
    "scenario": "scenario",
    "rating": "rating",
    "use-case": "use case",
    "takeaway": "takeaway",
    "phrase": "phrase",
    "cloze": "fill the gap",
    "follow-up": "follow-up",
}


def context_line(card: Card, *, cram: bool = False) -> Content:
    """'Deck › Table › Row  · kind' — deck text is kept literal (Content, not markup)."""
    parts: list = []
    context = [p for i, p in enumerate(card.context) if p and (i == 0 or p != card.context[i - 1])]
    for i, piece in enumerate(context):
        if i:
            parts.append((" › ", "$text-muted"))
        parts.append((piece, "$text-muted" if i < len(context) - 1 else "bold $text-secondary"))
    parts.append(("  ·  " + KIND_LABELS.get(card.kind, card.kind), "italic $text-muted"))
    if cram:
        parts.append(("  ·  cram: schedule unchanged", "$text-warning"))
    return assemble(*parts)


class CardView(Vertical):
    """Shows a card's context and front; the screen swaps the card with `show`."""

    DEFAULT_CSS = """
    CardView { height: auto; padding: 0 2 1 2; border: round $primary 60%; }
    CardView #card-context { height: auto; color: $text-muted; }
    CardView #card-front { height: auto; margin: 1 0 0 0; text-style: bold; }
    """

    def compose(self) -> ComposeResult:
        yield Static(id="card-context", markup=False)
        yield Static(id="card-front", markup=False)

    def show(self, card: Card, *, cram: bool = False) -> None:
        self.query_one("#card-context", Static).update(context_line(card, cram=cram))
        self.query_one("#card-front", Static).update(literal(card.front))
