"""The general causes behind the fresh11 batch's (the Russian decks: interview follow-ups in
one's own words, every card kind of the cheat sheet) first-run errors (issue 11), said with
words and subjects other than the batch's cases."""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade, grade_card
from brokerquiz.core.grading.analysis import analyze
from brokerquiz.core.grading.subjects import index_for
from brokerquiz.core.model import Card


@pytest.mark.parametrize(
    ("question", "expected", "answer", "verdict_"),
    [
        # the model answer says yes in the question's own opener: an opening "no" contradicts it
        ("Можно ли хранить бэкапы в другом регионе?", "Можно: снапшоты копируют в бакет другого региона.",
         "нет, снапшоты копируют в бакет другого региона", "wrong"),
        ("Можно ли хранить бэкапы в другом регионе?", "Можно: снапшоты копируют в бакет другого региона.",
         "да, снапшоты копируют в бакет другого региона", "right"),
        # ... and no with a negator before the opener: an opening "yes" contradicts it
        ("Нужен ли индексу VACUUM после каждой вставки?", "Не нужен: autovacuum убирает мёртвые строки сам.",
         "да, autovacuum убирает мёртвые строки сам", "wrong"),
        ("Нужен ли индексу VACUUM после каждой вставки?", "Не нужен: autovacuum убирает мёртвые строки сам.",
         "нет, autovacuum убирает мёртвые строки сам", "right"),
        # a model answer that leaves the yes/no to its reasons still takes "no, <reasons>"
        ("Можно ли хранить бэкапы в другом регионе?", "Снапшоты копируют в бакет другого региона.",
         "да, снапшоты копируют в бакет другого региона", "right"),
    ],
)
def test_yes_no_said_in_the_questions_opener(question, expected, answer, verdict_):
    assert grade(expected, answer, context=question).verdict == verdict_


@pytest.mark.parametrize(
    ("question", "expected", "answer", "verdict_"),
    [
        # the lead sentence denies the thing the question asks about: the model answer says no
        ("Есть ли в PostgreSQL встроенный планировщик задач?",
         "Задачи по расписанию запускает pg_cron или внешний cron, встроенного планировщика в самом сервере нет.",
         "да, pg_cron или внешний cron", "wrong"),
        ("Есть ли в PostgreSQL встроенный планировщик задач?",
         "Задачи по расписанию запускает pg_cron или внешний cron, встроенного планировщика в самом сервере нет.",
         "нет, задачи по расписанию запускает pg_cron или внешний cron", "partly"),
        ("Is there a built-in scheduler in PostgreSQL?",
         "Scheduled jobs run from pg_cron or an external cron; the server itself has no scheduler.",
         "yes, pg_cron or an external cron", "wrong"),
        ("Is there a built-in scheduler in PostgreSQL?",
         "Scheduled jobs run from pg_cron or an external cron; the server itself has no scheduler.",
         "no, scheduled jobs run from pg_cron or an external cron, the server has no scheduler", "right"),
    ],
)
def test_yes_no_denied_by_the_lead_sentence(question, expected, answer, verdict_):
    assert grade(expected, answer, context=question).verdict == verdict_


@pytest.mark.parametrize(
    ("question", "expected", "answer", "verdict_"),
    [
        # an accept entry vouches for its words, not for a yes the model answer denies
        ("Есть ли в PostgreSQL встроенный планировщик задач?",
         "Задачи по расписанию запускает pg_cron или внешний cron, встроенного планировщика в самом сервере нет.",
         "да, pg_cron", "wrong"),
        ("Есть ли в PostgreSQL встроенный планировщик задач?",
         "Задачи по расписанию запускает pg_cron или внешний cron, встроенного планировщика в самом сервере нет.",
         "нет, pg_cron", "right"),
        ("Is there a built-in scheduler in PostgreSQL?",
         "Scheduled jobs run from pg_cron or an external cron; the server itself has no scheduler.", "yes, pg_cron", "wrong"),
        ("Is there a built-in scheduler in PostgreSQL?",
         "Scheduled jobs run from pg_cron or an external cron; the server itself has no scheduler.", "no, pg_cron", "right"),
    ],
)
def test_denied_yes_no_beats_an_accept_entry(question, expected, answer, verdict_):
    assert grade(expected, answer, accept=("pg_cron", "внешний cron", "an external cron"), context=question).verdict == verdict_


@pytest.mark.parametrize(
    ("answer", "verdict_"),
    [
        # «Значит, ...?» asks yes or no: the opening "no" is the question's answer in one word
        ("нет, снапшоты удаляются целиком, когда все их файлы старше срока", "right"),
        ("снапшоты удаляются целиком, когда все их файлы старше срока", "right"),
    ],
)
def test_so_question_asks_yes_or_no(answer, verdict_):
    question = "Срок хранения бэкапов — неделя. Значит, каждый файл проживёт ровно неделю?"
    expected = "Снапшоты удаляются целиком, когда все их файлы старше срока хранения."
    assert grade(expected, answer, context=question).verdict == verdict_


@pytest.mark.parametrize(
    ("answer", "verdict_"),
    [
        # a spoken filler ("ну", "вот", "типа") is no claim of the answer
        ("ну, индекс по дате и партиции по месяцам", "right"),
        ("ну вот, типа индекс по дате, партиции по месяцам", "right"),
        ("ну, индекс по дате", "partly"),
    ],
)
def test_spoken_fillers_cost_nothing(answer, verdict_):
    assert grade("Индекс по дате, партиции по месяцам", answer).verdict == verdict_


def test_spoken_fillers_are_no_words_of_the_answer():
    # a filler is never listed as a wrong word of the answer
    said = analyze("ну вот, типа короче индекс", index_for(None)).toks
    assert [t.kind for t in said] == ["stop"] * 4 + ["word"]


def _pick_card(kind: str) -> Card:
    return Card(id=f"db/{kind}/x", deck="db", kind=kind, front="Which engines fit?", back="PostgreSQL, MySQL",
                choices=("PostgreSQL", "MySQL", "SQLite"), correct=frozenset({0, 1}))


@pytest.mark.parametrize(
    ("kind", "answer", "verdict_"),
    [
        # one right pick of two is an omission on every kind (the card asks for all it names),
        # and "only X" rules the other right one out
        ("use-case", "postgresql", "partly"),
        ("use-case", "только postgresql", "wrong"),
        ("use-case", "only mysql", "wrong"),
        ("use-case", "только postgresql и mysql", "right"),
        ("scenario", "postgresql", "partly"),
        ("scenario", "only postgresql", "wrong"),
    ],
)
def test_only_one_pick_where_more_are_right(kind, answer, verdict_):
    assert grade_card(_pick_card(kind), answer).verdict == verdict_


@pytest.mark.parametrize(
    ("answer", "verdict_"),
    [
        # another subject's cell said, one of its words the question's own: still that cell's value
        ("yes, via replication slots", "wrong"),
        ("да, через replication slots", "wrong"),
        # the question's word said with the expected text's own words
        ("yes, wal shipping and a standby", "right"),
        ("yes, replication by wal shipping to a standby", "right"),
    ],
)
def test_another_cells_value_with_the_questions_word(answer, verdict_):
    graded = grade("Yes (WAL shipping + standby)", answer, context="Engine A — Replication / failover?",
                   others=("Yes, via replication slots", "No (manual copy)"))
    assert graded.verdict == verdict_


SNAP_Q = "How does a snapshot differ from a backup, and which one serves DR?"
SNAP = ("A snapshot is an instant copy of the volume on the same storage; a backup copies the data to separate "
        "storage and survives its loss. For DR keep the backup in another region.")


@pytest.mark.parametrize(
    ("answer", "wrong"),
    [
        # the two things swapped, though the model answer names one of them again later
        ("a backup is an instant copy of the volume on the same storage, a snapshot copies the data to separate storage", True),
        ("a snapshot is an instant copy on the same storage, a backup copies the data to separate storage", False),
        ("a snapshot is an instant copy on the same storage, a backup copies to separate storage, keep it in another region", False),
    ],
)
def test_swap_judged_by_the_sentence_that_names_each_thing_once(answer, wrong):
    graded = grade(SNAP, answer, context=SNAP_Q)
    assert (graded.verdict == "wrong") is wrong


def test_the_interview_banks_pair_each_other():
    # the Russian and English interview banks name each other as pairs: an answer in the other
    # language is graded against the other bank's card with the same keys as well
    from brokerquiz.core.deck.cards import subject_aliases
    from brokerquiz.core.deck.library import open_deck

    refused = []
    for deck_id, other_id in (("message-brokers-interview", "message-brokers-interview-en"),
                              ("message-brokers-interview-en", "message-brokers-interview")):
        deck, cards = open_deck(deck_id)
        _, others = open_deck(other_id)
        by_key = {c.id.split("/", 1)[1]: c for c in others}
        aliases = subject_aliases(deck)
        for card in cards:
            if card.kind != "follow-up":
                continue
            for answer in by_key[card.id.split("/", 1)[1]].answers[:1]:
                if grade_card(card, answer, aliases=aliases).verdict != "right":
                    refused.append((card.id, answer))
    assert len(refused) <= 6, refused  # a few short forms still meet their own deck's words only


def _every_card(correct: set[int]) -> Card:
    return Card(id="db/use-case/y", deck="db", kind="use-case", front="Which engines run on a laptop?",
                back="PostgreSQL, MySQL, SQLite", choices=("PostgreSQL", "MySQL", "SQLite"), correct=frozenset(correct))


@pytest.mark.parametrize(
    ("correct", "answer", "verdict_"),
    [
        # "all of them" in words picks every choice: right where every choice is right ...
        ({0, 1, 2}, "all three", "right"),
        ({0, 1, 2}, "все три подходят", "right"),
        ({0, 1, 2}, "all of them", "right"),
        # ... and listing every option where some are not
        ({0, 1}, "all three", "wrong"),
        ({0, 1}, "все", "wrong"),
    ],
)
def test_all_of_them_picks_every_choice(correct, answer, verdict_):
    assert grade_card(_every_card(correct), answer).verdict == verdict_


def test_all_but_one_is_no_pick_of_every_choice():
    assert grade_card(_every_card({0, 1, 2}), "all two").verdict != "right"


@pytest.mark.parametrize(
    ("answer", "verdict_"),
    [
        # the short form of "mandatory" is the opposite of optional too
        ("индекс в памяти, снапшот обязателен", "wrong"),
        ("индекс в памяти, снапшоты обязательны", "wrong"),
        ("индекс в памяти, снапшоты по желанию, опционально", "right"),
    ],
)
def test_short_form_of_mandatory(answer, verdict_):
    assert grade("Индекс в памяти, снапшоты опционально", answer).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # on the broker is the server side: the client side is its opposite
        ("Квоты считаются на брокере, throttle по клиенту", "квоты считаются на клиенте, throttle по клиенту", "wrong"),
        ("Quotas enforced on the broker, per-client throttling", "quotas enforced on the client, per-client throttling", "wrong"),
        ("Quotas enforced on the broker, per-client throttling", "quotas enforced server-side, per-client throttling", "right"),
        # «до» (before) against «после» (after)
        ("Коммит offset после записи в базу", "коммит offset до записи в базу", "wrong"),
        ("Коммит offset после записи в базу", "коммит offset после записи в базу", "right"),
    ],
)
def test_broker_side_and_before_after(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


def test_an_expected_value_in_another_part_is_no_other_cells_value():
    # "pull" said apart from "long poll" is still the expected text's own value, not the other cell's
    graded = grade("Pull with long poll, consumer lag", "pull, long poll, lag",
                   context="Engine A — Push/pull?", others=("Pull or push, pending count",))
    assert not graded.contradicting


FOLLOW_UP = ("If the disk fills up, the broker stops accepting writes and producers get errors. "
             "A replica that falls behind leaves the in-sync set until it catches up again.")


@pytest.mark.parametrize(
    ("answer", "right"),
    [
        # every sentence said in one's own words, none of them whole: right
        ("a full disk stops accepting writes with errors for producers, a lagging replica leaves the in-sync set until it catches up", True),
        # the lead sentence left out: an omission
        ("a lagging replica leaves the in-sync set until it catches up", False),
        # a sentence contradicted
        ("a full disk does not stop accepting writes, a lagging replica leaves the in-sync set until it catches up", False),
    ],
)
def test_each_sentence_in_own_words(answer, right):
    graded = grade(FOLLOW_UP, answer, context="What happens when a broker's disk fills up or a replica lags?")
    assert graded.correct is right


@pytest.mark.parametrize(
    ("question", "answer", "wrong"),
    [
        # one of the two contrasted things named, with only the other's claims: a swap
        ("Чем snapshot отличается от backup?", "snapshot копирует данные в отдельное хранилище и переживает его потерю", True),
        (SNAP_Q, "a snapshot copies the data to separate storage and survives its loss", True),
        # its own claims: an omission, not a swap
        ("Чем snapshot отличается от backup?", "snapshot — мгновенная копия тома на том же хранилище", False),
        # a question that contrasts nothing: no swap to find
        ("Что такое snapshot и зачем нужен backup?", "snapshot копирует данные в отдельное хранилище и переживает его потерю", False),
    ],
)
def test_one_sided_swap(question, answer, wrong):
    expected = SNAP if question == SNAP_Q else (
        "Snapshot — мгновенная копия тома на том же хранилище; backup копирует данные в отдельное хранилище "
        "и переживает его потерю.")
    graded = grade(expected, answer, context=question)
    assert (graded.reason == "swaps what the question names") is wrong


@pytest.mark.parametrize(
    ("expected", "answer", "wrong"),
    [
        # another option the expected text names, called the default
        ("Сжатие на продюсере (по умолчанию lz4, есть zstd и gzip)", "сжатие на продюсере, по умолчанию zstd", True),
        ("Compression on the producer (lz4 by default, zstd and gzip too)", "compression on the producer, zstd by default", True),
        ("Compression on the producer (lz4 by default, zstd and gzip too)", "compression on the producer, the default is lz4", False),
        ("Сжатие на продюсере (по умолчанию lz4, есть zstd и gzip)", "на продюсере, по умолчанию lz4, можно zstd", False),
        # "default" as a noun keeps its neighbours
        ("The relational default, strong SQL and ACID.", "relational default with strong sql and acid", False),
        # the thing the sentence is about, said to be the default, is no other option
        ("SNAPSHOT: readers see one snapshot, so writers never block them; it is the engine's mode by default.",
         "SNAPSHOT by default, writers never block readers", False),
    ],
)
def test_another_option_called_the_default(expected, answer, wrong):
    graded = grade(expected, answer, context="Which codec?")
    assert (graded.reason == "calls another option the default") is wrong


@pytest.mark.parametrize(
    ("answer", "verdict_"),
    [
        # "X only" closing its part rules out the rest as "only X" does
        ("index in memory only", "wrong"),
        ("nur im Speicher", "wrong"),
        ("index in memory", "partly"),
        ("index in memory, optional disk", "right"),
    ],
)
def test_value_only_closing_its_part(answer, verdict_):
    assert grade("Index in memory + optional disk", answer).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # within one thing against across all of them
        ("ids unique within a shard", "ids unique across shards", "wrong"),
        ("ids unique within a shard", "ids unique within each shard", "right"),
        ("id уникален в пределах шарда", "id уникален во всём кластере", "wrong"),
        ("id уникален в пределах шарда", "id уникален внутри шарда", "right"),
    ],
)
def test_within_against_across(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


def test_some_right_picks_and_nothing_else_are_partly_however_few():
    # one of four right subjects named, none wrong: an omission (partly), never wrong
    card = Card(id="db/reverse/y", deck="db", kind="reverse", front="Which engines (s)?", back="A1, B2, C3, D4",
                choices=("A1", "B2", "C3", "D4", "E5"), correct=frozenset({0, 1, 2, 3}))
    graded = grade_card(card, "c3")
    assert graded.verdict == "partly" and set(graded.missing) == {"A1", "B2", "D4"}
    assert grade_card(card, "c3, e5").verdict == "wrong"  # a pick that does not fit is a wrong claim
    assert grade_card(card, "a1 b2 c3 d4").verdict == "right"
