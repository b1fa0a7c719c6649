"""Issue 13 point 10 in Russian: at 80x24 the summary box does not wrap, the breadcrumb stays on
one line (titles shortened in the middle), the title ends with an ellipsis, and the footers of
study, quiz and interview show every key whole, in every phase."""

from __future__ import annotations

import pytest
from textual.geometry import Region
from textual.widgets._footer import FooterKey
from textual.widgets._header import HeaderTitle

from brokerquiz.core.clock import FakeClock
from brokerquiz.core.translate import use_language
from brokerquiz.tui.app import make_app
from brokerquiz.tui.screens.summary import SummaryScreen
from brokerquiz.tui.widgets.study_footer import KeyLine, StudyFooter
from study_pilot import card_text, skip_to, study_app
from test_snapshots_lang_study import RU_DECK_YAML

SIZE = (80, 24)


@pytest.fixture
def ru_deck(tmp_path):
    use_language("ru")
    path = tmp_path / "small-ru.yaml"
    path.write_text(RU_DECK_YAML, encoding="utf-8")
    return path


def first_line(widget) -> str:
    """What the widget shows on its first row, as drawn (truncation included)."""
    return widget.render_lines(Region(0, 0, widget.size.width, 1))[0].text


def assert_footer_whole(screen, phase: str) -> None:
    if screen.query(StudyFooter):  # the study footer draws its keys as one line
        line = screen.query_one("#footer-keys", KeyLine)
        assert line.spans, phase
        for start, end, key in line.spans:
            assert end <= line.region.width, f"{phase}: {key.key} {key.description!r} is cut"
        return
    keys = [k for k in screen.query(FooterKey) if k.display and not k.has_class("-command-palette")]
    palette = screen.query_one(".-command-palette", FooterKey)
    assert keys, phase
    for key in keys:
        assert key.region.width > 0 and key.region.right <= palette.region.x, f"{phase}: {key.key} {key.description!r} is cut"


def assert_title_fits(screen) -> str:
    """The header's title whole, or cut with an ellipsis: never cut mid-word without one."""
    shown = first_line(screen.query_one(HeaderTitle)).strip()
    whole = f"{screen.title} — {screen.sub_title}"
    assert shown == whole or (shown.endswith("…") and whole.startswith(shown[:-1].rstrip())), shown
    return shown


async def test_a_long_title_ends_with_an_ellipsis(utc_store, ru_deck, now):
    app = study_app(utc_store, ru_deck, now, cram=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        shown = assert_title_fits(app.screen)
        assert shown.endswith("…") and "учёба (зубрёжка)" in shown


async def test_summary_box_does_not_wrap_in_russian(utc_store, ru_deck, now):
    app = study_app(utc_store, ru_deck, now, new_limit=6)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        session = app.screen.session
        ratings = iter((1, 2, 3, 4, 3, 3))
        while session.current is not None:
            session.reveal()
            session.rate(next(ratings, 4))
        await app.screen.paint()
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        for widget_id in ("#summary-figures", "#summary-next"):
            block = app.screen.query_one(widget_id)
            lines = str(block.render()).split("\n")
            assert block.size.height == len(lines), f"a line of {widget_id} wrapped"
        figures = str(app.screen.query_one("#summary-figures").render())
        assert "Следующая    через 1 д (сб 21 ноя 09:00)" in figures  # Russian interval and date words
        assert "█ Снова 1" in figures
        assert_footer_whole(app.screen, "summary")


async def test_study_breadcrumb_title_and_footer_fit_in_every_phase(utc_store, ru_deck, now):
    app = study_app(utc_store, ru_deck, now, mode="typed")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert_title_fits(screen)
        crumb = card_text(app, "context").split("\n")  # the card's context line, as the card panel draws it
        assert len(crumb) == 1
        line = crumb[0]
        assert "…" in line and line.rstrip().endswith("факт"), line  # shortened in the middle, the kind kept
        assert_footer_whole(screen, "typed question")
        await pilot.press(*"лог", "enter")
        await pilot.pause()
        assert_footer_whole(screen, "typed verdict")
        await pilot.press("3")  # rated: the next card
        await pilot.pause()
        await skip_to(pilot, app, lambda card: card.is_choice)
        assert_footer_whole(screen, "choice question")
        await pilot.press("1", "enter")
        await pilot.pause()
        assert_footer_whole(screen, "choice answered")


async def test_flip_study_footer_fits(utc_store, ru_deck, now):
    app = study_app(utc_store, ru_deck, now)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert_footer_whole(app.screen, "flip question")
        await pilot.press("space")
        await pilot.pause()
        assert_footer_whole(app.screen, "flip answered")
        await pilot.press("b")  # bury: a notice, the next card
        await pilot.pause()
        assert_footer_whole(app.screen, "after bury")


async def test_quiz_and_interview_footers_fit(utc_store, ru_deck, now):
    quiz = make_app(store=utc_store, clock=FakeClock(now), screen="quiz", deck_name=str(ru_deck), count=4, seed=2)
    async with quiz.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for question in range(4):
            assert_footer_whole(quiz.screen, f"quiz question {question}")
            await pilot.press("escape")  # I don't know
            await pilot.pause()
            assert_footer_whole(quiz.screen, f"quiz verdict {question}")
            await pilot.press("enter")
            await pilot.pause()
        assert_footer_whole(quiz.screen, "quiz score")
    interview = make_app(store=utc_store, clock=FakeClock(now), screen="interview", deck_name=str(ru_deck), questions=3, seed=3)
    async with interview.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert_footer_whole(interview.screen, "interview question")
        assert "Собеседование" in first_line(interview.screen.query_one("#iv-countdown"))
