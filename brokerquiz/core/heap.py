"""What start-up loaded lives as long as the process: frozen out of the garbage collector's walks;
and the full collections, which walk all that grading keeps, run between keys, never inside one."""

from __future__ import annotations

import gc

_frozen: list[bool] = []  # once per process: what later sessions load may become garbage again

#: Collections of the middle generation between two full ones, after the freeze (Python's default
#: is 10). A full collection walks every object alive since the freeze: the grader's caches fill
#: with ~300k of them over a session (the shipped decks graded once: 120-150 ms a walk), and
#: grading leaves no cyclic garbage for it to find (0 after 3000 grade_card calls). It is run
#: between keys (collect_between_keys), once this many are due.
FULL_COLLECTION_EVERY = 100

#: The collector's own threshold for a full collection after the freeze: ten times the above, a
#: backstop only (a screen that never calls collect_between_keys still collects, a tenth as often),
#: so that the automatic one, which lands on whatever allocates (a typed answer's grading), never
#: comes first while the study or quiz screen collects between keys.
FULL_COLLECTION_BACKSTOP = 10 * FULL_COLLECTION_EVERY


def freeze_loaded() -> None:
    """Once per process (the study screen's warm-up): collect, then freeze every object alive now
    (the deck, the lexicons, the glossary, the grader's caches so far, the screens). None of it is
    garbage, and a full collection walking it all landed on a typed answer (100-200 ms with the
    shipped decks loaded). Full collections are then due a tenth as often (FULL_COLLECTION_EVERY),
    and run by collect_between_keys; the collector's own is a backstop (FULL_COLLECTION_BACKSTOP)."""
    if _frozen:
        return
    _frozen.append(True)
    gc.collect()
    gc.freeze()
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_COLLECTION_BACKSTOP)


def collect_between_keys() -> bool:
    """Between keys (the study and quiz screens, after a card's frame is drawn and its grading
    prepared): the young and middle generations (what prepare and the frame just made: a few ms),
    so that the typed answer's own collections start empty instead of walking them; and the full
    collection when one is due, which then does not land on the next typed answer: after
    FULL_COLLECTION_EVERY middle collections (these ones not counted, so full ones stay as rare as
    grading makes them), or before the collector's backstop would run one by itself (these counted).
    True if it was the full one. Before freeze_loaded the collector keeps Python's own thresholds."""
    if not _frozen:
        return False
    due = gc.get_count()[2]
    full = due >= FULL_COLLECTION_EVERY + _induced[0] or due >= FULL_COLLECTION_BACKSTOP // 2
    gc.collect(2 if full else 1)
    _induced[0] = 0 if full else _induced[0] + 1
    return full


_induced = [0]  # middle collections run here since the last full one
