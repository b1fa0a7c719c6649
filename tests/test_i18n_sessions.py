"""A session's refusals speak the interface language: a study, quiz or interview error that a
screen shows (a rating key before answering, bury with no card left) is Russian in Russian."""

from __future__ import annotations

import re

import pytest

from brokerquiz.core.clock import FakeClock
from brokerquiz.core.deck.cards import generate_cards
from brokerquiz.core.deck.load import parse_deck
from brokerquiz.core.sessions.interview.pick import pick_questions
from brokerquiz.core.sessions.options import StudyOptions
from brokerquiz.core.sessions.quiz import QuizSession
from brokerquiz.core.sessions.study import StudySession
from brokerquiz.core.translate import use_language
from brokerquiz.errors import SessionError

CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)


@pytest.fixture
def deck(small_deck_yaml):
    return parse_deck(small_deck_yaml, "small.yaml")


@pytest.fixture
def cards(deck):
    return generate_cards(deck)


def study(store, deck, cards, now, **options):
    return StudySession(store, deck, cards, clock=FakeClock(now), **options)


def quiz(cards, now, kind):
    return QuizSession([next(c for c in cards if c.kind == kind)], FakeClock(now))


def answered(session):
    session.reveal()
    return session


REFUSALS = {  # what a user (or a screen on their behalf) asks, and the English message
    "rate before answering": (lambda s, d, c, n: study(s, d, c, n).rate(3), "cannot do that now: the card is not answered yet"),
    "reveal twice": (lambda s, d, c, n: answered(study(s, d, c, n)).reveal(), "cannot do that now: the card is answered already"),
    "rate after the end": (lambda s, d, c, n: study(s, d, c, n, new_limit=0).rate(3), "cannot do that now: the session is over"),
    "a rating out of range": (lambda s, d, c, n: answered(study(s, d, c, n)).rate(7), "rating must be 1..4, not 7"),
    "a proposal out of range": (lambda s, d, c, n: study(s, d, c, n).reveal(0), "rating must be 1..4, not 0"),
    "choices on a typed card": (lambda s, d, c, n: study(s, d, c, n).submit_choice({0}), "this card has no choices"),
    "bury with no card": (lambda s, d, c, n: study(s, d, c, n, new_limit=0).bury(), "no card to bury"),
    "suspend with no card": (lambda s, d, c, n: study(s, d, c, n, new_limit=0).suspend(), "no card to suspend"),
    "an unknown study mode": (lambda s, d, c, n: study(s, d, c, n, mode="spoken"), "mode must be one of flip, typed, not 'spoken'"),
    "an unknown mode option": (lambda s, d, c, n: StudyOptions(mode="spoken"), "mode must be one of flip, typed, not 'spoken'"),
    "a choice not on the card": (lambda s, d, c, n: quiz(c, n, "scenario").answer_choice({5}), "no choice 6 on this card"),
    "typing on a choice card": (lambda s, d, c, n: quiz(c, n, "scenario").answer_text("Kafka"), "this question is answered by picking, not typing"),
    "picking on a typed card": (lambda s, d, c, n: quiz(c, n, "fact").answer_choice({0}), "this question is answered by typing, not picking"),
    "an interview of no questions": (lambda s, d, c, n: pick_questions(d, c, {}, 0), "an interview needs at least one question"),
}


@pytest.mark.parametrize("name", list(REFUSALS))
def test_a_refusal_in_english_and_in_russian(store, deck, cards, now, name):
    ask, english = REFUSALS[name]
    with pytest.raises(SessionError) as error:
        ask(store, deck, cards, now)
    assert str(error.value) == english
    use_language("ru")
    with pytest.raises(SessionError) as error:
        ask(store, deck, cards, now)
    russian = str(error.value)
    assert CYRILLIC.search(russian), russian
    assert not re.search(r"\b(cannot|card|rating|choices?|mode|session|question|typing|picking)\b", russian), russian
