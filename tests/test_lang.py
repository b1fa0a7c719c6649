"""The one language lookup: first subtag, case-folded, English when a language has no table."""

from __future__ import annotations

from brokerquiz.core.deck.prompts import PROMPTS, prompts
from brokerquiz.core.lang import for_language, primary
from brokerquiz.core.sessions.interview.questions import TEXT, text_for


def test_primary_is_the_first_subtag_lowercased():
    assert primary("ru-RU") == "ru"
    assert primary("EN") == "en"
    assert primary("pt-br") == "pt"


def test_a_known_language_gets_its_table_and_an_unknown_one_english():
    table = {"en": "hello", "de": "hallo"}
    assert for_language(table, "de-CH") == "hallo"
    assert for_language(table, "DE") == "hallo"
    assert for_language(table, "xx") == "hello"


def test_every_per_language_table_goes_through_the_one_lookup():
    """Card text tables (the export's labels are interface strings now: the gettext catalog)."""
    for table, lookup in ((PROMPTS, prompts), (TEXT, text_for)):
        for language in table:
            assert lookup(f"{language.upper()}-XX") is table[language]
        assert lookup("zz-unknown") is table["en"]
