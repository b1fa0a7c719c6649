"""Values swapped between roles: the model answer ties each of two values to a role of its own
("uniform by default, range as well"; "first the retry topic, then the DLT"; a fallback), and the
answer ties each value to the other's role ("range by default, uniform as well"). The roles are
data (the lexicons' role_words: a role's name and its phrases in the language); a part is a piece
of a text between separators or a conjunction, and holds a role when exactly one role's phrases
occur in it; a role's phrase alone in its part ("fallback: gossip") takes the next part's words.
A role said in two parts of one text tells nothing; a value's words are those of its part the other role's part does not say.
"""

from __future__ import annotations

from functools import lru_cache

from .analysis import CONTENT, Token, analyze
from .lexicon import _read, lexicon_files, lexicons
from .results import fragments
from .subjects import SubjectIndex, index_for
from .text import lexicon_words


@lru_cache(maxsize=1)
def _roles() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(role, its phrase as the words a text's analysis makes of it), longest first, from every lexicon."""
    bare = index_for(None)
    out = [(str(role), tuple(t.low for t in analyze(str(p), bare).toks))
           for name in lexicon_files() for role, phrases in (_read(name).get("role_words") or {}).items()
           for p in phrases or ()]  # fmt: skip
    return tuple(sorted((rp for rp in out if rp[1]), key=lambda rp: -len(rp[1])))


@lru_cache(maxsize=1)
def _fillers() -> frozenset[str]:
    return lexicon_words("additive_words", "connective_words", "articles", "prepositions")


def _pieces(toks: list[Token]) -> list[list[Token]]:
    """The text's parts: its separators' chunks, split again at a conjunction."""
    conj = lexicons().conjunctions
    out: list[list[Token]] = []
    last = None
    for t in toks:
        if t.chunk != last or t.low in conj:
            out.append([])
            last = t.chunk
        if t.low not in conj:
            out[-1].append(t)
    return [p for p in out if p]


def _role_of(piece: list[Token]) -> tuple[str, list[Token]] | None:
    """The one role a part names and its words besides the role's phrases (maybe none); None otherwise."""
    lows = [t.low for t in piece]
    used = [False] * len(piece)
    found = set()
    said = set(lows)
    for role, phrase in _roles():
        if phrase[0] not in said:
            continue  # a phrase whose first word the part does not say: nowhere in it
        n = len(phrase)
        for i in range(len(lows) - n + 1):
            if tuple(lows[i : i + n]) == phrase and not any(used[i : i + n]):
                used[i : i + n] = [True] * n
                found.add(role)
    if len(found) != 1:
        return None
    return found.pop(), [t for t, u in zip(piece, used) if not u and t.kind in CONTENT and t.low not in _fillers()]


def _by_role(text: str, index: SubjectIndex) -> dict[str, list[Token]]:
    """Each role said in exactly one part of the text, with that part's words."""
    seen: dict[str, list[list[Token]]] = {}
    label = None  # a role said alone ("fallback: gossip"): the next part's words are its value
    for piece in _pieces(analyze(text, index).toks):
        got = _role_of(piece)
        if got is None and label:
            got = (label, [t for t in piece if t.kind in CONTENT and t.low not in _fillers()])
        label = got[0] if got and not got[1] else None
        if got and got[1]:
            seen.setdefault(got[0], []).append(got[1])
    return {role: parts[0] for role, parts in seen.items() if len(parts) == 1}


@lru_cache(maxsize=4096)  # deck text only: the model answer's roles for every answer to a card
def _expected_roles(expected: str, index: SubjectIndex) -> dict[str, list[Token]]:
    """_by_role of the model answer (read only)."""
    return _by_role(expected, index)


def _meets(words: list[Token], others: list[Token]) -> bool:
    return any(w.matches(o) for w in words for o in others)


def swapped_roles(expected: str, answer: str, index: SubjectIndex) -> tuple[str, ...]:
    """The answer's words it gives another role than the model answer does, when two values swap
    roles (see the module's doc); () otherwise."""
    exp = _expected_roles(expected, index)
    if len(exp) < 2:
        return ()
    ans = _by_role(answer, index)
    roles = [r for r in exp if r in ans]
    for a in roles:
        for b in roles:
            if a == b:
                continue
            own_a = [w for w in exp[a] if not _meets([w], exp[b])]
            own_b = [w for w in exp[b] if not _meets([w], exp[a])]
            if not own_a or not own_b:
                continue
            if _meets(ans[a], own_b) and not _meets(ans[a], own_a) and _meets(ans[b], own_a) and not _meets(ans[b], own_b):
                return fragments(w.raw for w in ans[a])
    return ()
