"""The question side of a card: where it comes from (deck › table › row) and its front.

The context line is one line at any width: at 80 columns the deck and table titles are
shortened in the middle between words ('Comparing … brokers') before the row is, and the cram tag becomes
'cram'."""

from __future__ import annotations

from functools import lru_cache

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from rich.cells import cell_len
from textual.widgets import Static

from ...core.model import Card
from ...core.translate import N_, _
from .literal import assemble, literal

KIND_LABELS = {  # English source text: shown through the catalog (`kind_label`)
    "fact": N_("fact"),
    "reverse": N_("which one?"),
    "compare": N_("compare"),
    "scenario": N_("scenario"),
    "rating": N_("rating"),
    "use-case": N_("use case"),
    "takeaway": N_("takeaway"),
    "phrase": N_("phrase"),
    "cloze": N_("fill the gap"),
    "follow-up": N_("follow-up"),
}


SEP = " › "
KIND_SEP = "  ·  "
CRAM_TAG = (N_("cram: schedule unchanged"), N_("cram"))  # the long form, and the one that always fits
HEAD_FLOOR = 16  # deck and table titles are shortened to this many cells before the row is
ROW_FLOOR = 24  # the row (the bold piece) keeps this many while the titles go down to MIN_PIECE
MIN_PIECE = 6


def kind_label(kind: str) -> str:
    """A card kind's name in the interface language ('which one?')."""
    return _(KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def _context_pieces(card: Card) -> list[str]:
    return [p for i, p in enumerate(card.context) if p and (i == 0 or p != card.context[i - 1])]


QUOTES = {"“": "”", "«": "»", "„": "“", "(": ")", "[": "]"}  # opener -> closer: kept in pairs
SAME_QUOTES = ('"',)  # the same mark opens and closes


def _paired(words: list[str]) -> bool:
    """Do these words open no quote or bracket they do not close, and close none they did not open?"""
    stack: list[str] = []
    for ch in "".join(words):
        if stack and ch == stack[-1]:  # a closer ("“" closes „ as it opens “: closing first)
            stack.pop()
        elif ch in QUOTES:
            stack.append(QUOTES[ch])
        elif ch in QUOTES.values():
            return False
    return not stack and all("".join(words).count(q) % 2 == 0 for q in SAME_QUOTES)


def _cut_chars(text: str, width: int) -> str:
    """The first word and an ellipsis, or (too long for `width`) the word cut in the middle,
    its quote marks dropped (none left open)."""
    bare = "".join(ch for ch in text if ch not in QUOTES and ch not in QUOTES.values() and ch not in SAME_QUOTES)
    if cell_len(bare) < width:
        return bare + "…"
    keep = width - 1
    head, tail = bare[: (keep + 1) // 2], bare[len(bare) - keep // 2 :] if keep // 2 else ""
    while cell_len(head) + cell_len(tail) > keep:  # wide characters: trim until it fits
        head, tail = (head[:-1], tail) if cell_len(head) >= cell_len(tail) else (head, tail[1:])
    return f"{head}…{tail}"


def _joined(head: list[str], tail: list[str]) -> str:
    return " ".join([*head, "…", *tail])


@lru_cache(maxsize=4096)
def shorten_middle(text: str, width: int) -> str:
    """`text` in at most `width` cells, whole words from both ends around an ellipsis
    ('Comparing … brokers'); a quote or bracket is kept only with its pair. A text none of
    whose words fits is cut inside its first word."""
    if cell_len(text) <= width:
        return text
    if width <= 1:
        return "…"[:width]
    words = text.split()
    best: tuple[tuple[bool, int, bool], str] | None = None
    for n_head in range(len(words)):  # every split into the first words and the last ones
        head = words[:n_head]
        if not _paired(head) or cell_len(_joined(head, [])) > width:
            continue
        for n_tail in range(len(words) - n_head - 1, -1, -1):  # the most last words that fit
            tail = words[len(words) - n_tail :] if n_tail else []
            shown = _joined(head, tail)
            if cell_len(shown) <= width and _paired(tail):
                if head or tail:  # both ends kept first, then the most text, then the start
                    kept = (bool(head and tail), cell_len(shown), bool(head))
                    if best is None or kept > best[0]:
                        best = (kept, shown)
                break
    if best is None:
        return _cut_chars(words[0] if words else text, width) if width > 1 else "…"
    return best[1]


def _level(heads: list[str], room: int, floor: int) -> list[str] | None:
    """The titles cut to one common length (the longest give up most) fitting `room`, or None."""
    for level in range(max([floor, *map(cell_len, heads)]), floor - 1, -1):
        cut = [shorten_middle(h, level) for h in heads]
        if sum(map(cell_len, cut)) <= room:
            return cut
    return None


def fit_pieces(pieces: list[str], room: int) -> list[str]:
    """Shorten the pieces in the middle until they and their separators fit `room` cells:
    first the titles before the row (down to HEAD_FLOOR), then the row (down to ROW_FLOOR),
    then the titles again (down to MIN_PIECE), last the row to what is left."""
    if not pieces:
        return []
    heads, row = list(pieces[:-1]), pieces[-1]
    room -= cell_len(SEP) * len(heads)
    cut = _level(heads, room - cell_len(row), HEAD_FLOOR)
    if cut is not None:
        return [*cut, row]
    floor = sum(min(cell_len(h), HEAD_FLOOR) for h in heads)
    if room - floor >= ROW_FLOOR:
        return [*(shorten_middle(h, HEAD_FLOOR) for h in heads), shorten_middle(row, room - floor)]
    row = shorten_middle(row, min(cell_len(row), ROW_FLOOR))
    cut = _level(heads, room - cell_len(row), MIN_PIECE)
    if cut is not None:
        return [*cut, row]
    cut = [shorten_middle(h, MIN_PIECE) for h in heads]
    return [*cut, shorten_middle(row, max(1, room - sum(map(cell_len, cut))))]


def context_line(card: Card, *, cram: bool = False, width: int | None = None) -> Content:
    """'Deck › Table › Row  ·  kind' on one line of `width` cells (None: as long as it is):
    titles shortened in the middle, the cram tag shortened to 'cram'. Deck text is kept
    literal (Content, not markup)."""
    pieces = _context_pieces(card)
    kind = KIND_SEP + kind_label(card.kind)
    tag = KIND_SEP + _(CRAM_TAG[0]) if cram else ""
    if width is not None:
        full = sum(cell_len(p) for p in pieces) + cell_len(SEP) * max(0, len(pieces) - 1)
        if cram and full + cell_len(kind + tag) > width:
            tag = KIND_SEP + _(CRAM_TAG[1])
        pieces = fit_pieces(pieces, max(1, width - cell_len(kind + tag)))
    parts: list = []
    for i, piece in enumerate(pieces):
        if i:
            parts.append((SEP, "$text-muted"))
        parts.append((piece, "$text-muted" if i < len(pieces) - 1 else "bold $text-secondary"))
    parts.append((kind, "italic $text-muted"))
    if tag:
        parts.append((tag, "$text-warning"))
    return assemble(*parts)


class Breadcrumb(Static):
    """The context line, fitted to the width it is drawn at (so it never wraps)."""

    DEFAULT_CSS = "Breadcrumb { height: 1; text-wrap: nowrap; text-overflow: ellipsis; }"

    def __init__(self, **kwargs) -> None:
        super().__init__(markup=False, **kwargs)
        self.card: Card | None = None
        self.cram = False
        self._drawn: tuple[tuple, Content] | None = None  # (card id, cram, width) -> the line

    def show(self, card: Card, *, cram: bool = False) -> None:
        if card is not self.card or cram != self.cram:
            self.card, self.cram = card, cram
            self.refresh()  # one line high whatever it says: no new layout

    def render(self) -> Content:
        if self.card is None:
            return Content("")
        width = self.content_region.width or None
        key = (self.card.id, self.cram, width)
        if self._drawn is None or self._drawn[0] != key:  # a reveal redraws the screen, not the line
            self._drawn = (key, context_line(self.card, cram=self.cram, width=width))
        return self._drawn[1]


class CardView(Vertical):
    """Shows a card's context and front; the screen swaps the card with `show`."""

    DEFAULT_CSS = """
    CardView { height: auto; padding: 0 2 1 2; border: round $primary 60%; }
    CardView #card-context { height: auto; color: $text-muted; }
    CardView #card-front { height: auto; margin: 1 0 0 0; text-style: bold; }
    """

    def compose(self) -> ComposeResult:
        yield Breadcrumb(id="card-context")
        yield Static(id="card-front", markup=False)

    _front: Card | None = None  # the card whose front is drawn

    def show(self, card: Card, *, cram: bool = False) -> None:
        self.query_one(Breadcrumb).show(card, cram=cram)
        if card is not self._front:  # a reveal shows the same card: its front is not drawn and laid out again
            self._front = card
            self.query_one("#card-front", Static).update(literal(card.front))
