"""fa7: false accepts, round 7. Each class with made-up variants (other words, decks, languages)
and the near misses that must stay right."""

import pytest

from brokerquiz.grading import grade

# --- 1. two values swapped between the roles the model answer ties them to ("by default" / "as
# well", "first" / "then", "primary" / "fallback"): every word is said, each in the other's role.
ROLES_SWAPPED = [
    ("Uniform by default, range as well", "range by default, uniform as well"),
    ("Range by default, sticky as well", "sticky by default and range as well"),
    ("Standardmäßig Range, Sticky auch", "standardmäßig Sticky, Range auch"),
    ("Primary: Raft, fallback: gossip", "primary gossip, fallback raft"),
    ("first the retry topic, then the DLT", "first the DLT, then the retry topic"),
    ("сначала retry-топик, потом DLT", "сначала DLT, потом retry-топик"),
    ("zuerst die Consumer, dann die Producer", "zuerst die Producer, dann die Consumer"),
]


@pytest.mark.parametrize("expected,answer", ROLES_SWAPPED)
def test_values_swapped_between_roles_are_wrong(expected, answer):
    g = grade(expected, answer)
    assert g.verdict == "wrong"
    assert g.reason == "gives two values each other's roles"


ROLES_KEPT = [
    ("Uniform by default, range as well", "uniform by default, range as well"),
    ("Uniform by default, range as well", "range as well, uniform by default"),  # another order, same roles
    ("Standardmäßig Range, Sticky auch", "standardmäßig Range, Sticky auch"),
    ("first the retry topic, then the DLT", "the retry topic first, then the DLT"),
    ("сначала retry-топик, потом DLT", "сначала retry-топик, затем DLT"),
    ("Primary: Raft, fallback: gossip", "primary raft, gossip as a fallback"),
]


@pytest.mark.parametrize("expected,answer", ROLES_KEPT)
def test_values_in_their_own_roles_stay_right(expected, answer):
    assert grade(expected, answer).verdict == "right"
