"""A sweeping claim said in passing: "every extra consumer reads in parallel", "works on any
stream without any settings", "the window is 2 hours by default".

A follow-up's model answer of several sentences is answered in one's own words, and its `accept`
entries state the key points: an answer that makes the points of one is right, however many
words of its own it wraps them in ("a poller runs ZRANGEBYSCORE", "the counter in XPENDING"). A
word saying every, any, always or by default is another matter: it claims something of all
cases, or of the default, that the accepted short form does not vouch for; so does one saying a
thing happens or exists by itself ("the server moves it into its built-in DLQ", the lexicons'
agency_words). Such a word (the lexicons' sweeping_words, default_words and agency_words; a
spelling ending in "*" a stem prefix)
that the answer says and none of the accept entry, the model answer and the question says keeps
the accept entry from making the answer right; the model answer then judges it. A model answer
that only names subjects ("which ones fit?") vouches for nothing, so only a boundless word is held
against its why ("X, every datacenter takes writes" is right by the deck's guards).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .analysis import AnalyzedText, Token, analyze
from .doers import is_machine_doer
from .subjects import SubjectIndex
from .text import fold, lexicon_words


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(the lexicon's spelling, its pattern) of each sweeping word, longest first."""
    words = sorted(lexicon_words("sweeping_words", "default_words", "agency_words"), key=len, reverse=True)
    out = []
    for w in words:
        body = re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w)
        out.append((w, re.compile(rf"(?<!\w){body}(?!\w)")))
    return tuple(out)


@lru_cache(maxsize=1)
def _agency() -> frozenset[str]:
    return lexicon_words("agency_words", "doer_agency_words")


def _doer_agency(an: AnalyzedText) -> list[tuple[str, Token | None]]:
    """A doer_agency_word right after a machine doer or a subject's name, in one part ("the server
    itself moves it"): a thing said to happen by itself. Elsewhere (before its noun, after a person) emphasis."""
    words = lexicon_words("doer_agency_words")
    if not words:
        return []
    out: list[tuple[str, Token | None]] = []
    for prev, tok in zip(an.toks, an.toks[1:]):
        low = fold(tok.low)
        if low not in words or prev.chunk != tok.chunk:
            continue
        if prev.kind == "subj" or is_machine_doer(fold(prev.low)):
            out.append((low, tok))
    return out


@lru_cache(maxsize=1)
def _backers() -> frozenset[str]:
    """Words of a model text saying a thing does something by itself ("themselves"), no agency word of an answer."""
    return lexicon_words("agency_backers")


def spellings_of(low: str) -> set[str]:
    """The sweeping words' spellings that this one folded word says ("globally" for "global*")."""
    return {w for w, pattern in _patterns() if " " not in w and pattern.fullmatch(low)}


def each_of_named(ans: AnalyzedText, told: Sequence[Token], placed: bool = False) -> set[str]:
    """The sweeping spellings the answer says right before a word of `told` in its part ("each
    partition" where the model text names partitions): said of each of the things the model text
    names, no sweeping claim of its own. placed: only right after a preposition (a lexicon's,
    "in each region": where something is, not "every extra consumer reads" what all of them do)."""
    preps = lexicon_words("prepositions") if placed else frozenset()
    toks = ans.toks  # only where a sweeping word is spelled (a few words of a text, found once) is the next word asked
    spelled = ans.once("sweeping.spelled", lambda: tuple((i, _spellings(fold(t.low))) for i, t in enumerate(toks[:-1]) if _spellings(fold(t.low))))
    return {w for i, ws in spelled for p, t, n in ((toks[i - 1] if i else None, toks[i], toks[i + 1]),)  # type: ignore[union-attr]
            if n.chunk == t.chunk and n.kind == "word" and any(n.matches(e) for e in told)
            and (not placed or p is not None and p.chunk == t.chunk and fold(p.low) in preps) for w in ws}


@lru_cache(maxsize=8192)
def _spellings(low: str) -> frozenset[str]:
    stems, _ = _quick_looks()  # a word no stem starts and no spelling is needs no pattern
    if not low.startswith(stems) and low not in _single_words():
        return frozenset()
    return frozenset(spellings_of(low))


@lru_cache(maxsize=1)
def _single_words() -> frozenset[str]:
    """The one-word spellings of _patterns that are no stem (each matches only itself whole)."""
    return frozenset(w for w, _ in _patterns() if " " not in w and not w.endswith("*"))


def _said(an: AnalyzedText) -> list[tuple[str, Token | None]]:
    """(spelling, its token when one word or one glossary phrase says it) of each sweeping word the text says."""
    folded = fold(an.text)
    words = [(t, fold(t.low)) for t in an.toks if t.kind in ("word", "stop", "neg")]  # each folded once, not once per pattern
    stems, phrases = _quick_looks()
    by_low: dict[str, list[Token]] = {}
    for t, low in words:
        by_low.setdefault(low, []).append(t)
    stemmed = [(t, low) for t, low in words if low.startswith(stems)]  # the words any stem may spell (in C), in order
    any_phrase = phrases is not None and phrases.search(folded) is not None  # one search for all the phrases first
    out = []
    for w, pattern in _patterns():
        if " " in w:
            m = pattern.search(folded) if any_phrase else None
            if m:  # its token when one token (a glossary phrase: "by default") spells the whole phrase
                out.append((w, next((t for t in an.toks if t.start <= m.start() and m.end() <= t.end), None)))
            continue
        if w.endswith("*"):  # a stem: its letters first (a string test), then the pattern
            stem = w[:-1]
            out.extend((w, t) for t, low in stemmed if low.startswith(stem) and pattern.fullmatch(low))
        else:  # one word as spelled: the pattern matches a whole word exactly when it is that word
            out.extend((w, t) for t in by_low.get(w, ()))
    return out + _doer_agency(an)


@lru_cache(maxsize=1)
def _quick_looks() -> tuple[tuple[str, ...], re.Pattern[str] | None]:
    """(every stem of _patterns, one pattern any of its phrases matches): a word no stem starts
    needs no stem's pattern, a text none of the phrases matches no phrase's search."""
    stems = tuple(w[:-1] for w, _ in _patterns() if " " not in w and w.endswith("*"))
    phrases = [p.pattern for w, p in _patterns() if " " in w]
    return stems, re.compile("|".join(f"(?:{p})" for p in phrases)) if phrases else None


def agency_said(an: AnalyzedText) -> list[tuple[str, Token | None]]:
    """(spelling, its token) of each agency word the text says (byitself.py)."""
    return [(w, t) for w, t in _said_of(an) if w in _agency()]


def _said_of(an: AnalyzedText) -> tuple[tuple[str, Token | None], ...]:
    """_said of a text, once per analysis (an answer's is asked by several guards; read only)."""
    return an.once("sweeping.said", lambda: tuple(_said(an)))  # type: ignore[return-value]


@lru_cache(maxsize=4096)  # the model answer, the question and each accept entry recur for every answer to a card
def _said_in(text: str, index: SubjectIndex) -> tuple[tuple[str, Token | None], ...]:
    return _said_of(analyze(text, index))


def sweeping_said(text: str, index: SubjectIndex) -> tuple[tuple[str, Token | None], ...]:
    """(spelling, its token) of each sweeping, default or agency word the text says (noted.py)."""
    return _said_in(text, index)


def new_sweeping_words(ans: AnalyzedText, texts: Sequence[str], index: SubjectIndex, *, agency: bool = False) -> tuple[str, ...]:
    """The sweeping words the answer says and none of the texts says, by spelling or as the
    same word ("each" for "every" by the glossary); () when none. ans: analyze(ans.text, index),
    whose sweeping words are cached (_said_in): one answer meets every accept entry of a card.
    agency: the agency words too ("built-in", "automatically"), which only an accept entry is asked about."""
    said = _said_in(ans.text, index)
    if not agency:
        said = tuple((w, t) for w, t in said if w not in _agency())
    if not said:
        return ()
    known = [k for text in texts for k in _said_in(text, index)]
    words = [t for text in texts for t in analyze(text, index).toks]
    new = [w for w, t in said if not any(w == k for k, _ in known)
           and not (t is not None and any(t.matches(o) for o in words if o.kind in ("word", "stop")))]
    if any(k in _agency() for k, _ in known) or any(fold(t.low) in _backers() for t in words):
        new = [w for w in new if w not in _agency()]  # the texts say it happens by itself ("themselves"): "natively" is none of its own
    return tuple(dict.fromkeys(new))


@lru_cache(maxsize=1)
def _claim_patterns() -> tuple[re.Pattern[str], tuple[tuple[str, re.Pattern[str]], ...]]:
    """The sweeping words without the default words (a default named beside "available" is often
    the fact itself): "every", "globally", "of all" (one pattern any single word of them matches
    whole, each spelling with its own pattern). Not the only-words: "only within the retention
    window" is as often a true restriction as a wrong one."""
    words = sorted(lexicon_words("sweeping_words"), key=len, reverse=True)
    bodies = [(w, re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w)) for w in words]
    single = re.compile("|".join(body for w, body in bodies if " " not in w))
    return single, tuple((w, re.compile(rf"(?<!\w){body}(?!\w)")) for w, body in bodies)


def _claims_said(an: AnalyzedText) -> list[tuple[str, Token | None]]:
    """(spelling, its token when one word says it) of each claim word (_claim_patterns) the text says."""
    single, patterns = _claim_patterns()
    words = [(t, low) for t in an.toks if t.kind in ("word", "stop", "neg") for low in (fold(t.low),) if single.fullmatch(low)]
    folded = fold(an.text)
    phrases = _claim_phrases()
    any_phrase = phrases is not None and phrases.search(folded) is not None  # one search for all the phrases first
    out: list[tuple[str, Token | None]] = []
    for w, pattern in patterns:
        if " " in w:
            m = pattern.search(folded) if any_phrase else None
            if m:
                out.append((w, next((t for t in an.toks if t.end > m.start()), None)))
            continue
        out.extend((w, t) for t, low in words if pattern.fullmatch(low))
    return out


@lru_cache(maxsize=1)
def _claim_phrases() -> re.Pattern[str] | None:
    """One pattern any phrase of _claim_patterns matches (a text it does not match says none of them)."""
    phrases = [p.pattern for w, p in _claim_patterns()[1] if " " in w]
    return re.compile("|".join(f"(?:{p})" for p in phrases)) if phrases else None


@lru_cache(maxsize=4096)
def _claims_in(text: str, index: SubjectIndex) -> tuple[tuple[str, Token | None], ...]:
    return tuple(_claims_said(analyze(text, index)))


def _rated(exp_words: list[Token], index: SubjectIndex) -> bool:
    """Does the expected text open with a rating symbol (a value of a `core` group)? Its note is
    optional, and so are the answer's own words beside the rating."""
    group = index.glossary.groups.get(exp_words[0].group or "") if exp_words else None
    return bool(group and group.core and not exp_words[0].low.isalpha())


def _names_only(exp_words: list[Token]) -> bool:
    """Does the expected text only name subjects (a "which ones fit?" card: "X")? It vouches
    for no claim at all, so every word of the answer's why would be a claim it does not make: "each
    region", "every datacenter takes writes" beside the right name. The deck judges such a why
    instead (extras.py, traits.py: another subject's value, a trait the subject's rows exclude); a
    boundless word ("kept forever", "unlimited"), or one over the things asked about ("every other
    database": _of_the_kind), is still a claim of its own."""
    return bool(exp_words) and all(e.kind == "subj" for e in exp_words)


def _of_the_kind(t: Token, ans: AnalyzedText) -> bool:
    """Is the sweeping word said over the things the card asks which of ("every other database",
    "any store", "jede andere Datenbank")? A word of the lexicons' other_words or class_nouns after
    it in its part: a claim that they all fit, not a why of the subject named."""
    kinds = lexicon_words("other_words", "class_nouns")
    return any(u.chunk == t.chunk and u.start > t.start and fold(u.low) in kinds for u in ans.toks)


def sweeping_claims(ans: AnalyzedText, ans_words: list[Token], a_hit: list[bool], texts: Sequence[str],
                    index: SubjectIndex, exp_words: list[Token]) -> list[tuple[str, tuple[str, ...]]]:
    """A claim of the answer's own that the texts (the expected text, the question) do not vouch
    for: a sweeping word ("..., and globally across the topic", "..., the lowest latency of all")
    said outside parentheses in a part of the answer that says no expected word (a_hit:
    the answer words the expected text says; a boundless word, "unlimited", in any part), and by none of the texts, by spelling or as the same word."""
    said = _claims_in(ans.text, index)
    if not said or _rated(exp_words, index):
        return []
    hit_parts = {t.chunk for t, h in zip(ans_words, a_hit) if h}
    boundless = lexicon_words("boundless_words")  # no bound at all: a claim even of an expected word ("the window is unlimited")
    names_only = _names_only(exp_words)  # then only a boundless word, or one over the field's things, is a claim of its own
    said = [(w, t) for w, t in said if t is not None and not t.paren
            and (t.chunk not in hit_parts and (not names_only or _of_the_kind(t, ans)) or w in boundless)]
    if not said:
        return []
    known = {k for text in texts if text for k, _ in _claims_in(text, index)}
    words = [t for text in texts if text for t in analyze(text, index).toks if t.kind in ("word", "stop", "neg")]
    # a phrase's token is its first word only ("of" of "of all"): the phrase itself must be said
    out = [t.raw if " " not in w else w for w, t in said if w not in known and (" " in w or not any(t.matches(o) for o in words))]
    return [("a sweeping claim the expected answer does not make", tuple(dict.fromkeys(out)))] if out else []
