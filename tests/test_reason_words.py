"""The grader's reasons reach the learner in the interface language: every reason the grader
writes on the labelled answers (tests/grading_eval/tune) is one the verdict table knows, so none
is shown in English on a Russian screen; subject names and answer text stay as written."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from brokerquiz.core.sessions.verdict_words import REASON_FRAMES, REASON_HEADS, REASONS, reason_text
from brokerquiz.core.translate import use_language

ROOT = Path(__file__).resolve().parents[1]


def _known(piece: str, names: set[str]) -> bool:
    """Does reason_text translate this piece (a name or answer text after a known head aside)?"""
    framed = any(piece.startswith(b) and piece.endswith(a) and ": " not in piece for b, a in REASON_FRAMES)
    if piece in REASONS or framed:
        return True
    head, sep, rest = piece.partition(": ")
    if sep and head in REASON_HEADS:
        return True  # what follows is the answer's or the deck's own words
    return bool(sep) and head in names and _known(rest, names)


@pytest.fixture(scope="module")
def written_reasons() -> dict[str, tuple[str, set[str]]]:
    """Every reason piece graded on the tune cases -> (a case id, the deck's subject names)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from grading_eval import load_cases, load_decks

    from brokerquiz.core.deck.cards import subject_aliases
    from brokerquiz.core.grading import grade_card

    cases = load_cases("tune")
    decks = load_decks(cases)
    out: dict[str, tuple[str, set[str]]] = {}
    for case in cases:
        deck, cards = decks[case["deck"]]
        card = cards.get(case["card"])
        if card is None:
            continue
        reason = grade_card(card, case["answer"], aliases=subject_aliases(deck)).reason or ""
        for piece in filter(None, reason.split("; ")):
            out.setdefault(piece, (case["id"], {s.name for s in deck.subjects}))
    return out


def test_every_reason_the_grader_writes_is_in_the_verdict_table(written_reasons):
    assert len(written_reasons) > 100  # the cases were graded
    unknown = {piece: case for piece, (case, names) in written_reasons.items() if not _known(piece, names)}
    assert not unknown, f"add these to core/sessions/verdict_words.py and the catalogs: {unknown}"


def test_a_russian_screen_shows_no_english_reason_words(written_reasons):
    use_language("ru")
    try:
        for piece in REASONS:
            assert reason_text(piece) != piece, piece
        for piece, (case, names) in written_reasons.items():
            if piece in REASONS or piece.partition(": ")[0] in set(REASON_HEADS) | names:
                assert reason_text(piece) != piece, (case, piece)
    finally:
        use_language("en")


@pytest.mark.parametrize(
    ("reason", "russian"),
    [
        ("nothing picked", "ничего не выбрано"),
        ("Redis Streams: nothing said about Redis Streams", "Redis Streams: о Redis Streams ничего не сказано"),
        ("NATS JetStream: incomplete: names only some of the listed options",
         "NATS JetStream: неполно: названы не все варианты из списка"),
        ("Kafka: antonym: 'low' vs 'high'", "Kafka: антоним: 'low' vs 'high'"),
        ("PostgreSQL: PostgreSQL not named", "PostgreSQL: не названо: PostgreSQL"),
        ("right by its key points: the lead's point and an accept entry it holds",
         "верно по ключевым пунктам: мысль первой фразы и принятый вариант в ней"),
        ("a reason nobody wrote", "a reason nobody wrote"),  # unknown text stays as written
    ],
)
def test_subject_names_and_answer_words_stay_as_written(reason, russian):
    use_language("ru")
    try:
        assert reason_text(reason) == russian
    finally:
        use_language("en")
