"""Safe, bounded YAML reading into a light node tree that remembers line and column.

PyYAML's composer is recursive and expands aliases, so hostile input (an alias bomb, 5,000-deep
nesting) could cost time or a RecursionError. We read the event stream instead, build the tree
iteratively, refuse aliases, custom tags and deep nesting, and keep every scalar as the text the
author wrote (no YAML 1.1 surprises such as `no` becoming False).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

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


class YamlProblem(Exception):
    """A problem at a position of the text: the reader stops there."""

    def __init__(self, line: int, col: int, message: str):
        super().__init__(message)
        self.line, self.col, self.message = line, col, message


@dataclass
class Node:
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


def _mark(event) -> tuple[int, int]:
    mark = event.start_mark
    return mark.line + 1, mark.column + 1


def check_text(text: str) -> None:
    """Problems YAML itself would report confusingly: tabs used for indentation."""
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.lstrip(" ")
        if stripped.startswith("\t"):
            raise YamlProblem(number, len(line) - len(stripped) + 1, "tab used for indentation; use spaces")


def parse(text: str) -> Node | None:
    """Parse one YAML document into a Node tree; None for an empty document."""
    check_text(text)
    loader = _Loader(text)
    stack: list[Node] = []
    pending_key: list[Node | None] = []
    root: Node | None = None
    documents = 0
    try:
        while True:
            event = loader.get_event()
            if event is None or isinstance(event, yaml.StreamEndEvent):
                break
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    line, col = _mark(event)
                    raise YamlProblem(line, col, "more than one YAML document; a deck is one document")
                continue
            if isinstance(event, (yaml.StreamStartEvent, yaml.DocumentEndEvent)):
                continue
            line, col = _mark(event)
            if isinstance(event, yaml.AliasEvent):
                raise YamlProblem(line, col, "aliases (*name) are not supported in decks; write the text out")
            if getattr(event, "anchor", None):
                raise YamlProblem(line, col, f"anchors (&{event.anchor}) are not supported in decks")
            tag = getattr(event, "tag", None)
            if tag not in STANDARD_TAGS:
                raise YamlProblem(line, col, f"tag {tag!r} is not allowed in decks")
            if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                node = stack.pop()
                pending_key.pop()
            elif isinstance(event, yaml.ScalarEvent):
                plain_null = event.implicit[0] and event.style is None and event.value in NULL_WORDS
                node = Node("scalar", line, col, None if plain_null else event.value)
            else:
                kind = "map" if isinstance(event, yaml.MappingStartEvent) else "seq"
                node = Node(kind, line, col)
                if len(stack) >= MAX_DEPTH:
                    raise YamlProblem(line, col, f"nesting deeper than {MAX_DEPTH} levels")
                _attach(stack, pending_key, node)
                if not stack and root is None:
                    root = node
                stack.append(node)
                pending_key.append(None)
                continue
            if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                continue
            if not stack:
                root = node
                continue
            _attach(stack, pending_key, node)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = error.problem or "invalid YAML"
        if error.context:
            message = f"{message} ({error.context})"
        raise YamlProblem(line, col, f"YAML syntax error: {message}") from None
    except yaml.YAMLError as error:
        raise YamlProblem(1, 1, f"YAML error: {error}") from None
    finally:
        loader.dispose()
    return root


def _attach(stack: list[Node], pending_key: list[Node | None], node: Node) -> None:
    if not stack:
        return
    parent = stack[-1]
    if parent.kind == "seq":
        parent.items.append(node)
        return
    key = pending_key[-1]
    if key is None:
        if node.kind != "scalar":
            raise YamlProblem(node.line, node.col, "a mapping key must be plain text")
        for existing, _ in parent.items:
            if existing.value == node.value:
                raise YamlProblem(
                    node.line,
                    node.col,
                    f"duplicate key {node.value!r} (first at line {existing.line})",
                )
        pending_key[-1] = node
    else:
        parent.items.append((key, node))
        pending_key[-1] = None
