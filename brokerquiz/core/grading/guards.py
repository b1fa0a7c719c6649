"""Guards: reasons an answer is wrong however similar its words look.

An opposite polarity (yes/no, "not X" against "X"), an antonym (at-most-once vs at-least-once,
high/low...), a different number or comparison, another subject, or a list of every option. Also the one softening: an
answer naming some of the alternatives the expected text lists ("at-least-once" for "at-most-once / at-least-once / exactly-once") is partly right.
"""

from __future__ import annotations

from .align import opening_core
from .circumstances import denied_condition, place_of_denial, same_circumstance
from .moments import placed_elsewhere
from .directions import direction_hits, direction_of, prevented, same_direction
from .elsewhere import about_else
from .analysis import AnalyzedText, Token, hedge_in
from .negforms import negated_forms
from .boundfigures import swapped_figures
from .extranumbers import number_hits
from .cases import split_cases
from .relations import related_to_expected
from .contrasts import contrasted, denied_elsewhere
from .counterparts import in_counterpart
from .counts import counts_of_other_things, one_for_several
from .exclusive import only_one_of_several
from .instead import set_aside
from .glossary import Glossary
from .lexicon import lexicons
from .meets import matches_any, matching
from .negphrase import denied_terms
from .qualifiers import qualifies_shared_denial
from .results import ANTONYM, Hit, fragments
from .reworded import clause_of, contrasted_instance, not_yet, reworded_denial
from .settings import setting_values
from .subjects import SubjectIndex
from .withdrawn import withdrawn_hits, withdrawn_parts

#: group -> [(value, token)]: the opposite-group values a text names
ConceptValues = dict[str, list[tuple[str, Token]]]


def concept_values(toks: list[Token]) -> ConceptValues:
    """group -> [(value, token)] for every non-negated word of an opposite group outside an aside
    ("unlike X"), in text order (runs of words spelling one were joined: "at most once"); a value
    a negated word of its clause already denies is part of that denial, and so is one right after
    a denied word of its part ("no transactions across partitions" denies cross-partition ones) or
    in the phrase a negator denies ("no longer maintains the delayed message plugin": no add-on claimed)."""
    found: ConceptValues = {}
    denied = [(u.group, u.value, u.major, u.start) for u in toks if u.neg and u.group is not None]
    for n, t in enumerate(toks):
        if t.group is None or t.neg or t.aside or t.kind not in ("word", "pol"):
            continue
        if (t.group, t.value, t.major) in {(g, v, m) for g, v, m, s in denied if s < t.start}:
            continue  # the denied value said again in its clause ("no global order across the keyspace")
        if n and toks[n - 1].neg and toks[n - 1].kind == "word" and toks[n - 1].chunk == t.chunk or _in_denied_phrase(t, toks):
            continue  # it says which of the denied thing is denied ("no longer maintains the delayed message plugin")
        found.setdefault(t.group, []).append((t.value, t))  # type: ignore[arg-type]
    return found


def own_concepts(toks: list[Token], own: AnalyzedText | None) -> ConceptValues:
    """concept_values of a text's tokens, once per analysis when they are its own (AnalyzedText.of_own:
    each grade_text of one answer, and every answer to one model answer, asks again; read only)."""
    return own.once("guards.concepts", lambda: concept_values(toks)) if own is not None else concept_values(toks)  # type: ignore[return-value]


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


def claimed_sids(text: AnalyzedText) -> list[int]:
    """The subjects a text names as a claim: not those only in an aside or in parentheses
    ("strong on the primary, as with <other subject>" names the other one in passing)."""
    return list(dict.fromkeys(t.sid for t in text.toks if t.kind == "subj" and not t.paren and t.sid is not None))


def _other_subjects(exp: AnalyzedText, ans: AnalyzedText, index: SubjectIndex, sid: int | None) -> list[Hit]:
    expected_sids = [*exp.sids, *([sid] if sid is not None else [])]
    others = [s for s in claimed_sids(ans) if s not in expected_sids] if expected_sids else []
    if not others:
        return []
    raws = tuple(t.raw for t in ans.toks if t.kind == "subj" and t.sid in others)
    if len(index.display) >= 3 and len(set(ans.sids)) == len(index.display):
        return [("lists every subject", raws)]
    return [("other subject: " + ", ".join(f"'{r}'" for r in fragments(raws)), raws)]


def _agrees(pol_word: str, ans: AnalyzedText, exp_c: ConceptValues) -> bool:
    """Is this yes/no word of the answer a value the expected text names ("no" for a bad rating)?"""
    for t in ans.toks:
        if t.kind == "pol" and t.raw == pol_word and t.group is not None:
            return any(v == t.value for v, _ in exp_c.get(t.group, ()))
    return False


def _polarity(
    exp: AnalyzedText,
    ans: AnalyzedText,
    e_toks: list[Token],
    a_toks: list[Token],
    concepts: tuple[ConceptValues, ConceptValues],
    glossary: Glossary | None = None,
) -> list[Hit]:
    """yes/no against the expected one; "not X" against "X" and "X" against "not X" (not a
    qualifier of a denial both make: qualifiers.py)."""
    opposite = {"yes": "no", "no": "yes"}
    if exp.pol and opposite[exp.pol] in ans.pols:
        word = ans.pols[opposite[exp.pol]]
        expected_word = next(t.raw for t in exp.toks if t.kind == "pol")
        return [(f"opposite polarity: '{word}' vs '{expected_word}'", (word,))]
    if exp.pol == "yes" and not ans.pols and ans.has_neg:
        negs = tuple(t.raw for t in ans.toks if t.kind == "neg")
        expected_word = next(t.raw for t in exp.toks if t.kind == "pol")
        return [(f"opposite polarity: '{negs[0]}' vs '{expected_word}'", negs)]
    if exp.pol is None and not exp.has_neg and ans.pol == "no" and e_toks and not _agrees(ans.pols["no"], ans, concepts[0]) \
            and not _restricted(exp):
        return [(f"opposite polarity: '{ans.pols['no']}'", (ans.pols["no"],))]
    gone, said_no = withdrawn_parts(exp), _after_no(exp)  # "not X" agrees with "X was removed", and with "no X"
    # an answer opening "no X" to a text opening with its no says no, then X ("no end-of-life since 2023")
    said_no_first = exp.pol == "no" and bool(ans.toks) and ans.toks[0].kind == "neg" and ans.toks[0].low in lexicons().no
    stopped, turned_down = _not_claimed(exp, e_toks)  # "not X" agrees with "prevents X", "instead of X"
    in_phrase = _denied_ids(exp)  # _in_denied_phrase(f, exp.toks) of every word, found once; and the words denied
    shared_denied = [f for f in e_toks if f.neg or id(f) in in_phrase]
    for a in a_toks:
        if a.kind not in ("word", "subj") or not a.neg or a.aside or (said_no_first and a.neg_start == ans.toks[0].start):
            continue
        if denied_elsewhere(a, a_toks, concepts[0]) or denied_condition(a, a_toks, e_toks) or _counted(a, a_toks) and direction_of(a) is None:
            continue  # a count denied ("reducing the partition count: impossible") denies no partitions; the reducing is denied
        if glossary is not None and qualifies_shared_denial(a, a_toks, shared_denied, glossary):
            continue  # "no reply queue per client" where the model answer denies the reply queue: no client denied
        if any((f.neg or f.start in turned_down or id(f) in in_phrase) and f.kind in ("word", "subj") and a.matches(f) for f in e_toks):
            continue  # the expected text denies it too ("no reply queue" denies the queue as well)
        # "not X" where the subject X is the answer: a subject denied is a word denied; a count
        # of X ("the partition count") is no claim that X is there
        e = next((e for e in e_toks if not e.neg and e.kind in ("word", "subj") and e.major not in gone and id(e) not in stopped
                  and e.start not in said_no and (a.matches(e) or same_direction(a, e)) and not _counted(e, e_toks)
                  and id(e) not in in_phrase and in_counterpart(a, e, a_toks, ans.text, e_toks, exp.text)), None)
        if e is not None and not _denied_alike(a, a_toks, e_toks, [e]) and not same_circumstance(a, a_toks, e, e_toks) \
                and not reworded_denial(a, ans.text, a_toks, e, exp.text, e_toks) \
                and not contrasted_instance(a, ans.text, a_toks, e, exp.text, e_toks):
            frag = ans.text[a.neg_start : a.end]
            return [(f"opposite polarity: '{frag}' vs '{e.raw}'", (frag,))]
    denied = _after_no(ans) | _after_leading_no(ans)  # "no, with requeues" says "not with requeues"
    said_plainly = [f for f in e_toks if not f.neg and f.kind == "word"]
    for e in e_toks:
        if not e.neg or e.kind != "word":
            continue
        # a plain word the expected text also says plainly agrees with that ("per partition" / "no multi-partition")
        meeting = [a_toks[j] for j in matching(e, a_toks)] or [a for a in a_toks if same_direction(e, a)]  # "reduced", another language's verb
        plain = [a for a in meeting if not a.neg and not a.aside and a.start not in denied and not matches_any(a, said_plainly)
                 and id(a) not in _denied_ids(ans) and not not_yet(a, ans.toks)]  # fmt: skip
        negated = [a for a in meeting if a.neg]
        plain = [a for a in plain if not _denied_alike(e, e_toks, a_toks, clause_of(a, ans.text, a_toks)) and not place_of_denial(e, e_toks, a, a_toks)]
        if plain and not negated:
            frag = exp.text[e.neg_start : e.end]
            return [(f"opposite polarity: '{plain[0].raw}' vs '{frag}'", (plain[0].raw,))]
    return []


def _not_claimed(exp: AnalyzedText, e_toks: list[Token]) -> tuple[set[int], frozenset[int]]:
    """(ids of the words the expected text prevents, where the words it sets aside start), once per
    analysis when the tokens are its own (every answer to one model answer asks again; read only)."""
    stopped = exp.once("guards.prevented", lambda: prevented(e_toks)) if exp.of_own(e_toks) else prevented(e_toks)
    return stopped, exp.once("guards.set_aside", lambda: set_aside(exp.toks))  # type: ignore[return-value]


def _restricted(exp: AnalyzedText) -> bool:
    """Does the text open with a lexicon's only-word ("Only within a partition")? It rules out all
    but what follows: an answer's opening "no" is the no it implies ("no, only per partition" to
    whether the order is global), not the opposite of its claim."""
    first = next((t for t in exp.toks if t.kind != "stop" or t.low in lexicons().only_words), None)
    return first is not None and first.low in lexicons().only_words


def _in_denied_phrase(e: Token, toks: list[Token]) -> bool:
    """Is this word a later word of a phrase a negator denies? The negator marks the phrase's first
    word; the words right after it in the part, no stop word between but an article or an "or", are
    denied with it ("without internal publisher confirms" denies the confirms, "not yet acknowledged"
    the acknowledging, "doesn't trigger a rebalance" the rebalance)."""
    at = next((i for i, t in enumerate(toks) if t is e), None)
    return at is not None and _denied_at(toks, at)


def _denied_phrase_ids(toks: list[Token]) -> frozenset[int]:
    """The ids of the tokens _in_denied_phrase holds of in toks (each asked at its first place):
    asked of every word of a text, once per text instead of a search of its place per word."""
    seen: set[int] = set()
    out = set()
    for i, t in enumerate(toks):
        if id(t) not in seen:
            seen.add(id(t))
            if _denied_at(toks, i):
                out.add(id(t))
    return frozenset(out)


def _denied_ids(an: AnalyzedText) -> frozenset[int]:
    """_denied_phrase_ids of a text's own tokens (once per text; a token not among them is in no denied phrase of them)."""
    return an.once("guards.denied_phrase", lambda: _denied_phrase_ids(an.toks))  # type: ignore[return-value]


def _denied_at(toks: list[Token], at: int) -> bool:
    """_in_denied_phrase of the token at this place."""
    e = toks[at]
    lex, skipped = lexicons(), False
    for j in range(at - 1, -1, -1):
        t = toks[j]
        if t.chunk == e.chunk and t.kind == "stop" and (t.low in lex.articles or t.low in lex.disjunctions):
            skipped = True  # "doesn't trigger a rebalance", "don't reuse numbers or change types"
            continue
        if t.chunk != e.chunk or t.kind not in ("word", "subj") or (skipped and t.low in lex.stop):
            return False  # past an article, a stop word that is a term ("on") ends the phrase as well
        if t.neg and t.neg_start < t.start:  # denied by a negator before it, not by its own suffix
            return True
    return False


def _counted(e: Token, toks: list[Token]) -> bool:
    """Is this word the thing a quantity word beside it counts ("the partition count", "the number of partitions")?"""
    quantity = lexicons().quantity
    if not quantity:
        return False
    words = [t for t in toks if t.kind != "stop" and t.chunk == e.chunk]
    at = next((i for i, t in enumerate(words) if t is e), None)
    if at is None:
        return False
    return any(0 <= j < len(words) and words[j].low in quantity for j in (at - 1, at + 1))


def _denied_alike(x: Token, x_toks: list[Token], y_toks: list[Token], near: list[Token]) -> bool:
    """Does the negation over x (one text's word) also deny a word the other text denies in the
    part of `near`? Then both deny the same thing, only with a wider or narrower reach: "no
    multi-partition ACID" and "kein ACID über Partitionen" agree, though only one denies "partition";
    so do "don't create duplicates" and "create no duplicates" (the phrase after a denied verb is
    denied with it), and "reducing the count: impossible" (a closing negator's reach) and "the count cannot be
    reduced" (one direction denied, directions.same_direction)."""
    chunks = {t.chunk for t in near}
    closing = x.neg_start == x.start  # denied by a negator closing its part: so is every word of the part, its predicate too
    reach = [w for w in x_toks if w is not x and (
        w.neg and (w.neg_start == x.neg_start or closing and w.chunk == x.chunk)
        or w.chunk == x.chunk and w.start > x.start and _in_denied_phrase(w, x_toks))]
    return any(any(v.neg and v.chunk in chunks and (w.matches(v) or same_direction(w, v)) for v in y_toks) for w in reach)


def _after_leading_no(text: AnalyzedText) -> set[int]:
    """Where the words of the part after a "no" that opens the text alone ("no, with X") start (once per text)."""
    return text.once("guards.after_leading_no", lambda: _leading_no_at(text))  # type: ignore[return-value]


def _leading_no_at(text: AnalyzedText) -> set[int]:
    content = [t for t in text.toks if t.kind in ("word", "pol", "subj")]
    if len(content) < 2 or content[0].key != "§no" or content[1].chunk == content[0].chunk:
        return set()
    return {t.start for t in content[1:] if t.kind == "word" and t.chunk == content[1].chunk}


def _after_no(text: AnalyzedText) -> set[int]:
    """Where the words a "no" opening their part denies start ("no joins" said with a no-word; once per text)."""
    return text.once("guards.after_no", lambda: _no_at(text))  # type: ignore[return-value]


def _no_at(text: AnalyzedText) -> set[int]:
    nos = [t for t in text.toks if t.kind == "pol" and t.key == "§no"]
    return {t.start for t in text.toks if t.kind == "word" and any(n.chunk == t.chunk and n.start < t.start for n in nos)}


def _antonyms(exp_c: ConceptValues, ans_c: ConceptValues, glossary: Glossary, toks: tuple[list[Token], list[Token]] = ([], [])) -> list[Hit]:
    """Another value of a group than the expected ones, every value of it, or a key term not first
    (toks: the expected and the answer tokens, where a relative group's values place what they say)."""
    hits: list[Hit] = []
    for name, group in glossary.groups.items():
        if name not in exp_c or name not in ans_c:
            continue
        exp_vals = [v for v, _ in exp_c[name]]
        ans_vals = [v for v, _ in ans_c[name]]
        extra = [(v, t) for v, t in ans_c[name] if v not in exp_vals]
        if group.relative:  # "after a drop, before the ack": a value placing another thing is no antonym
            extra = [(v, t) for v, t in extra if not placed_elsewhere(t, toks[1], [x for _, x in exp_c[name]], toks[0])]
        if extra:
            frags = fragments(t.raw for _, t in extra)
            if len(set(ans_vals)) == len(group.values) and len(set(exp_vals)) < len(group.values):
                listed = ", ".join(fragments(t.raw for _, t in ans_c[name]))
                hits.append((f"lists every option: {listed}", frags))
            else:
                expected_raw = fragments(t.raw for _, t in exp_c[name])
                hits.append((f"{ANTONYM} '{frags[0]}' vs '{expected_raw[0]}'", frags))
        elif group.first and ans_vals[0] != exp_vals[0]:
            frags = fragments(t.raw for _, t in ans_c[name])
            hits.append((f"key term: '{frags[0]}' vs '{exp_c[name][0][1].raw}'", frags))
    return hits


def _negated_forms(
    exp: AnalyzedText, ans: AnalyzedText, e_toks: list[Token], a_toks: list[Token], glossary: Glossary
) -> list[Hit]:
    """An answer word that is an expected word with a negating prefix, or the other way round
    (mutable for immutable, synchronous for asynchronous), unless the answer has the word too."""
    # negated_forms needs the same last two letters of the stem or of the word: candidates by them
    own = exp.of_own(e_toks)
    plain_words, by_end = own.once("guards.by_end", lambda: _by_end(e_toks)) if own else _by_end(e_toks)  # type: ignore[misc]
    in_phrase = _denied_ids(ans) if ans.of_own(a_toks) else _denied_phrase_ids(a_toks)
    for a in a_toks:
        if a.kind != "word" or a.neg or id(a) in in_phrase:
            continue  # "isn't backward compatible" denies the phrase: it says "backward incompatible"
        by_key, by_ukey = by_end.get("k" + a.key[-2:]), by_end.get("u" + a.ukey[-2:]) if a.ukey else None
        if not by_key and not by_ukey:
            continue  # no expected word of its ending: none to be its negated form (most answer words)
        near = sorted(set(by_key or ()) | set(by_ukey or ()))
        e = next((plain_words[i] for i in near if negated_forms(a, plain_words[i], glossary)), None)
        if e is not None and not matches_any(e, a_toks) and not any(a.key == f.key for f in plain_words):
            return [(f"opposite: '{a.raw}' vs '{e.raw}'", (a.raw,))]  # unless the expected text says the answer's word too
    return []


def _by_end(e_toks: list[Token]) -> tuple[list[Token], dict[str, list[int]]]:
    """The plain words of a text, and their places by the last two letters of their key ("k") and unstemmed key ("u")."""
    by_end: dict[str, list[int]] = {}
    plain_words = [e for e in e_toks if e.kind == "word" and not e.neg]
    for i, e in enumerate(plain_words):
        for end in {"k" + e.key[-2:], "u" + e.ukey[-2:]} if e.ukey else {"k" + e.key[-2:]}:
            by_end.setdefault(end, []).append(i)
    return plain_words, by_end


def _hedges(exp: AnalyzedText, ans: AnalyzedText) -> list[Hit]:
    """An answer hedging between options ("memory, disk, or both") the expected text does not."""
    found = ans.once("guards.hedge", lambda: hedge_in(ans))  # each text's hedge found once per analysis
    if found and not exp.once("guards.hedge", lambda: hedge_in(exp)):
        return [(f"hedges: '{found}'", (found,))]
    return []


def _core_opening(exp_c: ConceptValues, e_toks: list[Token], index: SubjectIndex) -> ConceptValues:
    """The expected values, a core group's (a rating's) only when they open the text: "limit"
    in the middle of a follow-up is no rating that an answer's "no" contradicts."""
    core = index.glossary.core_groups
    opening = opening_core(e_toks, core)
    kept = {name: [(v, t) for v, t in vals if name not in core or id(t) in opening] for name, vals in exp_c.items()}
    return {name: vals for name, vals in kept.items() if vals}


def guard_hits(
    exp: AnalyzedText,
    ans: AnalyzedText,
    e_toks: list[Token],
    a_toks: list[Token],
    concepts: tuple[ConceptValues, ConceptValues],
    index: SubjectIndex,
    sid: int | None,
    vouched: frozenset[tuple[str, str]] = frozenset(),
) -> list[Hit]:
    """Reasons the answer is wrong however similar it looks: [(reason, wrong fragments)].

    e_toks/a_toks: the tokens graded (words typed apart joined); concepts: their concept
    values (expected, answer); sid: the subject the question is about, if the text omits it;
    vouched: the (group, value) pairs a text about the card names (elsewhere.about_else)."""
    return [
        *_other_subjects(exp, ans, index, sid),
        *_polarity(exp, ans, e_toks, a_toks, concepts, index.glossary),
        *number_hits(exp, ans),
        *swapped_figures(exp, ans),
        *_antonyms(_core_opening(concepts[0], e_toks, index), related_to_expected(split_cases(contrasted(counts_of_other_things(
            about_else(concepts[1], concepts[0], a_toks, e_toks, index.glossary.core_groups, vouched), concepts[0], a_toks, e_toks, index.glossary), concepts[0], a_toks),
            concepts[0], a_toks), concepts[0], a_toks), index.glossary, (e_toks, a_toks)),
        *_negated_forms(exp, ans, e_toks, a_toks, index.glossary),
        *denied_terms(e_toks, a_toks, index.glossary),
        *one_for_several(e_toks, a_toks, index.glossary),
        *only_one_of_several(a_toks, concepts[0], e_toks, ans.toks),
        *_hedges(exp, ans),
        *withdrawn_hits(exp, ans),
        *setting_values(exp, ans, index.glossary),
        *direction_hits(e_toks, a_toks, (exp.of_own(e_toks), ans.of_own(a_toks))),
    ]
