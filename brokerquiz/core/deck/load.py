"""YAML deck → Deck model, with every problem reported as `file:line:col: message`.

The format is documented in docs/deck-format.md. Checks collect as many problems as they can
in one pass, so an author fixes a deck in one round rather than one error at a time. The
section readers (subjects, tables, lists, ...) and the cells they are made of are in sections.py.
"""

from __future__ import annotations

from pathlib import Path

from ...errors import BrokerquizError
from .. import input_limits
from . import yamlnodes
from ..model import Deck
from ..translate import N_, _
from .defaults import read_defaults
from .glossary import read_glossary
from .sections import SectionReader
from .yamlnodes import KEY_RE, Node, Problem

__all__ = ["DeckError", "Problem", "load_deck", "parse_deck", "decode", "KEY_RE"]

TOP_FIELDS = {
    "id": True,
    "title": True,
    "language": True,
    "subjects": True,
    "subject_noun": False,
    "tables": False,
    "ratings": False,
    "lists": False,
    "takeaways": False,
    "phrases": False,
    "follow_ups": False,
    "glossary": False,
    "pair": False,
    "defaults": False,
}
EMPTY_FILE = N_("the file is empty; a deck needs at least id, title, language and subjects")


class DeckError(BrokerquizError):
    """A deck could not be read; `problems` says where and why."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(map(str, problems)))
        self.problems = problems


def decode(data: bytes, path: str) -> str:
    """UTF-8 (a BOM is fine), CRLF folded to LF; anything else is a DeckError."""
    try:
        return yamlnodes.decode(data)
    except yamlnodes.YamlProblem as problem:
        raise DeckError([Problem(path, problem.line, problem.col, problem.message)]) from None


def load_deck(path: str | Path, max_bytes: int = input_limits.DEFAULT_MAX_BYTES) -> Deck:
    """Read and check a deck file (a regular file of at most `max_bytes`). Raises DeckError
    with every problem found."""
    shown = str(path)
    return parse_deck(decode(read_input(path, max_bytes), shown), shown)


def read_input(path: str | Path, max_bytes: int, what: str = N_("deck file")) -> bytes:
    """The bytes of an input file (deck or sheet), or a DeckError at FILE:1:1 saying why not."""
    shown = str(path)
    try:
        return input_limits.read_file(path, max_bytes, what=what)
    except input_limits.InputRefused as refused:
        raise DeckError([Problem(shown, 1, 1, str(refused))]) from None
    except FileNotFoundError:
        raise DeckError([Problem(shown, 1, 1, _("no such file"))]) from None
    except OSError as error:
        reason = _("cannot read: {reason}").format(reason=error.strerror or error)
        raise DeckError([Problem(shown, 1, 1, reason)]) from None


def parse_deck(text: str, path: str = "<deck>") -> Deck:
    """Check deck text and build the Deck. Raises DeckError with every problem found."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise DeckError([Problem(path, 1, 1, _(EMPTY_FILE))])
    try:
        root = yamlnodes.parse(text)
    except yamlnodes.YamlProblem as problem:
        raise DeckError([Problem(path, problem.line, problem.col, problem.message)]) from None
    reader = _DeckReader(path)
    deck = reader.read(root)
    if reader.problems:
        raise DeckError(reader.problems)
    assert deck is not None  # read() returns None only after recording a problem
    return deck


class _DeckReader(SectionReader):
    """One pass over the node tree: builds the Deck and records every problem on the way."""

    def read(self, root: Node | None) -> Deck | None:
        if root is None or root.is_null:
            self.problems.append(Problem(self.path, 1, 1, _(EMPTY_FILE)))
            return None
        if root.kind != "map":
            message = _("the top level of a deck must be a mapping (id:, title:, ...), not {kind}")
            self.problem(root, message.format(kind=yamlnodes.kind_name(root)))
            return None
        top = self.fields(root, TOP_FIELDS, "the deck")
        self.require(root, top, [k for k, required in TOP_FIELDS.items() if required], "the deck")
        deck_id = self.text(top.get("id"), "id")
        if deck_id is not None:
            deck_id = self.key(top["id"], "deck id")
        title = self.text(top.get("title"), "title")
        language = self.text(top.get("language"), "language")
        subject_noun = self.text(top.get("subject_noun"), "subject_noun", required=False) or ""
        subjects = self.subjects(top.get("subjects"))
        tables = self.tables(top.get("tables"))
        ratings = self.rating_tables(top.get("ratings"))
        lists = self.lists(top.get("lists"))
        takeaways_title, takeaways = self.takeaways(top.get("takeaways"))
        phrases = self.phrases(top.get("phrases"))
        follow_ups = self.follow_ups(top.get("follow_ups"))
        glossary = read_glossary(self, top.get("glossary"))
        pair = self.text(top.get("pair"), "pair", required=False) or ""
        defaults = read_defaults(self, top.get("defaults"), subjects)
        if self.problems or not (deck_id and title and language and subjects):
            return None
        return Deck(
            id=deck_id,
            title=title,
            language=language,
            subjects=subjects,
            subject_noun=subject_noun,
            tables=tables,
            ratings=ratings,
            lists=lists,
            takeaways=takeaways,
            takeaways_title=takeaways_title,
            phrases=phrases,
            follow_ups=follow_ups,
            path=self.path,
            glossary=glossary,
            pair=pair,
            defaults=defaults,
        )
