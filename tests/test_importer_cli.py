"""`brokerquiz import` as a user runs it: the deck lands in your decks folder (found by --deck ID,
listed by locate and on the home screen), --dry-run, --subjects, --phrase, and sheets that used to
fail (an empty header cell was an IndexError traceback)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from brokerquiz.cli import cli
from brokerquiz.core.deck.load import load_deck
from brokerquiz.core.importer.sheet import import_sheet, write_deck
from brokerquiz.core.deck.library import all_decks, resolve_deck_path

SHEETS = Path(__file__).parent / "fixtures" / "sheets"
ISSUE_REPRO = "# B\n\n| Feature | Kafka | RabbitMQ | |\n|---|---|---|---|\n| Model | log | queue | x |\n"


@pytest.fixture
def decks_dir(tmp_path, monkeypatch):
    folder = tmp_path / "my-decks"
    monkeypatch.setenv("BROKERQUIZ_DECKS_DIR", str(folder))
    return folder


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_the_deck_goes_to_your_decks_folder_and_is_found_by_id(decks_dir, tmp_path):
    result = run("import", str(SHEETS / "front-matter.md"))
    assert result.exit_code == 0, result.output
    target = decks_dir / "ci-servers-for-the-platform-team.yaml"
    assert result.stdout.startswith(f"wrote {target} (ci-servers-for-the-platform-team: 3 subjects")
    assert "--deck ci-servers-for-the-platform-team" in result.stdout
    assert load_deck(target).title == "CI servers for the platform team"
    assert resolve_deck_path("ci-servers-for-the-platform-team") == target
    assert list(all_decks())[0] == "message-brokers" and "ci-servers-for-the-platform-team" in all_decks()
    cards = run("cards", "--deck", "ci-servers-for-the-platform-team")
    assert cards.exit_code == 0 and "Jenkinsfile" in cards.stdout
    located = run("locate")
    assert f"decks dir {decks_dir}" in located.stdout
    assert f"yours     ci-servers-for-the-platform-team  {target}" in located.stdout
    again = run("import", str(SHEETS / "front-matter.md"))
    assert again.exit_code == 1 and again.stderr == f"error: {target} exists; pass --force to overwrite it\n"
    assert run("import", str(SHEETS / "front-matter.md"), "--force").exit_code == 0


def test_o_still_writes_where_it_says(decks_dir, tmp_path):
    out = tmp_path / "here.yaml"
    assert run("import", str(SHEETS / "transposed.md"), "-o", str(out)).exit_code == 0
    assert out.exists() and not decks_dir.exists()


def test_a_shipped_id_is_not_shadowed_by_your_deck(decks_dir):
    decks_dir.mkdir()
    (decks_dir / "mine.yaml").write_text("id: message-brokers\n", encoding="utf-8")
    assert resolve_deck_path("message-brokers").parent.name == "decks"
    assert resolve_deck_path("message-brokers") != decks_dir / "mine.yaml"


async def test_the_home_screen_lists_your_decks(decks_dir, store, now):
    from brokerquiz.core.clock import FakeClock
    from brokerquiz.tui.app import make_app
    from textual.widgets import OptionList

    assert run("import", str(SHEETS / "continuation.md")).exit_code == 0
    app = make_app(store=store, clock=FakeClock(now), screen="home")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        options = app.screen.query_one("#decks", OptionList)
        ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
        assert ids[0] == "message-brokers" and ids[-1] == "api-styles"
        assert "API styles" in str(options.get_option_at_index(ids.index("api-styles")).prompt)


def test_dry_run_shows_subjects_cards_and_what_is_not_placed(decks_dir):
    result = run("import", str(SHEETS / "fences.md"), "--dry-run")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    sheet = str(SHEETS / "fences.md")
    assert lines[0] == f"{sheet}: deck infrastructure-as-code-tools \u201cInfrastructure as code tools\u201d (en)"
    assert lines[1] == "subjects (3):"
    assert lines[2] == "  Terraform: table header line 3, heading line 9"
    assert lines[5].startswith("cards (") and "fact 9" in lines[5] and "use-case 4" in lines[5]
    assert "  a code block (3):" in lines
    assert f"    {sheet}:16: ```hcl # remote state (6 lines)" in lines
    assert f"    {sheet}:14: Example backend:" in lines
    assert lines[-1] == f"nothing written (--dry-run); the deck would go to {decks_dir / 'infrastructure-as-code-tools.yaml'}"
    assert not decks_dir.exists()


def test_subjects_given_by_the_user_win(tmp_path):
    text = (SHEETS / "transposed.md").read_text(encoding="utf-8")
    result = import_sheet(text, "t.md", subjects=["PostgreSQL", "Cassandra"])
    assert [s.name for s in result.deck.subjects] == ["PostgreSQL", "Cassandra"]
    assert ("names no subject given with --subjects", "MongoDB") in [(r, t) for _, r, t in result.unplaced()]
    cli_run = run("import", str(SHEETS / "transposed.md"), "--subjects", "PostgreSQL,Cassandra", "-o", str(tmp_path / "d.yaml"))
    assert cli_run.exit_code == 0, cli_run.output
    assert [s.key for s in load_deck(tmp_path / "d.yaml").subjects] == ["postgresql", "cassandra"]
    assert run("import", str(SHEETS / "transposed.md"), "--subjects", "PostgreSQL").exit_code == 2


def test_only_a_quote_under_a_phrase_heading_or_chosen_is_the_phrase():
    sheet = "# T\n\n| p | Kafka | Pulsar |\n|---|---|---|\n| x | a | b |\n\n> Kafka for logs, Pulsar for tenants.\n"
    plain = import_sheet(sheet, "s.md")
    assert plain.deck.phrases == ()
    assert [r for _, r, _ in plain.unplaced()] == ["a quote not under a heading about the phrase (choose one with --phrase LINE)"]
    for choice in ("7", "tenants"):
        (phrase,) = import_sheet(sheet, "s.md", phrase=choice).deck.phrases
        assert [c.key for c in phrase.clauses] == ["kafka", "pulsar"]
    under = import_sheet(sheet.replace("> Kafka", "## Say it in one sentence\n\n> Kafka"), "s.md").deck
    assert under.phrases[0].title == "Say it in one sentence"


def test_the_issue_reproduction_is_a_warning_not_a_traceback(tmp_path):
    sheet = tmp_path / "t.md"
    sheet.write_text(ISSUE_REPRO, encoding="utf-8")
    result = run("import", str(sheet), "-o", "-")
    assert result.exit_code == 0, result.output
    assert result.exception is None
    assert f"{sheet}:3:1: warning: not placed (a column or row whose name is empty): table header: position 4" in result.stderr
    assert "x" not in load_deck_text(result.stdout)


def load_deck_text(yaml_text: str) -> list[str]:
    from brokerquiz.core.deck.load import parse_deck

    deck = parse_deck(yaml_text)
    return [c.text for t in deck.tables for r in t.rows for c in r.cells.values()]


def test_when_nothing_is_found_the_lines_not_placed_are_printed(tmp_path):
    sheet = tmp_path / "prose.md"
    sheet.write_text("# Notes\n\nJust text.\n\n```sh\nls\n```\n", encoding="utf-8")
    result = run("import", str(sheet))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"{sheet}:1:1: no tables, subject lists, numbered takeaways or quoted phrase found: nothing to make cards of",
        f"{sheet}:3:1: not placed (prose): Just text.",
        f"{sheet}:5:1: not placed (a code block): ```sh ls (3 lines)",
    ]


def test_a_table_before_any_heading_never_fails_on_an_empty_title():
    result = import_sheet("| p | A | B |\n|---|---|---|\n| x | a | b |\n\n## More\n\n| q | A | B |\n|---|---|---|\n| y | c | d |\n", "x/first.md")
    assert [t.title for t in result.deck.tables] == ["first", "More"]


def test_inline_markup_is_plain_text_and_shortcodes_are_marks():
    text = (
        "# **Bold** title with [a link](https://example.org)\n\n"
        "| p | [[Pulsar]] | [[Kafka\\|Apache Kafka]] |\n|---|---|---|\n"
        "| Storage | **Bookies**<br>tiered | `log.dirs` on disk |\n| Speed | :rocket: fast | fast |\n\n"
        "## Support\n\n| q | Pulsar | Kafka |\n|---|---|---|\n| Managed | :white_check_mark: | :x: |\n| Liked | :+1: | :-1: |\n"
    )
    result = import_sheet(text, "s.md")
    deck = result.deck
    assert deck.title == "Bold title with a link"
    assert [s.name for s in deck.subjects] == ["Pulsar", "Apache Kafka"]
    storage, speed = deck.tables[0].rows
    assert [c.text for c in storage.cells.values()] == ["Bookies tiered", "log.dirs on disk"]
    assert speed.cells["pulsar"].text == "fast"  # an unknown shortcode is dropped
    managed, liked = deck.ratings[0].rows
    assert [c.rating for c in managed.cells.values()] == [("good",), ("bad",)]
    assert liked.cells["pulsar"].rating == ("good",)
    assert "**" not in result.yaml and "<br>" not in result.yaml and ":white_check_mark:" not in result.yaml


def test_write_deck_refuses_an_existing_file_as_the_exports_do(tmp_path):
    """A file that appears after the command's own check (another import, an editor) is still
    not replaced: TargetExists, the export's message, nothing written and no temporary left."""
    from brokerquiz.core.files import TargetExists

    out = tmp_path / "deck.yaml"
    out.write_text("mine\n")
    with pytest.raises(TargetExists, match=r"deck\.yaml exists; pass --force to overwrite it$"):
        write_deck(out, "id: other\n")
    assert out.read_text() == "mine\n" and list(tmp_path.iterdir()) == [out]
    write_deck(out, "id: other\n", force=True)
    assert out.read_text() == "id: other\n"


def test_a_note_below_a_table_keeps_to_what_it_annotates(decks_dir, tmp_path):
    """A note right under a table's last row (no blank line) is that row's; after a blank line it
    is about the table: the row it names, and, naming none, no row at all (a deck has no note for
    a whole table), so it is reported instead of landing on the last row."""
    sheet, out = SHEETS / "table-notes.md", tmp_path / "notes.yaml"
    result = run("import", str(sheet), "-o", str(out))
    assert result.exit_code == 0, result.output
    deck = load_deck(out)
    rows = {row.label: row.nuance for row in deck.tables[0].rows}
    assert rows["Scaling"].text == "Meilisearch Enterprise adds sharding, see the docs."
    assert rows["Scaling"].source.startswith("https://www.meilisearch.com/")
    assert rows["Query language"].text.startswith("The query language of OpenSearch also has SQL")
    assert rows["Licence"] is None
    (picks,) = deck.lists
    instant = picks.items["meilisearch"][-1]
    assert instant.text == "Instant search box for a small catalog"
    assert instant.nuance.text.startswith("Meilisearch keeps its whole index on one machine")
    log = picks.items["elasticsearch"][-1]
    assert log.text == "Log analytics at scale" and log.nuance is None
    reason = "a note below a table that names none of its rows (a deck keeps notes on rows)"
    assert result.stderr.splitlines() == [
        f"{sheet}:11:1: warning: not placed ({reason}): OpenSearch is the AWS fork of Elasticsearch 7.10, see the announcemen…",
        f"{sheet}:26:1: warning: not placed ({reason}): All three can run in containers, see the guide.",
    ]
