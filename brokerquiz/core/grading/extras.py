"""An extra claim the deck puts elsewhere, beside a right answer: a part of the answer that says
nothing of the expected text (nor of the question) and

- says what another subject's cell of the same row says, with a word this subject's cells never
  say ("maxlen, blocking read and prefetch" where only another broker's cell says prefetch): the
  answer mixes in another subject's value; or
- denies what the subject's own cells in other rows say, or says what they deny ("..., but no
  transactions" where its transactions cell names them; "and it supports joins" where its
  queries cell says "no joins"); or
- says "only" of something the expected text does not name ("..., but only inside one table"):
  it narrows the answer to a case the deck does not make; or
- says the whole of another subject's cell of another row (every word of it, two or more), with
  no word this subject's cells say ("at-least-once, kept long with configurable retention" where
  that retention is another broker's storage cell; the question's words may be among its words):
  another subject's fact, told of this one.

On a "which one?" card (choices), a subject the answer likens the right one to ("X, like Y": a
lexicon's likeness_markers) is named as an answer too, wrong unless it is a right choice.

A part is a run of words between separators (commas, slashes...) and a lexicon's conjunctions
("X and Y" is two claims); one of an identifier's pieces only ("block" of "max.block.ms") is none.
A denial is a negator, a negated word or the last (worst) value of a core group ("unsuitable for X"). Asides ("unlike X") and parentheses make no claim.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from .analysis import Token, analyze
from .lexicon import lexicons
from .reasons import _reason_starts
from .metwords import text_words
from .results import fragments
from .subjects import SubjectIndex
from .text import lexicon_words


@lru_cache(maxsize=4096)  # the deck's cells are split again for every answer to their subject's cards
def claims(text: str, index: SubjectIndex) -> tuple[tuple[Token, ...], ...]:
    """The text's parts as claims: tokens between separators and conjunctions, asides and
    parentheses left out; a part of identifier pieces only ("block" of "max.block.ms") is none."""
    joining = lexicons().conjunctions
    out: list[list[Token]] = []
    chunk = None
    for t in analyze(text, index).toks:
        if t.chunk != chunk or (t.kind == "stop" and t.low in joining):
            out.append([])
            chunk = t.chunk
        if not t.paren and not t.aside:
            out[-1].append(t)
    # a part of an identifier's pieces alone ("block" of "max.block.ms") names a setting: no claim
    return tuple(tuple(c) for c in out if any(t.kind == "word" and not t.ident for t in c))


@lru_cache(maxsize=512)
def _claims_of(texts: tuple[str, ...], index: SubjectIndex) -> tuple[tuple[Token, ...], ...]:
    """Every claim of these texts (the questions a subject fits, read once per subject)."""
    return tuple(c for text in texts for c in claims(text, index))


def _denies(claim: Sequence[Token], index: SubjectIndex) -> bool:
    groups = index.glossary.groups
    core = index.glossary.core_groups
    return any(t.kind == "neg" or t.neg or (t.group in core and t.value == groups[t.group].values[-1]) for t in claim)


def _words(claim: Iterable[Token]) -> list[Token]:
    """The claim's content words; its rating words ("unsuitable"), the verbs that only assert
    (a lexicon's predicates and assertion_words: "supports") and the words joining it to the rest
    (connective_words: "but", "too") left out: those say how, not what."""
    asserting = lexicon_words("predicates", "assertion_words", "connective_words")
    return [t for t in claim if t.kind == "word" and t.group != "rating" and t.low not in asserting]


def extra_claims(
    expected: str, answer: str, index: SubjectIndex, *, row: Sequence[str] = (), own: Sequence[str] = (),
    asked: str = "", fits: Sequence[str] = (), elsewhere: Sequence[str] = (), nuance: str = "",
) -> tuple[str, ...]:
    """The answer's fragments that claim another subject's value (row: the other subjects'
    cells of the same row) or contradict the subject's own cells elsewhere (own), in parts
    that say no word of the expected text nor of the question (asked). fits: the scenarios and
    uses the deck says the subject fits; their words are the subject's own too. elsewhere: the
    other subjects' cells of every row, a whole one of which an extra part must not say. nuance:
    the card's note, what the deck says of this very cell (a restriction it makes is no claim of the answer's own)."""
    if not row and not own and not elsewhere:
        return ()
    expected_words = text_words((expected,), index)  # the expected words by key: each claim word asks those near it
    told = expected_words.words
    asked_words = [t for t in analyze(asked, index).toks if t.kind == "word"]
    new = [c for c in claims(answer, index) if not any(expected_words.meeting(t) for t in _words(c))]
    if not new:
        return ()
    extra = [c for c in new if not any(t.matches(k) for t in _words(c) for k in asked_words)]
    own_claims = [c for cell in own for c in claims(cell, index)]
    own_words = [*(t for c in own_claims for t in _words(c)), *(t for c in _claims_of(tuple(fits), index) for t in c if t.kind == "word")]
    for claim in new:
        words, denied = _words(claim), _denies(claim, index)
        if not words:
            continue
        # "dedup on the consumer": what the client does is no other subject's value
        flat = not denied and not _conditional(claim) and not any(t.low in lexicons().client_side for t in words)
        if flat and _whole_cell(words, elsewhere, own_words, index):
            return fragments(t.raw for t in claim if t.kind != "stop")
        if claim not in extra:
            continue
        if _restricts(claim, told) and not _deck_condition(claim, own_words, nuance, index):  # "..., but only inside one table"
            return fragments(t.raw for t in claim if t.kind != "stop")
        against = [c for c in own_claims if _denies(c, index) != denied and _covers(_words(c), words)]
        if against or (flat and _another_subjects(_head(claim), row, own_words, index)):
            return fragments(t.raw for t in claim if t.kind != "stop")
    return ()


def _restricts(claim: Sequence[Token], told: Sequence[Token]) -> bool:
    """Does a part saying nothing of the expected text say "only" (of no subject, of no value of a
    group the expected text names: exclusive.py judges those), where the expected text has words
    and says no "only"? It narrows the answer to a case the deck does not name: its own claim. An
    "only" after a reason's marker is the reason's own ("because that is only a first pass")."""
    only, groups = lexicons().only_words, {t.group for t in told if t.group is not None}
    if not _words(told) or any(t.low in only for t in told) or any(t.kind == "subj" or t.group in groups for t in claim):
        return False
    # an "only" inside a reason ("because that's only at-least-once") qualifies the reason, not the claim
    reason = min(_reason_starts(list(claim)), default=None)
    return any(t.low in only and (reason is None or t.start < reason) for t in claim)


#: The least share of a condition's words the card's note says for its "only" to be the deck's own.
DECK_CONDITION_SHARE = 0.5


def _deck_condition(claim: Sequence[Token], own_words: Sequence[Token], nuance: str, index: SubjectIndex) -> bool:
    """Is an "only" part a condition or reason (a lexicon's reason_markers: "only if the consumer
    acks", "because that is only at-least-once", "only until retention deletes it") at least half
    of whose words the card's note says, every value of an opposite group among them one the deck
    (the note, the subject's own cells) says where it names that group's values? It repeats when
    the deck's fact holds, it narrows nothing ("only inside one collection" names no condition)."""
    markers = lexicon_words("reason_markers")
    if not any(t.low in markers for t in claim):
        return False
    only = lexicons().only_words
    words = [t for t in _words(claim) if t.low not in markers and t.low not in only]
    noted = [t for t in analyze(nuance, index).toks if t.kind == "word"] if nuance else []
    said = [w for w in words if any(_same(w, o) for o in noted)]
    # a value of an opposite group the deck names values of must be one of them ("manual acks", not "auto acks")
    deck = [o for o in (*own_words, *noted) if o.group is not None]
    valued = all(any(o.value == w.value for o in deck if o.group == w.group) for w in words
                 if w.group is not None and any(o.group == w.group for o in deck))
    return bool(words) and valued and len(said) >= DECK_CONDITION_SHARE * len(words)


def _same(a: Token, b: Token) -> bool:
    """The same word, strictly: one glossary term, or two plain words alike (no compound's
    head or combining form: "multi-dc" is not "multi-partition")."""
    if a.term is not None or b.term is not None:
        return a.term == b.term
    return a.matches(b) and a.parts == b.parts


def _covers(said: Sequence[Token], words: Sequence[Token]) -> bool:
    """Does a cell's claim say every one of these words (one a glossary term)?"""
    return bool(said) and all(any(_same(w, s) for s in said) for w in words) and any(w.term is not None for w in words)


def _head(claim: Sequence[Token]) -> list[Token]:
    """The claim's words before its first preposition ("event sourcing" of "event sourcing with
    long retention"): what it names; the rest qualifies it. All its words when it opens with one."""
    cut = next((n for n, t in enumerate(claim) if t.low in lexicon_words("prepositions")), len(claim))
    return _words(claim[:cut]) or _words(claim)


def _conditional(claim: Sequence[Token]) -> bool:
    """A claim under a condition, an option or a default ("strong when both use quorum",
    "memory storage also possible"): what it says of another value is no flat claim."""
    markers = lexicon_words("option_markers", "reason_markers", "default_words", "predicates")
    return any(t.low in markers for t in claim)


def _another_subjects(words: Sequence[Token], row: Sequence[str], own_words: Sequence[Token], index: SubjectIndex) -> bool:
    """Does another subject's cell say at least half of these words, every valued one (a value
    of an opposite group) among them, while the subject's own cells say none of them ("producer
    acks" beside a cell of a subject whose cells name its producer is about that subject)?"""
    if any(_same(w, o) for w in words for o in own_words):
        return False
    for cell in row:
        said = [t for c in claims(cell, index) if not _denies(c, index) for t in _words(c)]
        hit = [w for w in words if any(_same(w, s) for s in said)]
        valued = [w for w in words if w.group is not None]
        if hit and 2 * len(hit) >= len(words) and all(w in hit for w in valued):
            return True
    return False


@lru_cache(maxsize=64)  # the other subjects' cells are the same for every answer to a subject's cards
def _cells_words(cells: tuple[str, ...], index: SubjectIndex) -> tuple[tuple[Token, ...], ...]:
    """Each cell's content words, its denied claims left out."""
    return tuple(tuple(t for c in claims(cell, index) if not _denies(c, index) for t in _words(c)) for cell in cells)


def _whole_cell(words: Sequence[Token], cells: Sequence[str], own_words: Sequence[Token], index: SubjectIndex) -> bool:
    """Do these words say every word (two or more) of one of these cells, none of the cell's
    words one the subject's own cells say?"""
    for said in _cells_words(tuple(cells), index):
        if len(said) >= 2 and all(any(_same(s, w) for w in words) and not any(_same(s, o) for o in own_words) for s in said):
            return True
    return False


@lru_cache(maxsize=1)
def _likeness_runs() -> tuple[tuple[str, ...], ...]:
    """The lexicons' likeness markers as word runs, longest first."""
    runs = {tuple(m.split()) for m in lexicon_words("likeness_markers")}
    return tuple(sorted(runs, key=len, reverse=True))


def likened_subjects(answer: str, allowed: Iterable[str], index: SubjectIndex) -> tuple[str, ...]:
    """The subjects (as typed) the answer names after a likeness marker in their part ("like Y")
    that are none of the allowed labels (the card's right and either-way choices)."""
    ok = {index.lookup(label) for label in allowed}
    toks = analyze(answer, index).toks
    lows = [t.low for t in toks]
    likened = []
    for i, t in enumerate(toks):
        run = next((r for r in _likeness_runs() if tuple(lows[i : i + len(r)]) == r), None)
        if run is None:
            continue
        likened += [u.raw for u in toks[i + len(run):] if u.chunk == t.chunk and u.kind == "subj" and u.sid not in ok]
    return fragments(likened)
