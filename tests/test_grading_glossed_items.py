"""A definition the answer gives of a term the model answer defines is judged against that
definition, not against the subject's other cells ("term — don't send it any more" for a model
answer's "Term — stop the redeliveries": no denial of the sending the subject's other cells name).

A model answer that defines several terms ("TERM — definition") is held to each definition by
definitions.py; the answer's words after such a term and its dash (to the sentence's end) say
that term's definition, so ownterms.py reads no flat claim about the subject in them. The same
denial said in a part of its own, after no defined term, still says the subject's cells the
other way.
"""

from __future__ import annotations

import pytest

from brokerquiz.core.grading.ownterms import contradicted_terms
from brokerquiz.core.grading.subjects import index_for

_CASES = {
    "en": ("Hold — keep the parcel at the depot for a day, Bounce — hand it back to the sender, "
           "Scrap — end all further handling of it.", ("Retries with backoff, a parking lot for failures",),
           "hold — keeps it at the depot a day; bounce — back to the sender; scrap — never retry it",
           "hold keeps it at the depot a day, bounce hands it back; and there are no retries at all"),
    "ru": ("Держать — оставить посылку на складе на сутки, Вернуть — отдать отправителю, "
           "Списать — прекратить всякую обработку.", ("Повторы с паузой, стоянка для сбойных",),
           "держать — оставить на складе сутки; вернуть — отдать отправителю; списать — больше не повторять",
           "держать на складе сутки, вернуть отправителю; а повторов нет вообще"),
    "de": ("Halten — das Paket einen Tag im Depot lassen, Zurück — dem Absender zurückgeben, "
           "Verwerfen — jede weitere Bearbeitung beenden.", ("Wiederholen mit Pause, Parkplatz für Fehlschläge",),
           "halten — einen tag im depot lassen; zurück — an den absender; verwerfen — nicht wiederholen",
           "halten einen tag im depot, zurück an den absender; und es gibt kein wiederholen"),
}


@pytest.mark.parametrize("lang", sorted(_CASES))
def test_a_defined_terms_definition_denies_no_cell(lang):
    expected, own, answer, _ = _CASES[lang]
    assert contradicted_terms(expected, answer, index_for(None), own=own) == ()


@pytest.mark.parametrize("lang", sorted(_CASES))
def test_the_same_denial_in_a_part_of_its_own_still_contradicts(lang):
    expected, own, _, flat = _CASES[lang]
    assert contradicted_terms(expected, flat, index_for(None), own=own)


def test_a_dash_after_a_term_the_model_answer_does_not_define_is_no_definition():
    expected, own, _, _ = _CASES["en"]
    assert contradicted_terms(expected, "hold at the depot, bounce to the sender; parcels — never retry them",
                              index_for(None), own=own)
