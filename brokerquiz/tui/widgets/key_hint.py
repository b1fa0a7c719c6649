"""The hint line under a card: 'space show the answer · Enter check', keys in bold.

Each description comes translated (`_("check")` at the call, so the catalog sees it); the
key names stay as the keyboard says them."""

from __future__ import annotations

from textual.content import Content

SEP = " · "


def key_hint(*pairs: tuple[str, str], tail: Content | str = "") -> Content:
    """(key, description) pairs joined with ' · '; `tail` (a note, with its own ' · ') after them."""
    parts: list = []
    for i, (key, description) in enumerate(pairs):
        if i:
            parts.append(SEP)
        parts += [(key, "bold"), " ", description]
    if tail:
        parts.append(tail)
    return Content.assemble(*parts)


def counted(template: str, number: int | str, style: str) -> Content:
    """`template` ('{n} new', 'новых: {n}') with the number styled, wherever the language puts it."""
    before, _sep, after = template.partition("{n}")
    return Content.assemble(before, (str(number), style), after)
