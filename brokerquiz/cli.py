"""The command line: a thin click layer over brokerquiz.core.

Commands that show no UI (`--help`, `cards`, `check`, `stats`, `export`, `locate`) never import
Textual: the TUI is imported inside the commands that open it.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, timezone
from typing import TYPE_CHECKING

import click

from . import locations

if TYPE_CHECKING:  # deck.py loads yaml: imported where a deck is parsed, not here
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
    except Exception as error:
        # deck.py (and yaml) load only on this path: a cached deck needs no parser
        from .core.deck import DeckError

        if not isinstance(error, DeckError):
            raise
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
    from .core.deck import DeckError, load_deck

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


@cli.group(cls=OrderedGroup)
def export() -> None:
    """Export a deck for other apps: Anki (.apkg), CSV or TSV.

    \b
    Examples:
      brokerquiz export anki                  writes message-brokers.apkg here
      brokerquiz export csv -o - | head       CSV on stdout
      brokerquiz export tsv --anki-header     TSV that Anki imports as is
    """


_OUTPUT_HELP = "File to write (default: <deck id>.{ext} in the current folder)."


def _export_failed(error: Exception) -> None:
    click.echo(f"error: {error}", err=True)
    sys.exit(1)


@export.command("anki")
@deck_option
@click.option("-o", "--output", metavar="FILE", default=None, help=_OUTPUT_HELP.format(ext="apkg"))
def export_anki_command(deck_name: str | None, output: str | None) -> None:
    """Write an Anki package (.apkg): one Anki card per card, subdecks by kind.

    Importing a newer export of the same deck into Anki updates the notes in
    place (no duplicates) and keeps your review history.

    \b
    Examples:
      brokerquiz export anki
      brokerquiz export anki --deck decks/my.yaml -o ~/Desktop/my.apkg
    """
    from .core.anki import export_anki
    from .core.csvexport import ExportError

    if output == "-":
        _export_failed(ValueError("an .apkg is a zip file and cannot go to stdout; give a file name with -o"))
    deck, generated = open_deck_or_exit(deck_name)
    path = output or f"{deck.id}.apkg"
    try:
        result = export_anki(deck, generated, path, now=now_utc())
    except ExportError as error:
        _export_failed(error)
    click.echo(f"wrote {path}: {result.cards} Anki cards in {result.notes} notes from {deck.id}")


def _export_text(deck_name: str | None, output: str | None, *, tsv: bool, anki_header: bool) -> None:
    from .core.csvexport import ExportError, export_text, render

    deck, generated = open_deck_or_exit(deck_name)
    ext = "tsv" if tsv else "csv"
    if output == "-":
        click.echo(render(generated, deck.language, tsv=tsv, anki_header=anki_header), nl=False)
        click.echo(f"{len(generated)} cards from {deck.id}", err=True)
        return
    path = output or f"{deck.id}.{ext}"
    try:
        count = export_text(generated, path, deck.language, tsv=tsv, anki_header=anki_header)
    except ExportError as error:
        _export_failed(error)
    click.echo(f"wrote {path}: {count} cards from {deck.id}")


_ANKI_HEADER_HELP = "Start with Anki's #separator/#html/#columns lines instead of the front,back,tags row."


@export.command("csv")
@deck_option
@click.option("-o", "--output", metavar="FILE|-", default=None, help=_OUTPUT_HELP.format(ext="csv") + " '-' for stdout.")
@click.option("--anki-header", is_flag=True, help=_ANKI_HEADER_HELP)
def export_csv_command(deck_name: str | None, output: str | None, anki_header: bool) -> None:
    """Write front,back,tags as CSV (UTF-8, header row), one row per card.

    Fields are plain text; line breaks inside a field are kept (quoted).
    Multiple-choice cards list their choices numbered on the front.

    \b
    Examples:
      brokerquiz export csv
      brokerquiz export csv --deck decks/my.yaml -o - | head
    """
    _export_text(deck_name, output, tsv=False, anki_header=anki_header)


@export.command("tsv")
@deck_option
@click.option("-o", "--output", metavar="FILE|-", default=None, help=_OUTPUT_HELP.format(ext="tsv") + " '-' for stdout.")
@click.option("--anki-header", is_flag=True, help=_ANKI_HEADER_HELP)
def export_tsv_command(deck_name: str | None, output: str | None, anki_header: bool) -> None:
    """Write front<TAB>back<TAB>tags (UTF-8, header row), one line per card.

    TSV cannot quote, so fields are HTML: <, > and & are escaped and a line
    break is <br> (Anki's import reads HTML; keep "Allow HTML" on).

    \b
    Examples:
      brokerquiz export tsv
      brokerquiz export tsv --anki-header -o brokers.txt
    """
    _export_text(deck_name, output, tsv=True, anki_header=anki_header)


@cli.command("import")
@click.argument("source", metavar="FILE.md", type=click.Path(dir_okay=False))
@click.option("-o", "--output", metavar="FILE", default=None, help="Write the deck YAML here (default: print it).")
@click.option("--id", "deck_id", metavar="ID", default=None, help="Deck id (default: a slug of the sheet's title).")
@click.option("--strict", is_flag=True, help="Lines that could not be placed are errors: exit 1, write nothing.")
@click.option("--force", is_flag=True, help="Overwrite FILE given with -o if it exists.")
def import_command(source: str, output: str | None, deck_id: str | None, strict: bool, force: bool) -> None:
    """Turn a markdown cheat sheet into a deck (mojibake is repaired).

    The sheet has a title heading, pipe tables (first column the property,
    header the subjects; cells starting with 👍 ⚠️ ❌ make a rating table),
    per-subject bullet lists under headings, numbered `**Subject** = text`
    takeaways and a quoted phrase. Lines that fit none of these are listed
    as FILE:LINE:1: warnings.

    \b
    Examples:
      brokerquiz import cheatsheet.md | less
      brokerquiz import cheatsheet.md -o decks/mine.yaml --id my-brokers
      brokerquiz import cheatsheet.md --strict -o mine.yaml --force
    """
    from pathlib import Path

    from .core.cards import generate_cards
    from .core.deck import KEY_RE, DeckError
    from .core.importer import import_file, write_deck

    if deck_id is not None and not KEY_RE.match(deck_id):
        raise click.BadParameter(f"{deck_id!r}: use lowercase latin letters, digits, '-' or '_'", param_hint="--id")
    if output and output != "-" and Path(output).exists() and not force:
        click.echo(f"error: {output} exists; pass --force to overwrite it", err=True)
        sys.exit(1)
    try:
        result = import_file(source, deck_id=deck_id)
    except DeckError as error:
        fail_deck(error)
    if result.repair.changed:
        click.echo(f"{source}: note: repaired mojibake ({result.repair.describe()})", err=True)
    level = "error" if strict else "warning"
    for problem in result.warnings:
        click.echo(f"{problem.path}:{problem.line}:{problem.col}: {level}: {problem.message}", err=True)
    if strict and result.warnings:
        click.echo(f"error: {len(result.warnings)} line(s) not placed; nothing written (--strict)", err=True)
        sys.exit(1)
    deck = result.deck
    summary = f"{deck.id}: {len(deck.subjects)} subjects, {len(generate_cards(deck))} cards"
    if not output or output == "-":
        click.echo(result.yaml, nl=False)
        click.echo(f"imported {summary}", err=True)
        return
    try:
        write_deck(output, result.yaml, force=force)
    except OSError as error:
        click.echo(f"error: cannot write {output}: {error.strerror or error}", err=True)
        sys.exit(1)
    click.echo(f"wrote {output} ({summary})")


@cli.command()
@deck_option
@db_option
@click.option("--count", type=click.IntRange(1, 500), default=10, show_default=True, help="How many questions.")
@click.option(
    "--kind",
    type=click.Choice(["scenario", "use-case", "reverse", "all"]),
    default="all",
    show_default=True,
    help="scenario: which broker fits (and each broker's rating); use-case: which broker for a "
    "typical use; reverse: which broker has this value; all: these plus short typed answers.",
)
@click.option("--seed", type=int, default=None, help="Same seed, same questions.")
@click.pass_context
def quiz(ctx: click.Context, deck_name: str | None, db: str | None, count: int, kind: str, seed: int | None) -> None:
    """An untimed quiz: pick or type the answer, see at once why (every broker's rating,
    nuance notes with sources), get a score at the end.

    Answers are recorded in your history (mode "quiz") but never move the study schedule:
    a quiz is a self-check, so it does not distort the spacing of your reviews.

    \b
    Examples:
      brokerquiz quiz
      brokerquiz quiz --kind scenario --count 5
      brokerquiz quiz --deck my-deck.yaml --seed 7
    """
    from .core.quiz import QuizError, pick_quiz_cards

    deck, generated = open_deck_or_exit(deck_name)
    try:
        pick_quiz_cards(generated, kind=kind, count=count, seed=seed)  # refuse before opening a UI
    except QuizError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(1)
    store = open_store_or_exit(db or ctx.obj.get("db"))
    store.sync_cards(deck.id, generated)
    from .tui.app import run_app  # deferred: commands without a UI never import Textual

    run_app(store=store, screen="quiz", deck_name=deck_name, count=count, kind=kind, seed=seed)


@cli.command()
@deck_option
@db_option
@click.option("--questions", type=click.IntRange(1, 50), default=8, show_default=True, help="How many questions.")
@click.option(
    "--minutes",
    type=click.FloatRange(0.1, 600),
    default=None,
    help="Time for the whole interview [default: questions × seconds per question].",
)
@click.option(
    "--seconds-per-question",
    type=click.IntRange(5, 3600),
    default=90,
    show_default=True,
    help="When a question's time is up, what you typed is submitted.",
)
@click.option("--seed", type=int, default=None, help="Same seed and same progress, same questions.")
@click.option("--no-schedule", is_flag=True, help="Leave the study schedule alone (wrong answers are not sent to Again).")
@click.option("--history", is_flag=True, help="List past interviews with date and score, and quit.")
@click.pass_context
def interview(
    ctx: click.Context,
    deck_name: str | None,
    db: str | None,
    questions: int,
    minutes: float | None,
    seconds_per_question: int,
    seed: int | None,
    no_schedule: bool,
    history: bool,
) -> None:
    """A timed mock interview: open questions (compare brokers, pick one for a scenario,
    when to use each, follow-ups, the closing phrase), then a report with your answers
    against model answers, a score per topic, the weakest topics to drill and your trend.

    Questions favour what you know least. Wrong answers send the cards behind them to
    Again, unless --no-schedule. Esc asks before abandoning.

    \b
    Examples:
      brokerquiz interview
      brokerquiz interview --questions 4 --seconds-per-question 60
      brokerquiz interview --minutes 10 --seed 42 --no-schedule
      brokerquiz interview --history
    """
    db = db or ctx.obj.get("db")
    if history:
        from .core.interview_report import history_lines

        deck_id = open_deck_or_exit(deck_name)[0].id if deck_name else None
        store = open_store_or_exit(db)
        click.echo("\n".join(history_lines(store.interviews(deck_id))))
        return
    deck, generated = open_deck_or_exit(deck_name)
    store = open_store_or_exit(db)
    store.sync_cards(deck.id, generated)
    from .tui.app import run_app  # deferred: commands without a UI never import Textual

    run_app(
        store=store,
        screen="interview",
        deck_name=deck_name,
        questions=questions,
        seconds_per_question=seconds_per_question,
        minutes=minutes,
        seed=seed,
        schedule=not no_schedule,
    )


@cli.command()
@deck_option
@db_option
@click.option(
    "--mode",
    type=click.Choice(["flip", "typed"]),
    default="flip",
    show_default=True,
    help="flip: space shows the answer, you rate it. typed: type the answer, it is graded.",
)
@click.option("--new", "new_limit", type=click.IntRange(min=0), default=None, metavar="N",
              help="At most N new cards (default: what the daily new-card limit leaves today).")
@click.option("--cram", is_flag=True,
              help="Hardest cards first (least stable, most lapses); the schedule is not changed.")
@click.option("--focus", metavar="TOPIC", default=None,
              help="Drill one topic: a row key (delivery), TABLE/ROW, or a table key. Its due and new "
              "cards first (scheduled as usual), then its other cards as cram (schedule unchanged).")
@click.pass_context
def study(ctx: click.Context, deck_name: str | None, db: str | None, mode: str, new_limit: int | None,
          cram: bool, focus: str | None) -> None:
    """Flashcards on the due queue: rate each card Again / Hard / Good / Easy.

    Keys: space shows the answer, 1-4 rate (each shows its interval), Enter accepts the
    proposed rating, u undoes, q quits. Every answer is saved at once.

    \b
    Examples:
      brokerquiz study
      brokerquiz study --mode typed --new 5
      brokerquiz study --cram
      brokerquiz study --focus delivery
    """
    from .core.cards import subject_aliases
    from .core.clock import SystemClock
    from .core.session import SessionError, StudySession
    from .core.store import StoreError

    db = db or ctx.obj.get("db")
    deck, generated = open_deck_or_exit(deck_name)
    store = open_store_or_exit(db)
    clock = SystemClock()
    try:
        session = StudySession(store, deck, generated, clock=clock, mode=mode, new_limit=new_limit,
                               cram=cram, focus=focus, aliases=subject_aliases(deck))
    except (SessionError, StoreError) as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(2 if isinstance(error, SessionError) else 1)
    import gc

    # Importing Textual and building the first frame allocate much and free almost nothing:
    # collections until the first card is on screen are pure cost (about 25 ms). run_app and
    # the app's first paint turn the collector back on.
    gc.disable()
    from .tui.app import run_app  # deferred: commands without a UI never import Textual

    run_app(store=store, screen="study", clock=clock, deck_name=deck_name, session=session)
    if session.history:  # the summary reads every card's state: only worth it after answers
        summary = session.summary()
        click.echo(f"{summary.answered} answered, {summary.right_share:.0%} right; every answer is saved.")


def main() -> None:
    cli(prog_name="brokerquiz")
