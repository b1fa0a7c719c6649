"""Cards → CSV / TSV for Anki's text import (the default) and, with `plain`, Quizlet and spreadsheets.

The default file is what Anki's own CSV importer reads unasked: its header lines (`#separator:`,
`#html:true`, `#tags column:3`, `#guid column:4`, `#columns:`) and one row per card of
Front, Back, Tags and GUID. Front and Back are HTML (`<`, `>` and `&` escaped, a line break is
`<br>`, a tab a space), so Anki renders them and markup in deck text stays text; a cell holding
the separator or a quote is quoted, in TSV too (Anki's reader takes quoted cells). The GUID is the one the .apkg gives the card's note (`genanki.guid_for(card id)`), so
importing the CSV after (or instead of) the .apkg updates the same notes, and cards with the same
question stay distinct notes.

`plain` writes the header row `front,back,tags` and plain rows: CSV fields are plain text (a
newline inside a field survives because the csv module quotes the field); TSV fields are HTML
as above, since TSV has no quoting.

Every cell is passed through `safe_text.printable` (no control character reaches a file or a
terminal with `-o -`). A cell a spreadsheet would read as a formula is defused unless `raw`: a
plain cell gets a leading `'` (`formula_safe`); an HTML field gets its first character as a
character reference instead (`&#61;` for `=`), which Anki shows as the character itself. The
GUID column is written as it is (Anki matches it exactly; it is a hash, not deck text).

The words the export adds (the "Right:" line of a multiple-choice card) are in the interface
language (`core/translate`), like everything else the command prints.

Files are written by `atomic_write` (re-exported here for the importer): never over an existing
file unless forced, never half written, no temporary left behind.
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Iterable
from pathlib import Path

from ..files import output_target, write_atomically
from ..model import Card
from ..safe_text import printable
from ..translate import _

HEADER = ("front", "back", "tags")  # the plain files' header row
ANKI_COLUMNS = ("Front", "Back", "Tags", "GUID")

# A cell starting with one of these is a formula to Excel, LibreOffice Calc and Google Sheets;
# OWASP's advice is a leading ' (https://owasp.org/www-community/attacks/CSV_Injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def labels() -> dict[str, str]:
    """The back's verdict labels in the interface language."""
    return {"right": _("Right"), "optional": _("Also accepted")}


def anki_tags(card: Card) -> list[str]:
    """Anki splits tags on whitespace, so whitespace inside a tag becomes `_` (controls are escaped)."""
    return ["_".join(printable(tag).split()) for tag in card.tags if tag.strip()]


def numbered(choices: Iterable[str], picks: Iterable[int]) -> str:
    listed = tuple(choices)
    return ", ".join(f"{i + 1}. {listed[i]}" for i in sorted(picks))


def verdict_lines(card: Card) -> list[str]:
    """For a multiple-choice card: which numbered choices are right (and which also count)."""
    if card.choices is None:
        return []
    words = labels()
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


def back_text(card: Card) -> str:
    return "\n".join([card.back, *verdict_lines(card)])


def rows(cards: Iterable[Card]) -> list[tuple[str, str, str]]:
    return [(front_text(c), back_text(c), " ".join(anki_tags(c))) for c in cards]


def formula_safe(cell: str) -> str:
    """`cell` with a leading `'` when a spreadsheet would evaluate it ("-" bullets and "+1" too)."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def _csv_field(text: str, raw: bool) -> str:
    text = printable(text)
    return text if raw else formula_safe(text)


def _tsv_field(text: str, raw: bool) -> str:
    text = html.escape(printable(text), quote=False).replace("\t", " ").replace("\n", "<br>")
    return text if raw else formula_safe(text)


def html_field(text: str, raw: bool = False) -> str:
    """A Front or Back cell for Anki: HTML, one line, a formula start as a character reference."""
    text = html.escape(printable(text), quote=False).replace("\t", " ").replace("\n", "<br>")
    if raw or not text.startswith(FORMULA_STARTS):
        return text
    return f"&#{ord(text[0])};{text[1:]}"


def anki_rows(cards: Iterable[Card], raw: bool = False) -> list[tuple[str, str, str, str]]:
    """Front, Back (HTML), tags and the .apkg note's GUID, per card."""
    from .anki import note_guid  # anki.py imports this module: not at the top

    return [
        (
            html_field(front_text(c), raw),
            html_field(back_text(c), raw),
            _csv_field(" ".join(anki_tags(c)), raw),
            note_guid(c),
        )
        for c in cards
    ]


def anki_header(tsv: bool) -> str:
    """Anki's file headers: the separator, HTML on, which columns hold the tags and the GUID."""
    sep = "\t" if tsv else ","
    return (
        f"#separator:{'Tab' if tsv else 'Comma'}\n#html:true\n#tags column:3\n#guid column:4\n"
        f"#columns:{sep.join(ANKI_COLUMNS)}\n"
    )


def _plain(cards: Iterable[Card], tsv: bool, raw: bool) -> str:
    out = io.StringIO()
    if tsv:
        out.write("\t".join(HEADER) + "\n")
        for row in rows(cards):
            out.write("\t".join(_tsv_field(field, raw) for field in row) + "\n")
        return out.getvalue()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows([_csv_field(field, raw) for field in row] for row in rows(cards))
    return out.getvalue()


def render(cards: Iterable[Card], *, tsv: bool = False, plain: bool = False, raw: bool = False) -> str:
    """The whole file as text (UTF-8 when written), one row per card: for Anki, or `plain`
    (front,back,tags); `raw` keeps formula cells as they are."""
    if plain:
        return _plain(cards, tsv, raw)
    out = io.StringIO()
    out.write(anki_header(tsv))
    # the csv module quotes a cell holding the separator or a quote (Anki reads quoted cells)
    csv.writer(out, delimiter="\t" if tsv else ",", lineterminator="\n").writerows(anki_rows(cards, raw))
    return out.getvalue()


def export_text(
    cards: list[Card],
    path: str | Path,
    *,
    tsv: bool = False,
    plain: bool = False,
    raw: bool = False,
    force: bool = False,
) -> int:
    """Write a CSV or TSV file atomically; returns the number of card rows.

    An existing file (or a symbolic link) at `path` raises TargetExists unless `force`.
    """
    target = output_target(path, force=force)
    text = render(cards, tsv=tsv, plain=plain, raw=raw)
    write_atomically(target, lambda tmp: tmp.write_text(text, encoding="utf-8", newline=""), overwrite=force)
    return len(cards)
