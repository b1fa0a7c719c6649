"""The ways grade_text finds an answer right besides its recall, and the pre-check over them.

A rating symbol opening the expected text, named by the answer (a 👍/⚠️/❌ cell is rated by its
rating); the core (the first major part) covered; a part naming values of opposite groups covered
whole. `may_reach` asks, once the words are aligned, whether any way to be right (or the score a
caller needs) is still open, so grade_text can stop before the guards: any new way to be right in
grade_text must be asked here too.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from .analysis import AnalyzedText, Token
from .chunks import by_chunk as _by_chunk, conjunctions_at, half_a_part, undenied
from .guards import share_of_listed
from .subjects import SubjectIndex
from .thresholds import CORE_RECALL, FULL_RECALL, PART_RECALL, PARTLY_MIN, RIGHT_RECALL, STRING_RATIO


def valued_part_covered(exp_words: list[Token], e_hit: list[bool]) -> bool:
    """Is a part naming values of opposite groups ("horizontally hard") covered whole? Not one
    of a list of values ("at-least-once" of "at-most-once / at-least-once / exactly-once")."""
    chunks: dict[int, list[tuple[Token, bool]]] = {}
    for t, h in zip(exp_words, e_hit):
        chunks.setdefault(t.chunk, []).append((t, h))
    def listed(group: str, chunk: int) -> bool:  # one of several parts naming values of a group
        return any(t.group == group and t.chunk != chunk for t in exp_words)

    def whole(part: list[tuple[Token, bool]]) -> bool:  # two values of one group in a part are alternatives ("low/medium")
        return all(h or (t.group and any(u.group == t.group and x for u, x in part)) for t, h in part)

    return any(
        any(t.group for t, _ in part) and whole(part) and not any(t.group and listed(t.group, t.chunk) for t, _ in part)
        for part in chunks.values()
    )


def rating_first(exp_words: list[Token], e_hit: list[bool], index: SubjectIndex) -> bool:
    """Does the expected text open with a value of a `core` group (a rating) the answer names? A cell
    opening with two ratings ("👍/⚠️ ...": between the two) is rated by either of them."""
    first = exp_words[0]
    group = index.glossary.groups.get(first.group or "")
    n = next((i for i, e in enumerate(exp_words) if e.group != first.group or e.low.isalpha() or e.chunk != first.chunk), len(exp_words))
    # a rating symbol (not a word that may also rate: "limited" opens many a fact)
    return bool(group and group.core and first.kind == "word" and not first.low.isalpha() and any(e_hit[: max(n, 1)]))


def right_by_core(exp: AnalyzedText, exp_words: list[Token], e_hit: list[bool], ans_words: list[Token]) -> bool:
    """Does the answer cover the expected text's core (its first major part)? A word the core denies is
    covered only by an answer that denies something ("a reply queue per client" for "no reply queue: ...")."""
    core = [(e, h) for e, h in zip(exp_words, undenied(exp_words, e_hit, ans_words)) if e.major == 0]
    if exp.pol and exp_words[0].kind == "pol" and len(exp_words) > 1 and exp_words[1].chunk != exp_words[0].chunk:
        core = core[:1]  # "No / only DLX": the yes/no is the core
    if not core or len(core) == len(exp_words):
        return False  # no core, or the core is the whole text: the full check has decided
    return sum(h for _, h in core) / len(core) >= CORE_RECALL


def may_reach(needs: float, exp: AnalyzedText, exp_words: list[Token], e_hit: list[bool], ans_words: list[Token],
               concepts: tuple, index: SubjectIndex, use_core: bool, core_right: bool, most: float) -> bool:  # fmt: skip
    """Can grade_text's grade still be right or score `needs`, once the words are aligned? most: the
    recall the answer can reach (as if it said nothing else). Each way to be right is asked, then
    each score a wrong grade may get (a guard only caps it): recall, a listed value, a whole part."""
    if most >= min(RIGHT_RECALL, FULL_RECALL) or rating_first(exp_words, e_hit, index) or (use_core and right_by_core(exp, exp_words, e_hit, ans_words)):
        return True
    if core_right and (most >= PART_RECALL or valued_part_covered(exp_words, e_hit) or 2 * sum(e_hit) >= len(e_hit)):  # every point half said
        return True
    if ans_words and fuzz.token_sort_ratio(" ".join(e.key for e in exp_words), " ".join(a.key for a in ans_words)) >= STRING_RATIO:
        return True
    listed = share_of_listed(*concepts, exp_words) is not None
    whole = any(all(hits) for _, hits in _by_chunk(exp_words, e_hit)) or half_a_part(exp_words, e_hit, conjunctions_at(exp))
    best = max(most, PARTLY_MIN + (1 - PARTLY_MIN) * most if listed else 0.0, PARTLY_MIN if whole else 0.0)
    return round(best, 4) >= needs  # the score is shown rounded
