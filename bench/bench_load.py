"""Load test: many SPARQL queries from concurrent clients against a real ``kg serve``.

``kg serve`` is started as a user runs it (``python -m kg.cli serve``) on a free
port of 127.0.0.1, over the bundled article's graph (built into a temporary
folder) or ``--graph FILE``. The clients (threads, one HTTP keep-alive session
each) send a mix of the saved queries (``queries/*.rq``, their default
parameters) and simple SELECTs; an answer is an error unless it is HTTP 200,
parses as SPARQL JSON results and has the row count ``kg query`` gives for that
query. Then one more query checks that the endpoint still answers. The server
is stopped at the end in every case; every wait has a deadline. Traffic goes
to 127.0.0.1 only.

usage: python bench/bench_load.py [--queries N] [--clients C] [--graph FILE.trig]
Exit status 1 on any error, or when the endpoint no longer answers.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
START_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 10.0
REQUEST_TIMEOUT_S = 30.0
SIMPLE = {
    "count": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "classes": "SELECT DISTINCT ?c WHERE { ?s a ?c }",
    "labels": "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
              "SELECT ?s ?l WHERE { ?s rdfs:label ?l } LIMIT 50",
    "graphs": "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
}


@dataclass
class Result:
    """What a load run measured."""

    queries: int
    clients: int
    seconds: float
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def throughput(self) -> float:
        """Queries answered per second, over the whole run."""
        return self.queries / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> float:
        """The ``p``-th percentile of the latencies, in seconds (nearest rank)."""
        if not self.latencies:
            return 0.0
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def workload() -> dict[str, str]:
    """The queries sent: every saved query (as written, so with its defaults) and simple ones."""
    mix = {q.stem: q.read_text(encoding="utf-8") for q in sorted((ROOT / "queries").glob("*.rq"))}
    mix.update(SIMPLE)
    return mix


def expected_rows(graph: Path, mix: dict[str, str]) -> dict[str, int]:
    """The rows ``kg query`` gives for each query over ``graph``."""
    from kg import query, store

    st = store.load([graph])
    return {name: sum(1 for _ in query.run(st, text)) for name, text in mix.items()}


def free_port() -> int:
    """A TCP port free on 127.0.0.1 now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=STOP_TIMEOUT_S)


@contextlib.contextmanager
def kg_serve(graph: Path, timeout_s: int = 30) -> Iterator[str]:
    """``kg serve GRAPH`` on a free port of 127.0.0.1 while the block runs; its query URL."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)}
    with tempfile.TemporaryDirectory(prefix="kg-load-") as tmp:
        log = Path(tmp) / "serve.log"
        with log.open("wb") as fh:
            proc = subprocess.Popen(
                [sys.executable, "-m", "kg.cli", "serve", str(graph), "--host", "127.0.0.1",
                 "--port", str(port), "--timeout", str(timeout_s)],
                stdin=subprocess.DEVNULL, stdout=fh, stderr=subprocess.STDOUT, env=env)
        try:
            deadline = time.monotonic() + START_TIMEOUT_S
            while "Ctrl-C" not in log.read_text(encoding="utf-8", errors="replace"):
                if proc.poll() is not None:
                    text = " ".join(log.read_text(encoding="utf-8", errors="replace").split())
                    raise RuntimeError(f"kg serve stopped at start: {text[-300:]}")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"kg serve did not start within {START_TIMEOUT_S:.0f} s")
                time.sleep(0.1)
            yield f"http://127.0.0.1:{port}/query"
        finally:
            _stop(proc)


def ask(session: requests.Session, url: str, text: str) -> list[dict]:
    """Send one query (POST, SPARQL JSON results); its rows.

    Raises:
        RuntimeError: the answer is not HTTP 200 with SPARQL JSON results.
        requests.RequestException: no answer.
    """
    resp = session.post(url, data=text.encode("utf-8"), timeout=REQUEST_TIMEOUT_S,
                        headers={"Content-Type": "application/sparql-query",
                                 "Accept": "application/sparql-results+json"})
    if resp.status_code != 200:
        raise RuntimeError(f"HTTP {resp.status_code}: {' '.join(resp.text.split())[:100]}")
    try:
        return list(resp.json()["results"]["bindings"])
    except (ValueError, KeyError, TypeError) as exc:
        raise RuntimeError(f"not SPARQL JSON results ({type(exc).__name__})") from None


def run(url: str, mix: dict[str, str], expected: dict[str, int], queries: int = 2000,
        clients: int = 8) -> Result:
    """Send ``queries`` queries of ``mix`` in turn from ``clients`` threads; what was measured."""
    names = sorted(mix)
    local = threading.local()
    lock = threading.Lock()
    result = Result(queries, clients, 0.0)
    sessions: list[requests.Session] = []

    def one(i: int) -> None:
        if not hasattr(local, "session"):
            local.session = requests.Session()
            with lock:
                sessions.append(local.session)
        name = names[i % len(names)]
        t0 = time.perf_counter()
        try:
            rows = len(ask(local.session, url, mix[name]))
            why = None if rows == expected[name] else f"{rows} rows, not {expected[name]}"
        except (requests.RequestException, RuntimeError) as exc:
            why = " ".join(str(exc).split())[:160]
        took = time.perf_counter() - t0
        with lock:
            result.latencies.append(took)
            if why:
                result.errors.append(f"{name}: {why}")

    t0 = time.perf_counter()
    try:
        with ThreadPoolExecutor(max_workers=clients) as pool:
            for fut in [pool.submit(one, i) for i in range(queries)]:
                fut.result()  # each request is bounded by REQUEST_TIMEOUT_S
    finally:
        for s in sessions:
            s.close()
    result.seconds = time.perf_counter() - t0
    return result


def triples(graph: Path) -> int:
    """The triples ``kg query`` counts in the default graph of ``graph``."""
    from kg import query, store

    return int(next(iter(query.run(store.load([graph]), SIMPLE["count"])))["n"].value)


def still_answers(url: str, count: int) -> bool:
    """Whether a fresh client gets the right triple count from the endpoint."""
    with requests.Session() as s:
        try:
            rows = ask(s, url, SIMPLE["count"])
            return len(rows) == 1 and int(rows[0]["n"]["value"]) == count
        except (requests.RequestException, RuntimeError, KeyError, ValueError):
            return False


def report(res: Result, answers: bool) -> str:
    """The figures, one per line."""
    lines = [
        f"{res.queries} queries from {res.clients} clients in {res.seconds:.2f} s",
        f"throughput  {res.throughput:.0f} queries/s",
        f"latency     p50 {res.percentile(50) * 1000:.1f} ms, "
        f"p99 {res.percentile(99) * 1000:.1f} ms, "
        f"max {max(res.latencies, default=0) * 1000:.1f} ms, "
        f"mean {statistics.fmean(res.latencies) * 1000 if res.latencies else 0:.1f} ms",
        f"errors      {len(res.errors)}",
        f"afterwards  the endpoint {'answers' if answers else 'does NOT answer'}",
    ]
    lines += [f"  error: {e}" for e in res.errors[:10]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the load test; 0 when every query was answered right and the endpoint still answers."""
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--queries", type=int, default=2000)
    p.add_argument("--clients", type=int, default=8)
    p.add_argument("--graph", type=Path, help="a graph file (default: the bundled article, built)")
    args = p.parse_args(argv)
    if args.queries < 1 or args.clients < 1:
        p.error("--queries and --clients must be at least 1")
    with tempfile.TemporaryDirectory(prefix="kg-load-build-") as tmp:
        graph = args.graph
        if graph is None:
            sys.path.insert(0, str(ROOT))
            from kg.cli import main as kg_main

            if kg_main(["build", "-o", tmp, "--formats", "trig"]) != 0:
                print("bench_load: error: the bundled article did not build", file=sys.stderr)
                return 1
            graph = Path(tmp) / "graph.trig"
        mix = workload()
        expected, count = expected_rows(graph, mix), triples(graph)
        print(f"graph {graph.name}: {count} triples; {len(mix)} queries in the mix")
        try:
            with kg_serve(graph) as url:
                res = run(url, mix, expected, args.queries, args.clients)
                answers = still_answers(url, count)
        except RuntimeError as exc:
            print(f"bench_load: error: {exc}", file=sys.stderr)
            return 1
    print(report(res, answers))
    return 0 if answers and not res.errors else 1


if __name__ == "__main__":
    sys.exit(main())
