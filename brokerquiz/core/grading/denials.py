"""An answer denying the question's own verb of something the model answer says does it:
"consumers leaving don't trigger it" to "What triggers a rebalance?" when the model answer lists
members leaving among the triggers.

A negator before a word denies that word ("not trigger"), and the question's words cost nothing
either way, so such a denial would go unseen. But the question's verb denied says that what
the part names is not the thing asked for: when the model answer names it (plainly, with no
negation in its part) and does not say the question's word itself (its verb is the question's,
"no partitions" names a thing it talks about), the answer contradicts it.
"""

from __future__ import annotations

from .analysis import Token, analyze
from .lexicon import lexicons
from .subjects import SubjectIndex


def _words(toks: list[Token]) -> list[Token]:
    return [t for t in toks if t.kind in ("word", "subj") and not t.paren]


def denied_asked(expected: str, answer: str, question: str, index: SubjectIndex) -> tuple[str, ...]:
    """The answer's words a denied question word says are not what is asked, when the expected
    text names them as what is asked; () otherwise."""
    ans = analyze(answer, index)
    if not ans.has_neg or not question:
        return ()
    asked = [t for t in analyze(question, index).toks if t.kind == "word"]
    no_words = lexicons().no
    negators = {t.start: t for t in ans.toks if t.kind == "neg" and t.low not in no_words}  # "don't", not "no FIFO"
    denied = [a for a in _words(ans.toks)  # a value of an opposite group ("not more than") is a claim, no verb
              if a.neg and a.group is None and a.neg_start in negators and any(a.matches(q) for q in asked)]
    if not denied:
        return ()
    exp = analyze(expected, index).toks
    # a question word the model answer says itself is a thing it talks about ("no partitions"), not the verb asked
    denied = [a for a in denied if not any(a.matches(e) for e in _words(exp))]
    if not denied:
        return ()
    negated_chunks = {t.chunk for t in exp if t.neg or t.kind == "neg"}
    plain = [e for e in _words(exp) if not e.neg and e.chunk not in negated_chunks and not any(e.matches(q) for q in asked)]
    for verb in denied:
        named = [a for a in _words(ans.toks) if a.chunk == verb.chunk and a is not verb and not a.neg
                 and not any(a.matches(q) for q in asked)]  # fmt: skip
        said = [a for a in named if any(a.matches(e) for e in plain)]
        if said:
            return tuple(dict.fromkeys([*(a.raw for a in said), verb.raw]))
    return ()
