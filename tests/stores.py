"""Real triple stores for the tests: Oxigraph's server and Virtuoso, on 127.0.0.1 only.

Each store runs in its own temporary folder, on free ports, and is stopped
(then killed if it lingers) when its block ends; every wait has a deadline.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from kg.serve import oxigraph_binary, stop_process

VIRTUOSO = os.environ.get("KG_VIRTUOSO", "/usr/bin/virtuoso-t")
START_TIMEOUT_S = 60.0
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@dataclass
class Store:
    """A running store: where to query it and where to push graphs."""

    name: str
    query_url: str
    gsp_url: str
    user: str | None = None
    password: str | None = None
    proc: subprocess.Popen | None = None


def free_port() -> int:
    """A TCP port free on 127.0.0.1 now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(proc: subprocess.Popen, url: str, timeout: float, log: Path | None = None) -> None:
    """Wait until ``url`` answers (any status), or fail with the server's log."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            text = log.read_text(errors="replace")[-2000:] if log and log.is_file() else ""
            raise RuntimeError(f"{proc.args[0]} exited with {proc.returncode}: {text}")
        with contextlib.suppress(requests.RequestException):
            requests.get(url, timeout=2)
            return
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {timeout:.0f} s")


def stop(proc: subprocess.Popen) -> None:
    """Terminate ``proc``; kill it when it has not exited after 20 s."""
    stop_process(proc, grace_s=20)


@contextlib.contextmanager
def oxigraph_server(folder: Path, read_only: bool = False) -> Iterator[Store]:
    """Oxigraph's server (read-write unless ``read_only``) on an empty store in ``folder``."""
    port = free_port()
    (folder / "db").mkdir(parents=True, exist_ok=True)
    if read_only:  # a read-only server needs an existing store
        import gc

        import pyoxigraph

        pyoxigraph.Store(str(folder / "db")).flush()
        gc.collect()
    mode = "serve-read-only" if read_only else "serve"
    log = folder / "oxigraph.log"
    with log.open("wb") as fh:
        proc = subprocess.Popen(
            [oxigraph_binary(), mode, "--location", str(folder / "db"),
             "--bind", f"127.0.0.1:{port}", "--union-default-graph", "--timeout-s", "30"],
            stdin=subprocess.DEVNULL, stdout=fh, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_http(proc, base + "/", START_TIMEOUT_S, log)
        yield Store("oxigraph", base + "/query", base + "/store", proc=proc)
    finally:
        stop(proc)


def need_virtuoso() -> None:
    """Skip when Virtuoso is not installed, except on CI (where it must be)."""
    if shutil.which(VIRTUOSO):
        return
    msg = f"{VIRTUOSO} missing (Debian: apt-get install virtuoso-opensource)"
    if os.environ.get("CI"):
        pytest.fail(f"CI is set but {msg}")
    pytest.skip(msg)


_VIRTUOSO_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DisableTcpSocket = 0
MaxClientConnections = 10
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = .
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
ThreadsPerQuery = 2

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {d}
MaxClientConnections = 10
ServerThreads = 10
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


@contextlib.contextmanager
def virtuoso_server(folder: Path) -> Iterator[Store]:
    """Debian's Virtuoso on a fresh database in ``folder`` (login dba/dba, digest)."""
    need_virtuoso()
    folder.mkdir(parents=True, exist_ok=True)
    http_port, sql_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(_VIRTUOSO_INI.format(d=folder, sql_port=sql_port, http_port=http_port),
                   encoding="utf-8")
    log = folder / "virtuoso.log"
    with (folder / "stdout.log").open("wb") as fh:
        proc = subprocess.Popen([VIRTUOSO, "+foreground", "+configfile", str(ini)],
                                cwd=folder, stdin=subprocess.DEVNULL, stdout=fh,
                                stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{http_port}"
        wait_http(proc, base + "/sparql?query=ASK%7B%7D", START_TIMEOUT_S, log)
        yield Store("virtuoso", base + "/sparql", base + "/sparql-graph-crud-auth",
                    user="dba", password="dba", proc=proc)
    finally:
        stop(proc)


def term_key(binding: dict | None) -> tuple:
    """A SPARQL JSON results term as comparable values (language tags lower-cased)."""
    if binding is None:
        return ()
    if binding["type"] == "uri":
        return ("iri", binding["value"])
    if binding["type"] == "bnode":
        return ("bnode",)
    lang = binding.get("xml:lang")
    return ("lit", binding["value"], lang.lower() if lang else None,
            None if lang else binding.get("datatype", XSD_STRING))


def select(url: str, text: str) -> list[tuple]:
    """Run a SELECT over HTTP (SPARQL 1.1 Protocol, POST) and return its rows."""
    resp = requests.post(url, data={"query": text}, timeout=60,
                         headers={"Accept": "application/sparql-results+json"})
    resp.raise_for_status()
    doc = resp.json()
    names = doc["head"]["vars"]
    return [tuple(term_key(b.get(v)) for v in names) for b in doc["results"]["bindings"]]


def ox_key(term: object) -> tuple:
    """A pyoxigraph term as :func:`term_key` gives it."""
    import pyoxigraph as ox

    if term is None:
        return ()
    if isinstance(term, ox.NamedNode):
        return ("iri", term.value)
    if isinstance(term, ox.Literal):
        lang = term.language
        return ("lit", term.value, lang.lower() if lang else None,
                None if lang else term.datatype.value)
    return ("bnode",)


def local_select(paths: list[Path], text: str) -> list[tuple]:
    """The rows ``kg query`` gives (Oxigraph over the files), as :func:`select` gives them."""
    from kg import query, store

    res = query.run(store.load(paths), text)
    names = [v.value for v in res.variables]
    return [tuple(ox_key(sol[v]) for v in names) for sol in res]
