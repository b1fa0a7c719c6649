"""The study session state machine, without a terminal: queue, answers, ratings, undo, cram, focus."""

from __future__ import annotations

from datetime import timedelta

import pytest

from brokerquiz.core.deck.cards import generate_cards, subject_aliases
from brokerquiz.core.clock import FakeClock
from brokerquiz.core.deck.load import parse_deck
from brokerquiz.core.sessions.study import ANSWERED, DONE, QUESTION, SessionError, StudySession, focus_topics
from brokerquiz.core.store.facade import Store, StoreError


@pytest.fixture
def deck(small_deck_yaml):
    return parse_deck(small_deck_yaml, "small.yaml")


@pytest.fixture
def cards(deck):
    return generate_cards(deck)


@pytest.fixture
def clock(now):
    return FakeClock(now)


def start(store, deck, cards, clock, **options) -> StudySession:
    return StudySession(store, deck, cards, clock=clock, aliases=subject_aliases(deck), **options)


def review_rows(path) -> list[dict]:
    """Reviews as another process sees them: a second connection, opened after the fact."""
    with Store.open(path) as other:
        return list(other.db.query("SELECT card_id, rating, mode, scheduled, answer, correct FROM reviews ORDER BY id"))


def test_queue_is_the_due_queue_new_cards_in_deck_order(store, deck, cards, clock):
    session = start(store, deck, cards, clock, new_limit=3)
    assert session.card.id == "small/fact/basics/model/kafka"
    assert session.phase == QUESTION
    assert session.remaining == 3
    assert session.done_count == 0


def test_rating_before_answering_is_refused(store, deck, cards, clock):
    session = start(store, deck, cards, clock)
    with pytest.raises(SessionError):
        session.rate(3)


def test_reveal_proposes_good_and_rating_saves_at_once(store, deck, cards, clock, tmp_db):
    session = start(store, deck, cards, clock, new_limit=2)
    first = session.card.id
    assert session.reveal().proposed == 3
    assert session.phase == ANSWERED
    session.rate(4)  # Easy graduates a new card: days away, not back this session
    assert review_rows(tmp_db) == [
        {"card_id": first, "rating": 4, "mode": "study", "scheduled": 1, "answer": None, "correct": None}
    ]
    assert session.card.id != first
    assert session.done_count == 1


@pytest.mark.parametrize(
    ("answer", "verdict", "proposed"),
    [("exactly-once", "right", 3), ("EOS", "right", 3), ("at-least-once", "wrong", 1)],
)
def test_typed_answer_is_graded_and_proposes_a_rating(store, deck, cards, clock, answer, verdict, proposed):
    session = start(store, deck, cards, clock, mode="typed", focus="basics/delivery", cram=True)
    while session.card.id != "small/fact/basics/delivery/kafka":
        session.reveal()
        session.rate(3)
    result = session.submit_text(answer)
    assert (result.verdict, result.proposed) == (verdict, proposed)


def test_partly_right_proposes_hard(store, deck, cards, clock):
    session = start(store, deck, cards, clock, mode="typed", focus="basics/delivery", cram=True)
    while session.card.kind != "compare":
        session.reveal()
        session.rate(3)
    # RabbitMQ left out (a flipped part would be wrong, issue 11): partly
    result = session.submit_text("Kafka exactly-once, Redis at-least-once")
    assert result.verdict == "partly"
    assert result.proposed == 2
    assert "at-least-once" in result.grade.missing


def test_override_saves_the_rating_chosen_not_the_proposal(store, deck, cards, clock, tmp_db):
    session = start(store, deck, cards, clock, mode="typed", new_limit=1)
    answer = session.submit_text("lgo")  # a typo the grader may or may not forgive
    session.rate(3)
    row = review_rows(tmp_db)[0]
    assert row["rating"] == 3
    assert row["answer"] == "lgo"
    assert row["correct"] == int(answer.grade.correct)


def test_multiple_choice_right_and_wrong(store, deck, cards, clock):
    session = start(store, deck, cards, clock, focus="scenarios/replay", cram=True)
    while session.card.kind != "scenario":
        session.reveal()
        session.rate(3)
    card = session.card
    assert session.submit_choice(set(card.correct)).verdict == "right"
    session.rate(1)  # cram: the miss comes round again, to be answered wrong this time
    while session.card.kind != "scenario":
        session.reveal()
        session.rate(3)
    rabbit = session.card.choices.index("RabbitMQ")
    wrong = session.submit_choice({rabbit})
    assert wrong.verdict == "wrong"
    assert wrong.proposed == 1
    assert "RabbitMQ" in wrong.grade.wrong


def test_choices_on_a_card_without_choices_are_refused(store, deck, cards, clock):
    session = start(store, deck, cards, clock)
    assert not session.card.is_choice
    with pytest.raises(SessionError):
        session.submit_choice({0})


def test_again_comes_back_later_in_the_same_session(store, deck, cards, clock):
    session = start(store, deck, cards, clock, new_limit=3)
    missed = session.card.id
    session.reveal()
    session.rate(1)  # Again: due in 1 minute
    seen = []
    while session.phase != DONE and len(seen) < 10:
        seen.append(session.card.id)
        session.reveal()
        session.rate(4)
    assert missed in seen
    assert seen.index(missed) == 2  # after the two other cards, not straight away


def test_learning_card_due_now_jumps_the_queue(store, deck, cards, clock):
    session = start(store, deck, cards, clock, new_limit=5)
    missed = session.card.id
    session.reveal()
    session.rate(1)
    clock.advance(minutes=2)  # the 1-minute step has passed
    session.reveal()
    session.rate(4)
    assert session.card.id == missed


def test_undo_restores_the_state_and_brings_the_card_back(store, deck, cards, clock, tmp_db):
    session = start(store, deck, cards, clock, new_limit=3)
    first = session.card.id
    before = store.card_states([first])[first]
    session.reveal()
    session.rate(1)
    assert store.card_states([first])[first] != before
    assert session.undo() == first
    assert session.card.id == first
    assert session.phase == QUESTION
    assert store.card_states([first])[first] == before
    assert review_rows(tmp_db) == []
    assert session.remaining == 3  # the requeued copy is gone too
    assert session.undo() is None


def test_undo_keeps_the_card_that_was_on_screen(store, deck, cards, clock):
    session = start(store, deck, cards, clock, new_limit=3)
    first = session.card.id
    session.reveal()
    session.rate(4)
    second = session.card.id
    session.undo()
    assert session.card.id == first
    session.reveal()
    session.rate(4)
    assert session.card.id == second


def test_undo_deletes_this_sessions_review_not_another_terminals(tmp_db, deck, cards, clock):
    """Two terminals on one file: A answers, B answers, A undoes -> only A's answer is gone."""
    with Store.open(tmp_db) as store_a, Store.open(tmp_db) as store_b:
        a = start(store_a, deck, cards, clock, new_limit=3)
        mine = a.card.id
        a.reveal()
        a.rate(4)
        b = start(store_b, deck, cards, clock, new_limit=3)
        theirs = b.card.id
        assert theirs != mine
        b.reveal()
        b.rate(4)
        assert a.undo() == mine
        assert a.card.id == mine and a.done_count == 0
        assert [r["card_id"] for r in review_rows(tmp_db)] == [theirs]
        assert store_b.card_states([theirs])[theirs]["reps"] == 1
        assert store_a.card_states([mine])[mine]["state"] == 0  # new again


def test_undo_is_refused_when_another_terminal_answered_the_card_since(tmp_db, deck, cards, clock):
    with Store.open(tmp_db) as store_a, Store.open(tmp_db) as store_b:
        a = start(store_a, deck, cards, clock, new_limit=3)
        b = start(store_b, deck, cards, clock, new_limit=3)
        assert a.card.id == b.card.id
        card = a.card.id
        a.reveal()
        a.rate(4)
        on_screen = a.card.id
        b.reveal()
        b.rate(1)
        state = store_b.card_states([card])[card]
        with pytest.raises(StoreError, match="answered again after you"):
            a.undo()
        assert a.done_count == 1 and a.card.id == on_screen  # the session is unchanged
        assert [r["rating"] for r in review_rows(tmp_db)] == [4, 1]
        assert store_a.card_states([card])[card] == state


def test_cram_hardest_first_and_schedule_unchanged(store, deck, cards, clock, tmp_db):
    store.sync_cards(deck.id, cards)
    weak, strong = "small/takeaway/kafka", "small/takeaway/rabbitmq"
    store.record_review(strong, 4, clock.now())
    store.record_review(weak, 1, clock.now())
    states = store.card_states([c.id for c in cards])
    session = start(store, deck, cards, clock, cram=True)
    assert session.card.id == weak
    assert [session.queue[0].card_id] == [strong]
    for _ in range(3):
        session.reveal()
        session.rate(3)
    assert store.card_states([c.id for c in cards]) == states
    rows = review_rows(tmp_db)[2:]
    assert {(r["mode"], r["scheduled"]) for r in rows} == {("cram", 0)}
    assert session.preview() == {}


def test_cram_again_comes_round_again(store, deck, cards, clock):
    session = start(store, deck, cards, clock, cram=True, limit=2)
    missed = session.card.id
    session.reveal()
    session.rate(1)
    session.reveal()
    session.rate(3)
    assert session.card.id == missed


def test_focus_row_key_due_first_then_cram(store, deck, cards, clock):
    session = start(store, deck, cards, clock, focus="delivery")
    topics = {cards_by_id(cards)[item.card_id].topic for item in [session.current, *session.queue]}
    assert topics == {"basics/delivery"}
    assert session.current.scheduled is True
    # one scheduled card per cell of the row (siblings are the kinds of one cell), then cram
    items = [session.current, *session.queue]
    scheduled = [i for i in items if i.scheduled]
    assert items[: len(scheduled)] == scheduled and len(scheduled) < len(items)
    by_id = cards_by_id(cards)
    assert len({by_id[i.card_id].sibling for i in scheduled}) == len(scheduled) > 1
    ids = [session.current.card_id, *(i.card_id for i in session.queue)]
    assert sorted(ids) == sorted(c.id for c in cards if c.topic == "basics/delivery")


def cards_by_id(cards):
    return {c.id: c for c in cards}


def test_focus_resolution(cards):
    assert focus_topics(cards, "delivery") == ["basics/delivery"]
    assert focus_topics(cards, "basics/model") == ["basics/model"]
    assert focus_topics(cards, "basics") == ["basics/model", "basics/delivery"]
    with pytest.raises(SessionError, match="no topic 'deliveri'"):
        focus_topics(cards, "deliveri")


def test_bad_mode_is_refused(store, deck, cards, clock):
    with pytest.raises(SessionError, match="mode"):
        start(store, deck, cards, clock, mode="speed")


def test_summary_counts_time_and_next_due(store, deck, cards, clock):
    session = start(store, deck, cards, clock, new_limit=2)
    session.reveal()
    clock.advance(seconds=30)
    session.rate(1)
    session.reveal()
    clock.advance(seconds=45)
    session.rate(4)
    summary = session.summary()
    assert summary.answered == 2
    assert summary.right == 1
    assert summary.right_share == 0.5
    assert summary.elapsed == timedelta(seconds=75)
    assert summary.ratings == {1: 1, 2: 0, 3: 0, 4: 1}
    # the Again card is due 1 minute after it was rated, 45 s ago
    assert summary.next_due == clock.now() + timedelta(seconds=15)


def test_duration_is_measured_with_the_clock(store, deck, cards, clock):
    session = start(store, deck, cards, clock, new_limit=1)
    clock.advance(seconds=12)
    session.reveal()
    session.rate(3)
    assert store.db.execute("SELECT duration_ms FROM reviews").fetchone()[0] == 12_000


def test_empty_queue_is_done_at_once(store, deck, cards, clock):
    session = start(store, deck, cards, clock, new_limit=0)
    assert session.phase == DONE
    assert session.remaining == 0
    assert session.summary().answered == 0


def _record_grades(monkeypatch) -> list[tuple[str, str]]:
    import brokerquiz.core.grading as grading

    calls, real = [], grading.grade_card
    monkeypatch.setattr(grading, "grade_card", lambda card, text, **kw: calls.append((card.id, text)) or real(card, text, **kw))
    return calls


def test_warm_up_grades_nothing_the_learner_sees(store, deck, cards, clock, tmp_db, monkeypatch):
    calls = _record_grades(monkeypatch)
    session = start(store, deck, cards, clock, mode="typed", new_limit=2)
    first = session.card
    session.warm_up()
    assert calls == [(first.id, first.back)]  # the grader warmed on the card's own answer
    assert (session.card.id, session.phase, session.answer, session.done_count) == (first.id, QUESTION, None, 0)
    assert review_rows(tmp_db) == []
    assert session.submit_text("no idea at all").verdict == "wrong"


def test_warm_up_in_flip_mode_leaves_the_grader_alone(store, deck, cards, clock, monkeypatch):
    calls = _record_grades(monkeypatch)
    start(store, deck, cards, clock, new_limit=2).warm_up()
    assert calls == []
