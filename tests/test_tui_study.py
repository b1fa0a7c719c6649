"""The study screen driven like a person would: keys and clicks through Pilot, fixed clock, temp db."""

from __future__ import annotations

import pytest

from brokerquiz.core.clock import FakeClock
from brokerquiz.tui.format import format_interval
from brokerquiz.core.store.facade import Store
from brokerquiz.tui.app import make_app
from brokerquiz.tui.screens.study import StudyScreen
from brokerquiz.tui.screens.summary import SummaryScreen
from brokerquiz.tui.widgets.rating_bar import RatingBar
from study_pilot import card_shows, card_text, choice_rows, click_choice, panel, progress_text, reviews, skip_to, study_app

SIZE = (100, 30)


CARD_PARTS = {"#card-context": "context", "#card-front": "front", "#back-text": "back-text",
              "#explanation": "explanation", "#nuance": "nuance", "diff": "diff"}


def text_of(app, selector: str) -> str:
    """A widget's text, or a part of the card as drawn (the card is one widget of lines)."""
    if selector in CARD_PARTS:
        return card_text(app, CARD_PARTS[selector])
    return str(app.screen.query_one(selector).render())


def footer_keys(app) -> set[str]:
    """The keys the footer shows as working right now."""
    return {
        key
        for key, active in app.screen.active_bindings.items()
        if active.binding.show and active.enabled
    }


async def test_flip_shows_context_reveal_and_rates_with_intervals(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StudyScreen)
        context = text_of(app, "#card-context")
        assert "Small deck" in context and "Basics" in context and "Model" in context
        assert "Kafka — Model?" in text_of(app, "#card-front")
        assert not card_shows(app, "back")
        assert footer_keys(app) == {"space", "b", "s", "q"}  # u shown dimmed: nothing to undo yet

        card_id = app.screen.session.card.id
        expected = {r: format_interval(td) for r, td in store.preview(card_id, now).items()}
        await pilot.press("space")
        assert card_shows(app, "back")
        assert "log" in text_of(app, "#back-text")
        buttons = app.screen.query_one(RatingBar).label_text()
        for rating, label in [(1, "Again"), (2, "Hard"), (3, "Good"), (4, "Easy")]:
            assert label in buttons[rating] and expected[rating] in buttons[rating]
        assert footer_keys(app) == {"enter", "1", "b", "s", "q"}

        await pilot.press("2")
        assert reviews(store) == [(card_id, 2, "study", None)]
        assert app.screen.session.card.id != card_id


@pytest.mark.parametrize("key", ["1", "2", "3", "4"])
async def test_each_rating_key_saves_its_rating(store, small_deck_path, now, key):
    app = study_app(store, small_deck_path, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("space", key)
        assert [r[1] for r in reviews(store)] == [int(key)]


async def test_rating_by_mouse(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("space")
        assert await pilot.click(RatingBar, offset=(app.size.width * 7 // 8, 0))  # the last quarter: Easy
        await pilot.pause()
        assert [r[1] for r in reviews(store)] == [4]


async def test_typed_right_answer_enter_accepts_good(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now, mode="typed")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        answer = app.screen.query_one("#answer")
        assert answer.has_focus
        # u and q would type into the answer; ctrl+z undoes typing, ctrl+r (dimmed) the last answer
        assert footer_keys(app) == {"escape", "ctrl+z", "ctrl+q"}
        await pilot.press(*"log", "enter")
        assert "Right" in text_of(app, "diff")
        assert not answer.has_focus and not answer.display
        assert app.screen.query_one(RatingBar).proposed == 3
        await pilot.press("enter")
        assert reviews(store) == [("small/fact/basics/model/kafka", 3, "study", "log")]


async def test_typed_digits_type_then_override_after_grading(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now, mode="typed")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("4", "q", "u")  # into the input, not ratings / quit / undo
        assert app.screen.query_one("#answer").value == "4qu"
        assert reviews(store) == [] and app.is_running
        await pilot.press("enter")
        diff = text_of(app, "diff")
        assert "Wrong" in diff
        assert app.screen.query_one(RatingBar).proposed == 1
        await pilot.press("3")  # the grader was too strict: one key to count it
        assert reviews(store) == [("small/fact/basics/model/kafka", 3, "study", "4qu")]


async def test_typed_wrong_answer_marks_missing_and_wrong_parts(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now, mode="typed", focus="delivery", cram=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await skip_to(pilot, app, lambda c: c.id == "small/fact/basics/delivery/kafka")
        await pilot.press(*"at-least-once", "enter")
        content = panel(app).find("diff").content
        plain = str(content)
        assert "Wrong" in plain and "exactly-once" in plain and "at-least-once" in plain
        styled: dict[str, str] = {}
        for span in content.spans:
            styled[plain[span.start : span.end]] = styled.get(plain[span.start : span.end], "") + " " + str(span.style)
        assert "strike" in styled["at-least-once"]  # the wrong part of the answer
        assert "underline" in styled["exactly-once"]  # the missing part of the expected one
        nuance = text_of(app, "#nuance")
        assert "Kafka to Kafka only" in nuance and "kafka.apache.org" in nuance


async def test_escape_shows_the_answer_and_proposes_again(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now, mode="typed")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("escape")
        assert "log" in text_of(app, "#back-text")
        await pilot.press("enter")
        assert [r[1] for r in reviews(store)] == [1]


async def test_multiple_choice_toggle_submit_and_result(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now, focus="replay", cram=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await skip_to(pilot, app, lambda c: c.kind == "scenario")
        card = app.screen.session.card
        assert footer_keys(app) == {"enter", "escape", "1", "b", "s", "q"}  # Esc: I don't know; nothing to undo yet
        assert [row.split("] ", 1)[1] for row in choice_rows(app)] == list(card.choices)
        rabbit = card.choices.index("RabbitMQ") + 1
        kafka = card.choices.index("Kafka") + 1
        await pilot.press(str(kafka), str(rabbit), str(rabbit))  # toggled twice: off again
        assert app.screen.picks.picked == {kafka - 1}
        await pilot.press("enter")
        assert app.screen.session.answer.verdict == "right"  # Redis Streams (👍/⚠️) may be left out
        marks = choice_rows(app)
        assert "✓" in marks[kafka - 1] and "✗" not in "".join(marks)
        assert "either way" in marks[card.choices.index("Redis Streams")]
        assert "Kafka: 👍 offsets" in text_of(app, "#explanation")
        await pilot.press("enter")
        assert reviews(store)[-1][:3] == (card.id, 3, "cram")


async def test_multiple_choice_wrong_pick_is_marked_and_proposes_again(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now, focus="replay", cram=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await skip_to(pilot, app, lambda c: c.kind == "scenario")
        card = app.screen.session.card
        rabbit = card.choices.index("RabbitMQ")
        await pilot.press(str(rabbit + 1), "enter")
        rows = choice_rows(app)
        assert "✗" in rows[rabbit]
        assert "missed" in rows[card.choices.index("Kafka")]
        assert app.screen.query_one(RatingBar).proposed == 1


async def test_choice_by_mouse_click(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now, focus="replay", cram=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await skip_to(pilot, app, lambda c: c.kind == "scenario")
        card = app.screen.session.card
        for index in card.correct:
            assert await click_choice(pilot, index)
        await pilot.pause()
        await pilot.press("enter")
        assert app.screen.session.answer.verdict == "right"


async def test_undo_brings_the_card_back_and_deletes_the_review(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        first = app.screen.session.card.id
        await pilot.press("space", "3")
        assert len(reviews(store)) == 1
        assert "u" in footer_keys(app)
        await pilot.press("u")
        assert reviews(store) == []
        assert app.screen.session.card.id == first
        assert progress_text(app).startswith("0 done")


async def test_ctrl_z_undoes_typing_and_ctrl_r_the_last_answer_while_typing(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now, mode="typed")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press(*"log", "enter", "enter")
        await skip_to(pilot, app, lambda card: not card.is_choice)  # a card typed into
        saved, last = len(reviews(store)), app.screen.session.history[-1].item.card_id
        assert footer_keys(app) == {"escape", "ctrl+z", "ctrl+r", "ctrl+q"}
        answer = app.screen.query_one("#answer")
        await pilot.press(*"at least")
        await pilot.press("ctrl+z")  # the typing, word by word; the saved answers stay
        await pilot.pause()
        assert answer.value == "at " and len(reviews(store)) == saved
        await pilot.press("ctrl+z", "ctrl+z")
        await pilot.pause()
        assert answer.value == "" and len(reviews(store)) == saved
        assert app.screen.session.card.id != last
        await pilot.press("ctrl+r")  # the last answer: review deleted, the card back
        await pilot.pause()
        assert len(reviews(store)) == saved - 1
        assert app.screen.session.card.id == last


async def test_q_quits_with_answers_saved(store, small_deck_path, now, tmp_db):
    app = study_app(store, small_deck_path, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("space", "3", "space", "4", "q")
        await pilot.pause()
        assert not app.is_running
    with Store.open(tmp_db) as other:
        assert other.db.execute("SELECT count(*) FROM reviews").fetchone()[0] == 2


async def test_ctrl_q_quits_even_while_typing(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now, mode="typed")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running


async def test_progress_counts_done_and_left_and_again_comes_back(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now, new_limit=2)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert progress_text(app) == "0 done · 2 new · 0 learning · 0 review"
        missed = app.screen.session.card.id
        await pilot.press("space", "1")  # Again: back within the session, as a learning card
        assert progress_text(app) == "1 done · 1 new · 1 learning · 0 review"
        await pilot.press("space", "4")
        assert app.screen.session.card.id == missed
        await pilot.press("space", "4")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)


async def test_summary_at_the_end_then_enter_closes(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now, new_limit=2)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("space", "4", "space", "1")
        session = app.screen.session
        await pilot.press("space", "4")  # the Again card, back again
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        figures = text_of(app, "#summary-figures")
        assert "Answered     3" in figures
        assert "67%" in figures
        assert "Next due" in figures
        await pilot.press("u")  # undo from the summary: back to the card
        await pilot.pause()
        assert isinstance(app.screen, StudyScreen) and session.done_count == 2
        await pilot.press("space", "4")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert not app.is_running


async def test_cram_does_not_change_the_schedule(store, small_deck_path, now):
    app = study_app(store, small_deck_path, now, cram=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "cram" in text_of(app, "#card-context")
        await pilot.press("space")
        labels = list(app.screen.query_one(RatingBar).label_text().values())
        assert labels == ["1 Again", "2 Hard", "▶ 3 Good", "4 Easy"]  # no intervals: nothing moves
        await pilot.press("1")
        row = store.db.execute("SELECT mode, scheduled FROM reviews").fetchone()
        assert row == ("cram", 0)
        assert store.db.execute("SELECT count(*) FROM cards WHERE state > 0").fetchone()[0] == 0


async def test_deck_text_is_shown_literally(store, tmp_path, small_deck_yaml, now):
    path = tmp_path / "markup.yaml"
    path.write_text(
        small_deck_yaml.replace("label: Model", "label: '[bold]x[/]'").replace("kafka: log", "kafka: '[red]boom[/red] $x'"),
        encoding="utf-8",
    )
    app = study_app(store, path, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "[bold]x[/]" in text_of(app, "#card-front")
        assert "[bold]x[/]" in text_of(app, "#card-context")
        await pilot.press("space")
        assert "[red]boom[/red] $x" in text_of(app, "#back-text")


async def test_bad_focus_is_a_message_not_a_crash(store, small_deck_path, now):
    app = make_app(store=store, clock=FakeClock(now), screen="home")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.open_mode("study", deck_name=str(small_deck_path), focus="nope")
        await pilot.pause()
        assert not isinstance(app.screen, StudyScreen)
        assert any("no topic 'nope'" in str(n.message) for n in app._notifications)


@pytest.mark.parametrize("mode", ["flip", "typed"])
async def test_resizing_never_crashes_and_keeps_the_card(store, small_deck_path, now, mode):
    app = study_app(store, small_deck_path, now, mode=mode)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for size in [(80, 24), (40, 12), (20, 8), (200, 60), (80, 24)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert app.size == size
        assert "Kafka — Model?" in text_of(app, "#card-front")
        await pilot.press(*("log" if mode == "typed" else ""), "enter" if mode == "typed" else "space")
        await pilot.resize_terminal(30, 10)
        await pilot.pause()
        await pilot.resize_terminal(80, 24)
        await pilot.press("3")
        assert len(reviews(store)) == 1


def test_cli_study_bad_focus_is_a_message_and_nothing_written(tmp_path):
    from click.testing import CliRunner

    from brokerquiz.cli import cli

    db = tmp_path / "focus.db"
    result = CliRunner().invoke(cli, ["study", "--db", str(db), "--focus", "nope"])
    assert result.exit_code == 2
    assert "no topic 'nope'" in result.output and "delivery" in result.output
    assert "Traceback" not in result.output
    with Store.open(db) as store:
        assert store.db.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0


def test_cli_study_bad_deck_is_file_line_col(tmp_path):
    from click.testing import CliRunner

    from brokerquiz.cli import cli

    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\ntitle: [unclosed\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["study", "--db", str(tmp_path / "x.db"), "--deck", str(bad)])
    assert result.exit_code == 1
    assert result.output.startswith(f"{bad}:")
    assert "Traceback" not in result.output
