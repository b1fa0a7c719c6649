"""`brokerquiz import --dry-run`: what an import would make, as plain lines of text.

The subjects found and where from, the cards per kind, and every block not placed, grouped by
the reason (a code block is one line however long it is).
"""

from __future__ import annotations

from collections import Counter

from .sheet import ImportResult
from ..model import Card
from ..translate import _, ngettext

MAX_PER_REASON = 12  # lines shown under one reason; the count says how many there are


def dry_run_lines(result: ImportResult, cards: list[Card], path: str) -> list[str]:
    deck = result.deck
    lines = [_("{path}: deck {id} \u201c{title}\u201d ({language})").format(
        path=path, id=deck.id, title=deck.title, language=deck.language)]
    subjects = result.plan.subjects.all if result.plan else []
    lines.append(_("subjects ({n}):").format(n=len(subjects)))
    for subject in subjects:
        where = ", ".join(_("{what} line {line}").format(what=what, line=line) if line else what
                          for line, what in subject.found)
        aliases = _(" (also {names})").format(names=", ".join(subject.aliases)) if subject.aliases else ""
        lines.append(f"  {subject.name}{aliases}: {where}")
    kinds = Counter(card.kind for card in cards)
    lines.append(_("cards ({n}): ").format(n=len(cards)) + ", ".join(f"{kind} {count}" for kind, count in kinds.items()))
    unplaced = result.unplaced()
    if not unplaced:
        lines.append(_("not placed: nothing"))
        return lines
    lines.append(_("not placed ({n}):").format(n=len(unplaced)))
    by_reason: dict[str, list[tuple[int, str]]] = {}
    for line, reason, text in unplaced:
        by_reason.setdefault(reason, []).append((line, text))
    for reason, found in sorted(by_reason.items(), key=lambda item: -len(item[1])):
        lines.append(f"  {_(reason)} ({len(found)}):")
        lines += [f"    {path}:{line}: {text}" if text else f"    {path}:{line}" for line, text in found[:MAX_PER_REASON]]
        if len(found) > MAX_PER_REASON:
            lines.append("    " + _("… and {n} more").format(n=len(found) - MAX_PER_REASON))
    return lines
