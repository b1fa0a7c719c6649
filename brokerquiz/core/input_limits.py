"""Bounded input: a deck or a markdown sheet is a regular file under a size limit.

A FIFO named as a deck would block `read()` forever, a symlink to /dev/zero would fill the
memory, a 50 MB deck takes half a minute and gigabytes to parse. So a file is stat'ed before it
is opened (anything but a regular file is refused without opening it), opened non-blocking and
fstat'ed again (it may have been swapped meanwhile), and read no further than the limit.

The limit is DEFAULT_MAX_BYTES (10 MB) unless a command is given `--max-size`; the card cap
MAX_CARDS holds for every deck. Imports nothing heavy: it runs before the deck cache is read.
"""

from __future__ import annotations

import os
import re
import stat

from ..errors import BrokerquizError
from .translate import N_, _, ngettext

DEFAULT_MAX_BYTES = 10_000_000  # 10 MB: the shipped decks are ~40 KB, a 100 x 100 deck ~1.2 MB
MAX_CARDS = 50_000  # a 100 x 100 deck makes ~20,000 cards
_CHUNK = 1 << 20
_UNITS = {"": 1, "K": 1000, "M": 1000**2, "G": 1000**3}
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([KMG]?)B?\s*", re.IGNORECASE)


class InputRefused(BrokerquizError):
    """A file that is not read: the message says why (without the path, which callers show)."""


def parse_size(text: str) -> int:
    """'20MB', '20M', '500k', '1.5G' or a number of bytes → bytes (decimal units); ValueError else."""
    match = _SIZE.fullmatch(text)
    if not match:
        raise ValueError(_("{text!r} is not a size (write it as 20MB, 500KB or a number of bytes)").format(text=text))
    size = int(float(match.group(1)) * _UNITS[match.group(2).upper()])
    if size <= 0:
        raise ValueError(_("{text!r}: the size must be more than 0").format(text=text))
    return size


def format_size(size: int) -> str:
    """12_345_678 → '12.3 MB'; whole numbers without decimals ('10 MB')."""
    for unit in ("G", "M", "K"):
        if size >= _UNITS[unit]:
            value = size / _UNITS[unit]
            return f"{value:.0f} {unit}B" if value == int(value) else f"{value:.1f} {unit}B"
    return ngettext("{n} byte", "{n} bytes", size).format(n=size)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return _("a FIFO (named pipe)")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return _("a device")
    if stat.S_ISSOCK(mode):
        return _("a socket")
    return _("not a regular file")


def _refuse(st: os.stat_result, max_bytes: int, what: str) -> None:
    if stat.S_ISDIR(st.st_mode):
        raise InputRefused(_("is a folder, not a {what}").format(what=_(what)))
    if not stat.S_ISREG(st.st_mode):
        message = _("is {kind}, not a {what}; give a regular file")
        raise InputRefused(message.format(kind=_kind(st.st_mode), what=_(what)))
    if st.st_size > max_bytes:
        raise InputRefused(too_large(st.st_size, max_bytes))


def too_large(size: int | None, max_bytes: int) -> str:
    """The message for a file over the limit (`size` None: it grew past it while being read)."""
    limit = format_size(max_bytes)
    if size is None:
        return _("grew while it was read and larger than the limit of {limit}; pass --max-size to read it anyway").format(limit=limit)
    return _("is {size} larger than the limit of {limit}; pass --max-size to read it anyway").format(
        size=format_size(size), limit=limit)


def check_file(path: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES, what: str = N_("deck file")) -> None:
    """Refuse (InputRefused) a path that is not a regular file or is over the limit; never opens it.

    Symlinks are followed: a link to a deck is fine, a link to /dev/zero is a device.
    FileNotFoundError and other OSErrors are raised as they are.
    """
    _refuse(os.stat(path), max_bytes, what)


def read_file(path: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES, what: str = N_("deck file")) -> bytes:
    """The bytes of a regular file of at most `max_bytes`, else InputRefused; never blocks."""
    check_file(path, max_bytes, what)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        _refuse(os.fstat(fd), max_bytes, what)  # swapped for a FIFO or a device since the stat?
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - total))
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise InputRefused(too_large(None, max_bytes))
    finally:
        os.close(fd)


def too_many_cards(count: int) -> str | None:
    """The message when a deck makes more cards than MAX_CARDS; None when it is within it."""
    if count <= MAX_CARDS:
        return None
    message = _("the deck makes {count:,} cards, more than the limit of {limit:,}; split it into smaller decks")
    return message.format(count=count, limit=MAX_CARDS)
