"""speed3: grading.prepare derives while a card is on screen what grading its typed answer reads
of the deck alone (analyses, what each text derives alone, neutral texts' words, which key points
the lead sentence says), for the card and its paired card. It changes no grade: a card prepared
first grades every answer as a card never prepared does. What it fills is bounded (the grader's
own caches), and the study and quiz screens call it for a typed question only."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil

import pytest

from brokerquiz.core import grading
from brokerquiz.core.clock import FakeClock
from brokerquiz.core.deck.cards import generate_cards, subject_aliases
from brokerquiz.core.deck.library import open_deck
from brokerquiz.core.deck.load import parse_deck
from brokerquiz.core.grading import grade_card, prepare
from brokerquiz.core.grading import analysis, joins, keypoints, match, meets
from brokerquiz.core.sessions import quiz as quiz_session
from brokerquiz.core.sessions.quiz import QuizSession
from brokerquiz.core.sessions.study import StudySession


def _clear_grading_caches() -> None:
    """Every lru cache of the grader emptied: the next call derives everything anew."""
    for info in pkgutil.iter_modules(grading.__path__):
        module = importlib.import_module(f"{grading.__name__}.{info.name}")
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)) and callable(getattr(value, "cache_info", None)):
                value.cache_clear()


def _answers(card, paired) -> list[str]:
    """What a candidate might type (benchmarks/bench_grade.py's kinds of answer), and more."""
    first = card.back.replace(";", ",").split(",")[0]
    out = [card.back, first, card.back.lower(), *(card.answers[:2]), "idk"]
    return out + ([paired.back] if paired is not None else [])


def _work(deck_id: str, step: int):
    deck, cards = open_deck(deck_id)
    aliases = subject_aliases(deck)
    pair = {c.id: c for c in open_deck(deck.pair)[1]} if deck.pair else {}
    for card in cards[::step]:
        yield card, aliases, _answers(card, pair.get(deck.pair + card.id[len(deck.id):]))


def _grades(work, *, prepared: bool) -> list[dict]:
    out = []
    for card, aliases, answers in work:
        if prepared:
            prepare(card, aliases=aliases)
        out.extend(dataclasses.asdict(grade_card(card, a, aliases=aliases)) for a in answers)
    return out


@pytest.mark.parametrize("deck_id", ["message-brokers-interview", "message-brokers-interview-en", "message-brokers"])
def test_a_prepared_card_grades_every_answer_as_a_cold_one(deck_id):
    work = list(_work(deck_id, 5))
    _clear_grading_caches()
    cold = _grades(work, prepared=False)
    _clear_grading_caches()
    assert _grades(work, prepared=True) == cold
    _clear_grading_caches()
    for card, aliases, _ in work:  # every card prepared before any answer: the caches hold more, grade the same
        prepare(card, aliases=aliases)
    assert _grades(work, prepared=False) == cold


def test_prepare_fills_only_bounded_caches():
    for deck_id in ("message-brokers-interview", "message-brokers-interview-en"):
        for card, aliases, _ in _work(deck_id, 1):
            prepare(card, aliases=aliases)
    for cached in (analysis.analyze, meets.plain_words, meets._elsewhere, keypoints.lead_says, keypoints.alternatives,
                   match.grade_text, joins._by_first_letter):
        info = cached.cache_info()
        assert info.maxsize is not None and info.currsize <= info.maxsize, cached
    # what each text derives alone is kept under a few fixed names (AnalyzedText.once)
    deck, cards = open_deck("message-brokers-interview")
    an = analysis.analyze(cards[0].back, grading.subjects.index_for(subject_aliases(deck)))
    assert 0 < len(an.memo) <= 12


def test_prepare_leaves_a_choice_card_and_a_deck_without_pair_alone(small_deck_yaml):
    deck = parse_deck(small_deck_yaml, "small.yaml")
    aliases = subject_aliases(deck)
    for card in generate_cards(deck):
        prepare(card, aliases=aliases)  # no pair, choice cards among them: nothing to say, no error
        prepare(card)


@pytest.fixture
def small(small_deck_yaml):
    deck = parse_deck(small_deck_yaml, "small.yaml")
    return deck, generate_cards(deck)


def test_the_study_screen_prepares_a_typed_question_only(small, store, now, monkeypatch):
    from brokerquiz.tui.screens.study_preview import PreviewAhead

    deck, cards = small
    seen = []
    monkeypatch.setattr(grading, "prepare", lambda card, aliases=None: seen.append(card.id))
    screen = PreviewAhead()
    screen.session = StudySession(store, deck, cards, clock=FakeClock(now), aliases=subject_aliases(deck), mode="typed", cram=True)
    while screen.session.card is not None and screen.session.card.is_choice:
        screen._prepare_grading()  # a choice card: picks, no typed answer
        screen.session.reveal()
        screen.session.rate(3)
    assert seen == []
    screen._prepare_grading()
    assert seen == [screen.session.card.id]
    screen.session.submit_text("at-least-once")
    screen._prepare_grading()  # answered: nothing left to prepare
    assert len(seen) == 1
    screen.session = StudySession(store, deck, cards, clock=FakeClock(now), aliases=subject_aliases(deck), cram=True)
    screen._prepare_grading()  # flip cards: no typed answer to grade
    assert len(seen) == 1


def test_the_quiz_session_prepares_a_typed_question_only(small, now, monkeypatch):
    deck, cards = small
    seen = []
    monkeypatch.setattr(quiz_session, "prepare", lambda card, aliases=None: seen.append(card.id))
    choice = next(c for c in cards if c.is_choice)
    typed = next(c for c in cards if not c.is_choice)
    session = QuizSession([choice, typed], FakeClock(now), aliases=subject_aliases(deck))
    session.prepare_grading()
    assert seen == []
    session.answer_choice({0})
    session.prepare_grading()
    assert seen == [typed.id]
