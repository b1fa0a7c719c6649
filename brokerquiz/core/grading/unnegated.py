"""A sentence of the model answer denied said plainly: "when a whole queue expires, its messages
are not dead-lettered" in the model answer, "when the whole queue expires, all its messages get
dead-lettered" in the answer. Every other word of the sentence is said, its circumstance too, and
the one word the model answer denies is said without a negator: the answer claims what the model
answer rules out, a flip in any language, however right the rest.

A model answer's sentence (between . ; ! ?) counts when it denies exactly one word, which it
does not also say plainly, and says at least three words of content besides; an answer's
sentence says it plainly when it says every one of those words and the denied one, and the answer
has no negator nor a no of its own anywhere (a denial the model answer does not share, "not",
"without", "nope." before it, leaves the reading open; a shared "requeue=false" does not). Words
in parentheses and set aside are no sentence's claim.
"""

from __future__ import annotations

from functools import lru_cache

from .analysis import Token, analyze
from .sentencecuts import token_sentences
from .subjects import SubjectIndex


def _content(t: Token) -> bool:
    return t.kind in ("word", "subj") and not t.paren and not t.aside


@lru_cache(maxsize=4096)  # deck text only: the same sentences for every answer to a card
def _denying(expected: str, index: SubjectIndex) -> tuple[list[Token], list[tuple[Token, list[Token]]]] | None:
    """(the model answer's denials and noes, (the one denied word, the rest's words) of each sentence
    denying one word it does not also say plainly, beside three words or more); None when it denies
    nothing (read only)."""
    e_toks = analyze(expected, index).toks
    if not any(t.neg for t in e_toks):
        return None
    e_denials = [t for t in e_toks if t.neg or t.kind in ("neg", "pol")]
    out = []
    for said in token_sentences(expected, e_toks):
        denied = [t for t in said if t.neg and _content(t)]
        rest = [t for t in said if not t.neg and _content(t)]
        if len(denied) != 1 or len(rest) < 3 or any(denied[0].matches(r) for r in rest):
            continue  # the sentence says the denied word plainly too ("num_ack_pending, delivered without an ack")
        out.append((denied[0], rest))
    return e_denials, out


def undenied_sentence(expected: str, answer: str, index: SubjectIndex) -> tuple[str, ...]:
    """The answer's word saying plainly what a sentence of the model answer denies (see the
    module's doc); () when none."""
    denying = _denying(expected, index)
    if denying is None:
        return ()
    e_denials, sentences = denying
    a_toks = analyze(answer, index).toks
    if any((t.neg or t.kind in ("neg", "pol")) and not any(t.matches(e) and t.neg == e.neg for e in e_denials) for t in a_toks):
        return ()  # a denial or a no of its own ("nope. once you have requeues ... the order breaks"), not a shared "requeue=false"
    a_sentences = [[t for t in sentence if _content(t)] for sentence in token_sentences(answer, a_toks)]
    for denied_word, rest in sentences:
        for words in a_sentences:
            if all(any(w.matches(e) for w in words) for e in rest):
                hit = [w for w in words if w.matches(denied_word) and not w.neg]
                if hit:
                    return (hit[0].raw,)
    return ()
