"""A setting's boolean value ("requeue=false", "enable.auto.commit=true"): another value of the
same setting in the answer says the opposite, however alike the rest of the words look."""

from __future__ import annotations

from .analysis import AnalyzedText
from .results import Hit


def _values(text: AnalyzedText) -> dict[str, tuple[str, str]]:
    """Setting (its last word's key) -> (the yes/no key of its value, the text of the pair), for each
    yes/no word that is a piece of an identifier right after the setting's name."""
    out: dict[str, tuple[str, str]] = {}
    toks = text.toks
    for name, value in zip(toks, toks[1:]):
        if value.kind == "pol" and value.ident and name.ident and name.kind == "word":
            out.setdefault(name.key, (value.key, text.text[name.start : value.end]))
    return out


def setting_values(exp: AnalyzedText, ans: AnalyzedText) -> list[Hit]:
    """The answer sets a setting the expected text names to the other boolean value."""
    said = _values(ans)
    for key, (value, frag) in _values(exp).items():
        if key in said and said[key][0] != value:
            return [(f"another setting value: '{said[key][1]}' vs '{frag}'", (said[key][1],))]
    return []
