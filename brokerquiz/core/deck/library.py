"""Finding decks: shipped ones and your own (the decks folder) by id or file name, or any YAML
file by path.

`open_deck` serves a deck from the parsed-deck cache (`deck_cache`) when the file has not
changed, so the parser (deck, yamlnodes, PyYAML) and the card generator are imported only
when a deck really is parsed; `DeckError`, `Problem`, `load_deck` and `generate_cards`
stay importable from here, loaded on first use.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...errors import BrokerquizError
from . import cache as deck_cache
from .. import input_limits

if TYPE_CHECKING:
    from ..model import Card, Deck

_LAZY = {
    "DeckError": "load",
    "Problem": "load",
    "load_deck": "load",
    "generate_cards": "cards",
}


def __getattr__(name: str) -> Any:
    """`library.DeckError` and friends, imported on first use (they pull in PyYAML)."""
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __package__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

DEFAULT_DECK = "message-brokers"
_PACKAGE = Path(__file__).resolve().parents[2]  # brokerquiz/


def shipped_dirs() -> list[Path]:
    """Installed wheels carry the decks inside the package; a source checkout has them at the top."""
    return [d for d in (_PACKAGE / "decks", _PACKAGE.parent / "decks") if d.is_dir()]


def shipped_deck_files() -> list[Path]:
    for folder in shipped_dirs():
        files = sorted(folder.glob("*.yaml"))
        if files:
            return files
    return []


def _deck_id_of(path: Path) -> str:
    """The `id:` line without parsing the whole deck (cheap enough to list decks at start-up)."""
    try:
        with path.open(encoding="utf-8-sig") as handle:
            for line in handle:
                if line.startswith("id:"):
                    return line[3:].split("#")[0].strip().strip("'\"") or path.stem
    except (OSError, UnicodeDecodeError):
        pass  # a broken file still gets listed under its file name; loading it reports the problem
    return path.stem


def shipped_decks() -> dict[str, Path]:
    """Deck id → file, for the decks that ship with brokerquiz."""
    decks = {_deck_id_of(path): path for path in shipped_deck_files()}
    # the default deck first: it is what `brokerquiz study` opens, so lists start with it
    return dict(sorted(decks.items(), key=lambda item: item[0] != DEFAULT_DECK))


def user_decks() -> dict[str, Path]:
    """Deck id → file, for your own decks (locations.decks_dir(): where `brokerquiz import`
    writes); a missing or unreadable folder has none."""
    from ...locations import decks_dir

    try:
        files = sorted(p for p in decks_dir().iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    except OSError:
        return {}
    return {_deck_id_of(path): path for path in files}


def all_decks() -> dict[str, Path]:
    """The shipped decks (the default first), then yours; a shipped id is never shadowed."""
    decks = shipped_decks()
    for deck_id, path in user_decks().items():
        decks.setdefault(deck_id, path)
    return decks


def resolve_deck_path(name: str | None) -> Path:
    """`--deck NAME|PATH`: an existing file wins, then a deck id or file stem (shipped, then yours)."""
    name = name or DEFAULT_DECK
    candidate = Path(name).expanduser()
    if candidate.suffix in (".yaml", ".yml") or candidate.exists() or "/" in name:
        return candidate
    decks = shipped_decks() if name == DEFAULT_DECK else all_decks()
    if name in decks:
        return decks[name]
    for path in decks.values():
        if path.stem == name:
            return path
    from ..translate import _
    from .load import DeckError, Problem

    known = ", ".join(sorted(shipped_decks())) or _("none")
    yours = ", ".join(sorted(user_decks()))
    also = _("; yours: {decks}").format(decks=yours) if yours else ""
    message = _("no deck file or shipped deck named {name!r} (shipped: {known}{also})")
    raise DeckError([Problem(name, 1, 1, message.format(name=name, known=known, also=also))])


def deck_argument(deck_name: str | None) -> str | None:
    """What a person would type after --deck for this deck: a shipped deck by its id (screens
    opened from home get its full path), any other deck as given; None for the default deck."""
    try:
        path = resolve_deck_path(deck_name).resolve()
    except (BrokerquizError, OSError, RuntimeError):  # not found, unreadable or a symlink loop: reported where it is opened
        return deck_name
    for deck_id, known in all_decks().items():
        if known.resolve() == path:
            return None if deck_id == DEFAULT_DECK else deck_id
    return deck_name


@lru_cache(maxsize=8)
def _load(path: str, mtime: float, max_bytes: int) -> tuple[Deck, tuple[Card, ...]]:
    cached = deck_cache.read(path)
    if cached is not None:
        return cached
    from .cards import generate_cards
    from .load import load_deck

    key = deck_cache.cache_key(path)  # taken before reading: an edit meanwhile is not cached
    deck = load_deck(path, max_bytes)
    cards = tuple(checked_cards(deck, generate_cards(deck)))
    deck_cache.write(path, key, deck, cards)
    return deck, cards


def checked_cards(deck: Deck, cards: list[Card]) -> list[Card]:
    """`cards` when there are no more than input_limits.MAX_CARDS, else a DeckError."""
    message = input_limits.too_many_cards(len(cards))
    if message:
        from .load import DeckError, Problem

        raise DeckError([Problem(deck.path or deck.id, 1, 1, message)])
    return cards


# A limit raised with --max-size holds for that deck for the rest of the process: the screens
# open the deck again by name, without the option.
_RAISED: dict[str, int] = {}


def open_deck(name: str | None, max_bytes: int | None = None) -> tuple[Deck, list[Card]]:
    """Load a deck and its cards; raises DeckError with `file:line:col` problems.

    The file must be a regular file of at most `max_bytes` (default: the 10 MB of
    input_limits, or what an earlier call in this process allowed for this deck); this is
    checked before the cache too, so a cached entry does not get around the limit.
    """
    path = resolve_deck_path(name)
    if max_bytes is None:
        max_bytes = _RAISED.get(str(path), input_limits.DEFAULT_MAX_BYTES)
    elif max_bytes > input_limits.DEFAULT_MAX_BYTES:
        _RAISED[str(path)] = max_bytes
    try:
        input_limits.check_file(path, max_bytes)
        mtime = path.stat().st_mtime
    except input_limits.InputRefused as refused:
        from .load import DeckError, Problem

        raise DeckError([Problem(str(path), 1, 1, str(refused))]) from None
    except OSError:
        mtime = 0.0  # missing or unreadable: load_deck says which
    deck, cards = _load(str(path), mtime, max_bytes)
    return deck, list(cards)
