"""The study card as `Box`es for `CardPanel`: the question (context line, front), the choices,
the room for the typed answer, and the answer side (verdict, answer, explanation, nuance).

The spacing is the one the study screen's widgets had in app.tcss (`CardView`, `ChoiceList`,
`AnswerDiff`, `#back`, `#back-text`, `#explanation`, `#nuance`), in both sizes: tall (a round
frame around the card and around the answer) and short, below 28 rows (no frames: a rule
under the card, so a verdict fits 80x24)."""

from __future__ import annotations

from textual.content import Content

from ...core.model import Card
from ...core.sessions.study import QUESTION
from ...core.sessions.verdict_words import line_name
from ...core.translate import _
from .answer_diff import diff_content
from .card_panel import Box
from .card_view import context_line
from .choices import ChoicePicks, pick_text
from .literal import assemble, literal

INPUT_LINES = 4  # the typed answer's input over the card: its top margin and its three lines
VERDICT_BARS = {"right": "verdict-right", "partly": "verdict-partly", "wrong": "verdict-wrong"}
CHOICE_STYLES = {"-picked": "picked", "-right": "right", "-wrong": "wrong", "-missed": "missed"}


def question_box(card: Card, *, cram: bool, short: bool) -> Box:
    """The context line and the front, framed (tall) or over a rule (short)."""
    context = Box(fitted=lambda width: context_line(card, cram=cram, width=width), style="muted", tag="context")
    front = Box(content=literal(card.front), style="front", margin_top=0 if short else 1, tag="front")
    key = ("question", card.id, card.front, cram, short)
    if short:
        return Box(children=[context, front], padding=(0, 1, 0, 1), rule="frame", tag="card", key=key)
    return Box(children=[context, front], padding=(0, 2, 1, 2), frame="frame", tag="card", key=key)


def choices_box(picks: ChoicePicks, *, short: bool) -> Box:
    """'Pick one.' and the numbered rows, each tagged 'choice-N' (a click toggles it)."""
    rule = pick_text(picks.rule)
    rows = [Box(content=Content(rule), style="rule", tag="pick-rule", key=("pick-rule", rule))]
    for i, (content, cls) in enumerate(picks.rows()):
        # drawn once per text and look: a pick redraws the rows that changed
        rows.append(Box(content=content, style=CHOICE_STYLES.get(cls, ""), tag=f"choice-{i}", key=("choice", content.plain, cls)))
    return Box(children=rows, padding=(0, 1, 0, 1), margin_top=0 if short else 1, tag="choices",
               key=("choices", short, *(row.key for row in rows)))


def input_room() -> Box:
    """Blank lines where the answer input is drawn over the card (typed mode)."""
    return Box(padding=(INPUT_LINES, 0, 0, 0), tag="input", key=("input",))


def verdict_box(grade, answer: str, expected: str, *, choices: bool) -> Box:
    """The graded answer (`answer_diff.diff_content`) with a bar coloured by its verdict."""
    verdict = getattr(grade, "verdict", "wrong")
    content = diff_content(
        verdict, answer, expected, getattr(grade, "missing", ()), getattr(grade, "wrong", ()),
        getattr(grade, "reason", ""), choices=choices, score=getattr(grade, "score", None),
    )
    return Box(content=content, padding=(0, 1, 0, 1), bar=VERDICT_BARS.get(verdict, "verdict"), tag="diff")


def back_box(card: Card, verdict: Box | None, *, short: bool) -> Box:
    """The answer side: the verdict (or the expected answer), the explanation, the nuance."""
    parts = [verdict] if verdict is not None else [
        Box(content=assemble((_("Answer") + "  ", "$text-muted"), (card.back, "bold")), padding=(0, 1, 0, 1),
            margin_top=1, tag="back-text")
    ]
    if card.explanation:
        parts.append(Box(content=literal(card.explanation), style="muted", padding=(0, 1, 0, 1), margin_top=1,
                         tag="explanation"))
    if card.nuance:
        source = assemble(("\n" + _("source") + ": ", "$text-muted"), (card.source, "italic $text-muted")) if card.source else ""
        nuance = assemble((line_name("nuance") + "  ", "bold $text-warning"), card.nuance, source)
        parts.append(Box(content=nuance, padding=(0, 1, 0, 1), margin_top=1, margin_left=1, bar="nuance-bar",
                         bar_char="▌", background="nuance", tag="nuance"))
    key = ("back", card.id, short) if verdict is None else None  # a revealed answer is the same every time
    if short:
        return Box(children=parts, margin_top=1, tag="back", key=key)
    return Box(children=parts, padding=(0, 1, 1, 1), frame="back-frame", tag="back", key=key)


def card_box(*parts: Box | None, short: bool) -> Box:
    """The parts shown, top to bottom, with the study body's padding; drawn once (kept, as its
    parts are) when every part is the same every time it is drawn: the next card's question
    drawn between keys is then the whole card the key shows."""
    children = [part for part in parts if part is not None]
    keys = tuple(part.key for part in children)
    key = ("card", short, *keys) if None not in keys else None
    return Box(children=children, padding=(0, 0, 0, 1) if short else (1, 1, 0, 2), key=key)


def likely_next(session, *, short: bool) -> Box | None:
    """What the next key most likely shows, to draw between keys: on a question its revealed
    answer (with its question: the whole card, on a flip card); on an answer the next queued
    card's question, and its choices unpicked."""
    card = session.card
    if card is None:
        return None
    if session.phase == QUESTION:
        back = back_box(card, None, short=short)
        if card.is_choice or session.mode == "typed":  # what is picked or typed shows too
            return card_box(back, short=short)
        return card_box(question_box(card, cram=not session.scheduled, short=short), back, short=short)
    if not session.queue:
        return None
    upcoming = session.queue[0]
    following = session.cards[upcoming.card_id]
    parts = [question_box(following, cram=not upcoming.scheduled, short=short)]
    if following.is_choice:
        picks = ChoicePicks()
        picks.set_choices(following.choices or (), following)
        parts.append(choices_box(picks, short=short))
    return card_box(*parts, short=short)
