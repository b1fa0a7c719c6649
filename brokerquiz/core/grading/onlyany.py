"""Any where the model answer says only: "works with any external system" beside "only from one cluster to another".

A model answer bounding a claim with one of the lexicons' only_words ("only", "nur") says
the claim holds of what follows it and nothing else. An answer saying one of the sweeping words
(every, any, always; not denied, outside parentheses) that neither the model answer nor the question
says claims it of all: the bound turned into its opposite, a flip, whatever else it says right.
"""

from __future__ import annotations

from .analysis import analyze
from .lexicon import lexicons
from .results import fragments
from .subjects import SubjectIndex
from .sweeping import new_sweeping_words, spellings_of
from .text import fold


def any_for_only(expected: str, answer: str, asked: str, index: SubjectIndex) -> tuple[str, ...]:
    """The answer's sweeping words where the model answer bounds its claim with an only-word."""
    only = lexicons().only_words
    if not any(fold(t.low) in only for t in analyze(expected, index).toks):
        return ()
    ans = analyze(answer, index)
    new = set(new_sweeping_words(ans, (expected, asked), index))
    if not new:
        return ()
    denying = {t.major for t in ans.toks if t.kind in ("neg", "pol")}
    found = [t.raw for t in ans.toks if not t.paren and not t.neg and t.major not in denying
             and t.kind in ("word", "stop") and spellings_of(fold(t.low)) & new]
    return fragments(found)
