"""Issue 13 in the interview: unanswered is unanswered (count, score, verdict), Esc is
"I don't know", the phrase question shows its first words, a blank phrase reschedules the
phrase card only."""

from __future__ import annotations

from brokerquiz.core.deck.cards import generate_cards
from brokerquiz.core.clock import FakeClock
from brokerquiz.core.deck.load import load_deck
from brokerquiz.core.sessions.interview.session import InterviewSession, schedule_wrong_answers, wrong_card_ids
from brokerquiz.core.sessions.interview.pick import pick_questions
from brokerquiz.core.sessions.interview.questions import card_question, compare_question
from brokerquiz.core.sessions.interview.report import build_report, history_lines
from brokerquiz.core.deck.library import open_deck


def small_questions(small_deck_path):
    deck = load_deck(small_deck_path)
    cards = generate_cards(deck)
    phrase = card_question(next(c for c in cards if c.kind == "phrase"), "phrase", deck.language)
    compare = compare_question(deck, "basics", "delivery", ["kafka", "rabbitmq"])
    return deck, cards, [compare, phrase]


def test_a_timed_out_blank_answer_is_unanswered_in_count_score_and_verdict(small_deck_path, now):
    deck, cards, questions = small_questions(small_deck_path)
    clock = FakeClock(now)
    session = InterviewSession(questions, clock, per_question_s=10)
    session.submit("Kafka: exactly-once; RabbitMQ: at-least-once")
    clock.advance(11)
    assert session.tick() == "finished"  # the phrase timed out, nothing typed
    assert session.answered == 1 and session.answers[1].verdict == "unanswered"
    report = build_report(session, deck.id)
    assert (report["answered"], report["unanswered"]) == (1, 1)
    assert report["questions"][1]["verdict"] == "unanswered" and report["questions"][1]["score"] == 0
    assert "1/2 answered" in history_lines([{"score": report["score"], "questions": 2, "report": report, "deck": deck.id}])[0]


def test_escape_is_i_dont_know_and_moves_on(small_deck_path, now):
    deck, cards, questions = small_questions(small_deck_path)
    session = InterviewSession(questions, FakeClock(now))
    session.dont_know()
    assert session.index == 1 and session.answered == 0 and session.score() == 0


def test_a_blank_phrase_reschedules_the_phrase_card_only(small_deck_path, now, store):
    deck, cards, questions = small_questions(small_deck_path)
    store.sync_cards(deck.id, cards)
    clock = FakeClock(now)
    session = InterviewSession(questions[1:], clock, per_question_s=10)
    clock.advance(11)
    session.tick()
    assert wrong_card_ids(session.answers[0]) == ["small/phrase/pitch"]
    assert schedule_wrong_answers(store, session, clock.now()) == 1
    # a wrong answer that said something still sends each clause it missed back
    said = InterviewSession(questions[1:], clock)
    said.submit("Redis for caching")
    assert len(wrong_card_ids(said.answers[0])) == 3


def test_the_phrase_question_shows_its_first_words_and_parts():
    deck, cards = open_deck("message-brokers.en")
    questions = pick_questions(deck, cards, {}, 4, seed=1)
    phrase = questions[-1]
    assert phrase.kind == "phrase"
    assert phrase.hint == "It begins: “The choice of broker …” — 5 parts to say."
    ru_deck, ru_cards = open_deck("message-brokers")
    ru = pick_questions(ru_deck, ru_cards, {}, 4, seed=1)[-1]
    assert ru.hint.startswith("Начало: «") and ru.hint.endswith("частей: 5.")


def test_the_report_says_unanswered_and_what_was_missing_in_the_study_words(small_deck_path, now):
    from brokerquiz.tui.screens.report import question_lines, summary_text

    deck, cards, questions = small_questions(small_deck_path)
    session = InterviewSession(questions, FakeClock(now))
    session.submit("Kafka: exactly-once")  # RabbitMQ's part left out
    session.dont_know()
    report = build_report(session, deck.id)
    assert "1/2 answered · 1 unanswered" in str(summary_text(report))
    first = "\n".join(str(t) for _, t in question_lines(1, report["questions"][0]))
    assert "≈ Partly right  75%" in first and "Expected" in first
    assert "Missing" in first and "at-least-once" in first.split("Missing", 1)[1]
    second = "\n".join(str(t) for _, t in question_lines(2, report["questions"][1]))
    assert "· No answer" in second and "(no answer)" in second and "Missing" not in second
