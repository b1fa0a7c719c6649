"""The one base of every error a user can cause: a bad deck or sheet, a database that cannot be
used, an export target that exists, an Anki file that is not one, a session asked for what it
cannot do. The command line and the screens catch `BrokerquizError` and show its text (one line,
or FILE:LINE:COL lines for a deck); anything else is a bug and keeps its traceback.

A leaf module: no imports, so core/ and the faces can both use it at no cost."""


class BrokerquizError(Exception):
    """An error with a message meant for the user."""


class SessionError(BrokerquizError):
    """A request a session cannot honour: a bad focus topic or quiz kind, rating before
    answering, answering after the end, an interview without questions or time."""
