"""The one sanitiser for text that reaches a terminal, a spreadsheet or an export.

Deck and import text is checked once when it is read (the YAML reader refuses what
`unsafe_characters` finds, with FILE:LINE:COL); every output path also passes text through
`printable` as a second line, so a value that slipped past (an old cache, a database row, a
file name) can still not move the cursor, set the window title, write the clipboard (OSC 52)
or reverse the direction of the text around it.

Unsafe: C0 controls but tab and newline (so carriage return too: it rewrites the line),
DEL, C1 controls (0x80-0x9F, which include the 8-bit CSI 0x9B), and the bidirectional
embedding, override and isolate characters (U+202A-U+202E, U+2066-U+2069) with the
implicit marks (U+200E, U+200F, U+061C).
"""

from __future__ import annotations

import re

UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def unsafe_characters(text: str) -> list[tuple[int, str]]:
    """(index, character) of every unsafe character in `text`, in order."""
    return [(m.start(), m.group()) for m in UNSAFE.finditer(text)]


def describe(char: str) -> str:
    """How a message names an unsafe character: U+001B."""
    return f"U+{ord(char):04X}"


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with each unsafe character written as a visible escape (\\x1b, \\u202e)."""
    if not UNSAFE.search(text):
        return text
    return UNSAFE.sub(_visible, text)
