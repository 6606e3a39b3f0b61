"""RDF serialisations: Turtle (and the other rdflib formats), deterministic."""

from __future__ import annotations

import os
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.export import atomic_write

FORMATS = {"turtle": "ttl", "nt": "nt", "xml": "rdf", "json-ld": "jsonld", "trig": "trig",
           "nquads": "nq"}
QUAD_FORMATS = {"trig", "nquads"}


def serialize(graph: Graph | Dataset, fmt: str = "turtle") -> bytes:
    """Serialise ``graph``; line-based formats are sorted so the bytes are stable."""
    if fmt == "trig" and isinstance(graph, Dataset):
        return _trig(graph).encode("utf-8")
    if fmt == "json-ld":
        from kg.export import jsonld

        return jsonld.serialize(graph)
    data = graph.serialize(format=fmt, encoding="utf-8")
    if fmt in ("nt", "nquads"):
        lines = sorted(set(data.decode("utf-8").splitlines()))
        data = ("\n".join(line for line in lines if line.strip()) + "\n").encode("utf-8")
    return data


def _trig(dataset: Dataset) -> str:
    """TriG with the named graphs in order of name, each written as sorted Turtle.

    (rdflib's own TriG writer orders graphs and subjects by hash.)
    """
    # the default graph (triples a converted Turtle file held) first, outside any braces
    graphs = sorted((g for g in dataset.graphs() if len(g)),
                    key=lambda g: (g.identifier != DATASET_DEFAULT_GRAPH_ID, str(g.identifier)))
    head: list[str] = []
    blocks: list[str] = []
    for g in graphs:
        part = Graph(namespace_manager=dataset.namespace_manager)
        for t in g:
            part.add(t)
        lines = part.serialize(format="turtle").splitlines()
        prefixes = [ln for ln in lines if ln.startswith("@prefix")]
        body = [ln for ln in lines if not ln.startswith("@prefix")]
        head.extend(p for p in prefixes if p not in head)
        # not indented: a multi-line literal must keep its lines as they are
        inner = "\n".join(body).strip("\n")
        if g.identifier == DATASET_DEFAULT_GRAPH_ID:
            blocks.append(f"{inner}\n")
        else:
            blocks.append(f"<{g.identifier}> {{\n{inner}\n}}\n")
    return "\n".join(sorted(head)) + "\n\n" + "\n".join(blocks)


def write(graph: Graph | Dataset, path: str | os.PathLike[str], fmt: str = "turtle") -> Path:
    """Write ``graph`` to ``path`` atomically."""
    return atomic_write(path, serialize(graph, fmt))
