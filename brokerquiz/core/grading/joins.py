"""Words typed apart that the other side has as one word ("at least once", "pub sub"): joined
before the two texts are compared."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

from .analysis import MERGEABLE, Token
from .text import keys_match, typo_distance, word_key


def join_split_words(toks: list[Token], vocab: frozenset[str], latin: str) -> list[Token]:
    """Join words typed apart ("at least once", "pub sub") that the other side has as one."""
    if not vocab:
        return toks
    by_first = _by_first_letter(vocab)
    out: list[Token] = []
    i, count = 0, len(toks)
    while i < count:
        merged = None
        t0 = toks[i]
        if t0.kind in MERGEABLE:
            for n in (3, 2):
                if i + n > count:
                    continue
                run = toks[i : i + n]
                if any(t.kind not in MERGEABLE or t.chunk != t0.chunk for t in run):
                    continue
                # cheap look before the real key: the joined keys must start like a vocab word
                approx = "".join(t.ukey for t in run)
                lengths, words = by_first.get(approx[:1], ((), ()))  # by length: the words at most 4 letters off
                near = words[bisect_left(lengths, len(approx) - 4) : bisect_right(lengths, len(approx) + 4)]
                if not near:
                    continue
                low = "-".join(t.low for t in run)
                key = word_key(low, True, latin)
                if key and any(_joins_to(key, v, run) for v in near):
                    merged = Token(
                        " ".join(t.raw for t in run), t0.start, run[-1].end, low, key, "word", t0.chunk,
                        t0.major, t0.neg, t0.neg_start, parts=tuple(t.key for t in run),
                        ukey=word_key(low, False, latin),
                    )  # fmt: skip
                    i += n
                    break
        if merged is None:
            out.append(t0)
            i += 1
        else:
            out.append(merged)
    return out


@lru_cache(maxsize=1024)
def _by_first_letter(vocab: frozenset[str]) -> dict[str, tuple[list[int], list[str]]]:
    """The vocabulary by first letter, by length: (lengths, words) (cached: the expected side's vocabulary recurs)."""
    by_first: dict[str, list[str]] = {}
    for v in sorted(vocab, key=len):
        by_first.setdefault(v[0], []).append(v)
    return {c: ([len(v) for v in vs], vs) for c, vs in by_first.items()}


def _joins_to(key: str, target: str, run: list[Token]) -> bool:
    """Is the joined key the other side's word (up to a typo), which no single word matches?"""
    if abs(len(key) - len(target)) > 2:
        return False
    if key != target and (any(c.isdigit() for c in key) or typo_distance(key, target) is None):
        return False
    # a word of the run that is the target itself refuses the join; the head of a compound ("Aggregation"
    # of "Aggregation-Pipeline") only prefix-matches it, so it does not
    return not any(keys_match(t.key, target) and len(target) - len(t.key) <= 2 for t in run)


def one_word_keys(toks: list[Token]) -> frozenset[str]:
    """Keys the other side may have typed apart: long one-word keys, and digit+unit keys."""
    return frozenset(
        t.key for t in toks if t.kind == "word" and (len(t.key) >= 5 or any(c.isdigit() for c in t.key))
    )
