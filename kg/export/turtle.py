"""RDF serialisations: Turtle (and the other rdflib formats), deterministic."""

from __future__ import annotations

import os
from pathlib import Path

from rdflib import Dataset, Graph

from kg.export import atomic_write

FORMATS = {"turtle": "ttl", "nt": "nt", "xml": "rdf", "json-ld": "jsonld", "trig": "trig",
           "nquads": "nq"}
QUAD_FORMATS = {"trig", "nquads"}


def serialize(graph: Graph | Dataset, fmt: str = "turtle") -> bytes:
    """Serialise ``graph``; line-based formats are sorted so the bytes are stable."""
    data = graph.serialize(format=fmt, encoding="utf-8")
    if fmt in ("nt", "nquads"):
        lines = sorted(set(data.decode("utf-8").splitlines()))
        data = ("\n".join(line for line in lines if line.strip()) + "\n").encode("utf-8")
    return data


def write(graph: Graph | Dataset, path: str | os.PathLike[str], fmt: str = "turtle") -> Path:
    """Write ``graph`` to ``path`` atomically."""
    return atomic_write(path, serialize(graph, fmt))
