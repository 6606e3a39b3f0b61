"""Benchmark: rdflib's SPARQL engine against Oxigraph's, side by side, on one graph.

The graph is generated from our own: the test articles are built with ``kg``,
then copied until the default graph holds ``--triples`` triples (1 million by
default). Each copy gets its own articles, sentences, statements, facts, firms,
parks, people, policies and projects (IRIs suffixed ``~N``, article dates
spread over 2010-2024), while countries, provinces, cities, organisations and
sectors are shared, as in a real corpus where the same places recur. Both
engines load the same N-Quads file the way ``kg query`` does (named graphs
kept, the default graph their merge) and run the saved queries of
``queries/*.rq`` and a two-hop join; each rdflib query runs in a forked child
with a time limit. The answers are compared (as multisets of rows).

usage: python bench/bench_sparql.py [--triples N] [--timeout S] [--data FILE.nq]
Exit status 1 when the two engines answer a query differently.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import multiprocessing as mp
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TWO_HOP = """SELECT ?firm ?city WHERE {
  ?firm a kgo:Firm ; kgo:cooperatesWith ?partner . ?partner kgo:locatedIn ?city .
}"""
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
# a path segment of kge: IRIs whose nodes are made anew in every copy
_PER_COPY = ("article", "statement", "fact", "firm", "park", "person", "policy", "project")


def _source_quads() -> list:
    """The test articles built with kg, as pyoxigraph quads."""
    import pyoxigraph as ox

    from kg.export import turtle
    from kg.graph import build_dataset
    from kg.ingest import read_paths
    from kg.pipeline import process

    data = ROOT / "tests" / "data"
    arts = read_paths(sorted(data.glob("*.txt")) + sorted((data / "heldout").glob("*.txt")))
    nq = turtle.serialize(build_dataset(process(arts)), "nquads")
    return list(ox.parse(nq, format=ox.RdfFormat.N_QUADS))


def generate(path: Path, triples: int) -> int:
    """Write the generated graph to ``path`` (N-Quads); the triples of its default graph."""
    import pyoxigraph as ox

    from kg.namespaces import KGE_IRI

    source = _source_quads()
    date = "http://purl.org/dc/terms/date"
    seen: set = set()
    out: set = set()
    copy = 0

    def term(t, k: int):  # noqa: ANN001, ANN202
        if isinstance(t, ox.NamedNode) and t.value.startswith(KGE_IRI):
            rest = t.value[len(KGE_IRI):]
            if rest.split("/", 1)[0] in _PER_COPY:
                head, sep, tail = rest.partition("/")
                if head == "article" and "/" in tail:  # a sentence: article/ID/sN
                    art, _, sent = tail.partition("/")
                    return ox.NamedNode(f"{KGE_IRI}article/{art}~{k}/{sent}")
                return ox.NamedNode(f"{KGE_IRI}{head}{sep}{tail}~{k}")
        return t

    while len(seen) < triples:
        for q in source:
            s, p, o, g = (term(q.subject, copy), q.predicate, term(q.object, copy),
                          term(q.graph_name, copy))
            if p.value == date and isinstance(o, ox.Literal):
                year = 2010 + copy % 15
                o = ox.Literal(re.sub(r"^\d{4}", str(year), o.value), datatype=o.datatype)
            out.add(ox.Quad(s, p, o, g))
            seen.add(ox.Triple(s, p, o))
        copy += 1
    path.write_bytes(ox.serialize(sorted(out, key=str), format=ox.RdfFormat.N_QUADS))
    print(f"generated {len(seen):,} triples ({len(out):,} quads, {copy} copies of "
          f"{len({q.graph_name for q in source})} graphs) -> {path}")
    return len(seen)


def _key(term) -> tuple:  # noqa: ANN001
    """A term of either engine (pyoxigraph or rdflib) as comparable plain values."""
    import pyoxigraph as ox
    from rdflib import Literal, URIRef

    if term is None:
        return ()
    if isinstance(term, ox.NamedNode):
        return ("iri", term.value)
    if isinstance(term, URIRef):
        return ("iri", str(term))
    if isinstance(term, ox.Literal):
        lang = term.language
        return ("lit", term.value, lang.lower() if lang else None,
                None if lang else term.datatype.value)
    if isinstance(term, Literal):
        lang = term.language
        return ("lit", str(term), lang.lower() if lang else None,
                None if lang else str(term.datatype or XSD_STRING))
    return ("bnode",)


def _digest(rows: list[tuple]) -> str:
    return hashlib.sha256(repr(sorted(rows, key=repr)).encode("utf-8")).hexdigest()


def _rdflib_child(graph, text: str, conn) -> None:  # noqa: ANN001
    from kg.query import PREFIX_IRIS

    t0 = time.perf_counter()
    res = graph.query(text, initNs=PREFIX_IRIS)
    names = [str(v) for v in res.vars]
    rows = [tuple(_key(row[v]) for v in names) for row in res]
    conn.send((time.perf_counter() - t0, len(rows), _digest(rows)))


def _rdflib(graph, text: str, timeout: float) -> tuple[float | None, int, str]:  # noqa: ANN001
    ctx = mp.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_rdflib_child, args=(graph, text, send))
    proc.start()
    got = recv.poll(timeout)
    out = recv.recv() if got else (None, 0, "")
    proc.kill() if proc.is_alive() else None
    proc.join(10)
    return out


def _oxigraph(st, text: str) -> tuple[float, int, str]:  # noqa: ANN001
    from kg.query import PREFIX_IRIS

    t0 = time.perf_counter()
    res = st.query(text, prefixes=PREFIX_IRIS)
    names = [v.value for v in res.variables]
    rows = [tuple(_key(sol[v]) for v in names) for sol in res]
    return time.perf_counter() - t0, len(rows), _digest(rows)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per rdflib query")
    ap.add_argument("--data", type=Path, help="use (or write) this N-Quads file")
    args = ap.parse_args()
    logging.disable(logging.WARNING)  # the build's notes on names are not the point here

    from kg import store
    from kg.evaluate import load_graph

    with tempfile.TemporaryDirectory() as tmp:
        data = args.data or Path(tmp) / "bench.nq"
        if not data.is_file():
            generate(data, args.triples)
        t0 = time.perf_counter()
        st = store.load([data])
        t_ox = time.perf_counter() - t0
        t0 = time.perf_counter()
        graph = load_graph(data)
        t_rdf = time.perf_counter() - t0
        count = st.query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").__next__()["n"].value
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"loaded {data} ({int(count):,} triples in the default graph): "
              f"rdflib {t_rdf:.1f} s, Oxigraph {t_ox:.1f} s; peak memory {peak:.0f} MiB")
        queries = {p.stem: p.read_text(encoding="utf-8")
                   for p in sorted((ROOT / "queries").glob("*.rq"))}
        queries["two-hop join"] = TWO_HOP
        print(f"\n{'query':34} {'rows':>8} {'rdflib s':>10} {'Oxigraph s':>11} {'ratio':>8}"
              "  answers")
        differ = 0
        for name, text in queries.items():
            t_o, rows_o, dig_o = _oxigraph(st, text)
            t_r, rows_r, dig_r = _rdflib(graph, text, args.timeout)
            if t_r is None:
                same, shown = "rdflib timed out", f">{args.timeout:.0f}"
                ratio = f">{args.timeout / max(t_o, 1e-6):.0f}x"
            else:
                same = "same" if dig_r == dig_o else f"DIFFER (rdflib {rows_r} rows)"
                differ += dig_r != dig_o
                shown, ratio = f"{t_r:.2f}", f"{t_r / max(t_o, 1e-6):.0f}x"
            print(f"{name:34} {rows_o:>8} {shown:>10} {t_o:>11.3f} {ratio:>8}  {same}", flush=True)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
