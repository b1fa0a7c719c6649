"""The Textual app: a registry of modes (screens opened by name), themes, the command palette.

Modes are registered in `tui/modes.py` (`MODES`) and opened with
``app.open_mode("quiz", deck_name=..., options=QuizOptions(...))`` (keyword
options are turned into the mode's typed options at once: a misspelled one is an error, see
`core.sessions.options`). A factory is called with ``deck_name`` and, for modes that have them,
``options`` (and ``session`` when a command built it); screens reach the store and the clock
through ``self.app.store`` / ``self.app.clock``.
"""

from __future__ import annotations

import asyncio
import errno
import gc
import os
import signal
import sys
from typing import Any

from textual.app import App
from textual.binding import Binding
from textual.screen import Screen

from ..core.clock import Clock, SystemClock
from ..core.sessions.options import ModeOptions, mode_options
from ..core.translate import N_, _
from ..errors import BrokerquizError
from . import modes as registry
from .modes import MODES, lazy  # noqa: F401  (the registry, read here as registry.MODES)

# Signals that end the app the way ctrl+q does (terminal restored); SIGHUP is not on Windows.
EXIT_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


def _commands_provider():
    """The palette provider, imported when the palette first opens (not at start-up)."""
    from .commands import BrokerQuizCommands

    return BrokerQuizCommands


class BrokerQuizApp(App):
    """brokerquiz in the terminal: home, study, stats and the modes others register."""

    CSS_PATH = "app.tcss"
    TITLE = "brokerquiz"
    ENABLE_COMMAND_PALETTE = True
    COMMANDS = App.COMMANDS | {_commands_provider}
    BINDINGS = [
        # shown by no footer (q is, per screen) but works everywhere, even while typing
        Binding(
            "ctrl+q", "quit", N_("Quit"), id="quit", tooltip=N_("Quit; every answer is already saved"), priority=True, show=False
        ),
        # Textual's own palette key, declared here so its footer word is translated too
        Binding("ctrl+p", "command_palette", N_("palette"), show=False, priority=True, tooltip=N_("Open the command palette")),
    ]
    """App-wide keys; each screen adds its own."""

    def __init__(
        self,
        *,
        store,
        clock: Clock | None = None,
        screen: str = "home",
        deck_name: str | None = None,
        handle_signals: bool = False,
        options: ModeOptions | None = None,
        session: Any = None,
        **given: Any,
    ) -> None:
        """`options`: the start screen's typed options; keyword options (`given`) are made into
        them here, so an unknown one fails before anything runs. `session`: the start screen's
        session, when the command built it (the deck loaded and synced once, there)."""
        super().__init__()
        self.handle_signals = handle_signals  # run_app sets it; tests under run_test leave signals alone
        self.store = store
        self.clock: Clock = clock or SystemClock()
        self.start_screen = screen
        self.deck_name = deck_name
        self.options = _typed(screen, options, given)
        self.start_session = session
        self._theme_restored = False

    # ------------------------------------------------------------------ start-up

    def on_load(self) -> None:
        """Before the terminal is switched to application mode: take over SIGTERM and SIGHUP."""
        if not self.handle_signals:
            return
        loop = asyncio.get_running_loop()
        for signum in EXIT_SIGNALS:
            try:
                loop.add_signal_handler(signum, self.exit_on_signal, signum)
            except (NotImplementedError, RuntimeError, ValueError):  # Windows, or not the main thread
                return

    def exit_on_signal(self, signum: int) -> None:
        """SIGTERM/SIGHUP: leave through Textual's own exit, which restores the terminal.

        asyncio runs this on the event loop between two callbacks, so an answer being written
        is committed first (every answer is committed at once). The exit code is the shell's
        128 + signal number (143, 129) after a clean restore. A second signal of the kind gets
        the default action, so a stuck exit can still be ended.

        A closed terminal (the SIGHUP of a closed window) has nothing to restore, and Textual's
        exit would hang: its output thread has died writing to it (EIO) and the exit waits for
        it. Then the process ends at once, with the same code; nothing is being written then.
        """
        asyncio.get_running_loop().remove_signal_handler(signum)
        if _terminal_gone():
            os._exit(128 + signum)
        self.exit(return_code=128 + signum)

    def on_mount(self) -> None:
        self._restore_theme()
        session, self.start_session = self.start_session, None  # handed to the first screen only
        self.open_mode(self.start_screen, options=self.options, session=session)

    def _restore_theme(self) -> None:
        try:
            saved = self.store.get_setting("theme")
        except BrokerquizError:  # a setting we cannot read is not worth refusing to start over
            saved = None
        if isinstance(saved, str) and saved in self.available_themes:
            self.theme = saved
        self._theme_restored = True

    def watch_theme(self, theme: str) -> None:
        """Remember the theme chosen (from the palette or settings) for next time."""
        if not self._theme_restored:
            return
        try:
            if self.store.get_setting("theme") != theme:
                self.store.set_setting("theme", theme)
        except BrokerquizError as error:  # a busy db must not break theme switching
            self.notify(_("Theme not saved: {error}").format(error=error), severity="warning", markup=False)

    # ------------------------------------------------------------------ modes

    def open_mode(
        self,
        name: str,
        *,
        deck_name: Any = ...,  # not given: the app's deck (None is the default deck)
        options: ModeOptions | None = None,
        session: Any = None,
        **given: Any,
    ) -> Screen:
        """Push the screen registered under `name`; `deck_name` defaults to the app's deck.

        Keyword options (`given`) become the mode's typed options first: an unknown one raises
        SessionError before any screen is made."""
        modes = registry.MODES
        if name not in modes:
            raise KeyError(f"no mode {name!r} (registered: {', '.join(modes)})")
        typed = _typed(name, options, given)
        kwargs: dict[str, Any] = {"deck_name": self.deck_name if deck_name is ... else deck_name}
        if typed is not None:
            kwargs["options"] = typed
        if session is not None:
            kwargs["session"] = session
        screen = modes[name](**kwargs)
        self.push_screen(screen)
        return screen

    def first_paint_done(self) -> None:
        """Screens call this once their first card (or content) is on screen."""
        self.call_after_refresh(_collect_again)  # after the frame is drawn


def _typed(mode: str, options: ModeOptions | None, given: dict[str, Any]) -> ModeOptions | None:
    """`options`, or the typed options of `mode` made from keyword options (not both)."""
    if options is None:
        return mode_options(mode, **given)
    if given:
        from ..errors import SessionError

        raise SessionError(f"give {mode} its options as one value or as keywords, not both ({', '.join(given)})")
    return options


def make_app(*, store, screen: str = "home", clock: Clock | None = None, **options: Any) -> BrokerQuizApp:
    """Build the app: the one factory used by the CLI and by the tests (`options`: see BrokerQuizApp)."""
    return BrokerQuizApp(store=store, clock=clock, screen=screen, **options)


def _terminal_gone() -> bool:
    """True when the terminal Textual draws on (stderr) has been hung up (closed)."""
    import termios

    try:
        termios.tcgetattr(sys.__stderr__.fileno())
    except termios.error as error:  # EIO after a hang-up; ENOTTY means it never was a terminal
        return error.args[0] == errno.EIO
    except (AttributeError, OSError, ValueError):  # no stderr at all
        return False
    return False


def _collect_again() -> None:
    """Turn the garbage collector back on if start-up (the `study` command) turned it off.

    The objects made so far (Textual, the deck, the cards) live as long as the app, so they
    are frozen: later collections need not walk them again.
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def run_app(*, store, screen: str = "home", clock: Clock | None = None, **options: Any) -> Any:
    """Run the app in this terminal until it exits; returns the app's return value.

    SIGTERM and SIGHUP end it cleanly (see `BrokerQuizApp.exit_on_signal`): SystemExit(143/129).
    """
    app = make_app(store=store, screen=screen, clock=clock, handle_signals=True, **options)
    try:
        result = app.run()
    finally:
        _collect_again()  # a screen that never painted must not leave the collector off
    if app.return_code:  # an error (Textual has shown it) or a signal: never exit 0
        raise SystemExit(app.return_code)
    return result

