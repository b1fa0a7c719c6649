"""Two things the question names, each said with the other's words: "cooperative revokes all
partitions, eager only the ones that move" for a model answer the other way round.

A question contrasting two things ("How does an eager rebalance differ from a cooperative
one?", "BACKWARD against FORWARD") names them, and its model answer names each once and then
says what holds for it. Each such name (a word of the question the expected text says exactly
once) opens a region of the text that runs to the next name. An answer naming two of them says
each region's claims again; when every region of the answer says (besides the question's own
words) no more of its own name's expected region than of another name's region, and at least
one says less, the answer has swapped them: a contradiction, however many words it shares.
Words that two expected regions both say tell nothing and are not counted.
"""

from __future__ import annotations

from .analysis import Token, analyze
from .subjects import SubjectIndex


def _content(text: str, index: SubjectIndex) -> list[Token]:
    return [t for t in analyze(text, index).toks if t.kind in ("word", "subj") and not t.paren]


def _anchors(asked: list[Token], exp: list[Token], ans: list[Token]) -> list[tuple[int, list[int]]]:
    """(place in the expected text, places in the answer) of each question word the expected
    text says exactly once and the answer says too."""
    out: list[tuple[int, list[int]]] = []
    for q in asked:
        at = [i for i, t in enumerate(exp) if t.matches(q)]
        said = [j for j, t in enumerate(ans) if t.matches(q)]
        if len(at) == 1 and said and all(at[0] != i for i, _ in out):
            out.append((at[0], said))
    return out


def _regions(places: list[tuple[int, int]], words: list[Token]) -> list[tuple[int, list[Token]]]:
    """(anchor, the words from after its place to the next anchor's place) for each place."""
    places = sorted(places)
    return [(k, words[p + 1 : places[n + 1][0] if n + 1 < len(places) else len(words)]) for n, (p, k) in enumerate(places)]


def swapped(expected: str, answer: str, question: str, index: SubjectIndex) -> tuple[str, ...]:
    """The answer's words that say another named thing's claims, when the answer swaps the
    things the question names (see the module's doc); () when it does not."""
    asked = _content(question, index)
    if not asked:
        return ()
    exp, ans = _content(expected, index), _content(answer, index)
    anchors = _anchors(asked, exp, ans)
    if len(anchors) < 2:
        return ()
    e_regions = dict(_regions([(p, k) for k, (p, _) in enumerate(anchors)], exp))

    def own_words(k: int) -> list[Token]:  # an expected region's words no other region says, nor the question
        others = [w for m, ws in e_regions.items() if m != k for w in ws]
        return [w for w in e_regions[k] if not any(w.matches(o) for o in others) and not any(w.matches(q) for q in asked)]

    distinct = {k: own_words(k) for k in e_regions}
    judged: list[tuple[int, int, int, list[Token]]] = []
    for k, words in _regions([(j, k) for k, (_, said) in enumerate(anchors) for j in said], ans):
        count = {m: [w for w in words if any(w.matches(d) for d in ds)] for m, ds in distinct.items()}
        other = max((len(v) for m, v in count.items() if m != k), default=0)
        if count[k] or other:
            judged.append((k, len(count[k]), other, [w for m, v in count.items() if m != k for w in v]))
    if len({k for k, *_ in judged}) < 2 or not all(own <= other for _, own, other, _ in judged):
        return ()
    if not any(own < other for _, own, other, _ in judged):
        return ()
    return tuple(dict.fromkeys(w.raw for *_, ws in judged for w in ws))
