"""Where the merge of 7 December met two rules: an agency word of an answer ("natively", "built-in")
keeps an accept entry from vouching for it unless the model answer says the thing does it by itself,
which a model answer also says with an emphatic pronoun ("support delayed delivery themselves", the
lexicons' agency_backers); the same pronoun in an answer ("not the schema itself", «не сама схема») is
emphasis, no agency claim."""

from __future__ import annotations

import pytest

from brokerquiz.core.deck.cards import subject_aliases
from brokerquiz.core.grading import grade, grade_card
from brokerquiz.core.deck.library import open_deck

_EN = ("The proven way is TTL + DLX. The delayed message exchange plugin is no longer maintained; "
       "since 4.4 quorum queues support delayed delivery themselves.")
_ACCEPT = ["TTL + DLX", "delayed delivery in quorum queues"]


@pytest.mark.parametrize(("expected", "answer", "verdict"), [
    (_EN, "on 4.4 quorum queues do delayed delivery natively", "right"),
    (_EN, "since 4.4 quorum queues have delayed delivery built-in", "right"),
    # the model answer saying nothing of "by itself": the accept entry does not vouch for "natively"
    ("The proven way is TTL + DLX. Since 4.4 quorum queues support delayed delivery.",
     "quorum queues do delayed delivery natively out of the box, no plugin", "not right"),
])
def test_a_model_answer_saying_themselves_backs_natively(expected, answer, verdict):
    graded = grade(expected, answer, accept=_ACCEPT)
    if verdict == "not right":
        assert not graded.correct, graded
    else:
        assert graded.verdict == verdict, graded


@pytest.mark.parametrize(("deck", "answer"), [
    ("message-brokers-interview", "в сообщении летит только id схемы а не сама схема, и при регистрации новой версии registry проверяет совместимость"),
    ("message-brokers-interview", "в сообщении лежит только id схемы, сами схемы хранятся версиями в registry. при регистрации новой версии проверяется совместимость со старыми"),
    ("message-brokers-interview-en", "the message carries only the schema id, not the schema itself; a new version is checked for compatibility when it is registered"),
])
def test_an_emphatic_pronoun_in_an_answer_is_no_agency_claim(deck, answer):
    loaded, cards = open_deck(deck)
    card = {c.id: c for c in cards}[f"{deck}/follow-up/schema-registry"]
    assert grade_card(card, answer, aliases=subject_aliases(loaded)).verdict == "right"
