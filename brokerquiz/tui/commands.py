"""Command palette (ctrl+p): open any registered mode, study variants, export, on any deck."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider


class BrokerQuizCommands(Provider):
    """Modes from `MODES` (Study, Stats, Quiz, Mock interview...), typed and cram study, the
    card browser, export, each for every shipped deck."""

    def _commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        from ..core.deck.library import shipped_decks
        from .app import menu_modes, mode_help, mode_title

        app = self.app
        decks = shipped_decks()
        several = len(decks) > 1
        out: list[tuple[str, str, Callable[[], object]]] = []
        for deck_id, path in decks.items():
            suffix = f" — {deck_id}" if several else ""
            deck = str(path)
            for name in menu_modes():
                out.append((f"{mode_title(name)}{suffix}", mode_help(name), partial(app.open_mode, name, deck_name=deck)))
            if "study" in menu_modes():
                out.append(
                    (f"Study, typed answers{suffix}", "Type each answer; graded, rating proposed",
                     partial(app.open_mode, "study", deck_name=deck, mode="typed"))
                )
                out.append(
                    (f"Cram{suffix}", "Hardest cards first; the schedule is not changed",
                     partial(app.open_mode, "study", deck_name=deck, cram=True))
                )
            out.append(
                (f"{mode_title('browser')}{suffix}", mode_help("browser"),
                 partial(app.open_mode, "browser", deck_name=deck))
            )
        home = self.screen  # the screen the palette was opened on (app.screen is the palette itself)
        if hasattr(home, "action_export"):
            out.append(("Export to Anki (.apkg)", "Write the highlighted deck as an Anki package", home.action_export))
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
