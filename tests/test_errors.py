"""One error base: every error a user can cause is a BrokerquizError, and the command line turns
any of them that reaches it into a message (exit 1), never a traceback."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from brokerquiz.commands.common import OrderedGroup
from brokerquiz.core.importer.anki_package import AnkiPackageError
from brokerquiz.core.files import ExportError
from brokerquiz.core.deck.load import DeckError, Problem
from brokerquiz.core.input_limits import InputRefused
from brokerquiz.core.sessions.quiz import QuizError
from brokerquiz.core.sessions.study import SessionError
from brokerquiz.core.store.types import StoreError
from brokerquiz.errors import BrokerquizError


@pytest.mark.parametrize(
    "kind", [DeckError, StoreError, SessionError, ExportError, QuizError, InputRefused, AnkiPackageError]
)
def test_every_user_error_has_the_one_base(kind):
    assert issubclass(kind, BrokerquizError)


def _group_raising(error: Exception) -> click.Group:
    @click.group(cls=OrderedGroup)
    def group() -> None:
        pass

    @group.command()
    def go() -> None:
        raise error

    return group


def test_the_command_group_prints_any_brokerquiz_error():
    result = CliRunner().invoke(_group_raising(SessionError("deck.yaml: nothing to ask")), ["go"])
    assert result.exit_code == 1
    assert result.stderr == "error: deck.yaml: nothing to ask\n" and "Traceback" not in result.output


def test_a_deck_error_prints_its_file_line_col_lines():
    error = DeckError([Problem("d.yaml", 3, 5, "unknown field 'titel'")])
    result = CliRunner().invoke(_group_raising(error), ["go"])
    assert result.exit_code == 1
    assert result.stderr.startswith("d.yaml:3:5: unknown field 'titel'")


def test_a_bug_keeps_its_traceback():
    result = CliRunner().invoke(_group_raising(KeyError("bug")), ["go"])
    assert isinstance(result.exception, KeyError)
