"""A name the model answer glosses in parentheses is said by its gloss.

Model answers name a metric or a setting and say right after it, in parentheses, what it means:
"messages_ready (waiting for delivery) and messages_unacknowledged (delivered, not acknowledged)".
A candidate who has not learnt the identifier by heart says what it counts ("how many messages are
waiting to be delivered and how many are delivered but not acked yet"): that is the fact the
interviewer asks for. So a word of the expected text right before a parenthesis whose every word
the answer says (two words at least, not one that could be a chance match) counts as said.
"""

from __future__ import annotations

from .analysis import Token

#: the fewest words a gloss must have for saying it to say the name it glosses
MIN_GLOSS = 2


def glossed_hits(exp_words: list[Token], e_hit: list[bool], expected: str) -> list[bool]:
    """e_hit with each word right before a parenthesis the answer says whole marked said."""
    out = list(e_hit)
    for i, t in enumerate(exp_words[:-1]):
        if out[i] or t.paren or not exp_words[i + 1].paren or expected[t.end : exp_words[i + 1].start].strip() != "(":
            continue
        gloss = [j for j in range(i + 1, len(exp_words)) if exp_words[j].paren and exp_words[j].chunk == exp_words[i + 1].chunk]
        if len(gloss) >= MIN_GLOSS and all(e_hit[j] for j in gloss):
            out[i] = True
    return out
