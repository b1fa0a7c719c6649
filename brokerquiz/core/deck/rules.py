"""Rules that keep generated cards fair: no card gives its answer away, no reverse card asks
"which subject?" of a value that several subjects share.

Used by the generator (core/deck/cards.py), which leaves out or masks what breaks a rule, and by
`brokerquiz check` (core/deck/checks.py), which tells the deck's author. Language- and
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

from ..model import Subject

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
    folded = text.casefold()
    if not any(n.casefold() in folded for n in names if n.strip()):  # cheap test before the regex
        return False
    return _name_pattern(names).search(text) is not None


def mask_names(text: str, subjects: Iterable[Subject]) -> str:
    """`text` with every name and alias of `subjects` replaced by MASK."""
    names = names_of(subjects)
    folded = text.casefold()
    if not any(n.casefold() in folded for n in names if n.strip()):
        return text
    return _name_pattern(names).sub(MASK, text)


def _parts(text: str) -> set[str]:
    parts = (" ".join(_NOT_WORD.sub(" ", p).split()).casefold() for p in _PART_SPLIT.split(text))
    return {p for p in parts if len(p.replace(" ", "")) >= MIN_PART_CHARS}


def alike(a: str, b: str) -> bool:
    """Do two cell values make the same claim (a shared part, or one's words within the other's),
    give or take a typo?"""
    return bool(alike_values({"a": a, "b": b}))


def alike_values(values: Mapping[str, str]) -> dict[str, str]:
    """value key -> the key of another value it is alike with, for the values that have one.
    `values` maps a key (one per distinct value of a row) to its text.

    Exact shared parts are found through a dict; only the values left then are compared with
    rapidfuzz's `process.extract` (C loops), so a row of a hundred values stays fast."""
    from rapidfuzz import fuzz, process, utils  # deferred: only card generation needs it
    from rapidfuzz.distance import DamerauLevenshtein

    keys: Sequence[str] = list(values)
    parts = {k: _parts(values[k]) for k in keys}
    found: dict[str, str] = {}
    owner: dict[str, str] = {}
    for k in keys:
        for part in parts[k]:
            other = owner.setdefault(part, k)
            if other != k:
                found.setdefault(k, other)
                found.setdefault(other, k)
    all_parts = [(part, k) for k in keys for part in parts[k]]
    part_texts = [p for p, _ in all_parts]
    texts = [values[k] for k in keys]
    for i, k in enumerate(keys):
        if k in found:
            continue
        for part in parts[k]:
            hits = process.extract(
                part, part_texts, scorer=DamerauLevenshtein.normalized_similarity,
                score_cutoff=PART_ALIKE_MIN, limit=len(parts[k]) + 1,  # its own parts, then one other
            )
            other = next((all_parts[j][1] for _, _, j in hits if all_parts[j][1] != k), None)
            if other is not None:
                found.setdefault(k, other)
                found.setdefault(other, k)
                break
        if k in found:
            continue
        hits = process.extract(
            texts[i], texts, scorer=fuzz.token_set_ratio, processor=utils.default_process,
            score_cutoff=ALIKE_MIN, limit=2,  # itself, then the best other
        )
        other = next((keys[j] for _, _, j in hits if j != i), None)
        if other is not None:
            found.setdefault(k, other)
            found.setdefault(other, k)
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
