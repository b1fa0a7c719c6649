"""Safe, bounded YAML reading into a light node tree that remembers line and column.

PyYAML's composer is recursive and expands aliases, so hostile input (an alias bomb, 5,000-deep
nesting) could cost time or a RecursionError. We read the event stream instead, build the tree
iteratively, refuse aliases, custom tags (`!!python/...` never reaches a constructor) and deep
nesting, and keep every scalar as the text the author wrote (no YAML 1.1 surprises such as `no`
becoming False).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

import yaml

from ..safe_text import describe, unsafe_characters
from ..translate import _, ngettext

try:  # libyaml is much faster on big decks; fall back to pure Python where it is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_DEPTH = 64
STANDARD_TAGS = {
    None,
    "!",
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
}
NULL_WORDS = {"", "~", "null", "Null", "NULL"}
KEY_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
# What YAML refuses to read (C0 controls but tab/LF/CR, DEL, C1 but NEL, lone surrogates, U+FFFE/F):
# found here so the message names the character and its place instead of a byte offset.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
# YAML counts these as line breaks but most editors do not, so positions after them would be wrong
# and a pasted one splits a value in two; they are refused with their own message instead.
_ODD_BREAKS = re.compile("[\x85\u2028\u2029]")
_LEADING_TAB = re.compile(r"^ *\t", re.MULTILINE)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a deck file, where an editor can jump to it."""

    path: str
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.message}"


class YamlProblem(Exception):
    """A problem at a position of the text: the reader stops there."""

    def __init__(self, line: int, col: int, message: str):
        super().__init__(message)
        self.line, self.col, self.message = line, col, message


@dataclass
class Node:
    """A scalar, mapping or list from the deck text, with the 1-based line and column it starts at."""

    kind: str  # "scalar" | "map" | "seq"
    line: int  # 1-based
    col: int  # 1-based
    value: str | None = None  # scalars: the text; None for an explicit null
    items: list = field(default_factory=list)  # map: [(key Node, value Node)], seq: [Node]

    @property
    def is_null(self) -> bool:
        return self.kind == "scalar" and self.value is None

    def keys(self) -> list[str]:
        return [k.value or "" for k, _ in self.items]

    def get(self, key: str) -> Node | None:
        for k, v in self.items:
            if k.value == key:
                return v
        return None


def decode(data: bytes) -> str:
    """UTF-8 bytes (a BOM is fine) → text with LF line ends; YamlProblem where it is not UTF-8."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line, col = _byte_position(data, error.start)
        message = _("text is not UTF-8 (byte 0x{byte:02x}); save the file as UTF-8").format(byte=data[error.start])
        raise YamlProblem(line, col, message) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _byte_position(data: bytes, offset: int) -> tuple[int, int]:
    before = data[:offset]
    line_start = before.rfind(b"\n") + 1
    # count characters, not bytes, so the column matches what an editor shows
    col = len(before[line_start:].decode("utf-8", errors="replace")) + 1
    return before.count(b"\n") + 1, col


def _position(text: str, index: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


def check_text(text: str) -> None:
    """Problems YAML itself would report confusingly: tabs used for indentation, control characters."""
    tab = _LEADING_TAB.search(text)
    if tab:
        line, col = _position(text, tab.end() - 1)
        raise YamlProblem(line, col, _("tab used for indentation; use spaces"))
    bad = _FORBIDDEN.search(text)
    if bad:
        line, col = _position(text, bad.start())
        raise YamlProblem(line, col, _("control character U+{code:04X} is not allowed in a deck").format(code=ord(bad.group())))
    odd = _ODD_BREAKS.search(text)
    if odd:
        line, col = _position(text, odd.start())
        message = _("invisible line break U+{code:04X} (often pasted from the web); use a space or a new line")
        raise YamlProblem(line, col, message.format(code=ord(odd.group())))


def _mark(event) -> tuple[int, int]:
    mark = event.start_mark
    return mark.line + 1, mark.column + 1


def parse(text: str) -> Node | None:
    """Parse one YAML document into a Node tree; None for an empty document."""
    check_text(text)
    loader = _Loader(text)
    try:
        return _build(loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = error.problem or _("invalid YAML")
        if "maximum nesting depth" in message:  # newer libyaml stops deep flow nesting itself
            raise YamlProblem(line, col, _too_deep()) from None
        if error.context:
            message = f"{message} ({error.context})"
        raise YamlProblem(line, col, _("YAML syntax error: {message}").format(message=message)) from None
    except yaml.reader.ReaderError as error:  # pragma: no cover - check_text finds these first
        line, col = _byte_position(text.encode("utf-8", "surrogatepass"), error.position)
        raise YamlProblem(line, col, _("YAML error: {message}").format(message=error.reason)) from None
    except yaml.YAMLError as error:  # pragma: no cover - defensive: any other reader error
        raise YamlProblem(1, 1, _("YAML error: {message}").format(message=error)) from None
    finally:
        loader.dispose()


def _build(loader) -> Node | None:
    stack: list[_Open] = []
    root: Node | None = None
    documents = 0
    while True:
        event = loader.get_event()
        kind = type(event)
        if event is None or kind is yaml.StreamEndEvent:
            return root
        if kind is yaml.ScalarEvent:
            line, col = _mark(event)
            if event.anchor:
                raise YamlProblem(line, col, _anchor_message(event.anchor))
            if event.tag not in STANDARD_TAGS:
                raise YamlProblem(line, col, _tag_message(event.tag))
            # libyaml reports a plain scalar's style as "", the pure-Python parser as None
            plain_null = not event.style and event.implicit[0] and event.value in NULL_WORDS
            _refuse_unsafe(event.value, line, col)
            node = Node("scalar", line, col, None if plain_null else event.value)
            if stack:
                stack[-1].add(node)
            else:
                root = node
        elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            line, col = _mark(event)
            if event.anchor:
                raise YamlProblem(line, col, _anchor_message(event.anchor))
            if event.tag not in STANDARD_TAGS:
                raise YamlProblem(line, col, _tag_message(event.tag))
            if len(stack) >= MAX_DEPTH:
                raise YamlProblem(line, col, _too_deep())
            node = Node("map" if kind is yaml.MappingStartEvent else "seq", line, col)
            if stack:
                stack[-1].add(node)
            else:
                root = node
            stack.append(_Open(node))
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            stack.pop()
        elif kind is yaml.AliasEvent:
            line, col = _mark(event)
            raise YamlProblem(line, col, _("aliases (*name) are not supported in decks; write the text out"))
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                line, col = _mark(event)
                raise YamlProblem(line, col, _("more than one YAML document; a deck is one document"))


def _refuse_unsafe(value: str, line: int, col: int) -> None:
    """Escapes in quoted scalars ("\\e", "\\x9b", "\\u202e") make characters that check_text
    cannot see in the file: every parsed value and key is checked here, at the scalar's position."""
    found = list(dict.fromkeys(char for _index, char in unsafe_characters(value)))
    if not found:
        return
    names = ", ".join(map(describe, found))
    if all(ord(char) > 0xFF for char in found):
        message = ngettext("bidi control {names} is not allowed in a deck: a terminal acts on them instead of printing them",
                           "bidi controls {names} are not allowed in a deck: a terminal acts on them instead of printing them",
                           len(found))
    else:
        message = ngettext("control character {names} is not allowed in a deck: a terminal acts on them instead of printing them",
                           "control characters {names} are not allowed in a deck: a terminal acts on them instead of printing them",
                           len(found))
    raise YamlProblem(line, col, message.format(names=names))


def _tag_message(tag: str) -> str:
    return _("tag {tag!r} is not allowed in decks (decks are plain text, lists and mappings)").format(tag=tag)


def _anchor_message(anchor: str) -> str:
    return _("anchors (&{anchor}) are not supported in decks").format(anchor=anchor)


def _too_deep() -> str:
    return _("nesting deeper than {n} levels").format(n=MAX_DEPTH)


class _Open:
    """A mapping or list being filled; a mapping remembers its keys to spot duplicates at once."""

    __slots__ = ("node", "key", "seen")

    def __init__(self, node: Node):
        self.node = node
        self.key: Node | None = None
        self.seen: dict[str | None, Node] = {}

    def add(self, node: Node) -> None:
        parent = self.node
        if parent.kind == "seq":
            parent.items.append(node)
            return
        key = self.key
        if key is not None:
            parent.items.append((key, node))
            self.key = None
            return
        if node.kind != "scalar":
            raise YamlProblem(node.line, node.col, _("a mapping key must be plain text"))
        first = self.seen.get(node.value)
        if first is not None:
            message = _("duplicate key {key!r} (first at line {line})").format(key=node.value, line=first.line)
            raise YamlProblem(node.line, node.col, message)
        self.seen[node.value] = node
        self.key = node


# -- typed reading of a node tree --------------------------------------------------------------


def closest(word: str, choices) -> str:
    """' (did you mean 'x'?)' for the closest choice, or '' when nothing is close."""
    match = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return _(" (did you mean {word!r}?)").format(word=match[0]) if match else ""


def kind_name(node: Node) -> str:
    if node.kind == "scalar":
        return _("empty") if node.is_null else _("text")
    return _("a mapping") if node.kind == "map" else _("a list")


class NodeReader:
    """Reads typed values out of a Node tree, collecting a Problem for each wrong one.

    Every method returns None (or an empty value) where the node is wrong, after recording why,
    so a caller keeps going and one run reports every problem of the file.
    """

    def __init__(self, path: str):
        self.path = path
        self.problems: list[Problem] = []

    def problem(self, node: Node, message: str) -> None:
        self.problems.append(Problem(self.path, node.line, node.col, message))

    def mapping(self, node: Node | None, what: str) -> Node | None:
        if node is None:
            return None
        if node.is_null:
            self.problem(node, _("{what} is empty; write a mapping (key: value lines) or leave it out").format(what=what))
            return None
        if node.kind != "map":
            message = _("{what} must be a mapping (key: value lines), not {kind}")
            self.problem(node, message.format(what=what, kind=kind_name(node)))
            return None
        return node

    def text(self, node: Node | None, what: str, *, required: bool = True) -> str | None:
        if node is None:
            return None
        if node.kind != "scalar":
            self.problem(node, _("{what} must be text, not {kind}").format(what=what, kind=kind_name(node)))
            return None
        if node.value is None or not node.value.strip():
            if required:
                self.problem(node, _("{what} is empty").format(what=what))
            return None
        return node.value.strip()

    def text_list(self, node: Node | None, what: str) -> tuple[str, ...]:
        """A list of text; a single text is taken as a list of one."""
        if node is None:
            return ()
        if node.kind == "scalar":
            value = self.text(node, what)
            return (value,) if value else ()
        if node.kind != "seq":
            self.problem(node, _("{what} must be a list of text, not {kind}").format(what=what, kind=kind_name(node)))
            return ()
        values = []
        for item in node.items:
            value = self.text(item, _("an item of {what}").format(what=what))
            if value:
                values.append(value)
        return tuple(values)

    def key(self, node: Node, what: str) -> str:
        """A key that names cards: lowercase latin letters, digits, '-' and '_'."""
        key = node.value or ""
        if node.value is None:
            self.problem(node, _("{what} key is empty").format(what=what))
        elif not KEY_RE.match(key):
            message = _("{what} key {key!r} must be lowercase latin letters, digits, '-' or '_' (it names the cards)")
            self.problem(node, message.format(what=what, key=key))
        return key

    def fields(self, node: Node, allowed, what: str, *, extra=()) -> dict[str, Node]:
        """The mapping's fields; unknown ones are reported with the closest known name.

        `extra` are the subject keys where a mapping mixes fields and per-subject values.
        """
        allowed, extra = tuple(allowed), tuple(extra)
        known = set(allowed) | set(extra)
        found = {}
        for key_node, value in node.items:
            name = key_node.value or ""
            if name in known:
                found[name] = value
                continue
            hint = closest(name, allowed + extra)
            if extra and not hint:
                hint = _(" (subjects: {subjects}; fields: {fields})").format(subjects=", ".join(extra), fields=", ".join(allowed))
            message = _("unknown subject or field {name!r} in {what}{hint}") if extra else _("unknown field {name!r} in {what}{hint}")
            self.problem(key_node, message.format(name=name, what=what, hint=hint))
        return found

    def require(self, node: Node, found: dict, names, what: str) -> bool:
        ok = True
        for name in names:
            if name not in found:
                self.problem(node, _("{what} is missing the required field {name!r}").format(what=what, name=name))
                ok = False
        return ok
