"""A setting's documented default said otherwise is wrong, and the verdict names the documented
default and its page (documented.py, data/defaults.yaml). A setting's own value set by the
candidate, the documented default in other units, a default word said of another setting and a
model answer that names the setting itself are left alone. Made-up answers, written before the code.
"""

from __future__ import annotations

import re

import pytest
import yaml

from brokerquiz.core.grading.documented import documented_defaults
from brokerquiz.core.sessions.verdict_words import reason_text
from brokerquiz.core.translate import use_language
from brokerquiz.grading import grade

PULL = "A shared pull consumer: workers fetch when ready, bounded by the pending acks."
POLL = "Processing between two poll() calls took longer than allowed: the group took the partitions away."
PULL_DE = "Ein geteilter Pull-Consumer: Worker holen, wenn sie bereit sind, begrenzt durch die offenen Bestätigungen."
POLL_RU = "Обработка между двумя вызовами poll() заняла больше допустимого: группа забрала партиции."
STANDBY = "Standby replicas: a standby task keeps a warm copy of the state store on another instance."
# know31: some of the settings added with their vendor's page (Kafka producer timeouts, NATS consumer
# redelivery and server pings, Redis XAUTOCLAIM; RabbitMQ's "heartbeat timeout" was left out: a plain
# phrase a Kafka answer says too, with another default)
DELIVERY = "The producer gives up on a record after delivery.timeout.ms, retries included."
DELIVERY_RU = "Продюсер сдаётся на записи после delivery.timeout.ms, вместе с повторами."
REDELIVER = "MaxDeliver on the consumer caps the deliveries; the message then stays in the stream."
REDELIVER_RU = "MaxDeliver на consumer ограничивает число доставок; сообщение остаётся в стриме."
PING_DE = "Der Server schickt alle ping_interval einen PING, um tote Verbindungen zu erkennen."
PING_RU = "Сервер шлёт PING каждые ping_interval, чтобы заметить мёртвые соединения."
CLAIM = "A janitor runs XAUTOCLAIM with a min-idle-time to take over stuck entries."


@pytest.mark.parametrize("expected, answer, figure", [
    (PULL, "a shared pull consumer, workers fetch when ready, bounded by MaxAckPending, which defaults to 100", "100"),
    (PULL, "shared pull consumer, воркеры забирают, когда готовы, ограничено MaxAckPending, по умолчанию 10", "10"),
    (PULL_DE, "ein geteilter Pull-Consumer, Worker holen, wenn sie bereit sind, begrenzt durch MaxAckPending, standardmäßig 100", "100"),
    (POLL, "processing took longer than max.poll.interval.ms between poll() calls, the default is 10 minutes, "
           "so the group took the partitions away", "10 minutes"),
    (POLL_RU, "обработка между вызовами poll() заняла больше, чем max.poll.interval.ms, по дефолту это 10 минут, и группа забрала партиции",
     "10 минут"),
    (POLL, "processing between two poll() calls took longer than allowed, the group took the partitions away; "
           "raise max.poll.interval.ms, which is 10 minutes by default", "10 minutes"),
    ("Batches wait up to linger.ms for more records.", "batches wait up to linger.ms for more records, 0 by default", "0"),
    ("Long, capped by MAXLEN, in memory and on disk.", "long, capped by MAXLEN, in memory and on disk; MAXLEN defaults to 5000", "5000"),
    (STANDBY, "standby replicas: a standby task keeps a warm copy of the state store on another instance; "
              "the default num.standby.replicas is 1", "1"),
    (DELIVERY, "the producer gives up on a record after delivery.timeout.ms, which defaults to 30 seconds, retries included", "30 seconds"),
    (DELIVERY_RU, "продюсер сдаётся на записи после delivery.timeout.ms, по умолчанию 5 минут, вместе с повторами", "5 минут"),
    (REDELIVER_RU, "MaxDeliver на consumer ограничивает число доставок, по умолчанию 5; сообщение остаётся в стриме", "5"),
    # a minus sign is the figure's: "1" is not the documented -1
    (REDELIVER, "MaxDeliver on the consumer caps the deliveries, 1 by default; the message then stays in the stream", "1"),
    (PING_DE, "der server schickt alle ping_interval einen PING, standardmäßig 30 Sekunden, um tote Verbindungen zu erkennen", "30 Sekunden"),
    (CLAIM, "a janitor runs XAUTOCLAIM with a min-idle-time to take over stuck entries; XAUTOCLAIM COUNT defaults to 10", "10"),
])
def test_another_default_than_documented_is_wrong(expected, answer, figure):
    g = grade(expected, answer)
    assert g.verdict == "wrong", g.reason
    assert g.contradicting == (figure,)
    assert g.reason.startswith("another default than documented: ")
    assert re.search(r"\(https://\S+\)$", g.reason)  # the page that says so


@pytest.mark.parametrize("expected, answer", [
    (PULL, "a shared pull consumer, workers fetch when ready, bounded by MaxAckPending, which defaults to 1000"),
    (POLL, "processing took longer than max.poll.interval.ms between poll() calls (5 minutes by default), "
           "so the group took the partitions away"),
    (POLL_RU, "обработка между вызовами poll() заняла больше, чем max.poll.interval.ms, по дефолту это 300000 мс, и группа забрала партиции"),
    ("Batches wait up to linger.ms for more records.", "batches wait up to linger.ms for more records, 5 by default since 4.0"),
    # a version is no setting's figure
    ("A quorum queue counts the returns and past the delivery-limit drops or dead-letters the message.",
     "a quorum queue counts the returns and past the delivery-limit drops or dead-letters it; since 4.0 it is 20 by default"),
    # a value of one's own, no default said of it
    (POLL, "processing between poll() calls took longer than allowed, so I set max.poll.interval.ms to 10 minutes"),
    # the default word is another setting's
    (PULL, "a shared pull consumer, workers fetch when ready; acks are explicit by default, and I set MaxAckPending to 50"),
    # the documented default, and the same in other units
    (DELIVERY, "the producer gives up on a record after delivery.timeout.ms (120000 ms by default), retries included"),
    (DELIVERY_RU, "продюсер сдаётся на записи после delivery.timeout.ms, по умолчанию 2 минуты, вместе с повторами"),
    (PING_DE, "der server schickt alle ping_interval einen PING, standardmäßig 2 Minuten, um tote Verbindungen zu erkennen"),
    (PING_RU, "сервер шлёт PING каждые ping_interval, по умолчанию 120 секунд, чтобы заметить мёртвые соединения"),
    (REDELIVER, "MaxDeliver on the consumer caps the deliveries, -1 (unlimited) by default; the message then stays in the stream"),
    # a value of one's own, no default word said of it
    (DELIVERY, "the producer gives up on a record after delivery.timeout.ms, I set it to 30 seconds, retries included"),
    (REDELIVER_RU, "я ставлю MaxDeliver = 5 на consumer, это ограничивает число доставок; сообщение остаётся в стриме"),
    (CLAIM, "a janitor runs XAUTOCLAIM COUNT 10 with a min-idle-time to take over stuck entries"),
])
def test_the_documented_default_or_a_value_of_ones_own_is_no_contradiction(expected, answer):
    g = grade(expected, answer)
    assert not g.reason.startswith("another default than documented"), g.reason


EOS = "Idempotent producer and transactions, consumers reading read_committed."
EOS_RU = "Идемпотентный продюсер и транзакции, консьюмеры читают read_committed."
EOS_DE = "Idempotenter Producer und Transaktionen, Consumer lesen read_committed."


@pytest.mark.parametrize("expected, answer, value", [
    (EOS, "idempotent producer and transactions, consumers reading with isolation.level read_committed, the default", "read_committed"),
    (EOS_RU, "идемпотентный продюсер и транзакции, консьюмеры читают с isolation.level=read_committed по умолчанию", "read_committed"),
    (EOS_DE, "idempotenter Producer und Transaktionen, Consumer lesen mit isolation.level read_committed, standardmäßig", "read_committed"),
    (EOS, "idempotent producer (acks=1 by default) and transactions, consumers reading read_committed", "1"),
])
def test_another_named_default_than_documented_is_wrong(expected, answer, value):
    g = grade(expected, answer)
    assert g.verdict == "wrong" and g.contradicting == (value,), g.reason


@pytest.mark.parametrize("expected, answer", [
    (EOS, "idempotent producer and transactions, consumers set isolation.level=read_committed; the default is read_uncommitted"),
    (EOS_RU, "идемпотентный продюсер и транзакции, консьюмеры ставят isolation.level=read_committed, по умолчанию read_uncommitted"),
    (EOS, "idempotent producer (acks=all by default since 3.0) and transactions, consumers reading read_committed"),
])
def test_the_documented_named_default_is_no_contradiction(expected, answer):
    assert not grade(expected, answer).reason.startswith("another default than documented")


@pytest.mark.parametrize("expected, answer", [
    ("No: acks=all needs min.insync.replicas=2 with replication factor 3.",
     "no, but min.insync.replicas defaults to 2, so with replication factor 3 acks=all is enough"),
    ("Нет: acks=all нужен вместе с min.insync.replicas=2 при replication factor 3.",
     "нет, но min.insync.replicas по умолчанию 2, так что с replication factor 3 acks=all хватает"),
])
def test_a_value_the_model_answer_recommends_is_no_default(expected, answer):
    g = grade(expected, answer)
    assert g.verdict == "wrong" and g.reason.startswith("another default than documented: min.insync.replicas = 1"), g.reason


def test_a_documented_time_is_also_shown_in_its_largest_whole_unit():
    g = grade(POLL, "processing between two poll() calls took longer than allowed, the group took the partitions away; "
                    "raise max.poll.interval.ms, which is 10 minutes by default")
    assert "max.poll.interval.ms = 300000 ms (5 min) (https://" in g.reason


def test_a_default_that_changed_says_since_when():
    g = grade(EOS, "idempotent producer (acks=1 by default) and transactions, consumers reading read_committed")
    assert "acks = all, Kafka ≥ 3.0 (https://" in g.reason


def test_a_model_answer_naming_the_setting_without_a_figure_leaves_its_default_to_the_documentation():
    expected = "Pull consumers that fetch when ready, limited by MaxAckPending."
    g = grade(expected, "pull consumers fetching when they are ready, limited by MaxAckPending, which defaults to 100")
    assert g.verdict == "wrong" and g.contradicting == ("100",)


def test_a_model_answer_giving_the_setting_a_default_judges_its_figures_itself():
    expected = "Raise max.poll.interval.ms (by default 10 minutes in our setup)."
    g = grade(expected, "raise max.poll.interval.ms, by default 10 minutes")
    assert not g.reason.startswith("another default than documented")


def test_every_documented_default_has_spellings_a_figure_and_a_full_url():
    from importlib import resources

    raw = yaml.safe_load(resources.files("brokerquiz.core.grading").joinpath("data", "defaults.yaml").read_text(encoding="utf-8"))
    assert len(raw) == len(documented_defaults()) > 0
    for entry, doc in zip(raw, documented_defaults()):
        assert entry["setting"] and all(str(s).strip() for s in entry["setting"])
        assert (doc.default is not None and doc.default.value) or doc.shown in [name for name, _ in doc.values] \
            or entry.get("no_default") is True, entry
        assert str(entry["source"]).startswith("https://"), entry


def test_the_reason_is_said_in_russian():
    g = grade(PULL, "a shared pull consumer, workers fetch when ready, bounded by MaxAckPending, which defaults to 100")
    use_language("ru")
    try:
        assert reason_text(g.reason).startswith("другое значение по умолчанию, чем в документации: MaxAckPending = 1000 (https://")
    finally:
        use_language("en")


@pytest.mark.parametrize("text, values", [
    ("MaxDeliver defaults to -1", ["-1"]),
    ("acks=-1", ["-1"]),
    ("between 1-5 partitions", ["1", "5"]),  # a range: no minus sign
    ("version 2.4-3", ["2.4", "3"]),
])
def test_a_minus_sign_before_a_figure_is_read_only_where_no_word_or_figure_is_glued_to_it(text, values):
    from brokerquiz.core.grading.numbers import numbers_in

    assert [n.value for n in numbers_in(text, text.lower())] == values
