"""The general causes behind the fresh9 batch's first-run errors (issue 11: follow-ups of the
interview question banks answered in one's own words), said with words and subjects other
than the batch's cases."""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade

TUNING = "Shrink the eviction batch, or increase cache.max.entries."


@pytest.mark.parametrize(
    ("answer", "verdict_"),
    [
        # the opposite verb on the setting the expected text raises: wrong, though the expected
        # text lowers something else with the same verb
        ("shrink the eviction batch or decrease cache.max.entries", "wrong"),
        ("grow the eviction batch and increase cache.max.entries", "wrong"),
        # the verbs on the right settings, in another order and other spellings: right
        ("raise cache.max.entries, reduce the eviction batch", "right"),
        ("shrink the eviction batch or raise cache.max.entries", "right"),
    ],
)
def test_raise_and_lower_are_judged_on_what_they_act_on(answer, verdict_):
    assert grade(TUNING, answer).verdict == verdict_


CLEANUP = "The sweeper frees old snapshots and prevents disk exhaustion."


@pytest.mark.parametrize(
    ("answer", "verdict_"),
    [
        ("the sweeper frees old snapshots and causes disk exhaustion", "wrong"),
        ("frees old snapshots, prevents disk exhaustion", "right"),
        # the effect it prevents named with what that would cause: no contradiction
        ("it frees old snapshots and prevents disk exhaustion, which would cause an outage", "right"),
    ],
)
def test_cause_and_prevent_are_judged_on_what_they_act_on(answer, verdict_):
    assert grade(CLEANUP, answer).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # a contraction typed without its apostrophe denies as the contraction does
        ("The two writes are not atomic.", "the two writes arent atomic", "right"),
        ("The two writes are atomic.", "the two writes arent atomic", "wrong"),
        ("Never reuse a slot id.", "dont reuse a slot id", "right"),
        ("Reuse the slot id.", "dont reuse the slot id", "wrong"),
    ],
)
def test_a_contraction_without_its_apostrophe_is_a_negation(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


ROLLOUT = (
    "A blue-green deploy keeps two full environments and switches all traffic at once. A canary sends "
    "a small share of traffic to the new version first and widens it step by step."
)
ROLLOUT_Q = "How does a blue-green deploy differ from a canary release?"
STANDBY = (
    "Горячий резерв держит копию всегда запущенной и принимает нагрузку сразу. Холодный резерв "
    "поднимают только при аварии, и переключение занимает часы."
)
STANDBY_Q = "Чем горячий резерв отличается от холодного?"


@pytest.mark.parametrize(
    ("expected", "question", "answer", "verdict_"),
    [
        # each of the two things the question names said with the other's words: wrong
        (ROLLOUT, ROLLOUT_Q, "canary keeps two environments and switches all traffic at once, blue-green sends a small share to the new version first and widens it", "wrong"),
        (ROLLOUT, ROLLOUT_Q, "blue-green keeps two full environments and switches all traffic at once, canary sends a small share to the new version first and widens it", "right"),
        (STANDBY, STANDBY_Q, "холодный держит копию всегда запущенной и принимает нагрузку сразу, а горячий поднимают только при аварии, переключение занимает часы", "wrong"),
        (STANDBY, STANDBY_Q, "горячий держит копию всегда запущенной и принимает нагрузку сразу, холодный поднимают только при аварии, переключение занимает часы", "right"),
    ],
)
def test_an_answer_swapping_the_two_things_the_question_names_is_wrong(expected, question, answer, verdict_):
    assert grade(expected, answer, context=question).verdict == verdict_


RETRY = "Failed jobs wait in a backoff queue first, and the delay doubles with each attempt."
RETRY_RU = "Упавшие задачи сначала ждут в очереди backoff, и задержка удваивается с каждой попыткой."


@pytest.mark.parametrize(
    ("expected", "question", "answer", "verdict_"),
    [
        # a yes/no question whose model answer leaves the yes/no to its reasons: the opening "no"
        # is the question's answer in one word, the reasons are graded
        (RETRY, "Does the scheduler retry a failed job right away?", "no, failed jobs wait in a backoff queue and the delay doubles each attempt", "right"),
        (RETRY_RU, "Сразу ли планировщик повторяет упавшую задачу?", "нет, упавшие задачи ждут в очереди backoff, задержка удваивается с каждой попыткой", "right"),
        # the one word alone says none of the reasons
        (RETRY, "Does the scheduler retry a failed job right away?", "no", "wrong"),
        # not a yes/no question: the "no" is a claim the model answer does not make
        (RETRY, "How does the scheduler retry a failed job?", "no, failed jobs wait in a backoff queue and the delay doubles each attempt", "wrong"),
    ],
)
def test_an_opening_yes_or_no_to_a_yes_no_question_costs_nothing(expected, question, answer, verdict_):
    assert grade(expected, answer, context=question).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # a negator's phrase runs past an article: the failover is denied too
        ("A node back within the grace period rejoins without a failover.", "a node back within the grace period rejoins and does not start a failover", "right"),
        ("A node back within the grace period rejoins without a failover.", "a node back within the grace period rejoins and starts a failover", "wrong"),
        # and past an "or": both verbs are denied
        ("Never rename a column and never retype a column.", "do not rename columns or retype them", "right"),
        ("Never rename a column and never retype a column.", "do not rename columns, retype them", "wrong"),
    ],
)
def test_a_negation_runs_past_an_article_and_an_or(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # a follow-up's words said as candidates say them (glossary: the fresh9 block)
        ("A poison job fails processing every time.", "a poison job crashes the consumer each time", "right"),
        ("Ядовитое задание стабильно роняет обработку.", "ядовитое задание: обработка падает каждый раз", "right"),
        ("The caller learns at once that the endpoint is gone.", "the caller knows right away the endpoint is gone", "right"),
    ],
)
def test_follow_up_words_in_the_candidates_own_spelling(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


CODES = (
    "Retry asks the server to send the page again, Skip moves on to the next page, Abort ends the "
    "whole transfer. For a corrupt page use Skip, once the page is logged."
)
CODES_Q = "Besides OK, what can the client reply, and which reply fits a corrupt page?"


@pytest.mark.parametrize(
    ("answer", "verdict_"),
    [
        # another item of the list the expected text gives, named where the question's thing wants Skip
        ("Retry, Skip, Abort; for a corrupt page use Abort", "wrong"),
        ("retry asks to send the page again, skip moves on, abort ends the transfer; for a corrupt page use skip once it is logged", "right"),
    ],
)
def test_another_item_of_a_list_standing_in_for_the_one_the_question_asks_for_is_wrong(answer, verdict_):
    assert grade(CODES, answer, context=CODES_Q).verdict == verdict_


WAKE = "A new job in its queue, a timer firing, or a shutdown signal."
WAKE_RU = "Новая задача в очереди, срабатывание таймера или сигнал остановки."


@pytest.mark.parametrize(
    ("expected", "question", "answer", "verdict_"),
    [
        # the question's own verb denied of a thing the model answer names as what is asked
        (WAKE, "What wakes a sleeping worker?", "a timer firing or a shutdown signal; a new job in the queue does not wake it", "wrong"),
        (WAKE_RU, "Что будит спящий воркер?", "срабатывание таймера или сигнал остановки, а новая задача в очереди не будит его", "wrong"),
        # denied of a thing the model answer does not name: no contradiction
        (WAKE, "What wakes a sleeping worker?", "a new job in its queue, a timer firing or a shutdown signal; a cron tick does not wake it", "right"),
    ],
)
def test_denying_the_questions_verb_of_what_the_model_answer_names_is_wrong(expected, question, answer, verdict_):
    assert grade(expected, answer, context=question).verdict == verdict_


RETRIES_RU = "Внутри кластера повтор автоматический. Если запрос уходит во внешний сервис, нужен идемпотентный ключ."


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # a closing «нет» after the circumstance the model answer names with the same preposition:
        # it answers the question for that case and denies no word of it
        (RETRIES_RU, "внутри кластера повтор автоматический, во внешний сервис нет — нужен идемпотентный ключ", "right"),
        # what it denies past the circumstance's phrase is still denied
        ("Во внешний сервис повтор автоматический.", "во внешний сервис повтора нет", "wrong"),
        (RETRIES_RU, "внутри кластера повтора нет, во внешний сервис нужен идемпотентный ключ", "wrong"),
    ],
)
def test_a_closing_no_after_a_circumstance_denies_no_word_of_it(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


def test_a_denied_value_of_an_opposite_group_is_no_denied_verb_of_the_question():
    # "not more than" is a claim about the count, not the question's verb denied of the pool
    expected = "You can, but the extra workers sit idle: a pool's parallelism is at most the core count."
    answer = "можно, но лишние воркеры простаивают: параллелизм пула не больше числа ядер"
    graded = grade(expected, answer, context="Can a pool have more workers than cores?")
    assert graded.verdict != "wrong" and not graded.contradicting  # partly: "пула", "ядер" are no glossary words
