"""One named thing given another's claim: the model answer speaks of named things in sentences of
their own ("the default TopicNameStrategy gives a single subject ... RecordNameStrategy or
TopicRecordNameStrategy ... allow several types in one topic"), and the answer names the thing of
one sentence only and says words only another sentence says, none of its own sentence's ("keep TopicNameStrategy, it already allows any number of types in a topic").

A name is a word typed with a capital inside it (TopicNameStrategy, XReadGroup) or an identifier,
said in one sentence of the model answer only. A sentence's own words are its claim's content
words (those after its first name: "The subject name strategy: the default X" sets the scene) no
other sentence says, its names and default words left out.
"""

from __future__ import annotations

from functools import lru_cache

from .analysis import CONTENT, Token, analyze
from .results import fragments
from .sentences import sentences
from .subjects import SubjectIndex
from .text import fold, lexicon_words

#: The fewest words of another sentence only the answer must say.
OTHERS_MIN = 2


def _named(t: Token) -> bool:
    return t.kind == "word" and not t.paren and any(c.isupper() for c in t.raw[1:]) and any(c.islower() for c in t.raw)


def _words(text: str, index: SubjectIndex) -> list[Token]:
    return [t for t in analyze(text, index).toks if t.kind in CONTENT and not t.paren]


@lru_cache(maxsize=4096)  # deck text only: the same names and claims for every answer to a card
def _named_claims(expected: str, index: SubjectIndex) -> tuple[list[list[Token]], list[list[Token]]] | None:
    """(each sentence's named things, each sentence's claim: its words after its first name that
    no other sentence says) of the model answer; None unless two sentences name a thing (read only)."""
    said = sentences(expected)
    if len(said) < 2:
        return None
    words = [_words(s, index) for s in said]
    names = [[t for t in ws if _named(t)] for ws in words]
    if sum(bool(n) for n in names) < 2:
        return None

    defaults = lexicon_words("default_words")

    def own(n: int) -> list[Token]:  # its claim: the words after its first name ("The subject name strategy: the default X ...")
        start = names[n][0].start if names[n] else len(said[n]) + 1
        return [e for e in words[n] if e.start > start and not _named(e) and fold(e.low) not in defaults
                and not any(e.matches(o) for k, other in enumerate(words) if k != n for o in other)]  # fmt: skip

    return names, [own(n) for n in range(len(said))]


def others_claim(expected: str, answer: str, asked: str, index: SubjectIndex) -> tuple[str, ...]:
    """The answer's words of another sentence's claim, said of one sentence's named thing; () when none."""
    claims = _named_claims(expected, index)
    if claims is None:
        return ()
    names, owns = claims
    for sentence in sentences(answer):
        ans = _words(sentence, index)
        named = [a for a in ans if _named(a)]
        hit = {n for n, ns in enumerate(names) for a in named if any(a.key == e.key for e in ns)}
        if len(hit) != 1:
            continue
        i = hit.pop()
        mine = [a for a in ans if any(a.matches(e) for e in owns[i])]
        for j, theirs in enumerate(owns):
            if j == i:
                continue
            got = [a for a in ans if not _named(a) and any(a.matches(e) for e in theirs)]
            if len(got) >= OTHERS_MIN and not mine:
                return fragments(a.raw for a in got)
    return ()
