"""An "only" inside a reason the answer gives ("..., because that is only a first pass") qualifies
the reason, not the answer's claim: no restriction of it to a case the deck does not make
(extras._restricts). An "only" before its condition ("but only if ...", "but only inside one
till") still narrows the claim and needs the deck's word for it.
"""

from __future__ import annotations

import pytest

from brokerquiz.core.grading.extras import extra_claims
from brokerquiz.core.grading.subjects import index_for

_CASES = {
    "en": ("Signed receipts and manual checks, the reprint flag", ("Counts the till twice a day",),
           "signed receipts + manual checks, the reprint flag, and the clerk still compares totals because that is only a first pass",
           ("signed receipts + manual checks, the reprint flag, but only inside one till",
            "signed receipts + manual checks, the reprint flag, but only if the clerk is awake")),
    "ru": ("Подписанные чеки и ручная проверка, флаг перепечатки", ("Считает кассу дважды в день",),
           "подписанные чеки + ручная проверка, флаг перепечатки, и кассир всё равно сверяет итоги, потому что это только первый проход",
           ("подписанные чеки + ручная проверка, флаг перепечатки, но только внутри одной кассы",
            "подписанные чеки + ручная проверка, флаг перепечатки, но только если кассир не спит")),
    "de": ("Signierte Belege und manuelle Prüfung, das Nachdruck-Flag", ("Zählt die Kasse zweimal am Tag",),
           "signierte belege + manuelle prüfung, das nachdruck-flag, und der kassierer vergleicht trotzdem die summen, "
           "weil das nur ein erster durchgang ist",
           ("signierte belege + manuelle prüfung, das nachdruck-flag, aber nur innerhalb einer kasse",
            "signierte belege + manuelle prüfung, das nachdruck-flag, aber nur wenn der kassierer wach ist")),
}


@pytest.mark.parametrize("lang", sorted(_CASES))
def test_only_inside_a_reason_restricts_nothing(lang):
    expected, own, answer, _ = _CASES[lang]
    assert extra_claims(expected, answer, index_for(None), own=own) == ()


@pytest.mark.parametrize("lang", sorted(_CASES))
def test_only_before_its_condition_still_restricts(lang):
    expected, own, _, restricted = _CASES[lang]
    for answer in restricted:
        assert extra_claims(expected, answer, index_for(None), own=own), answer
