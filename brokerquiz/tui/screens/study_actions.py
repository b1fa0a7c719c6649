"""The study screen's actions on what was done rather than on the card shown: undo the last
answer, bury or suspend, and bury or suspend the card shown. Rules are the session's
(`StudySession.undo`, `.bury`, `.suspend`); this mixin only calls them and says what happened."""

from __future__ import annotations

from ...core.sessions.study import DONE, SessionError
from ...core.store.types import StoreError


class UndoBuryActions:
    """Mixed into StudyScreen (which has `session`, `paint` and `notify`)."""

    async def action_undo(self) -> None:
        try:
            undone = self.session.undo()
        except StoreError as error:  # answered again elsewhere, or a broken db: nothing changed
            self.notify(str(error), title="Not undone", severity="warning", markup=False)
            if self.session.phase == DONE:  # undo came from the summary: show it again
                await self.paint()
            return
        if undone is None:
            self.notify("nothing to undo in this session")
            return
        self.notify("undone: the card is back", timeout=2)
        await self.paint()

    async def action_undo_typing(self) -> None:
        await self.action_undo()

    async def action_bury(self) -> None:
        await self._flag("bury", "buried until tomorrow")

    async def action_suspend(self) -> None:
        await self._flag("suspend", "suspended; unsuspend it in the card browser")

    async def _flag(self, action: str, done: str) -> None:
        try:
            getattr(self.session, action)()
        except (StoreError, SessionError) as error:  # a busy db: nothing changed, the card stays
            self.notify(str(error), title="Not changed", severity="warning", markup=False)
            return
        self.notify(f"{done} · u undoes", timeout=3, markup=False)
        await self.paint()
