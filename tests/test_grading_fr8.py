"""fr8: right answers with extra right detail refused as a contradiction (en, databases, de decks).

1. Another subject's cell (othercells.py): the words that only assert or join ("can", "has",
   "also", a lexicon's predicates, assertion_words, ability_words, connective_words), an article
   ("one") and a quiet group's value ("per") never count as one of the two words of another cell
   an answer must say to mix it in; the content words still do.
2. A number dating a claim of its own (dated.py): beside every number of the model answer, an extra
   figure in a claim that says no word of a numbered claim of the model answer ("the coordinator
   got deprecated in 4.6") dates another event, no changed number; a number in a numbered claim
   ("stable from 4.0"), or one where an expected number goes unsaid, is still wrong.
3. A value bound to a place (bounded.py): "strong on the primary node" says nothing of the standby
   nodes; another value said in a part naming another place (a word the model answer says in a
   part of its own, "standby nodes are eventually consistent", or one after a preposition, "reads
   from the standby nodes") is no antonym and no other subject's value ("eventual consistency
   overall" names none). Said of the bound place itself, or
   beside a value bound to nothing ("at-least-once"), it is still wrong.
4. One word standing in the place of an unsaid expected word is another cell's value only when it
   is that cell's very word (one key or term): "$jsonLayout" meets "JSONB" by its beginning only.
5. A value inside the phrase a negator denies ("no longer maintains the external plugin") is part
   of that denial, not a value the model answer gives: "natively" beside it is no antonym, and an
   answer offering the plugin as the way where the model answer says "natively" is one.
6. Lacking is a denial (the lexicons' negators: "lacks", "fehlt", «отсутствует»): "doesn't have
   a built-in delay" meets "lacks a built-in delay", and "has a built-in delay" flips it.
"""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade

_LAG = ("Primary writes, followers can lag behind",)


@pytest.mark.parametrize(("expected", "answer", "others"), [
    ("Primary writes, followers by default", "primary writes; followers by default, so they can lag", _LAG),
    ("Primary writes, followers by default", "primary writes, followers by default which can also lag", _LAG),
    ("Hash of a token, one bucket per worker", "hash of a token into buckets, then one worker per bucket",
     ("One queue is one node, a single reader per shard",)),
    ("Primärer Knoten schreibt, Follower per Default", "primärer Knoten schreibt; Follower per Default, die können auch hinken",
     ("Primärer Knoten schreibt, Follower können hinken",)),
    ("Пишет основной узел, реплики по умолчанию", "пишет основной узел; реплики по умолчанию, они могут отставать",
     ("Пишет основной узел, реплики могут отставать",)),
])
def test_a_word_that_only_asserts_is_no_word_of_another_cell(expected, answer, others):
    assert grade(expected, answer, others=others).verdict == "right"


@pytest.mark.parametrize(("expected", "answer", "others"), [
    # two content words of the other cell still mix it in
    ("Primary writes, followers by default", "primary writes, followers lag behind", _LAG),
    ("Hash of a token, one bucket per worker", "hash of a token, one reader per shard",
     ("One queue is one node, a single reader per shard",)),
    ("Primärer Knoten schreibt, Follower per Default", "primärer Knoten schreibt, Follower hinken hinterher",
     ("Primärer Knoten schreibt, Follower hinken hinterher",)),
])
def test_content_words_of_another_cell_still_mix_it_in(expected, answer, others):
    assert grade(expected, answer, others=others).verdict == "wrong"


_EN_V = "No — version 5.0 runs in the new mode only; the new mode is stable since 4.2."
_DE_V = "Nein — Version 5.0 läuft nur im neuen Modus; der neue Modus ist seit 4.2 stabil."
_RU_V = "Нет — версия 5.0 работает только в новом режиме; новый режим стабилен с 4.2."


@pytest.mark.parametrize(("expected", "answer"), [
    (_EN_V, "no, since 5.0 it runs in the new mode only, the new mode stable from 4.2 and the coordinator got deprecated in 4.6"),
    (_EN_V, "nope: 5.0 runs in the new mode only, new mode stable since 4.2; the old setup was announced as legacy in 4.6"),
    (_DE_V, "nein, seit 5.0 läuft es nur im neuen Modus, der neue Modus ist seit 4.2 stabil; der Koordinator wurde in 4.6 abgekündigt"),
    (_RU_V, "нет, с 5.0 работает только в новом режиме, новый режим стабилен с 4.2; координатор объявлен устаревшим в 4.6"),
])
def test_a_number_dating_a_claim_of_its_own_is_no_changed_number(expected, answer):
    assert grade(expected, answer).verdict == "right"


@pytest.mark.parametrize(("expected", "answer"), [
    # the number of a numbered claim changed
    (_EN_V, "no, since 5.0 it runs in the new mode only, the new mode stable from 4.0"),
    (_EN_V, "no, since 4.6 it runs in the new mode only, the new mode stable since 4.2"),
    (_DE_V, "nein, seit 5.0 läuft es nur im neuen Modus, der neue Modus ist seit 3.9 stabil"),
    (_RU_V, "нет, с 5.0 работает только в новом режиме, новый режим стабилен с 3.9"),
    # an expected number left unsaid: the extra one may stand in its place
    (_EN_V, "no, since 5.0 it runs in the new mode only; the coordinator got deprecated in 4.6"),
])
def test_a_changed_number_is_still_wrong(expected, answer):
    assert grade(expected, answer).verdict != "right"


def test_a_changed_number_beside_the_dated_claim_is_still_wrong():
    answer = "no, since 5.0 it runs in the new mode only, the new mode stable from 4.0; the coordinator got deprecated in 4.6"
    assert grade(_EN_V, answer).verdict == "wrong"


_EN_B = ("Strong on the primary node, async standby nodes", ("Tunable per request, eventual at low levels",))
_DE_B = ("Stark auf dem Primärknoten, asynchrone Standby-Knoten", ("Pro Anfrage einstellbar, letztendlich konsistent auf niedrigen Stufen",))
_RU_B = ("Строгая на основном узле, асинхронные резервные узлы", ("Настраивается на запрос, в конечном счете согласованная на низких уровнях",))


@pytest.mark.parametrize(("card", "answer"), [
    (_EN_B, "strong on the primary node, standby nodes are eventually consistent since they replicate async"),
    (_EN_B, "strong on the primary node; async standby nodes, so reads from them give eventual consistency"),
    (_DE_B, "stark auf dem Primärknoten, asynchrone Standby-Knoten, die Standby-Knoten sind letztendlich konsistent"),
    (_RU_B, "строгая на основном узле, асинхронные резервные узлы, чтение с резервных в конечном счете согласованное"),
])
def test_another_value_said_of_another_place_than_the_bound_one(card, answer):
    expected, others = card
    assert grade(expected, answer, others=others).verdict == "right"


@pytest.mark.parametrize(("card", "answer"), [
    (_EN_B, "eventual on the primary node, async standby nodes"),  # the bound place itself
    (_EN_B, "strong on the primary node, async standby nodes, and eventual on the primary node under load"),
    (_EN_B, "strong and eventual, async standby nodes"),
    # another value said of no other place: "eventual consistency" names none
    (_EN_B, "strong on the primary node, async standby nodes, eventual consistency overall"),
    (_EN_B, "strong on the primary node, async standby nodes, eventually consistent"),
    (_DE_B, "stark auf dem Primärknoten, asynchrone Standby-Knoten, letztendlich konsistent"),
    (_RU_B, "строгая на основном узле, асинхронные резервные узлы, в конечном счете согласованная"),
    (_DE_B, "letztendlich konsistent auf dem Primärknoten, asynchrone Standby-Knoten"),
    (_RU_B, "в конечном счете согласованная на основном узле, асинхронные резервные узлы"),
])
def test_another_value_of_the_bound_place_is_still_wrong(card, answer):
    expected, others = card
    assert grade(expected, answer, others=others).verdict == "wrong"


def test_a_value_bound_to_no_place_leaves_no_other_place():
    # "at-least-once" bounds nothing: another value beside it is still another subject's value
    others = ("Exactly-once with transactions",)
    assert grade("At-least-once, acks by the consumer", "at-least-once, acks by the consumer, exactly-once with transactions",
                 others=others).verdict == "wrong"


_EN_S = ("Flexible layout, optional validation", ("Strict layout, JSONB for flexible fields",))
_DE_S = ("Flexibles Layout, optionale Validierung", ("Festes Layout, JSONB für flexible Felder",))


@pytest.mark.parametrize(("card", "answer"), [
    (_EN_S, "flexible with optional $jsonLayout validation"),
    (_DE_S, "flexibel mit optionaler $jsonLayout Validierung"),
])
def test_a_stand_in_meeting_another_cells_word_by_its_beginning_is_not_that_word(card, answer):
    expected, others = card
    assert grade(expected, answer, others=others, core_right=True).verdict == "right"


@pytest.mark.parametrize(("card", "answer"), [
    (_EN_S, "flexible with optional jsonb validation"),
    (_DE_S, "flexibel mit optionaler JSONB Validierung"),
])
def test_another_cells_very_word_standing_in_is_still_its_value(card, answer):
    expected, others = card
    assert grade(expected, answer, others=others, core_right=True).verdict == "wrong"


_EN_P = "Queues delay messages natively since 2.1; the team no longer maintains the external plugin."
_EN_P2 = "The team no longer maintains the external plugin; since 2.1 queues delay messages themselves."
_RU_P = "Очереди задерживают сообщения нативно с 2.1; команда больше не поддерживает внешний плагин."
_RU_P2 = "Команда больше не поддерживает внешний плагин; с 2.1 очереди сами задерживают сообщения."


@pytest.mark.parametrize(("expected", "answer"), [
    (_EN_P2, "since 2.1 queues delay messages natively, the plugin is not maintained"),
    (_RU_P2, "с 2.1 очереди задерживают сообщения нативно, плагин не поддерживается"),
])
def test_a_value_inside_a_denied_phrase_is_part_of_the_denial(expected, answer):
    assert grade(expected, answer).verdict == "right"


@pytest.mark.parametrize(("expected", "answer"), [
    (_EN_P2, "since 2.1 queues delay messages natively"),
    (_RU_P2, "с 2.1 очереди задерживают сообщения нативно"),
])
def test_a_value_beside_a_denied_phrase_is_no_antonym(expected, answer):
    assert grade(expected, answer).verdict == "partly"


@pytest.mark.parametrize(("expected", "answer"), [
    # the denied thing offered as the way: the model answer's value is the other one
    (_EN_P, "queues delay messages with an external plugin since 2.1"),
    (_EN_P, "since 2.1 queues delay messages with a plugin"),
    (_RU_P, "очереди задерживают сообщения через внешний плагин с 2.1"),
])
def test_the_denied_value_offered_is_an_antonym(expected, answer):
    assert grade(expected, answer).verdict == "wrong"


@pytest.mark.parametrize(("expected", "answer"), [
    ("The broker has no built-in delay.", "the broker lacks a built-in delay"),
    ("The broker lacks a built-in delay.", "the broker has no built-in delay"),
    ("The broker lacks a built-in delay.", "the broker doesn't have a built-in delay"),
    ("Der Broker hat kein eingebautes Delay.", "dem Broker fehlt ein eingebautes Delay"),
    ("Dem Broker fehlt ein eingebautes Delay.", "der Broker hat kein eingebautes Delay"),
    ("У брокера нет встроенной задержки.", "у брокера отсутствует встроенная задержка"),
    ("У брокера отсутствует встроенная задержка.", "у брокера нет встроенной задержки"),
])
def test_lacking_is_a_denial(expected, answer):
    assert grade(expected, answer).verdict == "right"


@pytest.mark.parametrize(("expected", "answer"), [
    ("The broker lacks a built-in delay.", "the broker has a built-in delay"),
    ("Dem Broker fehlt ein eingebautes Delay.", "der Broker hat ein eingebautes Delay"),
    ("У брокера отсутствует встроенная задержка.", "у брокера есть встроенная задержка"),
    ("The broker has no built-in delay.", "the broker has a built-in delay"),
])
def test_having_what_is_lacking_is_a_flip(expected, answer):
    assert grade(expected, answer).verdict == "wrong"


_EN_Q = "To have no reply queue: the client reads from the pseudo-queue."
_DE_Q = "Damit es keine Antwort-Queue gibt: der Client liest aus der Pseudo-Queue."
_RU_Q = "Чтобы не было очереди ответов: клиент читает из псевдо-очереди."


@pytest.mark.parametrize(("expected", "answer"), [
    (_EN_Q, "no reply queue per client, the client reads from the pseudo-queue"),
    (_DE_Q, "keine Antwort-Queue pro Client, der Client liest aus der Pseudo-Queue"),
    (_RU_Q, "нет очереди ответов на каждого клиента, клиент читает из псевдо-очереди"),
])
def test_a_qualifier_of_a_shared_denial_denies_nothing_else(expected, answer):
    assert grade(expected, answer).verdict != "wrong"


@pytest.mark.parametrize(("expected", "answer"), [
    (_EN_Q, "no client reads from the pseudo-queue"),
    (_EN_Q, "no reply queue, and no client reads from the pseudo-queue"),
    (_EN_Q, "a reply queue per client, the client reads from the pseudo-queue"),
    (_DE_Q, "kein Client liest aus der Pseudo-Queue"),
    (_RU_Q, "ни один клиент не читает из псевдо-очереди"),
])
def test_a_denied_word_of_its_own_is_still_a_flip(expected, answer):
    assert grade(expected, answer).verdict == "wrong"
