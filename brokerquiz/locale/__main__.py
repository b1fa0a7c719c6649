"""Keep the catalogs in step with the code (needs Babel: `pip install -e '.[test]'`).

    python -m brokerquiz.locale           # add new strings to every .po, drop gone ones, compile .mo
    python -m brokerquiz.locale --check   # exit 1 if a .po lacks a string or a translation, or a .mo is stale
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from ..core.translate import DOMAIN, LOCALE_DIR

PACKAGE = LOCALE_DIR.parent
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "npgettext": ((1, "c"), 2, 3), "pgettext": ((1, "c"), 2)}


def extract() -> Catalog:
    """Every `_()`, `N_()` and `ngettext()` string in the package's Python code."""
    template = Catalog(domain=DOMAIN)
    for filename, lineno, message, comments, context in extract_from_dir(
        str(PACKAGE), method_map=[("**.py", "python")], keywords=KEYWORDS, comment_tags=("TRANSLATORS:",)
    ):
        template.add(message, locations=[(f"brokerquiz/{filename}", lineno)], auto_comments=comments, context=context)
    return template


def po_files() -> list[Path]:
    return sorted(LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def read(path: Path) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=path.parent.parent.name, domain=DOMAIN)


def compiled(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def untranslated(catalog: Catalog) -> list[str]:
    """The msgids with no (or a fuzzy) translation."""
    missing = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            missing.append(message.id if isinstance(message.id, str) else message.id[0])
    return missing


def problems() -> list[str]:
    """What --check reports: strings the code uses that a catalog lacks or leaves untranslated,
    strings a catalog keeps that the code no longer uses, and stale .mo files."""
    template = extract()
    wanted = {m.id if isinstance(m.id, str) else m.id[0] for m in template if m.id}
    found = []
    for path in po_files():
        catalog = read(path)
        have = {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id}
        found += [f"{path}: no entry for {msgid!r}" for msgid in sorted(wanted - have)]
        found += [f"{path}: unused entry {msgid!r}" for msgid in sorted(have - wanted)]
        found += [f"{path}: no translation for {msgid!r}" for msgid in untranslated(catalog)]
        mo = path.with_suffix(".mo")
        if not mo.exists() or mo.read_bytes() != compiled(catalog):
            found.append(f"{mo}: stale; run python -m brokerquiz.locale")
    return found


def update() -> None:
    template = extract()
    for path in po_files():
        catalog = read(path)
        template.creation_date = catalog.creation_date  # a stable header: no diff without a change
        catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        with path.open("wb") as handle:
            write_po(handle, catalog, width=100, sort_output=True, no_location=True, include_previous=False)
        catalog = read(path)  # compile what was written, as --check does
        path.with_suffix(".mo").write_bytes(compiled(catalog))
        left = untranslated(catalog)
        print(f"{path}: {len(catalog)} strings, {len(left)} untranslated")


def main(argv: list[str]) -> int:
    if "--check" in argv:
        found = problems()
        for line in found:
            print(line)
        return 1 if found else 0
    update()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
