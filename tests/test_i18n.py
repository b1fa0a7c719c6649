"""The interface language: every UI string has a Russian translation, the compiled catalogs
match their sources, and the language is chosen by --lang, then $BROKERQUIZ_LANG, then the deck."""

from __future__ import annotations

import pytest

from brokerquiz.core import translate
from brokerquiz.core.translate import _, ngettext, resolve_language, use_language
from brokerquiz.locale.__main__ import extract, po_files, problems, read, untranslated


def test_every_ui_string_has_a_russian_translation_and_the_mo_is_compiled():
    """`python -m brokerquiz.locale` then a translation for each new string fixes this."""
    assert problems() == []


def test_the_catalog_is_not_empty():
    """The extraction sees the code's strings (a broken keyword list would pass the test above)."""
    assert len(list(extract())) > 1
    russian = [p for p in po_files() if p.parent.parent.name == "ru"]
    assert russian and untranslated(read(russian[0])) == []


def test_use_language_switches_the_catalog_and_falls_back_to_english():
    sample = next(m.id for m in extract() if m.id and isinstance(m.id, str))
    use_language("ru-RU")
    assert translate.current_language() == "ru"
    assert _(sample) != sample
    use_language("de")
    assert _(sample) == sample


def test_russian_plurals_have_three_forms():
    use_language("ru")
    catalog = read(next(p for p in po_files() if p.parent.parent.name == "ru"))
    # a count shown as a number takes three forms; "control characters U+001B, U+0007" (no number) may use two
    plurals = [m for m in catalog if m.id and not isinstance(m.id, str) and "{n}" in m.id[0]]
    if not plurals:
        pytest.skip("no plural strings yet")
    singular, plural = plurals[0].id
    forms = {ngettext(singular, plural, n) for n in (1, 3, 5)}
    assert len(forms) == 3


@pytest.mark.parametrize(
    ("option", "env", "deck", "expected"),
    [
        ("ru", "en", "en", "ru"),
        (None, "ru-RU", "en", "ru"),
        (None, None, "ru", "ru"),
        (None, "", "de-CH", "de"),
        (None, None, None, "en"),
    ],
)
def test_the_language_is_option_then_environment_then_deck(monkeypatch, option, env, deck, expected):
    if env is None:
        monkeypatch.delenv(translate.ENV_VAR, raising=False)
    else:
        monkeypatch.setenv(translate.ENV_VAR, env)
    assert resolve_language(option, deck) == expected


def test_a_remembered_lang_option_wins_over_the_environment_and_the_deck(monkeypatch):
    monkeypatch.setenv(translate.ENV_VAR, "en")
    translate.set_option("ru")
    assert resolve_language(deck_language="de") == "ru"
    assert resolve_language("de", "en") == "de"
