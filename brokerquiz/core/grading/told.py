"""Values told beside the expected ones: a longer text's (no antonyms), and "all three".

An accept entry of a model answer of several sentences is one key point of it ("at-least-once
dead lettering"); the model answer may name other values of the entry's groups in its other
sentences ("by default at-most-once"). An answer that says those too says the model answer, not
an antonym of the entry. Only the groups the entry names are widened: a group only the model
answer names stays unjudged, as it was.

An answer word saying "every value" ("all three") names each value the expected text lists.
"""

from __future__ import annotations

import re

from .analysis import Token, analyze
from .guards import ConceptValues, concept_values
from .subjects import SubjectIndex
from .text import lexicon_words

_WORDS = re.compile(r"[^\W\d_]+")


def with_told(concepts: tuple[ConceptValues, ConceptValues], told: str, index: SubjectIndex) -> tuple[ConceptValues, ConceptValues]:
    """(expected, answer) concept values, the expected side with the values `told` names of its groups added."""
    if not told:
        return concepts
    exp_c = {name: list(vals) for name, vals in concepts[0].items()}
    for name, vals in concept_values(list(analyze(told, index).toks)).items():
        if name in exp_c:
            exp_c[name].extend(v for v in vals if v[0] not in {x for x, _ in exp_c[name]})
    return exp_c, concepts[1]


def every_value(same: list[list[bool]], exp_words: list[Token], ans_words: list[Token], every: int | None, answer: str = "") -> None:
    """An answer word saying "every value" ("all three") names each value of a group the expected
    text lists as alternatives, each a part of its own ("at-most-once / at-least-once /
    exactly-once"), unless its number is not the count listed, or the answer names a value of that
    group itself: in its part, denied ("all three, but exactly-once is impossible"), or anywhere
    when it gives no count. A value after the count and a lexicon's including_words ("all three,
    incl. exactly-once") is one of the three, named as an example. Marks those words as matched in
    same[expected][answer]."""
    including = lexicon_words("including_words")
    for j, a in enumerate(ans_words):
        if every is None or a.term != every:
            continue
        count = next((k for k, b in enumerate(ans_words) if b.chunk == a.chunk and b.key.isdigit()), None)
        listed: dict[str, list[int]] = {}
        for i, e in enumerate(exp_words):
            if e.group and all(w is e or w.chunk != e.chunk for w in exp_words):
                listed.setdefault(e.group, []).append(i)
        for group, idxs in listed.items():
            values = {exp_words[i].value for i in idxs}
            # its values said again after "all three" in parts of their own detail it ("all three,
            # at-least-once by default"); without the count, a value said beside it is what "all" is of
            examples = [k for k, b in enumerate(ans_words) if b.group == group and count is not None and _example(b, ans_words[count], answer, including)]
            said = [b for k, b in enumerate(ans_words) if b.group == group and k not in examples]
            if len(values) < 2 or said and (count is None or any(b.chunk == a.chunk or b.neg for b in said)):
                continue
            if count is not None and ans_words[count].key != str(len(values)):
                continue
            for i in idxs:
                same[i][j] = True
                if count is not None:
                    same[i][count] = True
                for k in examples:  # "incl. exactly-once": one of the three said again
                    same[i][k] = same[i][k] or ans_words[k].value == exp_words[i].value


def _example(b: Token, count: Token, answer: str, including: frozenset[str]) -> bool:
    """Is value b, said after the count of "all three" and an including word in the same clause
    ("all three, incl. exactly-once"), an example of the three?"""
    between = answer[count.end : b.start]
    return not b.neg and b.start > count.end and not re.search(r"[;\n]", between) and bool(set(_WORDS.findall(between.casefold())) & including)
