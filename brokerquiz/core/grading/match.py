"""Grading one answer against one expected text: word matching, recall/precision, the core,
then the guards.

Both texts are compared as bags of word keys, so the order of parts does not matter; words
typed apart are joined when the other side has them as one word ("at least once",
"pub sub"). The first comma/parenthesis/dash separated part of the expected answer is its
*core*: an answer that matches only the core is partly right ("high" for "High, requires
zookeeper"). rapidfuzz's token_sort_ratio on the keys is the last resort for typos.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import compress

from rapidfuzz import fuzz

from .bounded import bound_hit
from .align import align_parts, allowed, answered_in_place, clause_hits, contradictions
from .analysis import CONTENT, AnalyzedText, Token, analyze
from .given import parts_not_given
from .glossed import glossed_hits
from .names import met_by_other_names, part_heads
from .chunks import by_chunk as _by_chunk, half_a_part, item_left_out, same_polarity, part_replaced as _part_replaced, shown_chunks as _shown_chunks, undenied
from .circumstances import complement_starts
from .counts import articles_aside, identifier_affixes_optional, identifier_units, version_markers_optional
from .forks import alternatives_named
from .heads import class_nouns_optional, unnamed_kinds
from .kinds import kinds_optional
from .meets import matches_any, meets_plain, neutral_hits, plain_words, same_matrix, words_elsewhere
from .keymeet import prefix_keys
from .essence import EVERY, FIRST, HALF, every_point_said, later_points
from .glossary import Glossary
from .guards import guard_hits, own_concepts, share_of_listed
from .othercells import other_cells
from .negphrase import denial_words_hit
from .lexicon import lexicons
from .results import LEFT_OUT, Grade, fragments
from .subjects import SubjectIndex
from .text import fold, lexicon_words, plain
from .told import every_value, with_told
from .vouched import vouched_hit, vouched_values
from .besides import without_denials_beside
from .reasons import elaboration_free, precision_of, reasons_aside
from .several import options_aside
from .sides import joined_sides
from .sweeping import sweeping_claims
from .routes import may_reach as _may_reach, rating_first as _rating_first, right_by_core as _right_by_core, valued_part_covered as _valued_part_covered
from .thresholds import (
    CHUNK_COVER, FULL_RECALL, LENIENT_MAX_WORDS, CORE_CREDIT, CORE_PARTLY,
    GUARD_SCORE_CAP, MIN_PRECISION, PART_RECALL, PARTLY_MIN, RIGHT_RECALL, STRING_RATIO,
)


def _graded_tokens(
    exp: AnalyzedText, ans: AnalyzedText, sid: int | None, latin: str, glossary: Glossary | None = None
) -> tuple[list[Token], list[Token], list[Token], list[Token]]:
    """(expected tokens, answer tokens, expected content words, answer content words), with
    words typed apart joined and the question's own subject set aside."""
    e_all, a_all = joined_sides(exp, ans, latin, glossary)
    if sid is not None:
        # the question names the subject: saying it is neither required nor extra
        # ("sharding, harder" for the card of X whose cell is "Sharding X, harder"; "X: partitions")
        def other(t: Token) -> bool:
            return not (t.kind == "subj" and t.sid == sid)

        if any(t.kind in CONTENT and other(t) for t in e_all):
            items = exp.once("match.listed", lambda: listed_mentions(e_all)) if exp.of_own(e_all) else listed_mentions(e_all)  # type: ignore[assignment]
            e_all = _kept(e_all, lambda t: other(t) or t in items)
            if not items:  # else the answer names the subject to say that item
                a_all = _kept(a_all, other)
        elif sid not in exp.sids:
            a_all = _kept(a_all, other)
    exp_words, ans_words = _content_words(e_all, exp.of_own(e_all), latin, glossary), _content_words(a_all, ans.of_own(a_all), latin, glossary)
    ans_words = articles_aside(ans_words, exp_words)  # "within one partition" for "within a partition"
    exp_words = version_markers_optional(exp_words, ans_words)  # "from 4.0" for "since 4.0"
    exp_words = identifier_affixes_optional(exp_words, exp.text, ans_words, ans.text)  # "poll interval" for "max.poll.interval.ms"
    if exp.pol == "no" and "no" not in ans.pols and "yes" not in ans.pols and ans.has_neg:
        # "not supported" answers "No (...)": the negation stands for the "no"
        neg = next(t for t in ans.toks if t.kind == "neg")
        ans_words.append(Token(neg.raw, neg.start, neg.end, neg.low, "§no", "pol", neg.chunk, neg.major))
    return e_all, a_all, exp_words, ans_words


def _content_words(toks: list[Token], own: AnalyzedText | None, latin: str, glossary: Glossary | None) -> list[Token]:
    """The content words graded, with class nouns and kinds optional ("document store": the store goes
    without saying; "isolation" of "repeatable read"); once per analysis when the tokens are its own
    (every grade_text of one answer, and every answer to one model answer, asks again; a copy returned)."""
    def words() -> list[Token]:
        out = [t for t in toks if t.kind in CONTENT]
        return kinds_optional(class_nouns_optional(out, glossary), latin) if glossary is not None else out

    return list(own.once("match.content_words", words)) if own is not None and glossary is not None else words()  # type: ignore[call-overload]


def _kept(toks: list[Token], keep: Callable[[Token], bool]) -> list[Token]:
    """The tokens that keep holds of; the list itself when it holds of all (an analysis's own tokens
    stay its own: what a text derives alone is then read from its memo, AnalyzedText.of_own)."""
    out = [t for t in toks if keep(t)]
    return toks if len(out) == len(toks) else out


def listed_mentions(toks: list[Token]) -> list[Token]:
    """Subject mentions that are an item of their own after the first part ("No, <subject>";
    "..., counters, <subject>"), or two with nothing else in their part ("<subject> to <subject>"):
    what the text says, not what it is about. A mention opening the text, or sharing its part
    with other words ("<subject>: partitions"), anchors it."""
    content = [t for t in toks if t.kind in CONTENT]
    if not content:
        return []
    first = content[0].chunk
    # a part of two mentions and nothing else ("<subject> to <subject>") names a path: an item, even first
    paths = {m for m in {t.major for t in content} if sum(u.major == m for u in content) > 1
             and all(u.kind == "subj" for u in content if u.major == m)}
    return [
        t for t in content
        if t.kind == "subj" and (t.chunk != first or t.major in paths) and all(u.kind == "subj" for u in content if u.chunk == t.chunk)
    ]


def _recall(
    exp_words: list[Token], e_hit: list[bool], lenient: bool, joints: tuple[int, ...] = (), forks: tuple[int, ...] = (),
    expected: str = "",
    complements: frozenset[int] = frozenset(),
) -> float:
    """Share of the expected parts the answer covers; words in parentheses are an optional
    elaboration (counted only when the text has nothing else). lenient (the answer says
    nothing else): two thirds of a part of three words or more covers it ("within a
    partition" for "guaranteed within a partition"), unless a claim the part joins by a
    conjunction (joints: where they are) is left out whole, or a word at one of complements (where
    a word right after a preposition starts: "with partition") is; a word replaced by another never does."""
    pairs = [(t, h) for t, h in zip(exp_words, e_hit) if not t.paren] or list(zip(exp_words, e_hit))
    # a subject named in a clause anchors it; the clause's words say what it is about
    items = listed_mentions(exp_words)
    pairs = [(t, h) for t, h in pairs if t.kind != "subj" or t in items] or pairs
    pairs = alternatives_named(pairs, forks, expected) if forks else pairs
    chunks: dict[int, list[bool]] = {}
    elsewhere, place = words_elsewhere(exp_words), {id(t): i for i, t in enumerate(exp_words)}  # once per expected text
    present = {place[id(t)] for t, _ in pairs}
    for t, h in pairs:
        # a word several parts share ("one", "per") cannot tell which part it covers
        shared = not present.isdisjoint(elsewhere[place[id(t)]])
        chunks.setdefault(t.chunk, [])
        if not shared:
            chunks[t.chunk].append(h)
    for t, h in pairs:
        if not chunks[t.chunk]:  # a part of shared words only: all of them count
            chunks[t.chunk] = [x for u, x in pairs if u.chunk == t.chunk]

    def every_claim(chunk: int) -> bool:  # "X and Y": each side has a word the answer says
        claims: dict[int, bool] = {}
        for t, h in pairs:
            if t.chunk == chunk:
                side = sum(j < t.start for j in joints)
                claims[side] = claims.get(side, False) or h
        return all(claims.values())

    bare = {t.chunk for t, h in pairs if not h and t.start in complements} if complements else set()
    cover = [
        min(1.0, sum(hs) / (CHUNK_COVER * len(hs)))
        if lenient and 3 <= len(hs) <= LENIENT_MAX_WORDS and every_claim(c) and c not in bare else sum(hs) / len(hs)
        for c, hs in chunks.items()
    ]
    return sum(cover) / len(cover)


def _said_anywhere(ans_words: list[Token], hits: tuple[list[bool], list[bool]], exp_words: list[Token]) -> tuple[list[bool], list[bool]]:
    """The hit lists with every value of an opposite group the expected text says somewhere
    marked: one the alignment left in another part ("pull, long poll" for "Pull with long poll")
    is no other subject's value."""
    values: dict[str, set[str | None]] = {}
    for e in exp_words:
        if e.group is not None:
            values.setdefault(e.group, set()).add(e.value)
    # only a group the expected text gives one value of ("Strict schema, flexible fields" gives both)
    anywhere = [a.group is not None and len(values.get(a.group, ())) == 1 and matches_any(a, exp_words)
                for a in ans_words]
    return tuple([h or w for h, w in zip(hit, anywhere)] for hit in hits)  # type: ignore[return-value]


def _no_save_only(exp: AnalyzedText, ans: AnalyzedText) -> bool:
    """Is the expected text a no and then one exception opening with an only-word ("No / only DLX",
    "Nein, nur über Plugins"), answered no? The no is its claim, the exception a caveat; after a yes
    ("Yes, only within a partition") the only-part bounds the claim itself, and stays needed."""
    toks = exp.toks
    return (exp.pol == "no" and ans.pol == "no" and len(toks) > 2 and toks[0].kind == "pol"
            and toks[1].low in lexicons().only_words and len({t.chunk for t in toks}) == 2)  # fmt: skip


def _cell_hits(
    answer: str, ans_words: list[Token], hits: tuple[list[bool], list[bool]], exp_words: list[Token], others: bool
) -> tuple[list[bool], list[bool]]:
    """(a_hit, own_hit) as other_cells judges them. A word only the question says (a_hit, not
    own_hit) is the topic named again within a sentence that says some expected word; in a
    sentence of its own ("; then it goes to a dead letter exchange") it is a claim, so unsaid."""
    a_hit, own_hit = hits
    cuts = [m.end() for m in re.finditer(r"[.;!?](?:\s|$)", answer)]
    sentence = [bisect.bisect(cuts, a.start) for a in ans_words]
    saying = {n for n, h in zip(sentence, own_hit) if h}
    a_hit = [h and (o or n in saying) for h, o, n in zip(a_hit, own_hit, sentence)]
    return _said_anywhere(ans_words, (a_hit, own_hit), exp_words) if others else (a_hit, own_hit)


@lru_cache(maxsize=8192)  # one answer meets the same expected text several times in one grade_card (parts, pair, echo)
def grade_text(
    expected: str,
    answer: str,
    index: SubjectIndex,
    *,
    use_core: bool,
    sid: int | None = None,
    core_right: bool = False,
    neutral: str = "",
    question: str = "",
    others: tuple[str, ...] = (),
    told: str = "",
    vouched: str = "",
    terse: bool = False,
    needs: float = 0.0,
    essence: str = "first",
    note: str = "",
    beside: str = "",
    part_of: int | None = None,
) -> Grade:
    """Grade against one expected text (no clause alignment). use_core: an answer matching
    the expected text's core is right. sid: the subject the card is about, when the expected
    text does not name it (naming another one is then wrong). core_right: the core alone is
    right (one subject's part of a comparison: its essence), else it is an omission (partly).
    neutral: a text whose words the answer may repeat at no cost (the question, the main
    answer when grading against an accepted alternative): extra right words cost nothing.
    question: the card's context (its row label...): expected words it says need not be repeated.
    others: the other subjects' cells of the same row: saying what one of them says is wrong.
    told: a text whose values of the expected text's opposite groups are no antonyms (told.py).
    vouched: a text about the card (its note) whose values, said in a part about something else,
    are no antonym and no other subject's value (elsewhere.py).
    terse: the expected text is a deck's accept entry, its few words each a key point: a word
    after a preposition is a claim of its own, never left out of two thirds of a part ("subject
    mapping" for "subject mapping with partition"); an identifier's pieces are one part.
    needs: the least score of a grade not right its caller reads: one that leaves a part unsaid and
    cannot reach it (_may_reach) is returned once the words are aligned, one under it unguarded.
    essence: with core_right, what besides half of the points is the part's point (essence.py):
    "first" its first point or a value it names whole, "values" only a value, "half" only a later value.
    note: the card's note: a default it states of the same thing is no claim of an elaboration's own (noted.py).
    beside: the model answer's other sentences, when one is graded alone: a denial they make is no contradiction (besides.py).
    part_of: the subject whose part of a comparison this is: its name's words are its own (ownname.py)."""
    exp, ans = analyze(expected, index), analyze(answer, index)
    e_all, a_all, exp_words, ans_words = _graded_tokens(exp, ans, sid, index.latin, index.glossary)
    a_all, ans_words = options_aside(e_all, a_all, ans_words, index.glossary)  # "RC by default" beside "serializable"
    if not exp_words:  # no words (an emoji, a dash): compare the texts themselves
        same = plain(expected) == plain(answer)
        return Grade(same, 1.0 if same else 0.0, () if same else (expected.strip(),), (), "")

    prefixes = prefix_keys()
    other_kinds = unnamed_kinds(exp_words, ans_words, index.glossary, prefixes)  # "object-relational" for "relational"
    same = same_matrix(exp_words, ans_words, other_kinds, index.glossary, prefixes)  # "not mutable" = immutable
    every_value(same, exp_words, ans_words, index.glossary.every, answer)
    alignment = align_parts(exp_words, ans_words, same)
    if not alignment:  # no parts aligned: every match is allowed
        e_hit, a_hit = [any(row) for row in same], [any(col) for col in zip(*same)]  # exp_words is not empty here
    else:
        # only the pairs that meet are asked (compress, in C): most of the matrix is False
        e_hit = [any(allowed(alignment, e, a) for a in compress(ans_words, row)) for e, row in zip(exp_words, same)]
        a_hit = [any(allowed(alignment, e, a) for e in compress(exp_words, col)) for a, col in zip(ans_words, zip(*same))]
        if not all(e_hit):
            e_hit, a_hit = clause_hits(alignment, exp_words, ans_words, same, (e_hit, a_hit))
    e_hit = glossed_hits(exp_words, e_hit, expected)  # "messages_ready (waiting for delivery)": the gloss said
    complements = complement_starts(e_all) if terse else frozenset()
    # "group.consumer.assignors" is no two thirds of "group.remote.assignor"
    complements |= met_by_other_names(exp_words, e_hit, expected, ans_words, answer, same)
    if terse:  # an accept entry's part opens with its head ("republished after a lost confirm"): never left out of two thirds
        complements |= part_heads(exp_words, expected)
    asked_words = exp_words
    if question and not all(e_hit):
        # what the question already says need not be said again ("replay" on a replay card); one
        # the expected text denies is its answer, not given ("Queries and joins?" "..., no joins")
        asked = plain_words(question, index, ("word",), True)
        given = [not h and not e.neg and e.group is None and meets_plain(e, asked) for e, h in zip(exp_words, e_hit)]
        given = parts_not_given(exp_words, given, asked)
        if any(given) and not all(given):
            asked_words = [e._replace_paren() if g else e for e, g in zip(exp_words, given)]
    joints = tuple(t.start for t in e_all if t.kind == "stop" and t.low in lexicons().conjunctions)
    forks = tuple(t.start for t in e_all if t.kind == "stop" and t.low in lexicons().disjunctions)
    exp_c = own_concepts(e_all, exp.of_own(e_all))
    concepts = exp_c, answered_in_place(own_concepts(a_all, ans.of_own(a_all)), exp_c, alignment)
    missing = [exp.slice(toks) for toks, hits in _shown_chunks(exp.text, asked_words, e_hit) if sum(hits) < len(hits) / 2]  # mostly not covered
    if needs and fragments(missing) and not _may_reach(needs, exp, asked_words, e_hit, ans_words, concepts, index, use_core, core_right,
                                            _recall(identifier_units(asked_words) if terse else asked_words, e_hit, True, joints, forks, expected, complements)):  # fmt: skip
        return Grade(False, 0.0, fragments(missing), (), "cannot reach the caller's bar")  # neither right nor scoring needs, whatever follows
    a_hit = denial_words_hit(exp_words, ans_words, a_hit, index.glossary)
    own_hit = a_hit  # said by the expected text itself (not only by the question)
    if neutral and not all(a_hit):  # the neutral text read only for a word the expected text leaves unsaid
        a_hit = neutral_hits(ans_words, a_hit, neutral, index)
    exp_words = asked_words
    lenient = all(h or t.paren for t, h in zip(ans_words, a_hit))
    # an answer naming the expected subjects may say why at no cost: the guards judge its words
    names_only = all(e.kind == "subj" for e in exp_words)
    kept = [(t, h) for t, h in zip(ans_words, a_hit) if t.kind == "subj" or not names_only]
    recall, precision = _recall(identifier_units(exp_words) if terse else exp_words, e_hit, lenient, joints, forks, expected, complements), precision_of([t for t, _ in kept], [h for _, h in kept])
    if (recall >= RIGHT_RECALL or core_right) and precision < MIN_PRECISION:  # the whole (or a part's point) said, then why: the reason costs nothing
        precision = precision_of(*reasons_aside(answer, a_all, [t for t, _ in kept], [h for _, h in kept], index.glossary))
        if precision < MIN_PRECISION and recall >= RIGHT_RECALL and elaboration_free(ans, [exp, analyze(question, index)], index, sid,
                                                                           analyze(neutral, index), note):
            precision = MIN_PRECISION  # the whole said, then how or what follows in one's own words
    # under MIN_PRECISION, extra words cost quadratically; at or above it they cost nothing
    prec_factor = min(1.0, precision / MIN_PRECISION) ** 2
    score = recall * prec_factor
    # an answer that only leaves words out may miss a minor one; one that also says other things
    # is held on a stricter scale (no CHUNK_COVER credit inside a part), but a whole part it says
    # in place of one it leaves out is a replacement, not an omission ("grey wolf" for "white owl")
    right = recall >= (RIGHT_RECALL if lenient else FULL_RECALL) and precision >= MIN_PRECISION
    if right and not lenient and recall < RIGHT_RECALL and _part_replaced(exp_words, e_hit, ans_words, a_hit):
        right = False
    if right and terse and item_left_out(expected, exp_words, e_hit):
        right = False  # an accept entry's items are each a key point: one left out whole is an omission
    if right and terse and any(not h and not e.paren and e.group is not None and e.start in complements for e, h in zip(exp_words, e_hit)):
        right = False  # so is a value (one-way, async) heading its part or after a preposition, whatever else it says
    if core_right and not right and precision >= MIN_PRECISION and share_of_listed(*concepts, exp_words) is None and (
        every_point_said(exp_words, e_hit, joints) if essence == EVERY else
        recall >= PART_RECALL or _valued_part_covered(*(later_points(exp_words, e_hit) if essence == HALF else (exp_words, e_hit)))
    ):  # not some of the values it lists as alternatives ("at-least-once" for "at-least-once / exactly-once")
        right = True  # one subject's part of a comparison: half of it, or its values, is its point
    if not right and _rating_first(exp_words, e_hit, index):
        # a rating opening the expected text is its core ("⚠️" for "⚠️ hard"): the note is
        # optional, and so is saying it in other words; a term the expected note lacks is a claim
        # it does not make ("👍 via exchanges" for "👍 via topics"): partly; a verb that only asserts or advises ("use") is none
        right = all(h or (a.term is None or fold(a.low) in lexicon_words("assertion_words")) and a.kind != "subj" for a, h in zip(ans_words, a_hit))
        score = max(score, CORE_CREDIT if right else CORE_PARTLY)
    elif not right and use_core and precision >= MIN_PRECISION and _right_by_core(exp, exp_words, e_hit, ans_words):
        if core_right and essence == FIRST or _no_save_only(exp, ans):
            right = True
            score = max(score, CORE_CREDIT)
        else:
            score = max(score, CORE_PARTLY)  # the core without the rest: an omission, partly right
    if not right and ans_words:
        ratio = fuzz.token_sort_ratio(" ".join(e.key for e in exp_words), " ".join(a.key for a in ans_words))
        if ratio >= STRING_RATIO:
            right = True
            score = max(score, ratio / 100)

    some_listed = not right and share_of_listed(*concepts, exp_words) is not None
    if some_listed:
        # "at-least-once" for "at-most-once / at-least-once / exactly-once": a true value,
        # just not all of them, so partly right however few of the words it covers
        score = max(score, (PARTLY_MIN + (1 - PARTLY_MIN) * recall) * prec_factor)

    if not right and precision >= MIN_PRECISION and any(all(hits) for _, hits in _by_chunk(exp_words, undenied(exp_words, e_hit, ans_words))):
        score = max(score, PARTLY_MIN * prec_factor)  # a whole part right, the rest left out: partly
    own = [t for t, h in zip(ans_words, own_hit) if h and not t.paren]  # a word only the question says is no claim
    left_out = not right and score < PARTLY_MIN and bool(own) and all(t.paren or h and (same_polarity(t, exp_words) or not o)
                                                                      for t, h, o in zip(ans_words, a_hit, own_hit)) \
        and half_a_part(exp_words, e_hit, joints, own)
    if left_out:  # every word it says is the model answer's own (or the question's), half a part of it or a list's item: only left out
        score = PARTLY_MIN
    named = vouched_values(vouched, index)
    guards = (right or round(score, 4) >= needs or not fragments(missing)) and (
        without_denials_beside(guard_hits(exp, ans, e_all, a_all, with_told(concepts, told, index), index, sid, named), exp, ans, beside, index)
        or contradictions(alignment, exp_words, ans_words, index.glossary.core_groups)
        or other_cells(ans_words, *bound_hit(ans_words, vouched_hit(ans_words, _cell_hits(answer, ans_words, (a_hit, own_hit), exp_words, bool(others)),
                                                concepts, named, (e_all, a_all), index), concepts, (e_all, a_all), index.glossary.core_groups),
                       others, index, ([], []) if right and recall >= RIGHT_RECALL else (exp_words, e_hit), (neutral, question), exp_words,
                       right and recall < RIGHT_RECALL, (*ans.sids, sid, part_of))
        or (right and sweeping_claims(ans, ans_words, own_hit, (expected, neutral, question), index, exp_words))
    )
    if guards:
        wrong = fragments(f for _, frags in guards for f in frags)
        reason = "; ".join(_once_each(r for r, _ in guards))
        return Grade(False, round(min(score, GUARD_SCORE_CAP), 4), fragments(missing), wrong, reason, contradicting=wrong)

    if right:
        reason = "right by the core; detail left out" if missing and score < 1.0 else ""
        return Grade(True, round(min(score, 1.0), 4), fragments(missing), (), reason)
    wrong = [ans.slice(toks) for toks, hits in _shown_chunks(ans.text, ans_words, a_hit) if not any(hits)]
    if precision < MIN_PRECISION and recall >= RIGHT_RECALL:
        reason = "too much: the answer adds parts the expected answer does not have"
    elif some_listed and score >= PARTLY_MIN:
        reason = "incomplete: names only some of the listed options"
    elif left_out:
        reason = LEFT_OUT
    elif score >= PARTLY_MIN:
        reason = "incomplete"
    else:
        reason = "does not match the expected answer"
    return Grade(False, round(score, 4), fragments(missing), fragments(wrong), reason)


def _once_each(reasons: Iterable[str]) -> list[str]:
    """The guards' reasons, one that names the same words as an earlier one left out ("antonym:
    'mutable' vs 'immutable'" and "opposite: 'mutable' vs 'immutable'" say one thing)."""
    seen: set[str] = set()
    out = []
    for reason in reasons:
        said = reason.partition(": ")[2] or reason
        if said not in seen:
            seen.add(said)
            out.append(reason)
    return out
