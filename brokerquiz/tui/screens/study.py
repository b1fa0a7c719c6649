"""The study screen: one card at a time, flipped or typed, rated like Anki, undoable.

The screen only draws and routes keys; every rule (queue, grading, rating, undo, learning
steps) lives in `brokerquiz.core.sessions.study.StudySession`.

Keys (the footer shows the ones that work right now):

* question, flip mode: space shows the answer.
* question, typed mode: type, Enter checks, Esc shows the answer ("I don't know", Again);
  while typing, digits and letters go into the input, ctrl+z undoes typing (the input's own
  undo) and ctrl+r undoes the last answer.
* question, multiple choice (in both modes): 1-9 toggle choices, Enter checks, space shows
  the answer without grading; in typed mode other letters and space do nothing but say how
  the card is answered (`study_choice_keys.py`), the footer's keys are clicked.
* answered: 1-4 rate Again / Hard / Good / Easy (each with its interval), Enter accepts the
  proposed rating (right → Good, partly → Hard, wrong → Again).
* u (ctrl+r while typing) undoes the last answer, suspend or bury; shown in every phase.
* b buries the card until tomorrow, s suspends it (the card browser unsuspends), as in Anki.
* q ends the session (every rating is already saved).
* The progress line shows Anki's new / learning / review counts of what is left.
* An empty queue opens the summary with the next steps: more new cards today, cram, quiz,
  mock interview (`NEXT_STEPS`).

The card (context line, front, choices, verdict, answer, explanation, nuance) is drawn as
lines by one widget of a fixed size (`CardPanel`, built by `widgets/card_blocks.py`): a reveal,
a pick or the next card changes no layout, only those lines are drawn and composited. The
typed answer's input is mounted once (typed mode) and drawn over the room the card keeps for it.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, Input, Static

from ...core.heap import freeze_loaded
from ...core.sessions.options import StudyOptions, mode_options
from ...core.sessions.study import ANSWERED, DONE, QUESTION, StudySession
from ...core.sessions.verdict_words import rating_label
from ...core.store.types import StoreError
from ...core.translate import N_, _
from ...errors import BrokerquizError
from ..widgets.card_blocks import back_box, card_box, choices_box, input_room, likely_next, question_box, verdict_box
from ..widgets.card_panel import Box, CardPanel
from ..widgets.choices import ChoicePicks
from ..widgets.key_hint import key_hint
from ..widgets.literal import printable
from ..widgets.progress import SessionProgress
from ..widgets.rating_bar import RatingBar
from ..widgets.repeated_lines import LineStatic
from ..widgets.study_footer import StudyFooter
from ..widgets.undo_input import UndoInput
from .study_actions import StudyKeyActions, UndoBuryActions
from .study_bindings import KeptActiveBindings
from .study_choice_keys import TypedChoiceKeys
from .study_preview import PreviewAhead
from ..translated import TranslatedBindings



PREPARE_AFTER = 0.01  # seconds: the frame reaches the terminal first (and under the 20 ms a Pilot pause sleeps)


def build_session(app, deck_name: str | None, options: StudyOptions) -> StudySession:
    """A session on `deck_name` with the app's store and clock (raises DeckError, SessionError)."""
    from ...core.deck.library import open_deck

    deck, cards = open_deck(deck_name)
    return StudySession.start(app.store, deck, cards, options, clock=app.clock)


class StudyScreen(TypedChoiceKeys, PreviewAhead, StudyKeyActions, UndoBuryActions, KeptActiveBindings,
                  TranslatedBindings, Screen):
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
        self.picks = ChoicePicks()  # the choices of the card shown, picked by keys or clicks
        self._picks_for = None  # the card they are for

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
        with Container(id="study-body"):
            # the whole card, drawn as lines by one widget of a fixed size: a key changes no layout
            yield CardPanel(id="card")
        yield LineStatic(id="hint", markup=False)  # a few texts, each drawn once
        # always there, blank on a question: a reveal or the next card changes no widget's size
        yield RatingBar(id="ratings")
        yield StudyFooter(compact=True)  # compact: every key of a choice card fits 80 columns, in Russian too

    async def _mount_parts(self) -> None:
        """Mount (hidden) the typed answer's input; at most once, awaitable again."""
        if self._parts is None:
            if not self.is_attached:  # closed (quit, or the app exits) before the first frame settled
                return
            answer = UndoInput(placeholder=_("Type your answer · Enter checks · Esc shows the answer"), id="answer")
            answer.display = False  # drawn over the card's room for it (`input_room`) when typing
            # mount() adds it to the DOM at once, so a second caller finds it; both await
            self._parts = [self._part("#study-body").mount(answer)]
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
        freeze_loaded()  # then what is loaded stays out of the garbage collector's walks (core.heap)

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
        if phase == QUESTION and (card, phase) != self._picks_for:  # a new card, or one back by undo
            self._picks_for = (card, phase)
            if card.is_choice:
                self.picks.set_choices(card.choices or (), card)  # radio, pick N or all that fit, as in the quiz
        elif phase != QUESTION:
            self._picks_for = None
        typing = phase == QUESTION and session.mode == "typed" and not card.is_choice
        if typing:
            await self._mount_parts()
        if phase == QUESTION:
            self._paint_question(card, typing)
        else:
            self._paint_answer(card)
        self._first_paint_done()

    def _paint_question(self, card, typing: bool) -> None:
        self._part(RatingBar).clear()
        self._part(CardPanel).show(self._card_box, scroll_home=True)
        if self._parts is not None:
            answer_input = self._part("#answer", Input)
            answer_input.display = typing
            if typing:
                answer_input.reset("")
                answer_input.disabled = False
                self._place_input()
                answer_input.focus()
        if not typing and self.focused is not None:
            self.set_focus(None)
        self._part("#hint", Static).update(self._question_hint(card, typing), layout=False)  # one line, whatever it says

    def _card_box(self) -> Box:
        """What the card panel draws now (it asks again when its width or the screen's size class changes)."""
        session = self.session
        card = session.card if session is not None else None
        if card is None:
            return Box()
        short = self.has_class("-short")
        parts = [question_box(card, cram=not session.scheduled, short=short)]
        if card.is_choice:
            parts.append(choices_box(self.picks, short=short))
        if session.phase == QUESTION:
            if session.mode == "typed" and not card.is_choice:
                parts.append(input_room())
        else:
            answer = session.answer
            verdict = None
            if answer.grade is not None:  # a verdict shows the expected answer itself
                verdict = verdict_box(answer.grade, answer.text or "", card.back, choices=answer.how == "choice")
            parts.append(back_box(card, verdict, short=short))
        return card_box(*parts, short=short)

    def _prepare_soon(self) -> None:
        """After the frame is written: `_prepare` a little later, once the terminal has it."""
        self.set_timer(PREPARE_AFTER, self._prepare)

    def _prepare(self) -> None:
        """Between keys, draw what the next key most likely shows into the card's kept lines
        (`card_blocks.likely_next`): on a question its revealed answer, on an answer the next
        queued card's question and choices; on a typed question, what grading its answer reads of
        the deck alone (`PreviewAhead._prepare_grading`)."""
        if self.session is not None and self.is_current:
            likely = likely_next(self.session, short=self.has_class("-short"))
            if likely is not None:
                self._part(CardPanel).prepare(likely)
            if self.session.phase == QUESTION:
                self._preview_ahead()
                self._prepare_grading()

    def _place_input(self) -> None:
        """The answer input over the card's room for it (a layout, in typed mode only)."""
        panel = self._part(CardPanel)
        answer_input = self._part("#answer", Input)
        y = panel.line_of("input")
        if y is None:
            return
        x = 2 if self.has_class("-short") else 3
        answer_input.styles.offset = (x, y + 1 - panel.top)
        answer_input.styles.width = max(10, panel.width_for_lines() - x - (1 if self.has_class("-short") else 2))

    def on_resize(self, event) -> None:
        if self._typing():
            self.call_after_refresh(self._place_input)

    def _first_paint_done(self) -> None:
        self.refresh_bindings()  # the footer redraws its keys now (it subscribes immediate)
        self.call_after_refresh(self._prepare_soon)
        if not self._painted:
            self._painted = True
            self.app.first_paint_done()
            self.call_after_refresh(self._warm_up)

    def _question_hint(self, card, typing: bool) -> Content:
        if card.is_choice:
            return key_hint(("1-9", _("toggle")), ("Enter", _("check")), ("Esc", _("I don't know")))
        if typing:
            return key_hint(("Enter", _("check")), ("Esc", _("show the answer")))
        return key_hint(("space", _("show the answer")))

    def _paint_answer(self, card) -> None:
        session = self.session
        answer = session.answer
        if self._parts is not None:
            answer_input = self._part("#answer", Input)
            if answer_input.display:
                # focus leaves the input so 1-4 rate instead of typing; the verdict shows the answer
                answer_input.disabled = True
                answer_input.display = False
        if self.focused is not None:
            self.set_focus(None)
        if answer.grade is not None and answer.how == "choice":
            self.picks.show_result(card.correct, card.optional)
        self._part(CardPanel).show(self._card_box, scroll_home=True)
        ratings = self._part(RatingBar)
        try:
            intervals = self._intervals()  # worked out between keys when still true (study_preview.py)
        except StoreError as error:  # the answer still shows; the buttons without intervals
            self.notify(str(error), title=_("Database"), severity="error", markup=False)
            intervals = {}
        ratings.show(intervals, answer.proposed)
        cram = Content.styled(" · " + _("cram: the schedule stays as it is"), "italic") if not session.scheduled else ""
        accepts = _("accepts {rating}").format(rating=rating_label(answer.proposed))
        self._part("#hint", Static).update(key_hint(("1-4", _("rate")), ("Enter", accepts), tail=cram), layout=False)

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

    @on(CardPanel.Clicked)
    def _clicked_choice(self, event: CardPanel.Clicked) -> None:
        if self.session and self.session.phase == QUESTION and event.tag.startswith("choice-"):
            if self.picks.toggle(int(event.tag.removeprefix("choice-"))):
                self._part(CardPanel).redraw()

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
