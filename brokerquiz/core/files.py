"""Writing an export file: never over an existing file by surprise, never half a file, no temp left.

`output_target` decides what `-o PATH` means: an existing file or a symbolic link is refused
unless `force`; with `force` a link is written through (the file it points to is replaced, the
link stays), as a shell's `>` does.

`write_atomically` writes the new file in full before it appears under its name. On Linux the
file is anonymous until then (O_TMPFILE, then linkat): a process killed with SIGKILL leaves
nothing behind in the target folder. Where that is not available it is a named temporary
`.NAME.brokerquiz-XXXXXXXX.tmp` held under an flock while written; the next export into that
folder removes such files whose lock is free (their writer is dead), and no other file.
Without `overwrite` the final step is a hard link, which fails rather than replace a file that
appeared in the meantime.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from ..errors import BrokerquizError
from .translate import _

try:
    import fcntl
except ImportError:  # Windows: no flock, so stale temporaries are not swept there
    fcntl = None  # type: ignore[assignment]

TEMP_TAG = "brokerquiz-"
TEMP_NAME = re.compile(r"^\..+\." + re.escape(TEMP_TAG) + r"[A-Za-z0-9_]+\.tmp$")


class ExportError(BrokerquizError):
    """An export could not be written; the message names the path and the reason."""


class TargetExists(ExportError):
    """The target exists (or is a symbolic link) and overwriting it was not asked for."""


def exists_message(path: Path) -> str:
    return _("{path} exists; pass --force to overwrite it").format(path=path)


def cannot_write(path: Path, why: str) -> str:
    return _("cannot write {path}: {reason}").format(path=path, reason=why)


def output_target(path: str | Path, *, force: bool) -> Path:
    """The file an export to `path` writes; raises TargetExists or ExportError."""
    path = Path(path)
    if path.is_symlink():
        if not force:
            message = _("{path} is a symbolic link to {target}; pass --force to write through it")
            raise TargetExists(message.format(path=path, target=os.readlink(path)))
        real = Path(os.path.realpath(path))
        if real.is_symlink():
            raise ExportError(cannot_write(path, _("its symbolic links make a loop")))
        path = real
    check_target(path)
    if path.exists() and not force:
        raise TargetExists(exists_message(path))
    return path


def check_target(path: Path) -> None:
    """Refuse a target whose folder is missing, or that is a folder, a device or a pipe."""
    folder = path.parent
    if not folder.exists():
        raise ExportError(cannot_write(path, _("folder {folder} does not exist").format(folder=folder)))
    if not folder.is_dir():
        raise ExportError(cannot_write(path, _("{folder} is not a folder").format(folder=folder)))
    if path.is_dir():
        raise ExportError(cannot_write(path, _("it is a folder")))
    if path.exists() and not path.is_file():  # /dev/null, a pipe: renaming over it would replace it
        raise ExportError(cannot_write(path, _("not a regular file")))


def default_mode(path: Path) -> int:
    """Keep the mode of a file being replaced; a new file gets the usual 0666 minus the umask."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def write_atomically(path: Path, write: Callable[[Path], None], *, overwrite: bool = True) -> None:
    """Call `write(tmp)` on a temporary file in `path`'s folder, then give it the name `path`.

    Any failure leaves an existing `path` untouched and no temporary file; OS errors become
    ExportError with a message a user can act on. Without `overwrite`, a file that exists at
    `path` when the new one is ready raises TargetExists.
    """
    check_target(path)
    sweep_stale(path.parent)
    mode = default_mode(path)
    try:
        with _temporary(path) as (tmp, publish):
            write(tmp)
            publish(mode, overwrite)
    except FileExistsError:
        raise TargetExists(exists_message(path)) from None
    except OSError as error:
        raise ExportError(cannot_write(path, reason(error))) from None


def reason(error: OSError) -> str:
    return (error.strerror or str(error)).lower()


Publish = Callable[[int, bool], None]


@contextlib.contextmanager
def _temporary(path: Path) -> Iterator[tuple[Path, Publish]]:
    """(a path to write, publish(mode, overwrite)); whatever happens, no temporary is left."""
    anonymous = _anonymous(path.parent)
    if anonymous is not None:
        handle, folder = anonymous
        try:
            yield Path(f"/proc/self/fd/{handle}"), _linker(handle, folder, path.name)
        finally:
            os.close(handle)
            os.close(folder)
        return
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.{TEMP_TAG}", suffix=".tmp", dir=path.parent)
    try:
        _lock(handle)
        yield Path(name), _renamer(name, str(path))
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(name)
        os.close(handle)


def _anonymous(folder: Path) -> tuple[int, int] | None:
    """(an unnamed file in `folder`, the folder's fd) on Linux (O_TMPFILE), else None.

    None too where the file system has no O_TMPFILE or a sandbox refuses linkat through
    /proc/self/fd: that is tried first on a throwaway unnamed file (a file can be linked only
    once from nothing, so not on the one to be written).
    """
    flag = getattr(os, "O_TMPFILE", None)
    if flag is None or not os.path.isdir("/proc/self/fd"):
        return None
    try:
        folder_fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return None
    try:
        if _can_link_unnamed(folder_fd):
            handle = os.open(".", flag | os.O_RDWR, 0o600, dir_fd=folder_fd)
            _lock(handle)
            return handle, folder_fd
    except OSError:
        pass
    os.close(folder_fd)
    return None


def _can_link_unnamed(folder_fd: int) -> bool:
    """Whether an O_TMPFILE file in the folder can be given a name (it has one for a moment)."""
    try:
        probe = os.open(".", os.O_TMPFILE | os.O_WRONLY, 0o600, dir_fd=folder_fd)
    except OSError:  # the file system does not do it (or an old kernel): use a named one
        return False
    name = _step_name("export")
    try:
        os.link(f"/proc/self/fd/{probe}", name, dst_dir_fd=folder_fd, follow_symlinks=True)
        os.unlink(name, dir_fd=folder_fd)
        return True
    except OSError:
        return False
    finally:
        os.close(probe)


def _step_name(name: str) -> str:
    """A name `sweep_stale` recognises, for a file that has one only for a moment."""
    return f".{name}.{TEMP_TAG}{os.urandom(6).hex()}.tmp"


def _linker(handle: int, folder: int, name: str) -> Publish:
    """Give the anonymous file its name: linkat through /proc/self/fd (no privilege needed)."""

    def publish(mode: int, overwrite: bool) -> None:
        os.fchmod(handle, mode)
        source = f"/proc/self/fd/{handle}"
        if not overwrite:  # linkat fails with EEXIST instead of replacing
            os.link(source, name, dst_dir_fd=folder, follow_symlinks=True)
            return
        # linkat cannot replace: a named step for the microseconds to the rename (swept if killed)
        step = _step_name(name)
        os.link(source, step, dst_dir_fd=folder, follow_symlinks=True)
        try:
            os.replace(step, name, src_dir_fd=folder, dst_dir_fd=folder)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(step, dir_fd=folder)
            raise

    return publish


def _renamer(temp: str, target: str) -> Publish:
    """Give the named temporary its name: a rename, or a hard link when nothing may be replaced."""

    def publish(mode: int, overwrite: bool) -> None:
        os.chmod(temp, mode)
        if overwrite:
            os.replace(temp, target)
            return
        try:
            os.link(temp, target)
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links: check, then rename
            if os.path.lexists(target):
                raise FileExistsError(target) from None
            os.replace(temp, target)

    return publish


def _lock(handle: int) -> None:
    """Hold an flock on the temporary while writing: a free lock tells `sweep_stale` its writer died."""
    if fcntl is not None:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)


def sweep_stale(folder: Path) -> list[str]:
    """Remove `.NAME.brokerquiz-XXXX.tmp` files in `folder` left by a killed export; returns their names.

    A temporary whose flock is held belongs to an export still running and is kept; files with
    other names are never touched.
    """
    if fcntl is None:
        return []
    removed = []
    try:
        names = [entry.name for entry in os.scandir(folder) if TEMP_NAME.match(entry.name)]
    except OSError:
        return []
    for name in names:
        candidate = Path(folder) / name
        try:
            handle = os.open(candidate, os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_NONBLOCK", 0))
        except OSError:
            continue
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # locked: its writer is alive
            os.close(handle)
            continue
        try:
            found = os.fstat(handle)
            if stat.S_ISREG(found.st_mode) and os.path.samestat(found, os.lstat(candidate)):
                candidate.unlink()
                removed.append(name)
        except OSError:
            pass
        finally:
            os.close(handle)
    return removed
