"""A scope swapped: the model answer bounds a claim by a scope ("ordering within a partition",
"atomic per document", "innerhalb einer Partition", the same in Russian) and the answer bounds
the same claim by another one ("within a topic", "per collection"): the scope is the claim's
point, so the answer says something else, a flip in any language, not a detail left out.

A scope is the content words after a scope marker (lexicon `scope_markers`: within, per, innerhalb,
its Russian words...), up to three, in the marker's part, past counting words ("a single",
"one"). The answer swaps it when it gives a scope none of whose words the model answer says,
under a marker not negated nor set aside, and says no word of the model answer's scopes (nor its
glossary term) anywhere: "within one partition, not across the topic" keeps it, and so does
"inside the duplicate window" for "within the stream's window".
"""

from __future__ import annotations

from .analysis import Token, analyze
from .results import fragments
from .subjects import SubjectIndex
from .text import fold, lexicon_words


def _scopes(toks: list[Token]) -> list[list[Token]]:
    """The words each scope marker of a text bounds its claim by."""
    markers = lexicon_words("scope_markers")
    counting = lexicon_words("single_forms", "one_words", "each_words", "articles")
    out = []
    for n, t in enumerate(toks):
        if fold(t.low) not in markers or t.neg or t.aside or t.paren:
            continue
        scope = []
        for after in toks[n + 1 : n + 5]:
            if after.chunk != t.chunk or fold(after.low) in markers or len(scope) == 3:
                break
            if after.kind == "word" and fold(after.low) not in counting and not after.neg:
                scope.append(after)
        if scope:
            out.append(scope)
    return out


def swapped_scope(expected: str, answer: str, index: SubjectIndex) -> tuple[str, ...]:
    """The answer's scope words that replace the model answer's scope (see the module's doc); ()
    when the answer keeps every scope or bounds nothing."""
    said = analyze(expected, index).toks
    theirs = [w for scope in _scopes(said) for w in scope]
    if not theirs:
        return ()
    toks = analyze(answer, index).toks
    if any(t.matches(w) for w in theirs for t in toks):
        return ()
    own = [scope for scope in _scopes(toks) if not any(w.matches(e) for w in scope for e in said)]
    return fragments(w.raw for scope in own for w in scope)
