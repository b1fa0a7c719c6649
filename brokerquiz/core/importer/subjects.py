"""Subject names in an imported sheet: when two names are one subject, and the aliases they get.

Two names are one subject only when the words that tell subjects apart (the name's *core*: its
words without generic ones such as "Streams" or vendor names such as "Apache") of one lie within
the other's words: "Pulsar" and "Apache Pulsar", "Redis" and "Redis Streams", "NATS Streaming"
and "NATS Streaming / JetStream". There is no similarity score: "Cloud Costs" is not "Cloud
Support", and "Redis" is not "RabbitMQ" however alike they look. A qualifier in parentheses
("Kafka (Confluent)") is no part of the name and no alias.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .keys import KeyMaker
from .markdown import strip_decoration, words

RESERVED_SUBJECT_KEYS = {"label", "nuance", "text", "accept", "title", "rating", "note", "aliases", "name", "reverse"}
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_QUALIFIER = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")


def clean_name(text: str) -> str:
    """A name as a subject is called: no decoration, no trailing qualifier in parentheses."""
    name = strip_decoration(text)
    while True:
        shorter = _QUALIFIER.sub("", name).strip()
        if shorter == name or not shorter:
            return name
        name = shorter


def tokens(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


@lru_cache(maxsize=65536)
def core(name: str) -> frozenset[str]:
    """The words of a name that tell it from other subjects; all its words when none is left."""
    vocabulary = words()
    common = set(vocabulary["generic_words"]) | set(vocabulary["vendors"])
    found = tokens(name)
    kept = frozenset(t for t in found if t not in common)
    return kept or frozenset(found)


def _parts(name: str) -> list[str]:
    parts = [p.strip() for p in name.split(" / ") if p.strip()]
    return [name, *parts] if len(parts) > 1 else [name]


def closeness(a: str, b: str) -> int:
    """3 the same name, 2 the same core, 1 one's core lies within the other's words, 0 none."""
    best = 0
    for pa in _parts(a):
        for pb in _parts(b):
            if pa.casefold() == pb.casefold():
                return 3
            ca, cb = core(pa), core(pb)
            if ca == cb:
                best = max(best, 2)
            elif ca <= set(tokens(pb)) or cb <= set(tokens(pa)):
                best = max(best, 1)
    return best


def mentions(text_tokens: set[str], name: str) -> bool:
    """Does a text (its set of words) name this subject as a whole word?"""
    return any(core(part) <= text_tokens for part in _parts(name))


def _overlap(found: set[str], subject: "Subject") -> int:
    return max(len(found & set(tokens(n))) for n in subject.names())


@dataclass
class Subject:
    """A subject being built: its key, the name first seen, other names, and where it was found."""

    key: str
    name: str
    spellings: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    found: list[tuple[int, str]] = field(default_factory=list)  # (line, "table header") for --dry-run

    def names(self) -> list[str]:
        return [self.name, *self.spellings, *self.aliases]


class Subjects:
    """The subjects of one sheet. `closed` (with --subjects) means no new ones are added."""

    def __init__(self, given: list[str] | None = None) -> None:
        self.all: list[Subject] = []
        self.keys = KeyMaker(RESERVED_SUBJECT_KEYS, fallback="subject")
        self.closed = False
        for name in given or []:
            self.new(name, 0, "--subjects")
        self.closed = bool(given)

    def new(self, name: str, line: int, where: str) -> Subject:
        subject = Subject(self.keys.make(name.split(" / ")[0]), name, found=[(line, where)])
        self.all.append(subject)
        return subject

    def find(self, name: str, taken: set[str] = frozenset()) -> Subject | None:
        """The one subject this name names; None when none does or two do equally."""
        words_in = set(tokens(name))
        scored = sorted(
            ((max(closeness(name, n) for n in s.names()), _overlap(words_in, s), i) for i, s in enumerate(self.all) if s.key not in taken),
            reverse=True,
        )
        if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[1][:2] == scored[0][:2]):
            return None
        return self.all[scored[0][2]]

    def see(self, name: str, line: int, where: str, taken: set[str] = frozenset()) -> Subject | None:
        """The subject a name in the sheet stands for, added when new (unless closed)."""
        name = clean_name(name)
        if not name:
            return None
        subject = self.find(name, taken)
        if subject is None:
            return None if self.closed else self.new(name, line, where)
        if name.casefold() not in (n.casefold() for n in subject.names()):
            subject.spellings.append(name)
        if (line, where) not in subject.found:
            subject.found.append((line, where))
        return subject

    def see_axis(self, names: list[str], line: int, where: str) -> list[Subject | None]:
        """One subject per column (or row) of a table; names of one table never merge."""
        taken: set[str] = set()
        result: list[Subject | None] = []
        for name in names:
            # the same name twice in one table is one subject; the caller reports the repeat
            twin = next((s for n, s in zip(names, result) if s and clean_name(n).casefold() == clean_name(name).casefold()), None)
            subject = twin or self.see(name, line, where, taken)
            if subject is not None:
                taken.add(subject.key)
            result.append(subject)
        return result

    def named_in(self, text: str) -> list[Subject]:
        """Subjects a text names, in order of appearance, longest name first where two overlap."""
        found = set(tokens(text))
        return [s for s in self.all if any(mentions(found, n) for n in s.names())]

    def best_named(self, text: str) -> Subject | None:
        """The one subject a text names; where two are named by the same words ("Cloud
        Functions": Google Cloud Functions and Azure Functions), the one sharing more words."""
        named = self.named_in(text)
        if len(named) < 2:
            return named[0] if named else None
        found = set(tokens(text))
        ranked = sorted(((_overlap(found, s), i) for i, s in enumerate(named)), reverse=True)
        if ranked[0][0] == ranked[1][0]:
            return None
        best = named[ranked[0][1]]
        # two subjects named apart ("Kafka vs RabbitMQ") is no one subject
        own = {t for n in best.names() for t in tokens(n)}
        return best if all(own & {t for n in s.names() for t in tokens(n)} for s in named) else None

    def finish(self) -> None:
        """Derive short names: the parts of "A / B", the name without a vendor ("Pulsar"), the
        first word before generic ones ("Redis"). A short name two subjects would share, or that
        is another subject's name, is left out: the grader maps a typed name to one subject."""
        vocabulary = words()
        generic, vendors = set(vocabulary["generic_words"]), set(vocabulary["vendors"])
        firsts = [s.name.split()[0].casefold() for s in self.all]
        wanted: list[list[str]] = []
        for subject in self.all:
            candidates = list(subject.spellings)
            for name in [subject.name, *subject.spellings]:
                parts = [p.strip() for p in name.split(" / ") if p.strip()]
                if len(parts) > 1:
                    candidates += parts
                split = parts[0].split() if parts else []
                if len(split) > 1 and split[0].casefold() in vendors:
                    candidates.append(" ".join(split[1:]))
                elif len(split) > 1 and all(w.casefold() in generic for w in split[1:]) and firsts.count(split[0].casefold()) == 1:
                    candidates.append(split[0])
            wanted.append(list(dict.fromkeys(c for c in candidates if c.casefold() != subject.name.casefold())))
        owners: dict[str, set[int]] = {}
        for index, subject in enumerate(self.all):
            for name in [subject.name, *wanted[index]]:
                owners.setdefault(name.casefold(), set()).add(index)
        for index, subject in enumerate(self.all):
            seen: set[str] = set()
            for alias in wanted[index]:
                folded = alias.casefold()
                if owners[folded] == {index} and folded not in seen:
                    seen.add(folded)
                    subject.aliases.append(alias)
            subject.spellings = []

    def key_at_start(self, text: str) -> str | None:
        """The key of the subject a clause opens with ("Kafka для ...", "NATS Streaming for ...")."""
        best = None
        folded = text.casefold()
        for subject in self.all:
            for name in subject.names():
                n = name.casefold()
                boundary = len(folded) == len(n) or not folded[len(n) : len(n) + 1].isalnum()
                if folded.startswith(n) and boundary and (best is None or len(n) > best[0]):
                    best = (len(n), subject)
        return best[1].key if best else None
