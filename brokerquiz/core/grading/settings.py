"""A setting's boolean value ("requeue=false", "enable.auto.commit=true"): another value of the
same setting in the answer says the opposite, however alike the rest of the words look. The value
may also be typed as a word after the setting's name: yes/no, true/false, or a state of a
glossary group marked `switch` ("enable.idempotence off", "enable.auto.commit enabled"), or after a
dotted name and a colon ("enable.auto.commit: false"). Against the name said with a verb of a group
with a denying direction ("disable auto commit", "enable auto commit"), the typed value is compared too."""

from __future__ import annotations

from .analysis import AnalyzedText, Token
from .directions import directed_states
from .glossary import Glossary
from .lexicon import lexicons
from .results import Hit


def _state(value: Token, glossary: Glossary | None) -> str | None:
    """The yes/no key a word typed after a setting's name gives it ("off" -> no), if any."""
    if value.kind == "pol":
        return value.key
    if value.kind == "neg" and value.low in lexicons().no:  # "false" after a name: its value, no denial
        return "§no"
    group = glossary.groups.get(value.group or "") if glossary is not None else None
    if group is not None and group.switch and not value.neg and value.value in group.values[:2]:
        return "§yes" if value.value == group.values[0] else "§no"
    return None


def _values(text: AnalyzedText, glossary: Glossary | None = None) -> dict[str, tuple[str, str]]:
    """Setting (its last word's key) -> (the yes/no key of its value, the text of the pair), for each
    yes/no word that is a piece of an identifier right after the setting's name, or (with the
    glossary) a yes/no or switch word typed after the identifier's last piece."""
    out: dict[str, tuple[str, str]] = {}
    toks = text.toks
    for n, (name, value) in enumerate(zip(toks, toks[1:])):
        typed = name.ident and text.text[name.end : value.start].strip() in ("=", ":")  # "enable.auto.commit: false"
        if name.kind != "word" or value.chunk != name.chunk and not value.ident and not typed:
            continue
        if name.ident and value.kind == "pol" and value.ident:
            out.setdefault(name.key, (value.key, text.text[name.start : value.end]))
        elif glossary is not None and (value.kind != "word" or value.group is not None) and not value.ident \
                and text.text[name.end : value.start].strip() in ("", "=", ":" if name.ident else "="):
            # a name typed as words ("auto commit on") takes a state closing its part only ("commit on the broker" is a place)
            closing = n + 2 >= len(toks) or toks[n + 2].chunk != value.chunk
            state = _state(value, glossary) if name.ident or closing else None
            if state is not None:
                out.setdefault(name.key, (state, text.text[name.start : value.end]))
    return out


def _values_of(text: AnalyzedText, glossary: Glossary | None) -> dict[str, tuple[str, str]]:
    """_values of a text, with its index's glossary once per analysis (each grade_text of one
    answer asks it again; read only)."""
    if glossary is None:
        return _values(text)
    return text.once("settings.values", lambda: _values(text, glossary))  # type: ignore[return-value]


def setting_values(exp: AnalyzedText, ans: AnalyzedText, glossary: Glossary | None = None) -> list[Hit]:
    """The answer sets a setting the expected text names to the other boolean value."""
    said, meant = _values_of(ans, glossary), _values_of(exp, glossary)
    for key, (value, frag) in meant.items():
        if key in said and said[key][0] != value:
            return [(f"another setting value: '{said[key][1]}' vs '{frag}'", (said[key][1],))]
    # a setting typed with its value against its name said with a verb ("disable auto commit"), either side;
    # the other side's verbs read only when one side types a value (most texts type none)
    for typed, other, answer_typed in ((said, exp, True), (meant, ans, False)):
        told = directed_states(other.toks) if typed else {}
        for key, (value, frag) in typed.items():
            if key in told and told[key][0] != value:
                mine, theirs = (frag, told[key][1]) if answer_typed else (told[key][1], frag)
                return [(f"another setting value: '{mine}' vs '{theirs}'", (mine,))]
    return []
