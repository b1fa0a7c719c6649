"""The command line: a thin click layer over brokerquiz.core.

`cli` is the group; the small commands (stats, cards, check, locate) live here, the larger
ones in `brokerquiz.commands` (study, quiz, interview, export, import), and the options and
helpers they all share in `brokerquiz.commands.common`. `--help` lists the commands in the
order they are added at the bottom of this file.

Commands that show no UI (`--help`, `cards`, `check`, `stats`, `export`, `import`, `locate`)
never import Textual: the TUI is imported inside the commands that open it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import locations
from .commands.common import (
    OrderedGroup,
    db_option,
    deck_option,
    deck_summary,
    echo,
    lang_option,
    max_size,
    max_size_option,
    now_utc,
    open_deck_or_exit,
    open_store_or_exit,
    speak_for,
)
from .commands.export import export
from .commands.import_sheet import import_command
from .commands.interview import interview
from .commands.quiz import quiz
from .commands.study import study
from .core.translate import N_, _, ngettext

DECK_SUFFIXES = (".yaml", ".yml")


@click.group(cls=OrderedGroup, invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@db_option
@lang_option
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


@click.command()
@deck_option
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option("--tui", is_flag=True, help="Open the stats screen (heatmap, forecast, weakest rows).")
@lang_option
@click.pass_context
def stats(ctx: click.Context, deck_name: str | None, db: str | None, as_json: bool, tui: bool) -> None:
    """Reviews (by source: brokerquiz, Anki), cards seen, due now and today, new cards left,
    30-day retention, and the weakest rows (wrong answers in every mode).

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
        click.echo(json_line({"deck": deck.id, **figures.as_dict()}))
        return
    retention = figures.retention_30d
    rows = [
        (_("Deck"), f"{deck.title} ({deck.id})"),
        (_("Cards"), _("{cards} ({seen} seen)").format(cards=figures.cards, seen=figures.seen)),
        (_("Reviews"), f"{figures.reviews} ({_by_source(figures.by_source)})"),
        (_("Due now"), str(figures.due)),
        (_("Due today"), str(figures.due_today)),
        (_("New left today"), str(figures.new_left_today)),
        (_("Retention 30d"), "—" if retention is None else f"{retention:.0%}"),
        (_("Leeches"), str(figures.leeches)),
        (_("Weakest rows"), _weakest_head(figures.weakest)),
    ]
    width = max(len(label) for label, _value in rows) + 2
    lines = [f"{label:<{width}}{value}" for label, value in rows] + _weakest_lines(figures.weakest)
    echo("\n".join(lines))


def _weakest_head(weakest: list) -> str:
    if not weakest:
        return _("none yet (no wrong answer in any mode)")
    return _("(wrong answers in study, quiz and interviews; drill: study --focus ROW)")


def _weakest_lines(weakest: list) -> list[str]:
    """The weakest rows, misses counted over every mode (study, cram, quiz, interview, Anki)."""
    lines = []
    for w in weakest[:5]:
        modes = ", ".join(f"{_(MODE_NAMES.get(mode, mode))} {n}" for mode, n in w.by_mode.items())
        missed = _("{misses} of {answers} missed").format(misses=w.misses, answers=w.answers)
        lines.append(f"  {w.topic}  {w.topic_label}: {missed} ({modes})")
    return lines


def _by_source(counts: dict[str, int]) -> str:
    """'brokerquiz 12, Anki 30': the reviews done here and those brought back from Anki."""
    return ", ".join(f"{SOURCE_NAMES.get(source, source)} {n}" for source, n in counts.items())


SOURCE_NAMES = {"brokerquiz": "brokerquiz", "anki": "Anki"}
MODE_NAMES = {"study": N_("study"), "cram": N_("cram"), "quiz": N_("quiz"), "interview": N_("interview")}


@click.command()
@deck_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--kind", multiple=True, help="Only cards of this kind (repeatable): fact, reverse, compare, scenario, rating, use-case, takeaway, phrase, cloze, follow-up.")
@lang_option
def cards(deck_name: str | None, as_json: bool, kind: tuple[str, ...]) -> None:
    """List the cards a deck generates.

    \b
    Examples:
      brokerquiz cards
      brokerquiz cards --deck message-brokers-en --kind scenario
      brokerquiz cards --json | jq -r .front
    """
    from .core.deck.cards import KINDS

    deck, generated = open_deck_or_exit(deck_name)  # first: a bad --kind is then told in the deck's language
    for k in kind:
        if k not in KINDS:
            message = _("{kind!r} is not a card kind ({kinds})").format(kind=k, kinds=", ".join(KINDS))
            raise click.BadParameter(message, param_hint="--kind")
    shown = [c for c in generated if not kind or c.kind in kind]
    if as_json:
        for card in shown:
            click.echo(json_line(card.to_json()))
        return
    for card in shown:
        echo(f"{card.id}  [{card.kind}]")
        echo(f"  Q: {_indent(card.front)}")
        if card.choices is not None:
            for i, choice in enumerate(card.choices, start=1):
                mark = "*" if i - 1 in card.correct else ("~" if i - 1 in card.optional else " ")
                echo(f"   {mark}{i}. {choice}")
        echo(f"  A: {_indent(card.back)}")
    count = ngettext("{n} card from {deck} ({path})", "{n} cards from {deck} ({path})", len(shown))
    echo(count.format(n=len(shown), deck=deck.id, path=deck.path), err=True)


def json_line(value: dict) -> str:
    """One JSON object on one line, non-ASCII text as it is (Cyrillic stays readable) but the
    characters safe_text calls unsafe as \\u escapes: json already escapes C0 controls, not
    C1 controls (U+009B starts a control sequence) nor bidi overrides."""
    from .core.safe_text import UNSAFE

    text = json.dumps(value, ensure_ascii=False, default=str)
    return UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _indent(text: str) -> str:
    return text.replace("\n", "\n     ")


def _deck_files(path: str) -> list[str]:
    """The deck files `path` names: itself, or a folder's *.yaml / *.yml files sorted by name.

    A folder without any (or that cannot be read) is reported here and gives none; a missing
    path is returned as is, so that load_deck reports it like any other deck problem.
    """
    folder = Path(path)
    if not folder.is_dir():
        return [path]
    try:
        found = sorted(p.name for p in folder.iterdir() if p.suffix.lower() in DECK_SUFFIXES and p.is_file())
    except OSError as error:
        reason = _("cannot read the folder: {reason}").format(reason=error.strerror or error)
        echo(f"{path}:1:1: {reason}", err=True)
        return []
    if not found:
        echo(f"{path}:1:1: " + _("no deck files (*.yaml, *.yml) in this folder"), err=True)
    return [str(folder / name) for name in found]


@click.command()
@click.argument("paths", metavar="FILE|FOLDER...", nargs=-1, required=True, type=click.Path())
@max_size_option
@click.option("--strict", is_flag=True, help="Warnings fail the check too (exit 1).")
@lang_option
def check(paths: tuple[str, ...], strict: bool) -> None:
    """Check deck files; print FILE:LINE:COL: problem for each problem.

    A folder stands for every *.yaml and *.yml file in it (not in its subfolders).
    Warnings (FILE:LINE:COL: warning: ...) point at cards that would not be fair
    and at notes without a full source URL; they do not fail the check unless --strict.
    Exits 0 when every deck is valid, 1 otherwise.

    \b
    Examples:
      brokerquiz check decks/my.yaml
      brokerquiz check decks/ ~/more-decks/*.yml
    """
    from .core.deck.cards import generate_cards
    from .core.deck.load import DeckError, decode, load_deck
    from .core.deck.checks import deck_warnings
    from .core.input_limits import DEFAULT_MAX_BYTES, read_file
    from .core.deck.library import checked_cards
    from .core.safe_text import printable

    failed = False
    for given in paths:
        files = _deck_files(given)
        failed = failed or not files
        for path in files:
            try:
                deck = load_deck(path, max_size() or DEFAULT_MAX_BYTES)
                cards = checked_cards(deck, generate_cards(deck))
            except DeckError as error:
                failed = True
                for problem in error.problems:
                    click.echo(printable(str(problem)), err=True)
                continue
            speak_for(deck)
            text = decode(read_file(Path(path), max_size() or DEFAULT_MAX_BYTES), path)  # loaded once already
            warnings = deck_warnings(path, text, deck, cards)
            for warning in warnings:
                click.echo(printable(str(warning)), err=True)
            failed = failed or bool(strict and warnings)
            click.echo(printable(_("{path}: ok ({summary})").format(path=path, summary=deck_summary(deck, cards, warnings))))
            speak_for()  # the next file's load problems: --lang or $BROKERQUIZ_LANG, not this deck's language
    sys.exit(1 if failed else 0)


@click.command()
@db_option
@lang_option
@click.pass_context
def locate(ctx: click.Context, db: str | None) -> None:
    """Print the paths in use: the database, the shipped decks and your decks folder.

    \b
    Example:
      BROKERQUIZ_DB=/tmp/try.db brokerquiz locate
    """
    from .core.deck.library import shipped_decks, user_decks

    path, why = locations.db_path(db or ctx.obj.get("db"))
    why = _("default") if why == "default" else why
    rows = [
        (_("database"), f"{path}  ({why})"),
        (_("data dir"), str(locations.data_dir())),
        (_("decks dir"), f"{locations.decks_dir()}  " + _("(your decks: brokerquiz import writes here)")),
        *((_("deck"), f"{deck_id}  {deck_path}") for deck_id, deck_path in shipped_decks().items()),
        *((_("yours"), f"{deck_id}  {deck_path}") for deck_id, deck_path in user_decks().items()),
    ]
    width = max(len(label) for label, _value in rows) + 1
    for label, value in rows:
        echo(f"{label:<{width}}{value}")


# The order --help lists them in: the modes first, then the tools.
for _command in (study, quiz, interview, stats, cards, check, export, import_command, locate):
    cli.add_command(_command)


def main() -> None:
    cli(prog_name="brokerquiz")
