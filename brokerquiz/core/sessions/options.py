"""Each mode's options as one typed, immutable value: what a command builds from its flags and
hands, with the session it built, through the app to the screen. A misspelled option is an
error at once (`mode_options`), never silently dropped; a bad value is refused when the value
is made.

`StudyOptions` is a NamedTuple, not a frozen dataclass: `brokerquiz study` imports it before
the first card and its path imports no dataclasses (see model.py; a test holds it). The quiz's
and the interview's are frozen dataclasses beside their sessions (`QuizOptions` in quiz.py,
`InterviewOptions` in interview/session.py), importable from here too.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, NamedTuple

from ..translate import _
from .protocol import SessionError

if TYPE_CHECKING:
    from .interview.session import InterviewOptions
    from .quiz import QuizOptions

STUDY_MODES = ("flip", "typed")


class _StudyFields(NamedTuple):
    mode: str = "flip"
    new_limit: int | None = None
    cram: bool = False
    focus: str | None = None
    limit: int | None = None


class StudyOptions(_StudyFields):
    """`study`: flip or typed, at most `new_limit` new cards, cram, one focus topic, a cap."""

    __slots__ = ()

    def __new__(cls, mode: str = "flip", new_limit: int | None = None, cram: bool = False,
                focus: str | None = None, limit: int | None = None) -> StudyOptions:
        if mode not in STUDY_MODES:
            raise SessionError(_("mode must be one of {modes}, not {mode}").format(modes=", ".join(STUDY_MODES), mode=repr(mode)))
        return super().__new__(cls, mode, new_limit, cram, focus, limit)


ModeOptions = Any  # StudyOptions | QuizOptions | InterviewOptions (the last two imported lazily)
# mode -> where its options type lives; a mode's module is imported only when it is asked for
MODE_OPTIONS: dict[str, str] = {
    "study": f"{__name__}:StudyOptions",
    "quiz": f"{__package__}.quiz:QuizOptions",
    "interview": f"{__package__}.interview.session:InterviewOptions",
}


def options_type(mode: str) -> type | None:
    """The options type of `mode`, None for a mode without options."""
    target = MODE_OPTIONS.get(mode)
    if target is None:
        return None
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def __getattr__(name: str) -> type:  # QuizOptions, InterviewOptions: from their sessions, on use
    for mode in ("quiz", "interview"):
        if MODE_OPTIONS[mode].endswith(":" + name):
            return options_type(mode)  # type: ignore[return-value]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def mode_options(mode: str, /, **given: object) -> ModeOptions | None:
    """The typed options of `mode` from keyword options; an unknown one raises SessionError.

    A mode without options (home, stats, browser) takes none: any given is an error too.
    """
    kind = options_type(mode)
    known = list(getattr(kind, "_fields", None) or getattr(kind, "__dataclass_fields__", ())) if kind else []
    unknown = sorted(set(given) - set(known))
    if unknown:
        takes = f"takes {', '.join(known)}" if known else "takes no options"
        raise SessionError(f"unknown option {', '.join(map(repr, unknown))} for {mode} ({mode} {takes})")
    return kind(**given) if kind else None  # type: ignore[return-value]
