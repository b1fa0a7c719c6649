"""An option's value labelling what follows it: "pull: the consumer sets the pace; push: ...".

An answer (or a model answer) that names each option and then says its fact, "pull: ...; push: ...",
keeps each fact with its option: the value before the colon and the words after it are one part,
so the parts align option to option and a fact said under the other option's label contradicts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import lexicons

if TYPE_CHECKING:
    from .analysis import Token


def join_labels(text: str, toks: list[Token]) -> None:
    """Make a value of an opposite group alone before a colon one part with the words after it
    (the tokens' chunks renumbered in place); a yes/no or a negator before a colon labels nothing
    ("no: the active segment ...")."""
    lex = lexicons()
    for i in range(len(toks) - 1, 0, -1):
        t, prev = toks[i], toks[i - 1]
        if prev.group is None or t.chunk != prev.chunk + 1 or text[prev.end : t.start].strip() != ":":
            continue
        if prev.low in lex.yes or prev.low in lex.no or prev.low in lex.negators:
            continue  # an answer's yes/no, no option's label
        if i > 1 and toks[i - 2].chunk == prev.chunk:
            continue  # more than the value before the colon: no label
        for u in toks[i:]:
            u.chunk -= 1
