"""Session progress: a bar of cards done over cards in the session, and the counts."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import ProgressBar, Static

from .literal import literal


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

    def compose(self) -> ComposeResult:
        yield ProgressBar(total=1, show_eta=False, show_percentage=False, id="progress-bar")
        yield Static(id="progress-label", markup=False)
        yield Static(id="progress-mode", markup=False)

    def set_counts(self, done: int, remaining: int, mode: str = "", counts: tuple[int, int, int] | None = None) -> None:
        """`counts`: Anki's new / learning / review left, shown instead of "N left"."""
        self.query_one(ProgressBar).update(total=max(done + remaining, 1), progress=done)
        if counts is None:
            left = Content.assemble((str(remaining), "bold"), " left")
        else:
            new, learning, review = counts
            left = Content.assemble(
                (str(new), "bold $text-primary"), " new · ", (str(learning), "bold $text-error"),
                " learning · ", (str(review), "bold $text-success"), " review",
            )
        self.query_one("#progress-label", Static).update(Content.assemble((str(done), "bold"), " done · ", left))
        self.query_one("#progress-mode", Static).update(literal(mode))
