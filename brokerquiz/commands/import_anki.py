"""`brokerquiz import anki FILE`: the reviews done in Anki brought back into the progress database."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from ..core.translate import _, ngettext
from .common import db_option, fail, lang_option, max_size_option, open_deck_or_exit, open_store_or_exit

if TYPE_CHECKING:
    from ..core.importer.anki import AnkiImport

@click.command("anki")
@click.argument("source", metavar="FILE", type=click.Path(dir_okay=False))
@click.option(
    "--deck",
    "deck_names",
    metavar="NAME|PATH",
    multiple=True,
    help="A deck the notes came from (repeatable; default: the shipped decks the notes are tagged with, else the default deck). Cards already in the database always match.",
)
@max_size_option
@db_option
@lang_option
@click.pass_context
def import_anki_command(ctx: click.Context, source: str, deck_names: tuple[str, ...], db: str | None) -> None:
    """Bring back the reviews you did in Anki (desktop, AnkiDroid, AnkiMobile).

    FILE is what Anki exports: a collection package (.colpkg), or a deck
    package (.apkg) with "Include scheduling information" ticked; Anki's own
    collection.anki2 is read too while Anki is closed. Notes are matched to
    brokerquiz's cards by the GUIDs `brokerquiz export anki` gave them; each
    review is added once (importing the same file again adds nothing), and
    every card that got one is rescheduled from its whole history in time
    order. Nothing is written when FILE cannot be read.

    \b
    Examples:
      brokerquiz import anki ~/Downloads/collection.colpkg
      brokerquiz import anki brokers-reviewed.apkg --deck message-brokers-en
    """
    from ..core.importer.anki import import_collection
    from ..core.importer.anki_package import AnkiPackageError, read_collection

    try:
        collection = read_collection(source)
    except AnkiPackageError as error:
        fail(error)
    decks = [open_deck_or_exit(name) for name in (deck_names or default_decks(collection))]
    store = open_store_or_exit(db or (ctx.obj or {}).get("db"))
    try:
        for deck, generated in decks:
            store.sync_cards(deck.id, generated)
        result = import_collection(store, collection, source)
    finally:
        store.close()
    for line in report_lines(result, source):
        click.echo(line)


def default_decks(collection) -> list[str | None]:
    """Without --deck: the shipped decks the file's notes come from, else the default deck."""
    from ..core.importer.anki import tagged_decks
    from ..core.deck.library import shipped_decks

    shipped = [deck for deck in tagged_decks(collection) if deck in shipped_decks()]
    return shipped or [None]


def report_lines(result: AnkiImport, path: str) -> list[str]:
    """The report: what was added, skipped, ignored and kept (only the lines that apply), each
    line starting with the file imported."""
    plan, merged = result.plan, result.merged
    added = sum(merged.added.values())
    per_deck = ", ".join(f"{deck} {count}" for deck, count in sorted(merged.added.items()))
    lines = [
        ngettext("{n} review added from Anki", "{n} reviews added from Anki", added).format(n=added)
        + (f" ({per_deck})" if per_deck else "")
        + "; "
        + ngettext(
            "{n} card rescheduled from its whole history", "{n} cards rescheduled from their whole history",
            len(merged.updated),
        ).format(n=len(merged.updated))
    ]
    ignored = result.ignored - plan.stale
    counted = (
        (merged.already, ngettext("{n} already imported (reviews and resets): skipped",
                                  "{n} already imported (reviews and resets): skipped", merged.already)),
        (merged.resets, ngettext("{n} reset to new (Anki's Forget) applied",
                                 "{n} resets to new (Anki's Forget) applied", merged.resets)),
        (plan.reschedules, ngettext("{n} 'Set due date' or reschedule entry is not an answer: not applied",
                                    "{n} 'Set due date' or reschedule entries are not answers: not applied",
                                    plan.reschedules)),
        (ignored, ngettext("{n} note not from brokerquiz (or from a deck not synced): ignored",
                           "{n} notes not from brokerquiz (or from a deck not synced): ignored", ignored)),
        (plan.stale, ngettext("{n} note of a card your decks no longer make (an older export): ignored",
                              "{n} notes of cards your decks no longer make (an older export): ignored", plan.stale)),
        (len(plan.archived), ngettext(
            "{n} card the current deck no longer has: kept archived, with its history",
            "{n} cards the current deck no longer has: kept archived, with their history", len(plan.archived))),
    )
    lines += [line.format(n=count) for count, line in counted if count]
    if plan.other_decks:
        options = " ".join(f"--deck {deck}" for deck in plan.other_decks)
        lines.append(_("notes of deck(s) {decks} that this database has not seen: add {options}").format(
            decks=", ".join(plan.other_decks), options=options))
    if not plan.reviews and not plan.resets:
        lines.append(_("no reviews of brokerquiz cards; export the .apkg from Anki with"
                       " 'Include scheduling information', or a .colpkg"))
    return [f"{path}: {line}" for line in lines]
