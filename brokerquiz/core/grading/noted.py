"""A sweeping or default word of an answer's elaboration that the card's note says of the same thing.

An answer that has said the whole expected text may go on in its own words (reasons.elaboration_free),
unless it adds a sweeping or default claim ("by default", "every", "always") the expected text and
the question do not make: that claim is its own. The card's note is what the deck itself says of
the cell ("Retention is set per topic (7 days by default)"): a default the answer adds that the note
states ("..., retention set per topic, 7 days by default") is the deck's claim, not the answer's own.

Only where the note says it plainly and of the same thing: in a part of the note with no negator
("relies on replication, not on an fsync of every message" vouches for no "every"), sharing a word
of content with the answer's part that says it ("7 days" beside "by default").
"""

from __future__ import annotations

from .analysis import AnalyzedText, analyze
from .subjects import SubjectIndex
from .sweeping import sweeping_said


def noted_words(ans: AnalyzedText, note: str, index: SubjectIndex) -> frozenset[str]:
    """The sweeping and default words (spellings) the answer says that the note vouches for (module doc)."""
    if not note:
        return frozenset()
    said = [(w, t) for w, t in sweeping_said(ans.text, index) if t is not None]
    if not said:
        return frozenset()
    noted = analyze(note, index)
    denied = {t.chunk for t in noted.toks if t.kind == "neg" or t.neg}
    plain = [(w, t) for w, t in sweeping_said(note, index) if t is not None and t.chunk not in denied]
    out = set()
    for w, t in said:
        mine = [a for a in ans.toks if a.chunk == t.chunk and a.kind == "word" and a is not t and a.low != t.low]
        for v, n in plain:
            theirs = [b for b in noted.toks if b.chunk == n.chunk and b.kind == "word" and b is not n]
            if v == w and any(a.matches(b) for a in mine for b in theirs):
                out.add(w)
    return frozenset(out)
