"""`brokerquiz import`: a markdown cheat sheet turned into a deck YAML (`import sheet FILE.md`,
or just `import FILE.md`), or the reviews done in Anki brought back (`import anki FILE`)."""

from __future__ import annotations

import sys

import click
from click_default_group import DefaultGroup

from ..core.translate import _, ngettext
from .common import OrderedGroup, deck_summary, echo, fail_deck, lang_option, max_size, max_size_option
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
@click.option("-o", "--output", metavar="FILE", default=None, help="Write the deck YAML here; - prints it (default: ID.yaml in your decks folder, see `brokerquiz locate`).")
@click.option("--id", "deck_id", metavar="ID", default=None, help="Deck id (default: a slug of the sheet's title).")
@click.option("--subjects", metavar="A,B,...", default=None, help="The subjects compared, comma-separated, when the importer guesses wrong.")
@click.option("--phrase", metavar="LINE|TEXT", default=None, help="The quote to learn as the phrase: its line number, or words it holds.")
@click.option("--dry-run", is_flag=True, help="Show the subjects, cards per kind and lines not placed; write nothing.")
@click.option("--strict", is_flag=True, help="Lines that could not be placed are errors: exit 1, write nothing.")
@click.option("--force", is_flag=True, help="Overwrite the deck file if it exists.")
@max_size_option
@lang_option
def import_sheet_command(source: str, output: str | None, deck_id: str | None, subjects: str | None, phrase: str | None, dry_run: bool, strict: bool, force: bool) -> None:
    """Turn a markdown cheat sheet into a deck (mojibake is repaired).

    Tables (subjects across the header or down the first column; 👍/⚠️/❌,
    ✓/✗, yes/no or +/− cells make a rating table; "scenario | tool" tables
    make use cases), bullets under a heading or bold line that names a
    subject, numbered `**Subject** = text` takeaways, a quote under a heading
    about the phrase, callouts (`> [!NOTE]`: nuance notes; `> [!question]`:
    follow-ups). Blocks that fit none of these are listed as FILE:LINE:1:
    warnings. The deck goes to your decks folder, listed on the home screen
    and opened with --deck ID.

    \b
    Examples:
      brokerquiz import cheatsheet.md --dry-run
      brokerquiz import cheatsheet.md --id my-brokers && brokerquiz study --deck my-brokers
      brokerquiz import notes.md --subjects "Kafka,Pulsar" -o mine.yaml --force
      brokerquiz import sheet cheatsheet.md -o - | less
    """
    from pathlib import Path

    from ..core.deck.load import KEY_RE, DeckError
    from ..core.input_limits import DEFAULT_MAX_BYTES

    if deck_id is not None and not KEY_RE.match(deck_id):
        message = _("{id!r}: use lowercase latin letters, digits, '-' or '_'").format(id=deck_id)
        raise click.BadParameter(message, param_hint="--id")
    given = [name.strip() for name in subjects.split(",") if name.strip()] if subjects is not None else None
    if given is not None and len(given) < 2:
        raise click.BadParameter(_("name at least two subjects, separated by commas"), param_hint="--subjects")
    if output and output != "-" and not dry_run:
        _taken(Path(output), force)
    try:
        # the interface stays in the language of --lang or $BROKERQUIZ_LANG (else English): the
        # importer's warnings are written as it reads, before the new deck's language is guessed
        result, cards = _import(source, deck_id, given, phrase, max_size() or DEFAULT_MAX_BYTES)
    except DeckError as error:
        fail_deck(error)
    if result.repair.changed:
        echo(_("{file}: note: repaired mojibake ({how})").format(file=source, how=result.repair.describe()), err=True)
    if dry_run:
        from ..core.importer.report import dry_run_lines

        for line in dry_run_lines(result, cards, source):
            echo(line)
        echo(_("nothing written (--dry-run); the deck would go to {file}").format(file=_target(output, result.deck.id)))
        return
    level = _("error") if strict else _("warning")
    for problem in result.warnings:
        echo(f"{problem.path}:{problem.line}:{problem.col}: {level}: {problem.message}", err=True)
    if strict and result.warnings:
        count = len(result.warnings)
        message = ngettext("{n} line not placed; nothing written (--strict)",
                           "{n} lines not placed; nothing written (--strict)", count).format(n=count)
        echo(_("error: {error}").format(error=message), err=True)
        sys.exit(1)
    _write(result, cards, output, force)


def _import(source, deck_id, given, phrase, max_bytes):
    from ..core.deck.cards import generate_cards
    from ..core.importer.sheet import import_file
    from ..core.deck.library import checked_cards

    result = import_file(source, deck_id=deck_id, subjects=given, phrase=phrase, max_bytes=max_bytes)
    return result, checked_cards(result.deck, generate_cards(result.deck))  # a deck over the card cap is not handed out


def _target(output: str | None, deck_id: str):
    from ..locations import decks_dir

    return output if output else decks_dir() / f"{deck_id}.yaml"


def _taken(path, force: bool) -> None:
    """Exit 1 with the error said when the deck file exists and --force is not given."""
    if path.exists() and not path.is_dir() and not force:
        from ..core.files import exists_message

        echo(_("error: {error}").format(error=exists_message(path)), err=True)
        sys.exit(1)


def _write(result, cards, output: str | None, force: bool) -> None:
    from ..core.files import ExportError
    from ..core.importer.sheet import write_deck

    deck = result.deck
    summary = deck_summary(deck, cards)
    if output == "-":
        click.echo(result.yaml, nl=False)
        echo(_("imported {summary}").format(summary=summary), err=True)
        return
    target = _target(output, deck.id)
    if output is None:
        _taken(target, force)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            _cannot_write(target, error)
    try:
        write_deck(target, result.yaml, force=force)
    except ExportError as error:  # its message names the file and the reason
        echo(_("error: {error}").format(error=error), err=True)
        sys.exit(1)
    except OSError as error:
        _cannot_write(target, error)
    hint = _("; open it with --deck {id}").format(id=deck.id) if output is None else ""
    echo(_("wrote {file} ({summary}{hint})").format(file=target, summary=summary, hint=hint))


def _cannot_write(target, error: OSError) -> None:
    from ..core.files import cannot_write

    echo(_("error: {error}").format(error=cannot_write(target, error.strerror or str(error))), err=True)
    sys.exit(1)


import_command.add_command(import_anki_command)
