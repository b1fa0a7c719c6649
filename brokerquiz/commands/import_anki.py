"""`brokerquiz import anki FILE`: the reviews done in Anki brought back into the progress database."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from .common import db_option, max_size_option, open_deck_or_exit, open_store_or_exit

if TYPE_CHECKING:
    from ..core.importer.anki import AnkiImport

# The report's lines; {path} is the file imported.
REPORT = {
    "added": "{path}: {added} review(s) added from Anki{per_deck}; {updated} card(s) rescheduled from their whole history",
    "already": "{path}: {already} already imported (reviews and resets): skipped",
    "resets": "{path}: {resets} reset(s) to new (Anki's Forget) applied",
    "reschedules": "{path}: {reschedules} 'Set due date' or reschedule entry(ies) are not answers: not applied",
    "ignored": "{path}: {ignored} note(s) not from brokerquiz (or from a deck not synced): ignored",
    "stale": "{path}: {stale} note(s) of cards your decks no longer make (an older export): ignored",
    "archived": "{path}: {archived} card(s) the current deck no longer has: kept archived, with their history",
    "other_decks": "{path}: notes of deck(s) {decks} that this database has not seen: add {options}",
    "no_reviews": "{path}: no reviews of brokerquiz cards; export the .apkg from Anki with 'Include scheduling information', or a .colpkg",
}


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
        click.echo(f"error: {error}", err=True)
        sys.exit(1)
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
    """The report: what was added, skipped, ignored and kept (only the lines that apply)."""
    plan, merged = result.plan, result.merged
    added = sum(merged.added.values())
    per_deck = ", ".join(f"{deck} {count}" for deck, count in sorted(merged.added.items()))
    values = {
        "path": path,
        "added": added,
        "per_deck": f" ({per_deck})" if per_deck else "",
        "updated": len(merged.updated),
        "already": merged.already,
        "resets": merged.resets,
        "reschedules": plan.reschedules,
        "ignored": result.ignored - plan.stale,
        "stale": plan.stale,
        "archived": len(plan.archived),
        "decks": ", ".join(plan.other_decks),
        "options": " ".join(f"--deck {deck}" for deck in plan.other_decks),
    }
    lines = [REPORT["added"].format(**values)]
    for key in ("already", "resets", "reschedules", "ignored", "stale", "archived"):
        if values[key]:
            lines.append(REPORT[key].format(**values))
    if plan.other_decks:
        lines.append(REPORT["other_decks"].format(**values))
    if not plan.reviews and not plan.resets:
        lines.append(REPORT["no_reviews"].format(**values))
    return lines
