"""Class nouns: a noun naming the kind of thing ("store", "database", "Speicher")
after the word that says which kind ("document store", "wide-column store", "relational db")
adds nothing to that word. In the expected text it may go unsaid ("wide columns" covers
"Wide-column store"); a glossary phrase ending in one meets its other words ("documents" for
"document store"); in the answer it costs nothing ("object-relational db"). Only after a word
of the same part: "writes to the database" still needs its noun. A naming noun (the lexicons'
name_nouns: "flag", "header", "setting") says the same of the name it comes right before, as the
other word order of one language or the other puts it ("Flag redelivered" for "the redelivered
flag", "Header x-death"): "redelivered" has said "the redelivered flag" and "Flag redelivered".
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache

from .analysis import Token
from .glossary import Glossary
from .lexicon import lexicons
from .text import fold, keys_match, lexicon_words, word_key


@lru_cache(maxsize=8)
def _class_keys(latin: str) -> frozenset[str]:
    return frozenset(word_key(fold(w), True, latin) for w in lexicons().class_nouns)


@lru_cache(maxsize=8)
def _name_keys(latin: str) -> frozenset[str]:
    return frozenset(word_key(w, True, latin) for w in lexicon_words("name_nouns"))


def _before_a_name(toks: list[Token], i: int) -> bool:
    """Does toks[i] come right before a plain word of its own part, the name it names ("Flag redelivered")?"""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is not None and nxt.chunk == toks[i].chunk and nxt.kind == "word" and nxt.group is None and toks[i].end + 1 >= nxt.start


def _after_a_word(toks: list[Token], i: int, counting: frozenset[str]) -> bool:
    """Does toks[i] directly follow a word of its own part saying its kind (a modifier; not a
    count: "several tables" counts tables; counting: the counted groups)?"""
    prev = toks[i - 1] if i else None
    if prev is None or prev.chunk != toks[i].chunk or prev.kind != "word" or prev.end + 1 < toks[i].start:
        return False
    return prev.group not in counting and not prev.key[:1].isdigit()


def class_nouns_optional(toks: list[Token], glossary: Glossary) -> list[Token]:
    """The words with each class noun after its modifier, and each naming noun before its name, marked
    optional (as if in parentheses)."""
    keys, names = _class_keys(glossary.latin), _name_keys(glossary.latin)
    if not keys and not names:
        return toks
    if not any(t.key in keys or t.key in names for t in toks):
        return list(toks)  # no class or naming noun at all (most texts): the same words
    counting = frozenset(name for name, g in glossary.groups.items() if g.counted)

    def optional(t: Token, i: int) -> bool:  # a class noun after its modifier, a naming noun before its name
        return (t.key in keys and _after_a_word(toks, i, counting)) or (t.key in names and _before_a_name(toks, i))

    return [
        dataclasses.replace(t, paren=True) if t.kind == "word" and not t.paren and t.group is None and optional(t, i) else t
        for i, t in enumerate(toks)
    ]


@lru_cache(maxsize=8192)
def _class_phrase(low: str, latin: str) -> tuple[str, str, str] | None:
    """(key, unstemmed key, words) of what a phrase ending in a class noun says before it, or None."""
    words = low.replace("-", " ").split()
    if len(words) < 2 or word_key(words[-1], True, latin) not in _class_keys(latin):
        return None
    rest = "-".join(words[:-1])
    return word_key(rest, True, latin), word_key(rest, False, latin), rest


def head_meets(e: Token, a: Token, glossary: Glossary) -> bool:
    """Is e a phrase or compound ending in a class noun ("document store", "Wide-Column-Speicher")
    whose other words the answer's word a says ("documents", "wide column")?"""
    if a.kind != "word" or a.neg or e.neg or e.kind != "word" or (" " not in e.low and "-" not in e.low):
        return False
    found = _class_phrase(e.low, glossary.latin)
    if found is None:
        return False
    key, ukey, rest = found
    term = glossary.term_of(key, ukey, rest)
    if term is not None and term == a.term:
        return True
    return a.term is None and (keys_match(key, a.key) or keys_match(ukey, a.ukey))

#: The shortest key a compound's head must have to stand for the word itself, and the fewest
#: letters in front of it ("objektrelational" ends in "relational").
HEAD_MIN = 5
MODIFIER_MIN = 3


def compound_head_meets(e: Token, a: Token, prefixes: tuple[str, ...]) -> bool:
    """Is the answer's word a compound whose head is the expected word: a kind of it
    ("semi-hierarchical", "vorpartitioniert"; "objektrelationale" where the expected text names
    that kind too, else unnamed_kinds rules it out)? Never a glossary term or value (a term
    says more), nor a head behind a negating prefix (prefixes: their keys)."""
    if a.kind != "word" or e.kind != "word" or a.neg or e.neg or a.term is not None or e.group is not None:
        return False
    if a.parts:
        return len(a.parts) >= 2 and a.parts[0] not in prefixes and keys_match(a.parts[-1], e.key)
    for mine, theirs in ((a.key, e.key), (a.ukey, e.ukey)):
        if len(theirs) >= HEAD_MIN and len(mine) - len(theirs) >= MODIFIER_MIN and mine.endswith(theirs):
            return not any(mine[: len(mine) - len(theirs)] == p for p in prefixes)
    return False


def _kind_compound(a: Token, exp_words: list[Token], glossary: Glossary, prefixes: tuple[str, ...]) -> bool:
    """Is the answer's word a modifier glued to a word the expected text says ("object-relational",
    "objektrelational" beside "relational")? Not when the modifier is a term, a negating prefix
    (an opposite, judged elsewhere), a lexicon's combining form ("multi-", "vor-": the compound
    still says its head) or a word the expected text says too ("LSM-tree" for "LSM tree"), nor
    when the whole word is a glossary spelling ("ultra-fast")."""
    if a.kind != "word" or a.neg or a.low.startswith(tuple(lexicons().combining_forms)):
        return False
    if a.parts and any(keys_match(a.parts[0], e.key) for e in exp_words):
        return False  # "LSM-tree" for "LSM tree": the expected text says the modifier too
    if len(a.parts) >= 2 and a.term is not None:
        return (a.parts[0] not in prefixes and a.term == glossary.term_of(a.parts[-1])
                and glossary.term_of(a.parts[0]) is None and glossary.term_of(a.key, a.ukey, a.low) is None)  # fmt: skip
    if a.term is not None or (not a.parts and len(a.key) < HEAD_MIN + MODIFIER_MIN):
        return False
    if a.parts:
        return any(compound_head_meets(e, a, prefixes) for e in exp_words)
    ends = head_ends(a)  # only an expected word its keys end in may be its head
    return any(compound_head_meets(e, a, prefixes) for e in exp_words if e.key in ends or e.ukey in ends)


def head_ends(a: Token) -> set[str]:
    """The ends of a word's keys that compound_head_meets may find its head (HEAD_MIN letters or
    more, MODIFIER_MIN before them): an unhyphenated word's head is one of them."""
    return {k[-n:] for k in (a.key, a.ukey) for n in range(HEAD_MIN, len(k) - MODIFIER_MIN + 1)}


def unnamed_kinds(exp_words: list[Token], ans_words: list[Token], glossary: Glossary, prefixes: tuple[str, ...]) -> set[int]:
    """The answer words that name a narrower kind of an expected word ("object-relational" for
    "Relational") where the expected text names no such compound itself: another kind, which
    covers no expected word. Where it does ("Relational (object-relational)"), it covers both."""
    return {
        j for j, a in enumerate(ans_words)
        if _kind_compound(a, exp_words, glossary, prefixes)
        and not any(keys_match(e.key, a.key) or (e.matches(a) and (len(e.parts) >= 2 or len(a.parts) < 2)) for e in exp_words)
    }  # fmt: skip
