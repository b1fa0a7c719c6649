"""What start-up loaded lives as long as the process: frozen out of the garbage collector's walks."""

from __future__ import annotations

import gc

_frozen: list[bool] = []  # once per process: what later sessions load may become garbage again

#: Collections of the middle generation between two full ones, after the freeze (Python's default
#: is 10). A full collection walks every object alive since the freeze: the grader's caches fill
#: with ~175k of them over a session (the shipped decks graded once: 100 ms a walk, on a typed
#: answer), and grading leaves no cyclic garbage for it to find (0 after 3000 grade_card calls).
FULL_COLLECTION_EVERY = 100


def freeze_loaded() -> None:
    """Once per process (the study screen's warm-up): collect, then freeze every object alive now
    (the deck, the lexicons, the glossary, the grader's caches so far, the screens). None of it is
    garbage, and a full collection walking it all landed on a typed answer (100-200 ms with the
    shipped decks loaded). Full collections then run a tenth as often (FULL_COLLECTION_EVERY)."""
    if _frozen:
        return
    _frozen.append(True)
    gc.collect()
    gc.freeze()
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_COLLECTION_EVERY)
