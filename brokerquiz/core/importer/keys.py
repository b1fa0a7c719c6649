"""Keys and clauses for imported decks: `slug` and `KeyMaker` turn a sheet's labels into keys
(Cyrillic transliterated), `phrase_clauses` splits a phrase into one clause per subject.

Reading the markdown itself is importer/markdown.py (markdown-it-py); this module knows no markdown.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable


def split_top_level(text: str, separator: str) -> list[tuple[int, int]]:
    """(start, end) of the pieces between separators outside (), [], «» and quotes."""
    spans, depth, start, quote = [], 0, 0, False
    for i, char in enumerate(text):
        if char in "([«“":
            depth += 1
        elif char in ")]»”":
            depth = max(0, depth - 1)
        elif char == '"':
            quote = not quote
        elif char == separator and depth == 0 and not quote:
            spans.append((start, i))
            start = i + 1
    spans.append((start, len(text)))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def phrase_clauses(text: str, subject_at: Callable[[str], str | None]) -> list[tuple[str, str]]:
    """(key, verbatim clause): before ':' the criteria, after it one clause per subject.

    `subject_at(text)` gives the key of the subject a clause starts with, or None.
    """
    body = text.strip()
    if body[:1] in "«“\"":
        close = {"«": "»", "“": "”", '"': '"'}[body[0]]
        end = body.rfind(close)
        body = body[1:end] if end > 0 else body[1:]
    body = body.rstrip(" .;!")
    colons = split_top_level(body, ":")
    head = [_trim(body, *colons[0])] if len(colons) > 1 else []
    tail_start = colons[1][0] if len(colons) > 1 else 0
    spans = [_trim(body, tail_start + a, tail_start + b) for a, b in split_top_level(body[tail_start:], ",")]
    # "Kafka for event sourcing, analytics, RabbitMQ for ..." keeps "analytics" with Kafka
    merged: list[list] = []  # [start, end, subject key]
    for start, end in spans:
        if start == end:
            continue
        subject = subject_at(body[start:end])
        if subject is None and merged and merged[-1][2] is not None:
            merged[-1][1] = end
        else:
            merged.append([start, end, subject])
    keys = KeyMaker()
    clauses = []
    for start, end in head:
        clauses.append((keys.make(subject_at(body[start:end]) or "criteria"), body[start:end]))
    for number, (start, end, subject) in enumerate(merged, start=len(clauses) + 1):
        key = subject if subject and subject not in keys.used else f"clause-{number}"
        clauses.append((keys.make(key), body[start:end]))
    return clauses if len(clauses) > 1 else []


# Russian (and Ukrainian) letters → latin, close to the common passport transliteration:
# "Гарантия доставки" → "garantiya-dostavki". Other scripts fall back to NFKD without accents.
TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
        "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch - y - e yu ya i yi ye g".split(),
    )
)
MAX_KEY = 40


def slug(text: str, *, max_words: int | None = None) -> str:
    """A key from a label: lowercase latin, digits and '-'; '' when nothing latin is left."""
    out = []
    for char in text.casefold():
        latin = TRANSLIT.get(char)
        if latin is not None:
            out.append("" if latin == "-" else latin)
        else:
            out.append("".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)))
    words = [w for w in re.split(r"[^a-z0-9]+", "".join(out)) if w]
    if max_words:
        words = words[:max_words]
        while len(words) > 1 and len(words[-1]) <= 2:  # "...-ocheredi-s" reads as a cut-off word
            words.pop()
    key = ""
    for word in words:  # cut at a word boundary so keys stay readable
        if key and len(key) + 1 + len(word) > MAX_KEY:
            break
        key = f"{key}-{word}" if key else word[:MAX_KEY]
    return key


class KeyMaker:
    """Unique keys within one scope: a clash gets -2, -3, ...; reserved words are never handed out."""

    def __init__(self, reserved=(), fallback: str = "item"):
        self.used: set[str] = set(reserved)
        self.fallback = fallback
        self.count = 0

    def make(self, label: str, *, max_words: int | None = None) -> str:
        self.count += 1
        base = slug(label, max_words=max_words) or f"{self.fallback}-{self.count}"
        key, n = base, 1
        while key in self.used:
            n += 1
            key = f"{base}-{n}"
        self.used.add(key)
        return key
