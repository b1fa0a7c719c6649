"""`brokerquiz study`: flashcards on the due queue in the TUI, then a one-line summary."""

from __future__ import annotations

import sys

import click

from ..core.translate import _
from .common import db_option, deck_option, echo, lang_option, open_deck_or_exit, open_store_or_exit


@click.command()
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
@lang_option
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
    from ..core.clock import SystemClock
    from ..core.sessions.options import StudyOptions
    from ..core.sessions.study import SessionError, StudySession
    from ..core.store.facade import StoreError

    db = db or ctx.obj.get("db")
    options = StudyOptions(mode=mode, new_limit=new_limit, cram=cram, focus=focus)
    deck, generated = open_deck_or_exit(deck_name)
    store = open_store_or_exit(db)
    clock = SystemClock()
    try:  # the deck is loaded and synced once, here; the screen draws this session
        session = StudySession.start(store, deck, generated, options, clock=clock)
    except (SessionError, StoreError) as error:
        echo(_("error: {error}").format(error=error), err=True)
        sys.exit(2 if isinstance(error, SessionError) else 1)
    import gc

    # Importing Textual and building the first frame allocate much and free almost nothing:
    # collections until the first card is on screen are pure cost (about 25 ms). run_app and
    # the app's first paint turn the collector back on.
    gc.disable()
    from ..tui.app import run_app  # deferred: commands without a UI never import Textual

    run_app(store=store, screen="study", clock=clock, deck_name=deck_name, options=options, session=session)
    if session.history:  # the summary reads every card's state: only worth it after answers
        summary = session.summary()
        echo(_("{answered} answered, {right:.0%} right; every answer is saved.").format(
            answered=summary.answered, right=summary.right_share))
