"""The stats screen: the review calendar, the 14-day due forecast, retention, the weakest rows.

Pictures first, figures beside them: a person glances at the calendar and the forecast
rather than reading numbers.
"""

from __future__ import annotations

from datetime import date

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from ...core.deck.library import deck_argument
from ...core.store.stats import DeckStats, WeakTopic
from ...core.store.types import StoreError
from ...core.translate import N_, _
from ...errors import BrokerquizError
from ..widgets.forecast import Forecast, hbar
from ..widgets.heatmap import Heatmap
from ..widgets.literal import printable, printable_data
from ..translated import TranslatedBindings


def retention_content(figures: DeckStats) -> Content:
    """Retention as a big number and a gauge, with the counts that frame it."""
    retention = figures.retention_30d
    if retention is None:
        gauge = Content.styled(_("no reviews in the last 30 days"), "$text-muted")
        big = Content.styled("—", "bold")
    else:
        style = "$text-success" if retention >= 0.85 else "$text-warning" if retention >= 0.7 else "$text-error"
        filled = round(retention * 20)
        big = Content.styled(f"{retention:.0%}", f"bold {style}")
        gauge = Content.assemble(("█" * filled, style), ("░" * (20 - filled), "$text-muted"))
    counts = [
        (_("Due now"), str(figures.due)),
        (_("Due today"), str(figures.due_today)),
        (_("New left today"), str(figures.new_left_today)),
        (_("Seen"), f"{figures.seen}/{figures.cards}"),
        (_("Reviews"), str(figures.reviews)),
        (_("Leeches"), str(figures.leeches)),
    ]
    head = _("Retention 30d")
    width = max(len(head), *(len(label) for label, _value in counts)) + 1  # the figures in one column
    rows = [Content.assemble((head.ljust(width), "$text-muted"), big), gauge, Content("")]
    rows += [Content.assemble((label.ljust(width), "$text-muted"), (value, "bold")) for label, value in counts]
    return Content("\n").join(rows)


def weakest_content(weakest: list[WeakTopic], width: int = 8) -> Content:
    """Rows with the most wrong answers in any mode (study, cram, quiz, interview), as bars,
    with how many of the row's answers missed; the row key is what `study --focus` takes."""
    if not weakest:
        return Content.styled(_("No wrong answers yet: nothing stands out as weak."), "$text-muted")
    peak = max(w.misses for w in weakest)
    lines = []
    for w in weakest:
        bar = hbar(w.misses, peak, width)
        lines.append(
            Content.assemble(
                (f"{w.misses:>3}", "bold"),
                (f"/{w.answers:<3} ", "$text-muted"),
                (f"{bar:<{width + 1}}", "$text-error"),
                (w.topic_label or w.topic, ""),
                (f"  {w.topic}", "$text-muted"),
            )
        )
    return Content("\n").join(lines)


def drill_content(weakest: list[WeakTopic], deck: str | None = None) -> Content:
    """A command to copy as it is: drill the weakest row, on this deck (`deck`: its --deck)."""
    if not weakest:
        return Content("")
    deck_option = f" --deck {deck}" if deck else ""
    return Content.assemble(
        (_("drill the weakest:") + " ", "italic $text-muted"),
        (f"brokerquiz study{deck_option} --focus {weakest[0].topic}", "$text-accent"),
    )


class StatsScreen(TranslatedBindings, Screen):
    """Calendar heatmap, due forecast, retention and weakest rows for one deck."""

    BINDINGS = [
        Binding("r", "refresh", N_("Refresh"), id="stats.refresh", tooltip=N_("Count again")),
        Binding("escape,q", "close", N_("Back"), id="stats.back", tooltip=N_("Back home, or quit")),
    ]
    """Keys of the stats screen."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (96, "-wide")]

    def __init__(self, deck_name: str | None = None, **options) -> None:
        super().__init__()
        self.deck_name = deck_name
        self.deck = None

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="stats-body"):
            with Horizontal(classes="stats-row"):
                with Vertical(classes="panel", id="heatmap-panel"):
                    yield Static(_("Reviews per day, last 26 weeks"), classes="panel-title", markup=False)
                    yield Heatmap(id="heatmap")
                with Vertical(classes="panel", id="retention-panel"):
                    yield Static(_("Retention"), classes="panel-title", markup=False)
                    yield Static(id="retention", markup=False)
            with Horizontal(classes="stats-row"):
                with Vertical(classes="panel", id="forecast-panel"):
                    yield Static(_("Due in the next 14 days"), classes="panel-title", markup=False)
                    yield Forecast(id="forecast")
                with Vertical(classes="panel", id="weakest-panel"):
                    yield Static(_("Weakest rows (misses/answers)"), classes="panel-title", markup=False)
                    yield Static(id="weakest", markup=False)
                    yield Static(id="weakest-drill", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        from ...core.deck.library import open_deck

        try:
            self.deck, cards = open_deck(self.deck_name)
            self.app.store.sync_cards(self.deck.id, cards)
        except BrokerquizError as error:  # a bad deck or db: a message, not a crash
            self.app.notify(str(error), title=_("Cannot show stats"), severity="error", markup=False)
            self.action_close()
            return
        self.title = "brokerquiz — " + _("stats")
        self.sub_title = printable(self.deck.title)
        self.action_refresh()
        self.app.first_paint_done()

    def action_refresh(self) -> None:
        if self.deck is None:
            return
        now = self.app.clock.now()
        try:
            figures = self.app.store.stats(self.deck.id, now=now)
        except StoreError as error:  # a damaged or busy db: say so, keep what is on screen
            self.notify(str(error), title=_("Cannot show stats"), severity="error", markup=False)
            return
        figures = printable_data(figures)  # row labels come from the deck, by way of the db
        # per_day ends on the store's "today" (its time zone), which may differ from now.date()
        today = date.fromisoformat(max(figures.per_day)) if figures.per_day else now.date()
        self.query_one(Heatmap).show(figures.per_day, today)
        self.query_one(Forecast).show(figures.forecast, today)
        self.query_one("#retention", Static).update(retention_content(figures))
        self.query_one("#weakest", Static).update(weakest_content(figures.weakest))
        drill = self.query_one("#weakest-drill", Static)
        drill.update(drill_content(figures.weakest, printable_data(deck_argument(self.deck_name))))
        drill.display = bool(figures.weakest)

    def action_close(self) -> None:
        if len(self.app.screen_stack) > 2:
            self.dismiss()
        else:
            self.app.exit()
