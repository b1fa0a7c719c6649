"""False rejects of the fresh26 round: right answers in one's own words, with true extra detail,
refused for a missing synonym or a guard reading the detail as a claim against the model answer.
Each class said with texts other than the eval cases', in ru / en / de, next to near misses
that keep their verdict. Every "right" here failed before its fix."""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        # a big figure is a high one («большой», "groß"); a massive one too (implies:)
        ("Средняя задержка, высокая пропускная способность, батчи",
         "задержка средняя, пропускная способность большая, пишет батчами"),
        ("mittlere Latenz, hoher Durchsatz, Batches", "Latenz mittel, Durchsatz groß, schreibt in Batches"),
        ("medium latency, high throughput, batches", "latency is medium, throughput is massive, it writes in batches"),
        # setting it up said with a verb
        ("Сложная эксплуатация, простой setup, много плагинов",
         "эксплуатация сложная, зато поднять легко, плагинов много"),
        ("Hard to operate, simple setup, many plugins", "hard to operate, but easy to spin up, lots of plugins"),
        ("schwer zu betreiben, einfaches Setup, viele Plugins",
         "schwer zu betreiben, aber leicht einzurichten, viele Plugins"),
        # several writable primaries are active-active; a vendor's enterprise product is its commercial edition
        ("Sync replicas, active-active in the commercial edition, manual failover",
         "sync replicas, multi-master in the enterprise version, failover by hand"),
        ("Синхронные реплики, active-active в коммерческой версии, ручной failover",
         "реплики синхронные, мультимастер только в enterprise, failover руками"),
        ("synchrone Replikate, Active-Active in der kommerziellen Version, manueller Failover",
         "Replikate synchron, Multi-Master nur in der Enterprise-Version, Failover von Hand"),
        # the same result each time is deterministic
        ("The router picks the shard deterministically from the key hash",
         "the router picks the shard from the hash of the key, always the same way"),
        ("Роутер детерминированно выбирает шард по хешу ключа", "роутер выбирает шард по хешу ключа, всегда одинаково"),
        ("Der Router wählt den Shard deterministisch über den Hash des Schlüssels",
         "der Router wählt den Shard über den Hash des Schlüssels, immer gleich"),
        # an error at once: failing fast
        ("The caller gets an error immediately instead of waiting", "the caller gets its error fail-fast instead of waiting"),
        ("Вызывающий сразу получает ошибку, а не ждёт", "вызывающий fail fast получает ошибку, а не ждёт"),
        # naming the key-value store names its bucket
        ("Key-Value bucket with per-key history", "a key-value store with per-key history"),
        ("Key-Value bucket с историей на ключ", "KV-хранилище с историей на ключ"),
    ],
)
def test_synonyms_of_fresh26(expected, answer):
    assert grade(expected, answer).verdict == "right"


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        # the same sentences with the value turned around stay refused
        ("Средняя задержка, высокая пропускная способность, батчи",
         "задержка средняя, пропускная способность низкая, пишет батчами"),
        ("mittlere Latenz, hoher Durchsatz, Batches", "Latenz mittel, Durchsatz niedrig, schreibt in Batches"),
        ("Hard to operate, simple setup, many plugins", "hard to operate, and hard to spin up, lots of plugins"),
        ("Сложная эксплуатация, простой setup, много плагинов",
         "эксплуатация сложная, и поднять сложно, плагинов много"),
        ("Sync replicas, active-active in the commercial edition, manual failover",
         "sync replicas, active-active in the open-source edition, failover by hand"),
        ("Синхронные реплики, active-active в коммерческой версии, ручной failover",
         "реплики синхронные, active-active в опенсорсной версии, failover руками"),
        # one primary is no active-active
        ("Sync replicas, active-active in the commercial edition, manual failover",
         "sync replicas, single primary in the enterprise version, failover by hand"),
        # "the larger of the two applies" is no high level: it stays the other value of "the smaller"
        ("TTL на очередь или на сообщение, действует меньший", "ttl на очередь или на сообщение, действует больший"),
    ],
)
def test_near_misses_of_fresh26_synonyms(expected, answer):
    assert grade(expected, answer).verdict != "right"


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        # each value in a condition of its own is a case of a split, no hedge listing every option
        ("Small batches for long jobs, large batches raise throughput",
         "if jobs are long, use small batches; if they are short, large batches for throughput"),
        ("Маленькие батчи для долгих задач, большие повышают пропускную способность",
         "если задачи долгие — маленькие батчи, если короткие — большие ради пропускной способности"),
        ("kleine Batches für lange Jobs, große Batches erhöhen den Durchsatz",
         "wenn die Jobs lang sind, kleine Batches; wenn sie kurz sind, große für den Durchsatz"),
        # a part cut by a comma goes on in the next one, which answers no expected part
        ("low milliseconds, high throughput", "latency low, a few ms, throughput huge"),
        ("низкая миллисекунды, высокий throughput", "latency низкая, единицы мс, throughput огромный"),
        ("niedrig Millisekunden, hoher Durchsatz", "Latenz niedrig, ein paar ms, Durchsatz riesig"),
    ],
)
def test_cases_and_cut_clauses(expected, answer):
    assert grade(expected, answer).verdict == "right"


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        # only the other case: still the other value
        ("Small batches for long jobs, large batches raise throughput",
         "if jobs are short, use small batches, large batches raise throughput"),
        ("Маленькие батчи для долгих задач, большие повышают пропускную способность",
         "если задачи короткие — маленькие батчи, большие повышают пропускную способность"),
        # both values in one breath: a hedge
        ("Small batches for long jobs, large batches raise throughput",
         "small batches for long or short jobs, large batches raise throughput"),
        # a value said plainly, another in a condition: a claim of its own
        ("at-least-once", "at-least-once; if you turn on idempotence, exactly-once"),
        # the part next to the aligned one lends no value the aligned part says the other way
        ("low milliseconds, high throughput", "latency high, a few ms, throughput huge"),
        ("низкая миллисекунды, высокий throughput", "latency высокая, единицы мс, throughput огромный"),
    ],
)
def test_near_misses_of_cases_and_cut_clauses(expected, answer):
    assert grade(expected, answer).verdict != "right"


@pytest.mark.parametrize(
    ("expected", "others", "answer", "verdict"),
    [
        # another cell's value bound to its own thing ("blocking read") said of another thing: no mix-in
        ("bounded queue, backoff", ("blocking read, retries",),
         "bounded queue with backoff; producers get blocked once it is full", "right"),
        ("ограниченная очередь, backoff", ("блокирующее чтение, ретраи",),
         "ограниченная очередь с backoff; продюсеры блокирующие, пока она полная", "right"),
        ("begrenzte Queue, Backoff", ("blockierendes Lesen, Retries",),
         "begrenzte Queue mit Backoff; Producer werden blockierend, solange sie voll ist", "right"),
        # said of the cell's own thing, or bare: still that subject's value
        ("bounded queue, backoff", ("blocking read, retries",), "bounded queue with backoff, and a blocking read", "wrong"),
        ("bounded queue, backoff", ("blocking read, retries",), "bounded queue, backoff, blocking", "wrong"),
        ("ограниченная очередь, backoff", ("блокирующее чтение, ретраи",),
         "ограниченная очередь с backoff, и чтение блокирующее", "wrong"),
    ],
)
def test_another_cells_value_said_of_another_thing(expected, others, answer, verdict):
    assert grade(expected, answer, others=others).verdict == verdict


@pytest.mark.parametrize(
    ("expected", "answer", "verdict"),
    [
        # a part opened by an article that goes on to when or why is a clause of how, no identity claim
        ("exactly-once", "exactly-once with transactions, a batch stays invisible until the commit", "right"),
        ("ordered per shard", "ordered per shard, a record waits in the buffer until the shard flushes it", "right"),
        ("genau einmal", "genau einmal mit Transaktionen, ein Batch bleibt unsichtbar bis zum Commit", "right"),
        # an article's noun phrase alone still says what the thing is
        ("exactly-once", "exactly-once with transactions, a log you can replay", "wrong"),
        ("genau einmal", "genau einmal mit Transaktionen, ein Log zum Abspielen", "wrong"),
    ],
)
def test_an_article_clause_with_a_reason_is_how(expected, answer, verdict):
    assert grade(expected, answer).verdict == verdict


_NAMES = {"KeyDB": ["keydb"], "Redis": ["redis"], "Valkey": ["valkey"]}


@pytest.mark.parametrize(
    ("expected", "answer", "verdict"),
    [
        # a short name typed as two content words, split at a hump of its spelling, names it ("key db" for KeyDB)
        ("KeyDB", "key db", "right"),
        ("KeyDB", "Key DB", "right"),
        ("KeyDB", "KEY db", "right"),
        ("Valkey", "val key", "wrong"),  # split where its spelling has no hump
        # a stop word after a word joins into no name: "red is" is no Redis
        ("Redis", "red is", "wrong"),
        ("KeyDB", "val key", "wrong"),
    ],
)
def test_a_short_name_typed_apart(expected, answer, verdict):
    assert grade(expected, answer, aliases=_NAMES).verdict == verdict


@pytest.mark.parametrize(
    ("expected", "answer", "verdict"),
    [
        # "on each shard" where the model answer says "per shard" beside its "only": placed at each, no claim of all
        ("Only the leader takes writes, and it fails over per shard",
         "only the leader takes writes, and it fails over on each shard", "right"),
        ("Только лидер принимает запись и переключается по шардам",
         "только лидер принимает запись и переключается на каждом шарде", "right"),
        ("Nur der Leader nimmt Schreibzugriffe an und wechselt pro Shard",
         "nur der Leader nimmt Schreibzugriffe an und wechselt in jedem Shard", "right"),
        # "every" said of the bounded thing, or "any" after a preposition: the bound turned around
        ("Only the leader takes writes, and it fails over per shard",
         "every node takes writes, and it fails over on each shard", "wrong"),
        ("Только лидер принимает запись и переключается по шардам",
         "каждый узел принимает запись и переключается на каждом шарде", "wrong"),
        ("Only the leader takes writes, and it fails over per shard",
         "only the leader takes writes, and it fails over to any shard", "wrong"),
    ],
)
def test_each_thing_named_beside_only(expected, answer, verdict):
    assert grade(expected, answer).verdict == verdict


def test_each_thing_the_model_answer_does_not_say_per_of_is_still_a_claim():
    # "mit jeder Queue": the model answer says no "pro Queue", so every queue is a claim of all
    assert grade("Replay nur mit Streams ab einem Offset, pro Partition", "replay mit streams ab einem offset, und mit jeder queue").verdict != "right"
