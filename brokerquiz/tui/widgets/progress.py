"""Session progress: a bar of cards done over cards in the session, and the counts."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import ProgressBar, Static

from ...core.translate import N_, _, ngettext
from .key_hint import counted
from .literal import literal


MODE_NAMES = {"flip": N_("flip"), "typed": N_("typed"), "cram": N_("cram"), "quiz": N_("quiz")}


class SessionProgress(Horizontal):
    """'▇▇▇▇────  12 done · 8 new · 1 learning · 3 review' (cram: '12 done · 30 left'); the
    total grows when learning cards come back."""

    DEFAULT_CSS = """
    SessionProgress { height: 1; padding: 0 1; }
    SessionProgress ProgressBar { width: 1fr; }
    SessionProgress ProgressBar Bar { width: 1fr; }
    SessionProgress #progress-label { width: auto; padding: 0 0 0 2; color: $text-muted; }
    SessionProgress #progress-mode { width: auto; padding: 0 0 0 2; color: $text-secondary; }
    """

    _shown: tuple | None = None  # the figures drawn
    _mode: str | None = None  # the mode drawn

    def compose(self) -> ComposeResult:
        yield ProgressBar(total=1, show_eta=False, show_percentage=False, id="progress-bar")
        yield Static(id="progress-label", markup=False)
        yield Static(id="progress-mode", markup=False)

    def set_counts(self, done: int, remaining: int, mode: str = "", counts: tuple[int, int, int] | None = None) -> None:
        """`counts`: Anki's new / learning / review left, shown instead of "N left"."""
        if (done, remaining, mode, counts) == self._shown:  # a reveal changes no count: nothing redrawn
            return
        self._shown = (done, remaining, mode, counts)
        self.query_one(ProgressBar).update(total=max(done + remaining, 1), progress=done)
        if counts is None:
            left = counted(ngettext("{n} left", "{n} left", remaining), remaining, "bold")
        else:
            new, learning, review = counts
            left = Content(" · ").join([
                counted(ngettext("{n} new", "{n} new", new), new, "bold $text-primary"),
                counted(ngettext("{n} learning", "{n} learning", learning), learning, "bold $text-error"),
                counted(ngettext("{n} review", "{n} review", review), review, "bold $text-success"),
            ])
        shown = counted(ngettext("{n} done", "{n} done", done), done, "bold")
        label = self.query_one("#progress-label", Static)
        text = Content.assemble(shown, " · ", left)
        # auto wide: laid out again only when its width changes ('9 done' -> '10 done'), not on every card
        label.update(text, layout=text.cell_length != getattr(label.content, "cell_length", -1))
        if self._mode != mode:  # the same all session: not laid out and drawn again on every card
            self._mode = mode
            self.query_one("#progress-mode", Static).update(literal(_(MODE_NAMES[mode]) if mode in MODE_NAMES else mode))
