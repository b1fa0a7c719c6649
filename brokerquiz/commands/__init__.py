"""The larger CLI commands, one module each (study, quiz, interview, export, import).

`brokerquiz.cli` builds the click group from them and holds the small commands. Each module
imports only click at the top: the core and the TUI are imported inside the command
functions, so listing the commands (`--help`) and the commands without a UI stay light.
"""
