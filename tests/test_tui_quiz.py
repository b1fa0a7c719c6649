"""The quiz screen driven like a user: pick with number keys, type, read the feedback, the score."""

from __future__ import annotations


from textual.containers import VerticalScroll
from textual.widgets import Input, Static

from brokerquiz.core.clock import FakeClock
from brokerquiz.tui.app import make_app
from brokerquiz.tui.screens.quiz import QuizScreen
from brokerquiz.tui.widgets.card_view import KIND_LABELS, CardView
from brokerquiz.tui.widgets.choices import ChoiceList, ChoiceRow
from brokerquiz.tui.widgets.progress import SessionProgress

MARKUP_DECK = """\
id: markup
title: Markup deck
language: en
subjects:
  kafka: Kafka
  rabbitmq: RabbitMQ
ratings:
  s:
    title: Scenarios
    rows:
      tricky:
        label: "[bold]Replay[/bold] of events"
        kafka: 👍 [red]offsets[/red]
        rabbitmq: ❌ no
"""


def text_of(app, selector: str) -> str:
    """The text a person sees in a widget and every Static inside it."""
    node = app.screen.query_one(selector)
    if isinstance(node, SessionProgress):  # one widget drawing its line
        return node.text
    statics = ([node] if isinstance(node, Static) else []) + list(node.query(Static))
    return "\n".join(str(s.render()) for s in statics if s.display)


async def test_scenario_quiz_with_number_keys_feedback_and_score(store, now, small_deck_path):
    app = make_app(store=store, clock=FakeClock(now), screen="quiz", deck_name=str(small_deck_path), kind="scenario", count=2, seed=1)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        assert "0 done · 2 left" in text_of(app, "#quiz-progress")
        card = screen.session.current
        assert card.front in text_of(app, "#quiz-card")
        right = sorted(card.correct)
        for i in right:
            await pilot.press(str(i + 1))
        assert "[x]" in text_of(app, "#quiz-choices") or "(•)" in text_of(app, "#quiz-choices")
        await pilot.press("enter")
        await pilot.pause()
        feedback = text_of(app, "#quiz-feedback")
        assert "✓ Right" in feedback
        assert "Kafka: 👍 offsets" in feedback  # every broker's rating and note
        await pilot.press("enter")  # next question
        assert "1 done · 1 left" in text_of(app, "#quiz-progress")
        second = screen.session.current
        wrong_pick = next(i for i in range(len(second.choices)) if i not in second.correct | second.optional)
        await pilot.press(str(wrong_pick + 1))
        await pilot.press("enter")
        await pilot.pause()
        last = screen.session.results[-1]
        assert last.grade.verdict != "right"
        assert ("✗ Wrong" if last.grade.verdict == "wrong" else "≈ Partly") in text_of(app, "#quiz-feedback")
        await pilot.press("enter")
        await pilot.pause()
        summary = text_of(app, "#quiz-summary")
        session = screen.session
        assert f"Score: {session.score:.1f}/2 ({session.percent()}%) · 1 right" in summary
        assert second.front in summary  # listed to look at again
        await pilot.press("q")
    rows = list(store.db.query("SELECT mode, scheduled, rating FROM reviews ORDER BY id"))
    assert [r["mode"] for r in rows] == ["quiz", "quiz"]
    assert all(r["scheduled"] == 0 for r in rows)
    assert rows[0]["rating"] == 3 and rows[1]["rating"] == 1


async def test_typed_answer_for_short_answer_cards(store, now, small_deck_path):
    app = make_app(store=store, clock=FakeClock(now), screen="quiz", deck_name=str(small_deck_path), kind="all", count=30, seed=2)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        # answer choice cards with a wrong empty pick until a typed card comes
        while screen.session.current.is_choice:
            await pilot.press("enter")
            await pilot.press("enter")
        card = screen.session.current
        answer = screen.query_one("#quiz-answer", Input)
        assert answer.display and app.focused is answer
        await pilot.press(*card.back)
        await pilot.press("enter")
        await pilot.pause()
        assert "✓ Right" in text_of(app, "#quiz-feedback")
        assert screen.session.results[-1].answer == card.back


async def test_deck_text_is_shown_literally(store, now, tmp_path):
    deck = tmp_path / "markup.yaml"
    deck.write_text(MARKUP_DECK, encoding="utf-8")
    app = make_app(store=store, clock=FakeClock(now), screen="quiz", deck_name=str(deck), kind="scenario", count=1, seed=1)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "[bold]Replay[/bold] of events" in text_of(app, "#quiz-card")
        await pilot.press("1", "enter")
        await pilot.pause()
        assert "👍 [red]offsets[/red]" in text_of(app, "#quiz-feedback")


async def test_a_bad_deck_is_a_message(store, now, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\n  broken: [\n", encoding="utf-8")
    app = make_app(store=store, clock=FakeClock(now), screen="home")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_mode("quiz", deck_name=str(bad))
        await pilot.pause()
        assert not isinstance(app.screen, QuizScreen)
        assert any(str(bad) in str(n.message) for n in app._notifications)


def markup_small_deck(tmp_path, small_deck_yaml):
    """The small deck with markup-looking text in its title, a row label, cells and choices."""
    text = (
        small_deck_yaml.replace("title: Small deck", 'title: "[b]Small[/b] deck"')
        .replace("label: Replay", 'label: "[bold]x[/] replay"')
        .replace("kafka: 👍 offsets", 'kafka: "👍 [red]offsets[/]"')
        .replace("  rabbitmq: RabbitMQ\n", '  rabbitmq: "[i]Rabbit[/i]MQ"\n')
    )
    path = tmp_path / "markup-small.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def quiz(store, now, deck_path, **options):
    options.setdefault("seed", 1)
    return make_app(store=store, clock=FakeClock(now), screen="quiz", deck_name=str(deck_path), **options)


def footer_keys(app) -> set[str]:
    """The actions the footer offers right now (the ones `check_action` allows)."""
    return {binding.action for _, binding, enabled, _ in app.active_bindings.values() if enabled and binding.show}


async def test_header_names_the_mode_and_deck_and_the_card_is_framed_like_study(store, now, small_deck_path):
    app = quiz(store, now, small_deck_path, kind="scenario", count=1)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert (screen.title, screen.sub_title) == ("brokerquiz — quiz", "Small deck")
        card = screen.query_one(CardView)
        assert card.styles.border_top[0] == "round"  # the study card's frame
        context = text_of(app, "#card-context")
        assert "Small deck › Scenarios › Replay" in context
        assert KIND_LABELS[screen.session.current.kind] in context  # the kind, named as study names it


async def test_keys_in_the_footer_are_the_ones_that_work_now(store, now, small_deck_path):
    app = quiz(store, now, small_deck_path, kind="scenario", count=1)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        keys = footer_keys(app)
        assert {"toggle(0)", "check", "close"} <= keys and "next" not in keys and "again" not in keys
        await pilot.press("1", "enter")
        await pilot.pause()
        keys = footer_keys(app)
        assert "next" in keys and "check" not in keys and "toggle(0)" not in keys
        await pilot.press("enter")  # the score
        await pilot.pause()
        assert app.screen.query_one("#quiz-summary").display
        keys = footer_keys(app)
        assert "again" in keys and "next" not in keys and "check" not in keys
        await pilot.press("enter")  # does nothing now: the score stays
        await pilot.pause()
        assert "Score:" in text_of(app, "#quiz-summary")


async def test_a_new_round_from_the_score(store, now, small_deck_path):
    app = quiz(store, now, small_deck_path, kind="scenario", count=1)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        first = app.screen
        await pilot.press("1", "enter", "enter", "r")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen) and app.screen is not first
        assert app.screen.session.index == 0 and app.screen.query_one(ChoiceList).display


async def test_a_click_toggles_a_choice(store, now, small_deck_path):
    app = quiz(store, now, small_deck_path, kind="scenario", count=1)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        rows = list(app.screen.query(ChoiceRow))
        assert await pilot.click(rows[1])
        assert app.screen.query_one(ChoiceList).picked == {1}


async def test_the_score_scrolls_with_the_keyboard_at_80x24(store, now, small_deck_path):
    app = quiz(store, now, small_deck_path, kind="all", count=12)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.screen.has_class("-short")  # the compact card, as study has below 28 rows
        while not app.screen.session.finished:  # everything wrong: a long list to look at again
            await pilot.press("enter", "enter")
        await pilot.pause()
        body = app.screen.query_one("#quiz-body", VerticalScroll)
        assert body.max_scroll_y > 0 and body.scroll_y == 0
        await pilot.press("pagedown")
        await pilot.pause()
        assert body.scroll_y > 0


async def test_markup_in_the_deck_shows_literally_everywhere(store, now, tmp_path, small_deck_yaml):
    deck = markup_small_deck(tmp_path, small_deck_yaml)
    app = quiz(store, now, deck, kind="scenario", count=2)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert screen.sub_title == "[b]Small[/b] deck"
        while screen.session.current.kind != "scenario":  # the one whose choices are brokers
            await pilot.press("1", "enter", "enter")
        assert "[bold]x[/] replay" in text_of(app, "#quiz-card")
        assert "[i]Rabbit[/i]MQ" in text_of(app, "#quiz-choices")
        await pilot.press("2", "enter")
        await pilot.pause()
        assert "👍 [red]offsets[/]" in text_of(app, "#quiz-feedback")
        await pilot.press("enter")
        await pilot.pause()
        summary = text_of(app, "#quiz-summary")
        assert "[bold]x[/] replay" in summary and "You       [i]Rabbit[/i]MQ" in summary


async def test_the_quiz_survives_resizing(store, now, small_deck_path):
    app = quiz(store, now, small_deck_path, kind="all", count=3)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        for size in [(80, 24), (30, 10), (160, 50), (80, 24)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.press("enter")
        assert isinstance(app.screen, QuizScreen)
        assert app.screen.has_class("-short")
