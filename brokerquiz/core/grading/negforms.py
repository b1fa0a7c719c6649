"""A word and its form with a negating prefix (immutable / mutable, async / sync): the
same word said the other way, never a piece of an identifier or a different glossary term."""

from __future__ import annotations

from .analysis import Token
from .glossary import Glossary
from .keymeet import negates, prefix_keys


def negated_forms(x: Token, y: Token, glossary: Glossary | None = None) -> bool:
    """Is one token the other with a negating prefix (immutable / mutable, async / sync)?
    Never a piece of an identifier ("min.insync.replicas"), and never when the word left
    after the prefix is a glossary term the other token is not ("in" + "sync" is no
    negation of "since", which only keys alike)."""
    if x.kind != "word" or y.kind != "word" or x.key[:1] == "§" or y.key[:1] == "§" or x.ident or y.ident:
        return False
    for a, b in ((x.ukey, y.ukey), (x.key, y.key)):
        if a and b and a[-2:] == b[-2:] and (negates(a, b) or negates(b, a)):
            if glossary is not None and _other_term(x if len(a) > len(b) else y, y if len(a) > len(b) else x, glossary):
                continue
            return True
    return False


def _other_term(prefixed: Token, plain_: Token, glossary: Glossary) -> bool:
    """Is the prefixed word's remainder a glossary term that the plain word is not?"""
    for pk in prefix_keys():
        if prefixed.ukey.startswith(pk) and len(prefixed.ukey) > len(pk):
            rest = glossary.term_of(prefixed.ukey[len(pk) :])
            if rest is not None:
                return rest != plain_.term and rest != glossary.term_of(plain_.key, plain_.ukey)
    return False
