"""README.md documents the command line: every command and subcommand, and every option a
user types for the three modes, each in its own section (as sqlite-utils' test_docs does).
"""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from brokerquiz.cli import cli

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
MODES = ("study", "quiz", "interview")


def all_commands(group: click.Group = cli, prefix: tuple[str, ...] = ()):
    """The name path of every command, subcommands of groups included."""
    for name, command in group.commands.items():
        yield (*prefix, name)
        if isinstance(command, click.Group):
            yield from all_commands(command, (*prefix, name))


def section(readme: str, command: str) -> str:
    """The README text under the heading that names `brokerquiz COMMAND`, to the next heading.

    Lines inside ``` fences are never headings (a shell comment starts with '#' too).
    """
    lines, inside, fenced = [], False, False
    for line in readme.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        heading = not fenced and line.startswith("#")
        if heading:
            inside = f"`brokerquiz {command}`" in line
            continue
        if inside:
            lines.append(line)
    return "\n".join(lines)


def typed_options(command: click.Command) -> list[str]:
    """Every option string a user can type for `command` (--help aside)."""
    return [
        opt
        for param in command.params
        if isinstance(param, click.Option) and not param.hidden
        for opt in (*param.opts, *param.secondary_opts)
        if opt not in ("-h", "--help")
    ]


@pytest.mark.parametrize("path", list(all_commands()), ids=" ".join)
def test_every_command_is_in_the_readme(path):
    assert f"brokerquiz {' '.join(path)}" in README


@pytest.mark.parametrize(
    "command, option",
    [
        pytest.param(name, option, id=f"{name} {option}")
        for name in MODES
        for option in typed_options(cli.commands[name])
    ],
)
def test_every_option_of_the_modes_is_in_their_readme_section(command, option):
    text = section(README, command)
    assert text.strip(), f"README has no section headed `brokerquiz {command}`"
    assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", text), f"{option} of {command}"


def test_section_stops_at_the_next_heading_and_skips_fenced_comments():
    readme = "## Study — `brokerquiz study`\n```sh\n# --cram here\n```\n--mode\n### Quiz — `brokerquiz quiz`\n--count\n"
    assert section(readme, "study") == "```sh\n# --cram here\n```\n--mode"
    assert section(readme, "quiz") == "--count"
    assert section(readme, "interview") == ""


def test_the_option_list_knows_flags_and_renamed_options():
    options = typed_options(cli.commands["study"])
    assert {"--deck", "--db", "--mode", "--new", "--cram", "--focus"} <= set(options)
    assert "--help" not in options
