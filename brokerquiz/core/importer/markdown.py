"""Markdown → a flat list of blocks (headings, tables, lists, quotes, callouts, prose, code).

markdown-it-py does the reading (CommonMark plus GFM tables, with or without leading pipes);
this module only turns its tokens into plain values with 1-based line numbers: inline markup
(bold, links, `<br>`, `[[wiki]]`, `:shortcodes:`) becomes plain text, front matter is skipped
and its `title:` kept, a code block is one block however long. Nothing here knows about
subjects or decks: that is importer/plan.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

_WIKI = re.compile(r"\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\|([^\]]*))?\]\]")
_SHORTCODE = re.compile(r":([a-z0-9_+-]{1,40}):")
_CALLOUT = re.compile(r"^\[!([A-Za-zА-Яа-яЁё][\w-]*)\][+-]?[ \t]*(.*)$")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1|\[\[[^\]\n]*\]\]")
_SPACES = re.compile(r"[ \t\n]+")
_FRONT_END = ("---", "...")


@lru_cache(maxsize=1)
def words() -> dict:
    """The importer's word lists (sheet_words.yaml)."""
    import yaml

    return yaml.safe_load((Path(__file__).with_name("sheet_words.yaml")).read_text(encoding="utf-8"))


@dataclass
class Item:
    """A list item: its plain text, the bold words it opens with, and nested items."""

    line: int
    text: str
    lead: str = ""  # "Kafka" for "**Kafka**: text" or "Use **Kafka** for:"
    children: list[Item] = field(default_factory=list)
    end: int = 0


@dataclass
class Row:
    line: int
    cells: list[str]
    extra: int = 0  # cells past the header's width (GFM drops them; the importer reports them)


@dataclass
class Block:
    """One top-level piece of the sheet. `kind` says which fields matter."""

    kind: str  # heading | table | list | ordered | quote | callout | paragraph | code | html
    line: int
    end: int
    text: str = ""  # heading, paragraph, quote text; a callout's body; a code block's first line
    level: int = 0  # heading level
    bold: bool = False  # a paragraph that is bold as a whole ("**The phrase:**")
    callout: str = ""  # the callout's type, casefolded ("note", "question")
    title: str = ""  # the callout's title
    header: list[str] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)


@dataclass
class Document:
    title: str  # from front matter, "" without one
    blocks: list[Block]


def strip_decoration(text: str) -> str:
    """Label text without leading emoji or symbols and without a trailing colon."""
    text = text.strip()
    start = 0
    while start < len(text) and not (text[start].isalnum() or text[start] in "«“\"'(["):
        start += 1
    text = text[start:].strip()
    return text[:-1].rstrip() if text.endswith(":") else text


def squash(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _text(content: str) -> str:
    codes = words()["shortcodes"]
    content = _WIKI.sub(lambda m: (m.group(2) or m.group(1)).strip(), content)
    return _SHORTCODE.sub(lambda m: codes.get(m.group(1), ""), content)


def inline_text(token, urls: list[str] | None = None) -> tuple[str, str]:
    """(plain text with "\\n" for soft breaks, the text of a bold span it opens with)."""
    out: list[str] = []
    lead, bold_at, in_bold = "", None, 0
    for child in token.children or []:
        kind = child.type
        if kind == "text":
            out.append(_text(child.content))
        elif kind == "code_inline":
            out.append(child.content)
        elif kind in ("softbreak", "hardbreak"):
            out.append("\n")
        elif kind == "html_inline":
            out.append(" " if re.match(r"<br\s*/?>", child.content, re.I) else "")
        elif kind == "image":
            out.append(child.content)
        elif kind == "link_open" and urls is not None:
            href = child.attrs.get("href", "")
            if isinstance(href, str) and href.startswith(("http://", "https://")):
                urls.append(href)
        elif kind == "strong_open":
            in_bold += 1
            if bold_at is None and not lead:
                bold_at = len("".join(out))
        elif kind == "strong_close":
            in_bold -= 1
            if bold_at is not None and in_bold == 0:
                lead, bold_at = "".join(out)[bold_at:].strip(), None
    return "".join(out), lead


def _protect_pipes(text: str) -> str:
    """`a | b` and [[page|alias]] in a table row are one cell (GFM splits them without a \\)."""

    def escape(match: re.Match) -> str:
        return re.sub(r"(?<!\\)\|", r"\\|", match.group(0))

    return "\n".join(_CODE_SPAN.sub(escape, line) if "|" in line else line for line in text.split("\n"))


def skip_front_matter(lines: list[str]) -> tuple[list[str], str]:
    """Front matter blanked (so line numbers stay), and its `title:` if it has one."""
    if not lines or lines[0].strip() != "---":
        return lines, ""
    for end in range(1, min(len(lines), 500)):
        if lines[end].strip() in _FRONT_END:
            break
    else:
        return lines, ""
    title = ""
    try:
        import yaml

        meta = yaml.safe_load("\n".join(lines[1:end]))
        if isinstance(meta, dict) and isinstance(meta.get("title"), (str, int, float)):
            title = squash(str(meta["title"]))
    except Exception:  # PyYAML raises ValueError, TypeError, RecursionError... besides YAMLError: front matter, no title
        pass
    return [""] * (end + 1) + lines[end + 1 :], title


def read_markdown(text: str) -> Document:
    """The blocks of a sheet (already repaired, NFC, LF line ends)."""
    from markdown_it import MarkdownIt

    lines, title = skip_front_matter(text.split("\n"))
    source = _protect_pipes("\n".join(lines))
    tokens = MarkdownIt("commonmark").enable("table").parse(source)
    blocks: list[Block] = []
    i = 0
    while i < len(tokens):
        i = _block(tokens, i, blocks)
    for block in blocks:
        if block.kind == "table":
            _count_extra(block, source.split("\n"))
    return Document(title, blocks)


def _count_extra(block: Block, lines: list[str]) -> None:
    for row in block.rows:
        body = lines[row.line - 1].strip() if row.line <= len(lines) else ""
        body = body[1:] if body.startswith("|") else body
        body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
        width = len(re.split(r"(?<!\\)\|", body))
        row.extra = max(0, width - len(block.header))


def _close(tokens, i: int) -> int:
    """The index after the token closing tokens[i]."""
    depth = 0
    for j in range(i, len(tokens)):
        depth += tokens[j].nesting
        if depth == 0:
            return j + 1
    return len(tokens)


def _span(token) -> tuple[int, int]:
    start, end = token.map or (0, 1)
    return start + 1, max(start + 1, end)


def _block(tokens, i: int, blocks: list[Block]) -> int:
    token = tokens[i]
    kind = token.type
    line, end = _span(token)
    if kind == "heading_open":
        text, _ = inline_text(tokens[i + 1])
        blocks.append(Block("heading", line, end, squash(text), level=int(token.tag[1:])))
    elif kind == "paragraph_open":
        urls: list[str] = []
        text, lead = inline_text(tokens[i + 1], urls)
        text = squash(text)
        bold = bool(lead) and strip_decoration(squash(lead)) == strip_decoration(text)
        blocks.append(Block("paragraph", line, end, text, bold=bold, urls=urls))
    elif kind == "table_open":
        blocks.append(_table(tokens, i, line, end))
    elif kind in ("bullet_list_open", "ordered_list_open"):
        items, _ = _items(tokens, i)
        blocks.append(Block("list" if kind == "bullet_list_open" else "ordered", line, end, items=items))
    elif kind == "blockquote_open":
        blocks.append(_quote(tokens, i, line, end))
    elif kind in ("fence", "code_block"):
        first = token.content.split("\n", 1)[0]
        fence = f"{token.markup}{token.info}".strip()
        blocks.append(Block("code", line, end, f"{fence} {first}".strip()))
    elif kind == "html_block":
        blocks.append(Block("html", line, end, squash(token.content.split("\n", 1)[0])))
    return _close(tokens, i) if token.nesting == 1 else i + 1


def _table(tokens, i: int, line: int, end: int) -> Block:
    block = Block("table", line, end)
    stop = _close(tokens, i)
    row: Row | None = None
    in_head = False
    for j in range(i, stop):
        token = tokens[j]
        if token.type == "thead_open":
            in_head = True
        elif token.type == "thead_close":
            in_head = False
        elif token.type == "tr_open":
            row = Row(_span(token)[0], [])
        elif token.type == "inline" and row is not None:
            text, _ = inline_text(token, block.urls)
            row.cells.append(squash(text))
        elif token.type == "tr_close" and row is not None:
            if in_head:
                block.header = row.cells
            else:
                block.rows.append(row)
            row = None
    return block


def _items(tokens, i: int) -> tuple[list[Item], int]:
    """The items of the list opening at tokens[i], and the index after it."""
    stop = _close(tokens, i)
    items: list[Item] = []
    j = i + 1
    while j < stop - 1:
        token = tokens[j]
        if token.type != "list_item_open":
            j += 1
            continue
        item_stop = _close(tokens, j)
        line, end = _span(token)
        item = Item(line, "", end=end)
        texts = []
        k = j + 1
        while k < item_stop - 1:
            inner = tokens[k]
            if inner.type in ("bullet_list_open", "ordered_list_open"):
                children, k = _items(tokens, k)
                item.children += children
                continue
            if inner.type == "inline":
                text, lead = inline_text(inner)
                if not texts:
                    item.lead = squash(lead)
                texts.append(squash(text))
            k += 1
        item.text = " ".join(t for t in texts if t)
        items.append(item)
        j = item_stop
    return items, stop


def _quote(tokens, i: int, line: int, end: int) -> Block:
    stop = _close(tokens, i)
    urls: list[str] = []
    texts = [inline_text(t, urls)[0] for t in tokens[i:stop] if t.type == "inline"]
    joined = "\n".join(texts).strip()
    first, _, rest = joined.partition("\n")
    match = _CALLOUT.match(first.strip())
    if match:
        return Block("callout", line, end, squash(rest), callout=match.group(1).casefold(), title=squash(match.group(2)), urls=urls)
    return Block("quote", line, end, squash(joined), urls=urls)
