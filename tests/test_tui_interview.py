"""The mock-interview screens driven like a user: Pilot, a FakeClock, a temp database.

No test sleeps: the clock is moved by hand and the screen's tick is called, as its
`set_interval` would in real use.
"""

from __future__ import annotations

import time

import pytest
from textual.widgets import Input, Static

from brokerquiz.core.clock import FakeClock
from brokerquiz.core.deck.library import shipped_decks
from brokerquiz.tui.app import make_app
from brokerquiz.tui.screens.interview import ConfirmAbandon, InterviewScreen
from brokerquiz.tui.screens.report import ReportScreen
from brokerquiz.tui.widgets.countdown import Countdown, clock_text


def make(store, clock, small_deck_path, **options):
    options.setdefault("questions", 3)
    options.setdefault("seconds_per_question", 20)
    options.setdefault("seed", 1)
    return make_app(store=store, clock=clock, screen="interview", deck_name=str(small_deck_path), **options)


def text_of(app, selector: str) -> str:
    """The text a person sees in a widget and every Static inside it."""
    node = app.screen.query_one(selector)
    statics = ([node] if isinstance(node, Static) else []) + list(node.query(Static))
    return "\n".join(str(s.render()) for s in statics if s.display)


async def type_answer(pilot, text: str) -> None:
    answer = pilot.app.screen.query_one("#iv-answer", Input)
    answer.value = text  # Input.Changed reaches the session's draft, as typing does
    await pilot.pause()


async def test_timed_interview_with_timeouts_runs_without_real_waiting(store, now, small_deck_path):
    clock = FakeClock(now)
    app = make(store, clock, small_deck_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        started = time.perf_counter()  # 60 s of interview from here
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        assert "Question 1/3" in text_of(app, "#iv-progress")
        first = screen.session.current
        assert text_of(app, "#iv-prompt") == first.prompt

        # the countdowns show both times and follow the clock
        clock.advance(5)
        screen.tick()
        countdown = screen.query_one(Countdown)
        rendered = str(countdown.render())
        assert "Question 0:15" in rendered and "Interview 0:55" in rendered

        # a half-typed answer is submitted when the question's time runs out
        await type_answer(pilot, "half typed")
        clock.advance(15)
        screen.tick()
        await pilot.pause()
        assert screen.session.answers[0].answer == "half typed"
        assert screen.session.answers[0].timed_out
        assert "Question 2/3" in text_of(app, "#iv-progress")
        assert screen.query_one("#iv-answer", Input).value == ""

        # Enter submits before the time is up
        await pilot.press(*"Kafka")
        await pilot.press("enter")
        await pilot.pause()
        assert screen.session.answers[1].answer == "Kafka"
        assert not screen.session.answers[1].timed_out

        # the last one times out too: the report comes
        clock.advance(20)
        screen.tick()
        await pilot.pause()
        assert isinstance(app.screen, ReportScreen)
        # 60 s of interview time; ~0.5 s of real time here, most of it drawing the report
        assert time.perf_counter() - started < 3
    saved = store.interviews()
    assert len(saved) == 1 and saved[0]["questions"] == 3
    assert [q["answer"] for q in saved[0]["report"]["questions"]] == ["half typed", "Kafka", ""]


async def test_total_limit_ends_the_interview(store, now, small_deck_path):
    clock = FakeClock(now)
    app = make(store, clock, small_deck_path, minutes=0.5, seconds_per_question=20)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        clock.advance(12)
        await pilot.press(*"first")
        await pilot.press("enter")
        assert screen.session.remaining().question == pytest.approx(18)  # capped by the 30 s total
        await type_answer(pilot, "cut short")
        clock.advance(18)
        screen.tick()
        await pilot.pause()
        assert isinstance(app.screen, ReportScreen)
        report = app.screen.report
        assert report["answered"] == 2
        assert report["questions"][2]["verdict"] == "not reached"
        assert report["questions"][1]["answer"] == "cut short"


async def test_ctrl_l_asks_before_abandoning(store, now, small_deck_path):
    clock = FakeClock(now)
    app = make(store, clock, small_deck_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmAbandon)
        # time passes while the question is open; it is applied once answered
        clock.advance(25)
        screen.tick()
        assert screen.session.answers == []
        await pilot.press("n")  # keep going
        await pilot.pause()
        assert app.screen is screen and not screen.session.finished
        screen.tick()
        assert len(screen.session.answers) == 1 and screen.session.answers[0].timed_out

        await pilot.press("ctrl+l")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, ReportScreen)
        assert app.screen.report["abandoned"] is True
        # the timed-out answer was blank: unanswered, not "1/1 answered"
        assert app.screen.report["answered"] == 0 and app.screen.report["unanswered"] == 1
    saved = store.interviews()
    assert saved[0]["report"]["abandoned"] is True


async def test_report_shows_score_answers_topics_and_commands(store, now, small_deck_path):
    clock = FakeClock(now)
    app = make(store, clock, small_deck_path, questions=2, seed=3)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        first = screen.session.current
        await pilot.press(*"[bold]not markup[/bold]")
        await pilot.press("enter")
        await pilot.press("enter")  # nothing for the phrase
        await pilot.pause()
        assert isinstance(app.screen, ReportScreen)
        body = "\n".join(str(w.render()) for w in app.screen.query(Static))
        report = app.screen.report
        assert report["percent"] < 10
        assert f"Mock interview: {report['percent']}%" in body
        assert "first interview" in body
        assert first.prompt in body
        assert "[bold]not markup[/bold]" in body  # deck and user text shown literally
        assert "Expected" in body
        # the phrase was left blank: its model answer, no list of parts all marked ✗
        assert "Kafka for logs, RabbitMQ for tasks." in body and "✗ Kafka for logs" not in body
        assert "Score per topic" in body
        assert "brokerquiz study --deck" in body and "--focus" in body
        await pilot.press("q")
        await pilot.pause()
    assert app.return_value is not None  # closing the report ends an interview started from the CLI


async def test_wrong_answers_go_to_again_unless_no_schedule(store, now, small_deck_path):
    for schedule, expected_reviews in ((False, 0), (True, None)):
        clock = FakeClock(now)
        app = make(store, clock, small_deck_path, questions=2, schedule=schedule)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            await pilot.press("enter")
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, ReportScreen)
        rows = list(store.db.query("SELECT * FROM reviews WHERE mode = 'interview'"))
        if expected_reviews == 0:
            assert rows == []
        else:
            assert rows and all(r["rating"] == 1 and r["scheduled"] == 1 for r in rows)


def test_clock_text_rounds_up():
    assert clock_text(0) == "0:00"
    assert clock_text(0.2) == "0:01"
    assert clock_text(90) == "1:30"


async def test_header_names_the_mode_and_deck_and_the_question_is_framed(store, now, small_deck_path):
    app = make(store, FakeClock(now), small_deck_path, questions=2, seed=3)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert (screen.title, screen.sub_title) == ("brokerquiz — mock interview", "Small deck")
        assert screen.query_one("#iv-question").styles.border_top[0] == "round"
        while screen.session.current.kind != "phrase":
            # a hint line only under a question that has one (no empty line)
            assert screen.query_one("#iv-hint").display == bool(screen.session.current.hint)
            await pilot.press("enter")
        await pilot.pause()
        # the closing phrase says which phrase: its first words
        assert "It begins: “Kafka …” — 2 parts to say." in str(screen.query_one("#iv-hint").render())
        await pilot.press("enter")
        await pilot.pause()
        report = app.screen
        assert isinstance(report, ReportScreen)
        assert (report.title, report.sub_title) == ("brokerquiz — interview report", "Small deck")


async def test_report_counts_cards_in_words_and_shows_no_one_bar_trend(store, now, small_deck_path):
    app = make(store, FakeClock(now), small_deck_path, questions=2, seed=3)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("enter", "enter")
        await pilot.pause()
        n = app.screen.outcome.scheduled
        assert n > 1
        assert text_of(app, "#report-schedule").startswith(f"{n} cards behind wrong answers")
        summary = text_of(app, "#report-summary")
        assert "first interview: no trend yet" in summary
        assert not any(bar in summary for bar in "▁▂▃▄▅▆▇█")  # one score is no trend line


async def test_drill_commands_name_a_shipped_deck_by_id_when_opened_from_home(store, now):
    app = make_app(store=store, clock=FakeClock(now), screen="home")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.open_mode("interview", deck_name=str(shipped_decks()["message-brokers-en"]), questions=1, seed=1)
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReportScreen)
        commands = [t["command"] for t in app.screen.report["weakest"]]
        assert commands and all(c.startswith("brokerquiz study --deck message-brokers-en --focus ") for c in commands)
        await pilot.press("q")
        await pilot.pause()
        app.open_mode("interview", deck_name=str(shipped_decks()["message-brokers"]), questions=1, seed=1)
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        commands = [t["command"] for t in app.screen.report["weakest"]]
        assert commands and all(c.startswith("brokerquiz study --focus ") for c in commands)  # the default deck


async def test_markup_in_deck_and_answer_shows_literally_in_interview_and_report(store, now, tmp_path, small_deck_yaml):
    deck = tmp_path / "markup.yaml"
    deck.write_text(
        small_deck_yaml.replace("title: Small deck", 'title: "[b]Small[/b] deck"')
        .replace("label: Model", 'label: "[bold]x[/] model"')
        .replace("text: exactly-once", 'text: "[red]exactly-once[/]"'),
        encoding="utf-8",
    )
    app = make_app(store=store, clock=FakeClock(now), screen="interview", deck_name=str(deck), questions=6, seed=1)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert screen.sub_title == "[b]Small[/b] deck"
        seen = []
        while isinstance(app.screen, InterviewScreen):
            seen.append(text_of(app, "#iv-progress") + "\n" + text_of(app, "#iv-prompt"))
            await type_answer(pilot, "[bold]x[/] answer")
            await pilot.press("enter")
            await pilot.pause()
        assert any("[bold]x[/] model" in s for s in seen)
        body = "\n".join(str(w.render()) for w in app.screen.query(Static))
        assert "[bold]x[/] model" in body and "[red]exactly-once[/]" in body and "[bold]x[/] answer" in body
        assert app.screen.sub_title == "[b]Small[/b] deck"


async def test_interview_and_report_survive_resizing(store, now, small_deck_path):
    app = make(store, FakeClock(now), small_deck_path, questions=2, seed=3)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        for size in [(80, 24), (30, 10), (160, 50)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            app.screen.tick()
        assert isinstance(app.screen, InterviewScreen)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert app.screen.has_class("-short")  # the frame gives way, as study's card does
        await pilot.press("enter", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReportScreen)
        for size in [(30, 10), (160, 50), (80, 24)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
        assert isinstance(app.screen, ReportScreen)
        body = app.screen.query_one("#report-body")
        assert app.focused is body  # the arrows scroll the report at once
        await pilot.press("pagedown")
        await pilot.pause()
        assert body.scroll_y > 0


async def test_interview_from_home_on_a_deck_with_nothing_to_ask_says_so_and_stays_home(store, now, tmp_path):
    from brokerquiz.tui.screens.home import HomeScreen

    thin = tmp_path / "thin.yaml"  # passes check: two rows, one broker each, nothing to compare
    thin.write_text(
        "id: thin\ntitle: Thin\nlanguage: en\nsubjects:\n  a: Kafka\n  b: RabbitMQ\ntables:\n  t:\n"
        "    title: T\n    rows:\n      r1:\n        label: Model\n        a: log\n"
        "      r2:\n        label: Routing\n        b: exchanges\n",
        encoding="utf-8",
    )
    app = make_app(store=store, clock=FakeClock(now), screen="home", deck_name=str(thin))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.screen.current_deck == str(thin)
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        [note] = [n for n in app._notifications if n.severity == "error"]
        assert "nothing to ask" in str(note.message) and "follow_ups" in str(note.message)
        await pilot.press("s")  # home still works
        await pilot.pause()
        assert not isinstance(app.screen, HomeScreen)
    assert not app.return_code
