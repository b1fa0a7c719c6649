"""The interface language: gettext catalogs inside the package (`brokerquiz/locale/`).

Every UI string is written in English inside `_()` (or `N_()` where it must be translated
later, as in a class attribute, then passed through `_()` where it is shown); `ngettext` for
counts. `use_language` picks the catalog once a command knows the language:
`--lang`, then `$BROKERQUIZ_LANG`, then the deck's `language:` (`resolve_language`).
English is the source text, so a language with no catalog reads English.

Catalogs are edited as `.po` files and compiled to `.mo` with `python -m brokerquiz.locale`
(Babel, a test dependency); a test fails when a string has no Russian translation.
"""

from __future__ import annotations

import gettext
import os
from pathlib import Path

from .lang import primary

DOMAIN = "brokerquiz"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
ENV_VAR = "BROKERQUIZ_LANG"
SOURCE_LANGUAGE = "en"

_catalog: gettext.NullTranslations = gettext.NullTranslations()
_language = SOURCE_LANGUAGE
_option: str | None = None  # --lang, kept for the decks chosen later in the TUI


def available_languages() -> list[str]:
    """The source language and every language with a compiled catalog."""
    found = {p.parent.parent.name for p in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.mo")}
    return sorted({SOURCE_LANGUAGE, *found})


def set_option(option: str | None) -> None:
    """Remember `--lang` (None: not given) for every later `resolve_language`."""
    global _option
    _option = option


def resolve_language(option: str | None = None, deck_language: str | None = None) -> str:
    """The interface language: `option` or the remembered `--lang`, else $BROKERQUIZ_LANG, else
    the deck's language, else English; each as its primary subtag."""
    for candidate in (option or _option, os.environ.get(ENV_VAR), deck_language):
        if candidate and candidate.strip():
            return primary(candidate)
    return SOURCE_LANGUAGE


def use_language(language: str) -> str:
    """Translate from now on into `language` (English where it has no catalog); returns the
    primary subtag in use."""
    global _catalog, _language
    code = primary(language) or SOURCE_LANGUAGE
    _catalog = gettext.translation(DOMAIN, LOCALE_DIR, languages=[code], fallback=True)
    _language = code
    return code


def current_language() -> str:
    return _language


def _(message: str) -> str:
    """`message` (English source text) in the interface language ('' stays '': gettext would
    return the catalog's header for it)."""
    return _catalog.gettext(message) if message else message


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form for `count` (Russian has three; the catalog's Plural-Forms picks)."""
    return _catalog.ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    """`_` for a text whose translation depends on where it stands ('May' as a heading, 'мая' in
    a date): `context` keeps the two apart in the catalog."""
    return _catalog.pgettext(context, message)


def npgettext(context: str, singular: str, plural: str, count: int) -> str:
    """`ngettext` for a text whose English reads the same as another's in a different sense
    ('3 reviews' done vs due): `context` keeps the two apart in the catalog."""
    return _catalog.npgettext(context, singular, plural, count)


def N_(message: str) -> str:
    """Marks `message` for the catalog without translating it now (class attributes, tables
    built at import); translate it with `_()` where it is shown."""
    return message
