"""swap24: false accepts of fresh24 where the answer pairs the model answer's things the other way.
Each class with made-up variants (other cards, other words, ru / en / de) that the old grader
accepted, and the near misses that must keep their verdict."""

import pytest

from brokerquiz.grading import grade

# --- 1. two things' deeds crossed: the model answer says in clauses of one sentence what each of
# two things does ("Pause stops the reads, stop closes the connection"), the answer gives each
# thing the other's deed.
STOP = "A pause halts the reading, a stop closes the connection."
STOP_Q = "How is a consumer taken out of service?"
LIMITS = "The soft limit logs a warning, the hard limit rejects the write."
LIMITS_Q = "What happens at each limit?"
STOP_TWO = "A pause halts the reading. A stop closes the connection and frees the slot."
STOP_RU = "Pause останавливает чтение, stop закрывает соединение."
STOP_RU_Q = "Как вывести консьюмер из работы?"
STOP_DE = "Pause hält das Lesen an, Stop schließt die Verbindung."
STOP_DE_Q = "Wie nimmt man einen Consumer außer Betrieb?"

CROSSED = [
    (STOP, "a pause closes the connection, a stop halts the reading", STOP_Q),
    (STOP, "pausing closes the connection, and stopping just halts reading", STOP_Q),
    (LIMITS, "the soft limit rejects writes, the hard limit only logs a warning", LIMITS_Q),
    (STOP_TWO, "a pause closes the connection. a stop only halts the reading", STOP_Q),  # the model's two sentences
    (STOP_RU, "pause закрывает соединение, а stop останавливает чтение", STOP_RU_Q),
    (STOP_DE, "Pause schließt die Verbindung, Stop hält das Lesen an", STOP_DE_Q),
]


@pytest.mark.parametrize("expected,answer,question", CROSSED)
def test_two_things_deeds_crossed_are_wrong(expected, answer, question):
    g = grade(expected, answer, context=question)
    assert g.verdict == "wrong"
    assert g.reason == "gives each of two things the other's deed"


CROSSED_KEPT = [
    (STOP, "a pause halts the reading, a stop closes the connection", STOP_Q),
    (STOP, "a stop closes the connection, a pause halts the reading", STOP_Q),  # the other order, each its own
    (LIMITS, "the hard limit rejects the write, the soft limit logs a warning", LIMITS_Q),
    (STOP_TWO, "a stop closes the connection and frees the slot, a pause halts the reading", STOP_Q),
    (LIMITS, "a warning is logged at the soft limit, and writes over the hard limit are rejected", LIMITS_Q),  # things mid-clause
    (STOP_RU, "stop закрывает соединение, а pause останавливает чтение", STOP_RU_Q),
    (STOP_DE, "Stop schließt die Verbindung, Pause hält das Lesen an", STOP_DE_Q),
]


@pytest.mark.parametrize("expected,answer,question", CROSSED_KEPT)
def test_each_things_own_deed_stays_right(expected, answer, question):
    assert grade(expected, answer, context=question).verdict == "right"


# --- 2. a mirror pair: the model answer's two claims say the same words with two of them in
# swapped places ("the new handler reads what the old version stored" / "the old handler reads
# what the new version stored"); the answer says one thing's claim in the other's order.
CASTING = ("Upcasting: the new handler reads events stored by the old version, so handlers are deployed first. "
           "Downcasting: the old handler reads events stored by the new version, so writers go first.")
CASTING_Q = "How does upcasting differ from downcasting?"
CASTING_RU = ("Upcasting: новый обработчик читает события, записанные старой версией, поэтому сначала выкатывают обработчики. "
              "Downcasting: старый обработчик читает события, записанные новой версией, поэтому сначала выкатывают писателей.")
CASTING_RU_Q = "Чем upcasting отличается от downcasting?"
CASTING_RU_SHORT = ("Upcasting: новый обработчик читает события старой версии, сначала обработчики. "
                    "Downcasting: старый обработчик читает события новой версии, сначала писатели.")
CASTING_DE = ("Upcasting: der neue Handler liest Ereignisse, die die alte Version gespeichert hat, also zuerst die Handler. "
              "Downcasting: der alte Handler liest Ereignisse, die die neue Version gespeichert hat, also zuerst die Schreiber.")
CASTING_DE_Q = "Wie unterscheidet sich Upcasting von Downcasting?"

MIRRORED = [
    (CASTING_RU_SHORT, "upcasting — старый обработчик читает события, записанные новой версией, сначала обработчики", CASTING_RU_Q),
    (CASTING, "upcasting means the old handler reads events stored by the new version, so you deploy handlers first", CASTING_Q),
    (CASTING_RU, "upcasting — старый обработчик читает события, записанные новой версией, сначала обработчики", CASTING_RU_Q),
    (CASTING_DE, "Upcasting: der alte Handler liest Ereignisse, die die neue Version gespeichert hat, zuerst die Handler", CASTING_DE_Q),
]


@pytest.mark.parametrize("expected,answer,question", MIRRORED)
def test_one_claim_said_in_its_mirrors_order_is_wrong(expected, answer, question):
    g = grade(expected, answer, context=question)
    assert g.verdict == "wrong"
    assert g.reason == "says one thing's claim in the order the model answer gives another"


MIRRORED_KEPT = [
    (CASTING, "upcasting: events stored by the old version are read by the new handler, handlers first", CASTING_Q),  # passive
    (CASTING_RU_SHORT, "upcasting — новый обработчик читает события, записанные старой версией, сначала обработчики", CASTING_RU_Q),
    (CASTING, "upcasting means the new handler reads events stored by the old version, so you deploy handlers first", CASTING_Q),
    (CASTING, "upcasting: new handler reads old events, handlers first; downcasting: old handler reads new events, writers first",
     CASTING_Q),
    (CASTING_RU, "upcasting — новый обработчик читает события, записанные старой версией, сначала обработчики", CASTING_RU_Q),
    (CASTING_DE, "Upcasting: der neue Handler liest Ereignisse, die die alte Version gespeichert hat, zuerst die Handler", CASTING_DE_Q),
]


@pytest.mark.parametrize("expected,answer,question", MIRRORED_KEPT)
def test_the_claim_in_its_own_order_stays_right(expected, answer, question):
    assert grade(expected, answer, context=question).verdict != "wrong"


# --- 3. a deed the model answer gives one doer, said of another doer it names ("the consumer
# removes duplicates" -> "the broker drops the duplicate copy, it dedupes by id").
DUPES = ("If the ack is lost, the broker delivers the message again. "
         "The producer retries on a timeout, and the consumer removes duplicates by message id.")
DUPES_Q = "Where do duplicates come from, and who handles them?"
DUPES_RU = ("Если ack потерялся, брокер доставляет сообщение ещё раз. "
            "Продюсер повторяет отправку по таймауту, а консьюмер удаляет дубли по id сообщения.")
DUPES_RU_Q = "Откуда берутся дубли и кто с ними разбирается?"
DUPES_DE = ("Geht das Ack verloren, stellt der Broker die Nachricht erneut zu. "
            "Der Producer wiederholt bei einem Timeout, und der Consumer entfernt Duplikate anhand der Nachrichten-ID.")
DUPES_DE_Q = "Woher kommen Duplikate, und wer kümmert sich darum?"

OTHER_DOER = [
    (DUPES, "a lost ack means a redelivery by the broker, and producer retries on timeout. the broker dedupes them by message id though",
     DUPES_Q),
    (DUPES, "lost ack: broker redelivers; timeouts: producer retries. the broker removes duplicates by message id", DUPES_Q),
    (DUPES_RU, "потерянный ack — брокер доставит ещё раз, продюсер повторяет по таймауту. брокер сам удаляет дубли по id", DUPES_RU_Q),
    (DUPES_DE, "verlorenes Ack: der Broker stellt erneut zu, der Producer wiederholt beim Timeout. Der Broker entfernt Duplikate per ID",
     DUPES_DE_Q),
]


@pytest.mark.parametrize("expected,answer,question", OTHER_DOER)
def test_a_deed_given_to_another_doer_is_wrong(expected, answer, question):
    g = grade(expected, answer, context=question)
    assert g.verdict == "wrong"
    assert g.reason == "gives one doer's deed to another"


OTHER_DOER_KEPT = [
    (DUPES, "a lost ack means a redelivery by the broker, and producer retries on timeout. the consumer dedupes by message id",
     DUPES_Q),
    (DUPES, "lost ack: broker redelivers; timeouts: producer retries. the broker keeps both copies, the consumer removes duplicates",
     DUPES_Q),
    (DUPES_RU, "потерянный ack — брокер доставит ещё раз, продюсер повторяет по таймауту. консьюмер удаляет дубли по id", DUPES_RU_Q),
    (DUPES_DE, "verlorenes Ack: der Broker stellt erneut zu, der Producer wiederholt beim Timeout. Der Consumer entfernt Duplikate per ID",
     DUPES_DE_Q),
    (DUPES, "lost ack: the broker redelivers, and it is the consumer that removes duplicates by message id", DUPES_Q),
    (DUPES, "the producer retries on a timeout and the broker redelivers a lost ack, so the app dedupes", DUPES_Q),
]


@pytest.mark.parametrize("expected,answer,question", OTHER_DOER_KEPT)
def test_the_deed_of_its_own_doer_stays_right(expected, answer, question):
    assert grade(expected, answer, context=question).verdict != "wrong"


# --- 4. a follow-up's chain: a follow-up whose question quotes words of another's model answer
# ('You said "..."') continues it, and its model answer is the deck's word on the same thing: an
# extra claim of a delivery guarantee the continuation says otherwise is wrong.
CHAIN_DECKS = {
    "en": ("""\
id: relay-chain-en
title: Relays
language: en
subjects:
  polling:
    name: Polling
  cdc:
    name: CDC
follow_ups:
  relay:
    question: Why send events through a relay process?
    answer: >-
      The service commits its change and the event in one local transaction; a relay process
      later reads the event row and sends it to the broker.
  relay-how:
    question: You said "a relay process later reads the event row". What delivery guarantee does that give?
    answer: >-
      At-least-once: a relay that crashes after sending but before marking the row sends it again,
      so handlers deduplicate.
""", ["the change and the event in one local transaction, then a relay process reads the row and sends it to the broker, "
      "which gives exactly-once delivery"],
     ["the change and the event in one local transaction, then a relay process reads the row and sends it to the broker",
      "the change and the event in one local transaction, then a relay process reads the row and sends it to the broker, "
      "at least once"]),
    "ru": ("""\
id: relay-chain-ru
title: Ретрансляторы
language: ru
subjects:
  polling:
    name: Polling
  cdc:
    name: CDC
follow_ups:
  relay:
    question: Зачем отправлять события через отдельный процесс-ретранслятор?
    answer: >-
      Сервис фиксирует изменение и событие в одной локальной транзакции; процесс-ретранслятор
      потом читает строку события и отправляет её в брокер.
  relay-how:
    question: Вы сказали «потом читает строку события». Какую гарантию доставки это даёт?
    answer: >-
      At-least-once: ретранслятор, упавший после отправки, но до отметки строки, отправит её снова,
      поэтому обработчики дедуплицируют.
""", ["изменение и событие в одной локальной транзакции, потом ретранслятор читает строку и отправляет в брокер, "
      "и доставка получается exactly-once"],
     ["изменение и событие в одной локальной транзакции, потом ретранслятор читает строку и отправляет в брокер"]),
    "de": ("""\
id: relay-chain-de
title: Relays
language: de
subjects:
  polling:
    name: Polling
  cdc:
    name: CDC
follow_ups:
  relay:
    question: Warum Ereignisse über einen Relay-Prozess senden?
    answer: >-
      Der Dienst schreibt seine Änderung und das Ereignis in einer lokalen Transaktion; ein
      Relay-Prozess liest die Ereigniszeile später und sendet sie an den Broker.
  relay-how:
    question: Sie sagten „liest die Ereigniszeile später“. Welche Zustellgarantie ergibt das?
    answer: >-
      At-least-once: ein Relay, das nach dem Senden, aber vor dem Markieren abstürzt, sendet erneut,
      also deduplizieren die Handler.
""", ["Änderung und Ereignis in einer lokalen Transaktion, ein Relay-Prozess liest die Zeile später und sendet sie an den Broker, "
      "und zwar exactly-once"],
     ["Änderung und Ereignis in einer lokalen Transaktion, ein Relay-Prozess liest die Zeile später und sendet sie an den Broker"]),
}


def _chain_card(tmp_path, lang):
    from brokerquiz.core.deck.cards import subject_aliases
    from brokerquiz.core.deck.library import open_deck

    path = tmp_path / f"relay-{lang}.yaml"
    path.write_text(CHAIN_DECKS[lang][0], encoding="utf-8")
    deck, cards = open_deck(str(path))
    card = next(c for c in cards if c.id.endswith("/relay"))
    return card, subject_aliases(deck)


@pytest.mark.parametrize("lang", sorted(CHAIN_DECKS))
def test_a_guarantee_the_chains_continuation_says_otherwise_is_wrong(tmp_path, lang):
    from brokerquiz.core.grading import grade_card

    card, aliases = _chain_card(tmp_path, lang)
    for answer in CHAIN_DECKS[lang][1]:
        g = grade_card(card, answer, aliases=aliases)
        assert g.verdict == "wrong", answer
        assert g.reason == "claims what the subject's other cells contradict"


@pytest.mark.parametrize("lang", sorted(CHAIN_DECKS))
def test_the_chains_own_guarantee_or_none_stays_right(tmp_path, lang):
    from brokerquiz.core.grading import grade_card

    card, aliases = _chain_card(tmp_path, lang)
    for answer in CHAIN_DECKS[lang][2]:
        assert grade_card(card, answer, aliases=aliases).verdict == "right", answer
