"""An answer's opening yes/no to a yes/no question whose model answer says neither.

"Does the log cleaner remove old versions right away?" has the model answer "The active segment
is never compacted, ...": its yes or no is left to the reasons. A candidate answers such a
question as one does, "no, the active segment ...": the opening "no" is the question's answer
in one word, and the reasons that follow are what is graded; the word itself is neither an
extra claim nor a contradiction of a text that has no yes/no to contradict. Which questions ask
yes or no is data: the lexicons' `yes_no_openers` (the question's first word) and
`yes_no_particles` (a word anywhere: the Russian question particle).

A model answer that opens with the question's own opener ("Can X ...?" - "Can: ..."; a Russian
"may one ...?" answered "one may: ..." in the same word) says yes in the question's word, and one that opens with
a negator before it says no: an answer opening with the other yes/no contradicts it
(`opposite_opening`) and is not the "no, <reasons>" above.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .analysis import analyze
from .sentences import sentences
from .subjects import SubjectIndex
from .text import WORD, fold, lexicon_words


@lru_cache(maxsize=1)
def _question_words() -> tuple[frozenset[str], frozenset[str]]:
    """(openers, particles) of every lexicon, folded."""
    return lexicon_words("yes_no_openers"), lexicon_words("yes_no_particles")


def asks_yes_or_no(question: str) -> bool:
    """Is this a yes/no question: it ends with "?" and opens with a lexicon's yes/no opener, or
    says one of its particles ("Does ...?", or a particle in a Russian question), or says no
    question word nor disjunction (asked by its "?" alone)."""
    question = question.strip()
    if not question.endswith("?"):
        return False
    # the last sentence is the question ("You said X. Does Y ...?")
    last = re.split(r"(?<=[.!?])\s+", question)[-1]
    words = [m.group() for m in WORD.finditer(fold(last))]
    if not words:
        return False
    openers, particles = _question_words()
    if words[0] in openers or any(w in particles for w in words):
        return True
    # asked by its "?" alone ("the log keeps order?"): no question word, no alternatives ("X or Y?")
    return not any(w in _others() for w in words)


@lru_cache(maxsize=1)
def _others() -> frozenset[str]:
    """The words of a question asking something else than yes or no: question words, disjunctions."""
    return lexicon_words("question_words", "disjunctions")


_LEAD = re.compile(r"^[\s,;:.!\-\u2013\u2014]+")


def implied_yes_no(expected: str, question: str, index: SubjectIndex) -> str | None:
    """"yes" when the expected text opens with the yes/no question's opener (the same word in
    any form), "no" when it opens with a negator before it; None otherwise."""
    if not question or not asks_yes_or_no(question):
        return None
    last = re.split(r"(?<=[.!?])\s+", question.strip())[-1]
    said = analyze(last, index).toks
    opener = said[0] if said and fold(said[0].low) in _question_words()[0] else None
    toks = [t for t in analyze(expected, index).toks if t.kind != "stop"]
    if opener is not None and toks and toks[0].kind == "word" and toks[0].matches(opener) and not toks[0].neg:
        return "yes"
    if opener is not None and len(toks) > 1 and toks[0].kind == "neg" and toks[1].kind == "word" and toks[1].matches(opener):
        return "no"
    # the lead sentence denies what the question asks about ("Is there a built-in X?" - "... no X in the broker")
    asked = [t for t in said if t.kind == "word" and t is not opener and not t.paren]
    lead = sentences(expected)[0] if expected.strip() else ""
    if any(t.neg and t.kind == "word" and any(t.matches(q) for q in asked) for t in analyze(lead, index).toks):
        return "no"
    return None


def opposite_opening(expected: str, answer: str, question: str, index: SubjectIndex) -> str | None:
    """The answer's opening yes/no word when it is the other one than the expected text says
    in the question's opener (see the module's doc); None otherwise."""
    ans = analyze(answer, index)
    first = next((t for t in ans.toks if t.kind != "stop"), None)
    # an opening "cannot" ("cannot, ...": the lexicons' no_openers) answers "can one ...?" no
    denies = ans.pol is None and first is not None and fold(first.low) in _no_openers()
    if ans.pol is None and not denies:
        return None
    implied = implied_yes_no(expected, question, index)
    if implied is None or implied == ("no" if denies else ans.pol):
        return None
    return first.raw if denies else next(t.raw for t in ans.toks if t.kind == "pol")  # type: ignore[union-attr]


@lru_cache(maxsize=1)
def _no_openers() -> frozenset[str]:
    return lexicon_words("no_openers")


def without_opening_yes_no(expected: str, answer: str, question: str, index: SubjectIndex) -> str | None:
    """The answer without its opening yes/no, when the question asks yes or no, the expected text
    says no yes/no itself (nor one in the question's opener against the answer's), and the
    answer goes on after it; None otherwise."""
    if not question or not asks_yes_or_no(question):
        return None
    ans = analyze(answer, index)
    if ans.pol is None or analyze(expected, index).pols or opposite_opening(expected, answer, question, index):
        return None
    first = next((t for t in ans.toks if t.kind != "stop"), None)
    if first is None or first.kind != "pol":
        return None
    rest = _LEAD.sub("", answer[first.end :])
    return rest if any(t.kind in ("word", "subj") for t in analyze(rest, index).toks) else None
