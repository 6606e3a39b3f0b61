"""``kg serve`` under load (``bench/bench_load.py``'s code, scaled down) and its request limits."""

from __future__ import annotations

import importlib.util
import socket
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
import requests

from .conftest import ROOT
from .stores import free_port

SERVE_TIMEOUT_S = 3  # kg serve's --timeout here; it also cuts a slow request body
BODY_LIMIT = 128 * 1024 * 1024  # Oxigraph's server: SPARQL bodies up to 128 MiB
HEADER_LIMIT = 8 * 1024  # Oxigraph's server: request line and headers up to 8 KiB


@pytest.fixture(scope="module")
def load() -> ModuleType:
    """``bench/bench_load.py`` as a module."""
    spec = importlib.util.spec_from_file_location("bench_load", ROOT / "bench" / "bench_load.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_load"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def graph(bundled: Path) -> Path:
    return bundled / "graph.trig"


@pytest.fixture(scope="module")
def url(load: ModuleType, graph: Path) -> Iterator[str]:
    """A real ``kg serve`` (a child process, on 127.0.0.1) over the bundled article."""
    with load.kg_serve(graph, timeout_s=SERVE_TIMEOUT_S) as u:
        yield u


def test_load_gives_no_errors_and_the_endpoint_still_answers(load: ModuleType, graph: Path,
                                                            url: str) -> None:
    mix = load.workload()
    assert {"entity", "parks", "policies", "count"} <= set(mix)
    expected, count = load.expected_rows(graph, mix), load.triples(graph)
    assert expected["parks"] > 1 and count > 1000
    res = load.run(url, mix, expected, queries=200, clients=4)
    assert res.errors == []
    assert len(res.latencies) == 200
    assert 0 < res.percentile(50) <= res.percentile(99) < load.REQUEST_TIMEOUT_S
    assert load.still_answers(url, count)
    text = load.report(res, True)
    assert "errors      0" in text and "queries/s" in text and "p99" in text


def test_load_counts_wrong_answers_and_a_dead_endpoint(load: ModuleType, graph: Path,
                                                       url: str) -> None:
    mix = load.workload()
    expected = load.expected_rows(graph, mix)
    wrong = {**expected, "parks": expected["parks"] + 1}
    res = load.run(url, mix, wrong, queries=2 * len(mix), clients=2)
    assert res.errors == [f"parks: {expected['parks']} rows, not {expected['parks'] + 1}"] * 2
    dead = f"http://127.0.0.1:{free_port()}/query"
    res = load.run(dead, mix, expected, queries=4, clients=2)
    assert len(res.errors) == 4
    assert not load.still_answers(dead, load.triples(graph))
    assert not load.still_answers(url, load.triples(graph) + 1)


def test_a_kg_serve_that_cannot_start_is_one_clear_error(load: ModuleType,
                                                         tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(RuntimeError, match="kg serve stopped at start: .*bad.ttl"), \
            load.kg_serve(bad):
        pass


def _post(url: str, body: bytes) -> requests.Response:
    return requests.post(url, data=body, timeout=30,
                         headers={"Content-Type": "application/sparql-query",
                                  "Accept": "application/sparql-results+json"})


def test_a_body_over_128_mib_is_refused(url: str) -> None:
    head = b"SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o } #"
    resp = _post(url, head + b"x" * (BODY_LIMIT + 1 - len(head)))
    assert resp.status_code == 400
    assert resp.text == f"SPARQL body payloads are limited to {BODY_LIMIT} bytes, " \
                        f"found {BODY_LIMIT + 1} bytes"
    assert _post(url, head + b"x" * 1000).status_code == 200  # and it keeps answering


def test_a_body_sent_in_chunks_is_cut_at_the_limit_too(url: str) -> None:
    def chunks() -> Iterator[bytes]:
        yield b"SELECT * WHERE { ?s ?p ?o } #"
        for _ in range(BODY_LIMIT // 2**20 + 2):
            yield b"x" * 2**20

    resp = requests.post(url, data=chunks(), timeout=30,
                         headers={"Content-Type": "application/sparql-query"})
    assert resp.status_code == 400
    assert resp.text == f"SPARQL body payloads are limited to {BODY_LIMIT} bytes"


def test_headers_over_8_kib_are_refused(url: str) -> None:
    query = "SELECT * WHERE { ?s ?p ?o } LIMIT 1 #" + "x" * HEADER_LIMIT
    resp = requests.get(url, params={"query": query}, timeout=30)
    assert resp.status_code == 400
    assert resp.text == "The headers size must fit in 8kb"
    short = requests.get(url, params={"query": query[:200]}, timeout=30)
    assert short.status_code == 200


def test_a_body_that_never_comes_is_cut_at_the_time_limit(url: str) -> None:
    port = int(url.split(":")[2].split("/")[0])
    t0 = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        s.sendall(b"POST /query HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  b"Content-Type: application/sparql-query\r\nContent-Length: 100000000\r\n"
                  b"\r\nSELECT")
        answer = s.recv(1000)
    took = time.monotonic() - t0
    assert answer.startswith(b"HTTP/1.1 500 "), answer
    assert SERVE_TIMEOUT_S - 0.5 < took < 4 * SERVE_TIMEOUT_S + 5  # cut, not held open
