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
STOP_RU = "Pause останавливает чтение, stop закрывает соединение."
STOP_RU_Q = "Как вывести консьюмер из работы?"
STOP_DE = "Pause hält das Lesen an, Stop schließt die Verbindung."
STOP_DE_Q = "Wie nimmt man einen Consumer außer Betrieb?"

CROSSED = [
    (STOP, "a pause closes the connection, a stop halts the reading", STOP_Q),
    (STOP, "pausing closes the connection, and stopping just halts reading", STOP_Q),
    (LIMITS, "the soft limit rejects writes, the hard limit only logs a warning", LIMITS_Q),
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
    (LIMITS, "a warning is logged at the soft limit, and writes over the hard limit are rejected", LIMITS_Q),  # things mid-clause
    (STOP_RU, "stop закрывает соединение, а pause останавливает чтение", STOP_RU_Q),
    (STOP_DE, "Stop schließt die Verbindung, Pause hält das Lesen an", STOP_DE_Q),
]


@pytest.mark.parametrize("expected,answer,question", CROSSED_KEPT)
def test_each_things_own_deed_stays_right(expected, answer, question):
    assert grade(expected, answer, context=question).verdict == "right"
