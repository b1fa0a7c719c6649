"""Text analysis: a text as tokens (words, stop words, negators, yes/no, subject mentions),
numbers with their units and comparisons, its polarity and the subjects it names.

Each token knows the part of the text it is in: `chunk` counts every separator (commas, slashes, plus
signs...), `major` only those that end the *core* (commas, parentheses, dashes, sentence ends): the first major part of an expected answer is its core.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import takewhile

from .clauses import denied_next, negate_quoted, reach_back, reach_coordinated, setting_value
from .glossary import Glossary
from .keymeet import keys_meet, prefix_keys
from .labels import join_labels
from .lexicon import lexicons
from .identifiers import name_term, named, unvalued_pieces
from .verbvalues import verb_values
from .functionwords import mark_function_words
from .formerly import mark_former
from .numbers import Number, numbers_in
from .subjects import SubjectIndex, name_at
from .text import WORD, agent_keys, fold, fold_each, is_likeness, keys_match, lexicon_words, part_keys, suffix_base, word_key

_MAJOR_SEP = re.compile(r"[,;()\[\]\n:.!?]|\s[-–—]\s|[–—]")  # ends the core
_FINE_SEP = re.compile(r"[,;()\[\]\n:.!?/+|&→=<>«»\"“”]|\s[-–—]\s|[–—]")  # separates parts
#: Token kinds that two words typed apart may be ("at least once": "at" is a stop word).
MERGEABLE = frozenset({"word", "stop"})
#: Words this short are a glossary term only as spelled (keys of short words collide across scripts).
SHORT_WORD = 3
CONTENT = ("word", "pol", "subj")  #: token kinds that carry content (the words graded)

@dataclasses.dataclass(slots=True)  # slots: texts make many tokens; lighter to build and to read
class Token:
    """One word of a text (or a subject's whole name), with its comparison keys."""

    raw: str
    start: int
    end: int
    low: str
    key: str
    kind: str  # word | stop | neg | pol | subj
    chunk: int  # part index (any separator)
    major: int  # core index (comma, parenthesis, dash...)
    neg: bool = False
    neg_start: int = -1  # where the negator of a negated word starts
    sid: int | None = None
    parts: tuple[str, ...] = ()
    ukey: str = ""  # the key without stemming
    term: int | None = None  # the glossary term this word (or run of words) is a spelling of
    group: str | None = None  # the term's opposite group, if any
    value: str | None = None  # the term's value in that group
    paren: bool = False  # inside parentheses: an elaboration, optional in either text
    ident: bool = False  # a piece of an identifier or config name ("min.insync.replicas=2")
    aside: bool = False  # after an aside marker ("unlike X"): about something else, no claim of this text

    def _replace_paren(self) -> Token:
        """A copy marked optional (as if in parentheses)."""
        return dataclasses.replace(self, paren=True)

    def matches(self, other: Token) -> bool:
        """The same word: the same glossary term in any language or spelling, else the same key
        up to a typo or ending; never two values of one opposite group, nor a word and its
        negating-prefix form (mutable / immutable)."""
        if self.term is not None and self.term == other.term:
            return True
        if self.group is not None and self.group == other.group:
            return False  # two values of one group (sync / async), however alike they look
        if self.key == other.key:
            return True
        both_terms = self.term is not None and other.term is not None
        return keys_meet(self.key, self.ukey, self.parts, self.kind, other.key, other.ukey, other.parts, other.kind, both_terms)


def _in_identifier(text: str, start: int, end: int) -> bool:
    """Is the word at text[start:end] glued to another by a dot, underscore or equals sign?"""
    before = start >= 2 and text[start - 1] in "._=" and text[start - 2].isalnum()
    return before or (end + 1 < len(text) and text[end] in "._=" and text[end + 1].isalnum())


@dataclasses.dataclass
class AnalyzedText:
    """A text as the grader sees it (cached per text and subject index: never mutate)."""

    text: str
    toks: list[Token]
    nums: list[Number]
    pol: str | None  # "yes"/"no" when the text opens with one
    pols: dict[str, str]  # polarity -> raw word, every standalone yes/no word in the text
    has_neg: bool
    sids: list[int]  # subjects in order of first mention
    #: what grading derives from this text alone, once (a few fixed names: bounded with analyze's cache)
    memo: dict[str, object] = dataclasses.field(default_factory=dict, compare=False, repr=False)

    def once(self, name: str, compute: Callable[[], object]) -> object:
        """What compute() derives from this text alone, computed at its first use (name: a fixed name
        per derivation, never a text's: the memo holds a few entries per text)."""
        try:
            return self.memo[name]
        except KeyError:
            value = self.memo[name] = compute()
            return value

    def of_own(self, toks: list[Token]) -> AnalyzedText | None:
        """This analysis when these are its own tokens (no step has changed them), else None."""
        return self if toks is self.toks else None

    @property
    def content(self) -> list[Token]:
        """The tokens that carry content: words, yes/no, subject mentions."""
        return [t for t in self.toks if t.kind in CONTENT]

    def slice(self, toks: Sequence[Token]) -> str:
        """The original text from the first to the last of these tokens."""
        return self.text[toks[0].start : toks[-1].end] if toks else ""


def _detect_subjects(text: str, toks: list[Token], index: SubjectIndex) -> list[Token]:
    """Replace each run of words naming a subject by one "subj" token."""
    out: list[Token] = []
    i = 0
    while i < len(toks):
        hit = name_at(toks, i, index)
        if hit is None:
            out.append(toks[i])
            i += 1
            continue
        n, sid = hit
        first, last = toks[i], toks[i + n - 1]
        out.append(
            Token(
                raw=text[first.start : last.end],
                start=first.start,
                end=last.end,
                low=" ".join(t.low for t in toks[i : i + n]),
                key=f"§s{sid}",
                kind="subj",
                chunk=first.chunk,
                major=first.major,
                sid=sid,
            )
        )
        i += n
    return out


@lru_cache(maxsize=16384)  # a word recurs in many texts: keyed once
def _word_keys(low: str, latin: str) -> tuple[str, str, tuple[str, ...]]:
    """(key, unstemmed key, its pieces' keys) of a word of a text ("three" keys as "3")."""
    numbers = lexicons().number_words
    key, ukey = agent_keys(low, latin) or (numbers.get(low) or word_key(low, True, latin), word_key(low, False, latin))
    return key, ukey, part_keys(low, latin)


def _words(text: str, folded: str, latin: str) -> list[Token]:
    """Every word of the text, numbered by the part (chunk) and core part (major) it is in."""
    toks: list[Token] = []
    chunk = major = 0
    prev_end = 0
    depth = 0
    for m in WORD.finditer(folded):
        gap = folded[prev_end : m.start()]
        if gap != " ":  # one space (most gaps) separates nothing and opens no parenthesis
            # "producer/consumer" is one part, and so is a name with a "+" after one letter ("B+tree", "B+ tree")
            chunk += bool(toks and _FINE_SEP.search(gap) and gap != "/" and (gap.strip() != "+" or len(toks[-1].low) > 1))
            major += bool(toks and _MAJOR_SEP.search(gap))
            depth = max(0, depth + gap.count("(") - gap.count(")"))
        low = m.group()
        key, ukey, parts = _word_keys(low, latin)
        toks.append(
            Token(text[m.start() : m.end()], m.start(), m.end(), low, key, "word", chunk, major,
                 parts=parts, ukey=ukey, paren=depth > 0, ident=_in_identifier(text, m.start(), m.end()))
        )  # fmt: skip
        prev_end = m.end()
    return toks


def _joined(text: str, first: Token, tok: Token) -> bool:
    """May this token continue a phrase begun at `first`: the same part, or glued by a bare slash ("pub/sub")?"""
    return tok.chunk == first.chunk or text[first.end : tok.start] == "/"


def _split_values(text: str, t: Token, glossary: Glossary) -> list[Token]:
    """The pieces of a hyphenated word when each is a value of an opposite group, else []."""
    terms = [glossary.term_of(k) for k in t.parts]
    if any(x is None or glossary.terms[x].group is None for x in terms):
        return []
    out, start = [], t.start
    for piece, term in zip(t.raw.replace("’", "'").split("-"), terms):
        info = glossary.terms[term]  # type: ignore[index]
        out.append(Token(piece, start, start + len(piece), piece.lower(), f"§t{term}", "word", t.chunk, t.major,
                         ukey=f"§t{term}", term=term, group=info.group, value=info.value, paren=t.paren))  # fmt: skip
        start += len(piece) + 1
    return out


def _negating_suffix(t: Token, latin: str) -> None:
    """A word ending in a lexicon's negating suffix is its base, negated ("masterless", "masterloser")."""
    if base := suffix_base(t.low, latin):
        t.key, t.ukey, t.neg, t.neg_start = word_key(base, True, latin), word_key(base, False, latin), True, t.start


def _join_terms(text: str, toks: list[Token], glossary: Glossary) -> list[Token]:
    """Mark each word that is a glossary term; replace each run of words that spells one as a
    phrase ("at least once", "with caveats", "mindestens einmal") by one token of that term."""
    out: list[Token] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        hit = None
        if t.kind in MERGEABLE:
            for keys, term in glossary.phrases_at(t.key):
                n = len(keys)
                run = toks[i : i + n]
                # the keys first (most phrases starting with this word go on with another), then the parts
                if len(run) == n and all(keys_match(u.key, k) for u, k in zip(run[1:], keys[1:])) and all(
                    u.kind in MERGEABLE and _joined(text, t, u) for u in run
                ):
                    hit = (n, term)
                    break
        if hit is None and len(t.parts) >= 2 and t.kind in MERGEABLE:
            pieces = _split_values(text, t, glossary)
            if pieces:  # "low-medium": two values, as if typed "low/medium"
                out.extend(pieces)
                i += 1
                continue
        if hit is None:
            if t.kind in MERGEABLE:
                term = glossary.term_of(t.key, t.ukey, t.low) if len(t.low) > SHORT_WORD else glossary.short.get(t.low)
                if term is None and t.parts and t.parts[0] not in prefix_keys():
                    # "disk-backed": the piece that is a term (not "non-durable": a negating prefix); a name's pieces whole
                    term = name_term(t.low, t.parts, glossary) if named(t) else glossary.piece_term(t.low, t.parts)
                if term is not None:
                    t.term, t.group, t.value = term, glossary.terms[term].group, glossary.terms[term].value
                else:
                    _negating_suffix(t, glossary.latin)
            out.append(t)
            i += 1
            continue
        n, term = hit
        last = toks[i + n - 1]
        low = " ".join(u.low for u in toks[i : i + n])
        out.append(Token(text[t.start : last.end], t.start, last.end, low, f"§t{term}", "word", t.chunk, t.major,
                         ukey=f"§t{term}", term=term, group=glossary.terms[term].group,
                         value=glossary.terms[term].value))  # fmt: skip
        i += n
    return out


#: The most words from an "until" word to the negator it takes (lexicons' until_before_negator):
#: a subject between (Russian "until the timeout not expires").
UNTIL_REACH = 3


def _classify(toks: list[Token], text: str = "") -> tuple[str | None, dict[str, str]]:
    """Mark stop words, yes/no words and negators (the lexicons' "until" words: no negation; a no-word
    opening the text is its yes/no, "No when requeued", but a negator before a word, "No multi-partition ACID"; one
    closing a part after its words denies them, a postfix "X no" as "no X");
    return the polarity the text opens with and every standalone polarity word (polarity -> raw word)."""
    lex = lexicons()
    suffixes = tuple(n for n in lex.negators if "'" in n or "’" in n)  # a contraction: "aren't"
    pols: dict[str, str] = {}
    pol = None
    for i, t in enumerate(toks):
        if t.kind == "subj" or t.key.startswith("§t") or (text and setting_value(text, toks, i)):
            continue
        low = t.low
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        standalone = nxt is None or nxt.chunk != t.chunk or (i == 0 and (nxt.kind != "word" or nxt.low in lex.stop))
        if low in lex.yes:
            t.kind, t.key = "pol", "§yes"
        elif low in lex.no and standalone and not _closing(toks, i):
            t.kind, t.key = "pol", "§no"
        elif low in lex.no or low in lex.negators or (suffixes and low.replace("’", "'").endswith(suffixes)):
            # "until not ack", "until the timeout not expires" (Russian): the negator after an "until" word of its part is none
            # a negator opening the second of two joined conditions ("until A and not B") is the until word's too
            joined = i > 0 and toks[i - 1].low in lex.conjunctions
            reach = 2 * UNTIL_REACH + 1 if joined else UNTIL_REACH
            prev = next((u for u in reversed(toks[max(0, i - reach) : i]) if (u.chunk == t.chunk or joined and u.major == t.major)
                         and u.low in lex.until_before_negator), None)  # fmt: skip
            if prev is not None:
                prev.kind, prev.key, prev.ukey = "word", "until", "until"
                t.kind = "stop"
            else:
                t.kind = "neg"
        elif low in lex.stop and t.term is None:  # "on" where "off" is expected, "ES" (event sourcing)
            t.kind = "stop"
        elif low in lex.until_words:  # a lexicon's "until" word before "ack" = until ack
            t.key = t.ukey = "until"
        if t.kind == "pol":
            polarity = "yes" if t.key == "§yes" else "no"
            pols.setdefault(polarity, t.raw)
            if pol is None and not any(x.kind in ("word", "subj") for x in toks[:i]):
                pol = polarity
    return pol, pols


def _closing(toks: list[Token], i: int) -> bool:
    """Does toks[i] close a part after a word of its own (a postfix "X no")?"""
    t = toks[i]
    return any(x.chunk == t.chunk and x.kind in ("word", "subj") and x.raw[:1].isalpha() for x in toks[:i])


@lru_cache(maxsize=2)
def _by_first(kind: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The lexicons' aside markers or hedges (word sequences, folded) by their first word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for seq in getattr(lexicons(), kind):
        folded = tuple(fold(w) for w in seq)
        out.setdefault(folded[0], []).append(folded)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _run_at(toks: list[Token], i: int, kind: str) -> int:
    """The length of the aside marker or hedge starting at toks[i] (0: none)."""
    for seq in _by_first(kind).get(toks[i].low, ()):
        run = toks[i : i + len(seq)]
        if len(run) == len(seq) and all(u.low == w and u.chunk == toks[i].chunk for u, w in zip(run, seq)):
            return len(seq)
    return 0


def _mark_asides(toks: list[Token]) -> None:
    """Words after a lexicon's aside marker ("like", "unlike") to the end of their part, and a likeness
    ("JSON-like"), are an aside, as if in parentheses: a comparison made in passing, not a claim."""
    for i, t in enumerate(toks):
        t.paren = t.paren or is_likeness(t.low)
        if _run_at(toks, i, "aside_markers"):
            for u in toks[i:]:
                if u.chunk != t.chunk:
                    break
                u.paren = u.aside = True


def hedge_in(an: AnalyzedText) -> str:
    """The lexicons' hedge ("or both") a text says, as typed, or ""."""
    for i in range(len(an.toks)):
        n = _run_at(an.toks, i, "hedges")
        if n:
            return an.slice(an.toks[i : i + n])
    return ""


def _mark_negations(toks: list[Token]) -> bool:
    """A negator flips the next content word of its part (True: the text has one), a no-word opening the text its
    words up to a stop word; ending its part (not after an "or") or before a lexicon predicate, what the part named first."""
    has_neg = False
    predicates = lexicons().predicates
    degrees = lexicon_words("negator_degrees")  # "longer" of "no longer": the predicate after it is denied
    for i, t in enumerate(toks):
        if t.kind != "neg":
            continue
        has_neg = True
        nxt = denied_next(toks, i)  # None: it closes its part ("Joins gibt es nicht", "nicht mehr")
        if nxt is not None:
            nxt.neg, nxt.neg_start = True, t.start
            if toks[i + 1] is nxt and nxt.low in lexicon_words("negator_determiners"):
                # "without any delay": the delay is denied too; not "not with any external sink" (a determiner right after its negator only)
                nxt = next((u for u in toks[toks.index(nxt) + 1 :] if u.chunk == t.chunk and u.kind in ("word", "subj")), nxt)
                nxt.neg, nxt.neg_start = True, t.start
            after = toks[toks.index(nxt) + 1] if nxt.low in degrees and toks.index(nxt) + 1 < len(toks) else None
            if after is not None and after.chunk == t.chunk and after.low in predicates:
                nxt = after  # "no longer maintained", "nicht mehr gepflegt": the predicate is the negator's
        for u in takewhile(lambda u: u.chunk == t.chunk and u.kind != "stop", toks[1:] if i == 0 and t.low in lexicons().no else ()):
            u.neg, u.neg_start = (True, t.start) if u.kind in ("word", "subj") else (u.neg, u.neg_start)
        before = takewhile(lambda u: u.kind == "stop", reversed([u for u in toks[:i] if u.chunk == t.chunk]))
        alternative = any(u.low in lexicons().disjunctions for u in before)  # "whole or nothing" denies nothing
        for u in reach_back(toks, i) if (nxt is None and not alternative) or (nxt is not None and nxt.low in predicates) else ():
            if u.chunk == t.chunk and u.kind in ("word", "subj") and not u.neg:
                u.neg, u.neg_start = True, u.start
        if nxt is not None and nxt.low in predicates and not any(u.chunk == t.chunk and u.kind == "word" for u in toks[:i]):
            # nothing named before it ("it cannot do exactly-once", "<subject> cannot do ..."): the predicate's object is denied
            obj = next((u for u in toks[toks.index(nxt) + 1 :] if u.chunk == t.chunk and u.kind == "word"), None)
            if obj is not None and not obj.neg:
                obj.neg, obj.neg_start = True, t.start
    return has_neg


@lru_cache(maxsize=8192)  # every text of the four shipped decks and their answers in one session: no eviction
def analyze(text: str, index: SubjectIndex) -> AnalyzedText:
    """The analysis of a text against the known subjects (cached: the expected side is
    analysed once per session)."""
    folded = fold(text)
    if len(folded) != len(text):  # a character that changes length when folded: keep offsets
        folded = fold_each(text)  # each character folded alone, its first character kept
    toks = _join_terms(text, _detect_subjects(text, _words(text, folded, index.latin), index), index.glossary)
    unvalued_pieces(text, toks), verb_values(toks, index.glossary)  # "max.block.ms", "alarms block publishers": no "blocking"
    join_labels(text, toks)
    pol, pols = _classify(toks, text)
    mark_function_words(toks, index.glossary)  # "at all", "and so on", "on the primary": stop words, before the negators reach
    _mark_asides(toks)
    mark_former(text, toks)  # "previously ... ." the old state: an aside
    has_neg = reach_coordinated(toks, _mark_negations(toks)) or "no" in pols  # "must not reuse A and change B": B denied too
    negate_quoted(text, toks)  # "not the pair «processed and acked»": the quotation is denied too
    sids: list[int] = list(dict.fromkeys(t.sid for t in toks if t.kind == "subj"))  # type: ignore[misc]
    return AnalyzedText(text, toks, numbers_in(text, folded), pol, pols, has_neg, sids)
