"""fa26: the mechanisms behind the fresh26 batch's false accepts, said with model answers of their own.

1. Your own doing said to happen by itself: a model answer's clause saying the thing is one's own
   ("your own retry topic", «своя очередь ошибок», "eine eigene Fehlerqueue") is an option someone
   takes, as "one can" is; the answer's agency word on two of its words ("the broker moves it into
   a retry topic by itself") turns it around (byitself.py, the lexicons' owner_words). "its own"
   is the machine's own: no option (owner_not_after).
2. Which end of a log: "to the end of the log" where the model answer says "to the start of the
   log" is an antonym (glossary log-end), in ru and de too.
3. "no need for X" denies X ("no need for a spare disk", "kein Bedarf an Reserve"): the noun need
   after a negator passes the denial on (the lexicons' negator_determiners).
4. A long model answer's lead sentence that gives an accept entry's value another of its group
   ("a single queue" for "several queues by tenant") does not say that entry: the lead alone stays
   an omission, not right by its key points (keypoints.lead_says).
5. An answer that only leaves things out: every word it says is the model answer's own, and it says
   half of one of its parts, or one whole item of a part's list ("ledger" of "Ledger and Vault
   between sites"), the question's words aside: partly, not wrong (match.py, chunks.half_a_part). The same words denied, or
   with a claim the model answer lacks, are not only an omission and keep their verdict.
"""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade

# 1. one's own doing said to happen by itself ---------------------------------------------------

_OWN_EN = "Count the attempts in a header, and your own retry topic for the failures."
_OWN_RU = "Попытки считают в заголовке, а для сбойных — своя очередь ошибок."
_OWN_DE = "Versuche im Header zählen, für Fehlschläge eine eigene Fehlerqueue."


@pytest.mark.parametrize(("expected", "answer"), [
    (_OWN_EN, "count attempts in a header; after three the broker moves the failures into a retry topic by itself"),
    (_OWN_EN, "attempts in a header, the failures go to a retry topic automatically"),
    (_OWN_RU, "попытки в заголовке, а сбойные брокер сам перекладывает в очередь ошибок"),
    (_OWN_RU, "считаем попытки в заголовке, сбойные автоматически уходят в очередь ошибок"),
    (_OWN_DE, "Versuche im Header, Fehlschläge verschiebt der Broker automatisch in eine Fehlerqueue"),
])
def test_ones_own_doing_said_to_happen_by_itself_is_wrong(expected, answer):
    assert grade(expected, answer).verdict == "wrong"


@pytest.mark.parametrize(("expected", "answer"), [
    (_OWN_EN, "count attempts in a header, and your own retry topic for the failures"),
    (_OWN_EN, "count attempts in a header; your own retry topic takes the failures"),
    (_OWN_RU, "попытки в заголовке, для сбойных своя очередь ошибок"),
    (_OWN_DE, "Versuche im Header zählen, Fehlschläge in eine eigene Fehlerqueue"),
])
def test_ones_own_doing_said_so_stays_right(expected, answer):
    assert grade(expected, answer).verdict == "right"


def test_its_own_is_no_option_turned_around():
    expected = "The scheduler keeps its own retry topic for the failures."
    assert grade(expected, "the scheduler keeps a retry topic for failures automatically").verdict == "right"


# 2. which end of a log --------------------------------------------------------------------------

@pytest.mark.parametrize(("expected", "answer", "verdict"), [
    ("The low watermark tells how far the reader is from the start of the log.",
     "the low watermark is how far the reader is from the end of the log", "wrong"),
    ("The low watermark tells how far the reader is from the start of the log.",
     "low watermark: how far the reader is from the beginning of the log", "right"),
    ("Нижняя метка показывает, сколько читателю осталось до начала журнала.",
     "нижняя метка показывает, сколько осталось до конца журнала", "wrong"),
    ("Нижняя метка показывает, сколько читателю осталось до начала журнала.",
     "нижняя метка — сколько читателю осталось до начала журнала", "right"),
    ("Die untere Marke zeigt, wie weit der Leser vom Anfang des Logs entfernt ist.",
     "die untere marke zeigt, wie weit der leser vom ende des logs entfernt ist", "wrong"),
    ("Die untere Marke zeigt, wie weit der Leser vom Anfang des Logs entfernt ist.",
     "die untere marke zeigt, wie weit der leser vom anfang des logs entfernt ist", "right"),
])
def test_the_other_end_of_the_log_is_an_antonym(expected, answer, verdict):
    assert grade(expected, answer).verdict == verdict


# 3. no need for X --------------------------------------------------------------------------------

@pytest.mark.parametrize(("expected", "accept", "answer", "verdict"), [
    ("Mirror the volume and keep a spare disk in every shelf.", ("mirror, spare disk",),
     "mirror the volume, and no need for a spare disk", "wrong"),
    pytest.param("Mirror the volume and keep a spare disk in every shelf.", ("mirror, spare disk",),
                 "mirror the volume and keep a spare disk, no need for a third copy", "right",
                 marks=pytest.mark.xfail(strict=True, reason="partly since the merge with parru/paren/leads/fr26: the true extra "
                                         "denial 'no need for a third copy' counts as a claim the model answer does not make")),
    ("Den Datenträger spiegeln und in jedem Regal eine Reserveplatte halten.", ("spiegeln, Reserveplatte",),
     "spiegeln, und kein Bedarf an einer Reserveplatte", "wrong"),
    ("Den Datenträger spiegeln und in jedem Regal eine Reserveplatte halten.", ("spiegeln, Reserveplatte",),
     "spiegeln und eine Reserveplatte halten", "right"),
])
def test_no_need_for_a_thing_denies_it(expected, accept, answer, verdict):
    assert grade(expected, answer, accept=accept).verdict == verdict


# 4. a lead sentence saying an entry's antonym does not say the entry ----------------------------

_LEAD = ("A tenant's jobs go to one key, and a key is served by one worker, so a single queue does not "
         "spread the load. Use several queues (jobs:0…jobs:N) and pick the queue by a hash of the "
         "tenant id — sharding by hand, and changing N later is hard.")
_ACCEPT = ("several queues by tenant hash", "sharding by hand into several queues")


@pytest.mark.parametrize(("answer", "verdict"), [
    ("a tenant's jobs go to one key on one worker, so a single queue does not spread the load", "partly"),
    ("several queues, pick one by a hash of the tenant id", "right"),
    ("one key, one worker, so a single queue does not spread the load; use several queues and pick by "
     "a hash of the tenant id, sharding by hand", "right"),
])
def test_a_lead_saying_an_entrys_antonym_holds_no_entry(answer, verdict):
    assert grade(_LEAD, answer, accept=_ACCEPT).verdict == verdict


# own words the keypoint answer above needs (glossary): painful says hard, sits says lives --------

@pytest.mark.parametrize(("expected", "answer", "verdict"), [
    ("Each shard lives on one node, and moving it later is hard.", "each shard sits on one node, and moving it later is painful", "right"),
    ("Каждый шард живёт на одном узле, и переносить его потом сложно.", "каждый шард живёт на одном узле, переносить потом болезненно", "right"),
    ("Jeder Shard liegt auf einem Knoten, und ihn später zu verschieben ist schwer.",
     "jeder shard liegt auf einem knoten, später verschieben ist schmerzhaft", "right"),
    ("Each shard lives on one node, and moving it later is hard.", "each shard sits on one node, and moving it later is easy", "wrong"),
])
def test_painful_is_hard_and_sits_is_lives(expected, answer, verdict):
    assert grade(expected, answer).verdict == verdict


# 5. an answer that only leaves things out is partly ---------------------------------------------

_CRATES_EN = "Sealed crates are weighed at the gate by the night porter, and the heavy ones wait in the cold room."
_CRATES_RU = "Запечатанные ящики взвешивает у ворот ночной сторож, а тяжёлые ждут в холодной комнате."
_CRATES_DE = "Versiegelte Kisten wiegt der Nachtpförtner am Tor, und die schweren warten im Kühlraum."
_SITES = "Ledger and Vault between sites"


@pytest.mark.parametrize(("expected", "answer"), [
    (_CRATES_EN, "crates are weighed at the gate"),
    (_CRATES_EN, "the heavy ones wait"),
    (_CRATES_EN, "the night porter weighs them"),
    (_CRATES_RU, "ящики взвешивают у ворот"),
    (_CRATES_DE, "die kisten wiegt der nachtpförtner"),
    (_SITES, "ledger"),
])
def test_an_answer_that_only_leaves_things_out_is_partly(expected, answer):
    assert grade(expected, answer).verdict == "partly"


@pytest.mark.parametrize(("expected", "answer"), [
    (_CRATES_EN, "crates are not weighed at the gate"),
    (_CRATES_EN, "crates are weighed at the gate by robots"),
    (_CRATES_RU, "ящики не взвешивают у ворот"),
    (_CRATES_DE, "die kisten wiegt niemand"),
    (_SITES, "ledger module"),
])
def test_a_part_denied_or_with_a_claim_of_its_own_is_no_mere_omission(expected, answer):
    assert grade(expected, answer).verdict == "wrong"


@pytest.mark.parametrize(("expected", "question", "answer", "verdict"), [
    # the question's own word beside a word of the model answer: still only left out
    ("Strong on the leader, followers may lag behind", "How consistent are the reads?", "strongly consistent", "partly"),
    ("Stark auf dem Leader, Follower können hinterherhinken", "Wie konsistent sind die Lesezugriffe?", "stark konsistent", "partly"),
    ("Строгая на лидере, фолловеры могут отставать", "Насколько консистентны чтения?", "строго консистентна", "partly"),
    # the question's words alone say nothing; another value is wrong
    ("Strong on the leader, followers may lag behind", "How consistent are the reads?", "consistent", "wrong"),
    ("Strong on the leader, followers may lag behind", "How consistent are the reads?", "eventually consistent", "wrong"),
    ("Stark auf dem Leader, Follower können hinterherhinken", "Wie konsistent sind die Lesezugriffe?", "schwach konsistent", "wrong"),
])
def test_the_questions_words_beside_a_part_leave_it_an_omission(expected, question, answer, verdict):
    assert grade(expected, answer, context=question).verdict == verdict
