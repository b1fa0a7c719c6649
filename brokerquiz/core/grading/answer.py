"""grade(): a typed answer against the expected text and the other accepted answers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .analysis import analyze
from .parts import grade_against
from .results import Grade, fragments
from .subjects import subject_index
from .text import is_no_answer


def grade(
    expected: str,
    answer: str,
    *,
    accept: Sequence[str] = (),
    aliases: Mapping[str, Sequence[str]] | None = None,
    subject: str | None = None,
) -> Grade:
    """Grade a typed answer against the expected text and other accepted answers.

    aliases: subject display name -> short names (merged with DEFAULT_ALIASES). Naming a short
    name of the expected subject is right; naming another subject is wrong.
    subject: the subject the question is about (a name, short name or deck key), when the
    expected text does not name it: an answer naming another subject is then wrong too.
    """
    if is_no_answer(answer):
        return Grade(False, 0.0, fragments([expected]), (), "no answer")
    index = subject_index(aliases)
    sid = index.lookup(subject) if subject else None
    main = grade_against(expected, answer, index, use_core=True, sid=sid)
    if main.correct and main.score >= 1.0:
        return main
    exp, ans = analyze(expected, index), analyze(answer, index)
    if exp.pol and {"yes": "no", "no": "yes"}[exp.pol] in ans.pols:
        return main  # "да" to a "Нет ..." question: no accepted alternative makes it right
    best = main
    for alt in accept:
        if alt and alt.strip():
            g = grade_against(alt, answer, index, use_core=False, sid=sid)
            if g.correct and g.beats(best):
                best = g
    return best
