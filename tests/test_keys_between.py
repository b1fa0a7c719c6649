"""Work moved off a key (issue 13, keys6): the interview grades an answer after the next
question is drawn, and its countdown redraws only when what it draws changes. What is shown
and what is saved stay the same."""

from __future__ import annotations

from textual.widgets import Input

from brokerquiz.core.clock import FakeClock
from brokerquiz.core.deck.cards import generate_cards
from brokerquiz.core.deck.load import load_deck
from brokerquiz.core.sessions.interview.grading import grade_question
from brokerquiz.core.sessions.interview.pick import pick_questions
from brokerquiz.core.sessions.interview.session import InterviewSession
from brokerquiz.tui.app import make_app
from brokerquiz.tui.screens.interview import InterviewScreen
from brokerquiz.tui.widgets.countdown import Countdown


def graded(answer) -> bool:
    return "grade" in vars(answer)  # a cached property, kept in the instance once computed


def test_an_interview_answer_is_graded_once_when_asked_for_with_the_grade_it_had(small_deck_path, now):
    deck = load_deck(small_deck_path)
    questions = pick_questions(deck, generate_cards(deck), {}, 3, seed=2)
    session = InterviewSession(questions, FakeClock(now), per_question_s=30)
    first = session.submit("ordered log, replay by offset")
    second = session.dont_know()
    assert not graded(first) and not graded(second)
    assert first.grade == grade_question(questions[0], "ordered log, replay by offset")
    assert first.grade is first.grade  # kept, not graded again
    session.grade_answers()
    assert graded(second) and second.grade.score == 0
    assert session.score() == (first.grade.score + second.grade.score) / 3


async def test_the_screen_grades_an_answer_between_keys_after_the_next_question(store, now, small_deck_path):
    app = make_app(store=store, clock=FakeClock(now), screen="interview", deck_name=str(small_deck_path),
                   questions=3, seconds_per_question=20, seed=1)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        screen.query_one("#iv-answer", Input).value = "fan-out to every group"
        await pilot.press("enter")
        await pilot.pause(0.1)
        assert screen.session.index == 1
        assert graded(screen.session.answers[0])


async def test_the_countdown_redraws_only_when_its_clocks_or_bars_change(store, now, small_deck_path):
    app = make_app(store=store, clock=FakeClock(now), screen="interview", deck_name=str(small_deck_path),
                   questions=3, seconds_per_question=20, seed=1)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        countdown = app.screen.query_one(Countdown)
        redraws = []
        original = countdown.refresh
        countdown.refresh = lambda *a, **kw: (redraws.append(1), original(*a, **kw))[1]
        countdown.show(14.9, 50.9)
        redraws.clear()
        countdown.show(14.6, 50.6)  # the same whole seconds, the same bars: nothing to draw
        assert redraws == [] and countdown.question == 14.6
        countdown.show(13.9, 49.9)  # a second later: the clocks change
        assert redraws and "0:14" in str(countdown.render())
        redraws.clear()
        countdown.show(9.95, 45.95)  # under the warning time: 0:10 in red
        assert redraws


def footer_words(app) -> list[str]:
    from brokerquiz.tui.widgets.study_footer import StudyFooter

    return [key.description for key in app.screen.query_one(StudyFooter).shown]


async def test_the_quiz_footer_shows_the_keys_of_each_phase(store, now, small_deck_path):
    app = make_app(store=store, clock=FakeClock(now), screen="quiz", deck_name=str(small_deck_path),
                   kind="scenario", count=2, seed=3)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert footer_words(app) == ["Pick", "Check", "I don't know", "Leave"]
        await pilot.press("1", "enter")
        await pilot.pause()
        assert footer_words(app) == ["Next", "Leave"]
        await pilot.press("enter")
        await pilot.pause()
        assert footer_words(app) == ["Pick", "Check", "I don't know", "Leave"]


async def test_the_interview_footer_shows_its_keys(store, now, small_deck_path):
    app = make_app(store=store, clock=FakeClock(now), screen="interview", deck_name=str(small_deck_path),
                   questions=2, seconds_per_question=20, seed=1)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert footer_words(app) == ["I don't know", "Leave"]


async def test_a_pick_redraws_only_the_choice_rows_it_changes():
    from textual.app import App

    from brokerquiz.tui.widgets.choices import ChoiceList, ChoiceRow

    class Choices(App):
        def compose(self):
            yield ChoiceList()

    app = Choices()
    async with app.run_test(size=(60, 12)) as pilot:
        choices = app.query_one(ChoiceList)
        await choices.set_choices(("north", "south", "east", "west"))
        await pilot.pause()
        rows = list(app.query(ChoiceRow))
        updated = []
        for row in rows:
            row.update = (lambda original, i: lambda *a, **kw: (updated.append(i), original(*a, **kw))[1])(row.update, row.index)
        choices.toggle(2)
        assert updated == [2] and "[x]" in str(rows[2].render()) and rows[2].has_class("-picked")
        updated.clear()
        choices.toggle(0)
        assert updated == [0] and "[x]" in str(rows[2].render())  # several may be picked
        updated.clear()
        choices.show_result(frozenset({0, 1}))
        assert updated == [0, 1, 2] and rows[1].has_class("-missed") and rows[2].has_class("-wrong")
        assert "[ ]" in str(rows[3].render()) and not rows[3].has_class("-picked")
