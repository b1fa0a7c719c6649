"""The command line speaks the interface language (issue 13, point 11): --lang, then
$BROKERQUIZ_LANG, then the deck's `language:`; its messages, the check summary's plurals and the
export's labels follow it."""

from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner

from brokerquiz.cli import cli
from brokerquiz.core import translate
from brokerquiz.core.translate import ngettext, use_language

RUSSIAN_DECK = "message-brokers"
ENGLISH_DECK = "message-brokers-en"


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(cli, list(args), env=env)


@pytest.fixture
def no_env(monkeypatch):
    """No $BROKERQUIZ_LANG: the deck's language decides (conftest sets English for other tests)."""
    monkeypatch.delenv(translate.ENV_VAR, raising=False)


def test_stats_with_lang_ru_is_russian(tmp_db):
    result = run("--lang", "ru", "stats", "--deck", ENGLISH_DECK, "--db", str(tmp_db))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Колода") and "Comparing streaming message brokers" in lines[0]
    assert any(line.startswith("Новых осталось") and line.endswith(" 20") for line in lines)
    assert "Due now" not in result.stdout


def test_lang_is_accepted_after_the_command_too(tmp_db):
    result = run("stats", "--deck", ENGLISH_DECK, "--db", str(tmp_db), "--lang", "ru")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Колода")


def test_check_summary_in_russian_with_plurals(small_deck_path):
    result = run("check", "--lang", "ru", str(small_deck_path))
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{small_deck_path}: ок (small: 3 предмета, 24 карточки)\n"


def test_check_says_one_card_not_one_cards(tmp_path, small_deck_yaml):
    """A deck of one card: '1 card' in English, '1 карточка' in Russian (it said '1 cards')."""
    from brokerquiz.core.deck.cards import generate_cards
    from brokerquiz.core.deck.load import parse_deck

    one = tmp_path / "one.yaml"
    text = small_deck_yaml.split("tables:")[0] + "takeaways:\n  title: Takeaways\n  kafka: the durable log\n"
    one.write_text(text, encoding="utf-8")
    assert len(generate_cards(parse_deck(text))) == 1
    english = run("check", str(one))
    assert english.exit_code == 0, english.output
    assert english.stdout.endswith(", 1 card)\n")
    assert run("check", "--lang", "ru", str(one)).stdout.endswith(", 1 карточка)\n")


def test_cards_count_in_russian():
    result = run("cards", "--lang", "ru", "--deck", ENGLISH_DECK, "--kind", "phrase")
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"1 карточка из {ENGLISH_DECK} (")
    english = run("cards", "--deck", ENGLISH_DECK, "--kind", "phrase")
    assert english.stderr.startswith(f"1 card from {ENGLISH_DECK} (")


def test_locate_in_russian(tmp_db):
    result = run("--lang", "ru", "locate", "--db", str(tmp_db))
    assert result.exit_code == 0, result.output
    first, _data, decks = result.stdout.splitlines()[:3]
    assert first == f"база   {tmp_db}  (--db)"
    assert decks.startswith("колоды ") and "ваши колоды: сюда пишет brokerquiz import" in decks


def test_an_error_in_russian(tmp_path):
    folder = tmp_path / "empty"
    folder.mkdir()
    result = run("--lang", "ru", "check", str(folder))
    assert result.exit_code == 1
    assert result.stderr == f"{folder}:1:1: в этой папке нет файлов колод (*.yaml, *.yml)\n"


def test_export_anki_to_stdout_is_refused_in_russian():
    result = run("export", "anki", "--lang", "ru", "-o", "-")
    assert result.exit_code == 1
    assert result.stderr.startswith("ошибка: файл .apkg — это zip-архив")


def test_without_lang_the_russian_deck_speaks_russian(no_env, tmp_db):
    russian = run("stats", "--deck", RUSSIAN_DECK, "--db", str(tmp_db))
    english = run("stats", "--deck", ENGLISH_DECK, "--db", str(tmp_db))
    assert russian.exit_code == english.exit_code == 0, russian.output + english.output
    assert russian.stdout.startswith("Колода ") and "Retention" not in russian.stdout
    assert english.stdout.startswith("Deck ") and "Retention 30d" in english.stdout


def test_the_default_deck_is_russian_and_so_is_its_interface(no_env):
    result = run("cards", "--kind", "phrase")
    assert result.stderr.startswith(f"1 карточка из {RUSSIAN_DECK} (")


def test_the_environment_wins_over_the_deck(tmp_db):
    result = run("stats", "--deck", RUSSIAN_DECK, "--db", str(tmp_db), env={translate.ENV_VAR: "en"})
    assert result.stdout.startswith("Deck ")


def test_lang_wins_over_the_environment(tmp_db):
    env = {translate.ENV_VAR: "ru"}
    assert run("--lang", "en", "stats", "--deck", RUSSIAN_DECK, "--db", str(tmp_db), env=env).stdout.startswith("Deck ")
    assert run("stats", "--deck", ENGLISH_DECK, "--db", str(tmp_db), env=env).stdout.startswith("Колода ")


def _right_lines(output: str) -> list[str]:
    backs = [row[1] for row in csv.reader(io.StringIO(output)) if len(row) > 1]
    return [line for back in backs for line in back.split("<br>") if ":" in line and line[0].isalpha()]


def test_a_csv_export_follows_the_interface_language(no_env):
    russian = run("export", "csv", "--deck", ENGLISH_DECK, "-o", "-", "--lang", "ru")
    english = run("export", "csv", "--deck", RUSSIAN_DECK, "-o", "-", "--lang", "en")
    by_deck = run("export", "csv", "--deck", RUSSIAN_DECK, "-o", "-")
    assert russian.exit_code == english.exit_code == by_deck.exit_code == 0
    assert any(line.startswith("Верно: ") for line in _right_lines(russian.stdout))
    assert "Right: " not in russian.stdout
    assert any(line.startswith("Right: ") for line in _right_lines(english.stdout))
    assert "Верно:" not in english.stdout
    assert "Верно: " in by_deck.stdout
    assert russian.stderr == f"140 карточек из {ENGLISH_DECK}\n"


def test_an_anki_export_follows_the_interface_language(tmp_path, no_env):
    import sqlite3
    import zipfile

    target = tmp_path / "ru.apkg"
    result = run("export", "anki", "--deck", ENGLISH_DECK, "-o", str(target), "--lang", "ru", "--db", str(tmp_path / "p.db"))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"записан {target}: ") and "карточек Anki" in result.stdout
    with zipfile.ZipFile(target) as package:
        (tmp_path / "c.anki2").write_bytes(package.read("collection.anki2"))
    with sqlite3.connect(tmp_path / "c.anki2") as conn:
        fields = "\n".join(row[0] for row in conn.execute("SELECT flds FROM notes"))
    assert "Верно: " in fields and "Right: " not in fields


@pytest.mark.parametrize(("n", "word"), [(1, "1 карточка"), (3, "3 карточки"), (5, "5 карточек"), (11, "11 карточек"),
                                         (21, "21 карточка"), (22, "22 карточки")])
def test_russian_card_counts_have_three_forms(n, word):
    use_language("ru")
    assert ngettext("{n} card", "{n} cards", n).format(n=n) == word


def test_deck_problems_in_russian_keep_their_file_line_col(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: x\ntitle: X\nlanguage: ru\nsubjects:\n  kafka: Kafka\n", encoding="utf-8")
    english = run("check", str(broken))
    russian = run("check", "--lang", "ru", str(broken))
    assert english.exit_code == russian.exit_code == 1
    assert english.stderr == f"{broken}:5:3: a deck compares at least two subjects\n"
    assert russian.stderr == f"{broken}:5:3: колода сравнивает хотя бы два предмета\n"


def test_a_yaml_problem_in_russian(tmp_path):
    tabbed = tmp_path / "tabbed.yaml"
    tabbed.write_text("id: x\n\ttitle: X\n", encoding="utf-8")
    result = run("--lang", "ru", "check", str(tabbed))
    assert result.stderr == f"{tabbed}:2:1: отступ табуляцией; используйте пробелы\n"


def test_check_warnings_follow_the_deck_language(no_env, tmp_path, small_deck_yaml):
    """A Russian deck's warnings are Russian without --lang; the English deck's stay English."""
    vague = small_deck_yaml.replace("source: https://kafka.apache.org/documentation/#semantics", "source: kafka docs")
    assert vague != small_deck_yaml
    en, ru = tmp_path / "en.yaml", tmp_path / "ru.yaml"
    en.write_text(vague, encoding="utf-8")
    ru.write_text(vague.replace("language: en", "language: ru"), encoding="utf-8")
    english, russian = run("check", str(en)), run("check", str(ru))
    assert "warning: vague source 'kafka docs'" in english.stderr
    assert "предупреждение: неточный источник 'kafka docs'" in russian.stderr
    assert russian.stdout.endswith(", 1 предупреждение)\n") and english.stdout.endswith(", 1 warning)\n")


def test_an_unknown_deck_in_russian():
    result = run("--lang", "ru", "cards", "--deck", "no-such-deck")
    assert result.exit_code == 1
    assert result.stderr.startswith("no-such-deck:1:1: нет файла колоды или встроенной колоды 'no-such-deck'")


def test_a_store_error_in_russian(tmp_path):
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("hello", encoding="utf-8")
    result = run("--lang", "ru", "stats", "--deck", ENGLISH_DECK, "--db", str(not_a_db))
    assert result.exit_code == 1
    assert result.stderr == "ошибка: notes.db — не база brokerquiz (не SQLite)\n"
    english = run("stats", "--deck", ENGLISH_DECK, "--db", str(not_a_db))
    assert english.stderr == "error: notes.db is not a brokerquiz database (not SQLite)\n"


def test_an_existing_export_target_in_russian(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("keep", encoding="utf-8")
    result = run("export", "csv", "--lang", "ru", "-o", str(target))
    assert result.exit_code == 1
    assert result.stderr == f"ошибка: {target} уже существует; чтобы перезаписать, укажите --force\n"
    assert target.read_text(encoding="utf-8") == "keep"


def test_an_import_dry_run_in_russian(tmp_path):
    sheet = tmp_path / "sheet.md"
    sheet.write_text(
        "# Brokers\n\n| | Kafka | RabbitMQ |\n|---|---|---|\n| Model | log | queue |\n\nSome prose here.\n",
        encoding="utf-8",
    )
    result = run("import", "sheet", str(sheet), "--dry-run", "--lang", "ru")
    assert result.exit_code == 0, result.output
    assert "предметы (2):" in result.stdout
    assert "не распределено (1):" in result.stdout and "  обычный текст (1):" in result.stdout
    assert "ничего не записано (--dry-run)" in result.stdout
