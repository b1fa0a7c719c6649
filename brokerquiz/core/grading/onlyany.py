"""Any where the model answer says only: "works with any external system" beside "only from one cluster to another".

A model answer bounding a claim with one of the lexicons' only_words ("only", "nur") says
the claim holds of what follows it and nothing else. An answer saying one of the sweeping words
(every, any, always; not denied, outside parentheses) that neither the model answer nor the question
says claims it of all: the bound turned into its opposite, a flip, whatever else it says right.
A distributing one (the lexicons' each_words: each, every; not "any") said after a preposition right
before a thing the model answer says "per" of (the lexicons' per_words: "on each partition" where it
says "per partition") places the claim at each of those things: no claim of all (sweeping.each_of_named); "works with any external system" still is.
"""

from __future__ import annotations

from .analysis import analyze
from .lexicon import lexicons
from .results import fragments
from .subjects import SubjectIndex
from .sweeping import each_of_named, new_sweeping_words, spellings_of
from .text import fold, lexicon_words


def any_for_only(expected: str, answer: str, asked: str, index: SubjectIndex) -> tuple[str, ...]:
    """The answer's sweeping words where the model answer bounds its claim with an only-word."""
    only = lexicons().only_words
    if not any(fold(t.low) in only for t in analyze(expected, index).toks):
        return ()
    ans = analyze(answer, index)
    per, exp_toks = lexicon_words("per_words"), analyze(expected, index).toks
    told = [t for p, t in zip(exp_toks, exp_toks[1:]) if t.kind == "word" and p.chunk == t.chunk and fold(p.low) in per]
    new = set(new_sweeping_words(ans, (expected, asked), index))
    if not new:
        return ()
    denying = {t.major for t in ans.toks if t.kind in ("neg", "pol")}
    each = lexicon_words("each_words")  # "on each partition": this very word, not another "every" of the answer, nor "with any"
    placed = {i for i, t in enumerate(ans.toks) if each_of_named(_Part(ans.toks[max(0, i - 1) : i + 2]), told, placed=True)
              & spellings_of(fold(t.low)) & each}
    found = [t.raw for i, t in enumerate(ans.toks) if not t.paren and not t.neg and t.major not in denying and i not in placed
             and t.kind in ("word", "stop") and spellings_of(fold(t.low)) & new]
    return fragments(found)


class _Part:
    """A few tokens of the answer, read as a text by sweeping.each_of_named (its toks only)."""

    def __init__(self, toks):
        self.toks = toks

    def once(self, name, compute):  # as AnalyzedText.once, without its memo: a window lives for one call
        return compute()
