"""Each mode's options as one typed value: what a command builds from its flags and hands, with
the session it built, through the app to the screen. A misspelled option is an error at once
(`mode_options`), never silently dropped; a bad value is refused when the value is made.

The defaults live here, once: the commands' flags, the screens and the sessions read them.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from .protocol import SessionError

STUDY_MODES = ("flip", "typed")
DEFAULT_QUIZ_COUNT = 10
DEFAULT_QUESTIONS = 8
DEFAULT_SECONDS_PER_QUESTION = 90


@dataclass(frozen=True)
class StudyOptions:
    """`study`: flip or typed, at most `new_limit` new cards, cram, one focus topic, a cap."""

    mode: str = "flip"
    new_limit: int | None = None
    cram: bool = False
    focus: str | None = None
    limit: int | None = None

    def __post_init__(self) -> None:
        if self.mode not in STUDY_MODES:
            raise SessionError(f"mode must be one of {', '.join(STUDY_MODES)}, not {self.mode!r}")


@dataclass(frozen=True)
class QuizOptions:
    """`quiz`: how many questions of which kind; the same seed asks the same ones."""

    count: int = DEFAULT_QUIZ_COUNT
    kind: str = "all"
    seed: int | None = None

    def __post_init__(self) -> None:
        from .quiz import QUIZ_KINDS, QuizError  # only a quiz pays for the quiz module

        if self.kind not in QUIZ_KINDS:
            raise QuizError(f"unknown quiz kind {self.kind!r} (one of: {', '.join(QUIZ_KINDS)})")
        if self.count < 1:
            raise QuizError("the quiz needs at least one question (--count 1 or more)")


@dataclass(frozen=True)
class InterviewOptions:
    """`interview`: how many questions, the time for each and (optionally) for all, the seed,
    and whether wrong answers send their cards to Again."""

    questions: int = DEFAULT_QUESTIONS
    seconds_per_question: float = DEFAULT_SECONDS_PER_QUESTION
    minutes: float | None = None
    seed: int | None = None
    schedule: bool = True

    def __post_init__(self) -> None:
        if self.questions < 1:
            raise SessionError("an interview needs at least one question")
        if self.seconds_per_question <= 0:
            raise SessionError("seconds per question must be positive")
        if self.minutes is not None and self.minutes <= 0:
            raise SessionError("the interview needs some time")

    @property
    def total_s(self) -> float | None:
        """The whole interview's seconds, None: questions × seconds per question."""
        return self.minutes * 60 if self.minutes else None


ModeOptions = StudyOptions | QuizOptions | InterviewOptions
MODE_OPTIONS: dict[str, type] = {"study": StudyOptions, "quiz": QuizOptions, "interview": InterviewOptions}


def mode_options(mode: str, /, **given: object) -> ModeOptions | None:
    """The typed options of `mode` from keyword options; an unknown one raises SessionError.

    A mode without options (home, stats, browser) takes none: any given is an error too.
    """
    kind = MODE_OPTIONS.get(mode)
    known = [f.name for f in fields(kind)] if kind else []
    unknown = sorted(set(given) - set(known))
    if unknown:
        takes = f"takes {', '.join(known)}" if known else "takes no options"
        raise SessionError(f"unknown option {', '.join(map(repr, unknown))} for {mode} ({mode} {takes})")
    return kind(**given) if kind else None  # type: ignore[return-value]
