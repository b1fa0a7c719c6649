"""Card ids: the one place they are built and parsed (tests/test_card_ids_only.py fails on an
id formatted or taken apart anywhere else; tests/test_card_ids.py tries the round trips).

A card id is `<deck>/<kind>/<key>/…`, built from the deck's keys only (never from text), so an
edit of a cell's wording keeps the card and its progress. Deck ids and keys match KEY_RE
(`[a-z0-9][a-z0-9_-]*`): no slash, so an id splits back into its parts unambiguously.

  fact       deck/fact/table/row/subject       reverse  deck/reverse/table/row/subject
  compare    deck/compare/table/row            scenario deck/scenario/table/row
  rating     deck/rating/table/row/subject     use-case deck/use-case/list/subject/item
  takeaway   deck/takeaway/subject             phrase   deck/phrase/phrase
  cloze      deck/cloze/phrase/clause          follow-up deck/follow-up/item

Also here, because they are the same shapes: sibling keys (`Card.sibling`), topics (`Card.topic`)
and interview question keys (saved with each interview report).

Learners' progress is keyed by these strings: tests/fixtures/card_ids.json holds every shipped
and fixture deck's ids, and a test fails if one changes.
"""

from __future__ import annotations

from typing import NamedTuple

SEP = "/"

SHAPES: dict[str, tuple[str, ...]] = {  # kind → the names of its keys, in id order
    "fact": ("table", "row", "subject"),
    "reverse": ("table", "row", "subject"),
    "compare": ("table", "row"),
    "scenario": ("table", "row"),
    "rating": ("table", "row", "subject"),
    "use-case": ("list", "subject", "item"),
    "takeaway": ("subject",),
    "phrase": ("phrase",),
    "cloze": ("phrase", "clause"),
    "follow-up": ("item",),
}
KINDS = tuple(SHAPES)


class CardIdError(ValueError):
    """A string that is not a card id of a known kind with the right number of keys."""


class CardId(NamedTuple):
    """A card id taken apart: `parse("d/fact/t/r/s")` → CardId("d", "fact", ("t", "r", "s"))."""

    deck: str
    kind: str
    keys: tuple[str, ...]

    def key(self, name: str) -> str:
        """One key by its name in SHAPES: `parse(id).key("subject")`."""
        return self.keys[SHAPES[self.kind].index(name)]

    def __str__(self) -> str:
        return SEP.join((self.deck, self.kind, *self.keys))


def build(deck: str, kind: str, *keys: str) -> str:
    """The id of a `kind` card from its keys, checked against SHAPES."""
    shape = SHAPES.get(kind)
    if shape is None:
        raise CardIdError(f"unknown card kind {kind!r} (known: {', '.join(KINDS)})")
    if len(keys) != len(shape):
        raise CardIdError(f"a {kind} id takes {len(shape)} keys ({', '.join(shape)}), not {len(keys)}")
    return SEP.join((deck, kind, *keys))


def parse(card_id: str) -> CardId:
    """deck, kind and keys of an id; CardIdError if it is not one of SHAPES."""
    parts = card_id.split(SEP)
    shape = SHAPES.get(parts[1]) if len(parts) > 1 else None
    if shape is None or len(parts) != 2 + len(shape) or not all(parts):
        raise CardIdError(f"not a card id: {card_id!r}")
    return CardId(parts[0], parts[1], tuple(parts[2:]))


def deck_of(card_id: str) -> str:
    """The deck part of an id. Lenient: a database may still hold ids of kinds this version
    no longer makes, and they belong to their deck all the same."""
    return card_id.partition(SEP)[0]


def with_deck(card_id: str, deck: str) -> str:
    """The same card in another deck (a language pair shares every key)."""
    return SEP.join((deck, card_id.partition(SEP)[2]))


# --------------------------------------------------------------------------- one builder per kind
# Plain joins, no checks: generate_cards makes thousands of these on a cache miss.


def fact(deck: str, table: str, row: str, subject: str) -> str:
    return f"{deck}/fact/{table}/{row}/{subject}"


def reverse(deck: str, table: str, row: str, subject: str) -> str:
    return f"{deck}/reverse/{table}/{row}/{subject}"


def compare(deck: str, table: str, row: str) -> str:
    return f"{deck}/compare/{table}/{row}"


def scenario(deck: str, table: str, row: str) -> str:
    return f"{deck}/scenario/{table}/{row}"


def rating(deck: str, table: str, row: str, subject: str) -> str:
    return f"{deck}/rating/{table}/{row}/{subject}"


def use_case(deck: str, lst: str, subject: str, item: str) -> str:
    return f"{deck}/use-case/{lst}/{subject}/{item}"


def takeaway(deck: str, subject: str) -> str:
    return f"{deck}/takeaway/{subject}"


def phrase(deck: str, key: str) -> str:
    return f"{deck}/phrase/{key}"


def cloze(deck: str, phrase_key: str, clause: str) -> str:
    return f"{deck}/cloze/{phrase_key}/{clause}"


def follow_up(deck: str, key: str) -> str:
    return f"{deck}/follow-up/{key}"


# --------------------------------------------------------------------------- between kinds


def phrase_of(cloze_id: str) -> str:
    """`<deck>/cloze/<phrase>/<clause>` → `<deck>/phrase/<phrase>`."""
    deck, _, (phrase_key, _) = _of_kind(cloze_id, "cloze")
    return phrase(deck, phrase_key)


def clauses_of(phrase_id: str, clause_keys) -> tuple[str, ...]:
    """`<deck>/phrase/<phrase>` → the cloze ids of the given clause keys."""
    deck, _, (phrase_key,) = _of_kind(phrase_id, "phrase")
    return tuple(cloze(deck, phrase_key, key) for key in clause_keys)


def legacy_cloze_note(cloze_id: str) -> str:
    """`<deck>/cloze/<phrase>`: the one Cloze note of a phrase in exports made before each
    clause had its own note (their GUID is built from it; see core/importer/anki.py)."""
    deck, kind, (phrase_key, _) = _of_kind(cloze_id, "cloze")
    return SEP.join((deck, kind, phrase_key))


def _of_kind(card_id: str, kind: str) -> CardId:
    parsed = parse(card_id)
    if parsed.kind != kind:
        raise CardIdError(f"not a {kind} card id: {card_id!r}")
    return parsed


# --------------------------------------------------------------------------- siblings and topics


def cell_sibling(deck: str, table: str, row: str, subject: str) -> str:
    """The fact, reverse and rating cards of one subject's cell of a row."""
    return f"{deck}/{table}/{row}/{subject}"


def row_sibling(deck: str, table: str, row: str) -> str:
    """The compare and scenario card of a row, the row as a whole."""
    return f"{deck}/{table}/{row}"


def item_sibling(deck: str, lst: str, subject: str, item: str) -> str:
    """A use-case card: its own list item."""
    return f"{deck}/{lst}/{subject}/{item}"


def row_topic(table: str, row: str) -> str:
    return f"{table}/{row}"


def row_of_topic(topic: str) -> tuple[str, str]:
    """`table/row` → (table, row) (the row part is empty for a topic without a slash)."""
    table, _, row = topic.partition(SEP)
    return table, row


def list_topic(lst: str, subject: str) -> str:
    return f"{lst}/{subject}"


def takeaway_topic(subject: str) -> str:
    return f"takeaways/{subject}"


def phrase_topic(key: str) -> str:
    return f"phrases/{key}"


def follow_up_topic(key: str) -> str:
    return f"follow-ups/{key}"


# --------------------------------------------------------------------------- interview question keys


def compare_question_key(table: str, row: str, subjects) -> str:
    """"compare/<table>/<row>/<subject>+<subject>…"."""
    return f"compare/{table}/{row}/{'+'.join(subjects)}"


def scenario_question_key(table: str, rows) -> str:
    """"scenario/<table>/<row>+<row>…"."""
    return f"scenario/{table}/{'+'.join(rows)}"


def use_question_key(lst: str, subject: str) -> str:
    return f"use/{lst}/{subject}"


def card_question_key(kind: str, card_id: str) -> str:
    """A question asked from one card: `<kind>/<the card's keys>`."""
    return SEP.join((kind, *parse(card_id).keys))
