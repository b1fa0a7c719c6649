"""The quiz screen: a question, pick (1-9) or type the answer, see at once why; a score at the end.

It is drawn with the study screen's pieces (the progress bar, the framed card with its
deck › table › row line, the numbered choices, the hint line), so the two feel like one app;
only the rules differ: no rating, the schedule is never moved.
"""

from __future__ import annotations

from dataclasses import replace

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, Input, Static

from ...core.deck.load import DeckError
from ...core.deck.library import open_deck
from ...core.heap import collect_between_keys
from ...core.sessions.options import mode_options
from ...core.sessions.quiz import QuizError, QuizOptions, QuizSession, note_lines, start_quiz
from ...core.store.facade import StoreError
from ...core.sessions.verdict_words import line_label, line_name, verdict_mark
from ...core.translate import N_, _
from ..format import format_decimal
from ..widgets.answer_diff import AnswerDiff
from ..widgets.card_view import CardView
from ..widgets.choices import ChoiceList
from ..widgets.confirm import ConfirmLeave
from ..widgets.key_hint import key_hint
from ..widgets.literal import assemble, literal, printable, styled
from ..widgets.progress import SessionProgress
from ..widgets.study_footer import StudyFooter
from ..translated import TranslatedBindings

# note line kind (from core.quiz.note_lines) -> theme style
STYLES = {"explanation": "$text-muted", "nuance": "$text-secondary"}
#: Seconds after a typed question's frame before the grader prepares its card (the frame reaches the terminal first).
PREPARE_AFTER = 0.01
VERDICT_STYLE = {"right": "$text-success", "partly": "$text-warning", "wrong": "$text-error"}


class QuizScreen(TranslatedBindings, Screen):
    """An untimed round: multiple choice with number keys (or clicks), short answers typed."""

    BINDINGS = [
        *(Binding(str(n), f"toggle({n - 1})", N_("Pick"), key_display="1-9", show=n == 1, id=f"quiz.pick{n}") for n in range(1, 10)),
        Binding("enter", "check", N_("Check"), id="quiz.check", tooltip=N_("Grade the picked choices")),
        Binding("enter", "next", N_("Next"), id="quiz.next", tooltip=N_("The next question (or the score)")),
        Binding("escape", "dont_know", N_("I don't know"), id="quiz.dont_know", tooltip=N_("Not known: show the answer")),
        Binding("r", "again", N_("New round"), id="quiz.again", tooltip=N_("Another round with other questions")),
        Binding("q", "close", N_("Leave"), id="quiz.close", tooltip=N_("Leave the quiz (asks first once answers are given)")),
        Binding("ctrl+l", "close", N_("Leave"), id="quiz.close_typing", tooltip=N_("Leave the quiz while typing")),
        Binding("down,j", "scroll('down')", N_("Scroll"), show=False),
        Binding("up,k", "scroll('up')", N_("Scroll"), show=False),
        Binding("pagedown", "scroll('page_down')", N_("Scroll"), show=False),
        Binding("pageup", "scroll('page_up')", N_("Scroll"), show=False),
    ]
    """1-9 pick a choice, Enter checks then goes on, Esc on a question is "I don't know" (as in
    typed study), r starts a new round at the end, q (ctrl+l while typing) leaves, asking first
    once answers are given, then shows the score so far; `check_action` shows only the keys
    that do something now."""

    VERTICAL_BREAKPOINTS = [(0, "-short"), (28, "-tall")]

    def __init__(
        self,
        deck_name: str | None = None,
        *,
        options: QuizOptions | None = None,
        session: QuizSession | None = None,
        **given,
    ) -> None:
        """`session`: built by the command (deck loaded, cards picked and synced there); else
        the round `options` (or keyword options, typed here at once) ask for is built here."""
        super().__init__()
        self.deck_name = deck_name
        self.options: QuizOptions = options if options is not None else mode_options("quiz", **given)
        self.answered = False  # feedback for the current question is on screen
        self.left_early = False  # left with questions to go: the summary is the score so far
        self.session: QuizSession | None = session
        self.cards = None  # the deck's cards, to sync on mount when the screen built the round
        self.error: str | None = None
        if session is not None:
            self.deck = session.deck
            return
        try:
            self.deck, self.cards = open_deck(deck_name)
        except DeckError as error:  # its text is its FILE:LINE:COL lines
            self.error = str(error)

    def compose(self) -> ComposeResult:
        yield Header()
        yield SessionProgress(id="quiz-progress")
        with VerticalScroll(id="quiz-body"):
            yield CardView(id="quiz-card")
            yield ChoiceList(id="quiz-choices")
            yield Input(placeholder=_("Type your answer · Enter checks"), id="quiz-answer")
            with Vertical(id="quiz-feedback"):
                yield AnswerDiff(id="quiz-verdict")
                yield Static("", id="quiz-notes", markup=False)
            yield Vertical(id="quiz-summary")
        yield Static("", id="quiz-hint", markup=False)
        yield StudyFooter()  # the keys change in the key's own frame (Footer redraws them in a later one)

    async def on_mount(self) -> None:
        if self.error:
            self.notify(self.error, title=_("Cannot start the quiz"), severity="error", markup=False)
            self.close()
            return
        self.title = _("brokerquiz — quiz")
        self.sub_title = printable(self.deck.title)
        if self.session is None:  # opened from home, not by the command: pick and sync once, here
            try:
                self.session = start_quiz(self.deck, self.cards, self.options, self.app.clock, store=self.app.store)
            except (QuizError, StoreError) as error:  # no such cards, a busy db: a message, not a crash
                self.notify(str(error), title=_("Cannot start the quiz"), severity="error", markup=False)
                self.close()
                return
        self.query_one("#quiz-summary").display = False
        await self.show_question()

    # ---------------------------------------------------------------- views

    def _progress(self) -> None:
        session = self.session
        score = _("quiz · score {percent}%").format(percent=session.percent()) if session.results else _("quiz")
        self.query_one(SessionProgress).set_counts(session.index, session.total - session.index, score)

    async def show_question(self) -> None:
        session = self.session
        card = session.current
        self._progress()
        if card is None or self.left_early:
            await self.show_summary()
            return
        session.shown()
        self.answered = False
        self.query_one(CardView).show(card)
        self.query_one("#quiz-feedback").display = False
        answer = self.query_one("#quiz-answer", Input)
        choices = self.query_one(ChoiceList)
        choices.display = card.is_choice
        answer.display = not card.is_choice
        if card.is_choice:
            await choices.set_choices(card.choices or (), card)  # says what to pick: one, n, all that fit
            self.set_focus(None)
            self._hint(("1-9", _("pick")), ("Enter", _("check")), ("Esc", _("I don't know")))
        else:
            answer.value = ""
            answer.disabled = False
            answer.focus()
            self._hint(("Enter", _("checks")), ("Esc", _("I don't know")))
        self.query_one("#quiz-body", VerticalScroll).scroll_home(animate=False)
        self.refresh_bindings()
        self.app.first_paint_done()
        if not card.is_choice:
            self.call_after_refresh(self._prepare_soon)

    def _prepare_soon(self) -> None:
        """After the frame is written: a little later, between keys, what grading the typed
        answer reads of the deck alone (`QuizSession.prepare_grading`)."""
        self.set_timer(PREPARE_AFTER, self._prepare_grading)

    def _prepare_grading(self) -> None:
        if self.is_current and not self.answered and self.session.current is not None:
            self.session.prepare_grading()
        collect_between_keys()  # a full collection due runs now, not on the typed answer (core.heap)

    def _hint(self, *parts) -> None:
        self.query_one("#quiz-hint", Static).update(key_hint(*parts))

    def show_feedback(self, result) -> None:
        """The verdict block study shows too (verdict, you, expected, missing), then the notes."""
        card = result.card
        self.query_one(AnswerDiff).show_grade(result.grade, result.answer, card.back, choices=card.is_choice)
        notes = self.query_one("#quiz-notes", Static)
        lines = [styled(line, STYLES.get(kind, "")) for kind, line in note_lines(result)]
        notes.update(Content("\n").join(lines))
        notes.display = bool(lines)
        self.query_one("#quiz-feedback").display = True
        last = self.session.finished
        self._hint(("Enter", _("the score") if last else _("next question")))

    async def show_summary(self) -> None:
        session = self.session
        for widget_id in ("#quiz-card", "#quiz-choices", "#quiz-answer", "#quiz-feedback"):
            self.query_one(widget_id).display = False
        self.answered = False  # the last feedback is gone: Enter has nothing left to do
        summary = self.query_one("#quiz-summary", Vertical)
        await summary.remove_children()
        asked = len(session.results)
        score = _("Score: {score}/{asked} ({percent}%) · {right} right").format(
            score=format_decimal(session.score), asked=asked, percent=session.percent(), right=session.right)
        if self.left_early:
            score += " · " + _("left after {asked} of {total}").format(asked=asked, total=session.total)
        rows: list[Static | Horizontal] = [Static(Content(score), classes="score")]
        misses = [r for r in session.results if r.grade.verdict != "right"]
        if misses:
            rows.append(Static(Content.styled(_("To look at again:"), "bold")))
            for r in misses:
                mark, style = verdict_mark(r.grade.verdict), VERDICT_STYLE[r.grade.verdict]
                # the mark in its own column, so a long question wraps under its text
                rows.append(
                    Horizontal(
                        Static(Content.styled(mark, f"bold {style}"), classes="mark"),
                        Static(literal(r.card.front)),
                        classes="miss",
                    )
                )
                rows.append(Static(assemble((line_label("you"), "$text-muted"), r.answer or line_name("nothing")), classes="indent"))
                rows.append(Static(assemble((line_label("expected"), "$text-muted"), (r.card.back, "bold")), classes="indent"))
        else:
            rows.append(Static(Content.styled(_("Everything right."), "$text-success")))
        rows.append(
            Static(
                Content(_("Answers are in your history (mode quiz); your study schedule is unchanged. Seed {seed}.").format(
                    seed=session.seed)),
                classes="note",
            )
        )
        await summary.mount_all(rows)
        summary.display = True
        self.set_focus(None)
        self._hint(("r", _("new round")), ("q", _("close")), ("↑↓", _("scroll")))
        self.query_one("#quiz-body", VerticalScroll).scroll_home(animate=False)
        self.refresh_bindings()

    # ---------------------------------------------------------------- which keys work now

    def _typing(self) -> bool:
        answer = self.query_one("#quiz-answer", Input)
        return self.focused is answer and not answer.disabled

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        session = self.session
        card = session.current if session else None
        if self.left_early:  # the score so far is on screen: only a new round or leaving
            return action in ("again", "close", "scroll")
        if action == "toggle":
            return card is not None and card.is_choice and not self.answered and int(parameters[0]) < len(card.choices or ())
        if action == "check":
            return card is not None and card.is_choice and not self.answered
        if action == "next":
            return self.answered
        if action == "dont_know":
            return card is not None and not self.answered and not self.left_early
        if action == "again":
            return session is not None and (session.finished or self.left_early) and not self.answered
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
        if result.unsaved:  # the session records each answer; a busy db is said, not fatal
            self.notify(_("answer not saved: {error}").format(error=result.unsaved), severity="error", markup=False)
        if result.card.is_choice:
            self.query_one(ChoiceList).show_result(result.card.correct, result.card.optional)
        self.show_feedback(result)
        self._progress()
        self.set_focus(None)  # Enter now goes to the screen: next question
        self.refresh_bindings()

    def action_again(self) -> None:
        """A new round on the same deck and kind, other questions (a new seed)."""
        self.app.switch_screen(QuizScreen(self.deck_name, options=replace(self.options, seed=None)))

    def action_scroll(self, where: str) -> None:
        """Scroll the question or the score when taller than the terminal (nothing has focus)."""
        getattr(self.query_one("#quiz-body", VerticalScroll), f"scroll_{where}")(animate=False)

    async def action_dont_know(self) -> None:
        """Esc on a question: "I don't know", scored as not known, the answer shown (as in study)."""
        if self.session is None or self.session.current is None or self.answered or self.left_early:
            return
        self.query_one("#quiz-answer", Input).disabled = True
        self.finish_answer(self.session.dont_know())

    def action_close(self) -> None:
        """Leave; with answers given and questions to go, ask first, then show the score so far."""
        session = self.session
        if session is None or session.finished or self.left_early or not session.results:
            self.close()
            return

        async def answered(leave: bool | None) -> None:
            if leave:
                self.left_early = True
                await self.show_summary()

        done = len(session.results)
        self.app.push_screen(
            ConfirmLeave(_("Leave the quiz after {done} of {total} questions?\nYou will see the score so far; "
                           "the answers given are saved.").format(done=done, total=session.total)),
            answered,
        )

    def close(self) -> None:
        """Back to the screen underneath (home), or out of the app when the quiz was the start."""
        if len(self.app.screen_stack) <= 2:
            self.app.exit()
        else:
            self.app.pop_screen()
