"""Reviews done in Anki brought back: match Anki's cards to ours, read their review log, merge.

Matching follows the export (core/export/anki.py): every note's GUID is `genanki.guid_for(card id)`
and its one card has ordinal 0, a Basic note or a clause's own Cloze note alike. Exports made
before clauses had their own notes hold a phrase's clauses in one Cloze note whose GUID is
`guid_for("<deck>/cloze/<phrase>")`, where clause i (in the deck's card order) is `{{c<i+1>::}}`,
so Anki card ordinal i; those are still read. Every card the database knows is matched, archived
ones too: a card the current deck no longer has keeps its history, and gets the reviews done in
Anki.

What a revlog entry means (rslib/src/revlog/mod.rs,
https://github.com/ankitects/anki/blob/main/rslib/src/revlog/mod.rs):
`ease` 1-4 is the answer button; 0 is no answer at all. An entry with kind Manual (4) and
ease factor 0 is a reset to new ("Forget", `is_reset`); other ease-0 entries are "Set due date"
(Manual with a factor) or a reschedule (kind 5): not answers, and Anki's own FSRS ignores them
for memory state (`has_rating_and_affects_scheduling`; rslib/src/scheduler/fsrs/params.rs,
`reviews_for_fsrs`, also drops the history before a reset). Kind Filtered (3) with factor 0 is
cramming in a filtered deck that does not reschedule (`is_cramming`): kept as an unscheduled
review, like `--cram` here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .. import card_ids
from .anki_package import AnkiCollection
from ..store.anki import AnkiReset, AnkiReview, MergeResult

if TYPE_CHECKING:
    from ..store.facade import Store

# Anki's answer buttons (v2/v3 scheduler) -> our ratings 1 again .. 4 easy
EASE_TO_RATING = {1: 1, 2: 2, 3: 3, 4: 4}
KIND_FILTERED, KIND_MANUAL = 3, 4
# every exported note is tagged deck::<deck id> and kind::<card kind> (export/csv.anki_tags)
DECK_TAG, KIND_TAG = "deck::", "kind::"


@dataclass(frozen=True)
class AnkiPlan:
    """What the file holds for us, before anything is written."""

    reviews: list[AnkiReview]
    resets: list[AnkiReset]
    notes: int  # notes in the file
    ours: int  # of them, notes matched to our cards
    archived: tuple[str, ...]  # matched cards the current decks no longer have
    reschedules: int  # "Set due date" and reschedule entries of our cards: not answers
    other_decks: tuple[str, ...] = ()  # deck ids tagged on notes we do not know (not synced)
    stale: int = 0  # unmatched notes of decks we know: cards the deck no longer makes


@dataclass(frozen=True)
class AnkiImport:
    """The report of one import."""

    path: Path
    plan: AnkiPlan
    merged: MergeResult = field(default_factory=MergeResult)

    @property
    def ignored(self) -> int:
        return self.plan.notes - self.plan.ours


def note_keys(cards: Iterable[tuple[str, str, int, bool]]) -> dict[tuple[str, int], str]:
    """(note guid, card ordinal) -> our card id, for cards given as (id, kind, ord, archived)."""
    import genanki  # the GUID function the export uses

    keys: dict[tuple[str, int], str] = {}
    clauses: dict[str, list[tuple[int, str]]] = {}
    for card_id, kind, order, archived in cards:
        keys[(genanki.guid_for(card_id), 0)] = card_id  # a Basic note, or a clause's own Cloze note
        if kind == "cloze" and not archived:
            clauses.setdefault(card_ids.legacy_cloze_note(card_id), []).append((order, card_id))
    for note_id, members in clauses.items():  # a phrase's one Cloze note, in earlier exports
        guid = genanki.guid_for(note_id)
        for index, (_order, card_id) in enumerate(sorted(members)):
            keys[(guid, index)] = card_id
    return keys


def plan_import(collection: AnkiCollection, cards: list[tuple[str, str, int, bool]]) -> AnkiPlan:
    """The reviews and resets of our cards in `collection`, and what is not ours."""
    keys = note_keys(cards)
    archived = {card_id for card_id, _kind, _order, gone in cards if gone}
    ours: dict[int, str] = {}  # Anki card id -> our card id
    for anki_id, key in collection.cards.items():
        if key in keys:
            ours[anki_id] = keys[key]
    our_guids = {guid for guid, _ord in keys}
    reviews, resets, reschedules = [], [], 0
    for entry in collection.revlog:
        card_id = ours.get(entry.cid)
        if card_id is None:
            continue
        if entry.ease in EASE_TO_RATING:
            cramming = entry.kind == KIND_FILTERED and entry.factor == 0
            reviews.append(
                AnkiReview(card_id, entry.id, EASE_TO_RATING[entry.ease], max(0, entry.taken_ms), not cramming)
            )
        elif entry.ease == 0 and entry.kind == KIND_MANUAL and entry.factor == 0:
            resets.append(AnkiReset(card_id, entry.id))
        else:
            reschedules += 1
    known = {card_ids.deck_of(card_id) for card_id, _kind, _order, _gone in cards}
    tagged = [_tagged(tags) for guid, tags in collection.note_tags.items() if guid not in our_guids]
    other = {deck for decks in tagged for deck in decks - known}
    return AnkiPlan(
        reviews=reviews,
        resets=resets,
        notes=len(collection.note_tags),
        ours=sum(1 for guid in collection.note_tags if guid in our_guids),
        archived=tuple(sorted(archived & set(ours.values()))),
        reschedules=reschedules,
        other_decks=tuple(sorted(other)),
        stale=sum(1 for decks in tagged if decks & known),
    )


def _tagged(tags: str) -> set[str]:
    """The brokerquiz deck a note's tags name: deck::<id>, with kind::<kind> beside it."""
    words = tags.split()
    if not any(word.startswith(KIND_TAG) for word in words):
        return set()
    return {word[len(DECK_TAG):] for word in words if word.startswith(DECK_TAG) and len(word) > len(DECK_TAG)}


def tagged_decks(collection: AnkiCollection) -> list[str]:
    """The brokerquiz deck ids the file's notes are tagged with, sorted."""
    return sorted({deck for tags in collection.note_tags.values() for deck in _tagged(tags)})


def import_collection(store: Store, collection: AnkiCollection, path: str | Path) -> AnkiImport:
    """Merge the reviews of our cards in `collection` (read from `path`) into `store`."""
    plan = plan_import(collection, store.known_cards())
    merged = store.merge_anki(plan.reviews, plan.resets)
    return AnkiImport(path=Path(path), plan=plan, merged=merged)
