"""The command line: a thin click layer over brokerquiz.core.

Commands that show no UI (`--help`, `cards`, `check`, `stats`, `export`, `locate`) never import
Textual: the TUI is imported inside the commands that open it.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, timezone

import click

from . import locations
from .core.deck import DeckError

DECK_HELP = "A shipped deck id (message-brokers, message-brokers-en) or a path to a deck YAML file."


def now_utc() -> datetime:
    return datetime.now(timezone.utc)


def fail_deck(error: DeckError) -> None:
    for problem in error.problems:
        click.echo(str(problem), err=True)
    sys.exit(1)


def open_deck_or_exit(name: str | None):
    from .core.library import open_deck

    try:
        return open_deck(name)
    except DeckError as error:
        fail_deck(error)


def open_store_or_exit(db: str | None):
    from .core.store import Store, StoreError

    path, _ = locations.db_path(db)
    try:
        return Store.open(path)
    except StoreError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(1)


deck_option = click.option("--deck", "deck_name", metavar="NAME|PATH", default=None, help=DECK_HELP)
db_option = click.option(
    "--db",
    metavar="PATH",
    default=None,
    help=f"SQLite file with your progress (default: in the user data dir; or ${locations.DB_ENV}).",
)


class OrderedGroup(click.Group):
    def list_commands(self, ctx):
        return list(self.commands)


@click.group(cls=OrderedGroup, invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@db_option
@click.version_option(package_name="brokerquiz")
@click.pass_context
def cli(ctx: click.Context, db: str | None) -> None:
    """Learn Kafka vs RabbitMQ vs Redis Streams vs NATS JetStream for interviews.

    Run with no command to open the home screen.

    \b
    Examples:
      brokerquiz study                  flashcards on the shipped deck
      brokerquiz study --mode typed     type your answers, graded
      brokerquiz cards --json | head    every generated card, one JSON per line
      brokerquiz check decks/my.yaml    validate a deck you wrote
    """
    ctx.ensure_object(dict)
    ctx.obj["db"] = db
    if ctx.invoked_subcommand is None:
        from .tui.app import run_app

        store = open_store_or_exit(db)
        run_app(store=store, screen="home")


@cli.command()
@deck_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--kind", multiple=True, help="Only cards of this kind (repeatable): fact, reverse, compare, scenario, rating, use-case, takeaway, phrase, cloze, follow-up.")
def cards(deck_name: str | None, as_json: bool, kind: tuple[str, ...]) -> None:
    """List the cards a deck generates.

    \b
    Examples:
      brokerquiz cards
      brokerquiz cards --deck message-brokers-en --kind scenario
      brokerquiz cards --json | jq -r .front
    """
    from .core.cards import KINDS

    for k in kind:
        if k not in KINDS:
            raise click.BadParameter(f"{k!r} is not a card kind ({', '.join(KINDS)})", param_hint="--kind")
    deck, generated = open_deck_or_exit(deck_name)
    shown = [c for c in generated if not kind or c.kind in kind]
    if as_json:
        for card in shown:
            click.echo(json.dumps(card.to_json(), ensure_ascii=False))
        return
    for card in shown:
        click.echo(f"{card.id}  [{card.kind}]")
        click.echo(f"  Q: {_indent(card.front)}")
        if card.choices is not None:
            for i, choice in enumerate(card.choices, start=1):
                mark = "*" if i - 1 in card.correct else ("~" if i - 1 in card.optional else " ")
                click.echo(f"   {mark}{i}. {choice}")
        click.echo(f"  A: {_indent(card.back)}")
    click.echo(f"{len(shown)} cards from {deck.id} ({deck.path})", err=True)


def _indent(text: str) -> str:
    return text.replace("\n", "\n     ")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=False))
def check(paths: tuple[str, ...]) -> None:
    """Check deck files; print FILE:LINE:COL: problem for each problem.

    Exits 0 when every deck is valid, 1 otherwise.

    \b
    Example:
      brokerquiz check decks/*.yaml
    """
    from .core.cards import generate_cards
    from .core.deck import load_deck

    failed = False
    for path in paths:
        try:
            deck = load_deck(path)
        except DeckError as error:
            failed = True
            for problem in error.problems:
                click.echo(str(problem), err=True)
            continue
        count = len(generate_cards(deck))
        click.echo(f"{path}: ok ({deck.id}: {len(deck.subjects)} subjects, {count} cards)")
    sys.exit(1 if failed else 0)


@cli.command()
@deck_option
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option("--tui", is_flag=True, help="Open the stats screen (heatmap, forecast, weakest rows).")
@click.pass_context
def stats(ctx: click.Context, deck_name: str | None, db: str | None, as_json: bool, tui: bool) -> None:
    """Reviews, cards seen, due now and today, new cards left, 30-day retention.

    \b
    Examples:
      brokerquiz stats
      brokerquiz stats --json
      brokerquiz stats --tui
    """
    db = db or ctx.obj.get("db")
    deck, generated = open_deck_or_exit(deck_name)
    store = open_store_or_exit(db)
    store.sync_cards(deck.id, generated)
    if tui:
        from .tui.app import run_app

        run_app(store=store, screen="stats", deck_name=deck_name)
        return
    figures = store.stats(deck.id, now_utc())
    if as_json:
        click.echo(json.dumps({"deck": deck.id, **figures}, ensure_ascii=False, default=str))
        return
    retention = figures.get("retention_30d")
    lines = [
        f"Deck            {deck.title} ({deck.id})",
        f"Cards           {figures['cards']} ({figures['seen']} seen)",
        f"Reviews         {figures['reviews']}",
        f"Due now         {figures['due']}",
        f"Due today       {figures['due_today']}",
        f"New left today  {figures['new_left_today']}",
        f"Retention 30d   {'—' if retention is None else f'{retention:.0%}'}",
        f"Leeches         {figures['leeches']}",
    ]
    click.echo("\n".join(lines))


@cli.command()
@db_option
@click.pass_context
def locate(ctx: click.Context, db: str | None) -> None:
    """Print the paths in use: the database and the shipped decks.

    \b
    Example:
      BROKERQUIZ_DB=/tmp/try.db brokerquiz locate
    """
    from .core.library import shipped_decks

    path, why = locations.db_path(db or ctx.obj.get("db"))
    click.echo(f"database  {path}  ({why})")
    click.echo(f"data dir  {locations.data_dir()}")
    for deck_id, deck_path in shipped_decks().items():
        click.echo(f"deck      {deck_id}  {deck_path}")


def main() -> None:
    cli(prog_name="brokerquiz")
