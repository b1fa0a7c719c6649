"""`brokerquiz export anki|csv|tsv`: a deck's cards as files other apps import."""

from __future__ import annotations

import sys
from typing import NoReturn

import click

from .. import locations
from .common import OrderedGroup, db_option, deck_option, echo, now_utc, open_deck_or_exit

_OUTPUT_HELP = "File to write (default: <deck id>.{ext} in the current folder)."
_ANKI_HEADER_HELP = "Start with Anki's #separator/#html/#columns lines instead of the front,back,tags row."
_FORCE_HELP = (
    "Overwrite FILE if it exists. A symbolic link is written through: the file it points to is"
    " replaced, the link stays."
)
_RAW_HELP = (
    "Write cells starting with = + - @ (or a tab) as they are; by default they get a leading '"
    " so a spreadsheet shows them as text instead of running them as a formula."
)
force_option = click.option("--force", is_flag=True, help=_FORCE_HELP)


@click.group(cls=OrderedGroup)
def export() -> None:
    """Export a deck for other apps: Anki (.apkg), CSV or TSV.

    \b
    Examples:
      brokerquiz export anki                  writes message-brokers.apkg here
      brokerquiz export csv -o - | head       CSV on stdout
      brokerquiz export tsv --anki-header     TSV that Anki imports as is
      brokerquiz export anki --force          replace an earlier message-brokers.apkg

    An existing file is never replaced without --force.
    """


def _export_failed(error: Exception) -> NoReturn:
    from ..core.safe_text import printable  # a planted link's target could hold escape sequences

    click.echo(f"error: {printable(str(error))}", err=True)
    sys.exit(1)


def _written(asked: str, written: object) -> str:
    """The file named in "wrote ...": the link's target too when -o was a symbolic link."""
    from ..core.safe_text import printable

    return printable(asked if str(written) == asked else f"{written} (through the link {asked})")


_NO_DB_NOTE = "note: {error}; the notes' mod time is kept above the file replaced only"


def _next_mod(db: str | None, at_least: int) -> int:
    """The notes' mod time from the progress database (above every earlier export), or
    `at_least` with a note on stderr when the database cannot be opened or written."""
    from ..core.store import Store, StoreError

    path, _ = locations.db_path(db)
    try:
        with Store.open(path) as store:
            return store.next_anki_mod(at_least)
    except StoreError as error:
        echo(_NO_DB_NOTE.format(error=error), err=True)
        return at_least


@export.command("anki")
@deck_option
@click.option("-o", "--output", metavar="FILE", default=None, help=_OUTPUT_HELP.format(ext="apkg"))
@force_option
@db_option
@click.pass_context
def export_anki_command(
    ctx: click.Context, deck_name: str | None, output: str | None, force: bool, db: str | None
) -> None:
    """Write an Anki package (.apkg): one Anki note per card, subdecks by kind.

    Importing a newer export of the same deck into Anki updates the notes in
    place (no duplicates) and keeps your review history. Each phrase clause
    is its own Cloze note, so it keeps its history when the deck reorders its
    clauses. Subdecks are numbered in study order (01 Facts first). The
    progress database (--db) keeps the last notes' mod time, so every export
    is newer to Anki than the earlier ones, whatever their file names.

    \b
    Examples:
      brokerquiz export anki
      brokerquiz export anki --deck decks/my.yaml -o ~/Desktop/my.apkg
      brokerquiz export anki --force          replace the earlier export
    """
    from ..core.anki import export_anki
    from ..core.csvexport import ExportError

    if output == "-":
        _export_failed(ValueError("an .apkg is a zip file and cannot go to stdout; give a file name with -o"))
    deck, generated = open_deck_or_exit(deck_name)
    path = output or f"{deck.id}.apkg"
    db = db or (ctx.obj or {}).get("db")
    try:
        result = export_anki(
            deck, generated, path, now=now_utc(), force=force, reserve=lambda mod: _next_mod(db, mod)
        )
    except ExportError as error:
        _export_failed(error)
    written = _written(path, result.path)
    click.echo(f"wrote {written}: {result.cards} Anki cards in {result.notes} notes from {deck.id}")


def _export_text(
    deck_name: str | None, output: str | None, *, tsv: bool, anki_header: bool, raw: bool, force: bool
) -> None:
    from ..core.csvexport import ExportError, export_text, output_target, render

    deck, generated = open_deck_or_exit(deck_name)
    ext = "tsv" if tsv else "csv"
    if output == "-":
        click.echo(render(generated, deck.language, tsv=tsv, anki_header=anki_header, raw=raw), nl=False)
        click.echo(f"{len(generated)} cards from {deck.id}", err=True)
        return
    path = output or f"{deck.id}.{ext}"
    try:
        target = output_target(path, force=force)
        count = export_text(
            generated, target, deck.language, tsv=tsv, anki_header=anki_header, raw=raw, force=force
        )
    except ExportError as error:
        _export_failed(error)
    click.echo(f"wrote {_written(path, target)}: {count} cards from {deck.id}")


@export.command("csv")
@deck_option
@click.option("-o", "--output", metavar="FILE|-", default=None, help=_OUTPUT_HELP.format(ext="csv") + " '-' for stdout.")
@click.option("--anki-header", is_flag=True, help=_ANKI_HEADER_HELP)
@click.option("--raw", is_flag=True, help=_RAW_HELP)
@force_option
def export_csv_command(
    deck_name: str | None, output: str | None, anki_header: bool, raw: bool, force: bool
) -> None:
    """Write front,back,tags as CSV (UTF-8, header row), one row per card.

    Fields are plain text; line breaks inside a field are kept (quoted).
    Multiple-choice cards list their choices numbered on the front. A cell
    starting with = + - @ or a tab gets a leading ' so a spreadsheet does
    not run it as a formula ("- item" and "+1" too); --raw writes it as is.

    \b
    Examples:
      brokerquiz export csv
      brokerquiz export csv --deck decks/my.yaml -o - | head
    """
    _export_text(deck_name, output, tsv=False, anki_header=anki_header, raw=raw, force=force)


@export.command("tsv")
@deck_option
@click.option("-o", "--output", metavar="FILE|-", default=None, help=_OUTPUT_HELP.format(ext="tsv") + " '-' for stdout.")
@click.option("--anki-header", is_flag=True, help=_ANKI_HEADER_HELP)
@click.option("--raw", is_flag=True, help=_RAW_HELP)
@force_option
def export_tsv_command(
    deck_name: str | None, output: str | None, anki_header: bool, raw: bool, force: bool
) -> None:
    """Write front<TAB>back<TAB>tags (UTF-8, header row), one line per card.

    TSV cannot quote, so fields are HTML: <, > and & are escaped and a line
    break is <br> (Anki's import reads HTML; keep "Allow HTML" on). A cell
    starting with = + - @ gets a leading ' (a spreadsheet would run it as a
    formula); --raw writes it as is, as Anki wants it.

    \b
    Examples:
      brokerquiz export tsv
      brokerquiz export tsv --anki-header -o brokers.txt
    """
    _export_text(deck_name, output, tsv=True, anki_header=anki_header, raw=raw, force=force)
