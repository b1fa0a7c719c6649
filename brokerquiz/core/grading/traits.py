"""An extra claim the deck contradicts elsewhere: a value of a trait group (glossary.yaml,
`trait: true`: the subject's delivery guarantee, its writers) that the expected text does not
speak of, while the subject's cells in the other rows of the deck name values of that group and
never this one ("FIFO per queue, exactly-once" where the subject's delivery cell says
"at-least-once"). A value the other rows name too, or a group the expected text names itself
(the opposite guards judge that), is no such claim; nor is one a negator denies with the word before
it ("slow and not real exactly-once", "no true exactly-once": the phrase is denied whole)."""

from __future__ import annotations

from collections.abc import Sequence

from .analysis import Token, analyze
from .results import fragments
from .subjects import SubjectIndex


def _claims(toks: Sequence[Token]) -> list[Token]:
    from .guards import _in_denied_phrase  # a later word of a denied phrase is denied with it

    toks = list(toks)
    return [t for t in toks if t.group is not None and t.value is not None and not t.neg and not t.paren and not t.aside
            and not _in_denied_phrase(t, toks)]


def contradicted_traits(expected: str, answer: str, cells: Sequence[str], index: SubjectIndex) -> tuple[str, ...]:
    """The answer's fragments claiming a trait value the subject's other cells (cells) exclude."""
    if not cells:
        return ()
    groups = index.glossary.groups
    wanted = [t for t in _claims(analyze(answer, index).toks) if groups[t.group].trait]  # type: ignore[index]
    if not wanted:
        return ()
    spoken = {t.group for t in _claims(analyze(expected, index).toks)}
    named: dict[str, set[str]] = {}
    for cell in cells:
        for t in _claims(analyze(cell, index).toks):
            named.setdefault(t.group, set()).add(t.value)  # type: ignore[arg-type]
    return fragments(t.raw for t in wanted if t.group not in spoken and t.group in named and t.value not in named[t.group])
