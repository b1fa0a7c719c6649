"""The study screen's actions, mixed into `StudyScreen`: the keys on the card shown (reveal,
check, pick, rate, scroll, quit), the end of the session (summary, next step, close), and
those on what was done (undo the last answer, bury or suspend the card shown). Rules are the
session's (`StudySession.reveal`, `.rate`, `.undo`, `.bury`, ...); these mixins only call them,
repaint and say what happened. Message handlers (`@on`) stay on the Screen class: Textual
collects them from Screen subclasses only."""

from __future__ import annotations

from ...core.sessions.study import ANSWERED, DONE
from ...errors import SessionError
from ...core.store.types import StoreError
from ...core.translate import N_, _
from ...errors import BrokerquizError
from ..widgets.card_panel import CardPanel


class UndoBuryActions:
    """Mixed into StudyScreen (which has `session`, `paint` and `notify`)."""

    async def action_undo(self) -> None:
        try:
            undone = self.session.undo()
        except StoreError as error:  # answered again elsewhere, or a broken db: nothing changed
            self.notify(str(error), title=_("Not undone"), severity="warning", markup=False)
            if self.session.phase == DONE:  # undo came from the summary: show it again
                await self.paint()
            return
        if undone is None:
            self.notify(_("nothing to undo in this session"))
            return
        self.notify(_("undone: the card is back"), timeout=2)
        await self.paint()

    async def action_undo_typing(self) -> None:
        await self.action_undo()

    async def action_bury(self) -> None:
        await self._flag("bury", N_("buried until tomorrow"))

    async def action_suspend(self) -> None:
        await self._flag("suspend", N_("suspended; unsuspend it in the card browser"))

    async def _flag(self, action: str, done: str) -> None:
        try:
            getattr(self.session, action)()
        except (StoreError, SessionError) as error:  # a busy db: nothing changed, the card stays
            self.notify(str(error), title=_("Not changed"), severity="warning", markup=False)
            return
        self.notify(_("{done} · u undoes").format(done=_(done)), timeout=3, markup=False)
        await self.paint()


class StudyKeyActions:
    """Mixed into StudyScreen (which has `session`, `deck_name`, `paint`, `query_one`, `notify`)."""

    async def action_reveal(self) -> None:
        self.session.reveal()
        await self.paint()

    async def action_give_up(self) -> None:
        self.session.reveal(proposed=1)
        await self.paint()

    async def action_check(self) -> None:
        self.session.submit_choice(self.picks.picked)
        await self.paint()

    async def action_pick(self, number: int) -> None:
        if self.picks.toggle(number - 1):
            self._part(CardPanel).redraw()

    async def action_accept(self) -> None:
        await self._rate(None)

    async def action_rate(self, rating: int) -> None:
        await self._rate(rating)

    async def _rate(self, rating: int | None) -> None:
        try:
            self.session.rate(rating)
        except SessionError as error:
            self.notify(str(error), severity="warning", markup=False)
            return
        except BrokerquizError as error:  # a busy or broken db: say so, keep the card on screen
            self.notify(_("not saved: {error}").format(error=error), title=_("Database"), severity="error", markup=False)
            return
        await self.paint()

    def action_scroll(self, where: str) -> None:
        """Scroll the card when it is taller than the terminal (nothing has focus to do it)."""
        body = self._part(CardPanel)
        getattr(body, f"scroll_{where}")(animate=False)

    def _save_graded_answer(self) -> None:
        """A typed or picked answer already graded but not yet rated is saved with its proposed
        rating on the way out: quitting never drops an answer the screen has judged."""
        session = self.session
        if session and session.phase == ANSWERED and session.answer and session.answer.how != "reveal":
            try:
                session.rate(None)
            except BrokerquizError as error:  # a busy or broken db: the message, then leave anyway
                self.notify(_("not saved: {error}").format(error=error), title=_("Database"), severity="error", markup=False)

    def action_quit_session(self) -> None:
        self._save_graded_answer()
        self.close()

    async def action_quit_app(self) -> None:
        self._save_graded_answer()
        await self.app.action_quit()

    def _finish(self) -> None:
        from .summary import NEXT_STEPS, SummaryScreen

        def closed(result: str | None) -> None:
            if result == "undo":
                self.call_later(self.action_undo)
            elif result in NEXT_STEPS:  # more new cards, cram, quiz, interview
                self._next_step(result)
            else:
                self.close()

        try:
            summary = self.session.summary()
        except StoreError as error:  # every answer is saved already: end with the message
            self.notify(_("no summary: {error}").format(error=error), title=_("Database"), severity="error", markup=False)
            self.close()
            return
        self.app.push_screen(SummaryScreen(summary), closed)

    def _next_step(self, step: str) -> None:
        """Replace this screen by the step picked on the summary, on the same deck."""
        from .summary import next_screen

        deck_name = self.deck_name or str(self.session.deck.path)
        self.app.switch_screen(next_screen(step, deck_name, mode=self.session.mode))

    def close(self) -> None:
        """Back to the screen underneath (home), or out of the app when study was the start."""
        from .home import HomeScreen

        if any(isinstance(s, HomeScreen) for s in self.app.screen_stack):
            self.dismiss()
        else:
            self.app.exit()
