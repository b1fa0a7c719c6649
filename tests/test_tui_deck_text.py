"""The second line on screen: deck text that got past the YAML reader (here: a planted cache
entry, as an old cache or a shared cache dir could hold) is drawn with visible escapes, never
as the control sequences themselves, and never crashes a screen.

A subject named "Kafka\\a" crashed the quiz (StopIteration inside Textual's content code); an
ESC sequence in a cell went to the terminal as it was (OSC 52 writes the clipboard).
"""

from __future__ import annotations

import pytest
from textual.widgets import OptionList, Static

from brokerquiz import locations
from brokerquiz.core.deck import cache as deck_cache, library
from brokerquiz.core.deck.cards import generate_cards
from brokerquiz.core.clock import FakeClock
from brokerquiz.core.deck.load import load_deck
from brokerquiz.core.safe_text import UNSAFE
from brokerquiz.tui.app import make_app
from brokerquiz.tui.screens.report import ReportScreen
from brokerquiz.tui.widgets.answer_diff import diff_content
from brokerquiz.tui.widgets.literal import assemble, literal, printable_data

EVIL = "\x07\x1b]52;c;cHduZWQ=\x07\x1b[2J\u202e\x9b"
TEXT_FIELDS = ("text", "name", "title", "label", "note", "question", "answer", "source", "takeaways_title")


def taint(value):
    """Every text field of a deck (not its keys) with EVIL appended."""
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        changes = {f: taint(getattr(value, f)) for f in value._fields}
        for f in TEXT_FIELDS:
            if isinstance(changes.get(f), str) and changes[f]:
                changes[f] += EVIL
        return value._replace(**changes)
    if isinstance(value, tuple):
        return tuple(taint(v) for v in value)
    if isinstance(value, dict):
        return {k: taint(v) for k, v in value.items()}
    return value


def plant(path):
    """A cache entry for the deck file at `path` holding the tainted deck: open_deck serves it."""
    key = deck_cache.cache_key(path)
    deck = taint(load_deck(path))
    assert deck_cache.write(path, key, deck, tuple(generate_cards(deck)))
    return deck


@pytest.fixture(autouse=True)
def _cache(tmp_path, monkeypatch):
    monkeypatch.setenv(locations.CACHE_ENV, str(tmp_path / "cache"))
    library._load.cache_clear()
    yield
    library._load.cache_clear()


def shown(app) -> str:
    """What the screen draws: every visible Static and option, and the header's titles."""
    parts = [app.screen.title or "", app.screen.sub_title or ""]
    for widget in app.screen.query(Static):
        if widget.display:
            parts.append(str(widget.render()))
    for options in app.screen.query(OptionList):
        parts += [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
    return "\n".join(parts)


def assert_clean(app) -> str:
    text = shown(app)
    assert not UNSAFE.search(text), repr(UNSAFE.findall(text))
    return text


async def test_a_subject_with_a_bell_does_not_crash_the_quiz(store, now, small_deck_path):
    plant(small_deck_path)
    app = make_app(store=store, clock=FakeClock(now), screen="quiz", deck_name=str(small_deck_path), kind="all", count=6, seed=1)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        seen = ""
        for _ in range(6):  # each question: choices or typed, the feedback, then the next
            seen += assert_clean(app)
            if app.screen.session.current.is_choice:
                await pilot.press("1")
            await pilot.press("enter")
            await pilot.pause()
            seen += assert_clean(app)
            await pilot.press("enter")
            await pilot.pause()
        seen += assert_clean(app)  # the score, with the misses' questions and answers
        assert app.return_code is None and app.screen.id != "_default"
        assert "\\x07\\x1b]52;c;cHduZWQ=" in seen and "\\u202e" in seen


async def test_study_card_answer_nuance_and_header_are_printable(store, now, small_deck_path):
    plant(small_deck_path)
    app = make_app(store=store, clock=FakeClock(now), screen="study", deck_name=str(small_deck_path))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        for _ in range(8):
            assert_clean(app)
            await pilot.press("space")  # flip: the answer, the explanation and the nuance
            await pilot.pause()
            text = assert_clean(app)
            await pilot.press("3")
            await pilot.pause()
        assert "\\x1b[2J" in text
        assert app.screen.sub_title.startswith("Small deck\\x07")


async def test_interview_and_its_report_are_printable(store, now, small_deck_path):
    plant(small_deck_path)
    clock = FakeClock(now)
    app = make_app(store=store, clock=clock, screen="interview", deck_name=str(small_deck_path), questions=3, seed=1)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        for _ in range(3):
            assert_clean(app)
            app.screen.query_one("#iv-answer").value = "log" + EVIL  # typed (pasted) text too
            await pilot.press("enter")
            await pilot.pause()
        assert isinstance(app.screen, ReportScreen)
        assert "\\x1b]52" in assert_clean(app)


async def test_stats_screen_is_printable(store, now, small_deck_path):
    plant(small_deck_path)
    app = make_app(store=store, clock=FakeClock(now), screen="stats", deck_name=str(small_deck_path))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert "Small deck\\x07" in assert_clean(app)


async def test_home_deck_list_is_printable(store, now):
    for path in library.shipped_decks().values():
        plant(path)
    app = make_app(store=store, clock=FakeClock(now), screen="home")
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert "\\x1b[2J" in assert_clean(app)


def test_the_widget_helpers_escape_every_part():
    assert str(literal("a\x1bb")) == "a\\x1bb"
    assert str(assemble("x\x07", ("y\u202e", "bold"), literal("z"))) == "x\\x07y\\u202ez"
    diff = diff_content("wrong", "lo\x1bg", "queue\x9b", ["queue\x9b"], ["lo\x1bg"], "because\x07")
    assert not UNSAFE.search(str(diff)) and "lo\\x1bg" in str(diff)
    assert printable_data({"a": ["b\x1b", ("c\x07", 1)], "n": 2}) == {"a": ["b\\x1b", ("c\\x07", 1)], "n": 2}
