"""`brokerquiz interview`: a timed mock interview in the TUI, or `--history` printed plainly."""

from __future__ import annotations

import click

from .common import db_option, deck_option, echo, fail, lang_option, open_deck_or_exit, open_store_or_exit


@click.command()
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
@lang_option
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
        from ..core.sessions.interview.report import history_lines

        deck_id = open_deck_or_exit(deck_name)[0].id if deck_name else None
        store = open_store_or_exit(db)
        echo("\n".join(history_lines(store.interviews(deck_id), deck_name)))
        return
    from ..core.clock import SystemClock
    from ..core.deck.library import deck_argument
    from ..core.sessions.interview.pick import require_material
    from ..core.sessions.interview.session import InterviewOptions, start_interview
    from ..core.store.types import StoreError
    from ..errors import SessionError

    options = InterviewOptions(questions=questions, seconds_per_question=seconds_per_question, minutes=minutes,
                               seed=seed, schedule=not no_schedule)
    deck, generated = open_deck_or_exit(deck_name)
    try:
        require_material(deck, generated)  # refuse before opening the database or a UI
    except SessionError as error:  # its text names the deck's id: printed through printable
        fail(error)
    store = open_store_or_exit(db)
    clock = SystemClock()
    try:  # the deck is synced and the questions picked once, here; the screen draws this session
        session = start_interview(deck, generated, options, clock, store, deck_name=deck_argument(deck_name))
    except (SessionError, StoreError) as error:
        fail(error)
    from ..tui.app import run_app  # deferred: commands without a UI never import Textual

    run_app(store=store, screen="interview", clock=clock, deck_name=deck_name, options=options, session=session)
