"""Numbers: another number than the model answer's is wrong, one told beside all of them is detail.

A number the answer says and the model answer does not ("removed in 3.8" for "removed in 4.0",
"min.insync.replicas=1" for "=2") is the classic changed figure: wrong. But a long answer in one's
own words often adds true figures of its own beside every figure the model answer gives: "deprecated
in 3.x, and 4.0 removed them" for "removed in 4.0", "customer-0 to customer-7" for "client#0...client#N",
"KIP-848 ... GA since 4.0" for "GA since 4.0" (the question's own name). Such a number contradicts
nothing the model answer says: the model answer's figures are all there, said as it says them. So
an extra number is wrong only when some number of the model answer goes unsaid (the extra one may
stand in its place), or when it is offered as an alternative to one of them ("7 days by default, or
30 days": the answer hedges between two figures); the figures the model answer gives must still match exactly, with the same
comparison ("< 10 ms" is no "> 10 ms"). A number stands in only for one of its kind: a year for a
year, any other figure for any other ("2.2" for no "2023"), so "built into the server since 2.2"
beside an unsaid "end-of-life since 2023" is a detail of its own, not a changed figure. Whether an
extra figure contradicts the deck elsewhere (another subject's version, a default the deck gives otherwise) is figures.py's and defaulted.py's.
A figure in the model answer's parenthesised aside of words ("(in AMQP 1.0 ...)") is optional: left unsaid,
it is stood in for only by a figure said beside a word of that aside ("in winter from pier 3" for
"(in winter from pier 2)"). One of figures alone ("folding trays (4.2+)") is its word's version,
needed as any figure.
"""

from __future__ import annotations

import re

from .analysis import CONTENT, AnalyzedText, Token
from .lexicon import lexicons
from .numbers import Number, same_time
from .results import Hit


def _same(e: Number, n: Number) -> bool:
    """One figure: the same digits in no other unit, or one amount of time in two units."""
    return e.value == n.value and (e.unit == n.unit or not (e.unit and n.unit)) or same_time(e, n)


def _kind(n: Number) -> str:
    """What a figure counts: a year (four digits from 1970 to 2099, no unit), or anything else (a
    version and an amount read alike: "4.0" is 4)."""
    return "year" if not n.unit and n.raw.isdigit() and len(n.raw) == 4 and 1970 <= int(n.raw) <= 2099 else "other"


def number_hits(exp: AnalyzedText, ans: AnalyzedText) -> list[Hit]:
    """Digits must match exactly, and the comparison (<, >) must agree; a number the model answer
    lacks is wrong unless the answer says each of the model answer's numbers as well."""
    if not exp.nums:
        return []
    all_told = all(any(_same(e, n) for n in ans.nums) for e in exp.nums)
    hedged = _offered_instead(exp, ans) if all_told else set()
    unsaid = [(e, _aside_words(exp, at)) for e, at in zip(exp.nums, _places(exp.text, exp.nums))
              if not any(_same(e, n) for n in ans.nums)]
    for i, (n, at) in enumerate(zip(ans.nums, _places(ans.text, ans.nums))):
        same = [e for e in exp.nums if _same(e, n)]
        if not same:
            if i not in hedged and not any(_kind(e) == _kind(n) and (aside is None or _beside(ans, at, aside)) for e, aside in unsaid):
                continue  # a figure of its own beside every expected one, or of no unsaid one's kind: detail
            return [(f"wrong number: '{n.raw}' vs '{exp.nums[0].raw}'", (n.raw,))]
        if n.cmp and all(e.cmp and e.cmp != n.cmp for e in same):
            return [(f"wrong comparison: '{n.raw}' vs '{same[0].raw}'", (n.raw,))]
    return []


def _offered_instead(exp: AnalyzedText, ans: AnalyzedText) -> set[int]:
    """The indexes of the answer's numbers that follow one of the model answer's numbers with only
    a disjunction's part between ("7 days, or 30 days", "4.0 oder 4.1"): another figure offered
    in its place, not a figure of its own."""
    disjunctions = lexicons().disjunctions
    spans = _places(ans.text, ans.nums)
    out = set()
    for i in range(1, len(ans.nums)):
        if any(_same(e, ans.nums[i - 1]) for e in exp.nums) and not any(_same(e, ans.nums[i]) for e in exp.nums):
            between = ans.text[spans[i - 1][1] : spans[i][0]].lower()
            if any(w in disjunctions for w in re.findall(r"\w+", between)) and not re.search(r"[.;!?]", between):
                out.add(i)
    return out


def _places(text: str, nums: list[Number]) -> list[tuple[int, int]]:
    """Each number's place in the text, in order."""
    at, spans = 0, []
    for n in nums:
        start = text.find(n.raw, at)
        start = at if start < 0 else start
        spans.append((start, start + len(n.raw)))
        at = start + len(n.raw)
    return spans


def _aside_words(exp: AnalyzedText, at: tuple[int, int]) -> list[Token] | None:
    """The content words of the parenthesis a number of the model answer is in, or None when it is
    in none, or in one of figures alone ("folding trays (4.2+)"): that figure is its word's own."""
    for found in re.finditer(r"\([^()]*\)", exp.text):
        if found.start() < at[0] and at[1] <= found.end():
            inside = [t for t in exp.toks if t.kind in CONTENT and found.start() < t.start < found.end()]
            return None if all(_DIGITS.fullmatch(t.raw.strip("+<>=~")) for t in inside) else inside
    return None


def _beside(ans: AnalyzedText, at: tuple[int, int], aside: list[Token]) -> bool:
    """Is the answer's number at `at` said next to a word of the aside (the content word just before
    or just after it), or in a name of the aside's with other digits ("KIP-848" for "(KIP-932, ...)")?"""
    words = [t for t in ans.toks if t.kind in CONTENT]
    before = [t for t in words if t.end <= at[0]][-1:]
    after = [t for t in words if t.start >= at[1]][:1]
    if any(t.matches(a) for t in (*before, *after) for a in aside):
        return True
    named = {_frame(t.raw) for t in aside if _DIGITS.search(t.raw) and _frame(t.raw) != "#"}
    return any(_frame(t.raw) in named for t in words if t.start <= at[0] and at[1] <= t.end)


_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def _frame(raw: str) -> str:
    """A name with its digits blanked ("kip-#" of "KIP-848")."""
    return _DIGITS.sub("#", raw.lower())
