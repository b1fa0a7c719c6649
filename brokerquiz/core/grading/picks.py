"""Choice picks graded (`grade_choice`); how many a card wants is `core.picking.pick_rule`.

One rule for picks however they come (keys, clicks, typed "1, 3"): a pick outside the right
and either-way options makes the answer wrong. On a single-answer question (a radio choice)
it is wrong with no credit; on a multi-answer question the right picks keep a little of their
credit (the share of right ones picked, less the share of wrong ones picked, at most
GUARD_SCORE_CAP: below "partly"), as a typed answer naming something that does not fit.
Leaving right options out costs in proportion (partly right when half are picked).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..picking import pick_rule
from .results import Grade
from .thresholds import GUARD_SCORE_CAP

if TYPE_CHECKING:
    from ..model import Card

def grade_choice(card: Card, picked: set[int]) -> Grade:
    """Multiple choice: right iff every correct option is picked and nothing outside the
    correct and optional ones; a pick outside them is wrong (see the module); right ones left
    out give partial credit; picking every option is wrong unless every option is right."""
    choices = card.choices or ()
    picked = set(picked)
    bad = [i for i in picked if not 0 <= i < len(choices)]
    if bad:
        raise ValueError(f"no choice {bad[0] + 1} on this card")
    correct, allowed = set(card.correct), set(card.correct) | set(card.optional)
    missing = tuple(choices[i] for i in sorted(correct - picked))
    wrong = tuple(choices[i] for i in sorted(picked - allowed))
    if not picked:  # right only when no option is right ("which fit?" — none)
        return Grade(True, 1.0) if not correct else Grade(False, 0.0, missing, (), "nothing picked")
    if len(choices) > 1 and picked == set(range(len(choices))) and allowed != picked:
        return Grade(False, 0.0, (), wrong, "picked every option", contradicting=wrong)
    if correct <= picked <= allowed:
        return Grade(True, 1.0, (), (), "")
    hit = len(picked & correct) / len(correct) if correct else 1.0
    n_wrong = len(choices) - len(allowed)
    score = max(0.0, hit * (1.0 - len(picked - allowed) / n_wrong)) if n_wrong else hit
    if wrong:  # a wrong claim, not a cost: wrong, not partly
        score = 0.0 if pick_rule(card) == 1 else min(score, GUARD_SCORE_CAP)
    reasons = []
    if missing:
        reasons.append("missed: " + ", ".join(missing))
    if wrong:
        reasons.append("wrong pick: " + ", ".join(wrong))
    return Grade(False, round(score, 4), missing, wrong, "; ".join(reasons), contradicting=wrong)
