"""Words typed apart that the other side has as one word ("at least once", "pub sub"): joined
before the two texts are compared."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

from .analysis import MERGEABLE, AnalyzedText, Token
from .text import keys_match, typo_distance, word_key


def join_split_words(toks: list[Token], vocab: frozenset[str], latin: str, static: AnalyzedText | None = None) -> list[Token]:
    """Join words typed apart ("at least once", "pub sub") that the other side has as one; the
    tokens themselves when none is (static: the analysis these tokens are, its runs found once)."""
    if not vocab:
        return toks
    runs = static.once("joins.runs", lambda: _runs(toks)) if static is not None else _runs(toks)
    by_first = _by_first_letter(vocab)
    starts = _starts(vocab)
    merged: list[tuple[int, int, Token]] = []
    after = 0  # the first token no join has taken
    for i, tries in runs:  # type: ignore[union-attr]
        if i < after:
            continue
        for n, size, first in tries:
            # cheap look before the real key: the joined keys must start like a vocab word
            if (first, size) not in starts:
                continue  # no vocab word of that first letter at most 4 letters off (one set look)
            lengths, words = by_first.get(first, ((), ()))  # by length: the words at most 4 letters off
            lo, hi = bisect_left(lengths, size - 4), bisect_right(lengths, size + 4)
            if lo == hi:
                continue
            run = toks[i : i + n]
            low = "-".join(t.low for t in run)
            key = word_key(low, True, latin)
            if key and any(_joins_to(key, v, run) for v in words[lo:hi]):
                t0 = toks[i]
                merged.append((i, n, Token(
                    " ".join(t.raw for t in run), t0.start, run[-1].end, low, key, "word", t0.chunk,
                    t0.major, t0.neg, t0.neg_start, parts=tuple(t.key for t in run),
                    ukey=word_key(low, False, latin),
                )))  # fmt: skip
                after = i + n
                break
    if not merged:
        return toks
    out: list[Token] = []
    taken = 0
    for i, n, joined in merged:
        out.extend(toks[taken:i])
        out.append(joined)
        taken = i + n
    out.extend(toks[taken:])
    return out


def _runs(toks: list[Token]) -> list[tuple[int, tuple[tuple[int, int, str], ...]]]:
    """Where a run of two or three joinable tokens (words, stop words) of one part starts, with
    (its length, its unstemmed keys' total length, its first letter) for three, then two tokens."""
    count = len(toks)
    span = [0] * (count + 1)  # how many joinable tokens of its part start at each token (up to 3)
    for i in range(count - 1, -1, -1):
        if toks[i].kind in MERGEABLE:
            span[i] = 1 + (min(span[i + 1], 2) if i + 1 < count and toks[i + 1].chunk == toks[i].chunk else 0)
    firsts = [t.ukey[:1] for t in toks]
    sizes = [len(t.ukey) for t in toks]
    out = []
    for i in range(count):
        if span[i] >= 2:
            tries = tuple(
                (n, sizes[i] + sizes[i + 1] + (sizes[i + 2] if n == 3 else 0), firsts[i] or firsts[i + 1] or (firsts[i + 2] if n == 3 else ""))
                for n in (3, 2) if span[i] >= n
            )  # fmt: skip
            out.append((i, tries))
    return out

@lru_cache(maxsize=4096)
def _by_first_letter(vocab: frozenset[str]) -> dict[str, tuple[list[int], list[str]]]:
    """The vocabulary by first letter, by length: (lengths, words) (cached: the expected side's vocabulary recurs)."""
    by_first: dict[str, list[str]] = {}
    for v in sorted(vocab, key=len):
        by_first.setdefault(v[0], []).append(v)
    return {c: ([len(v) for v in vs], vs) for c, vs in by_first.items()}


@lru_cache(maxsize=4096)
def _starts(vocab: frozenset[str]) -> frozenset[tuple[str, int]]:
    """(first letter, size) of every run the vocabulary may join: a word of that first letter at most 4 letters off."""
    return frozenset((v[0], n) for v in vocab for n in range(len(v) - 4, len(v) + 5))


def _joins_to(key: str, target: str, run: list[Token]) -> bool:
    """Is the joined key the other side's word (up to a typo), which no single word matches?"""
    if abs(len(key) - len(target)) > 2:
        return False
    if key != target and (any(map(str.isdigit, key)) or typo_distance(key, target) is None):
        return False
    # a word of the run that is the target itself refuses the join; the head of a compound ("Aggregation"
    # of "Aggregation-Pipeline") only prefix-matches it, so it does not
    return not any(keys_match(t.key, target) and len(target) - len(t.key) <= 2 for t in run)


def one_word_keys(toks: list[Token]) -> frozenset[str]:
    """Keys the other side may have typed apart: long one-word keys, and digit+unit keys."""
    return frozenset(
        t.key for t in toks if t.kind == "word" and (len(t.key) >= 5 or any(map(str.isdigit, t.key)))
    )
