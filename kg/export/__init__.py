"""Exporters: one module a format. Every writer goes through :func:`atomic_write`
or, for a set of outputs that belong together, :func:`write_all`."""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import signal
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

logger = logging.getLogger(__name__)

PAUSE_ENV = "KG_PAUSE_AT"
"""Fault injection for the kill tests: at the checkpoint of this name the process
says so on stderr and waits (at most a minute) to be killed."""

_TMP_SUFFIX = ".kg-tmp"


def checkpoint(name: str) -> None:
    """Pause here if ``$KG_PAUSE_AT`` names this point (see :data:`PAUSE_ENV`)."""
    if os.environ.get(PAUSE_ENV) == name:
        sys.stderr.write(f"kg: paused at {name}\n")
        sys.stderr.flush()
        time.sleep(60)


def _mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


Content = bytes | Callable[[BinaryIO], None]
"""What :func:`write_all` writes: bytes, or a function that writes them to a binary file
(for outputs too large to hold in memory)."""


def _stage(target: Path, data: Content) -> Path:
    """``data`` in a new temporary file beside ``target``, flushed to disk."""
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=_TMP_SUFFIX, dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            if callable(data):
                data(fh)
            else:
                fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, _mode())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def atomic_write(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file and a rename.

    A reader (or a crash) never sees a half-written file.
    """
    return write_all({path: data})[0]


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``folder`` (POSIX ``flock``; elsewhere no lock)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OSError(errno.EBUSY, "another kg build is writing there", str(folder)) from None
        yield
    finally:
        os.close(fd)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM back while the renames run, so they all happen."""
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - Windows
        yield
        return
    held = {signal.SIGINT, signal.SIGTERM}
    old = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _remove_stale(folder: Path, names: set[str]) -> None:
    """Remove temporary files a killed build left beside the outputs it was writing."""
    for tmp in folder.glob(f".*{_TMP_SUFFIX}"):
        name = tmp.name[1:-len(_TMP_SUFFIX)].rsplit(".", 1)[0]
        if name in names:
            logger.info("removing %s, left by a build that did not finish", tmp)
            tmp.unlink(missing_ok=True)


def write_all(files: Mapping[str | os.PathLike[str], Content]) -> list[Path]:
    """Write a set of files so that it is replaced together, or not at all.

    Each file is first written in full to a temporary file in its own folder and
    flushed to disk; only when all of them are complete are they renamed over the
    old files, one right after the other, with Ctrl-C and SIGTERM held back. An
    error, Ctrl-C or a kill before that leaves every previous file as it was
    (the temporary files are removed, or, after a kill, by the next call). Each
    folder is locked meanwhile, so two builds cannot interleave their outputs.

    Args:
        files: target path -> bytes, or a function that writes the bytes to a binary file.

    Returns:
        The target paths, in the order given.

    Raises:
        OSError: a folder cannot be created, locked or written.
    """
    targets = [Path(p) for p in files]
    for target in targets:
        if target.is_dir() or (target.exists() and not target.is_file()):
            # found now, not by the rename after the others have been replaced
            raise IsADirectoryError(errno.EISDIR, "not a regular file", str(target))
    folders = sorted({t.parent.resolve() for t in targets}, key=str)
    for folder in folders:
        folder.mkdir(parents=True, exist_ok=True)
    staged: list[tuple[Path, Path]] = []
    with contextlib.ExitStack() as stack:
        for folder in folders:
            stack.enter_context(_locked(folder))
            _remove_stale(folder, {t.name for t in targets if t.parent.resolve() == folder})
        try:
            for target, data in zip(targets, files.values(), strict=True):
                staged.append((_stage(target, data), target))
            checkpoint("staged")
            with _signals_held():
                for tmp, target in staged:
                    os.replace(tmp, target)
        except BaseException:
            for tmp, _target in staged:
                tmp.unlink(missing_ok=True)
            raise
    return targets
