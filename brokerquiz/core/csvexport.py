"""Cards → CSV / TSV (front, back, tags) for Anki's text import and Quizlet; atomic file writing.

CSV fields are plain text: a newline inside a field survives because the csv module quotes the
field. TSV has no quoting, so a TSV field is HTML instead: `<`, `>` and `&` are escaped and a
newline becomes `<br>` (a tab becomes a space). Anki reads it with "Allow HTML" on, which is what
the `--anki-header` lines tell it.

Both files start with the header row `front,back,tags`; with `anki_header=True` they start with
Anki's file headers (`#separator:`, `#html:`, `#tags column:`, `#columns:`) instead, so Anki's
importer picks the separator, HTML mode and tags column by itself and imports no header note.

`write_atomically` is shared with the .apkg export: a file is written under a temporary name in
the target folder and renamed, so a failure never leaves a partial file behind.
"""

from __future__ import annotations

import csv
import html
import io
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from .model import Card

HEADER = ("front", "back", "tags")

LABELS = {
    "en": {"right": "Right", "optional": "Also accepted"},
    "ru": {"right": "Верно", "optional": "Тоже засчитывается"},
}


class ExportError(Exception):
    """An export could not be written; the message names the path and the reason."""


def labels(language: str) -> dict[str, str]:
    return LABELS.get(language.split("-")[0].lower(), LABELS["en"])


def anki_tags(card: Card) -> list[str]:
    """Anki splits tags on whitespace, so whitespace inside a tag becomes `_`."""
    return ["_".join(tag.split()) for tag in card.tags if tag.strip()]


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


def _tsv_field(text: str) -> str:
    return html.escape(text, quote=False).replace("\t", " ").replace("\n", "<br>")


def render(cards: Iterable[Card], language: str, *, tsv: bool = False, anki_header: bool = False) -> str:
    """The whole file as text (UTF-8 when written), one row per card."""
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
            out.write("\t".join(_tsv_field(field) for field in row) + "\n")
        return out.getvalue()
    writer = csv.writer(out, lineterminator="\n")
    if not anki_header:
        writer.writerow(HEADER)
    writer.writerows(rows(cards, language))
    return out.getvalue()


def export_text(
    cards: list[Card], path: str | Path, language: str, *, tsv: bool = False, anki_header: bool = False
) -> int:
    """Write a CSV or TSV file atomically; returns the number of card rows."""
    text = render(cards, language, tsv=tsv, anki_header=anki_header)
    write_atomically(Path(path), lambda tmp: tmp.write_text(text, encoding="utf-8", newline=""))
    return len(cards)


def _check_target(path: Path) -> None:
    folder = path.parent
    if not folder.exists():
        raise ExportError(f"cannot write {path}: folder {folder} does not exist")
    if not folder.is_dir():
        raise ExportError(f"cannot write {path}: {folder} is not a folder")
    if path.is_dir():
        raise ExportError(f"cannot write {path}: it is a folder")
    if path.exists() and not path.is_file():  # /dev/null, a pipe: renaming over it would replace it
        raise ExportError(f"cannot write {path}: not a regular file")


def _default_mode(path: Path) -> int:
    """Keep the mode of a file being replaced; a new file gets the usual 0666 minus the umask."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Call `write(tmp)` on a temporary file next to `path`, then rename it over `path`.

    Any failure removes the temporary file and leaves an existing `path` untouched; OS errors
    become ExportError with a message a user can act on.
    """
    _check_target(path)
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise ExportError(f"cannot write {path}: {_reason(error)}") from None
    os.close(handle)
    tmp = Path(name)
    try:
        write(tmp)
        os.chmod(tmp, _default_mode(path))
        os.replace(tmp, path)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"cannot write {path}: {_reason(error)}") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _reason(error: OSError) -> str:
    return (error.strerror or str(error)).lower()
