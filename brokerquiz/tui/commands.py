"""Command palette (ctrl+p): open any registered mode, study variants, export, on any deck.

It reads the registry (`tui/modes.py`) and talks to the app through `self.app` (`open_mode`),
so it never imports `tui/app.py`."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from ..core.translate import _
from .modes import menu_modes, mode_help, mode_title


class BrokerQuizCommands(Provider):
    """Modes from `MODES` (Study, Stats, Quiz, Mock interview...), typed and cram study, the
    card browser, export, each for every shipped deck; titles in the interface language."""

    def _commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        from ..core.deck.library import shipped_decks

        open_mode = self.app.open_mode  # type: ignore[attr-defined]  (BrokerQuizApp's)
        decks = shipped_decks()
        several = len(decks) > 1
        out: list[tuple[str, str, Callable[[], object]]] = []
        for deck_id, path in decks.items():
            suffix = f" — {deck_id}" if several else ""
            deck = str(path)
            for name in menu_modes():
                out.append((f"{mode_title(name)}{suffix}", mode_help(name), partial(open_mode, name, deck_name=deck)))
            if "study" in menu_modes():
                out.append(
                    (_("Study, typed answers") + suffix, _("Type each answer; graded, rating proposed"),
                     partial(open_mode, "study", deck_name=deck, mode="typed"))
                )
                out.append(
                    (_("Cram") + suffix, _("Hardest cards first; the schedule is not changed"),
                     partial(open_mode, "study", deck_name=deck, cram=True))
                )
            out.append(
                (f"{mode_title('browser')}{suffix}", mode_help("browser"), partial(open_mode, "browser", deck_name=deck))
            )
        home = self.screen  # the screen the palette was opened on (app.screen is the palette itself)
        if hasattr(home, "action_export"):
            out.append(
                (_("Export to Anki (.apkg)"), _("Write the highlighted deck as an Anki package"), home.action_export)
            )
        return out

    async def discover(self) -> Hits:
        for title, help_text, callback in self._commands():
            yield DiscoveryHit(title, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), callback, help=help_text)
