"""The study session: queue, answer, rate, undo, learning steps and a summary; no Textual.

A `StudySession` is the object the study screen drives, so every rule here is tested
without a terminal:

* The queue is the store's due queue (due cards, then today's new cards), or with
  ``cram=True`` the hardest cards first, reviewed without touching the schedule.
* A card is answered one way or another (`reveal`, `submit_text`, `submit_choice`), which
  proposes a rating (right → Good, partly → Hard, wrong → Again, a plain reveal → Good,
  a choice card revealed unanswered → Again);
  `rate` saves the review at once (the store commits before returning), so quitting or a
  crash loses nothing already rated.
* A learning card that comes due again within `LEARN_AHEAD` (Again → 1 min, Good → 10 min)
  comes back later in the same session, as in Anki.
* `undo` deletes this session's last review (state restored by the store) and puts the card
  back; another terminal's reviews are never undone.
* `suspend` (until undone, or unsuspended in the card browser) and `bury` (until the start
  of tomorrow) take the current card out of the queue, as in Anki; `undo` reverses them too,
  only while the card's flags are still what this session set.
* `counts` are Anki's three figures, new / learning / review, of what is left; the states
  come with the queue itself (`Store.due_items`), so they cost no query.
* ``focus`` drills one topic: a row key ("delivery"), a "table/row" topic or a table key.
  That topic's due (and new) cards come first, scheduled as usual; then its other cards,
  as cram: reviewed and recorded, their schedule unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from .. import card_ids
from ..clock import Clock, parse_iso
from ..model import Card, Deck
from ..translate import N_, _
from .options import STUDY_MODES, StudyOptions
from .protocol import MAX_SHOWN, VERDICT_RATING, SessionError, ShownTimer
from .types import (  # noqa: F401  (Answer, Counts, Summary...: importable from here)
    LEARNING,
    NEW,
    RELEARNING,
    REVIEW,
    Answer,
    Counts,
    Flagged,
    Item,
    Rated,
    Summary,
)
from .verdict_words import RATING_LABELS  # noqa: F401  (importable from here, as before)

LEARN_AHEAD = timedelta(minutes=20)  # Anki's default "learn ahead limit"
MAX_DURATION = MAX_SHOWN
PROPOSED_RATING = VERDICT_RATING  # the one map, in protocol.py
MODES = STUDY_MODES

QUESTION, ANSWERED, DONE = "question", "answered", "done"
_NOT_NOW = {  # an action asked in the wrong phase: why not, by the phase the session is in
    QUESTION: N_("cannot do that now: the card is not answered yet"),
    ANSWERED: N_("cannot do that now: the card is answered already"),
    DONE: N_("cannot do that now: the session is over"),
}
_NO_CARD_TO = {"bury": N_("no card to bury"), "suspend": N_("no card to suspend")}


def focus_topics(cards: Sequence[Card], focus: str) -> list[str]:
    """The topics ("table/row") `focus` names: a topic, a table key or a row key.

    Raises SessionError listing some known keys when nothing matches.
    """
    focus = focus.strip().strip("/")
    topics = list(dict.fromkeys(c.topic for c in cards if c.topic))
    if focus in topics:
        return [focus]
    by_table = [t for t in topics if card_ids.row_of_topic(t)[0] == focus]
    if by_table:
        return by_table
    by_row = [t for t in topics if card_ids.row_of_topic(t)[1] == focus]
    if by_row:
        return by_row
    rows = sorted({card_ids.row_of_topic(t)[1] or t for t in topics})
    close = [r for r in rows if focus.casefold() in r.casefold()][:8] or rows[:8]
    raise SessionError(_("no topic {focus} in this deck; try one of: {topics}").format(focus=repr(focus), topics=", ".join(close)))


class StudySession:
    """A study session over one deck; drive it with reveal/submit_* → rate, and undo."""

    @classmethod
    def start(cls, store, deck: Deck, cards: Sequence[Card], options: StudyOptions, *, clock: Clock) -> StudySession:
        """The session `options` ask for on `deck` (synced into `store`), as commands and screens build it."""
        from ..deck.cards import subject_aliases

        return cls(store, deck, cards, clock=clock, mode=options.mode, new_limit=options.new_limit, cram=options.cram,
                   focus=options.focus, limit=options.limit, aliases=subject_aliases(deck))

    def __init__(
        self,
        store,
        deck: Deck,
        cards: Sequence[Card],
        *,
        clock: Clock,
        mode: str = "flip",
        new_limit: int | None = None,
        cram: bool = False,
        focus: str | None = None,
        limit: int | None = None,
        aliases: dict[str, tuple[str, ...]] | None = None,
        sync: bool = True,
    ) -> None:
        if mode not in MODES:
            raise SessionError(_("mode must be one of {modes}, not {mode}").format(modes=", ".join(MODES), mode=repr(mode)))
        self.store = store
        self.deck = deck
        self.clock = clock
        self.mode = mode
        self.cram = cram
        self.focus = focus
        self.aliases = aliases
        self.cards: dict[str, Card] = {c.id: c for c in cards}
        if sync:
            store.sync_cards(deck.id, cards)
        self.topics = focus_topics(cards, focus) if focus else []
        self.queue: list[Item] = self._build_queue(new_limit, limit)
        self.pending: list[tuple[datetime, Item]] = []  # learning cards coming back, by due
        self.history: list[Rated | Flagged] = []
        self.started_at = clock.now()
        self.current: Item | None = None
        self.answer: Answer | None = None
        self._timer = ShownTimer(clock, self.started_at)
        self._advance()

    # ------------------------------------------------------------------ the queue

    def _build_queue(self, new_limit: int | None, limit: int | None) -> list[Item]:
        now = self.clock.now()
        deck_id = self.deck.id
        if self.cram:
            ids: list[str] = []
            for topic in self.topics or [None]:
                ids += self.store.cram_queue(deck_id, limit, focus_topic=topic, now=now)
            return [Item(i, scheduled=False) for i in dict.fromkeys(ids) if i in self.cards][:limit]
        if not self.topics:
            due = self.store.due_items(deck_id, now, new_limit=new_limit, limit=limit)
            return [Item(i, True, state) for i, state in due if i in self.cards]
        scheduled: dict[str, int] = {}
        for topic in self.topics:
            for i, state in self.store.due_items(deck_id, now, new_limit=new_limit, focus_topic=topic):
                scheduled.setdefault(i, state)
        rest: list[str] = []
        for topic in self.topics:
            rest += self.store.cram_queue(deck_id, focus_topic=topic, now=now)
        items = [Item(i, True, state) for i, state in scheduled.items() if i in self.cards]
        taken = {item.card_id for item in items}
        items += [Item(i, scheduled=False) for i in dict.fromkeys(rest) if i not in taken and i in self.cards]
        return items[:limit]

    def _advance(self) -> None:
        """Show the next card: a learning card now due, else the queue, else one due soon."""
        now = self.clock.now()
        self.pending.sort(key=lambda entry: entry[0])
        item: Item | None = None
        if self.pending and self.pending[0][0] <= now:
            item = self.pending.pop(0)[1]
        elif self.queue:
            item = self.queue.pop(0)
        elif self.pending and self.pending[0][0] <= now + LEARN_AHEAD:
            item = self.pending.pop(0)[1]
        self.current = item
        self.answer = None
        self._timer.restart(now)

    @property
    def phase(self) -> str:
        if self.current is None:
            return DONE
        return QUESTION if self.answer is None else ANSWERED

    @property
    def card(self) -> Card | None:
        return self.cards[self.current.card_id] if self.current else None

    @property
    def done_count(self) -> int:
        """Cards rated in this session (suspended and buried ones are not done)."""
        return sum(1 for entry in self.history if isinstance(entry, Rated))

    @property
    def counts(self) -> Counts:
        """New / learning / review cards left to study (the current one included); cards
        reviewed without scheduling (cram, a focus's rest) are in none of them."""
        items = [i for i in (self.current, *self.queue) if i is not None and i.scheduled]
        learning = sum(1 for i in items if i.state in (LEARNING, RELEARNING))
        return Counts(
            new=sum(1 for i in items if i.state == NEW),
            learning=learning + len(self.pending),
            review=sum(1 for i in items if i.state == REVIEW),
        )

    @property
    def remaining(self) -> int:
        """Cards still to show, the current one and learning cards coming back included."""
        return len(self.queue) + len(self.pending) + (1 if self.current else 0)

    @property
    def scheduled(self) -> bool:
        """Whether rating the current card changes its schedule (False in cram)."""
        return bool(self.current and self.current.scheduled)

    # ------------------------------------------------------------------ answering

    def _require(self, phase: str) -> Card:
        if self.phase != phase:
            raise SessionError(_(_NOT_NOW[self.phase]))
        card = self.card
        assert card is not None
        return card

    def reveal(self, proposed: int | None = None) -> Answer:
        """Show the back without grading; proposes Good (Anki's default), or Again for
        "I don't know" in typed mode and for a choice card revealed with nothing picked
        (the choices were there to answer with: showing them unanswered is not knowing)."""
        card = self._require(QUESTION)
        if proposed is None:
            proposed = 1 if card.is_choice else 3
        if proposed not in RATING_LABELS:
            raise SessionError(_("rating must be 1..4, not {rating}").format(rating=repr(proposed)))
        self.answer = Answer(how="reveal", proposed=proposed)
        return self.answer

    def warm_up(self) -> None:
        """Build between keys what the first answer would wait for: the FSRS scheduler and, in
        typed mode, the grader (imports and glossary, 150-230 ms cold): it grades the card's own answer."""
        self.store.scheduler()
        if self.mode == "typed" and self.card is not None and not self.card.is_choice:
            from ..grading import grade_card

            grade_card(self.card, self.card.back, aliases=self.aliases)

    def submit_text(self, text: str) -> Answer:
        """Grade a typed answer with the core grader; proposes a rating from the verdict."""
        from ..grading import grade_card  # deferred: rapidfuzz is only needed once typing starts

        card = self._require(QUESTION)
        grade = grade_card(card, text, aliases=self.aliases)
        self.answer = Answer(how="typed", text=text, grade=grade, proposed=PROPOSED_RATING[grade.verdict])
        return self.answer

    def submit_choice(self, picked: set[int] | frozenset[int]) -> Answer:
        """Grade the choices picked on a multiple-choice card."""
        from ..grading import grade_choice

        card = self._require(QUESTION)
        if not card.is_choice:
            raise SessionError(_("this card has no choices"))
        picked = frozenset(picked)
        grade = grade_choice(card, set(picked))
        text = ", ".join(card.choices[i] for i in sorted(picked) if 0 <= i < len(card.choices))
        self.answer = Answer(
            how="choice", text=text, picked=picked, grade=grade, proposed=PROPOSED_RATING[grade.verdict]
        )
        return self.answer

    def preview(self) -> dict[int, timedelta]:
        """The interval each rating would give the current card ({} when not scheduled)."""
        if self.current is None or not self.current.scheduled:
            return {}
        return self.store.preview(self.current.card_id, self.clock.now())

    # ------------------------------------------------------------------ rating and undo

    def rate(self, rating: int | None = None):
        """Save the review (rating 1..4, default: the proposed one) and move to the next card."""
        card = self._require(ANSWERED)
        answer = self.answer
        assert answer is not None and self.current is not None
        rating = answer.proposed if rating is None else rating
        if rating not in RATING_LABELS:
            raise SessionError(_("rating must be 1..4, not {rating}").format(rating=repr(rating)))
        now = self.clock.now()
        duration = self._timer.elapsed(cap=MAX_DURATION, now=now)
        item = self.current
        result = self.store.record_review(
            card.id,
            rating,
            now,
            answer=answer.text,
            grade=getattr(answer.grade, "score", None),
            correct=getattr(answer.grade, "correct", None),
            duration_ms=int(duration.total_seconds() * 1000),
            mode="study" if item.scheduled else "cram",
            schedule=item.scheduled,
        )
        requeued = False
        if item.scheduled and result.due is not None and result.due - now <= LEARN_AHEAD:
            self.pending.append((result.due, item._replace(state=LEARNING)))
            requeued = True
        elif not item.scheduled and rating == 1:
            self.queue.append(item)  # cram: a miss comes round again
            requeued = True
        self.history.append(Rated(item, rating, result.review_id, result.due, requeued))
        self._advance()
        return result

    def suspend(self) -> Flagged:
        """Suspend the current card (out of every queue until unsuspended) and move on."""
        return self._flag("suspend", suspended=True)

    def bury(self) -> Flagged:
        """Bury the current card until the start of tomorrow (the store's day) and move on."""
        from ..store.queue import day_bounds

        tomorrow = parse_iso(day_bounds(self.clock.now(), getattr(self.store, "tz", None))[1])
        return self._flag("bury", buried_until=tomorrow)

    def _flag(self, action: str, **flags: Any) -> Flagged:
        if self.current is None:
            raise SessionError(_(_NO_CARD_TO[action]))
        item = self.current
        before = self.store.set_flags(item.card_id, **flags)
        entry = Flagged(item, action, before, before._replace(**flags))
        self.history.append(entry)
        self._advance()
        return entry

    def undo(self) -> str | None:
        """Undo this session's last rating, suspend or bury: the card comes back.

        Only this session's own reviews are undone, newest first (a suspend or bury only while
        the card's flags are still as this session set them). When the store refuses
        (StoreError: the card was answered or flagged again elsewhere since, or the database
        failed), the error is raised and the session is unchanged.
        """
        if not self.history:
            return None
        last = self.history[-1]
        if isinstance(last, Flagged):
            self.store.set_flags(last.item.card_id, expect=last.after, **last.before._asdict())
            undone = last.item.card_id
        else:
            undone = self.store.undo_review(last.review_id)
        self.history.pop()
        if isinstance(last, Rated) and last.requeued:
            self._drop_requeued(last.item)
        if self.current is not None:
            self.queue.insert(0, self.current)
        self.current = last.item
        self.answer = None
        self._timer.restart()
        return undone

    def _drop_requeued(self, item: Item) -> None:
        same = (item.card_id, item.scheduled)
        for i in range(len(self.pending) - 1, -1, -1):
            if self.pending[i][1][:2] == same:
                del self.pending[i]
                return
        for i in range(len(self.queue) - 1, -1, -1):
            if self.queue[i][:2] == same:
                del self.queue[i]
                return

    # ------------------------------------------------------------------ the end

    def progress(self) -> tuple[int, int]:
        """(rated so far, rated + still to show): the protocol's progress."""
        done = sum(1 for entry in self.history if isinstance(entry, Rated))
        left = len(self.queue) + len(self.pending) + (self.current is not None)
        return done, done + left

    def finish(self) -> Summary:
        """The protocol's end: every rating is already saved, so this is the summary."""
        return self.summary()

    def summary(self) -> Summary:
        """Answered, right (not Again), time spent, and when the deck's next cards are due."""
        now = self.clock.now()
        ratings = {r: 0 for r in RATING_LABELS}
        rated = [entry for entry in self.history if isinstance(entry, Rated)]
        for entry in rated:
            ratings[entry.rating] += 1
        flagged = [entry.action for entry in self.history if isinstance(entry, Flagged)]
        states = self.store.card_states(list(self.cards))
        dues = [s["due"] for s in states.values() if s["state"] and s["due"] and not s["archived"]]
        later = [d for d in dues if d > now]
        return Summary(
            answered=len(rated),
            right=sum(n for r, n in ratings.items() if r > 1),
            elapsed=now - self.started_at,
            ratings=ratings,
            next_due=min(later) if later else None,
            due_now=sum(1 for d in dues if d <= now),
            cram=self.cram,
            new_unseen=sum(1 for s in states.values() if s["state"] == NEW and not s["archived"]),
            suspended=flagged.count("suspend"),
            buried=flagged.count("bury"),
        )

