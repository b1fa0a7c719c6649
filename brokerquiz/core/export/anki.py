"""Deck → Anki package (.apkg) with genanki: one Anki note, and one Anki card, per generated card.

Note types: a Basic type (Front, Back, Extra, Source) for every kind but `cloze`, and a Cloze
type (Text, Extra, Source) holding one note per clause: the phrase with that clause as its only
{{c1::…}}. Each clause is its own note keyed by its card id, so its Anki history stays with it
however the deck reorders its clauses. (Earlier exports made a phrase one Cloze note, clause i
as {{c<i+1>::}}; `anki_import` still reads those.)

Subdecks are numbered in study order ("01 Facts", "02 Reverse", …): Anki's default gather
order takes subdecks alphabetically, so facts come before comparisons there too.

Re-importing must update notes in place, so every id is derived, never random: note GUIDs from
card ids (`note_guid`), note-type and deck ids from the deck id. Anki's importer only updates an
existing note when the incoming note is newer, so the note mod time is explicit (`now`), kept
above the mod time of the file being replaced, and above every mod time handed out before when
the caller passes `reserve` (the progress database keeps the last one, `Store.next_anki_mod`):
two exports in the same second, to any paths, still update.

Every field, tag and deck name passes through `safe_text.printable`. The collection is built in
memory and serialized into the zip (genanki's `write_to_file` leaves a temporary database in the
temp folder when the process is killed); the .apkg itself is written by `atomic_write`.
"""

from __future__ import annotations

import hashlib
import html
import itertools
import sqlite3
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import genanki

from .. import card_ids
from ..files import output_target, write_atomically
from .csv import anki_tags, labels, numbered
from ..model import Card, Deck
from ..safe_text import printable

# previous_mod reads the collection of the .apkg being replaced into memory, up to this size
MAX_PREVIOUS_COLLECTION = 512 * 1024 * 1024

# Subdecks in study order (the order cards are generated and new cards are studied here), each
# name numbered so that Anki's alphabetical gather order is that order too.
STUDY_ORDER = (
    "Facts", "Reverse", "Compare", "Scenarios", "Ratings", "Use cases", "Takeaways", "Phrase", "Follow-ups",
)
KIND_SUBDECK = {
    "fact": "Facts",
    "reverse": "Reverse",
    "compare": "Compare",
    "scenario": "Scenarios",
    "rating": "Ratings",
    "use-case": "Use cases",
    "takeaway": "Takeaways",
    "phrase": "Phrase",
    "cloze": "Phrase",
    "follow-up": "Follow-ups",
}
SUBDECKS = {kind: f"{STUDY_ORDER.index(name) + 1:02d} {name}" for kind, name in KIND_SUBDECK.items()}

CSS = """\
.card {
  font-family: -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 20px; line-height: 1.45; text-align: left;
  color: #1d1d1f; background-color: #fbfbfd;
  max-width: 40em; margin: 0 auto; padding: 0.6em 0.9em;
}
.front { font-weight: 600; }
.choices { margin: 0.6em 0 0 0; padding-left: 1.6em; font-weight: 400; }
.choices li { margin: 0.15em 0; }
.back { margin-top: 0.2em; }
.verdict { margin-top: 0.5em; color: #1a7f37; font-weight: 600; }
.verdict.optional { color: #9a6700; }
.extra { margin-top: 0.9em; padding: 0.5em 0.7em; border-left: 3px solid #d0a215;
  background: #fff8e1; font-size: 0.85em; }
.extra .explanation + .nuance { margin-top: 0.5em; }
.source { margin-top: 0.9em; font-size: 0.7em; color: #6e6e73; }
.cloze { font-weight: 700; color: #0a58ca; }
hr#answer { border: none; border-top: 1px solid #d2d2d7; margin: 0.8em 0; }
@media (max-width: 600px) { .card { font-size: 18px; padding: 0.4em 0.5em; } }
.nightMode .card, .night_mode .card, .card.nightMode, .card.night_mode {
  color: #e8e8ed; background-color: #1c1c1e;
}
.nightMode .verdict, .night_mode .verdict { color: #56d364; }
.nightMode .verdict.optional, .night_mode .verdict.optional { color: #e3b341; }
.nightMode .extra, .night_mode .extra { background: #2c2a1f; border-left-color: #bb8009; }
.nightMode .source, .night_mode .source { color: #98989d; }
.nightMode .cloze, .night_mode .cloze { color: #79c0ff; }
.nightMode hr#answer, .night_mode hr#answer { border-top-color: #3a3a3c; }
"""

_TAIL = (
    "{{#Extra}}<div class=\"extra\">{{Extra}}</div>{{/Extra}}"
    "{{#Source}}<div class=\"source\">{{Source}}</div>{{/Source}}"
)


@dataclass(frozen=True)
class AnkiExport:
    """What was written: the file, and how many notes and Anki cards it holds."""

    path: Path
    notes: int
    cards: int
    mod: int  # the notes' modification time (seconds since the epoch)


def stable_id(*parts: str) -> int:
    """An int in genanki's recommended range [2**30, 2**31), from a sha1 of the parts."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).digest()
    return (1 << 30) + int.from_bytes(digest[:8], "big") % (1 << 30)


def note_guid(card: Card) -> str:
    """The GUID of the one Anki note that holds `card` (Basic, or a clause's own Cloze note)."""
    return genanki.guid_for(card.id)


def text_html(text: str | None) -> str:
    """Deck text shown literally in Anki: control characters made visible, escaped, line breaks kept."""
    return html.escape(printable(text or ""), quote=False).replace("\n", "<br>")


def _cloze_safe(fragment: str, *, inside: bool = False) -> str:
    """Escaped text that cannot open or close a cloze, nor (inside one) start a hint with `::`."""
    safe = text_html(fragment).replace("{", "&#123;").replace("}", "&#125;")
    return safe.replace(":", "&#58;") if inside else safe


def basic_model(deck: Deck) -> genanki.Model:
    return genanki.Model(
        stable_id("brokerquiz", deck.id, "model", "basic"),
        f"brokerquiz Basic ({deck.id})",
        fields=[{"name": "Front"}, {"name": "Back"}, {"name": "Extra"}, {"name": "Source"}],
        templates=[
            {
                "name": "Card",
                "qfmt": '<div class="front">{{Front}}</div>',
                "afmt": '{{FrontSide}}<hr id="answer"><div class="back">{{Back}}</div>' + _TAIL,
            }
        ],
        css=CSS,
    )


def cloze_model(deck: Deck) -> genanki.Model:
    return genanki.Model(
        stable_id("brokerquiz", deck.id, "model", "cloze"),
        f"brokerquiz Cloze ({deck.id})",
        fields=[{"name": "Text"}, {"name": "Extra"}, {"name": "Source"}],
        templates=[
            {
                "name": "Cloze",
                "qfmt": '<div class="front">{{cloze:Text}}</div>',
                "afmt": '<div class="front">{{cloze:Text}}</div>' + _TAIL,
            }
        ],
        css=CSS,
        model_type=genanki.Model.CLOZE,
    )


def deck_name(deck: Deck, kind: str | None = None) -> str:
    """`<title>::<kind subdeck>`; `::` inside the title would make an accidental level."""
    title = " ".join(printable(deck.title).replace("::", ":").split()) or deck.id
    return f"{title}::{SUBDECKS[kind]}" if kind else title


def front_html(card: Card) -> str:
    front = text_html(card.front)
    if card.choices is not None:
        items = "".join(f"<li>{text_html(choice)}</li>" for choice in card.choices)
        front += f'<ol class="choices">{items}</ol>'
    return front


def back_html(card: Card) -> str:
    """The answer, and for a multiple-choice card its verdict lines in the interface language."""
    back = text_html(card.back)
    if card.choices is not None:
        words = labels()
        right = numbered(card.choices, card.correct) or "—"
        back += f'<div class="verdict">{text_html(words["right"] + ": " + right)}</div>'
        if card.optional:
            also = numbered(card.choices, card.optional)
            back += f'<div class="verdict optional">{text_html(words["optional"] + ": " + also)}</div>'
    return back


def extra_html(explanation: str | None, nuance: str | None) -> str:
    parts = []
    if explanation:
        parts.append(f'<div class="explanation">{text_html(explanation)}</div>')
    if nuance:
        parts.append(f'<div class="nuance">{text_html(nuance)}</div>')
    return "".join(parts)


def source_html(card: Card) -> str:
    lines = [" › ".join(card.context)] if card.context else []
    if card.source:
        lines.append(card.source)
    return "<br>".join(text_html(line) for line in lines)


def basic_note(model: genanki.Model, card: Card, due: int) -> genanki.Note:
    return genanki.Note(
        model=model,
        fields=[
            front_html(card),
            back_html(card),
            extra_html(card.explanation, card.nuance),
            source_html(card),
        ],
        tags=anki_tags(card),
        guid=note_guid(card),
        due=due,
    )


def cloze_text(phrase: str, clauses: list[str]) -> tuple[str, list[int]]:
    """The phrase with clause i as {{c<i+1>::…}}; returns the text and the clauses placed.

    Each clause takes its first occurrence that overlaps no clause already placed; a clause that
    cannot be placed is left out (its card is exported as a Basic note instead).
    """
    spans: list[tuple[int, int, int]] = []
    for index, clause in enumerate(clauses):
        start = phrase.find(clause) if clause else -1
        while start >= 0 and any(start < end and start + len(clause) > begin for begin, end, _ in spans):
            start = phrase.find(clause, start + 1)
        if start >= 0:
            spans.append((start, start + len(clause), index))
    spans.sort()
    out, at = [], 0
    for begin, end, index in spans:
        out.append(_cloze_safe(phrase[at:begin]))
        out.append(f"{{{{c{index + 1}::{_cloze_safe(phrase[begin:end], inside=True)}}}}}")
        at = end
    out.append(_cloze_safe(phrase[at:]))
    return "".join(out), sorted(index for _, _, index in spans)


def clause_note(model: genanki.Model, clause: Card, phrase: Card | None, due: int) -> genanki.Note | None:
    """The clause's own Cloze note: its phrase with only this clause blanked; None when the
    phrase is not exported or does not hold the clause (the card is then a Basic note)."""
    if phrase is None:
        return None
    text = dict(phrase.parts).get(card_ids.parse(clause.id).key("clause"), clause.back)
    cloze, placed = cloze_text(phrase.back, [text])
    if not placed:
        return None
    return genanki.Note(
        model=model,
        fields=[cloze, extra_html(None, phrase.nuance), source_html(phrase)],
        tags=anki_tags(clause),
        guid=note_guid(clause),
        due=due,
    )


def build_package(deck: Deck, cards: list[Card]) -> tuple[genanki.Package, int, int]:
    """The package, its note count and its Anki card count (both equal to len(cards))."""
    basic, cloze = basic_model(deck), cloze_model(deck)
    subdecks: dict[str, genanki.Deck] = {}
    parent = genanki.Deck(stable_id("brokerquiz", deck.id, "deck"), deck_name(deck))
    parent.description = text_html(f"brokerquiz: {deck.title} ({deck.id})")

    def subdeck(kind: str) -> genanki.Deck:
        name = SUBDECKS.get(kind, kind.capitalize())
        if name not in subdecks:
            subdecks[name] = genanki.Deck(
                stable_id("brokerquiz", deck.id, "deck", name), f"{deck_name(deck)}::{name}"
            )
        return subdecks[name]

    phrases = {c.id: c for c in cards if c.kind == "phrase"}
    for due, card in enumerate(cards):
        note = None
        if card.kind == "cloze":
            note = clause_note(cloze, card, phrases.get(card_ids.phrase_of(card.id)), due)
        subdeck(card.kind).add_note(note or basic_note(basic, card, due))
    package = genanki.Package([parent, *subdecks.values()])
    return package, len(cards), len(cards)


def previous_mod(path: Path) -> int:
    """The newest note mod time in an existing .apkg at `path`, or 0 (missing or unreadable)."""
    if not path.is_file():
        return 0
    try:
        with zipfile.ZipFile(path) as archive:
            if archive.getinfo("collection.anki2").file_size > MAX_PREVIOUS_COLLECTION:
                return 0
            data = archive.read("collection.anki2")
        conn = sqlite3.connect(":memory:")
        try:
            conn.deserialize(data)
            (mod,) = conn.execute("select coalesce(max(mod), 0) from notes").fetchone()
        finally:
            conn.close()
        return int(mod)
    except (OSError, KeyError, zipfile.BadZipFile, sqlite3.Error, ValueError, TypeError, EOFError):
        return 0


def write_apkg(package: genanki.Package, path: Path, mod: int) -> None:
    """genanki's write_to_file without its temporary database: built in memory, notes at `mod`."""
    conn = sqlite3.connect(":memory:")
    try:
        package.write_to_db(conn.cursor(), mod, itertools.count(mod * 1000))
        conn.commit()
        data = conn.serialize()
    finally:
        conn.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("collection.anki2", data)
        archive.writestr("media", "{}")


def export_anki(
    deck: Deck,
    cards: list[Card],
    path: str | Path,
    *,
    now: datetime,
    force: bool = False,
    reserve: Callable[[int], int] | None = None,
) -> AnkiExport:
    """Write `cards` as an .apkg at `path` (atomically). Raises files.ExportError.

    An existing file (or a symbolic link) at `path` raises TargetExists unless `force`; with
    `force` a link is written through. `AnkiExport.path` is the file written.
    The notes' mod time is `now` in seconds, above the file replaced; `reserve(at_least)`, when
    given, returns the mod time to use, above every one it returned before (Store.next_anki_mod).
    """
    target = output_target(path, force=force)
    package, notes, anki_cards = build_package(deck, cards)
    mod = max(int(now.timestamp()), previous_mod(target) + 1)
    if reserve is not None:
        mod = reserve(mod)
    write_atomically(target, lambda tmp: write_apkg(package, tmp, mod), overwrite=force)
    return AnkiExport(path=target, notes=notes, cards=anki_cards, mod=mod)
