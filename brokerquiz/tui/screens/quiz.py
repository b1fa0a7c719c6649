"""The quiz screen: a question, pick (1-9) or type the answer, see at once why; a score at the end."""

from __future__ import annotations

import random

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Static

from ...core.cards import subject_aliases
from ...core.deck import DeckError
from ...core.library import open_deck
from ...core.quiz import DEFAULT_COUNT, QuizError, QuizSession, feedback_lines, pick_quiz_cards, record_result
from ...core.store import StoreError

STYLES = {
    "verdict-right": "bold green",
    "verdict-partly": "bold yellow",
    "verdict-wrong": "bold red",
    "reason": "italic",
    "answer": "bold",
    "explanation": "",
    "nuance": "cyan",
}


class QuizScreen(Screen):
    """An untimed round: multiple choice with number keys, short answers typed."""

    DEFAULT_CSS = """
    QuizScreen #quiz-body { padding: 0 1; }
    QuizScreen #quiz-progress { color: $text-muted; height: auto; }
    QuizScreen #quiz-prompt { text-style: bold; margin: 1 0; height: auto; }
    QuizScreen #quiz-choices { height: auto; margin-bottom: 1; }
    QuizScreen #quiz-feedback { height: auto; border: round $accent; padding: 0 1; }
    QuizScreen #quiz-summary { height: auto; }
    """
    BINDINGS = [
        Binding("1", "toggle(0)", show=False),
        Binding("2", "toggle(1)", show=False),
        Binding("3", "toggle(2)", show=False),
        Binding("4", "toggle(3)", show=False),
        Binding("5", "toggle(4)", show=False),
        Binding("6", "toggle(5)", show=False),
        Binding("7", "toggle(6)", show=False),
        Binding("8", "toggle(7)", show=False),
        Binding("9", "toggle(8)", show=False),
        Binding("enter", "go", "Answer / next", id="quiz-go", tooltip="Submit the picks, or go on after the feedback"),
        Binding("escape,q", "close", "Close", id="quiz-close", tooltip="Leave the quiz; answers given are saved"),
    ]
    """1-9 toggle a choice, Enter submits (then goes on), Esc or q leaves."""

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
        self.seed = seed if seed is not None else random.randrange(1_000_000)
        self.picked: set[int] = set()
        self.answered = False  # feedback for the current question is on screen
        self.session: QuizSession | None = None
        self.error: str | None = None
        try:
            self.deck, cards = open_deck(deck_name)
            self.cards = cards
            self.questions = pick_quiz_cards(cards, kind=kind, count=count, seed=self.seed)
        except DeckError as error:
            self.error = "\n".join(str(p) for p in error.problems)
        except QuizError as error:
            self.error = str(error)

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="quiz-body"):
            yield Static("", id="quiz-progress", markup=False)
            yield Static("", id="quiz-prompt", markup=False)
            yield Static("", id="quiz-choices", markup=False)
            yield Input(placeholder="Type your answer, Enter to check", id="quiz-answer")
            yield Static("", id="quiz-feedback", markup=False)
            yield Static("", id="quiz-summary", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        if self.error:
            self.notify(self.error, title="Cannot start the quiz", severity="error", markup=False)
            self.app.pop_screen()
            return
        self.app.store.sync_cards(self.deck.id, self.cards)
        self.session = QuizSession(self.questions, self.app.clock, aliases=subject_aliases(self.deck))
        self.show_question()

    # ---------------------------------------------------------------- views

    def show_question(self) -> None:
        session = self.session
        card = session.current
        if card is None:
            self.show_summary()
            return
        session.shown()
        self.answered = False
        self.picked = set()
        self.query_one("#quiz-progress", Static).update(
            Text(f"Question {session.index + 1}/{session.total} · {card.kind} · score {session.percent()}%")
        )
        # the section title only: the third context item of a use-case card is its answer
        context = card.context[1] if len(card.context) > 1 else ""
        if card.front.startswith(context):
            context = ""
        prompt = Text(card.front)
        if context:
            prompt = Text.assemble((context + "\n", "dim"), prompt)
        self.query_one("#quiz-prompt", Static).update(prompt)
        self.query_one("#quiz-feedback", Static).display = False
        answer = self.query_one("#quiz-answer", Input)
        choices = self.query_one("#quiz-choices", Static)
        if card.is_choice:
            answer.display = False
            choices.display = True
            self.render_choices()
            self.set_focus(None)
        else:
            choices.display = False
            answer.display = True
            answer.value = ""
            answer.disabled = False
            answer.focus()
        self.app.first_paint_done()

    def render_choices(self, result=None) -> None:
        card = self.session.current if result is None else result.card
        text = Text()
        for i, choice in enumerate(card.choices or ()):
            mark = "[x]" if i in self.picked else "[ ]"
            style = ""
            if result is not None:
                if i in card.correct:
                    style = "green"
                elif i in card.optional:
                    style = "yellow"
                elif i in self.picked:
                    style = "red"
            text.append(f"{mark} {i + 1}. ", style=style or "bold")
            text.append(choice, style=style)
            text.append("\n")
        hint = "1-9 pick (several may be right), Enter to check" if result is None else "Enter: next question"
        text.append(hint, style="dim")
        self.query_one("#quiz-choices", Static).update(text)

    def show_feedback(self, result) -> None:
        text = Text()
        for i, (kind, line) in enumerate(feedback_lines(result)):
            text.append(("\n" if i else "") + line, style=STYLES.get(kind.split(" ")[0], ""))
        text.append("\nEnter: next question", style="dim")
        feedback = self.query_one("#quiz-feedback", Static)
        feedback.update(text)
        feedback.display = True

    def show_summary(self) -> None:
        session = self.session
        for widget_id in ("#quiz-prompt", "#quiz-choices", "#quiz-answer", "#quiz-feedback"):
            self.query_one(widget_id).display = False
        self.query_one("#quiz-progress", Static).update(Text(f"Quiz over · seed {self.seed}"))
        text = Text()
        text.append(
            f"Score: {session.score:.1f}/{session.total} ({session.percent()}%) · {session.right} right\n\n",
            style="bold",
        )
        misses = [r for r in session.results if r.grade.verdict != "right"]
        if misses:
            text.append("To look at again:\n", style="bold")
            for r in misses:
                text.append(f"  ✘ {r.card.front}\n", style="red" if r.grade.verdict == "wrong" else "yellow")
                text.append(f"    you: {r.answer or '(nothing)'}\n    answer: {r.card.back}\n")
        else:
            text.append("Everything right.\n", style="green")
        text.append("\nAnswers are in your history (mode quiz); your study schedule is unchanged.\n", style="dim")
        text.append("q or Esc: close", style="dim")
        self.query_one("#quiz-summary", Static).update(text)
        self.set_focus(None)

    # ---------------------------------------------------------------- actions

    def action_toggle(self, index: int) -> None:
        card = self.session.current if self.session else None
        if card is None or not card.is_choice or self.answered or index >= len(card.choices):
            return
        self.picked ^= {index}
        self.render_choices()

    def action_go(self) -> None:
        if self.session is None:
            return
        if self.answered:  # after the last feedback this shows the score
            self.answered = False
            self.show_question()
            return
        if self.session.finished:
            return
        card = self.session.current
        if card.is_choice:
            self.finish_answer(self.session.answer_choice(self.picked))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.session is None or self.session.finished:
            return
        if self.answered:
            self.show_question()
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
            self.render_choices(result)
        self.show_feedback(result)
        self.set_focus(None)  # Enter now goes to the screen: next question

    def action_close(self) -> None:
        if self.focused is not None and isinstance(self.focused, Input) and self.focused.value:
            self.focused.value = ""  # Esc first clears a half-typed answer
            return
        if len(self.app.screen_stack) <= 2:
            self.app.exit()
        else:
            self.app.pop_screen()
