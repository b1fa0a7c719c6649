"""Cards → CSV / TSV (front, back, tags) for Anki's text import, Quizlet and spreadsheets.

CSV fields are plain text: a newline inside a field survives because the csv module quotes the
field. TSV has no quoting, so a TSV field is HTML instead: `<`, `>` and `&` are escaped and a
newline becomes `<br>` (a tab becomes a space). Anki reads it with "Allow HTML" on, which is what
the `--anki-header` lines tell it.

Both files start with the header row `front,back,tags`; with `anki_header=True` they start with
Anki's file headers (`#separator:`, `#html:`, `#tags column:`, `#columns:`) instead, so Anki's
importer picks the separator, HTML mode and tags column by itself and imports no header note.

Every cell is passed through `safe_text.printable` (no control character reaches a file or a
terminal with `-o -`), and a cell a spreadsheet would read as a formula gets a leading `'`
(`formula_safe`) unless `raw`.

Files are written by `atomic_write` (re-exported here for the importer): never over an existing
file unless forced, never half written, no temporary left behind.
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Iterable
from pathlib import Path

from .atomic_write import ExportError, TargetExists, output_target, write_atomically
from .model import Card
from .safe_text import printable

__all__ = ["ExportError", "TargetExists", "export_text", "output_target", "render", "write_atomically"]

HEADER = ("front", "back", "tags")

LABELS = {
    "en": {"right": "Right", "optional": "Also accepted"},
    "ru": {"right": "Верно", "optional": "Тоже засчитывается"},
}

# A cell starting with one of these is a formula to Excel, LibreOffice Calc and Google Sheets;
# OWASP's advice is a leading ' (https://owasp.org/www-community/attacks/CSV_Injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def labels(language: str) -> dict[str, str]:
    return LABELS.get(language.split("-")[0].lower(), LABELS["en"])


def anki_tags(card: Card) -> list[str]:
    """Anki splits tags on whitespace, so whitespace inside a tag becomes `_` (controls are escaped)."""
    return ["_".join(printable(tag).split()) for tag in card.tags if tag.strip()]


def numbered(choices: Iterable[str], picks: Iterable[int]) -> str:
    listed = tuple(choices)
    return ", ".join(f"{i + 1}. {listed[i]}" for i in sorted(picks))


def verdict_lines(card: Card, language: str) -> list[str]:
    """For a multiple-choice card: which numbered choices are right (and which also count)."""
    if card.choices is None:
        return []
    words = labels(language)
    lines = [f"{words['right']}: {numbered(card.choices, card.correct) or '—'}"]
    if card.optional:
        lines.append(f"{words['optional']}: {numbered(card.choices, card.optional)}")
    return lines


def front_text(card: Card) -> str:
    """The question, then the choices numbered from 1 when the card is multiple choice."""
    lines = [card.front]
    if card.choices is not None:
        lines += [f"{i}. {choice}" for i, choice in enumerate(card.choices, start=1)]
    return "\n".join(lines)


def back_text(card: Card, language: str) -> str:
    return "\n".join([card.back, *verdict_lines(card, language)])


def rows(cards: Iterable[Card], language: str) -> list[tuple[str, str, str]]:
    return [(front_text(c), back_text(c, language), " ".join(anki_tags(c))) for c in cards]


def formula_safe(cell: str) -> str:
    """`cell` with a leading `'` when a spreadsheet would evaluate it ("-" bullets and "+1" too)."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def _csv_field(text: str, raw: bool) -> str:
    text = printable(text)
    return text if raw else formula_safe(text)


def _tsv_field(text: str, raw: bool) -> str:
    text = html.escape(printable(text), quote=False).replace("\t", " ").replace("\n", "<br>")
    return text if raw else formula_safe(text)


def render(
    cards: Iterable[Card], language: str, *, tsv: bool = False, anki_header: bool = False, raw: bool = False
) -> str:
    """The whole file as text (UTF-8 when written), one row per card; `raw` keeps formula cells."""
    out = io.StringIO()
    if anki_header:
        sep = "\t" if tsv else ","
        out.write(f"#separator:{'Tab' if tsv else 'Comma'}\n")
        out.write(f"#html:{'true' if tsv else 'false'}\n")
        out.write("#tags column:3\n")
        out.write(f"#columns:{sep.join(name.capitalize() for name in HEADER)}\n")
    if tsv:
        if not anki_header:
            out.write("\t".join(HEADER) + "\n")
        for row in rows(cards, language):
            out.write("\t".join(_tsv_field(field, raw) for field in row) + "\n")
        return out.getvalue()
    writer = csv.writer(out, lineterminator="\n")
    if not anki_header:
        writer.writerow(HEADER)
    writer.writerows([_csv_field(field, raw) for field in row] for row in rows(cards, language))
    return out.getvalue()


def export_text(
    cards: list[Card],
    path: str | Path,
    language: str,
    *,
    tsv: bool = False,
    anki_header: bool = False,
    raw: bool = False,
    force: bool = False,
) -> int:
    """Write a CSV or TSV file atomically; returns the number of card rows.

    An existing file (or a symbolic link) at `path` raises TargetExists unless `force`.
    """
    target = output_target(path, force=force)
    text = render(cards, language, tsv=tsv, anki_header=anki_header, raw=raw)
    write_atomically(target, lambda tmp: tmp.write_text(text, encoding="utf-8", newline=""), overwrite=force)
    return len(cards)
