"""A value of a relative group (before / after: `relative: true` in data/glossary.yaml) said of another
thing than the expected one: "redelivery after a connection drop, before the ack" for "before the ack".

Such a value places what follows it: "after" the drop, "before" the ack. An answer naming another
value of the group than the expected text contradicts it only when that value places a thing the
expected value places too (the words after each, in its part, meet); said of something else it is
a claim of its own, neither an antonym nor a list of every option.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .analysis import Token


def _placed(t: Token, toks: list[Token]) -> list[Token]:
    """The content words after a relative value in its part, up to the next value of its group."""
    at = next((i for i, u in enumerate(toks) if u is t), None)
    out: list[Token] = []
    for u in toks[at + 1 :] if at is not None else ():
        if u.chunk != t.chunk or u.group == t.group:
            break
        if u.kind in ("word", "subj") and not u.paren:
            out.append(u)
    return out


def placed_elsewhere(t: Token, a_toks: list[Token], expected: list[Token], e_toks: list[Token]) -> bool:
    """Does the answer's relative value `t` place something none of the expected values of its group
    places? Then it is said of another thing. A value placing nothing said ("..., before") is not."""
    said = _placed(t, a_toks)
    if not said:
        return False
    return not any(any(w.matches(e) for w in said for e in _placed(x, e_toks)) for x in expected)
