"""The mock interview's core: picking questions, the timers, grading by parts, the report,
the history and what goes back to the schedule. Plain pytest, a FakeClock, a temp database."""

from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner

from brokerquiz.cli import cli
from brokerquiz.core.deck.cards import generate_cards, subject_aliases
from brokerquiz.core.clock import FakeClock
from brokerquiz.core.deck.load import load_deck
from brokerquiz.core.sessions.interview.session import InterviewSession, schedule_wrong_answers, wrong_card_ids
from brokerquiz.core.sessions.interview.grading import grade_question
from brokerquiz.core.sessions.interview.pick import pick_questions
from brokerquiz.core.sessions.interview.questions import (
    card_question,
    compare_question,
    scenario_question,
    use_question,
)
from brokerquiz.core.sessions.interview.report import build_report, history_lines, save, sparkline, trend, trend_text
from brokerquiz.core.deck.library import open_deck
from brokerquiz.errors import SessionError
from brokerquiz.core.store.facade import Store


@pytest.fixture
def small(small_deck_path):
    deck = load_deck(small_deck_path)
    return deck, generate_cards(deck)


@pytest.fixture
def shipped():
    return open_deck("message-brokers")


def session_of(questions, clock, **kw):
    kw.setdefault("per_question_s", 30)
    return InterviewSession(questions, clock, **kw)


# --------------------------------------------------------------------------- questions


def test_compare_question_is_localised_and_has_one_part_per_broker(shipped):
    deck, _ = shipped
    q = compare_question(deck, "comparison", "delivery", ["rabbitmq", "kafka"])
    assert q.prompt == "Сравните «Гарантия доставки» у Kafka и RabbitMQ."
    assert [p.label for p in q.parts] == ["Kafka", "RabbitMQ"]
    assert q.model_answer.splitlines() == [
        "Kafka: at-most-once / at-least-once / exactly-once",
        "RabbitMQ: at-least-once",
    ]
    assert "message-brokers/compare/comparison/delivery" in q.card_ids


def test_compare_question_in_english(small):
    deck, _ = small
    q = compare_question(deck, "basics", "delivery", ["kafka", "rabbitmq", "redis"])
    assert q.prompt == "Compare “Delivery guarantee” for Kafka, RabbitMQ and Redis Streams."


def test_scenario_of_two_rows_wants_brokers_that_fit_both(shipped):
    deck, _ = shipped
    q = scenario_question(deck, "heavy-scenarios", ["high-load", "replay"])
    assert q.prompt.startswith("«Высокая нагрузка (миллионы/с)» и «Событийная история / replay»")
    assert [p.label for p in q.parts if p.role == "name"] == ["Kafka", "NATS JetStream"]
    # RabbitMQ's ❌ for replay carries a nuance (streams replay since 3.9): not held against you
    assert [p.label for p in q.parts if p.role == "avoid"] == []
    assert q.topics == ("heavy-scenarios/high-load", "heavy-scenarios/replay")
    assert "Kafka: 👍 партиции; 👍 offset-based" in q.model_answer
    assert "С оговорками: RabbitMQ (⚠️ сложно; ❌ нет)" in q.model_answer
    assert any(n.startswith("RabbitMQ: Устарело") and n.endswith("[https://www.rabbitmq.com/docs/streams]") for n in q.notes)


def test_a_plain_bad_rating_is_to_avoid(small):
    deck, _ = small
    q = scenario_question(deck, "scenarios", ["replay"])  # Kafka 👍, RabbitMQ ❌, Redis 👍/⚠️
    assert [(p.label, p.role) for p in q.parts] == [("Kafka", "name"), ("RabbitMQ", "avoid")]
    assert q.model_answer.splitlines() == [
        "Kafka: 👍 offsets",
        "With caveats: Redis Streams (👍/⚠️ limited by maxlen)",
        "Does not fit: RabbitMQ (❌ no)",
    ]


def test_use_question_model_answer_has_items_and_takeaway(shipped):
    deck, _ = shipped
    q = use_question(deck, "when-to-use", "kafka")
    assert q.prompt == "Когда вы выберете Kafka?"
    assert len(q.parts) == 3
    assert q.model_answer.splitlines()[-1].startswith("Kafka = мощный")


def test_pick_is_reproducible_mixed_spread_and_ends_with_the_phrase(shipped):
    deck, cards = shipped
    first = pick_questions(deck, cards, {}, 8, seed=42)
    again = pick_questions(deck, cards, {}, 8, seed=42)
    assert [q.key for q in first] == [q.key for q in again]
    assert len(first) == 8
    assert first[-1].kind == "phrase"
    assert {q.kind for q in first} == {"compare", "scenario", "use", "follow-up", "phrase"}
    topics = [t for q in first for t in q.topics]
    assert len(topics) == len(set(topics))  # no two questions on one topic
    others = {tuple(q.key for q in pick_questions(deck, cards, {}, 8, seed=s)) for s in range(5)}
    assert len(others) > 1  # the seed matters


def test_pick_favours_weak_material(shipped):
    deck, cards = shipped
    # every card known well except one row, which keeps lapsing
    strong = {"state": 2, "stability": 200.0, "lapses": 0}
    states = {c.id: dict(strong) for c in cards}
    for c in cards:
        if c.topic == "comparison/ordering" and c.kind == "fact":
            states[c.id] = {"state": 3, "stability": 0.4, "lapses": 4}
    for seed in range(5):
        picked = pick_questions(deck, cards, states, 3, seed=seed)
        assert any("comparison/ordering" in q.topics for q in picked), seed


def test_same_seed_and_same_db_state_give_the_same_questions(shipped, store, now):
    deck, cards = shipped
    store.sync_cards(deck.id, cards)
    for card in cards[:40]:
        store.record_review(card.id, 3, now)
    store.record_review(cards[3].id, 1, now)
    ids = [c.id for c in cards]
    a = pick_questions(deck, cards, store.card_states(ids), 6, seed=7)
    b = pick_questions(deck, cards, store.card_states(ids), 6, seed=7)
    assert [q.key for q in a] == [q.key for q in b]
    fresh = pick_questions(deck, cards, {}, 6, seed=7)
    assert [q.key for q in fresh] != [q.key for q in a]  # progress changes the pick


def test_small_deck_runs_out_of_rows_gracefully(small):
    deck, cards = small
    picked = pick_questions(deck, cards, {}, 20, seed=1)
    assert picked[-1].kind == "phrase"
    assert 2 <= len(picked) <= 20


# Decks that pass `check` but give an interview nothing to ask.
NOTHING_TO_ASK = {
    "one cell per row": (
        "id: thin\ntitle: Thin\nlanguage: en\nsubjects:\n  a: Kafka\n  b: RabbitMQ\ntables:\n  t:\n"
        "    title: T\n    rows:\n      r1:\n        label: Model\n        a: log\n"
        "      r2:\n        label: Routing\n        b: exchanges\n"
    ),
    "no sections": "id: bare\ntitle: Bare\nlanguage: en\nsubjects:\n  a: Kafka\n  b: RabbitMQ\n",
}


@pytest.fixture(params=list(NOTHING_TO_ASK), ids=list(NOTHING_TO_ASK))
def nothing_to_ask(request, tmp_path):
    path = tmp_path / "thin.yaml"
    path.write_text(NOTHING_TO_ASK[request.param], encoding="utf-8")
    assert CliRunner().invoke(cli, ["check", str(path)]).exit_code == 0  # a valid deck
    return path


def test_a_deck_with_nothing_to_ask_is_a_session_error_naming_what_it_needs(nothing_to_ask):
    deck = load_deck(nothing_to_ask)
    with pytest.raises(SessionError) as raised:
        pick_questions(deck, generate_cards(deck), {}, 8, seed=1)
    message = str(raised.value)
    assert deck.id in message
    for need in ("tables", "two or more subjects", "ratings", "lists", "follow_ups", "phrases"):
        assert need in message


def test_interview_on_a_deck_with_nothing_to_ask_is_a_message(nothing_to_ask, tmp_db, monkeypatch):
    def no_ui(**_):
        raise AssertionError("the interview screen was opened")

    monkeypatch.setattr("brokerquiz.tui.app.run_app", no_ui)
    result = CliRunner().invoke(cli, ["interview", "--db", str(tmp_db), "--deck", str(nothing_to_ask)])
    assert result.exit_code == 1, result.output
    assert result.output.startswith(f"error: {nothing_to_ask}: ") and "Traceback" not in result.output
    assert "nothing to ask" in result.output and "follow_ups" in result.output
    assert not tmp_db.exists()  # refused before the database is opened


def test_asking_for_no_question_is_a_session_error(small):
    deck, cards = small
    with pytest.raises(SessionError, match="at least one question"):
        pick_questions(deck, cards, {}, 0, seed=1)


def test_one_question_is_the_phrase(small):
    deck, cards = small
    [only] = pick_questions(deck, cards, {}, 1, seed=1)
    assert only.kind == "phrase"


# --------------------------------------------------------------------------- timer


def test_remaining_counts_down_and_the_question_never_outlasts_the_interview(small, now):
    deck, cards = small
    clock = FakeClock(now)
    s = session_of(pick_questions(deck, cards, {}, 3, seed=1), clock, per_question_s=30, total_s=40)
    assert s.remaining().question == 30 and s.remaining().total == 40
    clock.advance(10)
    assert s.remaining().question == 20 and s.remaining().total == 30
    s.submit("x")
    assert s.remaining().question == 30
    clock.advance(5)
    s.submit("y")
    assert s.remaining().question == 25  # capped by the 25 s left in total
    assert s.answers[0].seconds == 10 and s.answers[1].seconds == 5


def test_tick_submits_the_draft_on_timeout_and_ends_at_the_limit(small, now):
    deck, cards = small
    clock = FakeClock(now)
    s = session_of(pick_questions(deck, cards, {}, 3, seed=1), clock, per_question_s=20)
    assert s.total_s == 60  # questions × seconds by default
    s.draft = "typed so far"
    clock.advance(19.9)
    assert s.tick() is None
    clock.advance(0.1)
    assert s.tick() == "timeout"
    assert s.answers[0].answer == "typed so far" and s.answers[0].timed_out
    assert s.answers[0].seconds == 20
    assert s.draft == ""
    clock.advance(20)
    assert s.tick() == "timeout"
    clock.advance(25)  # past both the question and the interview
    assert s.tick() == "finished"
    assert s.finished and s.tick() is None
    assert len(s.answers) == 3
    assert s.remaining().total == 0


def test_total_limit_leaves_questions_not_reached(small, now):
    deck, cards = small
    clock = FakeClock(now)
    s = session_of(pick_questions(deck, cards, {}, 3, seed=1), clock, per_question_s=60, total_s=30)
    clock.advance(31)
    assert s.tick() == "finished"
    assert len(s.answers) == 1 and s.index == 1 and len(s.questions) == 3  # two never reached
    assert s.score() == 0


def test_abandon_keeps_answers(small, now):
    deck, cards = small
    s = session_of(pick_questions(deck, cards, {}, 3, seed=1), FakeClock(now))
    s.submit("something")
    s.abandon()
    assert s.finished and s.abandoned and len(s.answers) == 1
    with pytest.raises(SessionError):
        s.submit("late")


def test_bad_session_arguments_are_refused(small, now):
    deck, cards = small
    qs = pick_questions(deck, cards, {}, 2, seed=1)
    with pytest.raises(SessionError):
        InterviewSession([], FakeClock(now))
    with pytest.raises(SessionError):
        InterviewSession(qs, FakeClock(now), per_question_s=0)


# --------------------------------------------------------------------------- grading


def test_compare_is_graded_per_broker_with_partial_credit(shipped):
    deck, _ = shipped
    aliases = subject_aliases(deck)
    q = compare_question(deck, "comparison", "delivery", ["kafka", "rabbitmq"])
    full = grade_question(q, "Kafka: at-most-once / at-least-once / exactly-once; RabbitMQ: at-least-once", aliases=aliases)
    assert full.verdict == "right" and full.score == 1
    half = grade_question(q, "Rabbit: at-least-once", aliases=aliases)
    assert half.verdict == "partly" and half.score == pytest.approx(0.5)
    assert [p.verdict for p in half.parts] == ["wrong", "right"]
    swapped = grade_question(q, "Kafka: at-most-once; RabbitMQ: exactly-once", aliases=aliases)
    assert swapped.parts[1].verdict == "wrong"
    assert grade_question(q, "", aliases=aliases).score == 0
    assert grade_question(q, "не знаю", aliases=aliases).score == 0


def test_scenario_rewards_right_brokers_and_costs_for_wrong_ones(shipped):
    deck, _ = shipped
    aliases = subject_aliases(deck)
    q = scenario_question(deck, "heavy-scenarios", ["exactly-once"])  # Kafka, NATS 👍; RabbitMQ, Redis ❌
    assert grade_question(q, "Kafka и NATS: транзакции и дедупликация", aliases=aliases).verdict == "right"
    assert grade_question(q, "кафка", aliases=aliases).score == pytest.approx(0.5)
    one_wrong = grade_question(q, "Kafka, JetStream, RabbitMQ", aliases=aliases)
    assert one_wrong.score == pytest.approx(0.75)
    assert {p.label: p.verdict for p in one_wrong.parts}["RabbitMQ"] == "wrong"
    assert grade_question(q, "Kafka, NATS, RabbitMQ, Redis", aliases=aliases).score == pytest.approx(0.5)
    assert grade_question(q, "RabbitMQ", aliases=aliases).verdict == "wrong"


def test_use_items_covered(shipped):
    deck, _ = shipped
    aliases = subject_aliases(deck)
    q = use_question(deck, "when-to-use", "kafka")
    all_three = grade_question(q, "миллионы сообщений в секунду, event sourcing, audit trails", aliases=aliases)
    assert all_three.verdict == "right"
    one = grade_question(q, "event sourcing", aliases=aliases)
    assert [p.verdict for p in one.parts] == ["wrong", "right", "wrong"]
    assert one.score == pytest.approx(1 / 3) and one.verdict == "partly"
    assert grade_question(q, "кеш сессий", aliases=aliases).verdict == "wrong"


def test_phrase_and_follow_up(shipped):
    deck, cards = shipped
    aliases = subject_aliases(deck)
    phrase = card_question(next(c for c in cards if c.kind == "phrase"), "phrase")
    assert [p.label for p in phrase.parts][0] == "criteria"
    assert grade_question(phrase, phrase.parts[0].expected + ": " + "; ".join(p.expected for p in phrase.parts[1:]), aliases=aliases).verdict == "right"
    half = grade_question(phrase, "Kafka для event sourcing и аналитики, RabbitMQ для workflow и pub-sub", aliases=aliases)
    assert half.verdict == "partly"
    follow = card_question(next(c for c in cards if c.id.endswith("follow-up/zookeeper")), "follow-up")
    assert grade_question(follow, "нет, KRaft", aliases=aliases).verdict == "right"
    assert grade_question(follow, "да, нужен", aliases=aliases).verdict == "wrong"


# --------------------------------------------------------------------------- report, history


def answered_session(shipped, now, answers):
    deck, cards = shipped
    clock = FakeClock(now)
    questions = [
        compare_question(deck, "comparison", "delivery", ["kafka", "rabbitmq"]),
        scenario_question(deck, "heavy-scenarios", ["exactly-once"]),
        use_question(deck, "when-to-use", "kafka"),
    ]
    s = InterviewSession(questions, clock, per_question_s=60, aliases=subject_aliases(deck))
    for text in answers:
        clock.advance(12)
        s.submit(text)
    return s


def test_report_scores_topics_weakest_and_commands(shipped, now):
    s = answered_session(shipped, now, ["Kafka: at-most-once / at-least-once / exactly-once; RabbitMQ: at-least-once", "RabbitMQ"])
    report = build_report(s, "message-brokers", deck_name=None, history=[])
    assert report["percent"] == round(100 * (1 + 0 + 0) / 3)
    assert report["answered"] == 2
    assert [q["verdict"] for q in report["questions"]] == ["right", "wrong", "not reached"]
    assert report["questions"][0]["seconds"] == 12
    assert report["questions"][1]["answer"] == "RabbitMQ"
    # the question never reached says nothing about its topic: it is not scored, nor "weakest"
    assert {t["topic"]: t["score"] for t in report["topics"]} == {
        "comparison/delivery": 1.0,
        "heavy-scenarios/exactly-once": 0.0,
    }
    assert [w["command"] for w in report["weakest"]] == [
        "brokerquiz study --focus heavy-scenarios/exactly-once",
    ]
    assert report["trend"]["delta"] is None


def test_report_command_names_a_deck_that_is_not_the_default(shipped, now):
    s = answered_session(shipped, now, [""])
    report = build_report(s, "message-brokers", deck_name="decks/mine.yaml")
    assert report["weakest"][0]["command"].startswith("brokerquiz study --deck decks/mine.yaml --focus ")


def test_trend_against_earlier_interviews():
    history = [  # newest first, as store.interviews() returns them
        {"score": 0.71, "report": {}},
        {"score": 0.2, "report": {"abandoned": True}},
        {"score": 0.5, "report": {}},
    ]
    t = trend(history, 83)
    assert t["delta"] == 12 and t["best"] == 71
    assert t["past"] == [50, 71]
    assert trend_text(t) == "+12 pts vs last, best 71%"
    assert trend_text(trend(history, 60)) == "−11 pts vs last, best 71%"
    assert t["spark"] == sparkline([50, 71, 83]) and len(t["spark"]) == 3
    assert sparkline([0, 100]) == "▁█"


def test_saved_interviews_feed_history_and_trend(shipped, now, store):
    deck, cards = shipped
    store.sync_cards(deck.id, cards)
    for answers in (["RabbitMQ: at-least-once"], ["Kafka: at-most-once / at-least-once / exactly-once; RabbitMQ: at-least-once", "Kafka, NATS"]):
        s = answered_session(shipped, now, answers)
        report = build_report(s, deck.id, history=store.interviews(deck.id))
        save(store, report, questions=3, started_at=s.started_at, finished_at=s.clock.now())
    saved = store.interviews(deck.id)
    assert [round(h["score"] * 100) for h in saved] == [67, 17]
    assert saved[0]["report"]["trend"]["delta"] == 50
    lines = history_lines(saved)
    assert "67%" in lines[0] and "2/3 answered" in lines[0]
    assert "17%" in lines[1]
    assert lines[-1].startswith("trend  ") and "best 67%" in lines[-1]
    assert history_lines([]) == ["No interviews yet. Start one: brokerquiz interview"]
    assert history_lines([], "message-brokers-en") == [
        "No interviews yet. Start one: brokerquiz interview --deck message-brokers-en"
    ]


def test_wrong_answers_send_their_cards_to_again(shipped, now, store):
    deck, cards = shipped
    store.sync_cards(deck.id, cards)
    s = answered_session(shipped, now, ["RabbitMQ: at-least-once", "RabbitMQ", "event sourcing"])
    ids = [wrong_card_ids(a) for a in s.answers]
    assert ids[0] == ["message-brokers/fact/comparison/delivery/kafka"]  # partly: only the wrong part
    assert "message-brokers/scenario/heavy-scenarios/exactly-once" in ids[1]  # wrong: all behind it
    count = schedule_wrong_answers(store, s, now)
    assert count == len({c for group in ids for c in group})
    rows = list(store.db.query("SELECT card_id, rating, mode, scheduled FROM reviews"))
    assert {r["mode"] for r in rows} == {"interview"} and {r["rating"] for r in rows} == {1}
    states = store.card_states(["message-brokers/fact/comparison/delivery/kafka", "message-brokers/fact/comparison/delivery/rabbitmq"])
    assert states["message-brokers/fact/comparison/delivery/kafka"]["state"] != 0
    assert states["message-brokers/fact/comparison/delivery/rabbitmq"]["state"] == 0  # answered right


# --------------------------------------------------------------------------- CLI


def test_history_command_lists_interviews_in_plain_text(shipped, now, tmp_db):
    deck, cards = shipped
    with Store.open(tmp_db) as store:
        store.sync_cards(deck.id, cards)
        s = answered_session(shipped, now, ["Kafka: at-most-once / at-least-once / exactly-once; RabbitMQ: at-least-once"])
        save(store, build_report(s, deck.id), questions=3, started_at=s.started_at, finished_at=now)
    result = CliRunner().invoke(cli, ["interview", "--db", str(tmp_db), "--history"])
    assert result.exit_code == 0, result.output
    assert "33%" in result.output and "1/3 answered" in result.output and "message-brokers" in result.output


def test_history_does_not_import_textual(tmp_db):
    code = (
        "import sys; from brokerquiz.cli import cli\n"
        f"try:\n cli(['interview', '--db', {str(tmp_db)!r}, '--history'])\n"
        "except SystemExit as e:\n assert not e.code, e.code\n"
        "assert 'textual' not in sys.modules, 'textual imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "No interviews yet" in done.stdout


def test_bad_options_and_decks_are_messages_not_tracebacks(tmp_path, tmp_db):
    runner = CliRunner()
    result = runner.invoke(cli, ["interview", "--db", str(tmp_db), "--questions", "0"])
    assert result.exit_code == 2 and "--questions" in result.output
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\ntitle: [unclosed\n", encoding="utf-8")
    result = runner.invoke(cli, ["interview", "--db", str(tmp_db), "--deck", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:" in result.output and "Traceback" not in result.output
    assert not tmp_db.exists()  # nothing written
