"""An expected text's or an answer's words grouped by the part of the text they are in, with their
hit flags: what grade_text reads of whole parts (one said in place of another, the Missing and
Wrong lines)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .analysis import AnalyzedText, Token
from .lexicon import lexicons


def parts_of(toks: Sequence[Token]) -> dict[int, list[Token]]:
    """The tokens of each part of a text (part number -> its tokens, in order)."""
    out: dict[int, list[Token]] = {}
    for t in toks:
        out.setdefault(t.chunk, []).append(t)
    return out


def part_replaced(exp_words: list[Token], e_hit: list[bool], ans_words: list[Token], a_hit: list[bool]) -> bool:
    """Does the answer say a whole part of its own where it leaves a whole expected part unsaid?"""
    def unsaid(toks: list[Token], hits: list[bool]) -> bool:
        return any(not any(h for t, h in zip(ts, hs) if not t.paren) and any(not t.paren for t in ts)
                   for ts, hs in by_chunk(toks, hits))  # fmt: skip
    return unsaid(exp_words, e_hit) and unsaid(ans_words, a_hit)


def by_chunk(toks: list[Token], hits: list[bool]) -> list[tuple[list[Token], list[bool]]]:
    """Tokens and their hit flags grouped by the part of the text they are in."""
    out: dict[int, tuple[list[Token], list[bool]]] = {}
    for t, h in zip(toks, hits):
        group = out.setdefault(t.chunk, ([], []))
        group[0].append(t)
        group[1].append(h)
    return list(out.values())


_GLUE = re.compile(r"\.|\(\)\s?")  # an identifier's dot, a call's parentheses: "max.poll.interval.ms", "poll() calls"


def shown_chunks(text: str, toks: list[Token], hits: list[bool]) -> list[tuple[list[Token], list[bool]]]:
    """by_chunk for the verdict's Missing and Wrong lines: parts glued only by an identifier's dot
    or a call's parentheses are shown as one ("max.poll.interval.ms", not "max", "poll", "interval")."""
    out: list[tuple[list[Token], list[bool]]] = []
    for part, part_hits in by_chunk(toks, hits):
        if out and _GLUE.fullmatch(text[out[-1][0][-1].end : part[0].start]):
            out[-1][0].extend(part)
            out[-1][1].extend(part_hits)
        else:
            out.append((list(part), list(part_hits)))
    return out


def item_left_out(text: str, toks: list[Token], hits: list[bool]) -> bool:
    """Does a part of the text go unsaid whole (none of its words hit, asides aside)? Parts glued
    by an identifier's dot or a setting's "=" are one ("min.insync.replicas=2")."""
    items: list[tuple[list[Token], list[bool]]] = []
    for part, part_hits in shown_chunks(text, toks, hits):
        if items and text[items[-1][0][-1].end : part[0].start].strip() == "=":
            items[-1][0].extend(part)
            items[-1][1].extend(part_hits)
        else:
            items.append((list(part), list(part_hits)))
    return any(not any(h for t, h in zip(ts, hs) if not t.paren) and any(not t.paren for t in ts) for ts, hs in items)


def undenied(exp_words: Sequence[Token], e_hit: Sequence[bool], ans_words: Sequence[Token]) -> list[bool]:
    """The expected words' hits for the core's and a whole part's credit: a word the expected text
    denies is covered only by an answer that denies something ("a reply queue per client" says no
    part of "no reply queue: ..."; the alignment may have met its words elsewhere in the text)."""
    if any(a.neg or a.key == "§no" for a in ans_words):
        return list(e_hit)
    return [h and not e.neg for e, h in zip(exp_words, e_hit)]





def half_a_part(toks: list[Token], hits: list[bool], joints: Sequence[int] = (), said: Sequence[Token] | None = None) -> bool:
    """Does the text have a part half said or more, or one whole item of a part's list (cut at the
    conjunctions at `joints`: "Shovel" of "Shovel and Federation between clusters"), one word at
    least, asides aside? An answer every word of which the model answer says, and that says so much
    of one of its parts, only leaves things out: partly, not wrong (match.py), as a whole part said is.
    `said`: the answer's words, when one must meet a word of a part so said ("there is a reply
    queue" says no half of "the reply is lost") and the rest a word of a part said at all: they
    may come from two parts ("gateways between the clusters" of "Gateways connect clusters ...: a
    full mesh between clusters ..."; "a queue per client, reused" of "One reply queue per
    requester, reused across requests: ..."), each an omission. A value of an opposite group
    must come from a part half said ("big prefetch shares long tasks fairly" of "small prefetch
    shares long tasks fairly, big raises throughput" takes another part's value). A part denying
    something counts only for an answer that denies something too ("a reply queue" says no half
    of "no reply queue")."""
    denies = said is None or any(a.neg or a.key == "§no" for a in said)
    halves = [ts for ts, hs in by_chunk(toks, hits) if (denies or not any(t.neg for t in ts)) and _half_said(ts, hs, joints)]
    if said is None or not halves:
        return bool(halves)
    parts = [ts for ts, hs in by_chunk(toks, hits) if (denies or not any(t.neg for t in ts)) and any(hs)]

    def met(a: Token, where: list[list[Token]]) -> bool:
        return any(a.matches(e) for ts in where for e in ts)

    return any(met(a, halves) for a in said) and all(a.paren or met(a, halves) or a.group is None and met(a, parts) for a in said)


def _half_said(ts: list[Token], hs: list[bool], joints: Sequence[int]) -> bool:
    """Is this part half said or more, or one whole item of its list, asides aside?"""
    kept = [(t, h) for t, h in zip(ts, hs) if not t.paren]
    if any(h for _, h in kept) and 2 * sum(h for _, h in kept) >= len(kept):
        return True
    items: list[list[bool]] = []
    for k, (t, h) in enumerate(kept):
        if not items or any(kept[k - 1][0].start < j < t.start for j in joints):
            items.append([])
        items[-1].append(h)
    return len(items) > 1 and any(all(item) for item in items)


def conjunctions_at(text: AnalyzedText) -> tuple[int, ...]:
    """Where the text says a conjunction ("and") between words: the joints of its lists."""
    return tuple(t.start for t in text.toks if t.kind == "stop" and t.low in lexicons().conjunctions)


def same_polarity(a: Token, exp_words: Sequence[Token]) -> bool:
    """Does the answer's word meet an expected word said with its polarity ("a reply queue" meets
    only the denied one of "no reply queue": it claims what the model answer denies)?"""
    return any(a.neg == e.neg and a.matches(e) for e in exp_words)
