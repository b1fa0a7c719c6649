"""Rules that keep generated cards fair: no card gives its answer away, no reverse card asks
"which subject?" of a value that several subjects share.

Used by the generator (core/cards.py), which leaves out or masks what breaks a rule, and by
`brokerquiz check` (core/deck_warnings.py), which tells the deck's author. Language- and
deck-neutral: names come from the deck's subjects, similarity from rapidfuzz.

* A subject is *named* in a text when its name or one of its aliases stands there as a whole
  word, in any case.
* Two values of one row are *alike* when they share a part (the pieces between `/ , ; +` or
  brackets, with at least four letters or digits) or when one's words are, give or take a typo,
  a subset of the other's (rapidfuzz `token_set_ratio` ≥ ALIKE_MIN): "at-least-once" and
  "at-most-once / at-least-once", "Log-based, immutable events" and "Log-based / append-only".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from .model import Subject

ALIKE_MIN = 90  # token_set_ratio from which two values read as the same claim
PART_ALIKE_MIN = 0.9  # at most one typo (edit or swap) per ten characters: "disk-bakced" is "disk-backed", "долго" is not "долгое"
MIN_PART_CHARS = 4  # a shared part shorter than this ("yes", "да", "no") proves nothing
MASK = "…"

_PART_SPLIT = re.compile(r"[/,;+()\[\]]")
_NOT_WORD = re.compile(r"[\W_]+")


@lru_cache(maxsize=512)
def _name_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if n.strip())
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def names_of(subjects: Iterable[Subject]) -> tuple[str, ...]:
    """Every name and alias of these subjects."""
    return tuple(n for s in subjects for n in s.names)


def named_in(text: str, subjects: Iterable[Subject]) -> bool:
    """Does `text` name one of `subjects` (name or alias, as a whole word)?"""
    names = names_of(subjects)
    return bool(names) and _name_pattern(names).search(text) is not None


def mask_names(text: str, subjects: Iterable[Subject]) -> str:
    """`text` with every name and alias of `subjects` replaced by MASK."""
    names = names_of(subjects)
    return _name_pattern(names).sub(MASK, text) if names else text


def _parts(text: str) -> set[str]:
    parts = (" ".join(_NOT_WORD.sub(" ", p).split()).casefold() for p in _PART_SPLIT.split(text))
    return {p for p in parts if len(p.replace(" ", "")) >= MIN_PART_CHARS}


def alike(a: str, b: str) -> bool:
    """Do two cell values make the same claim (a shared part, or one's words within the other's),
    give or take a typo?"""
    from rapidfuzz import fuzz, utils  # deferred: only card generation needs it
    from rapidfuzz.distance import DamerauLevenshtein

    parts_b = _parts(b)
    similar = DamerauLevenshtein.normalized_similarity
    if any(similar(pa, pb) >= PART_ALIKE_MIN for pa in _parts(a) for pb in parts_b):
        return True
    return fuzz.token_set_ratio(a, b, processor=utils.default_process) >= ALIKE_MIN


def alike_values(values: Mapping[str, str]) -> dict[str, str]:
    """value key -> the key of another value it is alike with, for the values that have one.
    `values` maps a key (one per distinct value of a row) to its text."""
    keys: Sequence[str] = list(values)
    found: dict[str, str] = {}
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            if alike(values[a], values[b]):
                found.setdefault(a, b)
                found.setdefault(b, a)
    return found


def _norm(text: str) -> str:
    """A value as grouping sees it: case, spacing and punctuation aside ("log." is "log")."""
    return " ".join(_NOT_WORD.sub(" ", text).split()).casefold()


def reverse_groups(cells: Mapping[str, object], subjects: Mapping[str, Subject]):
    """A row's subjects grouped by value (same words, whatever the case, spacing and
    punctuation), each group
    with why it gets no reverse card: None (it gets one), "names" (the value names one of its
    own subjects), "alike" (another value of the row makes the same claim; the other group's
    first subject is given) or "opted out" (every cell of the group says `reverse: false`).

    `cells`: subject key -> a cell with `.text` (and `.reverse`), in the deck's subject order.
    Returns [(subject keys, reason, detail)], in that order; no group at all for a row whose
    subjects all share one value (a reverse card there has nothing to tell apart)."""
    groups: dict[str, list[str]] = {}
    for key, cell in cells.items():
        groups.setdefault(_norm(cell.text), []).append(key)
    if len(groups) < 2:
        return []
    texts = {norm: cells[keys[0]].text for norm, keys in groups.items()}
    others = alike_values(texts)
    result = []
    for norm, keys in groups.items():
        if not any(getattr(cells[k], "reverse", True) for k in keys):
            result.append((keys, "opted out", None))
        elif named_in(texts[norm], (subjects[k] for k in keys)):
            result.append((keys, "names", None))
        elif norm in others:
            result.append((keys, "alike", groups[others[norm]][0]))
        else:
            result.append((keys, None, None))
    return result
