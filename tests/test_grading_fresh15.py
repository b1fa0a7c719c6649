"""fresh15 first-run causes (own-words follow-ups on the interview banks), stated with other words:

- two things the question contrasts, each said with the other's claim, are swapped even when a
  word of the question ("whom do you move first?") is said once inside one thing's claim: only the
  question words opening a part of the model answer open a thing's region (swaps.py);
- a word is no form of a long camel-case name it begins ("topic" of "TopicRecordNameStrategy"):
  two keys sharing a prefix meet when the rest is an ending (PREFIX_TAIL_MAX letters) or the shorter
  key is PREFIX_WORD_SHARE of the longer (a compound's first word), not when it is words of its own;
- against a model answer of several sentences, an answer right by an accept entry stays right
  when it says glossary words neither text says ("runs", "works", "data"): a key point said in
  one's own words; only a sweeping word (every, any, always, by default: the lexicons'
  sweeping_words and default_words) the texts do not say keeps the accept entry from vouching
  for it (sweeping.py). A cell (one sentence) keeps the stricter rule: any new term is a claim;
- one of a counted group ("single") says nothing against "several" when it counts another thing:
  "a queue is a single file" beside "several queues" (counts.counts_of_other_things);
- a word whose negating-prefix form the model answer says is no opposite when the model answer
  says the word itself too ("совместима" where it says "совместима ... несовместимая");
- the lead sentence of a model answer is its point (sentences.right_by_lead) unless the card's
  accept entries say otherwise: a lead that says none of them, not even half of one, only sets the
  scene ("in a shared ledger ...; a private ledger ..."), and saying it alone is no right answer;
- "cleaned", "purged", "wiped" say that something is gone (the lexicon's withdrawn words), so an
  answer saying one offers nothing the model answer says was gone;
- silently / with an error are opposite values (glossary `report:`): a failure the model answer
  says goes unreported is not one reported with an error;
- хранить / хранимых are spellings of keep, so "сколько копий хранить" is no antonym of a
  model answer that says "число хранимых копий ... очистка удаляет";
- cap is a spelling of limit, unacked of unacknowledged (glossary terms);
- two glossary terms are two words: they meet by a stem in common, never by a typo's edit
  ("fast" / "last", "last" / "lost"); a word of no term still meets a term by a typo;
- a model answer defining several terms ("TERM — definition", "TERM: definition") is judged per
  definition: a word of a term's definition said with the opposite polarity after that term
  ("queued — picked up" for "queued — not picked up yet, running — picked up") contradicts it
  (definitions.py), though the word is said plainly in another term's definition.
"""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade

_MODES = (
    "SHARED: a reader may join at any time, so the readers are migrated first; it is the default. "
    "EXCLUSIVE: a single writer holds the lock, so the writers go first."
)
_MODES_Q = "How does SHARED mode differ from EXCLUSIVE, and whom do you migrate first?"


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        ("shared: migrate the writers first. exclusive: migrate the readers first", "wrong"),
        ("exclusive - the readers go first; shared - the writers go first", "wrong"),
    ],
)
def test_two_contrasted_things_swapped_around_a_question_word_inside_a_claim(answer, verdict):
    assert grade(_MODES, answer, context=_MODES_Q).verdict == verdict


def test_the_contrasted_things_in_their_own_places_are_no_swap():
    answer = "shared: migrate the readers first. exclusive: the writers first"
    assert grade(_MODES, answer, context=_MODES_Q).verdict != "wrong"


@pytest.mark.parametrize(
    ("expected", "answer", "verdict"),
    [
        ("BucketRetentionPolicy", "a bucket", "wrong"),
        ("set the LedgerCompactionMode", "set the ledger", "partly"),  # "set" said, the name not
        ("BucketRetentionPolicy", "BucketRetentionPolicy", "right"),
        ("BucketRetentionPolicy", "bucket retention policy", "right"),
        ("partitioning by hand", "partitioned by hand", "right"),  # an ending
        ("Zeilenversionen aufräumen", "Zeilen aufräumen", "right"),  # a compound's first word
    ],
)
def test_a_word_is_no_form_of_a_long_name_it_begins(expected, answer, verdict):
    assert grade(expected, answer).verdict == verdict


_DEPOT = (
    "Expired parcels are carried by the night sweeper to the cold shelf. "
    "From there a clerk dispatches, once a day, whatever a customer still asks for."
)
_DEPOT_Q = "What happens to expired parcels in the depot?"
_DEPOT_KEY = ["the cold shelf, a clerk dispatches daily"]
_SKLAD = "Просроченные посылки ночной уборщик увозит на холодную полку. Оттуда клерк ежедневно отправляет то, что клиент ещё просит."
_SKLAD_Q = "Что происходит с просроченными посылками на складе?"
_SKLAD_KEY = ["холодная полка, клерк отправляет ежедневно"]


@pytest.mark.parametrize(
    ("expected", "question", "key", "answer"),
    [
        (_DEPOT, _DEPOT_Q, _DEPOT_KEY, "cold shelf; a clerk runs through it and dispatches daily"),
        (_DEPOT, _DEPOT_Q, _DEPOT_KEY, "cold shelf; a clerk dispatches daily, no data lost"),
        (_SKLAD, _SKLAD_Q, _SKLAD_KEY, "холодная полка; клерк работает с ней и отправляет ежедневно"),
    ],
)
def test_a_key_point_in_own_words_is_right_by_its_accept_entry(expected, question, key, answer):
    assert grade(expected, answer, accept=key, context=question).verdict == "right"


@pytest.mark.parametrize(
    ("expected", "question", "key", "answer"),
    [
        (_DEPOT, _DEPOT_Q, _DEPOT_KEY, "cold shelf; a clerk dispatches daily, works for any parcel"),
        (_DEPOT, _DEPOT_Q, _DEPOT_KEY, "cold shelf; a clerk dispatches every parcel daily"),
        (_DEPOT, _DEPOT_Q, _DEPOT_KEY, "cold shelf; a clerk dispatches daily by default"),
        (_SKLAD, _SKLAD_Q, _SKLAD_KEY, "холодная полка; клерк ежедневно отправляет любые посылки"),
        (_SKLAD, _SKLAD_Q, _SKLAD_KEY, "холодная полка; клерк отправляет ежедневно по умолчанию"),
    ],
)
def test_a_sweeping_word_the_texts_do_not_say_is_a_claim_the_accept_entry_does_not_vouch_for(expected, question, key, answer):
    assert grade(expected, answer, accept=key, context=question).verdict != "right"


def test_a_sweeping_word_the_model_answer_says_too_costs_nothing():
    expected = "Every parcel past its date goes to the cold shelf. A clerk dispatches from it daily."
    answer = "each parcel past its date ends up on the cold shelf; a clerk dispatches daily"
    assert grade(expected, answer, accept=_DEPOT_KEY, context=_DEPOT_Q).verdict == "right"


def test_a_cell_still_counts_any_new_term_as_a_claim():
    # one sentence: the accepted short form vouches for no term of its own ("data")
    assert grade("Parcels go to the cold shelf", "the cold shelf, data kept there", accept=["cold shelf"]).verdict != "right"


_SPREAD = "Spread the load over several queues picked by a hash of the order id"
_RASKLAD = "Нагрузку раскладывают на несколько очередей по хешу id заказа"


@pytest.mark.parametrize(
    ("expected", "answer", "verdict"),
    [
        (_SPREAD, "a queue is a single file on one disk, so spread the load over N queues picked by a hash of the order id", "right"),
        (_SPREAD, "spread the load over a single queue picked by a hash of the order id", "wrong"),
        (_RASKLAD, "очередь — единственный файл на диске, поэтому нагрузку раскладывают на N очередей по хешу id заказа", "right"),
        (_RASKLAD, "нагрузку раскладывают на единственную очередь по хешу id заказа", "wrong"),
    ],
)
def test_one_of_another_thing_is_no_count_against_several(expected, answer, verdict):
    assert grade(expected, answer).verdict == verdict


_CHECK_RU = "Проверка убеждается, что новая раскладка совместима с сохранёнными, и несовместимая раскладка отклоняется."


def test_a_word_the_model_answer_also_says_plainly_is_no_opposite_of_its_negated_form():
    assert grade(_CHECK_RU, "проверка убеждается, что новая раскладка совместима с сохранёнными, иначе отклоняет").verdict == "right"
    assert grade("Новая раскладка несовместима с сохранёнными и отклоняется.", "новая раскладка совместима с сохранёнными").verdict == "wrong"


_LEDGER = (
    "In a shared ledger all clerks queue behind a single lock. "
    "A private ledger gives each clerk a lock of their own, so no clerk waits for another."
)
_LEDGER_Q = "How does a private ledger help compared with a shared one?"


@pytest.mark.parametrize(
    "answer", ["in a shared ledger all clerks queue behind a single lock", "all clerks queue behind a single lock, that's it"]
)
def test_a_lead_sentence_that_only_sets_the_scene_is_no_answer(answer):
    assert grade(_LEDGER, answer, accept=["a lock per clerk, nobody waits"], context=_LEDGER_Q).verdict != "right"


def test_a_lead_sentence_saying_a_key_point_is_the_answer():
    expected = (
        "The proven way is a parked drawer: the file waits in a drawer nobody reads and, when its timer ends, "
        "drops into the working tray. Newer cabinets delay files themselves."
    )
    answer = "a parked drawer: the file waits where nobody reads it and, once the timer ends, drops into the working tray"
    assert grade(expected, answer, accept=["parked drawer and timer"], context="How do you delay a file?").verdict == "right"


_DRAFT = "The draft can be gone before the editor reads it, leaving the editor with an outdated copy. So keep drafts longer than a full review."


@pytest.mark.parametrize("word", ["cleaned up", "purged", "wiped"])
def test_cleaned_up_says_gone(word):
    answer = f"the draft may get {word} before the editor reads it, so the editor has an outdated copy"
    assert grade(_DRAFT, answer).verdict == "partly"  # the point, the advice left out
    assert grade(_DRAFT, "the draft is kept until the editor reads it").verdict == "wrong"


@pytest.mark.parametrize(
    ("expected", "answer", "verdict"),
    [
        ("When the inbox is full, the relay silently discards new letters.", "when the inbox is full the relay rejects new letters with an error", "wrong"),
        ("When the inbox is full, the relay silently discards new letters.", "when the inbox is full the relay quietly discards new letters", "right"),
        ("Когда ящик полон, ретранслятор молча отбрасывает новые письма.", "когда ящик полон, ретранслятор отбрасывает новые письма с ошибкой", "wrong"),
        ("Когда ящик полон, ретранслятор молча отбрасывает новые письма.", "когда ящик полон, ретранслятор без ошибки отбрасывает новые письма", "right"),
    ],
)
def test_silently_and_with_an_error_are_opposites(expected, answer, verdict):
    assert grade(expected, answer).verdict == verdict


def test_stored_forms_of_keep_are_keep():
    expected = "Архив ограничивает число хранимых копий на папку. Очистка удаляет все копии папки."
    assert grade(expected, "архив задаёт, сколько копий на папку хранить").contradicting == ()


def test_a_limit_on_unacked_is_a_cap_on_unacknowledged():
    expected = "The gate caps the number of unacknowledged tickets per clerk"
    assert grade(expected, "the gate puts a limit on unacked tickets per clerk").verdict == "right"
    assert grade(expected, "the gate caps the acked tickets per clerk").verdict != "right"


def _word(text: str):
    from brokerquiz.core.grading.analysis import analyze
    from brokerquiz.core.grading.subjects import index_for

    (tok,) = [t for t in analyze(text, index_for(None)).toks if t.kind == "word"]
    return tok


@pytest.mark.parametrize(("a", "b"), [("fast", "last"), ("last", "lost"), ("every", "very")])
def test_two_glossary_terms_never_meet_by_a_typo(a, b):
    assert _word(a).term is not None and _word(b).term is not None
    assert not _word(a).matches(_word(b)) and not _word(b).matches(_word(a))


@pytest.mark.parametrize(("a", "b"), [("count", "counter"), ("lsat", "last")])
def test_a_stem_or_a_typo_of_a_plain_word_still_meets_a_term(a, b):
    assert _word(a).matches(_word(b))


_COUNTERS = "Two counters: queued — how many jobs are not picked up yet, running — picked up, but not finished."
_COUNTERS_Q = "What do the two job counters show?"
_SCHETCHIKI = "Два счётчика: jobs_waiting — сколько задач ещё не взято, jobs_active — взяты, но не завершены."


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        (_COUNTERS, "queued — how many jobs are picked up but not finished"),
        (_SCHETCHIKI, "jobs_waiting — это сколько задач взято, но не завершено"),
    ],
)
def test_a_definition_said_with_its_polarity_flipped_is_wrong(expected, answer):
    assert grade(expected, answer, context=_COUNTERS_Q).verdict == "wrong"


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        (_COUNTERS, "queued - jobs not picked up yet; running - picked up but not finished"),
        (_COUNTERS, "running: the jobs picked up and not finished yet"),
        (_SCHETCHIKI, "jobs_waiting — сколько задач ещё не взято, jobs_active — взяты и не завершены"),
    ],
)
def test_each_definition_with_its_own_polarity_is_no_contradiction(expected, answer):
    assert grade(expected, answer, context=_COUNTERS_Q).verdict != "wrong"


def test_an_identifier_named_again_still_ends_a_definition():
    expected = (
        "Счётчики: jobs_waiting — сколько задач ещё не взято, jobs_active — взяты без отметки. "
        "Когда jobs_active упирается в лимит, выдача встаёт."
    )
    assert grade(expected, expected, context="Что показывают счётчики задач?").verdict == "right"
