"""The two texts' tokens as grade_text compares them: words one side typed apart joined where
the other has them as one, acronyms joined to the words they spell, compounds split into the
other side's words, a family's names keyed by their distinct hump, separable verbs joined.

Each step returns the tokens it is given when it changes none (most answers, most steps): while
a side's tokens are still its analysis's, what they say alone (their runs of words, plurals,
possible compounds, families, separable verbs) is read from that analysis's memo, derived once.
"""

from __future__ import annotations

from .analysis import AnalyzedText, Token
from .compounds import split_compounds
from .glossary import Glossary
from .initials import by_distinct_hump, join_initials
from .joins import join_split_words, one_word_keys
from .separable import join_separated


def joined_sides(exp: AnalyzedText, ans: AnalyzedText, latin: str, glossary: Glossary | None) -> tuple[list[Token], list[Token]]:
    """(expected tokens, answer tokens), each side's words joined or split as the other side says them."""
    e_all = join_split_words(exp.toks, ans.once("joins.vocab", lambda: one_word_keys(ans.toks)), latin, exp)  # type: ignore[arg-type]
    a_all = join_split_words(ans.toks, exp.once("joins.vocab", lambda: one_word_keys(exp.toks)), latin, ans)  # type: ignore[arg-type]
    e_all, a_all = join_initials(e_all, ans.toks, exp.of_own(e_all), ans), join_initials(a_all, exp.toks, ans.of_own(a_all), exp)
    e_own, a_own = exp.of_own(e_all), ans.of_own(a_all)
    e_all, a_all = split_compounds(e_all, a_all, latin, glossary, e_own, a_own), split_compounds(a_all, e_all, latin, glossary, a_own, e_own)
    e_own = exp.of_own(e_all)
    e_all, a_all = by_distinct_hump(e_all, e_all, e_own), by_distinct_hump(a_all, e_all, e_own)  # "source" for MirrorSourceConnector
    if glossary is not None:  # separable verbs: "gibt ihren Platz frei"
        e_all, a_all = join_separated(e_all, glossary, exp.of_own(e_all)), join_separated(a_all, glossary, ans.of_own(a_all))
    return e_all, a_all
