"""The mock-interview screen: one open question at a time, two countdowns, no feedback until
the report (as in a real interview)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Input, Static

from ...core.deck.load import DeckError
from ...core.sessions.interview.session import InterviewOptions, InterviewReport, InterviewSession, start_interview
from ...core.sessions.options import mode_options
from ...core.deck.library import deck_argument, open_deck
from ...errors import SessionError
from ...core.store.facade import StoreError
from ...core.translate import N_, _
from ..widgets.confirm import ConfirmLeave
from ..widgets.countdown import Countdown
from ..widgets.literal import literal, printable
from ..widgets.study_footer import StudyFooter
from ..translated import TranslatedBindings

TICK_SECONDS = 0.25
GRADE_AFTER = 0.01  # seconds after the next question's frame: the terminal has it first (as study's PREPARE_AFTER)


class ConfirmAbandon(ConfirmLeave):
    """Asks before an interview is abandoned: True abandons, False goes back to the question
    (the shared yes/no dialog, with the interview's words and footer labels)."""

    BINDINGS = [
        Binding("y", "answer(True)", N_("Abandon"), id="abandon-yes", tooltip=N_("Stop; answers so far are saved")),
        Binding("n,escape", "answer(False)", N_("Keep going"), id="abandon-no", tooltip=N_("Back to the question")),
    ]
    """y abandons, n or Esc goes back."""

    def __init__(self) -> None:
        super().__init__(
            _("Abandon this interview?\nThe answers so far are saved and marked as abandoned; "
              "the clock keeps running meanwhile."),
            yes=_("Abandon (y)"),
        )


class InterviewScreen(TranslatedBindings, Screen):
    """A timed mock interview; at the end it saves the result and shows the report."""

    BINDINGS = [
        Binding("enter", "submit", N_("Submit"), id="interview-submit", tooltip=N_("Submit this answer, go to the next question")),
        Binding("escape", "dont_know", N_("I don't know"), id="interview-dont-know", tooltip=N_("Leave this question unanswered, go on")),
        Binding("ctrl+l", "abandon", N_("Leave"), id="interview-abandon", tooltip=N_("Stop the interview (asks first), see the report")),
    ]
    """Enter submits the answer (in the input); Esc is "I don't know" (unanswered, as in study
    and the quiz); ctrl+l asks before leaving, then shows the report of the answers so far."""

    VERTICAL_BREAKPOINTS = [(0, "-short"), (28, "-tall")]

    def __init__(
        self,
        deck_name: str | None = None,
        *,
        options: InterviewOptions | None = None,
        session: InterviewSession | None = None,
        **given,
    ) -> None:
        """`session`: built by the command (deck loaded and synced, questions picked there);
        else the interview `options` (or keyword options, typed here at once) ask for is built
        on mount."""
        super().__init__()
        self.deck_name = deck_name
        self.options: InterviewOptions = options if options is not None else mode_options("interview", **given)
        self.schedule = self.options.schedule
        self.session: InterviewSession | None = session
        self.report: InterviewReport | None = None
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
        per_question = self.options.seconds_per_question
        yield Countdown(per_question, self.options.total_s or per_question * self.options.questions, id="iv-countdown")
        with VerticalScroll(id="iv-body"):
            with Vertical(id="iv-question"):  # framed like a study card
                yield Static("", id="iv-progress", markup=False)
                yield Static("", id="iv-prompt", markup=False)
                yield Static("", id="iv-hint", markup=False)
            yield Input(placeholder=_("Type your answer · Enter submits"), id="iv-answer")
        yield StudyFooter()  # the keys change in the key's own frame (Footer redraws them in a later one)

    def on_mount(self) -> None:
        if self.error:
            self.notify(self.error, title=_("Cannot open the deck"), severity="error", markup=False)
            self.app.pop_screen()
            return
        self.title = _("brokerquiz — mock interview")
        self.sub_title = printable(self.deck.title)
        if self.session is None:  # opened from home, not by the command: sync and pick once, here
            try:
                # the drill commands name a shipped deck by its id, not by the path home passes
                self.session = start_interview(self.deck, self.cards, self.options, self.app.clock, self.app.store,
                                               deck_name=deck_argument(self.deck_name))
            except (StoreError, SessionError) as error:  # a busy db, a deck with nothing to ask
                self.notify(printable(str(error)), title=_("Cannot start the interview"), severity="error", markup=False)
                self.app.pop_screen()
                return
        self.session.start()  # the clocks run from the first question on screen
        countdown = self.query_one(Countdown)
        countdown.limit = self.session.total_s or 1
        self.show_question()
        self.set_interval(TICK_SECONDS, self.tick)

    # ---------------------------------------------------------------- the flow

    def show_question(self) -> None:
        session = self.session
        question = session.current
        if question is None:
            return
        self.query_one("#iv-progress", Static).update(
            literal(_("Question {number}/{total} · {topic}").format(
                number=session.index + 1, total=len(session.questions), topic=question.topic_label))
        )
        self.query_one("#iv-prompt", Static).update(literal(question.prompt))
        hint = self.query_one("#iv-hint", Static)
        hint.update(literal(question.hint))
        hint.display = bool(question.hint)  # no empty line under a question without a hint
        answer = self.query_one("#iv-answer", Input)
        answer.value = ""
        answer.focus()
        self.update_countdown()
        self.app.first_paint_done()
        self.call_after_refresh(self._grade_soon)

    def _grade_soon(self) -> None:
        """After the frame is written: grade the answers given a little later, between keys
        (nothing shows a grade before the report, which would grade them itself)."""
        self.set_timer(GRADE_AFTER, self.session.grade_answers)

    def update_countdown(self) -> None:
        left = self.session.remaining()
        self.query_one(Countdown).show(left.question, left.total)

    def tick(self) -> None:
        """Read the clock: submit on a question's timeout, end at the interview's limit."""
        if self.session is None or self.session.finished:
            return
        if self.app.screen is not self:
            return  # the abandon question is open: time is applied once it is answered
        event = self.session.tick()
        if event == "timeout":
            self.notify(_("Time is up: your answer was submitted."), timeout=2)
            self.show_question()
        elif event == "finished":
            self.finish()
        else:
            self.update_countdown()

    def on_input_changed(self, event: Input.Changed) -> None:
        if self.session is not None and not self.session.finished:
            self.session.draft = event.value

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.session is None or self.session.finished:
            return
        if self.session.tick() == "finished":  # time ran out just before Enter
            self.finish()
            return
        self.session.submit(event.value)
        if self.session.finished:
            self.finish()
        else:
            self.show_question()

    def action_submit(self) -> None:
        """Enter pressed outside the answer box: the same as Enter inside it."""
        answer = self.query_one("#iv-answer", Input)
        self.post_message(Input.Submitted(answer, answer.value))

    def action_dont_know(self) -> None:
        """Esc: this question unanswered (scores 0, not counted as answered), the next one."""
        if self.session is None or self.session.finished:
            return
        if self.session.tick() == "finished":  # time ran out just before Esc
            self.finish()
            return
        self.session.dont_know()
        if self.session.finished:
            self.finish()
        else:
            self.show_question()

    def action_abandon(self) -> None:
        if self.session is None or self.session.finished:
            return

        def answered(abandon: bool | None) -> None:
            if abandon and not self.session.finished:
                self.session.abandon()
                self.finish()

        self.app.push_screen(ConfirmAbandon(), answered)

    def finish(self) -> None:
        """Save the interview, send wrong answers to Again, and show the report."""
        if self.report is not None:
            return
        from .report import ReportScreen  # the report is only needed once, at the end

        outcome = self.session.finish()  # saves and reschedules in core
        for problem in outcome.problems:  # a busy db: the report still shows
            self.notify(problem, severity="error", markup=False)
        self.report = outcome
        self.app.switch_screen(ReportScreen(self.report, schedule=self.schedule, deck_title=self.deck.title))
