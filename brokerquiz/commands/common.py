"""What every command shares: the --deck, --db and --lang options, opening a deck or the progress
database with a message instead of a traceback, the interface language, and the wall clock.

It is its own module, not part of `cli.py`, so that the command modules can use it while
`cli.py` imports them to build the group (no import cycle).
"""

from __future__ import annotations

import os
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from .. import locations
from ..core.translate import _, ngettext, resolve_language, set_option, use_language
from ..errors import BrokerquizError

if TYPE_CHECKING:  # deck.py loads yaml: imported where a deck is parsed, not here
    from ..core.deck.load import DeckError
    from ..core.model import Card, Deck
    from ..core.store.facade import Store

DECK_HELP = "A shipped deck id (message-brokers, message-brokers-en) or a path to a deck YAML file."


def now_utc() -> datetime:
    """The wall clock, read only here and in the TUI's clock."""
    return datetime.now(timezone.utc)


def echo(text: str, *, err: bool = False, nl: bool = True) -> None:
    """click.echo of text that holds deck text or paths, through safe_text.printable: an ESC,
    BEL or bidi override that got past the deck reader (an old cache, a database row, a file
    name) shows as a visible escape instead of driving the terminal."""
    from ..core.safe_text import printable  # small (re only); not loaded by --help

    click.echo(printable(text), err=err, nl=nl)


def speak_for(deck: Deck | None = None) -> str:
    """Switch the interface to the command's language: --lang, else $BROKERQUIZ_LANG, else the
    deck's `language:`, else English. Called before anything is printed (with no deck, before
    the deck is known) and again once it is; returns the language in use."""
    return use_language(resolve_language(deck_language=deck.language if deck is not None else None))


def _remember_lang(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    """--lang, on the group or on a command: kept for every later choice of language (a deck
    picked in the TUI too), and in use at once for the messages printed before a deck is read.
    The group always sets it (no --lang: forget one given to an earlier run in this process)."""
    if value is not None or ctx.parent is None:
        set_option(value)
    speak_for()


lang_option = click.option(
    "--lang",
    metavar="LANG",
    default=None,
    expose_value=False,
    is_eager=True,
    callback=_remember_lang,
    help="Interface language, e.g. ru or en (default: $BROKERQUIZ_LANG, else the deck's language).",
)


def deck_summary(deck: Deck, cards: list[Card], warnings: list | tuple = ()) -> str:
    """'small: 3 subjects, 24 cards, 1 warning', counted in the interface language."""
    parts = [
        ngettext("{n} subject", "{n} subjects", len(deck.subjects)).format(n=len(deck.subjects)),
        ngettext("{n} card", "{n} cards", len(cards)).format(n=len(cards)),
    ]
    if warnings:
        parts.append(ngettext("{n} warning", "{n} warnings", len(warnings)).format(n=len(warnings)))
    return f"{deck.id}: " + ", ".join(parts)


def fail_deck(error: DeckError) -> NoReturn:
    """Print each problem as FILE:LINE:COL: message and exit 1."""
    for problem in error.problems:
        echo(str(problem), err=True)
    sys.exit(1)


def fail(error: BrokerquizError) -> NoReturn:
    """FILE:LINE:COL lines for a deck, `error: ...` for any other error a user can cause; exit 1."""
    if getattr(error, "problems", None):  # a DeckError: one line per problem
        fail_deck(error)
    echo(_("error: {error}").format(error=error), err=True)
    sys.exit(1)


def open_deck_or_exit(name: str | None) -> tuple[Deck, list[Card]]:
    """The deck `name` (an id or a path; None: the default deck) and its cards, or exit 1; the
    interface speaks the deck's language from now on (unless --lang or $BROKERQUIZ_LANG).

    The file may be as large as the command's --max-size allows (default 10 MB)."""
    from ..core.deck.library import open_deck

    try:
        deck, cards = open_deck(name, max_size())
    except BrokerquizError as error:  # a DeckError; named by its base, so a cached deck loads no parser
        fail(error)
    speak_for(deck)
    return deck, cards


def db_path_or_exit(db: str | None) -> Path:
    """The progress database's path (--db, $BROKERQUIZ_DB or the default file), or exit 1.

    A path you named in a folder that does not exist is taken for a typo, not a place to start:
    `error: PATH: folder FOLDER does not exist (check --db)`, and nothing is created. The default
    file's folder (the user data dir) is made as needed, by Store.open."""
    path, why = locations.db_path(db)
    folder = path.parent
    if why != "default" and not folder.is_dir():
        if folder.exists():
            problem = _("{path}: {folder} is not a folder (check {source})")
        else:
            problem = _("{path}: folder {folder} does not exist (check {source})")
        fail(BrokerquizError(problem.format(path=path, folder=folder, source=why)))
    return path


def open_store_or_exit(db: str | None) -> Store:
    """The progress database (--db, $BROKERQUIZ_DB or the default file), or exit 1."""
    from ..core.store.facade import Store, StoreError

    path = db_path_or_exit(db)
    try:
        return Store.open(path)
    except StoreError as error:
        fail(error)


class OrderedGroup(click.Group):
    """A group whose --help lists its commands in the order they were added, not sorted, and
    whose commands end with a message, not a traceback, on any BrokerquizError that reaches it
    (a busy database met while syncing the deck's cards, a deck that fails to load): FILE:LINE:COL
    lines for a deck, `error: ...` otherwise, exit 1."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()  # a pipe closed early breaks here, not in the interpreter's exit
            return result
        except BrokerquizError as error:
            fail(error)
        except BrokenPipeError:  # `brokerquiz cards | head -1`: the reader has all it wanted
            quiet_stdout()
            ctx.exit(0)


def quiet_stdout() -> None:
    """Point stdout at the null device, so nothing more (nor the exit's flush) meets the closed pipe."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


class SizeParam(click.ParamType):
    """A size such as 20MB, 500KB or a number of bytes (decimal units), as an int of bytes."""

    name = "size"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        from ..core.input_limits import parse_size

        try:
            return parse_size(value)
        except ValueError as error:
            self.fail(str(error), param, ctx)


_MAX_SIZE = "brokerquiz.max_size"  # where --max-size is kept in the click context's meta


def _remember_max_size(ctx: click.Context, param: click.Parameter, value: int | None) -> None:
    if value is not None:
        ctx.meta[_MAX_SIZE] = value


def max_size() -> int | None:
    """The --max-size given to the running command, in bytes; None: the default limit."""
    ctx = click.get_current_context(silent=True)
    return ctx.meta.get(_MAX_SIZE) if ctx is not None else None


max_size_option = click.option(
    "--max-size",
    metavar="SIZE",
    type=SizeParam(),
    default=None,
    expose_value=False,
    callback=_remember_max_size,
    help="Read a deck (or sheet) file up to this size, e.g. 50MB (default: 10MB).",
)


def deck_option(function):
    """--deck NAME|PATH, and --max-size for a deck file over the default 10 MB limit."""
    return click.option("--deck", "deck_name", metavar="NAME|PATH", default=None, help=DECK_HELP)(
        max_size_option(function)
    )


db_option = click.option(
    "--db",
    metavar="PATH",
    default=None,
    help=f"SQLite file with your progress (default: in the user data dir; or ${locations.DB_ENV}).",
)
