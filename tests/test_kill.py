"""A real `kg build` killed mid-build leaves the previous outputs byte-identical.

Each build runs as its own process with ``KG_PAUSE_AT`` naming a checkpoint
(after reading, after serialising, with the new files staged beside the old):
it says so on stderr and waits there, and the test kills it from outside
(SIGKILL, Ctrl-C's SIGINT or SIGTERM). One more build is killed at a moment no
checkpoint marks (the first in KILLS, so that nothing delays its kill). The
builds run side by side.
"""

from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.cli import main
from kg.export import PAUSE_ENV

from .conftest import DATA, ROOT

ARTICLE = DATA / "dev-hyundai-chongqing-2017.txt"
OUTPUTS = ["graph.html", "graph.nq", "graph.trig", "graph.ttl"]
TIMEOUT = 120

# (id, checkpoint or None for a kill at a time, signal)
KILLS = [
    ("sigkill-at-1.5s", None, signal.SIGKILL),
    ("sigkill-after-reading", "read", signal.SIGKILL),
    ("sigterm-after-serialising", "serialised", signal.SIGTERM),
    ("sigkill-with-new-files-staged", "staged", signal.SIGKILL),
    ("ctrl-c-with-new-files-staged", "staged", signal.SIGINT),
]
KILL_AT = 1.5  # seconds after the start, for the kill no checkpoint marks


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _start(out: Path, point: str | None) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop(PAUSE_ENV, None)
    if point:
        env[PAUSE_ENV] = point
    return subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(ARTICLE), "-o", str(out)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for(proc: subprocess.Popen[str], point: str, deadline: float) -> None:
    ready, _, _ = select.select([proc.stderr], [], [], max(0.0, deadline - time.monotonic()))
    assert ready, f"no checkpoint {point} within {TIMEOUT}s"
    line = proc.stderr.readline()  # the child writes nothing else to stderr before it
    assert line == f"kg: paused at {point}\n", line


@pytest.fixture(scope="module")
def killed(bundled: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """Every kill of KILLS, run side by side: id -> what it left."""
    runs = {}
    for case, point, sig in KILLS:
        out = tmp_path_factory.mktemp(case)
        for name in OUTPUTS:
            shutil.copy(bundled / name, out / name)
        runs[case] = (out, _snapshot(out), _start(out, point), point, sig)
    started = time.monotonic()
    deadline = started + TIMEOUT
    left = {}
    try:
        for case, (out, before, proc, point, sig) in runs.items():
            if point:
                _wait_for(proc, point, deadline)
                staged = sorted(p.name for p in out.glob(".graph.*"))
            else:
                time.sleep(max(0.0, started + KILL_AT - time.monotonic()))
                staged = []
            proc.send_signal(sig)
            _out, err = proc.communicate(timeout=max(1.0, deadline - time.monotonic()))
            left[case] = {"before": before, "after": _snapshot(out), "staged": staged,
                          "rc": proc.returncode, "err": err, "out": out}
    finally:
        for _out, _before, proc, _point, _sig in runs.values():
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=10)
    return left


def sig_of(case: str) -> signal.Signals:
    return next(sig for name, _point, sig in KILLS if name == case)


@pytest.mark.parametrize("case", [k[0] for k in KILLS], ids=[k[0] for k in KILLS])
def test_previous_outputs_are_byte_identical_after_the_kill(killed: dict, case: str) -> None:
    run = killed[case]
    before, after = run["before"], run["after"]
    assert sorted(before) == OUTPUTS
    assert {name: after[name] for name in OUTPUTS} == before
    left = sorted(set(after) - set(OUTPUTS))
    if sig_of(case) == signal.SIGKILL:
        assert run["rc"] == -signal.SIGKILL
        assert all(name.startswith(".graph.") and name.endswith(".kg-tmp") for name in left)
    else:  # Ctrl-C and SIGTERM unwind: the temporary files are removed
        assert run["rc"] == 130 and run["err"].endswith("kg: interrupted\n")
        assert left == []


def test_the_kill_at_staged_came_after_the_new_files_were_written(killed: dict) -> None:
    run = killed["sigkill-with-new-files-staged"]
    assert len(run["staged"]) == len(OUTPUTS)
    new = {name: data for name, data in run["after"].items() if name not in OUTPUTS}
    assert len(new) == len(OUTPUTS)
    # the staged Turtle is the new article's graph, complete, yet graph.ttl is the old one
    ttl = next(data for name, data in new.items() if name.startswith(".graph.ttl."))
    assert b"article/dev-hyundai-chongqing-2017" in ttl and ttl.endswith(b"\n")
    assert b"article/dev-hyundai-chongqing-2017" not in run["after"]["graph.ttl"]


def test_the_next_build_removes_what_a_kill_left(killed: dict) -> None:
    out = killed["sigkill-with-new-files-staged"]["out"]
    assert main(["build", str(ARTICLE), "-o", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == OUTPUTS
    assert b"article/dev-hyundai-chongqing-2017" in (out / "graph.ttl").read_bytes()
