"""Mojibake repair: the shipped seed (UTF-8 read as Mac Roman), the Windows-1252 kind, double
mojibake, mixed files, and clean text that must come back untouched."""

from __future__ import annotations

from pathlib import Path

import ftfy
import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252)
import pytest

from brokerquiz.core.importer.mojibake import repair, round_trip, score

FIXTURES = Path(__file__).parent / "fixtures"
CLEAN = (FIXTURES / "brokers-cheatsheet.ru.md").read_text(encoding="utf-8")
SEED = (FIXTURES / "brokers-cheatsheet.mojibake.txt").read_text(encoding="utf-8")
CP1252 = (FIXTURES / "brokers-cheatsheet.cp1252-mojibake.txt").read_text(encoding="utf-8")


def misread(text: str, codec: str) -> str:
    """What an editor does: UTF-8 bytes decoded as `codec`, then saved again as UTF-8."""
    return text.encode("utf-8").decode(codec)


def test_the_seed_as_given_repairs_to_the_clean_sheet_exactly():
    assert SEED != CLEAN
    fixed = repair(SEED)
    assert fixed.text == CLEAN  # equal to the character, trailing whitespace included
    assert fixed.steps == ("mac_roman",)
    assert "UTF-8 read as mac_roman" in fixed.describe()


def test_ftfy_fix_text_does_not_repair_the_seed():
    """Why fixes are score-gated: ftfy's full fix_text leaves most seed lines as they are and
    damages others (it uncurls the mojibake of "→" into "'Üí"), while the round trip is exact."""
    damaged = ftfy.fix_text(SEED)
    assert damaged != CLEAN
    assert "'Üí" in damaged
    assert "–°—Ä–∞–≤–Ω–µ–Ω–∏–µ" in damaged  # the title line is left as mojibake


def test_the_windows_1252_fixture_is_the_clean_sheet_misread():
    assert CP1252 == misread(CLEAN, "sloppy-windows-1252")


def test_windows_1252_mojibake_is_repaired():
    fixed = repair(CP1252)
    assert fixed.text == CLEAN
    assert fixed.changed


@pytest.mark.parametrize("codec", ["mac_roman", "sloppy-windows-1252", "latin-1", "koi8-r", "cp437"])
def test_each_common_misreading_is_undone(codec):
    sample = "# 🧩 Сравнение брокеров\n| **Модель** | Log-based, “immutable” events → replay |\n"
    assert repair(misread(sample, codec)).text == sample


@pytest.mark.parametrize(
    "first, second",
    [("mac_roman", "sloppy-windows-1252"), ("sloppy-windows-1252", "mac_roman"), ("mac_roman", "mac_roman")],
)
def test_double_mojibake_is_undone_step_by_step(first, second):
    twice = misread(misread(CLEAN, first), second)
    fixed = repair(twice)
    assert fixed.text == CLEAN
    assert len(fixed.steps) >= 1


def test_a_mixed_file_is_repaired_line_by_line():
    lines = CLEAN.split("\n")
    lines[4] = misread(lines[4], "mac_roman")  # one pasted row, the rest clean
    fixed = repair("\n".join(lines))
    assert fixed.text == CLEAN
    assert fixed.steps == ("line by line",)


@pytest.mark.parametrize(
    "text",
    [
        CLEAN,
        "plain ASCII, nothing to do",
        "café, naïve, Straße — “quotes” «ёлки»",
        "Kafka→Kafka, 👍/⚠️, ≤ 2 ms, µs",
        "Ðóññêèé",  # not UTF-8 mojibake (cp1251 read as latin-1): no UTF-8 round trip, left alone
        "",
    ],
)
def test_clean_text_is_returned_unchanged(text):
    fixed = repair(text)
    assert fixed.text == text
    assert fixed.steps == ()
    assert not fixed.changed


def test_score_ranks_clean_text_below_its_mojibake():
    assert score(CLEAN) == 0
    assert score(SEED) > 100
    assert score(CP1252) > 100


def test_round_trip_reports_impossible_codecs_as_none():
    assert round_trip("Привет", "mac_roman") is None  # Cyrillic is not in Mac Roman
    assert round_trip("\u00e9", "latin-1") is None  # b"\xe9" alone is not UTF-8
