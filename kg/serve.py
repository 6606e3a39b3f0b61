"""``kg serve``: the graph files behind Oxigraph's own SPARQL server, read-only.

The server is the ``oxigraph`` binary of the ``oxigraph`` package (Oxigraph's
Rust server), run as ``oxigraph serve-read-only``: the SPARQL 1.1 Protocol at
``/query`` (GET and POST, content negotiation for JSON, XML, CSV, TSV, Turtle,
N-Triples…), the Graph Store Protocol at ``/store`` for reading, and every
update or write refused with HTTP 403. ``--timeout-s`` cancels a query that
runs too long, the streaming of its results included; the body then ends with
``The SPARQL operation has been cancelled``. The server has no result-size
limit: the time limit is what bounds a runaway result. Oxigraph checks it
between rows of its outer loops, so a query whose inner loop is itself huge (a
three-way cross product) can run past it; see the README.

The files are first loaded into a store in a temporary folder (the default
graph is the merge of every graph, see :mod:`kg.store`), which is removed when
the server stops.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg import store

logger = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT_S = 30
READY_TIMEOUT_S = 20.0


@dataclass
class Server:
    """A running server: its query endpoint, the triples it serves, its process."""

    url: str
    triples: int
    proc: subprocess.Popen


class ServeError(RuntimeError):
    """The server could not be started; the message says why, on one line."""


def oxigraph_binary() -> str:
    """The ``oxigraph`` server binary: beside this Python (a virtualenv), else on ``PATH``.

    Raises:
        ServeError: the ``oxigraph`` package is not installed.
    """
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("oxigraph")
    if not found:
        raise ServeError("the oxigraph server is not installed (pip install oxigraph)")
    return found


def prepare(paths: Iterable[str | os.PathLike[str]], location: str | os.PathLike[str]) -> int:
    """Load the files into an on-disk store at ``location``; the number of triples served.

    Raises:
        kg.store.StoreInputError: a file cannot be loaded.
    """
    st = ox.Store(str(location))
    store.load(paths, st)
    st.flush()
    n = sum(1 for _ in st.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    del st
    gc.collect()  # releases the store's lock before the server opens it
    return n


def bind_address(host: str, port: int) -> str:
    """``host:port`` as Oxigraph's ``--bind`` wants it.

    >>> bind_address("127.0.0.1", 7878), bind_address("::1", 7878)
    ('127.0.0.1:7878', '[::1]:7878')
    """
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def is_loopback(host: str) -> bool:
    """Whether ``host`` is a loopback address (or ``localhost``).

    >>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("0.0.0.0")
    (True, True, False)
    """
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _die_with_parent() -> None:  # pragma: no cover - runs in the child
    """In the server process: get SIGTERM when ``kg serve`` dies (Linux), so none is left."""
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _check_free(host: str, port: int) -> None:
    """Fail early, and clearly, when ``host:port`` cannot be listened on."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        try:
            s.bind((host, port))
        except OSError as exc:
            raise ServeError(f"cannot listen on {bind_address(host, port)}: "
                             f"{exc.strerror or exc}") from None


def _log_text(log: Path) -> str:
    text = log.read_text(encoding="utf-8", errors="replace") if log.is_file() else ""
    return " ".join(text.split())[-300:]


def _wait_ready(proc: subprocess.Popen, host: str, port: int, timeout: float,
                log: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise ServeError(f"the oxigraph server stopped at start: "
                             f"{_log_text(log) or f'exit status {proc.returncode}'}")
        with contextlib.suppress(OSError), socket.create_connection((host, port), timeout=0.5):
            if proc.poll() is None:
                return
        time.sleep(0.1)
    raise ServeError(f"the oxigraph server did not answer on {bind_address(host, port)} "
                     f"within {timeout:.0f} s")


@contextlib.contextmanager
def running(paths: Iterable[str | os.PathLike[str]], host: str = DEFAULT_HOST,
            port: int = DEFAULT_PORT, timeout_s: int = DEFAULT_TIMEOUT_S) -> Iterator[Server]:
    """Serve the files while the block runs.

    Raises:
        kg.store.StoreInputError: a file cannot be loaded.
        ServeError: the server could not be started.
    """
    binary = oxigraph_binary()
    _check_free(host, port)
    with tempfile.TemporaryDirectory(prefix="kg-serve-") as tmp:
        n = prepare(paths, Path(tmp) / "store")
        cmd = [binary, "serve-read-only", "--location", str(Path(tmp) / "store"),
               "--bind", bind_address(host, port), "--timeout-s", str(timeout_s)]
        logger.info("starting %s", " ".join(cmd))
        log = Path(tmp) / "oxigraph.log"  # a file, not a pipe: a full pipe would stall it
        with log.open("wb") as fh:
            proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=fh, stderr=fh,
                                    preexec_fn=_die_with_parent)
        try:
            _wait_ready(proc, host, port, READY_TIMEOUT_S, log)
            shown = f"[{host}]" if ":" in host else host
            yield Server(f"http://{shown}:{port}/query", n, proc)
            if proc.poll() is not None:
                raise ServeError(f"the oxigraph server stopped (exit status {proc.returncode})")
        finally:
            stop_process(proc, grace_s=10)


def stop_process(proc: subprocess.Popen, grace_s: float = 10) -> None:
    """Terminate ``proc``; kill it when it has not exited after ``grace_s`` seconds."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=grace_s)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def serve(paths: list[str], host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          timeout_s: int = DEFAULT_TIMEOUT_S,
          announce: Callable[[str, int], None] | None = None) -> None:
    """Serve the files until interrupted (Ctrl-C or SIGTERM); ``announce(url, triples)`` once up.

    Raises:
        kg.store.StoreInputError: a file cannot be loaded.
        ServeError: the server could not be started, or stopped by itself.
    """
    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        with running(paths, host, port, timeout_s) as server:
            if announce:
                announce(server.url, server.triples)
            with contextlib.suppress(KeyboardInterrupt):
                while server.proc.poll() is None:
                    time.sleep(0.5)
    finally:
        signal.signal(signal.SIGTERM, previous)
