"""Importing markdown cheat sheets: the seed as given, each section kind, generated sheets of 2-8
subjects (Russian or English, any section missing), fuzzy subject names, keys, warnings and the
`brokerquiz import` command."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from brokerquiz.cli import cli
from brokerquiz.core.deck.cards import generate_cards
from brokerquiz.core.deck.load import KEY_RE, DeckError, load_deck, parse_deck
from brokerquiz.core.importer.sheet import import_file, import_sheet
from brokerquiz.core.importer.subjects import Subjects
from brokerquiz.core.importer.keys import phrase_clauses
from brokerquiz.core.importer.keys import KeyMaker, slug

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
SEED = FIXTURES / "brokers-cheatsheet.mojibake.txt"
CLEAN = FIXTURES / "brokers-cheatsheet.ru.md"


# -- an independent reading of the clean sheet, to compare the import against -------------------
def clean_sheet() -> dict:
    lines = CLEAN.read_text(encoding="utf-8").splitlines()
    unbold = lambda s: s.replace("**", "").strip()  # noqa: E731
    cells, bullets, takeaways, quote = [], [], [], ""
    for line in lines:
        if line.startswith("|") and not set(line) <= set("|-: "):
            row = [unbold(c) for c in line.strip().strip("|").split("|")]
            if row[0] not in ("Характеристика", "Сценарий"):
                cells += [(row[0], c) for c in row[1:]]
        elif line.startswith("* "):
            bullets.append(line[2:].strip())
        elif re.match(r"\d+\. ", line):
            subject, text = line.split(" = ", 1)
            takeaways.append((unbold(subject.split(". ", 1)[1]), text.strip()))
        elif line.startswith("> "):
            quote = line[2:].strip()
    return {"cells": cells, "bullets": bullets, "takeaways": takeaways, "quote": quote}


def test_the_seed_as_given_imports_every_cell_bullet_takeaway_and_the_phrase():
    result = import_file(SEED)
    assert result.warnings == ()
    assert result.repair.steps == ("mac_roman",)
    cards = generate_cards(result.deck)
    backs = {(c.topic_label, c.back) for c in cards if c.kind in ("fact", "rating")}
    sheet = clean_sheet()
    assert len(sheet["cells"]) == 12 * 4 + 6 * 4
    for label, text in sheet["cells"]:
        assert (label, text) in backs, (label, text)
    use_cases = [c.explanation.split(": ", 1)[1] for c in cards if c.kind == "use-case"]
    assert sorted(use_cases) == sorted(sheet["bullets"]) and len(use_cases) == 13
    takeaways = {(c.context[-1], c.back) for c in cards if c.kind == "takeaway"}
    names = {s.name: s for s in result.deck.subjects}
    for subject, text in sheet["takeaways"]:  # "NATS Streaming" is the subject named "NATS Streaming / JetStream"
        name = subject if subject in names else next(n for n, s in names.items() if subject in s.aliases)
        assert (name, text) in takeaways
    (phrase,) = [c for c in cards if c.kind == "phrase"]
    assert phrase.back == sheet["quote"]
    assert [key for key, _ in phrase.parts] == ["criteria", "kafka", "rabbitmq", "redis-streams", "nats-streaming"]
    assert len([c for c in cards if c.kind == "cloze"]) == 5


def test_the_seed_imports_to_the_same_deck_as_the_clean_sheet():
    seed, clean = import_file(SEED), import_file(CLEAN)
    assert seed.yaml.split("\n", 1)[1] == clean.yaml.split("\n", 1)[1]  # all but the "Imported from" line
    assert seed.deck.subjects == clean.deck.subjects and seed.deck.tables == clean.deck.tables


def test_the_import_is_close_to_the_hand_made_deck():
    """Same rows, labels and cell texts as decks/message-brokers.yaml (the keys are derived)."""
    hand = load_deck(ROOT / "decks" / "message-brokers.yaml")
    imported = import_file(SEED).deck
    assert hand.title == imported.title and hand.language == imported.language
    # the sheet's column names; the hand-made deck shows NATS as JetStream and keeps the sheet's as an alias
    assert [s.name for s in imported.subjects] == ["Kafka", "RabbitMQ", "Redis Streams", "NATS Streaming / JetStream"]
    assert [s.name for s in hand.subjects][:3] == [s.name for s in imported.subjects][:3]
    assert imported.subjects[3].name in hand.subjects[3].aliases
    for hand_tables, our_tables in ((hand.tables, imported.tables), (hand.ratings, imported.ratings)):
        assert [t.title for t in hand_tables] == [t.title for t in our_tables]
        for ours, theirs in zip(our_tables, hand_tables):
            assert [r.label for r in ours.rows] == [r.label for r in theirs.rows]
            for a, b in zip(ours.rows, theirs.rows):
                assert [c.text for c in a.cells.values()] == [c.text for c in b.cells.values()]
    assert [i.text for items in imported.lists[0].items.values() for i in items] == [
        i.text for items in hand.lists[0].items.values() for i in items
    ]
    assert [c.text for c in imported.takeaways.values()] == [c.text for c in hand.takeaways.values()]
    assert [c.text for c in imported.phrases[0].clauses] == [c.text for c in hand.phrases[0].clauses]


def test_keys_are_valid_transliterated_and_unique():
    deck = import_file(CLEAN).deck
    table = deck.tables[0]
    assert [r.key for r in table.rows][:3] == ["model", "khranenie", "garantiya-dostavki"]
    assert [s.key for s in deck.subjects] == ["kafka", "rabbitmq", "redis-streams", "nats-streaming"]
    keys = [deck.id, *(s.key for s in deck.subjects), *(t.key for t in (*deck.tables, *deck.ratings, *deck.lists))]
    keys += [r.key for t in (*deck.tables, *deck.ratings) for r in t.rows]
    keys += [i.key for lst in deck.lists for items in lst.items.values() for i in items]
    assert all(KEY_RE.match(k) for k in keys)
    ids = [c.id for c in generate_cards(deck)]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    "label, key",
    [
        ("Гарантия доставки", "garantiya-dostavki"),
        ("Сравнение потоковых брокеров", "sravnenie-potokovykh-brokerov"),
        ("Щука, ёж и объём", "shchuka-ezh-i-obem"),
        ("Replay / Event Sourcing", "replay-event-sourcing"),
        ("Café Straße", "cafe-strasse"),
        ("👍 🎯", ""),
    ],
)
def test_slug(label, key):
    assert slug(label) == key


def test_key_maker_adds_numbers_on_collision_and_skips_reserved_words():
    keys = KeyMaker(reserved={"title"}, fallback="row")
    assert [keys.make(x) for x in ("Title", "Модель", "модель", "Модель!", "🎯")] == [
        "title-2", "model", "model-2", "model-3", "row-5",
    ]


# -- generated sheets: 2..8 subjects, Russian or English, any section missing ------------------
NAMES = ["Kafka", "RabbitMQ", "Redis Streams", "NATS JetStream", "Apache Pulsar", "ActiveMQ Artemis", "Amazon SQS", "Google Pub/Sub"]
SHORT = {"Redis Streams": "Redis", "NATS JetStream": "NATS", "Apache Pulsar": "Pulsar", "Amazon SQS": "SQS"}
WORDS = {
    "ru": {"title": "Сравнение брокеров", "prop": "Свойство", "rows": ["Модель", "Гарантия доставки", "Хранение"],
           "ratings": "Сценарии", "lists": "Когда что использовать", "takeaways": "Ключевые выводы", "phrase": "Фраза на собес"},
    "en": {"title": "Broker comparison", "prop": "Property", "rows": ["Model", "Delivery guarantee", "Storage"],
           "ratings": "Scenarios", "lists": "When to use what", "takeaways": "Key takeaways", "phrase": "Interview phrase"},
}
SECTIONS = ("table", "ratings", "lists", "takeaways", "phrase")


def make_sheet(n: int, lang: str, drop: str | None) -> tuple[str, dict]:
    """A sheet of n subjects and what a faithful import must contain."""
    w, names = WORDS[lang], NAMES[:n]
    expect: dict = {"cells": [], "ratings": [], "items": [], "takeaways": [], "phrase": None}
    out = [f"# 🧩 {w['title']}", ""]
    if drop != "table":
        out += [f"| {w['prop']} | " + " | ".join(f"**{x}**" for x in names) + " |", "|---" * (n + 1) + "|"]
        for r, row in enumerate(w["rows"]):
            cells = [f"{row} {x} {r}" for x in names]
            out.append(f"| **{row}** | " + " | ".join(cells) + " |")
            expect["cells"] += cells
        out += ["", "---", ""]
    if drop != "lists":
        out += [f"# 🔹 {w['lists']}", ""]
        for x in names:
            items = [f"{x} item {i}" for i in range(2)]
            out += [f"### **{x}**", "", *(f"* {i}" for i in items), ""]
            expect["items"] += items
    if drop != "ratings":
        marks = {"👍 fast": ("good",), "⚠️ depends": ("caution",), "❌": ("bad",), "✅ yes": ("good",),
                 "✖ no": ("bad",), "👍/⚠️ mostly": ("good", "caution"), "✔": ("good",), "⚠️ (RAM)": ("caution",)}
        out += [f"# {w['ratings']}", "", f"| {w['prop']} | " + " | ".join(SHORT.get(x, x) for x in names) + " |"]
        out += ["| :-- |" + " :-: |" * n]
        cells = [list(marks)[(i + 1) % len(marks)] for i in range(n)]
        out += ["| Replay | " + " | ".join(cells) + " |", ""]
        # ✅ ✔ ✖ are read as 👍 👍 ❌; the note after the emoji is kept as written
        expect["ratings"] = [(marks[c], c.split(" ", 1)[1] if " " in c else "") for c in cells]
    if drop != "takeaways":
        out += [f"## 🎯 {w['takeaways']}", ""]
        for i, x in enumerate(names, start=1):
            out.append(f"{i}. **{SHORT.get(x, x)}** = summary of {x}.")
            expect["takeaways"].append(f"summary of {x}.")
        out.append("")
    if drop != "phrase":
        text = "“It depends on load: " + ", ".join(f"{x} for case {i}" for i, x in enumerate(names)) + "”."
        out += [f"💬 **{w['phrase']}:**", "", f"> {text}", ""]
        expect["phrase"] = text
    return "\n".join(out), expect


@pytest.mark.parametrize("drop", [None, *SECTIONS])
@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("n", range(2, 9))
def test_generated_sheets_import_faithfully(n, lang, drop):
    text, expect = make_sheet(n, lang, drop)
    result = import_sheet(text, "sheet.md")
    deck = parse_deck(result.yaml)  # what is written passes `check`
    assert result.warnings == ()
    assert deck.language == lang and deck.title == WORDS[lang]["title"]
    assert [s.name for s in deck.subjects] == NAMES[:n] or drop == "table"
    assert len(deck.subjects) == n
    backs = [c.back for c in generate_cards(deck)]
    assert [cell.text for t in deck.tables for r in t.rows for cell in r.cells.values()] == expect["cells"]
    assert [(c.rating, c.note) for t in deck.ratings for r in t.rows for c in r.cells.values()] == expect["ratings"]
    assert [i.text for lst in deck.lists for items in lst.items.values() for i in items] == expect["items"]
    assert [c.text for c in deck.takeaways.values()] == expect["takeaways"]
    assert all(t in backs for t in expect["takeaways"])
    if expect["phrase"]:
        (phrase,) = deck.phrases
        assert phrase.text == expect["phrase"]
        assert [c.key for c in phrase.clauses] == ["criteria", *(s.key for s in deck.subjects)]
    else:
        assert deck.phrases == ()


# -- section kinds --------------------------------------------------------------------------------
def test_rating_table_accepts_every_rating_emoji_and_keeps_notes():
    text = "# T\n\n| Case | A | B | C |\n|---|---|---|---|\n| x | ✅ yes | ✖ no, never | ✔️ |\n| y | ❌ | ⚠️ slow | 👍, light |\n"
    deck = import_sheet(text).deck
    (table,) = deck.ratings
    assert deck.tables == ()
    x, y = table.rows
    assert [c.rating for c in x.cells.values()] == [("good",), ("bad",), ("good",)]
    assert x.cells["b"].note == "no, never" and y.cells["c"].text == "👍, light"


def test_a_table_with_one_plain_cell_stays_a_comparison_table():
    deck = import_sheet("# T\n\n| p | A | B |\n|---|---|---|\n| x | 👍 ok | fast |\n").deck
    assert deck.ratings == () and deck.tables[0].rows[0].cells["a"].text == "👍 ok"


AWKWARD = ["a: b", "#hash", "- dash", "'quoted'", "x #y", "[flow]", "@at", "no", "~", "x:", "{b}", "`code | pipe`",
           "a  two  spaces " + "long " * 30, "[link](http://x) *em* <b>", "Kafka→Kafka ≤ 2 ms"]


# inline markup is read as markdown shows it: code without backticks, a link's text, no tags
SHOWN = {"`code | pipe`": "code | pipe", "[link](http://x) *em* <b>": "link em"}


def test_awkward_cell_texts_survive_the_yaml_exactly():
    rows = "".join(f"| r{i} | {text} | plain |\n" for i, text in enumerate(AWKWARD))
    deck = import_sheet(f"# T\n\n| p | A | B |\n|---|---|---|\n{rows}").deck
    assert [r.cells["a"].text for r in deck.tables[0].rows] == [SHOWN.get(t, " ".join(t.split())) for t in AWKWARD]


def test_empty_cells_leave_the_subject_out_of_that_row():
    deck = import_sheet("# T\n\n| p | A | B |\n|---|---|---|\n| x | one |  |\n| y | two | three |\n").deck
    assert list(deck.tables[0].rows[0].cells) == ["a"] and list(deck.tables[0].rows[1].cells) == ["a", "b"]


def test_phrase_clauses_split_on_colon_then_top_level_commas():
    subjects = Subjects()
    subjects.see_axis(["Kafka", "RabbitMQ"], 1, "table header")
    clauses = phrase_clauses("«It depends (on load, mostly): Kafka for logs, audits, RabbitMQ for tasks, and luck».", subjects.key_at_start)
    assert clauses == [
        ("criteria", "It depends (on load, mostly)"),
        ("kafka", "Kafka for logs, audits"),
        ("rabbitmq", "RabbitMQ for tasks, and luck"),
    ]
    assert phrase_clauses("one, two, Kafka three", subjects.key_at_start) == [("clause-1", "one"), ("clause-2", "two"), ("kafka", "Kafka three")]
    assert phrase_clauses("nothing to split", subjects.key_at_start) == []


# -- fuzzy subject names --------------------------------------------------------------------------
def test_subjects_named_differently_in_sections_are_one_subject():
    text = (
        "# T\n\n| p | Kafka | NATS Streaming / JetStream |\n|---|---|---|\n| x | a | b |\n\n"
        "## S\n\n| s | Apache Kafka | NATS Streaming |\n|---|---|---|\n| y | 👍 | ❌ |\n\n"
        "## K\n\n1. **NATS** = light\n2. **Kafka** = log\n"
    )
    deck = import_sheet(text).deck
    assert [s.key for s in deck.subjects] == ["kafka", "nats-streaming"]
    nats = deck.subject("nats-streaming")
    assert {"NATS Streaming", "JetStream", "NATS"} <= set(nats.aliases)
    assert deck.ratings[0].rows[0].cells["nats-streaming"].rating == ("bad",)
    assert deck.takeaways["nats-streaming"].text == "light"


def test_columns_of_one_table_never_merge():
    deck = import_sheet("# T\n\n| p | Redis | Redis Streams |\n|---|---|---|\n| x | a | b |\n").deck
    assert [s.key for s in deck.subjects] == ["redis", "redis-streams"]
    assert all(a.casefold() not in ("redis", "redis streams") for s in deck.subjects for a in s.aliases)


def test_short_names_that_two_subjects_would_share_are_left_out():
    text = "# T\n\n| p | Amazon SQS | AWS SQS | Apache Pulsar | Pulsar Streams |\n|---|---|---|---|---|\n| x | a | b | c | d |\n"
    deck = import_sheet(text).deck  # "SQS" and "Pulsar" would each name two subjects
    assert [s.aliases for s in deck.subjects] == [(), (), (), ()]
    alone = import_sheet("# T\n\n| p | Amazon SQS | Apache Pulsar |\n|---|---|---|\n| x | a | b |\n").deck
    assert [s.aliases for s in alone.subjects] == [("SQS",), ("Pulsar",)]


def test_crlf_bom_and_decomposed_letters_import_like_the_clean_file(tmp_path):
    import unicodedata

    odd = tmp_path / "sheet.md"
    text = unicodedata.normalize("NFD", CLEAN.read_text(encoding="utf-8")).replace("\n", "\r\n")
    odd.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert import_file(odd).deck.tables == import_file(CLEAN).deck.tables


def test_a_sheet_without_a_title_heading_is_named_after_its_file():
    result = import_sheet("| p | A | B |\n|---|---|---|\n| x | a | b |\n", "notes/my-sheet.md")
    assert result.deck.title == "my-sheet" and result.deck.id == "my-sheet"


def test_an_unrelated_name_becomes_a_new_subject():
    text = "# T\n\n| p | Kafka | RabbitMQ |\n|---|---|---|\n| x | a | b |\n\n## K\n\n1. **Pulsar** = tiered\n"
    deck = import_sheet(text).deck
    assert [s.name for s in deck.subjects] == ["Kafka", "RabbitMQ", "Pulsar"]


# -- warnings, errors -------------------------------------------------------------------------------
MESSY = """# 🧩 Sheet

Some intro paragraph.
| p | A | B |
|---|---|---|
| x | a | b |
| y | a | b | extra |
|  | no label | c |

* a bullet with no subject heading

# 🔹

## List
### **A**
* item

1. not a takeaway
***
| no | separator |
"""


def test_lines_that_cannot_be_placed_are_warnings_with_line_numbers():
    result = import_sheet(MESSY, "messy.md")
    shown = [str(p) for p in result.warnings]
    assert shown == [
        "messy.md:3:1: not placed (prose): Some intro paragraph.",
        "messy.md:7:1: not placed (a row with more cells than its header): 1 cell(s) left out",
        "messy.md:10:1: not placed (a bullet under no subject): a bullet with no subject heading",
        "messy.md:20:1: not placed (prose): | no | separator |",
    ]
    # a row with an empty first cell continues the row above (a multi-line cell)
    assert [r.cells["a"].text for r in result.deck.tables[0].rows] == ["a", "a no label"]
    assert [r.label for r in result.deck.tables[0].rows] == ["x", "y"]
    assert result.deck.lists[0].items["a"][0].text == "item"


def test_a_subject_named_twice_in_one_section_is_merged_or_reported():
    text = (
        "# T\n\n| p | Kafka | RabbitMQ | kafka |\n|---|---|---|---|\n| x | a | b | c |\n\n"
        "## Use\n\n### Kafka\n\n* one\n\n### RabbitMQ\n\n* two\n\n### Kafka\n\n* three\n\n"
        "## K\n\n1. **Kafka** = first\n2. **Kafka** = second\n"
    )
    result = import_sheet(text, "dup.md")
    deck = result.deck
    assert [s.key for s in deck.subjects] == ["kafka", "rabbitmq"]
    assert deck.tables[0].rows[0].cells["kafka"].text == "a"
    assert [i.text for i in deck.lists[0].items["kafka"]] == ["one", "three"]
    assert deck.takeaways["kafka"].text == "first"
    assert [str(p) for p in result.warnings] == [
        "dup.md:3:1: not placed (an earlier column names the same subject): kafka",
        "dup.md:24:1: not placed (a second takeaway for Kafka): second",
    ]


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "nothing to make cards of"),
        ("# Only prose\n\nHello.\n", "nothing to make cards of"),
        ("# One\n\n| p | Kafka |\n|---|---|\n| x | a |\n", "at least two subjects; this sheet names Kafka"),
        ("# T\n\n| p | A | B |\n|---|---|---|\n| x | a\x01 | b |\n", "bad.md:5:8: control character U+0001"),
    ],
)
def test_sheets_that_make_no_deck_are_errors(text, message):
    with pytest.raises(DeckError) as error:
        import_sheet(text, "bad.md")
    assert message in str(error.value) and str(error.value).startswith("bad.md:")


# -- the command ----------------------------------------------------------------------------------
def run(*args: str):
    return CliRunner().invoke(cli, ["import", *args])


def test_cli_prints_the_deck_with_o_dash(tmp_path):
    result = run(str(SEED), "-o", "-")
    assert result.exit_code == 0, result.output
    assert result.stdout == import_file(SEED).yaml
    assert "repaired mojibake (UTF-8 read as mac_roman)" in result.stderr
    assert "imported sravnenie-potokovykh-brokerov: 4 subjects" in result.stderr


def test_cli_writes_a_deck_that_passes_check_and_refuses_to_overwrite(tmp_path):
    out = tmp_path / "deck.yaml"
    result = run(str(SEED), "-o", str(out), "--id", "my-brokers")
    assert result.exit_code == 0, result.output
    assert load_deck(out).id == "my-brokers"
    assert CliRunner().invoke(cli, ["check", str(out)]).exit_code == 0
    assert [p.name for p in tmp_path.iterdir()] == ["deck.yaml"]  # no temp file left behind
    before = out.read_bytes()
    again = run(str(CLEAN), "-o", str(out))
    assert again.exit_code == 1 and "exists; pass --force" in again.stderr and out.read_bytes() == before
    forced = run(str(CLEAN), "-o", str(out), "--force", "--id", "other")
    assert forced.exit_code == 0 and load_deck(out).id == "other"


def test_cli_writes_the_deck_with_the_mode_a_new_file_gets(tmp_path):
    """Not the temp file's 0600: a deck written by import is as readable as any file you save."""
    out = tmp_path / "deck.yaml"
    umask = os.umask(0o022)
    try:
        result = run(str(CLEAN), "-o", str(out))
    finally:
        os.umask(umask)
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_cli_output_that_is_a_folder_is_named_as_one(tmp_path):
    result = run(str(CLEAN), "-o", str(tmp_path))
    assert result.exit_code == 1
    assert result.stderr == f"error: cannot write {tmp_path}: it is a folder\n"


def test_cli_warnings_and_strict(tmp_path):
    sheet = tmp_path / "messy.md"
    sheet.write_text(MESSY, encoding="utf-8")
    out = tmp_path / "deck.yaml"
    loose = run(str(sheet), "-o", str(out))
    assert loose.exit_code == 0
    assert f"{sheet}:3:1: warning: not placed (prose): Some intro paragraph." in loose.stderr
    assert loose.stderr.count("warning:") == 4 and out.exists()
    out.unlink()
    strict = run(str(sheet), "-o", str(out), "--strict")
    assert strict.exit_code == 1 and not out.exists()
    assert f"{sheet}:3:1: error: not placed (prose): Some intro paragraph." in strict.stderr
    assert "nothing written" in strict.stderr
    assert run(str(CLEAN), "--strict", "-o", "-").exit_code == 0


@pytest.mark.parametrize(
    "content, args, message",
    [
        (None, [], "no such file"),
        (b"# T\n\xff\xfe bad", [], "text is not UTF-8"),
        (b"# One\n\n| p | Kafka |\n|---|---|\n| x | a |\n", [], "at least two subjects"),
        (b"# T\n", ["--id", "Bad Id"], "--id"),
    ],
)
def test_cli_errors_are_messages_not_tracebacks(tmp_path, content, args, message):
    sheet = tmp_path / "sheet.md"
    if content is not None:
        sheet.write_bytes(content)
    result = run(str(sheet), *args)
    assert result.exit_code in (1, 2)
    assert message in result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_import_does_not_load_textual():
    code = (
        "import sys; from click.testing import CliRunner; from brokerquiz.cli import cli;"
        f"r = CliRunner().invoke(cli, ['import', {str(SEED)!r}, '-o', '-']); assert r.exit_code == 0, r.output;"
        "assert 'textual' not in sys.modules and 'rich' not in sys.modules, 'textual loaded'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
