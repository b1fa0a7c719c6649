"""`brokerquiz import`: a markdown cheat sheet turned into a deck YAML (`import sheet FILE.md`,
or just `import FILE.md`), or the reviews done in Anki brought back (`import anki FILE`)."""

from __future__ import annotations

import sys

import click
from click_default_group import DefaultGroup

from .common import OrderedGroup, echo, fail_deck, max_size, max_size_option
from .import_anki import import_anki_command


class ImportGroup(DefaultGroup, OrderedGroup):
    """A first word that is not a subcommand is the sheet to import (`import FILE.md`)."""


@click.group("import", cls=ImportGroup, default="sheet")
def import_command() -> None:
    """Import a markdown cheat sheet as a deck, or bring back reviews done in Anki.

    `brokerquiz import FILE.md` is short for `brokerquiz import sheet FILE.md`.

    \b
    Examples:
      brokerquiz import cheatsheet.md -o decks/mine.yaml
      brokerquiz import anki ~/Downloads/collection.colpkg
    """


@import_command.command("sheet")
@click.argument("source", metavar="FILE.md", type=click.Path(dir_okay=False))
@click.option("-o", "--output", metavar="FILE", default=None, help="Write the deck YAML here (default: print it).")
@click.option("--id", "deck_id", metavar="ID", default=None, help="Deck id (default: a slug of the sheet's title).")
@click.option("--strict", is_flag=True, help="Lines that could not be placed are errors: exit 1, write nothing.")
@click.option("--force", is_flag=True, help="Overwrite FILE given with -o if it exists.")
@max_size_option
def import_sheet_command(source: str, output: str | None, deck_id: str | None, strict: bool, force: bool) -> None:
    """Turn a markdown cheat sheet into a deck (mojibake is repaired).

    The sheet has a title heading, pipe tables (first column the property,
    header the subjects; cells starting with 👍 ⚠️ ❌ make a rating table),
    per-subject bullet lists under headings, numbered `**Subject** = text`
    takeaways and a quoted phrase. Lines that fit none of these are listed
    as FILE:LINE:1: warnings.

    \b
    Examples:
      brokerquiz import sheet cheatsheet.md | less
      brokerquiz import cheatsheet.md -o decks/mine.yaml --id my-brokers
      brokerquiz import cheatsheet.md --strict -o mine.yaml --force
    """
    from pathlib import Path

    from ..core.cards import generate_cards
    from ..core.deck import KEY_RE, DeckError
    from ..core.csvexport import ExportError
    from ..core.importer import import_file, write_deck
    from ..core.input_limits import DEFAULT_MAX_BYTES
    from ..core.library import checked_cards

    if deck_id is not None and not KEY_RE.match(deck_id):
        raise click.BadParameter(f"{deck_id!r}: use lowercase latin letters, digits, '-' or '_'", param_hint="--id")
    if output and output != "-" and Path(output).exists() and not Path(output).is_dir() and not force:
        echo(f"error: {output} exists; pass --force to overwrite it", err=True)
        sys.exit(1)
    try:
        result = import_file(source, deck_id=deck_id, max_bytes=max_size() or DEFAULT_MAX_BYTES)
        cards = checked_cards(result.deck, generate_cards(result.deck))  # a deck over the card cap is not handed out
    except DeckError as error:
        fail_deck(error)
    if result.repair.changed:
        echo(f"{source}: note: repaired mojibake ({result.repair.describe()})", err=True)
    level = "error" if strict else "warning"
    for problem in result.warnings:
        echo(f"{problem.path}:{problem.line}:{problem.col}: {level}: {problem.message}", err=True)
    if strict and result.warnings:
        click.echo(f"error: {len(result.warnings)} line(s) not placed; nothing written (--strict)", err=True)
        sys.exit(1)
    deck = result.deck
    summary = f"{deck.id}: {len(deck.subjects)} subjects, {len(cards)} cards"
    if not output or output == "-":
        click.echo(result.yaml, nl=False)
        echo(f"imported {summary}", err=True)
        return
    try:
        write_deck(output, result.yaml, force=force)
    except ExportError as error:  # its message names the file and the reason
        echo(f"error: {error}", err=True)
        sys.exit(1)
    except OSError as error:
        echo(f"error: cannot write {output}: {error.strerror or error}", err=True)
        sys.exit(1)
    echo(f"wrote {output} ({summary})")


import_command.add_command(import_anki_command)
