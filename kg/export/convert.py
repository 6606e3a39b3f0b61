"""``kg export``: RDF files of any format in, one file of any export format out.

Input formats are those of :mod:`kg.store` (by extension: Turtle, TriG, N-Triples,
N-Quads, RDF/XML, JSON-LD, N3), parsed by Oxigraph; named graphs are kept for TriG
and N-Quads output, and merged for the formats of triples.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from rdflib import Dataset, Graph

from kg.export import jsonld, network, turtle
from kg.namespaces import bind_all
from kg.store import StoreInputError, iter_quads, rdf_format

# the --format names of kg export -> the file extension they are written with
FORMATS: dict[str, str] = {
    "turtle": "ttl", "nt": "nt", "trig": "trig", "nquads": "nq", "jsonld": "jsonld",
    "rdfxml": "rdf", "graphml": "graphml", "gexf": "gexf",
}
ALIASES = {"ttl": "turtle", "ntriples": "nt", "nq": "nquads", "json-ld": "jsonld",
           "xml": "rdfxml", "rdf": "rdfxml"}


def format_name(name: str) -> str | None:
    """The canonical ``--format`` name of ``name`` (``json-ld`` -> ``jsonld``), or None."""
    name = name.lower()
    name = ALIASES.get(name, name)
    return name if name in FORMATS else None


_RDFLIB_FORMATS = {"Turtle": "turtle", "TriG": "trig", "N-Triples": "nt", "N-Quads": "nquads",
                   "RDF/XML": "xml", "JSON-LD": "json-ld", "N3": "n3"}


def load(paths: Iterable[str | os.PathLike[str]]) -> Dataset:
    """The quads of the files in one rdflib dataset (triples in its default graph).

    Each file is checked by Oxigraph first (its errors name the line and column), then
    read by rdflib, which keeps language tags as written (Oxigraph lower-cases them).

    Raises:
        kg.store.StoreInputError: a file is missing, of an unknown format, or not valid RDF.
    """
    dataset = bind_all(Dataset())
    for path in paths:
        for _ in iter_quads(path):
            pass
        fmt = _RDFLIB_FORMATS[rdf_format(path).name]
        try:
            dataset.parse(Path(path), format=fmt)
        except Exception as exc:  # noqa: BLE001 - rdflib's parsers raise many kinds
            raise StoreInputError(f"{path}: not valid {fmt}: {exc}") from None
    return dataset


def serialize(dataset: Dataset, fmt: str) -> bytes:
    """``dataset`` in the export format ``fmt`` (a key of :data:`FORMATS`); deterministic."""
    if fmt == "jsonld":
        return jsonld.serialize(dataset)
    if fmt == "graphml":
        return network.graphml(dataset)
    if fmt == "gexf":
        return network.gexf(dataset)
    if fmt in ("trig", "nquads"):
        return turtle.serialize(dataset, fmt)
    merged = bind_all(Graph())
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        merged.add((s, p, o))
    return turtle.serialize(merged, {"rdfxml": "xml"}.get(fmt, fmt))


def triple_count(dataset: Dataset) -> int:
    """How many distinct triples the dataset's graphs hold together."""
    return len({(s, p, o) for s, p, o, _ in dataset.quads((None, None, None, None))})
