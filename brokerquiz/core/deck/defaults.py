"""A deck's `defaults:` section: settings' documented defaults its author adds to the grader's own
(brokerquiz/core/grading/data/defaults.yaml), each with the page that says so.

    defaults:
      - setting: [isolation level, transaction isolation]
        subject: postgres                # optional: the default holds for this subject only
        values: [read uncommitted, read committed, repeatable read, serializable]
        default: read committed
        values_name_it: true             # "serializable by default" names the setting by itself
        source: https://www.postgresql.org/docs/current/transaction-iso.html

An answer that gives such a setting another default is wrong, and the verdict names the
documented default and its page. Read with the deck's reader, so every problem has the deck's
file:line:col.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import DeckDefault, Subject
from ..translate import _
from .yamlnodes import Node

if TYPE_CHECKING:
    from .sections import SectionReader

DEFAULT_FIELDS = ("setting", "default", "source", "values", "no_default", "since", "subject", "values_name_it")

#: A default that is a figure: digits, an optional fraction and an optional unit ("300000 ms", "5", "30 s").
FIGURE = re.compile(r"^-?\d+(?:[.,]\d+)?\s*[^\W\d_]*$")

#: A source must be a full web address.
URL = re.compile(r"^https?://\S+$")


def read_defaults(reader: SectionReader, node: Node | None, subjects: tuple[Subject, ...]) -> tuple[DeckDefault, ...]:
    """The deck's defaults section (problems go to the reader)."""
    if node is None:
        return ()
    if node.kind != "seq":
        reader.problem(node, _("defaults must be a list of entries, e.g. - {setting: [acks], values: [all, '0', '1'], default: all, source: https://...}"))
        return ()
    names = {s.key: s.name for s in subjects}
    entries = []
    for item in node.items:
        entry = _entry(reader, item, names)
        if entry is not None:
            entries.append(entry)
    return tuple(entries)


def _entry(reader: SectionReader, item: Node, names: dict[str, str]) -> DeckDefault | None:
    item = reader.mapping(item, "a defaults entry")
    if item is None:
        return None
    found = reader.fields(item, DEFAULT_FIELDS, "a defaults entry")
    if not reader.require(item, found, ("setting", "source"), "a defaults entry"):
        return None
    setting = reader.text_list(found["setting"], "a default's setting")
    source = reader.text(found["source"], "a default's source") or ""
    if source and not URL.match(source):
        reader.problem(found["source"], _("a default's source must be the full URL of the page that says it (https://...), not {value!r}").format(value=source))
    values = _values(reader, found.get("values"))
    no_default = reader.flag(found.get("no_default"), "no_default", default=False)
    default = reader.text(found.get("default"), "a default", required=False) or ""
    if not _default_fits(reader, item, found, default, values, no_default):
        return None
    subject = reader.text(found.get("subject"), "a default's subject", required=False) or ""
    if subject and subject not in names:
        reader.problem(found["subject"], _("a default's subject {key!r} is not a subject of this deck (subjects: {keys})").format(key=subject, keys=", ".join(names)))
        return None
    name_it = reader.flag(found.get("values_name_it"), "values_name_it", default=False)
    if name_it and not values:
        reader.problem(found["values_name_it"], _("values_name_it needs the setting's named values (values:)"))
        return None
    if not setting or not source or not URL.match(source):
        return None
    since = reader.text(found.get("since"), "since", required=False) or ""
    return DeckDefault(setting, default, source, values, no_default, since, names.get(subject, ""), name_it)


def _values(reader: SectionReader, node: Node | None) -> tuple[tuple[str, ...], ...]:
    """The named values: each a spelling, or a list of its spellings (the first its name)."""
    if node is None:
        return ()
    if node.kind != "seq":
        reader.problem(node, _("a default's values must be a list, e.g. [earliest, latest, none]"))
        return ()
    values = []
    for value in node.items:
        spellings = reader.text_list(value, "a named value's spellings")
        if spellings:
            values.append(spellings)
    return tuple(values)


def _default_fits(reader: SectionReader, item: Node, found: dict, default: str, values, no_default: bool) -> bool:
    """Is the default given as its kind wants: none with no_default, one of the values, else a figure?"""
    if no_default:
        if default:
            reader.problem(found["default"], _("a setting with no_default: true gives no default"))
            return False
        return True
    if not default:
        reader.problem(item, _("a defaults entry needs a default (or no_default: true)"))
        return False
    if values and default.casefold() not in {v[0].casefold() for v in values}:
        reader.problem(found["default"], _("the default {value!r} is none of the values' names ({names})").format(
            value=default, names=", ".join(v[0] for v in values)))
        return False
    if not values and not FIGURE.match(default):
        reader.problem(found["default"], _("the default {value!r} is no figure (e.g. 300000 ms, 5, 30 s); name values with values:").format(value=default))
        return False
    return True
