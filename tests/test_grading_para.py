"""Paraphrases (para round): right answers in one's own words the grader refused, each class said
with made-up texts other than the eval cases', with the near misses that must stay as they are."""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade
from brokerquiz.core.grading.glossary import Glossary, _freeze


# --- one-way implication (glossary `implies:`): a term that implies the expected one says it ---


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("very fast, kept in memory", "sub-millisecond, kept in memory"),
        ("очень быстро, хранит в памяти", "субмиллисекундная задержка, хранит в памяти"),
        ("sehr schnell, Replikation über Raft", "Latenz unter einer Millisekunde, Replikation über Raft"),
        ("fast, replicated with Raft", "latency under a millisecond, replicated with Raft"),
        # a consensus protocol said by name is consensus
        ("leader election by consensus", "leader election by Raft"),
        # sharding is scaling out
        ("horizontal scaling, automatic failover", "sharding, automatic failover"),
        # the word that says the figure says the speed too when the answer says another part itself
        ("very fast (in-memory), latency <1ms", "kept in memory, latency under a millisecond"),
        ("sehr schnell (im Speicher), Latenz <1ms", "im Arbeitsspeicher, Latenz unter einer Millisekunde"),
    ],
)
def test_an_implying_term_says_the_implied_one(expected, answer):
    assert grade(expected, answer).verdict == "right"


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("replication across brokers", "in-sync replicas across brokers"),
        ("analytics workloads", "OLAP workloads"),
        ("make the handler idempotent", "make the handler an upsert"),
        ("written to disk before the ack", "fsynced before the ack"),
        ("Обработчик делают идемпотентным", "обработчик делают через upsert"),
        ("strong consistency per key", "linearizable per key"),
        ("starke Konsistenz pro Schlüssel", "linearisierbar pro Schlüssel"),
        ("атомарная фиксация между шардами", "двухфазный коммит между шардами"),
    ],
)
def test_the_shipped_implications_of_the_field(expected, answer):
    assert grade(expected, answer).verdict == "right"


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("in-sync replicas across brokers", "replication across brokers"),
        ("OLAP workloads", "analytics workloads"),
        ("make the handler an upsert", "make the handler idempotent"),
        ("fsynced before the ack", "written to disk before the ack"),
        ("linearizable per key", "strong consistency per key"),
        ("двухфазный коммит между шардами", "атомарная фиксация между шардами"),
    ],
)
def test_the_shipped_implications_never_run_backwards(expected, answer):
    assert grade(expected, answer).verdict != "right"


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        # the reverse never: "very fast" is no claim of sub-millisecond latency
        ("sub-millisecond, kept in memory", "very fast, kept in memory"),
        ("субмиллисекундная задержка, хранит в памяти", "очень быстро, хранит в памяти"),
        ("consensus by Raft", "consensus"),
        ("sharding, automatic failover", "horizontal scaling, automatic failover"),
    ],
)
def test_the_implied_term_does_not_say_the_implying_one(expected, answer):
    assert grade(expected, answer).verdict != "right"


@pytest.mark.parametrize(
    ("expected", "answer", "verdict"),
    [
        # an implying term denied implies nothing; a flipped other part is still wrong
        ("very fast, kept in memory", "not sub-millisecond, kept in memory", {"partly", "wrong"}),
        ("very fast, kept in memory", "sub-millisecond, kept on disk", {"wrong"}),
        ("очень быстро, хранит в памяти", "субмиллисекундная задержка, хранит на диске", {"wrong"}),
        ("fast, in memory", "sub-millisecond but slow, in memory", {"wrong"}),
        # one word saying one part itself is not also the part beside it by implication
        ("very fast, latency <1ms", "<1ms", {"partly"}),
        ("очень быстро, задержка <1ms", "меньше миллисекунды", {"partly"}),
    ],
)
def test_near_misses_of_an_implication_stay_refused(expected, answer, verdict):
    assert grade(expected, answer).verdict in verdict


def test_an_implied_term_is_no_repetition_of_the_question():
    # the question says the implied term; the answer only says the implying one: no word is free
    question = "Is it very fast?"
    assert grade("Yes, very fast", "yes", context=question).verdict == grade("Yes, very fast", "yes").verdict
    assert grade("Sub-millisecond", "very fast", context=question).verdict != "right"


def test_implies_is_read_one_way_from_the_data():
    data = _freeze({"terms": [["alpha", "alfa"]], "implies": [{"if": ["omega", "omegas"], "then": ["alpha"]}]})
    glossary = Glossary([data])
    alpha, omega = glossary._find(["alfa"]), glossary._find(["omegas"])
    assert alpha is not None and omega is not None and alpha != omega
    assert glossary.implied(omega, alpha) and not glossary.implied(alpha, omega)


# a deck's glossary: implies: ----------------------------------------------------------------------

_DECK = """\
id: tiers
title: Storage tiers
language: en
subjects:
  a: Alpha
  b: Beta
tables:
  t:
    title: T
    rows:
      tier:
        label: Tier
        a: archived cheaply
        b: kept hot
GLOSSARY"""


def test_a_deck_glossary_implies_one_way():
    from brokerquiz.core.deck.cards import subject_aliases
    from brokerquiz.core.deck.load import parse_deck

    deck = parse_deck(_DECK.replace("GLOSSARY", "glossary:\n  implies:\n    - if: [glacier]\n      then: [archived]\n"))
    assert deck.glossary.implies == ((("glacier",), ("archived",)),)
    aliases = subject_aliases(deck)
    assert grade("archived cheaply", "glacier, cheaply", aliases=aliases).verdict == "right"
    assert grade("glacier, cheaply", "archived cheaply", aliases=aliases).verdict != "right"
    assert grade("archived cheaply", "glacier, cheaply").verdict != "right"  # another deck does not know it


@pytest.mark.parametrize(
    ("glossary", "where", "message"),
    [
        ("glossary:\n  implies: oops\n", (16, 12), "list of if/then"),
        ("glossary:\n  implies:\n    - if: [glacier]\n", (17, 7), "both if: and then:"),
        ("glossary:\n  implies:\n    - if: [glacier]\n      then: [Glacier]\n", (17, 7), "share a spelling"),
        ("glossary:\n  implies:\n    - if: [glacier]\n      than: [cold]\n", (18, 7), "unknown field 'than'"),
    ],
)
def test_check_reports_implies_problems_with_positions(glossary, where, message):
    from brokerquiz.core.deck.load import DeckError, parse_deck

    with pytest.raises(DeckError) as err:
        parse_deck(_DECK.replace("GLOSSARY", glossary), "mini.yaml")
    problem = err.value.problems[0]
    assert (problem.line, problem.col) == where and message in problem.message, problem


# --- a clause's last word before a colon or a dash is no defined term (definitions.py) ---


@pytest.mark.parametrize(
    ("expected", "answer", "question"),
    [
        ("Poll a table of due times, or use an external scheduler: the database has no built-in timer. "
         "A trigger does not help — it only fires on writes.",
         "poll a table of due times or use an external scheduler, the database itself has no timer", "How do you run a job later?"),
        ("Опрашивают таблицу сроков или берут внешний планировщик: у базы нет встроенного таймера. "
         "Триггер не поможет — он срабатывает только на запись.",
         "опрашивают таблицу сроков или внешний планировщик, у самой базы нет таймера", "Как запустить задачу позже?"),
        ("Keep the files in a bucket, or mount a shared volume: the container has no durable disk. "
         "A restart does not help — it only wipes local state.",
         "keep the files in a bucket or mount a shared volume, the container itself has no disk", "Where do you keep uploads?"),
    ],
)
def test_a_reason_after_a_colon_is_no_definition_to_flip(expected, answer, question):
    g = grade(expected, answer, context=question)
    assert g.verdict == "right" and "definition" not in g.reason


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("Two tiers: hot — kept in memory, cold — not kept in memory.", "hot — not kept in memory"),
        ("Two tiers: hot — kept in memory, cold — not kept in memory.", "cold — kept in memory"),
        ("Zwei Zähler: offen — wie viele Jobs noch nicht abgeholt sind, laufend — abgeholt, aber nicht fertig.",
         "offen — wie viele Jobs abgeholt sind"),
    ],
)
def test_a_definition_list_still_catches_a_flipped_definition(expected, answer):
    assert grade(expected, answer, context="Which ones?").verdict == "wrong"


# --- a denial reworded with a verb the model answer says plainly of something else (reworded.py) ---

_HOLDS_EN = ("In a queue a slow message holds the line. With per-message acks each message is retried on its own, "
             "so retrying one message does not stop the others.")
_HOLDS_RU = ("В очереди медленное сообщение держит всю очередь. С подтверждением по сообщению каждое повторяется "
             "отдельно, так что повтор одного не останавливает остальные.")
_HOLDS_DE = ("In einer Queue hält eine langsame Nachricht die ganze Queue auf. Mit Bestätigung pro Nachricht wird jede "
             "einzeln wiederholt, also stoppt die Wiederholung einer Nachricht die anderen nicht.")


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        (_HOLDS_EN, "a slow message blocks the line; with per-message acks each message is retried on its own, "
                    "so one retry doesn't hold up the other messages"),
        (_HOLDS_RU, "медленное сообщение тормозит всю очередь; с подтверждением по сообщению каждое повторяется "
                    "отдельно, и повтор одного не держит остальные"),
        (_HOLDS_DE, "eine langsame Nachricht bremst die ganze Queue; mit Bestätigung pro Nachricht wird jede einzeln "
                    "wiederholt, die Wiederholung hält die anderen nicht auf"),
    ],
)
def test_a_denial_reworded_with_another_clauses_verb_is_no_flip(expected, answer):
    assert grade(expected, answer, context="Why per-message acks?").verdict == "right"


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        # the clause the verb is said plainly in, denied: a flip
        (_HOLDS_EN, "a slow message doesn't hold the line; with per-message acks each message is retried on its own, "
                    "so retrying one message does not stop the others"),
        (_HOLDS_RU, "медленное сообщение не держит очередь; с подтверждением по сообщению каждое повторяется "
                    "отдельно, так что повтор одного не останавливает остальные"),
        # the denied clause said plainly: a flip
        (_HOLDS_EN, "a slow message holds the line; with per-message acks each message is retried on its own, "
                    "so retrying one message stops the others"),
        (_HOLDS_DE, "eine langsame Nachricht hält die Queue nicht auf; mit Bestätigung pro Nachricht wird jede einzeln "
                    "wiederholt, die Wiederholung hält die anderen nicht auf"),
    ],
)
def test_a_denial_of_the_plain_clause_is_still_a_flip(expected, answer):
    assert grade(expected, answer, context="Why per-message acks?").verdict == "wrong"


@pytest.mark.parametrize("expected, answer, asked", [
    ("Yes: mode=archive,delete. Rows are archived, and partitions older than the window are deleted whole, "
     "with their newest rows — fine when the history is not needed, but not for audits.",
     "yes, archive,delete, but the newest rows are never deleted", "Can you archive and delete in one table?"),
    ("Да: mode=archive,delete. Строки архивируются, а партиции старше окна удаляются целиком, вместе с самыми новыми "
     "строками — годится, когда история не нужна, но не для аудита.",
     "да, archive,delete, но самые новые строки никогда не удаляются", "Можно ли архивировать и удалять в одной таблице?"),
    ("Ja: mode=archive,delete. Zeilen werden archiviert, und Partitionen älter als das Fenster werden ganz gelöscht, mit "
     "ihren neuesten Zeilen — gut, wenn die Historie nicht nötig ist, aber nicht für Audits.",
     "ja, archive,delete, aber die neuesten Zeilen werden nie gelöscht", "Kann man in einer Tabelle archivieren und löschen?"),
])
def test_a_denial_of_a_word_the_denied_clause_says_plainly_is_still_a_flip(expected, answer, asked):
    # "deleted" is said plainly in the very sentence that denies something else ("not needed"); the
    # answer's "archive,delete" before "but" sets nothing against the denial (reworded._contrast_between)
    assert grade(expected, answer, context=asked).verdict == "wrong"


# --- "the id of the schema, not the schema itself": one thing of a name set against another (reworded.py) ---

_ID_EN = ("Schemas are stored by version, and a message carries only the schema id, not its text. "
          "On registering a new version the registry checks its compatibility.")
_ID_RU = ("Большой файл кладут в хранилище, а в сообщении передают только ссылку на файл, а не его содержимое. "
          "Потребитель скачивает файл по ссылке.")
_ID_DE = ("Das große Objekt liegt im Speicher, und die Nachricht trägt nur den Schlüssel des Objekts, nicht seinen Inhalt. "
          "Der Konsument lädt das Objekt über den Schlüssel.")


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        (_ID_EN, "the message carries only the id of the schema, not the schema itself; the registry checks compatibility of a new version"),
        (_ID_RU, "файл в хранилище, в сообщении передают только ссылку на файл, а не сам файл; потребитель скачивает файл по ссылке"),
        (_ID_DE, "Objekt im Speicher, die Nachricht trägt nur den Schlüssel des Objekts, nicht das Objekt selbst; "
                 "der Konsument lädt das Objekt über den Schlüssel"),
    ],
)
def test_a_thing_set_against_another_of_its_name_is_no_flip(expected, answer):
    g = grade(expected, answer, context="Why?")
    assert g.verdict in ("right", "partly") and "opposite polarity" not in g.reason


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        (_ID_EN, "the message does not carry the schema id; the registry checks compatibility of a new version"),
        (_ID_RU, "файл в хранилище, в сообщении передают не ссылку на файл, а сам файл; потребитель скачивает файл по ссылке"),
        # the model answer's clause sets nothing against its word: "with a key ..., without a key ..." stays judged
        ("With a key the hash of the key picks the partition. Without a key the sticky partitioner fills one batch.",
         "with a key the hash picks the partition, and the key is not hashed at all"),
    ],
)
def test_the_word_itself_denied_is_still_a_flip(expected, answer):
    assert grade(expected, answer, context="How is the partition chosen?").verdict == "wrong"


# --- a follow-up's key points in one's own words: "comes again" is redelivery, "before the ack" is
# "not yet acknowledged", "by default" is "in their usual setup" (glossary, reworded.not_yet, sweeping.py) ---

_Q = "Why must every consumer of these queues be idempotent?"
_E = ("All three queues give at-least-once delivery in their usual setup: a job taken but not yet acknowledged before a "
      "worker dies comes again. So the job's effect is made idempotent — an upsert by natural key or a version check.")
_ACC = ("at-least-once, redelivery", "redelivery, upsert by key")
_QR = "Почему каждый обработчик этих очередей должен быть идемпотентным?"
_ER = ("Все три очереди в обычной настройке дают at-least-once: задача, взятая, но не подтверждённая до падения воркера, "
       "придёт снова. Поэтому эффект задачи делают идемпотентным — upsert по естественному ключу или проверка версии.")
_ACCR = ("at-least-once, повторная доставка", "повторная доставка, upsert по ключу")
_QD = "Warum muss jeder Konsument dieser Queues idempotent sein?"
_ED = ("Alle drei Queues liefern in der üblichen Konfiguration at-least-once: ein Job, genommen, aber vor dem Absturz des "
       "Workers nicht bestätigt, kommt erneut. Deshalb macht man die Wirkung idempotent — ein Upsert nach natürlichem "
       "Schlüssel oder eine Versionsprüfung.")
_ACCD = ("at-least-once, erneute Zustellung", "erneute Zustellung, Upsert nach Schlüssel")


@pytest.mark.parametrize(
    ("expected", "accept", "question", "answer"),
    [
        (_E, _ACC, _Q, "all three are at-least-once by default: a job taken but not acked before the worker dies is delivered again"),
        (_E, _ACC, _Q, "at-least-once everywhere: the worker dies before the ack, and the job comes back"),
        (_ER, _ACCR, _QR, "все три по умолчанию at-least-once: если воркер упал до ack, задача придёт ещё раз"),
        (_ED, _ACCD, _QD, "alle drei standardmäßig at-least-once: der Worker stirbt, bevor bestätigt wurde, und der Job kommt noch einmal"),
    ],
)
def test_a_follow_ups_key_points_in_ones_own_words(expected, accept, question, answer):
    assert grade(expected, answer, accept=accept, context=question).verdict == "right"


@pytest.mark.parametrize(
    ("expected", "accept", "question", "answer"),
    [
        (_E, _ACC, _Q, "all three are at-most-once by default: a job taken but not acked before the worker dies is delivered again"),
        # acked before it dies, or after the ack: the opposite of "not yet acknowledged"
        (_E, _ACC, _Q, "all three are at-least-once by default: a job acked before the worker dies is delivered again"),
        (_ER, _ACCR, _QR, "все три по умолчанию at-least-once: если воркер упал после ack, задача придёт ещё раз"),
        (_ED, _ACCD, _QD, "alle drei standardmäßig at-least-once: der Worker stirbt, nachdem bestätigt wurde, und der Job kommt noch einmal"),
        (_E, _ACC, _Q, "all three are at-least-once: a job is never delivered again"),
    ],
)
def test_a_follow_ups_key_points_flipped_stay_wrong(expected, accept, question, answer):
    assert grade(expected, answer, accept=accept, context=question).verdict == "wrong"


# --- a light verb of no content («делают») is no word an English one meets by its letters ("delay") ---


def test_a_russian_light_verb_is_no_english_word():
    expected = "Делают отдельную очередь на каждую задержку, а встроенной задержки у брокера нет."
    g = grade(expected, "очередь на каждую задержку, у брокера своего delay нет", context="Как отложить доставку?")
    assert g.verdict == "partly" and "polarity" not in g.reason
    # the verb that carries the claim denied still is a flip
    assert grade("Делают индекс по дате и удаляют старые строки пачками.", "индекс по дате, старые строки не удаляют",
                 context="Как?").verdict == "wrong"


# --- two accept items the lead sentence offers as alternatives ("X or Y") are one key point (keypoints.py) ---

_NAK_EN = ("Nack it with a delay (NakWithDelay) or set a BackOff on the consumer — a list of pauses between redeliveries. "
           "A plain Nak redelivers at once.")
_NAK_RU = ("Ответить Nak с задержкой (NakWithDelay) или задать на consumer BackOff — список пауз между повторными доставками. "
           "Nak без задержки вызывает повторную доставку сразу.")
_NAK_DE = ("Man antwortet mit Nak und Verzögerung (NakWithDelay) oder setzt am Consumer ein BackOff — eine Liste von Pausen "
           "zwischen erneuten Zustellungen. Ein Nak ohne Verzögerung stellt sofort erneut zu.")


@pytest.mark.parametrize(
    ("expected", "accept", "answer"),
    [
        (_NAK_EN, ("NakWithDelay", "Nak with a delay, BackOff"), "set a BackOff on the consumer, a list of pauses between redeliveries"),
        (_NAK_RU, ("NakWithDelay", "Nak с задержкой, BackOff"), "задать BackOff на consumer, это список пауз между повторными доставками"),
        (_NAK_DE, ("NakWithDelay", "Nak mit Verzögerung, BackOff"),
         "man setzt am Consumer ein BackOff, eine Liste von Pausen zwischen erneuten Zustellungen"),
    ],
)
def test_one_of_two_alternatives_the_lead_offers_is_the_key_point(expected, accept, answer):
    assert grade(expected, answer, accept=accept, context="How do you retry later?").verdict == "right"


@pytest.mark.parametrize(
    ("expected", "accept", "answer"),
    [
        # both items needed ("and"): one alone is an omission
        ("Set a BackOff on the consumer and cap the redeliveries with MaxDeliver — a list of pauses, then the message is "
         "dropped. A plain Nak redelivers at once.", ("BackOff, MaxDeliver",),
         "set a BackOff on the consumer, a list of pauses between redeliveries"),
        # the alternative said of another thing
        (_NAK_EN, ("NakWithDelay", "Nak with a delay, BackOff"), "set a BackOff on the producer, a list of pauses between redeliveries"),
    ],
)
def test_an_item_joined_by_and_or_misplaced_is_still_missing(expected, accept, answer):
    assert grade(expected, answer, accept=accept, context="How do you retry later?").verdict != "right"
