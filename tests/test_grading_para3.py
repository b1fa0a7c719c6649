"""Own-words answers refused as partly, round 3 (para3): each gap in coverage said with made-up
texts other than the eval cases', with the near misses that must keep their verdict."""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade


# --- "on" is a preposition before an article or a word ("strong on the leader"), a switch's state alone ---


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        # the model answer's "on" is no state the answer must say
        ("Strong on the leader, tunable read and write quorum",
         "reads from the leader are strongly consistent; you tune writeQuorum and readQuorum"),
        ("Index on the primary key, clustered", "the rows are clustered by primary key"),
        ("A limit on unacknowledged messages", "cap the number of unacked messages"),
        # a list closed by a filler says no more than its items
        ("Strong on the leader, tunable read and write quorum",
         "leader reads are strongly consistent; you tune writeQuorum and readQuorum, majority and so on"),
    ],
)
def test_on_before_a_word_is_a_preposition(expected, answer):
    assert grade(expected, answer).verdict == "right"


@pytest.mark.parametrize(
    ("expected", "answer", "verdict"),
    [
        # the state said alone, or after a switch verb, still flips against its other value
        ("Idempotence on by default", "idempotence is off by default", "wrong"),
        ("Idempotence on by default", "idempotence turned off", "wrong"),
        ("Turn on idempotence", "turn off idempotence", "wrong"),
        ("Compression is on", "compression is off", "wrong"),
        ("Idempotence on by default", "idempotence is on by default", "right"),
        # another value beside the preposition is still another value
        ("Strong on the leader, tunable read and write quorum",
         "leader reads are eventual; write quorum and read quorum are tunable", "wrong"),
        # an omission stays one
        ("Strong on the leader, tunable read and write quorum", "strong on the leader", "partly"),
        ("Strong on the leader, tunable read and write quorum", "reads from the leader are strong and so on", "partly"),
        ("Ретеншн по времени и по размеру", "ретеншн по времени и так далее", "partly"),
        ("Aufbewahrung nach Zeit und Größe", "Aufbewahrung nach Zeit und so weiter", "partly"),
        ("Ретеншн по времени и по размеру", "ретеншн по времени, по размеру и так далее", "right"),
        ("Aufbewahrung nach Zeit und Größe", "Aufbewahrung nach Zeit, Größe usw", "right"),
    ],
)
def test_on_as_a_state_and_omissions_keep_their_verdict(expected, answer, verdict):
    assert grade(expected, answer).verdict == verdict


# --- a naming noun before its name ("флаг redelivered", "Header x-death") or a class noun after it ("the redelivered flag") ---


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("Ручные ack и флаг redelivered", "ручные ack, консьюмер смотрит redelivered и дедупит по id"),
        ("Manual acks and the redelivered flag", "manual acks, the consumer looks at redelivered and dedups by id"),
        ("Manuelle Acks und das Flag redelivered", "manuelle Acks, der Consumer prüft redelivered und dedupliziert nach ID"),
        ("Duplicate window and the Nats-Msg-Id header", "duplicate window plus Nats-Msg-Id, the publisher sets a unique one per message"),
        ("Duplikatfenster und der Header Nats-Msg-Id", "Duplikatfenster plus Nats-Msg-Id, der Publisher setzt pro Nachricht eine eindeutige"),
    ],
)
def test_the_name_says_its_naming_noun(expected, answer):
    assert grade(expected, answer).verdict == "right"


@pytest.mark.parametrize(
    ("expected", "answer", "verdict"),
    [
        # the noun said without its name is no name said
        ("Ручные ack, заголовок x-death", "ручные ack, и консьюмер смотрит заголовок", "partly"),
        ("Manuelle Acks, Header x-death", "manuelle Acks, der Consumer liest den Header", "partly"),
        ("Manual acks, the redelivered flag", "manual acks", "partly"),
        ("Manual acks, the redelivered flag", "automatic acks, the redelivered flag", "wrong"),
    ],
)
def test_a_naming_noun_without_its_name_stays_an_omission(expected, answer, verdict):
    assert grade(expected, answer).verdict == verdict


# --- a default the card's note states of the same thing, added after the whole expected text: the deck's claim ---


@pytest.mark.parametrize(
    ("expected", "note", "answer"),
    [
        ("Short-lived, configurable TTL", "TTL is set per queue (30 minutes by default).",
         "short-lived, ttl configurable per queue or per message, 30 minutes by default"),
        ("Недолгое, настраиваемый TTL", "TTL задаётся на очередь (по умолчанию 30 минут).",
         "недолгое, ttl настраивается на очередь или на сообщение, по умолчанию 30 минут"),
        ("Kurzlebig, konfigurierbare TTL", "Die TTL wird pro Queue eingestellt (standardmäßig 30 Minuten).",
         "kurzlebig, TTL konfigurierbar pro Queue oder pro Nachricht, standardmäßig 30 Minuten"),
    ],
)
def test_a_default_the_note_states_is_no_claim_of_its_own(expected, note, answer):
    assert grade(expected, answer, note=note).verdict == "right"


@pytest.mark.parametrize(
    ("expected", "note", "answer", "verdict"),
    [
        # no note, or a note saying a default of another thing: the default is the answer's own claim
        ("Short-lived, configurable TTL", "", "short-lived, ttl configurable per queue or per message, 30 minutes by default", "wrong"),
        ("Short-lived, configurable TTL", "TTL is set per queue; quorum queues are replicated by default.",
         "short-lived, ttl configurable per queue or per message, 30 minutes by default", "wrong"),
        # a note denying it vouches for nothing
        ("Disk-backed, replication", "Relies on replication, not on an fsync of every message.",
         "disk-backed, replication, and an fsync of every message by default", "wrong"),
        ("На диске, репликация", "Опирается на репликацию, а не на fsync каждого сообщения по умолчанию.",
         "на диске, репликация, и fsync каждого сообщения по умолчанию", "wrong"),
        # an omission is never made right by the note (its extra words still weigh: wrong, as before)
        ("Short-lived, configurable TTL", "TTL is set per queue (30 minutes by default).", "short-lived, 30 minutes by default", "wrong"),
    ],
)
def test_a_default_the_note_does_not_state_stays_a_claim(expected, note, answer, verdict):
    assert grade(expected, answer, note=note).verdict == verdict


# --- a hyphenated compound says each piece's term ("xid-wraparound"; "multi-" counts several) ---


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("Überlauf der Transaktions-IDs", "der XID-Wraparound"),
        ("Overflow of transaction IDs", "the xid-wraparound"),
        ("Переполнение идентификаторов транзакций", "xid-wraparound"),
        ("Transactions over several documents since 4.0", "multi-document transactions from 4.0 on"),
        ("Replikation über mehrere Cluster, asynchron", "asynchrone Replikation, Multi-Cluster"),
        ("Репликация между несколькими кластерами, асинхронная", "асинхронная мульти-кластерная репликация"),
    ],
)
def test_a_compound_says_its_pieces_terms(expected, answer):
    assert grade(expected, answer).verdict == "right"


@pytest.mark.parametrize(
    ("expected", "answer", "verdict"),
    [
        # a compound counting one says none of its pieces against a count of several
        ("Replication across several clusters, async", "async single-cluster replication", "partly"),
        ("Replikation über mehrere Cluster, asynchron", "asynchrone Single-Cluster-Replikation", "partly"),
        ("Transactions over several documents since 4.0", "single-document transactions from 4.0 on", "wrong"),
        # a compound that is a spelling of its own says no piece ("read-committed" is no "read")
        ("Reads see only read committed data, writes wait", "read-committed, writes wait", "partly"),
        # another word in the piece's place says nothing of it
        ("Overflow of transaction IDs", "the xid reuse", "partly"),
    ],
)
def test_a_compound_of_its_own_or_counting_one_says_no_piece(expected, answer, verdict):
    assert grade(expected, answer).verdict == verdict


# --- one subject's part of a comparison: its point said, then why ("medium since ..."): the reason costs nothing ---


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("Medium, simple setup", "medium since you mostly just install one package and start it"),
        ("Mittel, einfache Einrichtung", "mittel, weil man meistens nur ein Paket installiert und startet"),
        ("Средняя, простая установка", "средняя, потому что обычно просто ставишь один пакет и запускаешь"),
    ],
)
def test_a_parts_point_then_why_is_right(expected, answer):
    assert grade(expected, answer, core_right=True).verdict == "right"


@pytest.mark.parametrize(
    ("expected", "answer", "core_right"),
    [
        # the point said the other way stays wrong, whatever the reason
        ("Medium, simple setup", "high since you mostly just install one package and start it", True),
        ("Mittel, einfache Einrichtung", "hoch, weil man meistens nur ein Paket installiert und startet", True),
        ("Средняя, простая установка", "высокая, потому что обычно просто ставишь один пакет и запускаешь", True),
        # a whole text's core with a reason is still an omission of the rest, never right
        ("Medium, simple setup", "medium since you mostly just install one package and start it", False),
    ],
)
def test_a_reason_rights_no_flip_nor_omission(expected, answer, core_right):
    assert grade(expected, answer, core_right=core_right).verdict != "right"


# --- a later sentence's denial said beside the lead's point is that sentence's, no contradiction of the lead ---

_TTL_EN = "Set a TTL on the queue: expired messages go to the DLX. A queue without a TTL keeps its messages until they are consumed."
_TTL_RU = "Поставьте TTL на очередь: просроченные сообщения уходят в DLX. Очередь без TTL держит сообщения, пока консьюмер их не заберёт."
_TTL_DE = "Setze eine TTL auf die Queue: abgelaufene Nachrichten landen im DLX. Eine Queue ohne TTL hält Nachrichten, bis ein Consumer sie abholt."


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        (_TTL_EN, "you set a ttl on the queue, so expired messages are dead-lettered to the dlx. without a ttl the queue keeps them until consumed"),
        (_TTL_RU, "ставишь ttl на очередь, тогда просроченные сообщения уходят в dlx. без ttl очередь держит их, пока консьюмер не заберёт"),
        (_TTL_DE, "man setzt eine TTL auf die Queue, dann landen abgelaufene Nachrichten im DLX. ohne TTL hält die Queue sie, bis ein Consumer sie abholt"),
    ],
)
def test_a_later_sentences_denial_is_no_contradiction(expected, answer):
    assert grade(expected, answer).verdict == "right"


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        # the lead's own words with a denial: the lead said the other way (its "term: definition" no rescue)
        (_TTL_EN, "without a ttl on the queue expired messages go to the dlx"),
        (_TTL_RU, "без ttl на очереди просроченные сообщения уходят в dlx"),
        (_TTL_DE, "ohne TTL auf der Queue landen abgelaufene Nachrichten im DLX"),
        (_TTL_EN, "you do not set a ttl on the queue, expired messages go to the dlx. without a ttl the queue keeps them until consumed"),
        # the later sentence said the other way stays no right answer
        (_TTL_EN, "set a ttl on the queue, expired messages go to the dlx. without a ttl they are deleted right away"),
    ],
)
def test_the_lead_denied_stays_not_right(expected, answer):
    assert grade(expected, answer).verdict != "right"


# --- a change, a member leaving or joining: the noun and the verb, in each language (glossary) ---


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("Вход и выход участников, изменение подписки", "консьюмер приходит в группу или уходит, или поменяли подписку"),
        ("Beitritt und Austritt von Mitgliedern, Änderung des Abonnements",
         "ein Consumer tritt bei oder verlässt die Gruppe, oder das Abonnement wurde geändert"),
        ("Members joining and leaving, a change of the subscription", "a consumer joins the group or leaves, or the subscription changed"),
        ("Изменение числа партиций запускает ребалансировку", "если поменять число партиций, запускается ребалансировка"),
    ],
)
def test_a_change_and_a_member_leaving_said_as_verbs(expected, answer):
    assert grade(expected, answer).verdict == "right"


@pytest.mark.parametrize(
    ("expected", "answer", "verdict"),
    [
        # joining is no leaving, another thing changed is no change said
        ("Выход участника из группы запускает ребалансировку", "когда участник приходит в группу, запускается ребалансировка", "partly"),
        ("Изменение числа партиций запускает ребалансировку", "если поменять подписку, запускается ребалансировка", "partly"),
        ("Вход и выход участников, изменение подписки", "консьюмер приходит в группу, или поменяли подписку", "partly"),
        ("Members joining and leaving, a change of the subscription", "a consumer joins the group, or the subscription changed", "partly"),
        # mutability keeps its words: «изменяемые» is mutable, no change
        ("Log-based, immutable events", "лог, изменяемые события", "wrong"),
    ],
)
def test_another_move_or_thing_changed_keeps_its_verdict(expected, answer, verdict):
    assert grade(expected, answer).verdict == verdict


# --- made for a use: "built for" / "optimized for", «рассчитан на» / «оптимизирован под», "für ... gebaut" / "auf ... optimiert" ---


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("Optimized for writes, scales linearly across datacenters", "built for writes, scales linearly over several datacenters"),
        ("Auf Schreiblast optimiert, skaliert linear über Rechenzentren",
         "für viele Schreibzugriffe gebaut, skaliert linear über mehrere Rechenzentren"),
        ("Оптимизирован под запись, масштабируется линейно между дата-центрами",
         "рассчитан на запись, масштабируется линейно через несколько дата-центров"),
    ],
)
def test_made_for_a_use_in_other_words(expected, answer):
    assert grade(expected, answer).verdict == "right"


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        # made for the other use, or denied, stays a flip
        ("Optimized for writes, scales linearly across datacenters", "built for reads, scales linearly over several datacenters"),
        ("Auf Schreiblast optimiert, skaliert linear über Rechenzentren",
         "für viele Lesezugriffe gebaut, skaliert linear über mehrere Rechenzentren"),
        ("Оптимизирован под запись, масштабируется линейно между дата-центрами",
         "рассчитан на чтение, масштабируется линейно через несколько дата-центров"),
        ("Optimized for writes, scales linearly across datacenters", "not built for writes, scales linearly over several datacenters"),
    ],
)
def test_made_for_the_other_use_stays_wrong(expected, answer):
    assert grade(expected, answer).verdict == "wrong"
