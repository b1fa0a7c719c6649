"""Multi-subject answers graded clause by clause (the interview phrase, a compare card's back).

When the expected text names two or more subjects, the answer is cut into clauses by subject
mentions, lines and ';', and each subject's clause is graded against its own expected clause,
so swapped pairs are wrong even though every word is present. A subject named in the answer
but expected nowhere makes it wrong.
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Mapping, Sequence

from .analysis import AnalyzedText, Token, analyze
from .guards import claimed_sids
from .essence import EVERY, essence_of, joint_subjects
from .lexicon import lexicons
from .match import grade_text
from .results import Grade, PartsGrade, missing_part
from .sameclause import with_clauses_before
from .subjects import SubjectIndex, index_for
from .text import WORD, expand_shorthands, is_no_answer, lexicon_words
from .thresholds import INTRO_MIN_SCORE

#: Separates clauses of a multi-subject answer.
CHUNK_SEP = re.compile(r"[\n;]")
# The end of a lead-in before the first clause of a line: its last ':', '…' or sentence end,
# typed with or without a space after it ("consistency.X"), but not a decimal point.
_LEAD_END = re.compile(r"(?:[:!?…]|\.(?!\d))(?!.*(?:[:!?…]|\.(?!\d)))", re.DOTALL)
#: (label, subject id or None for the unlabelled lead-in, expected text)
Part = tuple[str, int | None, str]


def has_words(text: str) -> bool:
    """Does the text hold a word (not only spaces and punctuation)?"""
    return bool(WORD.search(text))


def _mention_groups(text: str, mentions: list[Token]) -> list[list[Token]]:
    """Mentions with only separators between them share a clause ("A, B — ...")."""
    groups = [[mentions[0]]]
    stop = lexicons().stop
    for m in mentions[1:]:
        between = text[groups[-1][-1].end : m.start]
        if any(w.group().lower() not in stop for w in WORD.finditer(between)):  # "A and B: ..." share one
            groups.append([m])
        else:
            groups[-1].append(m)
    return groups


def _one_subject_per_piece(text: str, cs: int, ce: int, groups: list[list[Token]]) -> list[tuple[list[Token], str]]:
    """The comma pieces of text[cs:ce] with their mention group, when there are two or more
    and each names exactly one group (before or after its words); else []."""
    if len(groups) < 2:
        return []
    bounds, depth = [cs], 0
    for i in range(cs, ce):
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        if text[i] == "," and depth <= 0:
            bounds.append(i + 1)
    bounds.append(ce + 1)
    spans = list(zip(bounds, bounds[1:]))
    if len(spans) != len(groups):
        return []
    out = []
    for (ps, pe), g in zip(spans, groups):
        if not (ps <= g[0].start and g[-1].end <= pe - 1):
            return []
        out.append((g, text[ps : g[0].start] + " " + text[g[-1].end : pe - 1]))
    return out


def segment(an: AnalyzedText, *, lead_in: bool = False) -> tuple[str, dict[int, list[str]], list[str]]:
    """Cut a text into (intro, subject id -> clauses, unlabelled chunks).

    Clauses are cut at lines and ';' first, then at subject mentions. A subject owns the text
    after its mention, or the text before it when the chunk ends with the mention
    ("for event sourcing — A"). Text before the first mention of a line ends at a ':' or
    a sentence end; lead_in (the expected text has an unlabelled lead-in): the text before the
    first subject named, however it ends, is the intro, not part of that subject's clause.
    """
    text = an.text
    intro: list[str] = []
    clauses: dict[int, list[str]] = {}
    loose: list[str] = []
    last: int | None = None  # the subject of the latest clause

    def to_previous(piece: str) -> None:
        """Text that is no new clause's: the intro, or the latest clause's tail."""
        (intro if last is None else clauses[last]).append(piece)

    def to_subjects(group: list[Token], piece: str) -> None:
        for sid in dict.fromkeys(m.sid for m in group):  # "A: A's short name ...": one clause, once
            clauses.setdefault(sid, []).append(piece)  # type: ignore[arg-type]

    chunk_start = 0
    for chunk_end in [m.start() for m in CHUNK_SEP.finditer(text)] + [len(text)]:
        cs, ce, chunk_start = chunk_start, chunk_end, chunk_end + 1
        mentions = [t for t in an.toks if t.kind == "subj" and cs <= t.start < ce]
        if not mentions:
            if has_words(text[cs:ce]):
                loose.append(text[cs:ce])
                to_previous(text[cs:ce])
            continue
        groups = _mention_groups(text, mentions)
        before, after = text[cs : groups[0][0].start], text[groups[-1][-1].end : ce]
        lead = _LEAD_END.search(before)  # "The choice depends on ...: A for ..."
        if lead:
            to_previous(before[: lead.start()])
            cs, before = cs + lead.end(), before[lead.end() :]
        pieces = _one_subject_per_piece(text, cs, ce, groups)
        if pieces:  # "partitions in A, keys in B, C: channels": each comma piece names its own
            for g, piece in pieces:
                to_subjects(g, piece)
            last = groups[-1][-1].sid
            continue
        if has_words(before) and not has_words(after):  # "for event sourcing — A"
            prev = cs
            for g in groups:
                to_subjects(g, text[prev : g[0].start])
                prev = g[-1].end
            last = groups[-1][-1].sid
            continue
        # "The choice ..., A for ..., B for ...": the text before is no one clause's;
        # nor is a lead-in before the first subject named ("The choice ... consistency, A for ...")
        if has_words(before) and (len(groups) > 1 or (lead_in and last is None)):
            to_previous(before)
            before = ""
        for k, g in enumerate(groups):
            stop = groups[k + 1][0].start if k + 1 < len(groups) else ce
            piece = text[g[-1].end : stop]
            if k == 0 and has_words(before):  # "at A it is high": the words before are its
                piece = before + " " + piece
            to_subjects(g, piece)
        last = groups[-1][-1].sid
    return " ".join(intro), clauses, loose


def align(
    parts: Sequence[Part],
    intro_expected: str,
    answer: str,
    index: SubjectIndex,
    *,
    neutral: str = "",
    question: str = "",
    recital: bool = False,
) -> PartsGrade:
    """Grade each expected (label, subject id, text) against the answer's clause for it
    (neutral, question: as for grade_text). recital: the card asks for the whole text (the
    interview phrase), so each point of a part is asked, not its first or half of them (essence.EVERY)."""
    has_lead_in = has_words(intro_expected) or any(sid is None and has_words(text) for _, sid, text in parts)
    ans, intro_ans, seg, loose, shared = _segmented(answer, parts, has_lead_in, index)
    labelled = [p for p in parts if p[1] is not None]
    if not ans.sids and loose and len(loose) == len(parts) > 1:
        # no subject named at all: lines in the expected order
        seg = {i: [chunk] for i, chunk in enumerate(loose)}
        parts = [(label, i, text) for i, (label, _, text) in enumerate(parts)]
        intro_ans = ""
    elif not ans.sids and len(labelled) == 1:
        seg = {labelled[0][1]: [answer]}  # type: ignore[dict-item]
        intro_ans = ""

    graded: list[tuple[str, Grade]] = []
    joint = _joint(ans, index)  # "A and B horizontal": what they share, no subject's essence
    for label, sid, text in parts:
        if sid is None:
            continue
        said = ", ".join(s for s in seg.get(sid, []) if s.strip())
        if not has_words(text):
            graded.append((label, _named(ans, sid, label, sid in seg)))
        elif not has_words(said):
            graded.append((label, missing_part(text, label)))
        else:
            others = tuple(t for _, s, t in parts if s not in (sid, None) and has_words(t))  # another part's value is wrong
            graded.append((label, grade_text(text, said, index, use_core=True, core_right=sid not in shared,
                                             neutral=neutral, question=question, others=others, part_of=sid,
                                             essence=EVERY if recital else essence_of(sid, joint, text, index))))  # fmt: skip

    intro_grade = None
    unlabelled = [text for _, sid, text in parts if sid is None and has_words(text)]
    if intro_expected and has_words(intro_expected):
        unlabelled.insert(0, intro_expected)
    if unlabelled:
        want = " ".join(unlabelled)
        if has_words(intro_ans):
            intro_grade = grade_text(want, intro_ans, index, use_core=True)
        else:
            intro_grade = missing_part(want, "the intro")
    expected_sids = {sid for _, sid, _ in parts if sid is not None}
    extra = tuple(index.display[s] for s in claimed_sids(ans) if s not in expected_sids)

    scores = [g.score for _, g in graded] + ([intro_grade.score] if intro_grade else [])
    n = len(scores) + len(extra)
    score = sum(scores) / n if n else 0.0
    intro_ok = intro_grade is None or intro_grade.correct or intro_grade.score >= INTRO_MIN_SCORE
    correct = bool(graded) and all(g.correct for _, g in graded) and intro_ok and not extra
    return PartsGrade(tuple(graded), round(score, 4), correct, extra, intro_grade)


def _joint(ans: AnalyzedText, index: SubjectIndex) -> frozenset[int]:
    """The subjects the answer names together in one clause (essence.py), cut as segment cuts it."""
    groups, start = [], 0
    for end in [m.start() for m in CHUNK_SEP.finditer(ans.text)] + [len(ans.text)]:
        mentions = [t for t in ans.toks if t.kind == "subj" and start <= t.start < end]
        groups += _mention_groups(ans.text, mentions) if mentions else []
        start = end + 1
    return joint_subjects(groups)


def _named(ans: AnalyzedText, sid: int, label: str, in_answer: bool) -> Grade:
    """A part that is only its subject's name: right when the answer names it; named only denied
    ("A, not C" or "A, C no" for "A, C"), its denial is a contradiction."""
    mentions = [t for t in ans.toks if t.kind == "subj" and t.sid == sid]
    if not mentions or not all(t.neg for t in mentions):
        return Grade(True, 1.0) if in_answer else Grade(False, 0.0, (label,), (), f"{label} not named")
    m = mentions[0]
    start = m.neg_start if 0 <= m.neg_start < m.start else m.start
    denied = re.split(r"[,;\n]", ans.text[start:], maxsplit=1)[0].strip()  # to the end of its list item
    return Grade(False, 0.0, (), (denied,), f"opposite polarity: '{denied}' vs '{label}'", contradicting=(denied,))


def _segmented(answer: str, parts: Sequence[Part], lead_in: bool, index: SubjectIndex) -> tuple:
    """The answer analysed and segmented (segment), a piece said of "the others" ("..., the others
    strong on the primary") given to each expected subject it leaves unnamed: (analysis, intro,
    clauses, loose chunks, those subjects), whose clauses are held whole (no core credit)."""
    ans = analyze(answer, index)
    answer, rest = _rest_clause(answer, ans)
    ans = analyze(answer, index) if rest else ans
    intro, seg, loose = segment(ans, lead_in=lead_in)
    seg = with_clauses_before(seg, index)  # "B neither": the clause before, said again
    shared = {sid for _, sid, _ in parts if rest and ans.sids and sid is not None and sid not in seg}
    seg.update({sid: [rest] for sid in shared})
    return ans, intro, seg, loose, shared


#: Where a clause for the subjects the answer leaves unnamed opens: after a part's start
_PIECE_START = re.compile(r"(?:^|[,;:\n\u2014(]|\s[-\u2013]\s)\s*$")


@lru_cache(maxsize=1)
def _rest_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The lexicons' rest_words, longest first, each with its pattern as a whole word."""
    return tuple((p, re.compile(r"(?<!\w)%s(?!\w)" % re.escape(p))) for p in sorted(lexicon_words("rest_words"), key=len, reverse=True))


def _rest_clause(answer: str, ans: AnalyzedText) -> tuple[str, str]:
    """The answer without a piece said of "the others" (the lexicons' rest_words opening a piece,
    to the end of its clause), and that piece's own words: ("cassandra tunable per query", "strong
    on the primary") for "cassandra tunable per query, the others strong on the primary"; (answer, "")
    when it has none, or names no subject before it."""
    low = answer.lower()
    for phrase, pattern in _rest_patterns():
        if phrase not in low:
            continue  # not said at all (most answers): no search
        for m in pattern.finditer(low):
            if not _PIECE_START.search(low[: m.start()]) or not any(t.kind == "subj" and t.end <= m.start() for t in ans.toks):
                continue
            sep = CHUNK_SEP.search(answer, m.end())
            end = sep.start() if sep else len(answer)
            rest = answer[m.end() : end].strip(" ,:-\u2014")
            if has_words(rest):
                return (answer[: m.start()].rstrip(" ,:-\u2014") + answer[end:]), rest
    return answer, ""


def expected_parts(expected: str, index: SubjectIndex) -> tuple[list[Part], str]:
    """An expected text naming several subjects as (its parts, one per subject; its intro)."""
    exp = analyze(expected, index)
    intro, seg, _ = segment(exp)
    parts = [(index.display[sid], sid, ", ".join(seg.get(sid, []))) for sid in exp.sids]
    return parts, intro


def grade_against(
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
    note: str = "",
    beside: str = "",
) -> Grade:
    """Grade against one expected text: clause by clause when it names two or more subjects
    (told, vouched, terse, needs, note, beside: match.grade_text's, for one text only)."""
    if len(analyze(expected, index).sids) >= 2:
        parts, intro = expected_parts(expected, index)
        return align(parts, intro, answer, index, neutral=neutral, question=question).as_grade()
    return grade_text(
        expected, answer, index, use_core=use_core, sid=sid, core_right=core_right, neutral=neutral,
        question=question, others=others, told=told, vouched=vouched, terse=terse, needs=needs, note=note, beside=beside,
    )  # fmt: skip


def grade_parts(
    parts: Sequence[tuple[str, str]],
    answer: str,
    *,
    aliases: Mapping[str, Sequence[str]] | None = None,
    recital: bool = False,
) -> PartsGrade:
    """Grade an answer part by part: each (label, expected) against the answer's clause.
    recital: the whole text is asked for (align).

    Labels are subjects (display names, short names or deck keys such as "postgres"); a label
    that names no subject takes the subject its expected text mentions, else it is the
    unlabelled lead-in ("criteria" of the interview phrase). The answer is cut by subject
    mentions, lines and ';'; without any subject mention, by lines in the parts' order.
    """
    index, answer = index_for(aliases), expand_shorthands(answer)
    resolved: list[Part] = []
    for label, text in parts:
        sid = index.lookup(label)
        exp = analyze(text, index)
        if sid is None and len(exp.sids) == 1:
            sid = exp.sids[0]
        if sid is not None and sid in exp.sids:  # the clause names its own subject: drop it
            intro, seg, _ = segment(exp)
            text = ", ".join([intro, *seg.get(sid, [])]) if has_words(intro) else ", ".join(seg.get(sid, []))
        resolved.append((label, sid, text))
    if is_no_answer(answer):
        graded = tuple((label, missing_part(text, label)) for label, _, text in resolved)
        return PartsGrade(graded, 0.0, False)
    return align(resolved, "", answer, index, recital=recital)
