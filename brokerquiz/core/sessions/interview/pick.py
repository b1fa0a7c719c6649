"""Picking interview questions: weakest material first, kinds mixed, one question per topic.

Reproducible: the same seed and the same card states (`store.card_states`) give the same
questions. The closing phrase is always the last question.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import NamedTuple, NoReturn

from .questions import (
    InterviewQuestion,
    card_question,
    compare_question,
    scenario_question,
    use_question,
)
from ... import card_ids
from ...model import Card, Deck
from ....errors import SessionError
from ...translate import N_, _

KIND_CYCLE = ("compare", "scenario", "use", "follow-up")
JITTER = 0.35  # how much the seeded randomness may reorder material of similar weakness
COMBINE_CHANCE = 0.35  # how often a scenario question joins two rating rows
# What a deck needs for an interview to ask anything (the sections `_candidates` reads).
NEEDS = N_(
    "a tables row with cells for two or more subjects, a ratings row where a subject fits (👍), "
    "an item in lists, an entry in follow_ups or a phrase in phrases"
)


def weakness(states: Mapping[str, dict], card_ids: tuple[str, ...] | list[str]) -> float:
    """0 (well known) .. ~1.5 (lapsing): never-seen cards count 1, low stability and lapses more."""
    if not card_ids:
        return 1.0
    total = 0.0
    for card_id in card_ids:
        state = states.get(card_id)
        if not state or not state.get("state"):
            total += 1.0  # never reviewed: as weak as it gets for someone preparing
            continue
        stability = state.get("stability") or 0.0
        total += min(1.0, 0.9 / (1.0 + stability / 5.0)) + min(0.6, 0.2 * (state.get("lapses") or 0))
    return total / len(card_ids)


def _candidates(deck: Deck, cards: list[Card]) -> dict[str, list[tuple[str, tuple, tuple[str, ...]]]]:
    """kind -> (topic-ish key, builder args, card ids for weakness), in deck order."""
    out: dict[str, list] = {k: [] for k in (*KIND_CYCLE, "phrase")}
    for table in deck.tables:
        for row in table.rows:
            if len(row.cells) >= 2:
                topic = card_ids.row_topic(table.key, row.key)
                ids = tuple(card_ids.fact(deck.id, table.key, row.key, k) for k in row.cells)
                out["compare"].append((topic, (table.key, row.key), ids))
    for table in deck.ratings:
        for row in table.rows:
            if any(c.fits and not c.mixed for c in row.cells.values()):
                topic = card_ids.row_topic(table.key, row.key)
                ids = tuple(card_ids.rating(deck.id, table.key, row.key, k) for k in row.cells)
                out["scenario"].append((topic, (table.key, row.key), ids))
    for lst in deck.lists:
        for subject in deck.subjects:
            if lst.items.get(subject.key):
                ids = tuple(card_ids.use_case(deck.id, lst.key, subject.key, i.key) for i in lst.items[subject.key])
                out["use"].append((card_ids.list_topic(lst.key, subject.key), (lst.key, subject.key), ids))
    for card in cards:
        if card.kind in ("follow-up", "phrase"):
            kind = card.kind
            out[kind].append((card.topic, (card,), (card.id,)))
    return out


def require_material(deck: Deck, cards: list[Card]) -> None:
    """Raise SessionError, naming what is missing, when `deck` gives no interview question."""
    if not any(_candidates(deck, cards).values()):
        _nothing_to_ask(deck)


def _nothing_to_ask(deck: Deck) -> NoReturn:
    where = f"{deck.path}: " if deck.path else ""
    raise SessionError(where + _("the deck {deck} has nothing to ask in an interview: it needs {needs}").format(
        deck=repr(deck.id), needs=_(NEEDS)))


def pick_questions(
    deck: Deck,
    cards: list[Card],
    states: Mapping[str, dict],
    count: int,
    seed: int | None = None,
) -> list[InterviewQuestion]:
    """`count` questions mixing the kinds, weakest material first, one per topic, phrase last.

    `states` is `store.card_states(...)` for the deck's cards (missing ids count as never
    seen). The same `seed` and the same states give the same questions. A deck with nothing
    to ask raises SessionError (see `require_material`).
    """
    if count < 1:
        raise SessionError(_("an interview needs at least one question"))
    rng = random.Random(seed)
    pool = _candidates(deck, cards)
    if not any(pool.values()):
        _nothing_to_ask(deck)
    # one jitter per candidate, drawn in deck order, so the draw does not depend on the pick
    score = {
        (kind, key): weakness(states, ids) + rng.random() * JITTER
        for kind, entries in pool.items()
        for key, _, ids in entries
    }
    phrase = pool["phrase"][0] if pool["phrase"] else None
    body = count - 1 if phrase and count > 1 else (count if not phrase else 0)
    picked = _Picked(set(), set(), {kind: 0 for kind in KIND_CYCLE})
    questions: list[InterviewQuestion] = []
    for _slot in range(body):
        question = _next_question(deck, pool, score, states, rng, picked)
        if question is None:
            break  # the deck has fewer questions than asked for
        picked.topics.update(question.topics)
        questions.append(question)
    if phrase and (count > 1 or body == 0):
        questions.append(card_question(phrase[1][0], "phrase", deck.language))
    if not questions:  # candidates, but none made a question
        _nothing_to_ask(deck)
    return questions


class _Picked(NamedTuple):
    """What the questions picked so far used: topics, (kind, key) candidates, kinds asked."""

    topics: set[str]
    keys: set[tuple[str, str]]
    kinds: dict[str, int]


def _ranked(pool, score, picked: _Picked, kind: str) -> list:
    """The kind's unused candidates, weakest first."""
    return sorted(
        (e for e in pool[kind] if (kind, e[0]) not in picked.keys),
        key=lambda e: -score[(kind, e[0])],
    )


def _next_question(deck, pool, score, states, rng, picked: _Picked) -> InterviewQuestion | None:
    """The next question: the kinds asked least so far come first and, among them, the one
    whose weakest material is weakest; a repeated topic only when the rows run out."""
    best = {k: max((score[(k, e[0])] for e in _ranked(pool, score, picked, k)), default=-1.0) for k in KIND_CYCLE}
    order = sorted(KIND_CYCLE, key=lambda k: (picked.kinds[k], -best[k]))
    for strict in (True, False):
        for kind in order:
            for key, args, _ in _ranked(pool, score, picked, kind):
                q = _build(deck, kind, key, args, pool, score, picked.topics, rng, states)
                if q is None or (strict and picked.topics & set(q.topics)):
                    continue
                picked.keys.update((kind, t) for t in (key, *q.topics))
                picked.kinds[kind] += 1
                return q
    return None


def _build(deck, kind, key, args, pool, score, used_topics, rng, states) -> InterviewQuestion | None:
    if kind == "compare":
        table_key, row_key = args
        row = next(r for t in deck.tables if t.key == table_key for r in t.rows if r.key == row_key)
        keys = [s.key for s in deck.subjects if s.key in row.cells]
        # the weakest 2-3 brokers of the row, seeded ties
        size = min(len(keys), rng.choice((2, 3)))
        keys.sort(key=lambda k: -(weakness(states, [card_ids.fact(deck.id, table_key, row_key, k)]) + rng.random() * JITTER))
        return compare_question(deck, table_key, row_key, keys[:size])
    if kind == "scenario":
        table_key, row_key = args
        rows = [row_key]
        if rng.random() < COMBINE_CHANCE:
            partners = sorted(
                (e for e in pool["scenario"] if e[1][0] == table_key and e[1][1] != row_key),
                key=lambda e: -score[("scenario", e[0])],
            )
            for topic, (_, other), _ in partners:
                if topic in used_topics:
                    continue
                combined = scenario_question(deck, table_key, [row_key, other])
                if combined is not None:
                    return combined
        return scenario_question(deck, table_key, rows)
    if kind == "use":
        return use_question(deck, *args)
    return card_question(args[0], kind)
