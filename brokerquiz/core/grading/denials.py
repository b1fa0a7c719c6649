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

import re

from .analysis import Token, analyze
from .instead import set_aside
from .lexicon import lexicons
from .subjects import SubjectIndex
from .text import fold, lexicon_words


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
    # a question word the model answer says itself is a thing it talks about ("no partitions"), not the verb asked;
    # so is one it sets aside ("key by the order instead of the customer", instead.py)
    turned_down = set_aside(exp)
    denied = [a for a in denied if not any(a.matches(e) for e in exp if e in _words(exp) or e.start in turned_down)]
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


def asserted_asked(expected: str, answer: str, question: str, index: SubjectIndex) -> tuple[str, ...]:
    """A clause opened by a contrast marker (the lexicons' contrast_markers: "but", "however", "aber")
    that says the question's own words plainly (two or more that the model answer does not say), with
    no negation, in an answer to a yes/no question whose model answer says no: "no, the pool runs only
    on local disks, but a network share is still needed" to "Does the pool still need a network
    share?" answers it yes after all. The clause after the marker still counts: the opening "no"
    does not cover it."""
    exp = analyze(expected, index)
    if exp.pol != "no" or not question:
        return ()
    ans = analyze(answer, index)
    markers = lexicon_words("contrast_markers")
    opens = [n for n, t in enumerate(ans.toks) if n and fold(t.low) in markers]
    if not opens:
        return ()
    told = _words(exp.toks)  # what the model answer talks about is no word of the question's claim
    # the question's words, not its subjects: "but X supports it via a plugin" names the subject asked about
    asked = [q for q in _words(analyze(question, index).toks) if q.kind == "word" and not any(q.matches(e) for e in told)]
    options = lexicon_words("option_markers")
    cuts = [m.end() for m in re.finditer(r"[.;!?](?:\s|$)", answer)] + [len(answer) + 1]
    for n in opens:
        end = next(c for c in cuts if c > ans.toks[n].start)
        clause = [t for t in ans.toks[n + 1 :] if t.start < end]
        if any(t.neg or t.kind in ("neg", "pol") or fold(t.low) in options for t in clause):
            continue  # a denial, or an option ("but you can keep it if needed"): no flat yes
        said = [t for t in _words(clause) if any(t.matches(q) for q in asked)]
        if len({q.start for t in said for q in asked if t.matches(q)}) >= 2:
            return (answer[ans.toks[n].start : clause[-1].end],)
    return ()
