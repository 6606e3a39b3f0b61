"""``kg push``'s password: the flag, ``KG_PUSH_PASSWORD`` or a prompt; never in a URL or log."""

from __future__ import annotations

import base64
import logging
import os
import pty
import select
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from kg.cli import main

from .conftest import ROOT
from .stores import Store, free_port, virtuoso_server

SECRET = "s3cr3t-Pa55-word"


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with virtuoso_server(tmp_path_factory.mktemp("virtuoso")) as st:
        yield st


class _Recorder(BaseHTTPRequestHandler):
    """A store on 127.0.0.1 that asks for Basic login and records every request it gets."""

    seen: list[tuple[str, str]] = []

    def do_PUT(self) -> None:  # noqa: N802 - the name http.server calls
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        auth = self.headers.get("Authorization", "")
        self.seen.append((self.path, auth))
        if not auth:
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="kg"')
        else:
            self.send_response(201)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def recorder() -> Iterator[tuple[str, list[tuple[str, str]]]]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    _Recorder.seen = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/store", _Recorder.seen
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def test_the_password_goes_in_the_header_only(bundled: Path, recorder: tuple,
                                              monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture,
                                              caplog: pytest.LogCaptureFixture) -> None:
    url, seen = recorder
    monkeypatch.setenv("KG_PUSH_PASSWORD", SECRET)
    caplog.set_level(logging.DEBUG)
    assert main(["-vv", "push", str(bundled / "graph.trig"), "--endpoint", url,
                 "--user", "alice"]) == 0
    out, err = capsys.readouterr()
    assert "replaced 2 graph(s)" in out
    token = base64.b64encode(f"alice:{SECRET}".encode()).decode()
    assert [a for _, a in seen] == ["", f"Basic {token}", f"Basic {token}"]
    assert all(SECRET not in p and token not in p for p, _ in seen)
    assert SECRET not in out + err + caplog.text and token not in out + err + caplog.text
    assert "PUT /store?graph=" in caplog.text  # the requests were logged, without it


def test_a_login_in_the_url_is_refused_and_not_shown(bundled: Path,
                                                    capsys: pytest.CaptureFixture) -> None:
    url = f"http://alice:{SECRET}@127.0.0.1:{free_port()}/store"
    assert main(["push", str(bundled / "graph.trig"), "--endpoint", url]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and SECRET not in err
    assert err.startswith("kg: error: --endpoint http://***@127.0.0.1:")
    assert "a login does not go in the URL" in err and "KG_PUSH_PASSWORD" in err


def test_an_error_never_shows_the_password(bundled: Path, capsys: pytest.CaptureFixture,
                                           caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    url = f"http://127.0.0.1:{free_port()}/store"
    assert main(["-vv", "push", str(bundled / "graph.trig"), "--endpoint", url,
                 "--user", "alice", "--password", SECRET]) == 1
    err = capsys.readouterr().err
    assert "cannot reach the store: connection refused; nothing was changed" in err
    assert SECRET not in err + caplog.text


def test_a_wrong_password_from_the_environment(virtuoso: Store, bundled: Path,
                                               monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture,
                                               caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv("KG_PUSH_PASSWORD", SECRET)
    assert main(["-vv", "push", str(bundled / "graph.trig"), "--endpoint", virtuoso.gsp_url,
                 "--user", "dba"]) == 1
    err = capsys.readouterr().err
    assert "login refused (HTTP 401); nothing was changed" in err
    assert SECRET not in err + caplog.text
    monkeypatch.setenv("KG_PUSH_PASSWORD", virtuoso.password or "")
    assert main(["push", str(bundled / "graph.trig"), "--endpoint", virtuoso.gsp_url,
                 "--user", "dba"]) == 0
    assert "replaced 2 graph(s)" in capsys.readouterr().out


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "KG_PUSH_PASSWORD"}
    return {**env, "PYTHONPATH": str(ROOT)}


def test_without_a_terminal_a_missing_password_is_one_clear_line(bundled: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "kg.cli", "push", str(bundled / "graph.trig"),
         "--endpoint", f"http://127.0.0.1:{free_port()}/store", "--user", "alice"],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, env=_env(), timeout=60)
    assert proc.returncode == 1
    assert proc.stderr == ("kg: error: --user alice needs a password: set KG_PUSH_PASSWORD, "
                           "or run in a terminal to be asked, or give --password\n")


def _read_until(fd: int, needle: bytes, deadline: float) -> bytes:
    got = b""
    while needle not in got:
        left = deadline - time.monotonic()
        assert left > 0, got
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        got += chunk
    return got


def test_in_a_terminal_it_asks_without_echo(virtuoso: Store, bundled: Path) -> None:
    argv = [sys.executable, "-m", "kg.cli", "push", str(bundled / "graph.trig"),
            "--endpoint", virtuoso.gsp_url, "--user", "dba"]
    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - the child, on the new terminal
        os.execve(sys.executable, argv, _env())
    try:
        deadline = time.monotonic() + 60
        first = _read_until(fd, b"password for dba: ", deadline)
        assert b"kg push: password for dba: " in first
        os.write(fd, (virtuoso.password or "").encode() + b"\n")
        rest = _read_until(fd, b"\x00never", deadline)
        _, status = os.waitpid(pid, 0)
        pid = 0
    finally:
        if pid:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
        os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 0, rest
    assert b"kg push: replaced 2 graph(s)" in rest
    assert rest.split(b"kg push: replaced")[0].strip() == b""  # the password was not echoed
