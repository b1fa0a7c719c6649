"""What start-up loaded lives as long as the process: frozen out of the garbage collector's walks."""

from __future__ import annotations

import gc

_frozen: list[bool] = []  # once per process: what later sessions load may become garbage again


def freeze_loaded() -> None:
    """Once per process (the study screen's warm-up): collect, then freeze every object alive now
    (the deck, the lexicons, the glossary, the grader's caches so far, the screens). None of it is
    garbage, and a full collection walking it all landed on a typed answer (100-200 ms with the
    shipped decks loaded)."""
    if _frozen:
        return
    _frozen.append(True)
    gc.collect()
    gc.freeze()
