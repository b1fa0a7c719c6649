"""The study screen: one card at a time, flipped or typed, rated like Anki, undoable.

The screen only draws and routes keys; every rule (queue, grading, rating, undo, learning
steps) lives in `brokerquiz.core.sessions.study.StudySession`.

Keys (the footer shows the ones that work right now):

* question, flip mode: space shows the answer.
* question, typed mode: type, Enter checks, Esc shows the answer ("I don't know", Again);
  while typing, digits and letters go into the input, ctrl+z undoes typing (the input's own
  undo) and ctrl+r undoes the last answer.
* question, multiple choice (in both modes): 1-9 toggle choices, Enter checks, space shows
  the answer without grading.
* answered: 1-4 rate Again / Hard / Good / Easy (each with its interval), Enter accepts the
  proposed rating (right → Good, partly → Hard, wrong → Again).
* u (ctrl+r while typing) undoes the last answer, suspend or bury; shown in every phase.
* b buries the card until tomorrow, s suspends it (the card browser unsuspends), as in Anki.
* q ends the session (every rating is already saved).
* The progress line shows Anki's new / learning / review counts of what is left.
* An empty queue opens the summary with the next steps: more new cards today, cram, quiz,
  mock interview (`NEXT_STEPS`).

Start-up: the first frame holds only what a question shows (header, progress, the card,
the hint, the footer). The choices, the answer input, the back and the rating bar are
mounted hidden right after that frame, or at once when the first card needs them (a
multiple-choice card, typed mode): fewer widgets to style before the first card is seen.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, Input, Static

from ...core.sessions.options import StudyOptions, mode_options
from ...core.sessions.study import ANSWERED, DONE, QUESTION, StudySession
from ...core.sessions.verdict_words import line_name, rating_label
from ...core.store.types import StoreError
from ...core.translate import N_, _
from ...errors import BrokerquizError
from ..widgets.answer_diff import AnswerDiff
from ..widgets.card_view import CardView
from ..widgets.choices import ChoiceList
from ..widgets.key_hint import key_hint
from ..widgets.literal import assemble, literal, printable
from ..widgets.progress import SessionProgress
from ..widgets.rating_bar import RatingBar
from ..widgets.repeated_lines import LineStatic
from ..widgets.study_footer import StudyFooter
from ..widgets.undo_input import UndoInput
from .study_actions import StudyKeyActions, UndoBuryActions
from ..translated import TranslatedBindings



def build_session(app, deck_name: str | None, options: StudyOptions) -> StudySession:
    """A session on `deck_name` with the app's store and clock (raises DeckError, SessionError)."""
    from ...core.deck.library import open_deck

    deck, cards = open_deck(deck_name)
    return StudySession.start(app.store, deck, cards, options, clock=app.clock)


class StudyScreen(StudyKeyActions, UndoBuryActions, TranslatedBindings, Screen):
    """Flashcards on the due queue (or cram), typed or flipped."""

    BINDINGS = [
        Binding("space", "reveal", N_("Show answer"), id="study.reveal", tooltip=N_("Show the back without grading")),
        Binding("enter", "check", N_("Check"), id="study.check", tooltip=N_("Grade the picked choices")),
        Binding("enter", "accept", N_("Accept"), id="study.accept", tooltip=N_("Rate with the proposed rating")),
        Binding("escape", "give_up", N_("I don't know"), id="study.give_up", tooltip=N_("I don't know: show the answer")),
        # on a choice card space is Esc's "I don't know" too; not in the footer (Esc is, once)
        Binding("space", "give_up", N_("I don't know"), show=False, id="study.reveal_choice"),
        *(
            Binding(str(n), f"pick({n})", N_("Toggle"), key_display="1-9", show=n == 1, id=f"study.pick{n}")
            for n in range(1, 10)
        ),
        *(
            Binding(str(n), f"rate({n})", N_("Rate"), key_display="1-4", show=n == 1, id=f"study.rate{n}")
            for n in range(1, 5)
        ),
        Binding("u", "undo", N_("Undo"), id="study.undo", tooltip=N_("Undo the last answer, suspend or bury")),
        # while typing: ctrl+z is the input's own undo (typing); ctrl+r is not an Input key
        Binding("ctrl+r", "undo_typing", N_("Undo answer"), id="study.undo_typing",
                tooltip=N_("Undo the last answer, suspend or bury; ctrl+z undoes typing")),
        Binding("b", "bury", N_("Bury"), id="study.bury", tooltip=N_("Hide this card until tomorrow")),
        Binding("s", "suspend", N_("Suspend"), id="study.suspend",
                tooltip=N_("Hide this card until unsuspended in the card browser")),
        Binding("q", "quit_session", N_("Quit"), id="study.quit", tooltip=N_("End the session; answers are saved")),
        # While typing, q types a q: the footer shows the app's ctrl+q instead. Both are
        # priority bindings and the app's runs (it quits); this one makes the footer show it.
        Binding("ctrl+q", "quit_app", N_("Quit"), id="study.quit_typing", priority=True,
                tooltip=N_("Quit; every answer is already saved")),
        Binding("down,j", "scroll('down')", N_("Scroll"), show=False),
        Binding("up,k", "scroll('up')", N_("Scroll"), show=False),
        Binding("pagedown", "scroll('page_down')", N_("Scroll"), show=False),
        Binding("pageup", "scroll('page_up')", N_("Scroll"), show=False),
    ]
    """Keys; `check_action` shows only those that do something in the current phase."""

    VERTICAL_BREAKPOINTS = [(0, "-short"), (28, "-tall")]  # app.tcss: a compact card below 28 rows
    AUTO_FOCUS = ""  # nothing: focus goes to the answer input only when typing; a blur restyles the screen

    def __init__(
        self,
        deck_name: str | None = None,
        session: StudySession | None = None,
        options: StudyOptions | None = None,
        **given,
    ) -> None:
        """`session`: built by the command; else one is built on mount from `options` (or keyword
        options, made typed here: an unknown one raises SessionError at once)."""
        super().__init__()
        self.deck_name = deck_name
        self.session = session
        self.options: StudyOptions = options if options is not None else mode_options("study", **given)
        self._painted = False
        self._parts: list | None = None  # the AwaitMounts of the widgets mounted after the first frame

    # ------------------------------------------------------------------ layout

    def _part(self, selector, expect_type=None):
        """`query_one`, remembered: the screen's parts stay mounted, and a key asked for them
        about eighty times (every `check_action` looks at the answer input)."""
        parts = self.__dict__.setdefault("_part_cache", {})
        widget = parts.get(selector)
        if widget is None or not widget.is_attached:
            widget = self.query_one(selector) if expect_type is None else self.query_one(selector, expect_type)
            parts[selector] = widget
        return widget

    def compose(self) -> ComposeResult:
        # the size class now, not on the first resize: a class change there restyles every widget
        height = self.app.size.height
        active = max((b for b in self.VERTICAL_BREAKPOINTS if height >= b[0]), default=None)
        self.update_classes({name: (at, name) == active for at, name in self.VERTICAL_BREAKPOINTS}, update=False)
        yield Header()
        yield SessionProgress(id="progress")
        with VerticalScroll(id="study-body"):
            yield CardView(id="card")
        yield LineStatic(id="hint", markup=False)  # a few texts, each drawn once
        # always there, blank on a question: a reveal or the next card changes no widget's size
        # here, so Textual re-lays out only the card's body (not every widget of the screen)
        ratings = RatingBar(id="ratings")
        ratings.visible = False  # shown with an answer
        yield ratings
        yield StudyFooter(compact=True)  # compact: every key of a choice card fits 80 columns, in Russian too

    async def _mount_parts(self) -> None:
        """Mount (hidden) what only answers and some cards show; at most once, awaitable again."""
        if self._parts is None:
            if not self.is_attached:  # closed (quit, or the app exits) before the first frame settled
                return
            hidden = [
                ChoiceList(id="choices"),
                UndoInput(placeholder=_("Type your answer · Enter checks · Esc shows the answer"), id="answer"),
                Vertical(
                    AnswerDiff(id="diff"),
                    Static(id="back-text", markup=False),
                    Static(id="explanation", markup=False),
                    Static(id="nuance", markup=False),
                    id="back",
                ),
            ]
            for widget in hidden:
                widget.display = False
            # mount() adds them to the DOM at once, so a second caller finds them; both await
            self._parts = [self._part("#study-body").mount_all(hidden, after="#card")]
            self.call_after_refresh(self._warm_up)
        for waiter in self._parts:
            await waiter
        # mounted: awaiting an AwaitMount again lays out the body and the whole screen anew
        # (Textual's await_mount refreshes its parent's layout each time), on every key
        self._parts = []

    def _warm_up(self) -> None:
        """Between keys, build what the first answer would wait for (`StudySession.warm_up`):
        the scheduler's import used to land on the first reveal, the grader's on the first
        typed answer."""
        if self.session is not None:
            try:
                self.session.warm_up()
            except BrokerquizError:  # a broken db: the reveal says so, as before
                pass

    async def on_mount(self) -> None:
        if self.session is None:
            try:
                self.session = build_session(self.app, self.deck_name, self.options)
            except BrokerquizError as error:  # DeckError / SessionError / StoreError: a message, not a crash
                self.app.notify(str(error), title=_("Cannot study"), severity="error", markup=False)
                self.app.pop_screen()
                return
        deck = self.session.deck
        self.title = _("brokerquiz — study (cram)") if self.session.cram else _("brokerquiz — study")
        self.sub_title = printable(deck.title)
        await self.paint()

    # ------------------------------------------------------------------ drawing

    async def paint(self) -> None:
        """Redraw everything from the session's phase, drawn as one frame."""
        with self.app.batch_update():  # no frame of a half-drawn card while its choices mount
            await self._paint()

    async def _paint(self) -> None:
        session = self.session
        if session is None:
            return
        phase = session.phase
        mode = "cram" if session.cram else session.mode
        counts = None if session.cram else session.counts
        self._part(SessionProgress).set_counts(session.done_count, session.remaining, mode, counts)
        if phase == DONE:
            self._finish()
            return
        card = session.card
        assert card is not None
        if phase != QUESTION or card.is_choice or session.mode == "typed":
            await self._mount_parts()
        elif self._parts is None:  # a plain question: the card first, the rest after this frame
            self._part(CardView).show(card, cram=not session.scheduled)
            self._part("#hint", Static).update(self._question_hint(card, False), layout=False)
            self._part(RatingBar).clear()
            if self.focused is not None:
                self.set_focus(None)
            self._first_paint_done()
            # not textual.lazy.Lazy: Lazy can only defer, and a typed or choice first card needs these parts before its first frame
            self.app.call_after_refresh(self._mount_parts)  # queued after anything the first frame asked for
            return
        self._part(CardView).show(card, cram=not session.scheduled)
        choices = self._part(ChoiceList)
        answer_input = self._part("#answer", Input)
        back = self._part("#back")
        ratings = self._part(RatingBar)
        hint = self._part("#hint", Static)
        if phase == QUESTION:
            back.display = False
            ratings.clear()
            choices.display = card.is_choice
            if card.is_choice:
                await choices.set_choices(card.choices or (), card)  # radio, pick N or all that fit, as in the quiz
            typing = session.mode == "typed" and not card.is_choice
            answer_input.display = typing
            if typing:
                answer_input.reset("")
                answer_input.disabled = False
                answer_input.focus()
            elif self.focused is not None:
                self.set_focus(None)
            hint.update(self._question_hint(card, typing), layout=False)  # one line, whatever it says
        else:
            self._paint_answer(card)
        self._first_paint_done()

    def _first_paint_done(self) -> None:
        self.refresh_bindings()  # the footer redraws its keys now (it subscribes immediate)
        if not self._painted:
            self._painted = True
            self.app.first_paint_done()

    def _question_hint(self, card, typing: bool) -> Content:
        if card.is_choice:
            return key_hint(("1-9", _("toggle")), ("Enter", _("check")), ("Esc", _("I don't know")))
        if typing:
            return key_hint(("Enter", _("check")), ("Esc", _("show the answer")))
        return key_hint(("space", _("show the answer")))

    def _paint_answer(self, card) -> None:
        session = self.session
        answer = session.answer
        diff = self._part(AnswerDiff)
        answer_input = self._part("#answer", Input)
        if answer_input.display:
            # focus leaves the input so 1-4 rate instead of typing; the verdict shows the answer
            answer_input.disabled = True
            answer_input.display = False
        if self.focused is not None:
            self.set_focus(None)
        if answer.grade is not None and answer.how == "choice":
            self._part(ChoiceList).show_result(card.correct, card.optional)
        diff.display = answer.grade is not None
        if answer.grade is not None:
            diff.show_grade(answer.grade, answer.text or "", card.back, choices=answer.how == "choice")
        back_text = self._part("#back-text", Static)
        back_text.display = answer.grade is None  # a verdict already shows the expected answer
        back_text.update(assemble((_("Answer") + "  ", "$text-muted"), (card.back, "bold")))
        explanation = self._part("#explanation", Static)
        explanation.display = bool(card.explanation)
        explanation.update(literal(card.explanation))
        nuance = self._part("#nuance", Static)
        nuance.display = bool(card.nuance)
        if card.nuance:
            source = assemble(("\n" + _("source") + ": ", "$text-muted"), (card.source, "italic $text-muted")) if card.source else ""
            nuance.update(assemble((line_name("nuance") + "  ", "bold $text-warning"), card.nuance, source))
        self._part("#back").display = True
        ratings = self._part(RatingBar)
        try:
            intervals = session.preview()
        except StoreError as error:  # the answer still shows; the buttons without intervals
            self.notify(str(error), title=_("Database"), severity="error", markup=False)
            intervals = {}
        ratings.show(intervals, answer.proposed)
        cram = Content.styled(" · " + _("cram: the schedule stays as it is"), "italic") if not session.scheduled else ""
        accepts = _("accepts {rating}").format(rating=rating_label(answer.proposed))
        self._part("#hint", Static).update(key_hint(("1-4", _("rate")), ("Enter", accepts), tail=cram), layout=False)
        self._part("#study-body").scroll_home(animate=False)

    # ------------------------------------------------------------------ which keys work now

    def _typing(self) -> bool:
        if self._parts is None:  # no input mounted yet: the first card is a plain flip question
            return False
        answer_input = self._part("#answer", Input)
        return answer_input.display and not answer_input.disabled and self.session is not None and self.session.phase == QUESTION

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        session = self.session
        if session is None:
            return action in ("quit_session",)
        phase = session.phase
        card = session.card
        typing = self._typing()
        if action == "reveal":
            return phase == QUESTION and not typing and not (card is not None and card.is_choice)
        if action == "check":
            return phase == QUESTION and card is not None and card.is_choice
        if action == "give_up":  # "I don't know": typed, or a choice card (as in the quiz)
            return typing or (phase == QUESTION and card is not None and card.is_choice)
        if action == "pick":
            return phase == QUESTION and card is not None and card.is_choice and int(parameters[0]) <= len(card.choices or ())
        if action in ("accept", "rate"):
            return phase == ANSWERED
        if action in ("undo", "undo_typing"):
            if typing != (action == "undo_typing"):
                return False
            return True if session.history else None  # shown, dimmed, with nothing to undo
        if action in ("bury", "suspend"):
            return phase != DONE and not typing
        if action in ("quit_session", "scroll"):
            return not typing
        if action == "quit_app":
            return typing
        return True

    # ------------------------------------------------------------------ clicks and the typed answer
    # (the key actions are in study_actions.StudyKeyActions; @on handlers stay on the Screen class)

    @on(ChoiceList.Toggled)
    def _clicked_choice(self, event: ChoiceList.Toggled) -> None:
        if self.session and self.session.phase == QUESTION:
            self._part(ChoiceList).toggle(event.index)

    @on(Input.Submitted, "#answer")
    async def _typed(self, event: Input.Submitted) -> None:
        event.stop()
        if self.session and self.session.phase == QUESTION:
            self.session.submit_text(event.value)
            await self.paint()

    @on(RatingBar.Rated)
    async def _clicked_rating(self, event: RatingBar.Rated) -> None:
        if self.session and self.session.phase == ANSWERED:
            await self._rate(event.rating)
