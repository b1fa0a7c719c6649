"""The one language lookup: a deck's language tag picks a per-language table of card text
(card fronts, interview questions) by its first subtag, case-folded, with English when there is
none for it. Interface strings are not here: they are in the gettext catalog (core/translate)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

T = TypeVar("T")

FALLBACK = "en"


def primary(language: str | None) -> str:
    """'de-CH' → 'de', 'EN' → 'en', 'pt_BR' → 'pt', None → ''."""
    return (language or "").replace("_", "-").split("-")[0].strip().lower()


def for_language(table: Mapping[str, T], language: str) -> T:
    """`table`'s entry for the language's first subtag, else its English entry."""
    return table.get(primary(language), table[FALLBACK])
