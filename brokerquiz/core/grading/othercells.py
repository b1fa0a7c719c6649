"""Another subject's value mixed into an answer: words the expected text lacks that another
subject's cell of the same row says (guards.other_cells before it had a module of its own).

Two such words (a glossary phrase of three words or more counts as two, one of the question's term
as its words: "transactional producer" is "transactions" and still two words of the cell; a
two-word phrase otherwise one, "parcel lockers" for "lockers"), or one value of an opposite group, or one field term standing in the place of an
expected word left unsaid, make the answer say another subject's value (that stand-in the cell's
very word: "$jsonSchema" meets "JSONB" by its beginning only). The words that only assert
or join (a lexicon's predicates, assertion_words, ability_words, connective_words, one_words: "can", "has",
"also", "one") and the values of a quiet group (function words: "per") say how, not what: they never
count as a word of another cell ("they can lag" shares no value with "replicas can lag" but "lag";
"one consumer per partition" none with "a single active consumer per partition" but the consumer).
"""

from __future__ import annotations

from .analysis import Token
from .lexicon import lexicons
from .ownname import own_name_words
from .results import OTHER_SUBJECTS_VALUE, Hit, fragments
from .subjects import SubjectIndex
from .text import lexicon_words


def other_cells(
    ans_words: list[Token], a_hit: list[bool], own_hit: list[bool] | None, others: tuple[str, ...],
    index: SubjectIndex, expected: tuple[list[Token], list[bool]] = ([], []), context: tuple[str, ...] = (),
    own: list[Token] | None = None, replaced: bool = False, named_sids: tuple[int | None, ...] = (),
) -> list[Hit]:
    """Answer words the expected text lacks but another subject's cell of the same row says
    (two words, or one value of an opposite group; or one field term standing in the place of
    an expected word left unsaid, not one the question (context) says: "FIFO per partition"
    for "FIFO per stream"): the answer mixes in another subject's value. expected: the
    expected words and whether the answer says each (empty for an answer right otherwise:
    a stand-in only turns a partly right answer wrong). own_hit: whether the expected text itself
    says each answer word (a_hit also counts the question's words): a question word the
    expected text lacks counts with another word of the same cell said in its part
    ("yes, transactional producer" where another cell says "yes, via transactional producer"), and so
    does a glossary phrase of the question's term spelling more words than it, alone.
    own: the expected words, whose repeats (or the terms they imply) are no other subject's value. replaced: the answer is
    right only on the lower bar for one that says a word in place of an expected one: any word of
    another cell standing in that place, not only a field term, is that subject's value ("joins
    with SQL" for "$lookup for joins"). named_sids: the subjects the answer names (or the card is about),
    whose own name's words are no other subject's value (ownname.py)."""
    from .analysis import analyze

    if not others:
        return []
    owned = {(e.key, e.value) for e in own or ()}  # a word the expected text says itself (a repeat left unaligned) is its own value
    # so is another word for an end of a range the expected text gives ("small" for "Low/medium")
    ranges = [e for e in own or () if e.group is not None and any(f.chunk == e.chunk and f.group == e.group and f.value != e.value for f in own or ())]
    owned |= {(a.key, a.value) for a in ans_words if a.group is not None and any(e.group == a.group and e.value == a.value for e in ranges)}
    denied = [(t.major, t.neg_start) for t in ans_words if t.neg]  # "no ACID across several X" claims no "several"
    client = lexicons().client_side  # "dedup on the consumer": what the client does is no broker's value
    in_client = {a.chunk for a in ans_words if a.low in client}
    named = {id(a) for a in own_name_words(ans_words, named_sids, index)}  # "N logs" said of "X Log": its own name's word
    extra = [a for a, h in zip(ans_words, a_hit) if not h and not a.paren and not a.neg and a.kind == "word"
             and (a.key, a.value) not in owned and a.chunk not in in_client and id(a) not in named
             and not any(index.glossary.implied(e.term, a.term) for e in own or ())  # "persisted" where "disk" is expected
             and not any(a.major == m and a.start > s for m, s in denied)]  # fmt: skip
    echoed = [a for a, h, o in zip(ans_words, a_hit, own_hit or a_hit) if h and not o and not a.paren and not a.neg and a.kind == "word"
              and id(a) not in named]
    if not (extra or any(_spelled(a) >= 2 for a in echoed)) or not others:
        return []
    open_parts = _replacing_parts(ans_words, a_hit, *expected)
    asked = [t for text in context if open_parts and text for t in analyze(text, index).toks if t.kind == "word"]
    standing_in = [a for a in extra if a.chunk in open_parts and (a.term is not None or replaced) and not any(a.matches(q) for q in asked)
                   and _carries(a, index)]  # a quiet word ("within") stands in for no value
    kept = [a for a, h in zip(ans_words, a_hit) if h and a.kind == "word"] if replaced else []
    for other in others:
        words = [t for t in analyze(other, index).toks if t.kind == "word"]
        said = [a for a in extra if any(a.matches(t) for t in words)]
        said += [a for a in echoed if (_spelled(a) >= 2 or any(s.chunk == a.chunk for s in said)) and any(a.matches(t) for t in words)]
        valued = [a for a in said if a.group is not None and not index.glossary.groups[a.group].quiet
                  and not _said_of_another(a, words, ans_words, own or [], index)]
        if _carried_weight(said, index) >= 2 or any(a in echoed and _spelled(a) >= 2 for a in said) or any(
                a in valued or a in standing_in and _very(a, words) and (a.term is not None or _cell_part(a, kept, words)) for a in said):
            frags = fragments(a.raw for a in said)
            return [(f"{OTHER_SUBJECTS_VALUE}: {', '.join(frags)}", frags)]
    return []


def _spelled(a: Token) -> int:
    """How many words a token says: a glossary phrase typed as several words ("transactional
    producer/consumer", one term) counts as each of its words of content, as if typed apart."""
    stop = lexicons().stop
    return max(1, sum(w not in stop for w in a.low.split())) if a.term is not None else 1  # "by default": one


def _carried_weight(said: list[Token], index: SubjectIndex) -> int:
    """How much of another cell the words said carry: each word or term once (a word said twice is
    one), a phrase of three words or more as two."""
    weights: dict[str, int] = {}
    for a in said:
        if _carries(a, index):
            k = a.key if a.term is None else a.term
            weights[k] = max(weights.get(k, 0), 1 + (_spelled(a) >= 3))
    return sum(weights.values())


def _carries(a: Token, index: SubjectIndex) -> bool:
    """Can this word be part of another subject's value? Not a word that only asserts or joins
    ("can", "has", "also"), nor an article ("one"), nor a scope marker ("within": the word after it
    bounds the claim, scopes.py), nor a value of a quiet group ("per")."""
    if a.low in lexicon_words("predicates", "assertion_words", "ability_words", "connective_words", "one_words", "scope_markers"):
        return False
    return a.group is None or not index.glossary.groups[a.group].quiet


def _very(a: Token, words: list[Token]) -> bool:
    """Is the stand-in one of the cell's very words (one key or one term), not one meeting a word of
    it by its beginning ("$jsonSchema" is no "JSONB")? One word alone must be the cell's own."""
    return any(a.key == t.key or a.term is not None and a.term == t.term for t in words)


def _cell_part(a: Token, kept: list[Token], words: list[Token]) -> bool:
    """Does one part of the other cell say the stand-in and a word the answer's part says right
    beside it ("SQL mit Joins" for "joins mit sql")? A plain word alone is no subject's value."""
    parts = {t.chunk for t in words if a.matches(t)}
    return any(b.chunk == a.chunk and any(t.chunk in parts and b.matches(t) for t in words) for b in kept)


def _replacing_parts(ans_words: list[Token], a_hit: list[bool], exp_words: list[Token], e_hit: list[bool]) -> set[int]:
    """The answer parts that say some words of an expected part whose other word goes unsaid:
    an extra word there may stand in that word's place."""
    unsaid = {e.chunk for e, h in zip(exp_words, e_hit) if not h and not e.paren and e.kind == "word"}
    if not unsaid:
        return set()
    parts = {a.chunk for a, h in zip(ans_words, a_hit)
             if h and any(e.chunk in unsaid and a.matches(e) for e in exp_words)}  # fmt: skip
    # a whole expected part unsaid: an answer part saying none of the expected words stands in its place
    whole = any(not any(h for e, h in zip(exp_words, e_hit) if e.chunk == c) for c in unsaid)
    said = {a.chunk for a, h in zip(ans_words, a_hit) if h}
    return parts | ({a.chunk for a in ans_words if a.chunk not in said} if whole else set())


def _said_of_another(a: Token, words: list[Token], ans_words: list[Token], own_words: list[Token], index: SubjectIndex) -> bool:
    """Is the answer's value said of another thing than the other cell says it of? Each part of the
    cell naming it binds it to a word of its own, of no group of its value ("blocking read"), and the answer's part names
    a thing of its own, it and the part before it (a clause cut by a comma) none of those ("publishers get blocked by the alarms"): the same
    word of another claim, not that subject's value. A bare value, in either text, stays its value, and
    so does one said of a thing the model answer names (own_words: "eventual on the primary node"
    where it says "strong on the primary node"), or of a group the model answer gives a value of
    ("eventual consistency overall" beside "strong"): a claim about the model answer's own thing."""
    def plain(toks: list[Token], chunk: int) -> list[Token]:
        return [t for t in toks if t.chunk == chunk and t.kind == "word" and t.group != a.group and _carries(t, index)]
    parts = {t.chunk for t in words if a.matches(t)}
    bound = [plain(words, c) for c in parts]
    own, near = plain(ans_words, a.chunk), [t for t in ans_words if t.chunk in (a.chunk, a.chunk - 1) and t is not a]
    return bool(bound) and all(bound) and bool(own) and not any(o.matches(t) for o in near for ts in bound for t in ts) \
        and not any(o.matches(e) or e.group == a.group for o in own for e in own_words)
