"""A term that says a word's absence ("ohne Master", "masterless", "without a leader") is
contradicted by an answer naming that word as present ("Ring mit Master", "with a leader"):
the glossary joins such phrases into one term, so the negation the analysis reads elsewhere
("kein ACID" / "ACID") would never see them.
"""

from __future__ import annotations

from .analysis import Token
from .glossary import Glossary
from .lexicon import lexicons
from .results import Hit
from .text import keys_match, suffix_base, word_key


def denied_word(t: Token, latin: str) -> str:
    """The word a term token says is absent: the last word of a phrase opening with a negator
    or a no-word ("ohne master", "no leader"), the base of a word with a negating suffix
    ("masterless"); else ""."""
    if t.kind != "word" or t.term is None or t.neg:
        return ""
    words = t.low.split()
    lex = lexicons()
    if len(words) >= 2 and (words[0] in lex.negators or words[0] in lex.no):
        return words[-1]
    return suffix_base(t.low, latin) if len(words) == 1 else ""


def _says_present(a: Token, nxt: Token | None, word: str, term: int | None, latin: str) -> bool:
    suffixed = nxt is not None and nxt.start == a.end + 1 and nxt.low in lexicons().negating_suffixes
    if a.kind != "word" or a.neg or a.paren or suffixed or suffix_base(a.low, latin):
        return False  # "masterless", "master-less" (typed as two values) say the absence too
    if term is not None and a.term == term:
        return True
    return a.term is None and keys_match(a.key, word_key(word, True, latin))


def denied_terms(e_toks: list[Token], a_toks: list[Token], glossary: Glossary) -> list[Hit]:
    """An expected term saying a word is absent against an answer naming that word plainly
    (and not the term itself), in either direction."""
    for said, other in ((e_toks, a_toks), (a_toks, e_toks)):
        for t in said:
            word = denied_word(t, glossary.latin)
            if not word or any(o.term == t.term for o in other):
                continue
            term = glossary.term_of(word_key(word, True, glossary.latin), word_key(word, False, glossary.latin), word)
            named = next((a for a, nxt in zip(other, [*other[1:], None]) if _says_present(a, nxt, word, term, glossary.latin)), None)
            if named is not None:
                wrong = named.raw if other is a_toks else t.raw
                return [(f"opposite: '{named.raw}' vs '{t.raw}'", (wrong,))]
    return []


def denied_other_value(e: Token, a: Token, glossary: Glossary) -> bool:
    """Is the answer word the denial of the one other value of the expected word's two-value
    group ("no global order" for "within a partition", "nicht synchron" for "asynchron")?
    Denying one of two values says the other; in a group of three or more it says neither."""
    if not a.neg or e.neg or e.group is None or a.group != e.group or a.value == e.value:
        return False
    group = glossary.groups.get(e.group)
    return group is not None and len(group.values) == 2


def denial_words_hit(exp_words: list[Token], ans_words: list[Token], a_hit: list[bool], glossary: Glossary) -> list[bool]:
    """a_hit with the words of a denial that says the expected value ("no global order across
    the topic" for "within a partition"): the rest of that part only says what is denied, so
    it costs nothing (a value of another group or a subject stays a claim of its own)."""
    denials = {
        (a.major, a.neg_start, a.group, a.value) for a, h in zip(ans_words, a_hit)
        if h and a.neg and a.group is not None and any(denied_other_value(e, a, glossary) for e in exp_words)
    }  # fmt: skip
    if not denials:
        return a_hit
    return [  # the denied value said again in the denial ("across" after "no global") is part of it
        h or (a.kind == "word" and any(a.major == m and a.start > s and (a.group is None or (a.group, a.value) == (g, v))
                                       for m, s, g, v in denials))
        for a, h in zip(ans_words, a_hit)
    ]  # fmt: skip
