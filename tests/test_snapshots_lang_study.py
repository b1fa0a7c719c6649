"""Snapshots of study, its summary, the quiz (and its score) and the interview in Russian and English, at
80x24 and 120x40 (issue 13 points 10 and 11), with a fixed clock and a temp database.

The Russian interface is shown on a Russian deck (`RU_DECK_YAML`, the small deck in Russian with
the shipped deck's long titles, so breadcrumbs and titles have to be shortened); the English one
on the shared small deck. The English quiz and interview at these sizes are in test_snapshots.py.

Regenerate after an intended change (look at the SVG diff first):
pytest tests/test_snapshots_lang_study.py --snapshot-update
"""

from __future__ import annotations

import pytest

from brokerquiz.core.clock import FakeClock
from brokerquiz.core.translate import use_language
from brokerquiz.tui.app import make_app
from study_pilot import skip_to, study_app

SIZES = {"80x24": (80, 24), "120x40": (120, 40)}
LANGS = ("en", "ru")

RU_DECK_YAML = """\
id: small-ru
title: Сравнение потоковых брокеров сообщений
language: ru
subject_noun: брокер
subjects:
  kafka:
    name: Kafka
    aliases: [Apache Kafka, кафка]
  rabbitmq: RabbitMQ
  redis: Redis Streams
tables:
  basics:
    title: Сравнение потоковых брокеров
    rows:
      model:
        label: Модель хранения
        kafka: лог
        rabbitmq: очередь
        redis: лог
      delivery:
        label: Гарантии доставки сообщений
        kafka:
          text: exactly-once
          accept: [EOS]
          nuance:
            text: Только Kafka → Kafka, через транзакции.
            source: https://kafka.apache.org/documentation/#semantics
        rabbitmq: at-least-once
        redis: at-least-once
ratings:
  scenarios:
    title: Сценарии использования
    rows:
      replay:
        label: Повторное чтение
        kafka: 👍 по offset
        rabbitmq: ❌ нет
        redis: 👍/⚠️ ограничено maxlen
lists:
  when:
    title: Когда использовать
    kafka:
      analytics: Потоковая аналитика
    rabbitmq:
      routing: Сложная маршрутизация
takeaways:
  title: Выводы
  kafka: надёжный лог
  rabbitmq: гибкий маршрутизатор
phrases:
  pitch:
    title: Коротко
    text: Kafka для логов, RabbitMQ для задач.
    clauses:
      kafka: Kafka для логов
      rabbitmq: RabbitMQ для задач
follow_ups:
  zookeeper:
    question: Нужен ли Kafka до сих пор ZooKeeper?
    answer: Нет, Kafka 4.0 работает только на KRaft.
    accept: [нет]
    subjects: [kafka]
    topic: basics/model
    source: https://cwiki.apache.org/confluence/display/KAFKA/KIP-500
"""


@pytest.fixture(params=LANGS)
def lang(request):
    """The interface language; Russian reads the Russian deck."""
    use_language(request.param)
    return request.param


@pytest.fixture
def deck_path(lang, tmp_path, small_deck_path):
    if lang == "en":
        return small_deck_path
    path = tmp_path / "small-ru.yaml"
    path.write_text(RU_DECK_YAML, encoding="utf-8")
    return path


def deck_id(lang: str) -> str:
    return "small" if lang == "en" else "small-ru"


@pytest.mark.parametrize("size", SIZES)
def test_study_front(snap_compare, utc_store, deck_path, now, size):
    assert snap_compare(study_app(utc_store, deck_path, now), terminal_size=SIZES[size])


@pytest.mark.parametrize("size", SIZES)
def test_study_revealed(snap_compare, utc_store, deck_path, now, size):
    assert snap_compare(study_app(utc_store, deck_path, now), press=["space"], terminal_size=SIZES[size])


@pytest.mark.parametrize("size", SIZES)
def test_study_typed_verdict(snap_compare, utc_store, deck_path, now, lang, size):
    app = study_app(utc_store, deck_path, now, mode="typed", focus="delivery", cram=True)

    async def answer_wrong(pilot):
        await pilot.pause()
        await skip_to(pilot, pilot.app, lambda card: card.id == f"{deck_id(lang)}/fact/basics/delivery/kafka")
        await pilot.press(*"at-least-once", "enter")

    assert snap_compare(app, run_before=answer_wrong, terminal_size=SIZES[size])


@pytest.mark.parametrize("size", SIZES)
def test_study_choice(snap_compare, utc_store, deck_path, now, size):
    app = study_app(utc_store, deck_path, now, focus="replay", cram=True)

    async def pick(pilot):
        await pilot.pause()
        await skip_to(pilot, pilot.app, lambda card: card.kind == "scenario")
        await pilot.press("1", "2")

    assert snap_compare(app, run_before=pick, terminal_size=SIZES[size])


@pytest.mark.parametrize("size", SIZES)
def test_study_choice_result(snap_compare, utc_store, deck_path, now, size):
    app = study_app(utc_store, deck_path, now, focus="replay", cram=True)

    async def pick_and_check(pilot):
        await pilot.pause()
        await skip_to(pilot, pilot.app, lambda card: card.kind == "scenario")
        await pilot.press("1", "2", "enter")

    assert snap_compare(app, run_before=pick_and_check, terminal_size=SIZES[size])


@pytest.mark.parametrize("size", SIZES)
def test_study_summary(snap_compare, utc_store, deck_path, now, size):
    app = study_app(utc_store, deck_path, now, new_limit=6)

    async def answer_all(pilot):
        await pilot.pause()
        session = pilot.app.screen.session
        ratings = iter((1, 2, 3, 4, 3, 3))
        while session.current is not None:  # every rating in the bar, then Easy until the queue is empty
            session.reveal()
            session.rate(next(ratings, 4))
        await pilot.app.screen.paint()
        await pilot.pause()

    assert snap_compare(app, run_before=answer_all, terminal_size=SIZES[size])


def quiz_app(store, now, deck_path):
    return make_app(store=store, clock=FakeClock(now), screen="quiz", deck_name=str(deck_path), kind="scenario", count=3, seed=1)


def interview_app(store, now, deck_path):
    return make_app(store=store, clock=FakeClock(now), screen="interview", deck_name=str(deck_path), questions=3, seed=3)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", ["ru"], indirect=True)
def test_quiz_question(snap_compare, utc_store, deck_path, now, size):
    assert snap_compare(quiz_app(utc_store, now, deck_path), terminal_size=SIZES[size])


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", ["ru"], indirect=True)
def test_quiz_verdict(snap_compare, utc_store, deck_path, now, size):
    async def pick_wrong(pilot):
        await pilot.pause()
        card = pilot.app.screen.session.current
        wrong = next(i for i in range(len(card.choices)) if i not in card.correct | card.optional)
        await pilot.press(str(wrong + 1), "enter")

    assert snap_compare(quiz_app(utc_store, now, deck_path), run_before=pick_wrong, terminal_size=SIZES[size])


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", ["ru"], indirect=True)
def test_interview_question(snap_compare, utc_store, deck_path, now, size):
    assert snap_compare(interview_app(utc_store, now, deck_path), terminal_size=SIZES[size])


@pytest.mark.parametrize("size", SIZES)
def test_quiz_score(snap_compare, utc_store, deck_path, now, size):
    async def answer_all(pilot):
        await pilot.pause()
        for _question in range(3):  # a wrong pick, then "I don't know" twice: a list to look at again
            card = pilot.app.screen.session.current
            if _question == 0:
                wrong = next(i for i in range(len(card.choices)) if i not in card.correct | card.optional)
                await pilot.press(str(wrong + 1), "enter")
            else:
                await pilot.press("escape")
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()

    assert snap_compare(quiz_app(utc_store, now, deck_path), run_before=answer_all, terminal_size=SIZES[size])
