"""`brokerquiz export anki|csv|tsv`: a deck's cards as files other apps import."""

from __future__ import annotations

import sys
from typing import NoReturn

import click

from .. import locations
from ..core.translate import _, ngettext
from .common import OrderedGroup, db_option, db_path_or_exit, deck_option, echo, lang_option, now_utc, open_deck_or_exit

_OUTPUT_HELP = "File to write (default: <deck id>.{ext} in the current folder)."
_TEXT_OUTPUT_HELP = "File to write (default: <deck id>.csv or .tsv in the current folder); '-' for stdout."
_PLAIN_HELP = "Plain rows front,back,tags with a header row (Quizlet, spreadsheets) instead of Anki's file."
_FORCE_HELP = (
    "Overwrite FILE if it exists. A symbolic link is written through: the file it points to is"
    " replaced, the link stays."
)
_RAW_HELP = (
    "Write cells starting with = + - @ (or a tab) as they are; by default they get a leading '"
    " (--plain) or an HTML character reference (Anki's file) so a spreadsheet shows them as text"
    " instead of running them as a formula."
)
force_option = click.option("--force", is_flag=True, help=_FORCE_HELP)


@click.group(cls=OrderedGroup)
def export() -> None:
    """Export a deck for other apps: Anki (.apkg), CSV or TSV.

    \b
    Examples:
      brokerquiz export anki                  writes message-brokers.apkg here
      brokerquiz export csv -o - | head       CSV for Anki on stdout
      brokerquiz export csv --plain           front,back,tags for Quizlet
      brokerquiz export anki --force          replace an earlier message-brokers.apkg

    An existing file is never replaced without --force.
    """


def _export_failed(error: Exception) -> NoReturn:
    from ..core.safe_text import printable  # a planted link's target could hold escape sequences

    click.echo(_("error: {error}").format(error=printable(str(error))), err=True)
    sys.exit(1)


def _written(asked: str, written: object) -> str:
    """The file named in "wrote ...": the link's target too when -o was a symbolic link."""
    from ..core.safe_text import printable

    if str(written) == asked:
        return printable(asked)
    return printable(_("{target} (through the link {link})").format(target=written, link=asked))


def _next_mod(db: str | None, at_least: int) -> int:
    """The notes' mod time from the progress database (above every earlier export), or
    `at_least` with a note on stderr when the database cannot be opened or written."""
    from ..core.store.facade import Store, StoreError

    path, _why = locations.db_path(db)
    try:
        with Store.open(path) as store:
            return store.next_anki_mod(at_least)
    except StoreError as error:
        echo(_("note: {error}; the notes' mod time is kept above the file replaced only").format(error=error), err=True)
        return at_least


@export.command("anki")
@deck_option
@click.option("-o", "--output", metavar="FILE", default=None, help=_OUTPUT_HELP.format(ext="apkg"))
@force_option
@db_option
@lang_option
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
    from ..core.export.anki import export_anki
    from ..core.files import ExportError

    if output == "-":
        _export_failed(ValueError(_("an .apkg is a zip file and cannot go to stdout; give a file name with -o")))
    deck, generated = open_deck_or_exit(deck_name)
    path = output or f"{deck.id}.apkg"
    db = db or (ctx.obj or {}).get("db")
    db_path_or_exit(db)  # a mistyped --db fails before anything is written
    try:
        result = export_anki(
            deck, generated, path, now=now_utc(), force=force, reserve=lambda mod: _next_mod(db, mod)
        )
    except ExportError as error:
        _export_failed(error)
    written = _written(path, result.path)
    cards = ngettext("{n} Anki card", "{n} Anki cards", result.cards).format(n=result.cards)
    notes = ngettext("{n} note", "{n} notes", result.notes).format(n=result.notes)
    click.echo(_("wrote {file}: {cards} in {notes} from {deck}").format(file=written, cards=cards, notes=notes, deck=deck.id))


def _export_text(
    deck_name: str | None, output: str | None, *, tsv: bool, plain: bool, raw: bool, force: bool
) -> None:
    from ..core.export.csv import export_text, render
    from ..core.files import ExportError, output_target

    deck, generated = open_deck_or_exit(deck_name)
    ext = "tsv" if tsv else "csv"
    if output == "-":
        click.echo(render(generated, tsv=tsv, plain=plain, raw=raw), nl=False)
        click.echo(_cards_from(len(generated), deck.id), err=True)
        return
    path = output or f"{deck.id}.{ext}"
    try:
        target = output_target(path, force=force)
        count = export_text(generated, target, tsv=tsv, plain=plain, raw=raw, force=force)
    except ExportError as error:
        _export_failed(error)
    click.echo(_("wrote {file}: {cards}").format(file=_written(path, target), cards=_cards_from(count, deck.id)))


def _cards_from(count: int, deck_id: str) -> str:
    return ngettext("{n} card from {deck}", "{n} cards from {deck}", count).format(n=count, deck=deck_id)


def text_options(function):
    """-o, --plain, --raw, --force, and the old --anki-header (now the default, kept working)."""
    for option in reversed(
        (
            click.option("-o", "--output", metavar="FILE|-", default=None, help=_TEXT_OUTPUT_HELP),
            click.option("--plain", is_flag=True, help=_PLAIN_HELP),
            click.option("--raw", is_flag=True, help=_RAW_HELP),
            force_option,
            lang_option,
            click.option("--anki-header", is_flag=True, hidden=True, expose_value=False),
        )
    ):
        function = option(function)
    return function


@export.command("csv")
@deck_option
@text_options
def export_csv_command(deck_name: str | None, output: str | None, plain: bool, raw: bool, force: bool) -> None:
    """Write a CSV that Anki's File > Import reads as is (UTF-8, one row per card).

    It starts with Anki's header lines (#separator, #html:true, #tags column,
    #guid column), then Front, Back, Tags and GUID: Front and Back are HTML,
    the GUID is the one the .apkg gives the card's note, so importing it
    updates the same notes. Multiple-choice cards list their choices
    numbered on the front.

    --plain writes front,back,tags with a header row and plain-text fields
    (line breaks kept, quoted): for Quizlet or a spreadsheet. A cell
    starting with = + - @ or a tab would run as a formula in a spreadsheet:
    in a plain file it gets a leading ', in Anki's its first character is
    written as an HTML character reference (&#61; for =), which Anki shows
    as the character. --raw writes such cells as they are, in both.

    \b
    Examples:
      brokerquiz export csv                   message-brokers.csv for Anki
      brokerquiz export csv --plain -o - | head
    """
    _export_text(deck_name, output, tsv=False, plain=plain, raw=raw, force=force)


@export.command("tsv")
@deck_option
@text_options
def export_tsv_command(deck_name: str | None, output: str | None, plain: bool, raw: bool, force: bool) -> None:
    """Write a TSV that Anki's File > Import reads as is (UTF-8, one line per card).

    The same header lines and columns as `export csv`, tab-separated. With
    --plain: front<TAB>back<TAB>tags with a header row; TSV cannot hold a
    line break, so those fields are HTML too (<, > and & escaped, a line
    break is <br>). A cell starting with = + - @ is defused as in `export
    csv` (a leading ' in a plain file); --raw writes it as is.

    \b
    Examples:
      brokerquiz export tsv
      brokerquiz export tsv --plain -o brokers.txt
    """
    _export_text(deck_name, output, tsv=True, plain=plain, raw=raw, force=force)
