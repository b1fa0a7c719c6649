"""A hyphenated compound of two glossary terms says both: "xid-wraparound" is the wraparound of the
transaction IDs, "multi-document" transactions run over several documents.

A compound that is no glossary spelling as a whole takes the term of one piece (its head, or the
piece the glossary knows: "xid-wraparound" is a transaction ID by "xid"); the other pieces are
terms too, and the compound says them as its words typed apart would. So an expected word that is
the term of any piece is met ("Überlauf der Transaktions-IDs" by "xid-wraparound"; "über mehrere
Dokumente" by "multi-document"), unless a word of the answer's own says that term: then that word
is where the answer says it ("single-document atomic; multi-document transactions": the document
of "atomic per document" is the one the second part names). A compound that is a spelling of its own ("read-committed", an
isolation level) says no piece's term: its pieces are not its meaning. A first piece that counts
(the lexicons' several_forms: "multi-") says the counted group's value of more than one; one that
counts one (single_forms: "single-cluster") makes a claim of its count, which the expected text may
deny ("across several clusters"): such a compound says no piece's term.
"""

from __future__ import annotations

from functools import lru_cache

from .analysis import Token
from .glossary import Glossary
from .identifiers import named
from .text import lexicon_words, word_key


@lru_cache(maxsize=8)
def _several(glossary: Glossary) -> tuple[frozenset[str], frozenset[int], frozenset[str]]:
    """(the several_forms' keys, the terms of the counted groups' last value: "several", the single_forms' keys)."""
    keys = frozenset(word_key(w, True, glossary.latin) for w in lexicon_words("several_forms"))
    ones = frozenset(word_key(w, True, glossary.latin) for w in lexicon_words("single_forms"))
    terms = frozenset(i for g in glossary.groups.values() if g.counted and g.values
                      for i, t in enumerate(glossary.terms) if t.group == g.name and t.value == g.values[-1])
    return keys, terms, ones


def piece_terms(a: Token, glossary: Glossary) -> frozenset[int]:
    """The terms of a hyphenated word's pieces when its own term is one of them (or it has none); else none."""
    if len(a.parts) < 2 or a.kind != "word" or a.neg or named(a):
        return frozenset()  # an identifier is one name ("records-lag-max"): no piece's term (identifiers.py)
    keys, several, ones = _several(glossary)
    if a.parts[0] in ones:
        return frozenset()  # "single-cluster": a count of its own
    terms = frozenset(t for t in (glossary.term_of(p) for p in a.parts) if t is not None)
    if a.term is not None and a.term not in terms:
        return frozenset()  # a spelling of its own ("read-committed")
    return terms | several if a.parts[0] in keys else terms


def pieced(ans_words: list[Token]) -> list[int]:
    """The places of the answer words piece_terms may find terms in: hyphenated plain words."""
    return [j for j, a in enumerate(ans_words) if len(a.parts) >= 2 and a.kind == "word" and not a.neg]
