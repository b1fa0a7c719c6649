"""Guards: reasons an answer is wrong however similar its words look.

An opposite polarity (да/нет, "не X" against "X"), an antonym (at-most-once vs at-least-once,
high/low...), a different number or comparison, another subject, or a list of every option.
Also the one softening: an answer naming some of the alternatives the expected text lists
("at-least-once" for "at-most-once / at-least-once / exactly-once") is partly right.
"""

from __future__ import annotations

from .analysis import MERGEABLE, AnalyzedText, Token
from .concepts import COMPOUND_HEADS, CONCEPTS, concept_hits
from .results import fragments
from .subjects import SubjectIndex
from .text import word_key

#: group -> [(value, token)]: the concept values a text names
ConceptValues = dict[str, list[tuple[str, Token]]]
#: (reason, fragments of the answer that are wrong)
Hit = tuple[str, tuple[str, ...]]


def concept_values(toks: list[Token]) -> ConceptValues:
    """group -> [(value, token)] for every non-negated concept word, in text order.

    Compound values are also found typed apart ("at most once", "log based")."""
    found: ConceptValues = {}
    covered: set[int] = set()
    for i, t in enumerate(toks):
        if t.kind not in MERGEABLE or t.neg or i in covered or t.ukey[:2] not in COMPOUND_HEADS:
            continue
        for n in (3, 2):
            run = toks[i : i + n]
            if len(run) < n or any(u.kind not in MERGEABLE or u.neg or u.chunk != t.chunk for u in run):
                continue
            low = "-".join(u.low for u in run)
            key = word_key(low)
            hit = concept_hits(key, True)
            if hit:
                joined = Token(" ".join(u.raw for u in run), run[0].start, run[-1].end, low, key, "word",
                               t.chunk, t.major)  # fmt: skip
                for group, value in hit:
                    found.setdefault(group, []).append((value, joined))
                covered.update(range(i, i + n))
                break
    for i, t in enumerate(toks):
        if t.kind != "word" or t.neg or i in covered:
            continue
        seen: set[str] = set()
        for key in (t.key, *t.parts):
            for group, value in concept_hits(key):
                if group not in seen:
                    seen.add(group)
                    found.setdefault(group, []).append((value, t))
    for group in found:  # text order
        found[group].sort(key=lambda vt: vt[1].start)
    return found


def share_of_listed(exp_c: ConceptValues, ans_c: ConceptValues, exp_words: list[Token]) -> float | None:
    """When the expected text lists two or more values of one group as alternatives, each a
    part of its own ("at-most-once / at-least-once / exactly-once", not "low latency, high
    throughput"), and the answer names some of them and no other: the largest share named."""

    def alone(t: Token) -> bool:  # the only content of its part (a joined compound counts once)
        return all(w.chunk != t.chunk or t.start <= w.start < t.end for w in exp_words)

    best = None
    for group, exp_vals in exp_c.items():
        listed = {v for v, _ in exp_vals}
        named = {v for v, _ in ans_c.get(group, ())}
        if len(listed) >= 2 and named and named < listed and all(alone(t) for _, t in exp_vals):
            share = len(named) / len(listed)
            best = share if best is None else max(best, share)
    return best


def _other_subjects(exp: AnalyzedText, ans: AnalyzedText, index: SubjectIndex, sid: int | None) -> list[Hit]:
    expected_sids = [*exp.sids, *([sid] if sid is not None else [])]
    others = [s for s in ans.sids if s not in expected_sids] if expected_sids else []
    if not others:
        return []
    raws = tuple(t.raw for t in ans.toks if t.kind == "subj" and t.sid in others)
    if len(index.display) >= 3 and len(set(ans.sids)) == len(index.display):
        return [("lists every subject", raws)]
    return [("other subject: " + ", ".join(f"'{r}'" for r in fragments(raws)), raws)]


def _polarity(exp: AnalyzedText, ans: AnalyzedText, e_toks: list[Token], a_toks: list[Token]) -> list[Hit]:
    """да/нет, yes/no against the expected one; "не X" against "X" and "X" against "не X"."""
    opposite = {"yes": "no", "no": "yes"}
    if exp.pol and opposite[exp.pol] in ans.pols:
        word = ans.pols[opposite[exp.pol]]
        expected_word = next(t.raw for t in exp.toks if t.kind == "pol")
        return [(f"opposite polarity: '{word}' vs '{expected_word}'", (word,))]
    if exp.pol == "yes" and not ans.pols and ans.has_neg:
        negs = tuple(t.raw for t in ans.toks if t.kind == "neg")
        expected_word = next(t.raw for t in exp.toks if t.kind == "pol")
        return [(f"opposite polarity: '{negs[0]}' vs '{expected_word}'", negs)]
    if exp.pol is None and not exp.has_neg and "no" in ans.pols and e_toks:
        return [(f"opposite polarity: '{ans.pols['no']}'", (ans.pols["no"],))]
    for a in a_toks:
        if a.kind not in ("word", "subj") or not a.neg:
            continue
        e = next((e for e in e_toks if not e.neg and e.kind == "word" and a.matches(e)), None)
        if e is not None:
            frag = ans.text[a.neg_start : a.end]
            return [(f"opposite polarity: '{frag}' vs '{e.raw}'", (frag,))]
    for e in e_toks:
        if not e.neg or e.kind != "word":
            continue
        plain = [a for a in a_toks if not a.neg and a.matches(e)]
        negated = [a for a in a_toks if a.neg and a.matches(e)]
        if plain and not negated:
            frag = exp.text[e.neg_start : e.end]
            return [(f"opposite polarity: '{plain[0].raw}' vs '{frag}'", (plain[0].raw,))]
    return []


def _numbers(exp: AnalyzedText, ans: AnalyzedText) -> list[Hit]:
    """Digits must match exactly, and the comparison (<, >) must agree."""
    if not exp.nums:
        return []
    for n in ans.nums:
        same = [e for e in exp.nums if e.value == n.value and (e.unit == n.unit or not (e.unit and n.unit))]
        if not same:
            return [(f"wrong number: '{n.raw}' vs '{exp.nums[0].raw}'", (n.raw,))]
        if n.cmp and all(e.cmp and e.cmp != n.cmp for e in same):
            return [(f"wrong comparison: '{n.raw}' vs '{same[0].raw}'", (n.raw,))]
    return []


def _antonyms(exp_c: ConceptValues, ans_c: ConceptValues) -> list[Hit]:
    """Another value of a group than the expected ones, every value of it, or a key term not first."""
    hits: list[Hit] = []
    for group, key_term, values in CONCEPTS:
        if group not in exp_c or group not in ans_c:
            continue
        exp_vals = [v for v, _ in exp_c[group]]
        ans_vals = [v for v, _ in ans_c[group]]
        extra = [(v, t) for v, t in ans_c[group] if v not in exp_vals]
        if extra:
            frags = fragments(t.raw for _, t in extra)
            if len(set(ans_vals)) == len(values) and len(set(exp_vals)) < len(values):
                listed = ", ".join(fragments(t.raw for _, t in ans_c[group]))
                hits.append((f"lists every option: {listed}", frags))
            else:
                expected_raw = fragments(t.raw for _, t in exp_c[group])
                hits.append((f"antonym: '{frags[0]}' vs '{expected_raw[0]}'", frags))
        elif key_term and ans_vals[0] != exp_vals[0]:
            frags = fragments(t.raw for _, t in ans_c[group])
            hits.append((f"key term: '{frags[0]}' vs '{exp_c[group][0][1].raw}'", frags))
    return hits


def guard_hits(
    exp: AnalyzedText,
    ans: AnalyzedText,
    e_toks: list[Token],
    a_toks: list[Token],
    concepts: tuple[ConceptValues, ConceptValues],
    index: SubjectIndex,
    sid: int | None,
) -> list[Hit]:
    """Reasons the answer is wrong however similar it looks: [(reason, wrong fragments)].

    e_toks/a_toks: the tokens graded (words typed apart joined); concepts: their concept
    values (expected, answer); sid: the subject the question is about, if the text omits it."""
    return [
        *_other_subjects(exp, ans, index, sid),
        *_polarity(exp, ans, e_toks, a_toks),
        *_numbers(exp, ans),
        *_antonyms(*concepts),
    ]
