"""fr9: right answers refused as contradicting on the Russian decks, by the guard's mechanism.

1. outcomes.py: an outcome's actor is followed by what it does; a word both outcomes end with ("it is
   simply lost" / "the reply is lost") is the outcome itself, so the answer's filler word ("просто",
   "einfach", read as "easy") is no other outcome. Another outcome stays one.
2. extras.claims: a part made only of an identifier's pieces ("block" of "max.block.ms") names a
   setting, no claim of blocking another subject's cell says.
3. instead.py: what a model answer sets aside ("the order instead of the customer") is turned down:
   an answer's "not the customer" agrees with it, and the question's word said there is no verb
   the answer denies. The flipped answer ("the customer, not the order") stays refused.
4. circumstances.py: a negator inside a condition ("if no default is given") states a circumstance:
   no flip of the model answer's plain claim when the model answer denies a word of that condition
   ("a field without a default"), and no denial of the answer's own in an elaboration. A flat
   denial, or another outcome after the condition, stays refused.
5. guards: a word the model answer denies with a closing negation ("the plugin is no longer supported"),
   said plainly in a clause that denies what that negation denies, its predicate too ("the plugin is not
   advised, it is not supported"), is that denial told in two parts; said with the predicate plain, a flip.
6. reasons.elaboration_free: graded against a key point (an accept entry), the model answer is neutral:
   a denial it makes ("an expired message is not delivered") is no claim of the answer's own in its
   elaboration. A denial the model answer does not make stays one, and a message handed out to the
   consumer («отдаётся») is delivered (glossary), so saying the expired one is handed out is a flip.
7. sweeping.each_of_named: against a key point, "in each region" where the model answer names the regions
   says where something is, of each of them: no sweeping claim ("every message is everywhere" stays one).
   «хочет» (wants) is no value "high" (its transliteration met the German stem hoch*: value_homographs).
8. glossary: «шер группы» said aloud in Russian is "share groups" (its transliteration "sher" met no "share"; one word, so a share group stays two).
9. glossary: «вычисляет» is «считает» (computes), «общий барьер» a global (synchronisation) barrier.
"""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade
from brokerquiz.core.grading.extras import extra_claims
from brokerquiz.core.grading.ownterms import contradicted_terms
from brokerquiz.core.grading.subjects import index_for

# 1. a shared last word of two outcomes is no actor

_LOST = {
    "ru": ("Чтобы не создавать очередь ответов: брокер отдаёт ответ прямо в канал клиента. Ответ нигде не хранится — "
           "если канал закрылся, ответ потерян.", "Зачем Direct Reply-To?"),
    "en": ("To create no reply queue: the broker hands the reply straight to the client's channel. It is stored nowhere — "
           "if the channel closes, the reply is lost.", "Why Direct Reply-To?"),
    "de": ("Um keine Antwort-Queue anzulegen: der Broker gibt die Antwort direkt in den Kanal des Clients. Sie wird nirgends "
           "gespeichert — wenn der Kanal schließt, ist die Antwort verloren.", "Wozu Direct Reply-To?"),
}


@pytest.mark.parametrize(("lang", "answer"), [
    ("ru", "брокер отдаёт ответ прямо в канал клиента, нигде не хранится: если канал закрылся — он просто потерян"),
    ("en", "the broker hands the reply straight to the client's channel, stored nowhere: if the channel closes it is simply lost"),
    ("de", "der Broker gibt die Antwort direkt in den Kanal des Clients, nirgends gespeichert: wenn der Kanal schließt, "
           "ist sie einfach verloren"),
])
def test_a_filler_before_the_same_outcome_is_no_other_outcome(lang, answer):
    expected, asked = _LOST[lang]
    graded = grade(expected, answer, context=asked)
    assert graded.correct, graded


@pytest.mark.parametrize(("lang", "answer"), [
    ("ru", "брокер отдаёт ответ прямо в канал клиента, нигде не хранится: если канал закрылся — он просто сохранится"),
    ("ru", "брокер отдаёт ответ прямо в канал клиента, нигде не хранится: если канал закрылся — брокер его хранит"),
    ("en", "the broker hands the reply straight to the client's channel, stored nowhere: if the channel closes the broker keeps it"),
    ("de", "der Broker gibt die Antwort direkt in den Kanal des Clients, nirgends gespeichert: wenn der Kanal schließt, "
           "behält der Broker sie"),
])
def test_another_outcome_stays_a_flip(lang, answer):
    expected, asked = _LOST[lang]
    graded = grade(expected, answer, context=asked)
    assert graded.verdict == "wrong" and graded.contradicting, graded


# 2. an identifier's pieces alone are no claim

_OTHERS = (("Blocking read, maxlen",), ("Push, prefetch",))
_IDENT = [
    ("consumer lag, flow control via offset commit", "consumer lag + offset commit; producer: buffer.memory / max.block.ms",
     "consumer lag + offset commit; blocking read"),
    ("consumer lag, flow-control через offset commit", "consumer lag + коммит offset; у продюсера buffer.memory / max.block.ms",
     "consumer lag + коммит offset; blocking read"),
    ("Consumer-Lag, Flow-Control über Offset-Commit", "Consumer-Lag + Offset-Commit; beim Producer buffer.memory / max.block.ms",
     "Consumer-Lag + Offset-Commit; blocking read"),
]


@pytest.mark.parametrize(("expected", "answer", "borrowed"), _IDENT)
def test_an_identifier_piece_borrows_no_other_subjects_term(expected, answer, borrowed):
    index = index_for(None)
    assert contradicted_terms(expected, answer, index, own=("Pull, consumer lag",), others=_OTHERS) == ()
    assert contradicted_terms(expected, borrowed, index, own=("Pull, consumer lag",), others=_OTHERS)


@pytest.mark.parametrize(("expected", "answer", "borrowed"), _IDENT)
def test_an_identifier_piece_says_no_other_subjects_cell(expected, answer, borrowed):
    index = index_for(None)
    row = ("Blocking read", "Prefetch")
    assert extra_claims(expected, answer, index, row=row, own=("Pull, consumer lag",)) == ()
    assert extra_claims(expected, borrowed, index, row=row, own=("Pull, consumer lag",))


# 3. what the model answer sets aside ("instead of") is turned down

_KEY = {
    "ru": ("Партиция обслуживается одним брокером. Можно посолить ключ или взять ключом более мелкую сущность — заказ вместо клиента.",
           "Один ключ (крупный клиент) перегружает свою партицию. Что делать?"),
    "en": ("A partition is served by one broker. Salt the key, or key by a finer entity — the order instead of the customer.",
           "One key (a big customer) overloads its partition. What do you do?"),
    "de": ("Eine Partition bedient ein Broker. Den Schlüssel salzen oder nach einer feineren Einheit schlüsseln — die Bestellung "
           "statt des Kunden.", "Ein Schlüssel (ein großer Kunde) überlastet seine Partition. Was tun?"),
}


@pytest.mark.parametrize(("lang", "answer"), [
    ("ru", "взять ключом заказ а не клиента"),
    ("ru", "посолить ключ или взять ключом заказ, не клиента"),
    ("en", "key by the order, not the customer"),
    ("en", "salt the key or key by order, not by customer"),
    ("de", "nach der Bestellung schlüsseln, nicht nach dem Kunden"),
    ("de", "Schlüssel salzen oder nach Bestellung schlüsseln, nicht nach Kunde"),
])
def test_denying_what_the_model_answer_sets_aside_contradicts_nothing(lang, answer):
    expected, asked = _KEY[lang]
    graded = grade(expected, answer, context=asked)
    assert not graded.contradicting, graded


@pytest.mark.parametrize(("lang", "answer"), [
    ("ru", "посолить ключ или взять ключом клиента, а не заказ"),
    ("en", "salt the key or key by customer, not by order"),
    ("de", "Schlüssel salzen oder nach Kunde schlüsseln, nicht nach Bestellung"),
])
def test_the_flipped_choice_stays_refused(lang, answer):
    expected, asked = _KEY[lang]
    graded = grade(expected, answer, context=asked)
    assert graded.verdict == "wrong" and graded.contradicting, graded


def test_the_question_verb_denied_stays_refused():
    graded = grade("Members joining or leaving, a subscription change, a session timeout.",
                   "a session timeout, but members leaving don't trigger it", context="What triggers a rebalance?")
    assert graded.verdict == "wrong", graded


# 4. a negator inside a condition

_FIELD = ("Дать полю значение default: читатель новой схемой подставит его, если в старых данных поля нет. "
          "Поле без default делает новую схему несовместимой назад.", "Как добавить поле в Avro-схему, не сломав совместимость?")
_FIELD_EN = ("Give the field a default: a reader on the new schema fills it in when old data lacks the field. "
             "A field without a default makes the new schema incompatible.",
             "How do you add a field to an Avro schema without breaking compatibility?")


@pytest.mark.parametrize(("case", "answer"), [
    (_FIELD, "новое поле с default, читатель новой схемой подставит его для старых данных. "
             "если default не дать, registry в режиме BACKWARD схему отклонит"),
    (_FIELD_EN, "add the field with a default, the reader on the new schema fills it in for old data. "
                "if you don't give it a default, the registry rejects the schema"),
])
def test_a_denied_condition_the_model_answer_states_is_no_flip(case, answer):
    graded = grade(case[0], answer, context=case[1])
    assert not graded.contradicting, graded


@pytest.mark.parametrize(("case", "answer"), [
    (_FIELD, "новое поле с default, читатель новой схемой подставит его для старых данных. если default не дать, схема останется совместимой"),
    (_FIELD_EN, "add the field with a default, the reader on the new schema fills it in for old data. "
                "if you don't give it a default, the schema stays compatible"),
    (_FIELD_EN, "don't give the field a default, the reader on the new schema fills it in for old data"),
])
def test_another_outcome_or_a_flat_denial_stays_refused(case, answer):
    graded = grade(case[0], answer, context=case[1])
    assert graded.verdict == "wrong" and graded.contradicting, graded


_LAG = {"ru": "consumer lag, flow-control через offset commit", "en": "consumer lag, flow control via offset commit",
        "de": "Consumer-Lag, Flow-Control über Offset-Commit"}


@pytest.mark.parametrize(("lang", "answer"), [
    ("ru", "консьюмер читает в своём темпе, если не успевает — растёт consumer lag, offset коммитит после обработки, так и flow-control"),
    ("en", "the consumer reads at its own pace; if it can't keep up, consumer lag grows, and it commits the offset after "
           "processing, that is the flow control"),
    ("de", "der Consumer liest im eigenen Tempo; wenn er nicht mitkommt, wächst der Consumer-Lag, und er committet den Offset "
           "nach der Verarbeitung, das ist die Flow-Control"),
])
def test_a_condition_of_an_elaboration_denies_nothing(lang, answer):
    graded = grade(_LAG[lang], answer, context="Kafka — Backpressure handling?")
    assert graded.correct, graded


@pytest.mark.parametrize(("lang", "answer"), [
    ("ru", "консьюмер читает в своём темпе, если не успевает — растёт consumer lag, offset коммитит после обработки, "
           "продюсера не тормозит ничего"),
    ("en", "the consumer reads at its own pace; if it can't keep up, consumer lag grows, and it commits the offset after "
           "processing, nothing slows the producer down"),
    ("de", "der Consumer liest im eigenen Tempo; wenn er nicht mitkommt, wächst der Consumer-Lag, und er committet den Offset "
           "nach der Verarbeitung, den Producer bremst er nicht"),
])
def test_a_denial_outside_the_condition_stays_a_claim(lang, answer):
    graded = grade(_LAG[lang], answer, context="Kafka — Backpressure handling?")
    assert not graded.correct, graded


# 5. one denial told in two parts of a clause

_PLUGIN = {
    "ru": ("Проверенный способ — TTL + DLX. Плагин delayed message exchange команда RabbitMQ больше не поддерживает, у него нет репликации.",
           "Как сделать отложенное сообщение в RabbitMQ?"),
    "en": ("The proven way is TTL + DLX. The delayed message exchange plugin is no longer supported by the RabbitMQ team, "
           "it has no replication.", "How do you delay a message in RabbitMQ?"),
    "de": ("Der bewährte Weg ist TTL + DLX. Das Delayed-Message-Exchange-Plugin wird vom RabbitMQ-Team nicht mehr unterstützt, "
           "es hat keine Replikation.", "Wie verzögert man eine Nachricht in RabbitMQ?"),
}


@pytest.mark.parametrize(("lang", "answer"), [
    ("ru", "TTL + DLX. плагин delayed exchange сейчас не советуют, его не поддерживают и он не реплицируется"),
    ("en", "TTL + DLX. the delayed exchange plugin isn't advised now, it's not supported and not replicated"),
    ("de", "TTL + DLX. das Delayed-Exchange-Plugin wird heute nicht empfohlen, es wird nicht unterstützt und nicht repliziert"),
])
def test_a_denial_told_in_two_parts_is_no_flip(lang, answer):
    expected, asked = _PLUGIN[lang]
    graded = grade(expected, answer, context=asked)
    assert graded.correct, graded


@pytest.mark.parametrize(("lang", "answer"), [
    ("ru", "TTL + DLX. плагин delayed exchange советуют, его поддерживают"),
    ("ru", "TTL + DLX. плагин delayed exchange поддерживают, но он не реплицируется"),
    ("en", "TTL + DLX. the delayed exchange plugin is advised, it is supported"),
    ("en", "TTL + DLX. the delayed exchange plugin is supported, but it isn't replicated"),
])
def test_the_predicate_said_plainly_stays_a_flip(lang, answer):
    expected, asked = _PLUGIN[lang]
    graded = grade(expected, answer, context=asked)
    assert graded.verdict == "wrong" and graded.contradicting, graded


# 6. the model answer's denials are no claim of the answer's own against a key point

_TTL = {
    "ru": ("TTL задаётся на очередь (политика message-ttl) или на сообщение (свойство expiration), действует меньший. "
           "Истёкшее сообщение не доставляется и отбрасывается, а при настроенном DLX уходит туда.", "Как работает TTL сообщений в RabbitMQ?"),
    "en": ("TTL is set per queue (the message-ttl policy) or per message (the expiration property); the lower one applies. "
           "An expired message is not delivered and is dropped, or goes to the DLX when one is set.", "How does message TTL work in RabbitMQ?"),
    "de": ("TTL setzt man pro Queue (Policy message-ttl) oder pro Nachricht (Property expiration); es gilt der kleinere. "
           "Eine abgelaufene Nachricht wird nicht zugestellt und verworfen, oder geht mit gesetztem DLX dorthin.",
           "Wie funktioniert Message-TTL in RabbitMQ?"),
}
_TTL_KEY = ["message-ttl, expiration, DLX"]


@pytest.mark.parametrize(("lang", "answer"), [
    ("ru", "можно повесить message-ttl политикой сразу на всю очередь, а можно expiration в properties конкретного сообщения. "
           "протухшее консьюмеру не отдаётся, его выкидывают или кидают в DLX, если он настроен. "
           "а x-expires это про время жизни самой очереди, когда ей никто не пользуется"),
    ("en", "you can hang message-ttl on the whole queue as a policy, or put expiration in one message's properties. an expired "
           "one is not handed to the consumer, it's thrown away or sent to the DLX if that's configured. and x-expires is about "
           "the lifetime of the queue itself when nobody uses it"),
    ("de", "man kann message-ttl als Policy an die ganze Queue hängen oder expiration in die Properties einer Nachricht schreiben. "
           "die abgelaufene wird dem Consumer nicht gegeben, sie wird weggeworfen oder in den DLX geschickt, wenn der eingerichtet "
           "ist. und x-expires betrifft die Lebensdauer der Queue, wenn sie keiner benutzt"),
])
def test_a_denial_the_model_answer_makes_goes_free_against_a_key_point(lang, answer):
    expected, asked = _TTL[lang]
    graded = grade(expected, answer, accept=_TTL_KEY, context=asked)
    assert graded.correct, graded


@pytest.mark.parametrize(("lang", "answer"), [
    ("ru", "можно повесить message-ttl политикой сразу на всю очередь, а можно expiration в properties конкретного сообщения. "
           "протухшее консьюмеру отдаётся, его выкидывают или кидают в DLX, если он настроен. "
           "а x-expires это про время жизни самой очереди, когда ей никто не пользуется"),
    ("ru", "можно повесить message-ttl политикой сразу на всю очередь, а можно expiration в properties конкретного сообщения. "
           "протухшее выкидывают или кидают в DLX, если он настроен. а x-expires не удаляет очередь, даже если ей никто не пользуется"),
    ("en", "you can hang message-ttl on the whole queue as a policy, or put expiration in one message's properties. an expired "
           "one is thrown away or sent to the DLX if that's configured. and x-expires does not delete the queue, even when nobody uses it"),
    ("de", "man kann message-ttl als Policy an die ganze Queue hängen oder expiration in die Properties einer Nachricht schreiben. "
           "die abgelaufene wird weggeworfen oder in den DLX geschickt, wenn der eingerichtet ist. und x-expires löscht die Queue "
           "nicht, auch wenn sie keiner benutzt"),
])
def test_a_denial_of_its_own_or_the_message_handed_out_stays_refused(lang, answer):
    expected, asked = _TTL[lang]
    graded = grade(expected, answer, accept=_TTL_KEY, context=asked)
    assert not graded.correct, graded


# 7. "in each X" of the things the model answer names

_REGIONS = {
    "ru": ("Quorum queues реплицируются Raft внутри одного кластера, а кластер рассчитан на сеть с низкой задержкой. Между регионами "
           "ставят независимые кластеры и связывают их Federation или Shovel — асинхронно.", ["отдельные кластеры, Federation или Shovel"],
           "Можно ли растянуть кластер RabbitMQ с quorum queues между регионами ради DR?"),
    "en": ("Quorum queues replicate with Raft inside one cluster, and a cluster expects a low-latency network. Between regions you run "
           "independent clusters and link them with Federation or Shovel — asynchronously.", ["separate clusters, Federation or Shovel"],
           "Can you stretch a RabbitMQ cluster with quorum queues across regions for DR?"),
    "de": ("Quorum Queues replizieren mit Raft innerhalb eines Clusters, und ein Cluster erwartet ein Netz mit niedriger Latenz. Zwischen "
           "Regionen betreibt man unabhängige Cluster und verbindet sie mit Federation oder Shovel — asynchron.",
           ["getrennte Cluster, Federation oder Shovel"], "Kann man einen RabbitMQ-Cluster mit Quorum Queues für DR über Regionen strecken?"),
}


@pytest.mark.parametrize(("lang", "answer"), [
    ("ru", "нет, raft хочет низкую задержку; в каждом регионе свой кластер, связать их shovel"),
    ("en", "no, raft wants low latency; in each region its own cluster, linked with shovel"),
    ("de", "nein, Raft will niedrige Latenz; in jeder Region ein eigener Cluster, verbunden mit Shovel"),
])
def test_in_each_named_thing_is_no_sweeping_claim(lang, answer):
    expected, accept, asked = _REGIONS[lang]
    graded = grade(expected, answer, accept=accept, context=asked)
    assert graded.correct, graded


@pytest.mark.parametrize(("lang", "answer"), [
    ("ru", "нет, raft хочет низкую задержку; в каждом регионе свой кластер, связать их shovel, и каждое сообщение сразу есть везде"),
    ("ru", "нет, raft хочет низкую задержку; каждый регион сам реплицирует данные в свой кластер через shovel"),
    ("en", "no, raft wants low latency; in each region its own cluster, linked with shovel, and every message is everywhere at once"),
    ("de", "nein, Raft will niedrige Latenz; in jeder Region ein eigener Cluster, verbunden mit Shovel, und jede Nachricht ist sofort überall"),
])
def test_every_of_something_else_stays_a_claim(lang, answer):
    expected, accept, asked = _REGIONS[lang]
    graded = grade(expected, answer, accept=accept, context=asked)
    assert not graded.correct, graded


# 8. «шер группы» is share groups

_SHARE = ("Share groups (KIP-932): участники совместно читают одни и те же партиции без закрепления, каждая запись подтверждается отдельно.",
          "Нужно больше обработчиков, чем партиций, порядок не важен. Что предлагает Kafka 4.2?")


@pytest.mark.parametrize("answer", ["шер группы", "шэр группы"])
def test_share_groups_said_aloud(answer):
    graded = grade(_SHARE[0], answer, accept=["share groups"], context=_SHARE[1])
    assert graded.correct, graded


@pytest.mark.parametrize("answer", ["консьюмер группы", "группы консьюмеров, где консьюмеры вместе читают одни партиции"])
def test_consumer_groups_are_no_share_groups(answer):
    graded = grade(_SHARE[0], answer, accept=["share groups"], context=_SHARE[1])
    assert not graded.correct, graded


# 9. the broker computes the assignment, no global barrier

_KIP = {
    "ru": ("Координация переезжает на брокер: консьюмеры только шлют heartbeat, а координатор группы сам вычисляет назначение. "
           "Глобального барьера синхронизации нет, поэтому ребалансировки инкрементальные.",
           ["назначение считает брокер, без глобального барьера"], "Что меняет протокол KIP-848?"),
    "en": ("Coordination moves to the broker: consumers only heartbeat, and the group coordinator computes the assignment. "
           "There is no global synchronization barrier, so rebalances are incremental.",
           ["the broker computes the assignment, no global barrier"], "What does the KIP-848 protocol change?"),
}


@pytest.mark.parametrize(("lang", "answer"), [
    ("ru", "назначение вычисляет координатор на брокере, клиенты только шлют heartbeat, без общего барьера"),
    ("en", "the assignment is computed on the broker by the coordinator, clients only heartbeat, no global sync barrier"),
])
def test_computed_on_the_broker_without_a_common_barrier(lang, answer):
    expected, accept, asked = _KIP[lang]
    graded = grade(expected, answer, accept=accept, context=asked)
    assert graded.correct, graded


@pytest.mark.parametrize(("lang", "answer"), [
    ("ru", "назначение вычисляет лидер группы на клиенте, и есть общий барьер"),
    ("en", "the group leader on a client computes the assignment, behind a global sync barrier"),
])
def test_computed_on_a_client_behind_a_barrier_stays_refused(lang, answer):
    expected, accept, asked = _KIP[lang]
    graded = grade(expected, answer, accept=accept, context=asked)
    assert not graded.correct, graded
