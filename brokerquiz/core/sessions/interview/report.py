"""The interview report: score, answers against model answers, topics, weakest rows, trend.

`build_report(session, deck_id, ...)` turns a finished session into a JSON-able dict; that dict
is what `store.save_interview` keeps and what the report screen and `--history` read back, so a
saved interview can be shown again exactly.
"""

from __future__ import annotations

from datetime import datetime

from .session import InterviewSession
from ...deck.library import DEFAULT_DECK
from ...clock import iso
from ...translate import _, ngettext

SPARK = "▁▂▃▄▅▆▇█"
WEAKEST = 3


def percent(score: float) -> int:
    return round(score * 100)


def study_command(topic: str, deck_name: str | None = None) -> str:
    """The command that drills one topic (`study --focus` takes a row key or table/row)."""
    return f"brokerquiz study{_deck_flag(deck_name)} --focus {topic}"


def _deck_flag(deck_name: str | None) -> str:
    """` --deck NAME`, or nothing for the default deck (what the command opens anyway)."""
    return f" --deck {deck_name}" if deck_name and deck_name != DEFAULT_DECK else ""


def build_report(
    session: InterviewSession,
    deck_id: str,
    *,
    deck_name: str | None = None,
    history: list[dict] | None = None,
    seed: int | None = None,
) -> dict:
    """Everything the report shows, as plain data. `history`: earlier `store.interviews()`."""
    questions = []
    topics: dict[str, dict] = {}
    for i, question in enumerate(session.questions):
        answer = session.answers[i] if i < len(session.answers) else None
        score = answer.grade.score if answer else 0.0
        questions.append(
            {
                **question.to_json(),
                "answer": answer.answer if answer else None,
                "score": round(score, 3),
                "verdict": answer.verdict if answer else "not reached",
                "seconds": answer.seconds if answer else 0.0,
                "timed_out": answer.timed_out if answer else False,
                "parts": [p.to_json() for p in answer.grade.parts] if answer else [],
            }
        )
        if answer is None:  # never asked (abandoned, or the time ran out): no evidence either way
            continue
        for topic in question.topics:
            entry = topics.setdefault(topic, {"topic": topic, "label": question.label_of(topic), "scores": []})
            entry["scores"].append(score)
    topic_rows = [
        {"topic": t["topic"], "label": t["label"], "score": round(sum(t["scores"]) / len(t["scores"]), 3)}
        for t in topics.values()
    ]
    # weakest first; ties keep question order so the list is stable
    ranked = sorted(topic_rows, key=lambda t: t["score"])
    weakest = [
        {**t, "command": study_command(t["topic"], deck_name)} for t in ranked if t["score"] < 1.0
    ][:WEAKEST]
    score = session.score()
    return {
        "deck": deck_id,
        "deck_name": deck_name,
        "seed": seed,
        "started_at": iso(session.started_at),
        "finished_at": iso(session.finished_at or session.clock.now()),
        "abandoned": session.abandoned,
        "per_question_s": session.per_question_s,
        "total_s": session.total_s,
        "score": round(score, 4),
        "percent": percent(score),
        "answered": session.answered,  # an empty answer is unanswered, not answered
        "unanswered": len(session.answers) - session.answered,
        "questions": questions,
        "topics": topic_rows,
        "weakest": weakest,
        "trend": trend(history or [], percent(score)),
    }


def completed(history: list[dict]) -> list[dict]:
    """Saved interviews that count for the trend: finished ones, not abandoned, with a score."""
    return [
        h
        for h in history
        if h.get("score") is not None and not ((h.get("report") or {}).get("abandoned"))
    ]


def trend(history: list[dict], current: int) -> dict:
    """This score against earlier interviews (`history` newest first, as store.interviews gives).

    delta: points against the last completed interview (None on the first); best: the best
    earlier percentage; spark: a sparkline of past scores, oldest first, this one last.
    """
    past = [percent(h["score"]) for h in reversed(completed(history))]
    return {
        "delta": current - past[-1] if past else None,
        "best": max(past) if past else None,
        "past": past,
        "spark": sparkline([*past, current]),
    }


def trend_text(t: dict) -> str:
    """'+12 pts vs last, best 71%' — or a first-interview note."""
    if t.get("delta") is None:
        return _("first interview: no trend yet")
    sign = "+" if t["delta"] > 0 else ("±" if t["delta"] == 0 else "−")
    points = abs(t["delta"])
    return ngettext("{sign}{n} pt vs last, best {best}%", "{sign}{n} pts vs last, best {best}%", points).format(
        sign=sign, n=points, best=t["best"])


def sparkline(values: list[int], width: int = 30) -> str:
    """Scores 0..100 as block characters (the last `width` of them), on a fixed 0..100 scale."""
    values = values[-width:]
    return "".join(SPARK[min(len(SPARK) - 1, max(0, v) * len(SPARK) // 101)] for v in values)


def save(store, report: dict, *, questions: int, started_at: datetime, finished_at: datetime) -> int:
    """Keep one interview (abandoned ones too, marked; they stay out of the trend)."""
    return store.save_interview(
        report["deck"],
        started_at=started_at,
        finished_at=finished_at,
        score=report["score"],
        questions=questions,
        report=report,
    )


def history_lines(history: list[dict], deck_name: str | None = None) -> list[str]:
    """`interview --history`: one line per saved interview, newest first, plain text."""
    if not history:
        return [_("No interviews yet. Start one: {command}").format(command="brokerquiz interview" + _deck_flag(deck_name))]
    lines = []
    for h in history:
        report = h.get("report") or {}
        when = h["started_at"].astimezone().strftime("%Y-%m-%d %H:%M") if h.get("started_at") else "?"
        score = "—" if h.get("score") is None else f"{percent(h['score']):3d}%"
        answered = report.get("answered", h.get("questions", 0))
        note = "  " + _("abandoned") if report.get("abandoned") else ""
        count = _("{answered}/{questions} answered").format(answered=answered, questions=h.get("questions", 0))
        lines.append(f"{when}  {score}  {count}  {h.get('deck', '')}{note}")
    past = [percent(h["score"]) for h in reversed(completed(history))]
    if past:
        lines.append("")
        lines.append(_("trend  {spark}  last {last}%, best {best}%").format(spark=sparkline(past), last=past[-1], best=max(past)))
    return lines
