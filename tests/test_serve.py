"""``kg serve``: a read-only SPARQL endpoint (Oxigraph's server) over the graph files."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from SPARQLWrapper import CSV, JSON, POST, SPARQLWrapper

from kg.cli import main

from .conftest import ROOT
from .stores import free_port, local_select, select, stop

TIMEOUT_S = 2
POLICIES = """PREFIX kgo: <https://w3id.org/kg-china/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?p ?l WHERE { ?p a kgo:Policy ; rdfs:label ?l } ORDER BY ?l"""
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
CROSS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"  # the whole graph, squared


@pytest.fixture(scope="module")
def served(bundled: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """``kg serve`` on the bundled article's TriG, run as a user would: (URL, its output)."""
    port = free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with log.open("wb") as fh:
        proc = subprocess.Popen(
            [sys.executable, "-m", "kg.cli", "serve", str(bundled / "graph.trig"),
             "--port", str(port), "--timeout", str(TIMEOUT_S)],
            stdin=subprocess.DEVNULL, stdout=fh, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}/query"
    deadline = time.monotonic() + 60
    while "Ctrl-C" not in log.read_text(encoding="utf-8"):
        assert proc.poll() is None, log.read_text(encoding="utf-8")
        assert time.monotonic() < deadline, "kg serve did not start within 60 s"
        time.sleep(0.2)
    try:
        yield url, log
    finally:
        stop(proc)
    assert proc.returncode == 0, log.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def triples(bundled: Path) -> int:
    """The triples ``kg query`` counts in the bundled article's graph."""
    return int(local_select([bundled / "graph.trig"], COUNT)[0][0][1])


@pytest.fixture
def endpoint(served: tuple[str, Path]) -> str:
    """The query URL of the running ``kg serve``."""
    return served[0]


def test_announces_where_it_listens(served: tuple[str, Path], triples: int) -> None:
    endpoint, log = served
    text = log.read_text(encoding="utf-8")
    assert f"at {endpoint} (read-only, {TIMEOUT_S} s time limit)" in text
    assert f"{triples} triples" in text


def test_sparqlwrapper_json_and_csv(endpoint: str, bundled: Path) -> None:
    client = SPARQLWrapper(endpoint)
    client.setQuery(POLICIES)
    client.setReturnFormat(JSON)
    doc = client.query().convert()
    labels = [b["l"]["value"] for b in doc["results"]["bindings"]]
    assert labels == ["과학기술서비스업 육성에 관한 약간의견",
                      "수도 과학기술서비스업 발전에 관한 실시의견", "일대일로"]
    client.setReturnFormat(CSV)
    table = list(csv.reader(io.StringIO(client.query().convert().decode("utf-8"))))
    assert table[0] == ["p", "l"] and [r[1] for r in table[1:]] == labels


def test_answers_as_kg_query_does(endpoint: str, bundled: Path) -> None:
    for q in sorted((ROOT / "queries").glob("*.rq")):
        text = q.read_text(encoding="utf-8")
        assert select(endpoint, text) == local_select([bundled / "graph.trig"], text), q.name


ACCEPT = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
          "csv": "text/csv", "tsv": "text/tab-separated-values"}


@pytest.mark.parametrize("fmt", ACCEPT, ids=ACCEPT)
def test_content_negotiation_get_and_post(endpoint: str, triples: int, fmt: str) -> None:
    for resp in (requests.get(endpoint, params={"query": COUNT}, timeout=30,
                              headers={"Accept": ACCEPT[fmt]}),
                 requests.post(endpoint, data={"query": COUNT}, timeout=30,
                               headers={"Accept": ACCEPT[fmt]})):
        assert resp.status_code == 200
        assert resp.headers["Content-Type"].startswith(ACCEPT[fmt])
        assert str(triples) in resp.text


def test_graph_results_in_turtle(endpoint: str) -> None:
    construct = ("PREFIX kgo: <https://w3id.org/kg-china/ontology#> "
                 "CONSTRUCT WHERE { ?p a kgo:Policy }")
    resp = requests.get(endpoint, params={"query": construct}, timeout=30,
                        headers={"Accept": "text/turtle"})
    assert resp.status_code == 200 and resp.headers["Content-Type"].startswith("text/turtle")
    from rdflib import Graph

    assert len(Graph().parse(data=resp.text, format="turtle")) == 3


def _count(endpoint: str) -> int:
    return int(select(endpoint, COUNT)[0][0][1])


def test_updates_are_refused_and_nothing_changes(endpoint: str, triples: int) -> None:
    before = _count(endpoint)
    client = SPARQLWrapper(endpoint, updateEndpoint=endpoint.replace("/query", "/update"))
    client.setMethod(POST)
    client.setQuery("INSERT DATA { <https://example.org/a> <https://example.org/b> 1 }")
    with pytest.raises(Exception) as err:
        client.query()
    assert "403" in str(err.value) or "read-only" in str(err.value).lower()
    base = endpoint.rsplit("/", 1)[0]
    refused = [
        requests.post(endpoint, data={"update": "DELETE WHERE { ?s ?p ?o }"}, timeout=30),
        requests.post(base + "/update", data="DELETE WHERE { ?s ?p ?o }", timeout=30,
                      headers={"Content-Type": "application/sparql-update"}),
        requests.put(base + "/store", params={"graph": "https://example.org/g"}, timeout=30,
                     data=b"<https://example.org/a> <https://example.org/b> 1 .",
                     headers={"Content-Type": "text/turtle"}),
        requests.delete(base + "/store", params={"default": ""}, timeout=30),
    ]
    assert all(400 <= r.status_code < 500 for r in refused), [r.status_code for r in refused]
    assert _count(endpoint) == before == triples


def test_listens_on_loopback_only(endpoint: str) -> None:
    port = int(endpoint.split(":")[2].split("/")[0])
    listening = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            if state == "0A" and int(local.rsplit(":", 1)[1], 16) == port:  # LISTEN
                listening.append(local.rsplit(":", 1)[0])
    assert listening == ["0100007F"]  # 127.0.0.1, and nothing on IPv6 or other addresses


def test_a_runaway_query_is_stopped_and_others_still_answered(endpoint: str,
                                                              triples: int) -> None:
    client = SPARQLWrapper(endpoint)
    client.setQuery(CROSS)
    client.setReturnFormat(JSON)
    t0 = time.monotonic()
    with pytest.raises(ValueError):  # the stream is cut at the time limit: not a whole document
        client.query().convert()
    assert time.monotonic() - t0 < TIMEOUT_S + 10

    tail: list[bytes] = []
    answered: list[float] = []

    def runaway() -> None:
        with requests.post(endpoint, data={"query": CROSS}, timeout=60, stream=True,
                           headers={"Accept": "text/csv"}) as resp:
            last = b""
            for chunk in resp.iter_content(1 << 16):
                last = (last + chunk)[-200:]
            tail.append(last)

    thread = threading.Thread(target=runaway)
    t0 = time.monotonic()
    thread.start()
    time.sleep(0.5)
    while thread.is_alive() and time.monotonic() - t0 < TIMEOUT_S + 10:
        t1 = time.monotonic()
        assert _count(endpoint) == triples  # answered while the runaway runs
        answered.append(time.monotonic() - t1)
        time.sleep(0.2)
    thread.join(30)
    assert not thread.is_alive() and time.monotonic() - t0 < TIMEOUT_S + 10
    assert tail[0].endswith(b"The SPARQL operation has been cancelled"), tail
    assert answered and max(answered) < 2.0, answered
    assert _count(endpoint) == triples


def test_a_bad_file_is_one_line_and_no_server(tmp_path: Path,
                                              capsys: pytest.CaptureFixture) -> None:
    bad = tmp_path / "broken.ttl"
    bad.write_text("<a:b> <a:c> .\n", encoding="utf-8")
    assert main(["serve", str(bad), "--port", str(free_port())]) == 1
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert str(bad) in line and "line 1" in line


def test_a_port_in_use_is_a_clear_error(bundled: Path, endpoint: str,
                                        capsys: pytest.CaptureFixture) -> None:
    port = endpoint.split(":")[2].split("/")[0]
    assert main(["serve", str(bundled / "graph.ttl"), "--port", port]) == 1
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line == f"kg: error: cannot listen on 127.0.0.1:{port}: Address already in use", line
