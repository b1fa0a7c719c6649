"""A denial the model answer's other sentences make themselves is no contradiction of this one.

A long model answer is graded sentence by sentence (sentences.right_by_sentences), each against the
whole answer, the other sentences' words costing nothing. An answer that says a later sentence's
denial ("without a default the change isn't backward compatible" for "A field without a default makes
the new schema backward incompatible") denies a word the lead sentence states plainly ("Give the
field a default"): against the lead alone it reads as "not X" for "X". The model answer denies it
too, of its own other sentence: the answer says that sentence, not the lead the other way.

A guard's finding is dropped only when each of its fragments is a denial (a negator and the words it
denies), each word it denies is denied in another sentence as well, and the answer's sentence holding
it says another word of that sentence, one the graded sentence does not say ("backward" beside
"without a default"): it answers that sentence. "Without a TTL on the queue, expired messages go to
the DLX" says only the lead's words beside its denial: the lead said the other way. A denial said with none of the other sentence's words but the denied one ("without a key,
round-robin per record" where that sentence goes on "without a key, the sticky partitioner ...")
may well say the lead the other way, and stays a contradiction.
"""

from __future__ import annotations

import re

from .analysis import AnalyzedText, analyze
from .results import Hit
from .subjects import SubjectIndex


def without_denials_beside(hits: list[Hit], exp: AnalyzedText, ans: AnalyzedText, beside: str, index: SubjectIndex) -> list[Hit]:
    """The guards' hits without those whose every fragment is a denial the beside text makes too (module doc)."""
    if not hits or not beside:
        return hits
    other = analyze(beside, index)
    own = [e for e in exp.toks if e.kind == "word"]  # the graded sentence's words: no sign of the other sentence
    denied = [t for t in other.toks if t.neg and t.kind in ("word", "subj")]
    if not denied:
        return hits

    def made_beside(fragment: str) -> bool:
        at = ans.text.find(fragment)
        span = [t for t in ans.toks if at >= 0 and at <= t.start and t.end <= at + len(fragment)]
        words = [t for t in span if t.neg and t.kind in ("word", "subj")]
        if not any(t.kind == "neg" for t in span) or not words:
            return False
        mine = _sentence_words(ans, at, span)
        for w in words:
            places = {_sentence_of(beside, d.start) for d in denied if w.matches(d)}
            theirs = [t for t in other.toks if t.kind == "word" and not w.matches(t) and _sentence_of(beside, t.start) in places
                      and not any(t.matches(e) for e in own)]
            if not places or not any(m.matches(t) for m in mine for t in theirs):
                return False
        return True

    return [(reason, frags) for reason, frags in hits if not (frags and all(made_beside(f) for f in frags))]


_END = re.compile(r"[.;!?](?:\s|$)")


def _sentence_of(text: str, at: int) -> int:
    """The number of the sentence of text that position at is in."""
    return sum(1 for m in _END.finditer(text) if m.end() <= at)


def _sentence_words(ans: AnalyzedText, at: int, span: list) -> list:
    """The words of the answer's sentence holding position at, the fragment's own words aside."""
    n = _sentence_of(ans.text, at)
    return [t for t in ans.toks if t.kind == "word" and t not in span and _sentence_of(ans.text, t.start) == n]
