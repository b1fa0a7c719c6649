"""The card browser, as in Anki: search the deck's cards by text, tag and state, open one with
its history, suspend and unsuspend it. The search itself is core (`core.browse`).

Keys: type in the search box (Enter or Tab goes to the list); in the list ↑/↓ move, Enter opens
the card, s suspends or unsuspends it, / goes back to the search; Esc (q in the list) goes back.
Deck text is shown literally: Content of printable strings, never markup; the table's cells are
Rich `Text` (DataTable renders with Rich and parses a str cell as markup; a Content cell would
lose its ellipsis), with no colour of their own.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Footer, Header, Input, Static

from ...core.store.browse import STATES, BrowseError, browse, state_label
from ...core.translate import N_, _
from ...errors import BrokerquizError
from ..calendar_words import day_month_time
from ..widgets.literal import assemble, literal, printable
from ..translated import TranslatedBindings

COLUMNS = (N_("State"), N_("Kind"), N_("Due"), N_("Card"))  # the card text last: it takes what width is left
# the words shown for the core's names (the search's is:STATE keywords stay as they are typed)
STATE_WORDS = {
    "new": N_("new"), "learning": N_("learning"), "review": N_("review"), "due": N_("due"),
    "suspended": N_("suspended"), "buried": N_("buried"), "leech": N_("leech"),
}
KIND_WORDS = {
    "fact": N_("fact"), "compare": N_("compare"), "reverse": N_("reverse"), "scenario": N_("scenario"),
    "rating": N_("rating"), "use-case": N_("use case"), "takeaway": N_("takeaway"), "phrase": N_("phrase"),
    "cloze": N_("cloze"), "follow-up": N_("follow-up"),
}
MODE_WORDS = {"study": N_("study"), "cram": N_("cram"), "quiz": N_("quiz"), "interview": N_("interview")}
RATING_WORDS = {1: N_("Again"), 2: N_("Hard"), 3: N_("Good"), 4: N_("Easy")}  # study's rating buttons


def word(table: dict, name) -> str:
    """The interface word for a core name; a name the table lacks as it is."""
    return _(table[name]) if name in table else str(name)


def plain(text: str | None) -> Text:
    """Deck text for a table cell: literal, printable, one line."""
    return Text(" ".join(printable(text or "").split()), no_wrap=True, overflow="ellipsis")


def history_lines(reviews: list[dict], tz=None) -> list[str]:
    """One line per review, oldest first: when, mode, rating, what was typed."""
    from ...core.clock import parse_iso

    lines = []
    mode_width = max(9, *(len(_(w)) for w in MODE_WORDS.values()))
    rating_width = max(len(_(w)) for w in RATING_WORDS.values())
    for review in reviews:
        at = parse_iso(review["reviewed_at"]).astimezone(tz)
        answer = f"  “{review['answer']}”" if review.get("answer") else ""
        mode, rating = word(MODE_WORDS, review["mode"]), word(RATING_WORDS, review["rating"])
        lines.append(f"{at:%Y-%m-%d %H:%M}  {mode:<{mode_width}} {rating:<{rating_width}}{answer}".rstrip())
    return lines or [_("never answered")]


class CardDetail(TranslatedBindings, ModalScreen[bool]):
    """One card: front, back, tags, state, and every answer given; s suspends or unsuspends."""

    BINDINGS = [
        Binding("escape,q,enter", "close", N_("Back"), id="card.back"),
        Binding("s", "toggle", N_("Suspend / unsuspend"), id="card.suspend"),
    ]
    """Keys of the card view; s toggles the suspend flag through `toggle` and stays open."""

    def __init__(self, card, info: dict | None, reviews: list[dict], state: str, tz=None, toggle=None) -> None:
        super().__init__()
        self.card, self.info, self.reviews, self.state, self.tz = card, info, reviews, state, tz
        self.toggle = toggle  # () -> the card's state label after the change, or None when refused

    def compose(self) -> ComposeResult:
        card = self.card
        lines = [
            ("card", _("Card"), card.id), ("state", _("State"), word(STATE_WORDS, self.state)),
            ("front", _("Question"), card.front), ("back", _("Answer"), card.back), ("tags", _("Tags"), " ".join(card.tags)),
        ]
        self.label_width = max(len(label) for _name, label, _text in lines) + 2
        with VerticalScroll(id="card-detail"):
            for name, label, text in lines:
                yield Static(self._line(label, text), classes="detail-line", id=f"detail-{name}")
            yield Static(Content.styled(_("History"), "bold"), classes="detail-heading")
            for line in history_lines(self.reviews, self.tz):
                yield Static(literal(line), classes="detail-line")
            yield Static(Content.styled(_("s suspend / unsuspend · Esc back"), "$text-muted"), classes="detail-heading")

    def _line(self, label: str, text: str) -> Content:
        """'Question  <deck text>': the label muted, the text literal."""
        return assemble((label.ljust(self.label_width), "$text-muted"), text)

    def action_close(self) -> None:
        self.dismiss(False)

    def action_toggle(self) -> None:
        state = self.toggle() if self.toggle is not None else None
        if state is not None:  # in place: the view stays open on the same card
            self.state = state
            self.query_one("#detail-state", Static).update(self._line(_("State"), word(STATE_WORDS, state)))


class BrowserScreen(TranslatedBindings, Screen):
    """Every card of one deck, searchable, with its state; opened from home and ctrl+p."""

    BINDINGS = [
        Binding("slash", "search", N_("Search"), id="browser.search", tooltip=N_("Type words, tag:…, is:…")),
        Binding("s", "toggle_suspend", N_("Suspend / unsuspend"), id="browser.suspend"),
        Binding("escape", "close", N_("Back"), id="browser.back", tooltip=N_("Back home, or quit")),
        Binding("q", "leave", N_("Back"), id="browser.quit", show=False),
    ]
    """Keys of the browser; `check_action` keeps s and q for the list (they type in the search)."""

    def __init__(self, deck_name: str | None = None, **options) -> None:
        super().__init__()
        self.deck_name = deck_name
        self.deck = None
        self.cards: list = []
        self.infos: dict[str, dict] = {}
        self.shown: list = []

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="browser-body"):
            yield Input(placeholder=_("Search: words  tag:kafka  is:") + "|".join(STATES[:4]) + "…", id="browser-search")
            yield Static(id="browser-count", markup=False)
            yield DataTable(id="browser-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        from ...core.deck.library import open_deck

        try:
            self.deck, cards = open_deck(self.deck_name)
            self.app.store.sync_cards(self.deck.id, cards)
        except BrokerquizError as error:  # a bad deck or db: a message, not a crash
            self.app.notify(str(error), title=_("Cannot browse"), severity="error", markup=False)
            self.action_close()
            return
        self.cards = list(cards)
        self.title = "brokerquiz — " + _("browse cards")
        self.sub_title = printable(self.deck.title)
        self.query_one(DataTable).add_columns(*(_(column) for column in COLUMNS))
        self.reload()
        self.query_one("#browser-search", Input).focus()
        self.app.first_paint_done()

    # ------------------------------------------------------------------ the list

    def reload(self) -> None:
        """Read the cards' states again and show the current search."""
        try:
            self.infos = self.app.store.deck_cards(self.deck.id)
        except BrokerquizError as error:  # a busy db: keep what is shown
            self.notify(str(error), title=_("Database"), severity="error", markup=False)
        self.show(self.query_one("#browser-search", Input).value)

    def show(self, query: str) -> None:
        now = self.app.clock.now()
        count = self.query_one("#browser-count", Static)
        try:
            self.shown = browse(self.cards, self.infos, query, now)
        except BrowseError as error:
            count.update(str(error))
            return
        table = self.query_one(DataTable)
        keep = self.highlighted_id()
        table.clear()
        for card in self.shown:
            info = self.infos.get(card.id)
            due = day_month_time(info["due"].astimezone(self.app.store.tz)) if info and info["due"] else ""
            table.add_row(word(STATE_WORDS, state_label(info, now)), word(KIND_WORDS, card.kind), due, plain(card.front), key=card.id)
        ids = [card.id for card in self.shown]
        if keep in ids:
            table.move_cursor(row=ids.index(keep))
        suspended = sum(1 for c in self.shown if (self.infos.get(c.id) or {}).get("suspended"))
        count.update(
            _("{shown} of {total} cards · {suspended} suspended").format(shown=len(self.shown), total=len(self.cards), suspended=suspended)
            + f" · is: {' '.join(STATES)}"
        )

    def highlighted_id(self) -> str | None:
        table = self.query_one(DataTable)
        if not self.shown or table.cursor_row is None or not 0 <= table.cursor_row < len(self.shown):
            return None
        return self.shown[table.cursor_row].id

    @on(Input.Changed, "#browser-search")
    def _search(self, event: Input.Changed) -> None:
        self.show(event.value)

    @on(Input.Submitted, "#browser-search")
    def _to_list(self, event: Input.Submitted) -> None:
        self.query_one(DataTable).focus()

    @on(DataTable.RowSelected)
    def _open(self, event: DataTable.RowSelected) -> None:
        card_id = event.row_key.value
        card = next(c for c in self.shown if c.id == card_id)
        info = self.infos.get(card_id)
        try:
            reviews = self.app.store.reviews(card_id)
        except BrokerquizError as error:
            self.notify(str(error), title=_("Database"), severity="error", markup=False)
            return
        state = state_label(info, self.app.clock.now())
        self.app.push_screen(CardDetail(card, info, reviews, state, self.app.store.tz, lambda: self._toggle_shown(card_id)))

    def _toggle_shown(self, card_id: str) -> str | None:
        """Suspend or unsuspend from the card view; its new state label, None when refused."""
        if not self.toggle_suspend(card_id):
            return None
        return state_label(self.infos.get(card_id), self.app.clock.now())

    # ------------------------------------------------------------------ keys

    def _typing(self) -> bool:
        return isinstance(self.focused, Input)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "leave":  # q types a q in the search
            return not self._typing()
        if action == "toggle_suspend":
            return not self._typing() and bool(self.shown)
        return True

    def toggle_suspend(self, card_id: str) -> bool:
        info = self.infos.get(card_id) or {}
        try:
            self.app.store.set_flags(card_id, suspended=not info.get("suspended"))
        except BrokerquizError as error:  # a busy db: nothing changed
            self.notify(str(error), title=_("Not changed"), severity="warning", markup=False)
            return False
        self.notify(_("Unsuspended") if info.get("suspended") else _("Suspended: out of study until unsuspended"), timeout=2)
        self.reload()
        return True

    def action_toggle_suspend(self) -> None:
        card_id = self.highlighted_id()
        if card_id:
            self.toggle_suspend(card_id)

    def action_search(self) -> None:
        self.query_one("#browser-search", Input).focus()

    def action_leave(self) -> None:
        self.action_close()

    def action_close(self) -> None:
        if len(self.app.screen_stack) > 2:
            self.dismiss()
        else:
            self.app.exit()
