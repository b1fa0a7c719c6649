"""A setting typed with another value: "cleanup.policy=delete" where the model answer says
"cleanup.policy=compact", "auto.offset.reset=latest" for "auto.offset.reset=earliest". A name
typed with an equals sign and a value (or a comma list of values, "compact,delete") in both
texts, whose values in the answer are none of the model answer's values of that name, says the
setting the other way: a contradiction, however many other words the answer shares. Numbers are
the numbers' business (numbers.py), the booleans the settings' (settings.py).
"""

from __future__ import annotations

import re

from .text import fold

_ASSIGNED = re.compile(r"(?<![\w.\-])([a-z][\w.\-]*)\s*=\s*([\w\-]+(?:,[\w\-]+)*)", re.IGNORECASE)
_NUMBER = re.compile(r"[\d.\-]+\w*")


def _assigned(text: str) -> dict[str, set[str]]:
    """Each name typed with "=" -> its values (folded), numbers left out."""
    out: dict[str, set[str]] = {}
    for m in _ASSIGNED.finditer(text):
        values = {fold(v) for v in m.group(2).split(",") if v and not _NUMBER.fullmatch(v)}
        if values:
            out.setdefault(fold(m.group(1)), set()).update(values)
    return out


def other_setting_value(expected: str, answer: str) -> tuple[str, ...]:
    """The answer's "name=value" whose values are none of the model answer's for that name; () when none."""
    if "=" not in answer or "=" not in expected:
        return ()
    exp = _assigned(expected)
    for m in _ASSIGNED.finditer(answer):
        name = fold(m.group(1))
        values = {fold(v) for v in m.group(2).split(",") if v and not _NUMBER.fullmatch(v)}
        if name in exp and values and not values & exp[name]:
            return (m.group(0),)
    return ()
