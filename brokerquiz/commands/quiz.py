"""`brokerquiz quiz`: an untimed self-check round in the TUI; the schedule is left alone."""

from __future__ import annotations

import click

from .common import db_option, deck_option, fail, lang_option, open_deck_or_exit, open_store_or_exit


@click.command()
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
@lang_option
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
    from ..core.clock import SystemClock
    from ..core.sessions.quiz import QuizError, QuizOptions, start_quiz
    from ..core.store.types import StoreError

    deck, generated = open_deck_or_exit(deck_name)
    clock = SystemClock()
    try:  # the cards are picked once, here, and refused before opening the database or a UI
        options = QuizOptions(count=count, kind=kind, seed=seed)
        session = start_quiz(deck, generated, options, clock)
    except QuizError as error:
        fail(error)
    store = open_store_or_exit(db or ctx.obj.get("db"))
    try:
        store.sync_cards(deck.id, generated)  # once: the screen draws this session
    except StoreError as error:
        fail(error)
    session.store = store  # from now on every answer is recorded
    from ..tui.app import run_app  # deferred: commands without a UI never import Textual

    run_app(store=store, screen="quiz", clock=clock, deck_name=deck_name, options=options, session=session)
