"""The home screen: each deck with its due and new counts, and the modes to open.

Modes come from `brokerquiz.tui.modes.MODES` (Quiz and Mock interview appear once their
screens are registered there), plus Export, which writes an Anki package of the deck.

The interface follows the deck picked (its `language:`), unless --lang or $BROKERQUIZ_LANG
chose one (`core.translate.resolve_language`); home then redraws its words in it.
"""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from ...core.deck.library import DEFAULT_DECK
from ...core.translate import N_, _, current_language, ngettext, resolve_language, use_language
from ...errors import BrokerquizError
from .. import modes as registry
from ..modes import menu_modes, mode_help, mode_key, mode_title
from ..widgets.literal import assemble
from ..widgets.menu import Menu  # an OptionList that survives a 1-column terminal
from .export import ExportDialog, ask_then_export
from ..translated import TranslatedBindings

EXPORT = "export"


class HomeScreen(TranslatedBindings, Screen):
    """Pick a deck (↑/↓ then Enter, or click) and a mode (its key, Enter, click or ctrl+p).

    One list has the focus at a time and only it shows a highlight (app.tcss); focus starts
    on the decks, Enter there picks the deck and moves on to the modes, and the Modes heading
    always names the deck a mode will open on."""

    VERTICAL_BREAKPOINTS = [(0, "-short"), (28, "-tall")]  # app.tcss: compact below 28 rows
    BINDINGS: list = []
    """None static: each registered mode's key, then e (export) and q (quit), are bound in
    __init__ so the footer lists them in menu order."""

    def __init__(self, deck_name: str | None = None, **options) -> None:
        super().__init__()
        self.deck_name = deck_name
        self.decks: dict[str, Path] = {}
        self.counts: dict[str, dict] = {}
        self._drawn_in = current_language()  # the language home's words were last drawn in
        for name in menu_modes():
            key = mode_key(name)
            if key:
                self._bindings.bind(key, f"open('{name}')", registry.MODES[name].title)  # English: translated when drawn
        # descriptions in English, translated when drawn (TranslatedBindings)
        self._bindings.bind("e", "export", N_("Export"))
        self._bindings.bind("b", "open('browser')", N_("Browse"))  # the card browser (not in the Modes list)
        self._bindings.bind("q", "app.quit", N_("Quit"))

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="home-body"):
            yield Static(classes="home-heading", id="decks-heading")
            yield Menu(id="decks")
            yield Static(classes="home-heading", id="modes-heading")
            yield Menu(id="modes")
            yield Static(id="home-hint", markup=False)
        yield Footer(compact=True)  # every key fits at 80 columns (Quit was cut)

    def on_mount(self) -> None:
        from ...core.deck.library import all_decks, resolve_deck_path

        self.title = "brokerquiz"
        self.sub_title = "Kafka · RabbitMQ · Redis Streams · NATS JetStream"
        self.decks = all_decks()  # the default deck first, then the shipped ones, then yours
        if self.deck_name and self.deck_name not in self.decks:
            try:  # a deck given by path on the command line joins the list
                self.decks = {self.deck_name: resolve_deck_path(self.deck_name), **self.decks}
            except (BrokerquizError, OSError, RuntimeError):  # not found or unreadable: listed without it
                pass
        self._drawn_in = current_language()
        self.draw_words()
        self.query_one("#decks", OptionList).focus()  # the first choice: which deck
        self.call_after_refresh(self.refresh_counts)

    def draw_words(self) -> None:
        """Every word home shows, in the interface language now in use (again after a switch)."""
        self.query_one("#decks-heading", Static).update(Content.styled(_("Decks"), "bold $text-accent"))
        self.query_one("#home-hint", Static).update(
            Content.assemble(
                ("↑↓", "bold"), " ", _("move"), " · ", ("enter", "bold"), " ", _("open"), " · ",
                ("tab", "bold"), " ", _("decks ↔ modes"), " · ", ("ctrl+p", "bold"), " ", _("commands and themes"),
            )
        )
        self._fill_modes()
        self._fill_decks()
        self.refresh_bindings()  # the footer reads its descriptions again

    def on_screen_resume(self) -> None:
        if self.decks:
            self.refresh_counts()

    # ------------------------------------------------------------------ decks

    @property
    def current_deck(self) -> str | None:
        decks = self.query_one("#decks", OptionList)
        if decks.highlighted is None:
            return next(iter(self.decks), None)
        return decks.get_option_at_index(decks.highlighted).id

    def refresh_counts(self) -> None:
        """Load each deck (cached by path and mtime), sync it and count due and new cards."""
        from ...core.deck.library import open_deck

        now = self.app.clock.now()
        for deck_id in self.decks:
            try:
                deck, cards = open_deck(str(self.decks[deck_id]))
                self.app.store.sync_cards(deck.id, cards)
                figures = self.app.store.stats(deck.id, now=now)
                self.counts[deck_id] = {"title": deck.title, "language": deck.language, **figures.as_dict()}
            except BrokerquizError as error:  # one broken deck must not hide the others
                self.counts[deck_id] = {"error": str(error)}
        self._fill_decks()
        self.app.first_paint_done()

    def _fill_decks(self) -> None:
        decks = self.query_one("#decks", OptionList)
        keep = self.current_deck if decks.option_count else (self.deck_name or DEFAULT_DECK)
        decks.clear_options()
        for deck_id in self.decks:
            decks.add_option(Option(self._deck_prompt(deck_id), id=deck_id))
        ids = list(self.decks)
        if ids:
            decks.highlighted = ids.index(keep) if keep in ids else 0
        self._show_chosen_deck()

    def _deck_prompt(self, deck_id: str) -> Content:
        info = self.counts.get(deck_id)
        if info is None:
            return assemble((deck_id, "bold"), ("  " + _("counting…"), "$text-muted"))
        if "error" in info:
            return assemble((deck_id, "bold"), ("  " + info["error"], "$text-error"))
        # the title alone on the first line, the id after the counts: two lines a deck at 80
        # columns (a long title and id on one line wrapped to three and scrolled the fourth deck)
        due, new = info["due"], info["new_left_today"]
        return assemble(
            (info["title"], "bold"),
            "\n",
            (_("{n} due").format(n=due), "bold $text-warning" if due else "$text-muted"),
            " · ",
            (ngettext("{n} new", "{n} new", new).format(n=new), "bold $text-success" if new else "$text-muted"),
            (" · " + _("{seen}/{cards} seen").format(seen=info["seen"], cards=info["cards"]) + f" · {deck_id}", "$text-muted"),
        )

    # ------------------------------------------------------------------ modes

    def _fill_modes(self) -> None:
        modes = self.query_one("#modes", OptionList)
        keep = modes.highlighted if modes.option_count else None
        modes.clear_options()
        entries = [(name, mode_key(name), mode_title(name), mode_help(name)) for name in menu_modes()]
        entries.append((EXPORT, "e", _("Export"), _("Write the deck as an Anki package (.apkg)")))
        for name, key, title, help_text in entries:
            prompt = Content.assemble(
                (f" {key or ' '} ", "bold reverse"), "  ", (title, "bold"), (f"  {help_text}", "$text-muted")
            )
            modes.add_option(Option(prompt, id=name))
        modes.highlighted = min(keep, modes.option_count - 1) if keep is not None else 0

    @on(OptionList.OptionSelected, "#modes")
    def _mode_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id == EXPORT:
            self.action_export()
        else:
            self.action_open(event.option.id)

    @on(OptionList.OptionSelected, "#decks")
    def _deck_selected(self, event: OptionList.OptionSelected) -> None:
        self.follow_deck_language(event.option.id)
        self.query_one("#modes", OptionList).focus()

    @on(OptionList.OptionHighlighted, "#decks")
    def _deck_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._show_chosen_deck()

    def _show_chosen_deck(self) -> None:
        """'Modes · on <deck>': the deck a mode opens on, seen whichever list has the focus."""
        deck_id = self.current_deck
        title = self.counts.get(deck_id, {}).get("title") or deck_id or ""
        heading = self.query_one("#modes-heading", Static)
        heading.update(assemble((_("Modes"), "bold $text-accent"), (" · " + _("on") + " ", "$text-muted"), (title, "bold")))

    def follow_deck_language(self, deck_id: str | None) -> None:
        """Speak the language of the deck picked (--lang and $BROKERQUIZ_LANG still win); home
        redraws when that changes the language."""
        language = self._deck_language(deck_id)
        if use_language(resolve_language(deck_language=language)) != self._drawn_in:
            self._drawn_in = current_language()
            self.draw_words()

    def _deck_language(self, deck_id: str | None) -> str | None:
        if deck_id is None:
            return None
        if "language" in self.counts.get(deck_id, {}):
            return self.counts[deck_id]["language"]
        from ...core.deck.library import open_deck

        try:  # counts not read yet: the deck itself (cached by path and mtime)
            return open_deck(str(self.decks[deck_id]))[0].language
        except (BrokerquizError, KeyError, OSError):
            return None

    def action_open(self, name: str) -> None:
        """Open a registered mode on the highlighted deck, in that deck's language."""
        deck = self.current_deck
        self.follow_deck_language(deck)
        path = self.decks.get(deck) if deck else None
        self.app.open_mode(name, deck_name=str(path) if path else self.deck_name)

    # ------------------------------------------------------------------ export

    def action_export(self) -> None:
        deck_id = self.current_deck
        if deck_id is None:
            return
        default = str(Path.cwd() / f"{deck_id}.apkg")
        title = self.counts.get(deck_id, {}).get("title", deck_id)
        self.app.push_screen(ExportDialog(title, default), lambda path: self._export(deck_id, path))

    def _export(self, deck_id: str, path: str | None) -> None:
        if path:  # asks before replacing a file (screens/export.py)
            ask_then_export(self, self.decks[deck_id], Path(path).expanduser())
