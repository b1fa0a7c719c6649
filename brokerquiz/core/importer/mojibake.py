"""Repair mojibake: UTF-8 text that was once read in a legacy encoding and saved again.

ftfy is the well-kept library for this, but its full `fix_text` does not give the shipped seed
(UTF-8 read as Mac Roman) back: it leaves most lines as they are and, uncurling quotes first,
turns the mojibake of "→" into "'Üí". So every fix here is only a *candidate*: the whole text
round-tripped through a legacy codec (`text.encode(codec).decode("utf-8")`), ftfy's encoding
fixer alone (no quote uncurling), or codec round trips line by line. A candidate is taken only when it
decodes cleanly and scores strictly better (fewer mojibake-looking sequences), and the search
repeats while it keeps improving, which undoes double mojibake too. Clean text scores best
already, so it is returned unchanged.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import ftfy
import ftfy.bad_codecs  # noqa: F401  (registers the "sloppy-windows-1252" codec)
from ftfy.badness import badness
from ..translate import _

# The ways UTF-8 bytes are commonly misread. "sloppy" cp1252 maps all 256 bytes, as browsers and
# Windows editors do, so text misread that way round-trips without losing the five unused bytes.
CODECS = (
    "sloppy-windows-1252",
    "mac_roman",
    "latin-1",
    "cp1251",
    "koi8-r",
    "cp437",
    "cp850",
    "cp866",
    "sloppy-windows-1250",
    "iso-8859-2",
)
MAX_ROUNDS = 4  # triple mojibake exists in the wild; more is noise, and each round must improve

_SCRIPTS = {"LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "HEBREW", "ARABIC", "GEORGIAN", "CJK", "HANGUL", "HIRAGANA", "KATAKANA", "THAI"}
# replacement chars, private use (Mac Roman's Apple logo lands there) and C0/C1 controls but tab/LF/CR
_ODD = re.compile("[\ufffd\ue000-\uf8ff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# a letter, then non-ASCII punctuation or symbols glued to another letter: "–î–∞", "Ã¼ÃŸ"
_GLUED = re.compile(r"[^\W\d_][^\w\s\x00-\x7f]+(?=[^\W\d_])")


@dataclass(frozen=True)
class Repair:
    """The repaired text and the fixes applied, in order (empty when the text was clean)."""

    text: str
    steps: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.steps)

    def describe(self) -> str:
        names = [_("UTF-8 read as {codec}").format(codec=step) if step in CODECS else step for step in self.steps]
        return _(", then ").join(names)


@lru_cache(maxsize=4096)
def _script(char: str) -> str:
    try:
        first = unicodedata.name(char).split()[0]
    except ValueError:
        return "OTHER"
    return first if first in _SCRIPTS else "OTHER"


def score(text: str) -> int:
    """How mojibake-like the text looks: 0 for clean text, larger is worse."""
    odd = len(_ODD.findall(text))
    mixed = sum(1 for word in _WORD.findall(text) if not word.isascii() and len({_script(c) for c in word}) > 1)
    glued = len(_GLUED.findall(text))
    return 2 * badness(text) + 2 * odd + 2 * mixed + glued


def round_trip(text: str, codec: str) -> str | None:
    """Undo one misreading: encode as the codec that misread it, decode as UTF-8; None if it cannot."""
    try:
        return text.encode(codec).decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None


def _best_whole(text: str, current: int) -> tuple[str, str, int] | None:
    best = None
    for codec in CODECS:
        fixed = round_trip(text, codec)
        if fixed is None or fixed == text:
            continue
        fixed_score = score(fixed)
        if fixed_score < current and (best is None or fixed_score < best[2]):
            best = (fixed, codec, fixed_score)
    return best


def _line_by_line(text: str) -> str:
    """Mixed files (a mojibake paragraph pasted into clean text): fix each line on its own."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        found = _best_whole(line, score(line))
        if found is not None:
            lines[i] = found[0]
    return "\n".join(lines)


def repair(text: str) -> Repair:
    """Undo mojibake while it measurably improves the text; clean text comes back unchanged."""
    steps: list[str] = []
    current = score(text)
    for _ in range(MAX_ROUNDS):
        if current == 0:
            break
        candidates: list[tuple[str, str, int]] = []
        whole = _best_whole(text, current)
        if whole is not None:
            candidates.append(whole)
        if whole is None or whole[2] > 0:  # a perfect whole-text fix needs no rival (saves time on big files)
            for name, fix in (("ftfy", ftfy.fix_encoding), ("line by line", _line_by_line)):
                fixed = fix(text)
                if fixed != text:
                    candidates.append((fixed, name, score(fixed)))
        # the whole-text round trip comes first, so it wins ties: it is all-or-nothing, hence safest
        better = [c for c in candidates if c[2] < current]
        if not better:
            break
        text, step, current = min(better, key=lambda c: c[2])
        steps.append(step)
    return Repair(text, tuple(steps))
