"""Another outcome of the same circumstance: a clause of the answer opening with a condition word
(the lexicons' condition_words: if, when, wenn) whose condition is one the model answer states,
every word of it, while what follows it says none of what follows there and a word the model
answer never says, one a value of an opposite group ("if there are no subscribers, the server
keeps the request" where the model answer says "if there are no subscribers, the server returns
no responders at once"); words of no group may only paraphrase. The actor, one of the first
two words after the condition ("the server keeps", "stellt der Broker"), may be the same: what
it does is the claim. An actor is followed by what it does: a word the two outcomes share as their
last ("it is simply lost" for "the reply is lost") is the outcome itself, no actor set aside.

A condition is the words after a condition word opening its part up to the end of the part (a
comma); its outcome, the words after it up to the end of the sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .analysis import Token, analyze
from .results import fragments
from .subjects import SubjectIndex
from .text import lexicon_words

_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
#: The share of the model answer's outcome (its actor aside) below which the answer's is another one.
OUTCOME_SHARE = 0.5


@lru_cache(maxsize=1)
def _markers() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(m.split()) for m in lexicon_words("condition_words")), key=len, reverse=True))


def _conditionals(text: str, index: SubjectIndex) -> list[tuple[list[Token], list[Token]]]:
    """(condition words, outcome words) of each clause of the text opening with a condition word."""
    toks = analyze(text, index).toks
    markers = _markers()
    if not markers:
        return []
    lows = [t.low for t in toks]
    firsts = {r[0] for r in markers}
    if firsts.isdisjoint(lows):
        return []
    cuts = [m.end() for m in _SENTENCE_END.finditer(text)]
    out = []
    for i in range(len(toks)):
        if lows[i] not in firsts:
            continue
        run = next((r for r in markers if tuple(lows[i : i + len(r)]) == r), None)
        if run is None:
            continue
        start = i + len(run)
        major = toks[i].major
        if start >= len(toks) or any(t.major == major and t.kind != "stop" for t in toks[:i]):
            continue  # "X when Y": the outcome comes first, no clause opening with its condition
        end = next((c for c in cuts if c > toks[i].start), len(text) + 1)
        cond = [t for t in toks[start:] if t.major == major and t.kind in ("word", "subj", "neg", "pol")]
        rest = [t for t in toks[start:] if t.major != major and t.start < end and t.kind in ("word", "subj", "neg") and not t.paren]
        if cond and rest:
            out.append((cond, rest))
    return out


def _same_condition(a: list[Token], e: list[Token]) -> bool:
    """Every word of the model answer's condition said in the answer's, negated alike."""
    words = [t for t in e if t.kind != "neg"]
    negated = any(t.kind == "neg" or t.neg for t in e)
    return bool(words) and negated == any(t.kind == "neg" or t.neg for t in a) and all(
        any(x.matches(t) for x in a if x.kind != "neg") for t in words)


def other_outcomes(expected: str, answer: str, index: SubjectIndex) -> tuple[str, ...]:
    """The answer's outcome words (values of a group) of a circumstance the model answer gives another outcome of."""
    said = _conditionals(answer, index)
    if not said:
        return ()
    given = _conditionals(expected, index)
    if not given:
        return ()
    everywhere = [t for t in analyze(expected, index).toks if t.kind in ("word", "subj")]
    for cond, outcome in said:
        for e_cond, e_outcome in given:
            if not _same_condition(cond, e_cond):
                continue
            theirs, mine = [t for t in e_outcome if t.kind != "neg"], [t for t in outcome if t.kind != "neg"]
            # the same actor among the first two words ("the server keeps", "stellt der Broker"): what it does is the claim
            # an actor is followed by what it does: a shared last word is the outcome itself ("it is simply lost" / "the reply is lost")
            actor = next(((i, j) for i in range(min(2, len(mine) - 1)) for j in range(min(2, len(theirs) - 1))
                          if mine[i].matches(theirs[j])), None)
            if actor is not None:
                mine, theirs = mine[: actor[0]] + mine[actor[0] + 1 :], theirs[: actor[1]] + theirs[actor[1] + 1 :]
            if not theirs or not mine:
                continue
            share = sum(any(x.matches(t) for x in mine) for t in theirs) / len(theirs)
            # a value of an opposite group the model answer never says ("keeps" where it "returns"): other words may paraphrase
            denying = {t.major for t in outcome if t.kind == "neg" or t.neg}  # "keeps nothing" keeps no value
            new = [x for x in mine if x.kind == "word" and x.major not in denying and x.group is not None
                   and not any(x.matches(t) for t in everywhere)]
            if share < OUTCOME_SHARE and new:
                return fragments(x.raw for x in new)
    return ()
