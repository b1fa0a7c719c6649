"""Deck text on screen: literal (never markup) and printable, built in one place.

Every widget and screen that draws text from a deck, a card or a stored report builds its
Content here. The YAML reader already refuses control and bidi characters; this is the second
line (`core.safe_text.printable`) for text that got past it (an old cache, a database row):
an ESC, a BEL or a U+202E shows as a visible escape instead of driving the terminal or
breaking Textual's line wrapping (a subject named "Kafka\\a" crashed the quiz).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from textual.content import Content

from ...core.safe_text import printable

__all__ = ["assemble", "literal", "printable", "printable_data", "styled"]


def literal(text: str | None) -> Content:
    """`text` as plain Content: no markup, unsafe characters escaped; None is empty."""
    return Content(printable(text or ""))


def styled(text: str | None, style: str) -> Content:
    """`literal(text)` in one style."""
    return Content.styled(printable(text or ""), style)


def _clean(part: Any) -> Any:
    if isinstance(part, str):
        return printable(part)
    if isinstance(part, tuple) and part and isinstance(part[0], str):
        return (printable(part[0]), *part[1:])
    return part  # a Content: built here already


def assemble(*parts: Any) -> Content:
    """`Content.assemble` with every text part (str or (str, style)) made printable."""
    return Content.assemble(*(_clean(part) for part in parts))


def printable_data(value: Any) -> Any:
    """A report or figures (dataclasses, lists, dicts, str, numbers) with every string made printable:
    one call where a screen receives stored data, instead of one per line it draws."""
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, dict):
        return {key: printable_data(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(printable_data(item) for item in value) if type(value) in (list, tuple) else value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):  # typed figures (DeckStats)
        return dataclasses.replace(value, **{f.name: printable_data(getattr(value, f.name)) for f in dataclasses.fields(value)})
    return value
