"""A word naming the kind of a value said beside it ("isolation" of "repeatable read", "consistency"
of "strong", "delivery guarantee" of "at-least-once") adds nothing to that value.

"the default isolation is repeatable read" says what "repeatable read by default" says: the noun
only names which group of values the value belongs to. Left as a word of its own it would be a
claim the expected text lacks, or worse another subject's value when another cell of the row
names the kind ("serializable isolation available"). So, in either text, such a word is optional
(as if in parentheses) when a value of its group is said in the same part. Which words name which
group is data: the lexicons' `value_kinds` (group name -> words), in each language.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache

from .analysis import Token
from .lexicon import _read, lexicon_files
from .text import fold, word_key


@lru_cache(maxsize=8)
def _kind_keys(latin: str) -> dict[str, frozenset[str]]:
    """word key -> the groups it names the kind of, from every lexicon's value_kinds."""
    out: dict[str, set[str]] = {}
    for name in lexicon_files():
        for group, words in (_read(name).get("value_kinds") or {}).items():
            for w in words or ():
                out.setdefault(word_key(fold(str(w)), True, latin), set()).add(str(group))
    return {k: frozenset(v) for k, v in out.items()}


def kinds_optional(toks: list[Token], latin: str) -> list[Token]:
    """The words with each one naming the kind of a value its own part says marked optional."""
    kinds = _kind_keys(latin)
    if not kinds:
        return toks
    said = {(t.chunk, t.group) for t in toks if t.group is not None and not t.neg}
    return [dataclasses.replace(t, paren=True)
            if t.kind == "word" and t.group is None and not t.paren and any((t.chunk, g) in said for g in kinds.get(t.key, ())) else t
            for t in toks]  # fmt: skip
