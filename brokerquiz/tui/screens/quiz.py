"""The quiz screen: a question, pick (1-9) or type the answer, see at once why; a score at the end.

It is drawn with the study screen's pieces (the progress bar, the framed card with its
deck › table › row line, the numbered choices, the hint line), so the two feel like one app;
only the rules differ: no rating, the schedule is never moved.
"""

from __future__ import annotations

import random

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Static

from ...core.cards import subject_aliases
from ...core.deck import DeckError
from ...core.library import open_deck
from ...core.quiz import DEFAULT_COUNT, QuizError, QuizSession, feedback_lines, pick_quiz_cards, record_result
from ...core.store import StoreError
from ..widgets.card_view import CardView
from ..widgets.choices import ChoiceList
from ..widgets.literal import assemble, literal, printable, styled
from ..widgets.progress import SessionProgress

# feedback line kind (from core.quiz.feedback_lines) -> theme style
STYLES = {
    "verdict-right": "bold $text-success",
    "verdict-partly": "bold $text-warning",
    "verdict-wrong": "bold $text-error",
    "reason": "italic",
    "answer": "bold",
    "explanation": "$text-muted",
    "nuance": "$text-secondary",
}
VERDICT_MARK = {"right": ("✔", "$text-success"), "partly": ("◐", "$text-warning"), "wrong": ("✘", "$text-error")}


class QuizScreen(Screen):
    """An untimed round: multiple choice with number keys (or clicks), short answers typed."""

    DEFAULT_CSS = """
    QuizScreen #quiz-body { height: 1fr; padding: 1 2 0 2; scrollbar-size-vertical: 1; }
    QuizScreen #quiz-answer { margin: 1 1 0 1; }
    QuizScreen #quiz-feedback { height: auto; border: round $secondary 50%; padding: 0 1; margin: 1 0 0 0; }
    QuizScreen #quiz-summary { height: auto; }
    QuizScreen #quiz-summary Static { height: auto; }
    QuizScreen #quiz-summary .score { text-style: bold; margin: 0 0 1 0; }
    QuizScreen #quiz-summary .indent { margin: 0 0 0 4; }
    QuizScreen #quiz-summary .miss { height: auto; }
    QuizScreen #quiz-summary .miss .mark { width: 2; }
    QuizScreen #quiz-summary .miss Static { width: 1fr; }
    QuizScreen #quiz-summary .note { color: $text-muted; margin: 1 0 0 0; }
    QuizScreen #quiz-hint { height: 1; padding: 0 2; color: $text-muted; }
    /* below 28 rows, as study does: no frame, so the feedback fits an 80x24 terminal */
    QuizScreen.-short #quiz-body { padding: 0 1; }
    QuizScreen.-short CardView { border: none; border-bottom: hkey $primary 60%; padding: 0 1; }
    QuizScreen.-short ChoiceList { margin: 0; }
    QuizScreen.-short #quiz-hint { display: none; }
    """
    BINDINGS = [
        *(Binding(str(n), f"toggle({n - 1})", "Toggle", key_display="1-9", show=n == 1, id=f"quiz.pick{n}") for n in range(1, 10)),
        Binding("enter", "check", "Check", id="quiz.check", tooltip="Grade the picked choices"),
        Binding("enter", "next", "Next", id="quiz.next", tooltip="The next question (or the score)"),
        Binding("r", "again", "New round", id="quiz.again", tooltip="Another round with other questions"),
        Binding("escape,q", "close", "Close", id="quiz.close", tooltip="Leave the quiz; answers given are saved"),
        Binding("down,j", "scroll('down')", "Scroll", show=False),
        Binding("up,k", "scroll('up')", "Scroll", show=False),
        Binding("pagedown", "scroll('page_down')", "Scroll", show=False),
        Binding("pageup", "scroll('page_up')", "Scroll", show=False),
    ]
    """1-9 toggle a choice, Enter checks then goes on, r starts a new round at the end, Esc or q
    leaves; `check_action` shows only the keys that do something now."""

    VERTICAL_BREAKPOINTS = [(0, "-short"), (28, "-tall")]

    def __init__(
        self,
        deck_name: str | None = None,
        *,
        count: int = DEFAULT_COUNT,
        kind: str = "all",
        seed: int | None = None,
        **options,
    ) -> None:
        super().__init__()
        self.deck_name = deck_name
        self.count = count
        self.kind = kind
        self.seed = seed if seed is not None else random.randrange(1_000_000)
        self.answered = False  # feedback for the current question is on screen
        self.session: QuizSession | None = None
        self.error: str | None = None
        try:
            self.deck, cards = open_deck(deck_name)
            self.cards = cards
            self.questions = pick_quiz_cards(cards, kind=kind, count=count, seed=self.seed)
        except (DeckError, QuizError) as error:  # a DeckError's text is its FILE:LINE:COL lines
            self.error = str(error)

    def compose(self) -> ComposeResult:
        yield Header()
        yield SessionProgress(id="quiz-progress")
        with VerticalScroll(id="quiz-body"):
            yield CardView(id="quiz-card")
            yield ChoiceList(id="quiz-choices")
            yield Input(placeholder="Type your answer · Enter checks", id="quiz-answer")
            yield Static("", id="quiz-feedback", markup=False)
            yield Vertical(id="quiz-summary")
        yield Static("", id="quiz-hint", markup=False)
        yield Footer()

    async def on_mount(self) -> None:
        if self.error:
            self.notify(self.error, title="Cannot start the quiz", severity="error", markup=False)
            self.close()
            return
        self.title = "brokerquiz — quiz"
        self.sub_title = printable(self.deck.title)
        try:
            self.app.store.sync_cards(self.deck.id, self.cards)
        except StoreError as error:  # a busy db: a message, not a crash
            self.notify(str(error), title="Cannot start the quiz", severity="error", markup=False)
            self.close()
            return
        self.session = QuizSession(self.questions, self.app.clock, aliases=subject_aliases(self.deck))
        self.query_one("#quiz-summary").display = False
        await self.show_question()

    # ---------------------------------------------------------------- views

    def _progress(self) -> None:
        session = self.session
        score = f"quiz · score {session.percent()}%" if session.results else "quiz"
        self.query_one(SessionProgress).set_counts(session.index, session.total - session.index, score)

    async def show_question(self) -> None:
        session = self.session
        card = session.current
        self._progress()
        if card is None:
            await self.show_summary()
            return
        session.shown()
        self.answered = False
        self.query_one(CardView).show(card)
        self.query_one("#quiz-feedback", Static).display = False
        answer = self.query_one("#quiz-answer", Input)
        choices = self.query_one(ChoiceList)
        choices.display = card.is_choice
        answer.display = not card.is_choice
        if card.is_choice:
            await choices.set_choices(card.choices or ())
            self.set_focus(None)
            # a rating has one right mark; which broker fits may be several
            several = "" if card.kind == "rating" else " (several may be right)"
            self._hint(("1-9", "bold"), f" toggle{several} · ", ("Enter", "bold"), " check")
        else:
            answer.value = ""
            answer.disabled = False
            answer.focus()
            self._hint(("Enter", "bold"), " checks · an empty answer shows it")
        self.query_one("#quiz-body", VerticalScroll).scroll_home(animate=False)
        self.refresh_bindings()
        self.app.first_paint_done()

    def _hint(self, *parts) -> None:
        self.query_one("#quiz-hint", Static).update(Content.assemble(*parts))

    def show_feedback(self, result) -> None:
        lines = [styled(line, STYLES.get(kind.split(" ")[0], "")) for kind, line in feedback_lines(result)]
        feedback = self.query_one("#quiz-feedback", Static)
        feedback.update(Content("\n").join(lines))
        feedback.display = True
        last = self.session.finished
        self._hint(("Enter", "bold"), " the score" if last else " next question")

    async def show_summary(self) -> None:
        session = self.session
        for widget_id in ("#quiz-card", "#quiz-choices", "#quiz-answer", "#quiz-feedback"):
            self.query_one(widget_id).display = False
        self.answered = False  # the last feedback is gone: Enter has nothing left to do
        summary = self.query_one("#quiz-summary", Vertical)
        await summary.remove_children()
        rows: list[Static | Horizontal] = [
            Static(
                Content(
                    f"Score: {session.score:.1f}/{session.total} ({session.percent()}%) · {session.right} right"
                ),
                classes="score",
            )
        ]
        misses = [r for r in session.results if r.grade.verdict != "right"]
        if misses:
            rows.append(Static(Content.styled("To look at again:", "bold")))
            for r in misses:
                mark, style = VERDICT_MARK[r.grade.verdict]
                # the mark in its own column, so a long question wraps under its text
                rows.append(
                    Horizontal(
                        Static(Content.styled(mark, f"bold {style}"), classes="mark"),
                        Static(literal(r.card.front)),
                        classes="miss",
                    )
                )
                rows.append(Static(assemble(("you: ", "$text-muted"), r.answer or "(nothing)"), classes="indent"))
                rows.append(Static(assemble(("answer: ", "$text-muted"), (r.card.back, "bold")), classes="indent"))
        else:
            rows.append(Static(Content.styled("Everything right.", "$text-success")))
        rows.append(
            Static(
                Content(f"Answers are in your history (mode quiz); your study schedule is unchanged. Seed {self.seed}."),
                classes="note",
            )
        )
        await summary.mount_all(rows)
        summary.display = True
        self.set_focus(None)
        self._hint(("r", "bold"), " new round · ", ("q", "bold"), " close · ", ("↑↓", "bold"), " scroll")
        self.query_one("#quiz-body", VerticalScroll).scroll_home(animate=False)
        self.refresh_bindings()

    # ---------------------------------------------------------------- which keys work now

    def _typing(self) -> bool:
        answer = self.query_one("#quiz-answer", Input)
        return self.focused is answer and not answer.disabled

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        session = self.session
        card = session.current if session else None
        if action == "toggle":
            return card is not None and card.is_choice and not self.answered and int(parameters[0]) < len(card.choices or ())
        if action == "check":
            return card is not None and card.is_choice and not self.answered
        if action == "next":
            return self.answered
        if action == "again":
            return session is not None and session.finished and not self.answered
        return True

    # ---------------------------------------------------------------- actions

    def action_toggle(self, index: int) -> None:
        self.query_one(ChoiceList).toggle(index)

    @on(ChoiceList.Toggled)
    def _clicked_choice(self, event: ChoiceList.Toggled) -> None:
        if not self.answered:
            self.query_one(ChoiceList).toggle(event.index)

    async def action_check(self) -> None:
        card = self.session.current if self.session else None
        if card is None or not card.is_choice or self.answered:
            return
        self.finish_answer(self.session.answer_choice(self.query_one(ChoiceList).picked))

    async def action_next(self) -> None:
        if self.answered:  # after the last feedback this shows the score
            await self.show_question()

    async def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.session is None or self.session.finished:
            return
        if self.answered:
            await self.show_question()
            return
        result = self.session.answer_text(event.value)
        event.input.disabled = True
        self.finish_answer(result)

    def finish_answer(self, result) -> None:
        self.answered = True
        try:
            record_result(self.app.store, result, self.app.clock.now())
        except StoreError as error:
            self.notify(f"answer not saved: {error}", severity="error", markup=False)
        if result.card.is_choice:
            self.query_one(ChoiceList).show_result(result.card.correct, result.card.optional)
        self.show_feedback(result)
        self._progress()
        self.set_focus(None)  # Enter now goes to the screen: next question
        self.refresh_bindings()

    def action_again(self) -> None:
        """A new round on the same deck and kind, other questions (a new seed)."""
        self.app.switch_screen(QuizScreen(self.deck_name, count=self.count, kind=self.kind))

    def action_scroll(self, where: str) -> None:
        """Scroll the question or the score when taller than the terminal (nothing has focus)."""
        getattr(self.query_one("#quiz-body", VerticalScroll), f"scroll_{where}")(animate=False)

    def action_close(self) -> None:
        if self._typing() and self.focused.value:
            self.focused.value = ""  # Esc first clears a half-typed answer
            return
        self.close()

    def close(self) -> None:
        """Back to the screen underneath (home), or out of the app when the quiz was the start."""
        if len(self.app.screen_stack) <= 2:
            self.app.exit()
        else:
            self.app.pop_screen()
