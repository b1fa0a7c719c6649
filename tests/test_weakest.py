"""Weakest rows count every answer: study, cram, quiz and mock interview (issue 13, point 9)."""

from __future__ import annotations

from datetime import timedelta

from click.testing import CliRunner

from brokerquiz.cli import cli
from brokerquiz.core.deck.cards import generate_cards
from brokerquiz.core.deck.load import parse_deck
from brokerquiz.core.store.facade import Store


def small(small_deck_yaml):
    deck = parse_deck(small_deck_yaml, "small.yaml")
    return deck, generate_cards(deck)


def interview_report(topics: dict[str, float]) -> dict:
    return {"topics": [{"topic": t, "label": t, "score": s} for t, s in topics.items()]}


def test_an_interview_with_zero_percent_topics_makes_them_weakest(store, small_deck_yaml, now):
    deck, cards = small(small_deck_yaml)
    store.sync_cards(deck.id, cards)
    assert store.stats(deck.id, now=now).weakest == []
    fact = next(c for c in cards if c.topic == "basics/delivery")
    # what an interview saves: its report, and an Again for the card behind a wrong answer
    store.record_review(fact.id, 1, now, correct=False, mode="interview")
    store.save_interview(deck.id, started_at=now, finished_at=now, score=0.0, questions=2,
                         report=interview_report({"basics/delivery": 0.0, "basics/model": 1.0}))
    weakest = store.stats(deck.id, now=now).weakest
    assert [(w.topic, w.misses, w.answers) for w in weakest] == [("basics/delivery", 1, 1)]
    assert weakest[0].by_mode == {"interview": 1}  # the report counts; its Again is not counted twice


def test_quiz_misses_count_and_rank_with_study_ones(store, small_deck_yaml, now):
    deck, cards = small(small_deck_yaml)
    store.sync_cards(deck.id, cards)
    model = [c for c in cards if c.topic == "basics/model"]
    delivery = [c for c in cards if c.topic == "basics/delivery"]
    for card in model[:2]:  # two wrong quiz answers: the schedule is untouched, the row is weak
        store.record_review(card.id, 1, now, correct=False, mode="quiz", schedule=False)
    store.record_review(delivery[0].id, 1, now - timedelta(hours=1))  # one Again in study
    store.record_review(delivery[0].id, 3, now, correct=True, mode="quiz", schedule=False)
    weakest = store.stats(deck.id, now=now).weakest
    assert [(w.topic, w.misses, w.answers) for w in weakest] == [
        ("basics/model", 2, 2), ("basics/delivery", 1, 2),
    ]
    assert weakest[0].by_mode == {"quiz": 2} and weakest[0].lapses == 0


def test_a_damaged_interview_report_is_skipped_not_fatal(store, small_deck_yaml, now):
    deck, cards = small(small_deck_yaml)
    store.sync_cards(deck.id, cards)
    store.save_interview(deck.id, started_at=now, report=None)
    store.conn.execute("INSERT INTO interviews (deck, started_at, report) VALUES (?, ?, ?)",
                       [deck.id, "2026-01-01", "{not json"])
    store.conn.commit()
    assert store.stats(deck.id, now=now).weakest == []


def test_cli_stats_lists_the_weakest_rows(tmp_path, small_deck_path, small_deck_yaml, now):
    db = tmp_path / "p.db"
    deck, cards = small(small_deck_yaml)
    with Store.open(db) as store:
        store.sync_cards(deck.id, cards)
        store.save_interview(deck.id, started_at=now, report=interview_report({"basics/delivery": 0.0}))
    result = CliRunner().invoke(cli, ["--db", str(db), "stats", "--deck", str(small_deck_path)])
    assert result.exit_code == 0, result.output
    assert "Weakest" in result.output and "basics/delivery" in result.output
    assert "1 of 1 missed" in result.output


async def test_the_stats_screen_shows_a_row_an_interview_missed(store, small_deck_path, small_deck_yaml, now):
    from brokerquiz.core.clock import FakeClock
    from brokerquiz.tui.app import make_app

    deck, cards = small(small_deck_yaml)
    store.sync_cards(deck.id, cards)
    store.save_interview(deck.id, started_at=now, report=interview_report({"basics/delivery": 0.0}))
    app = make_app(store=store, clock=FakeClock(now), screen="stats", deck_name=str(small_deck_path))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        weakest = str(app.screen.query_one("#weakest").render())
        assert "Delivery guarantee" in weakest and "1/1" in weakest, weakest
        assert "nothing stands out" not in weakest
