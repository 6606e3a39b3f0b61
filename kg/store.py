"""RDF files -> an Oxigraph store (pyoxigraph), the engine behind ``kg query`` and ``kg serve``.

Files of any format Oxigraph reads (Turtle, TriG, N-Triples, N-Quads, RDF/XML,
JSON-LD, N3) are loaded by extension. Named graphs (TriG, N-Quads) are kept, and
every triple is also put in the default graph, so that the default graph is the
RDF merge of all the files: a query without ``GRAPH`` sees everything once (a
triple that two named graphs hold is not counted twice, as it would be with
Oxigraph's union default graph), and ``GRAPH ?g`` still finds each article.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

logger = logging.getLogger(__name__)

# extensions pyoxigraph does not know by itself
_EXTRA_EXTENSIONS = {
    "turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS, "owl": ox.RdfFormat.RDF_XML, "xml": ox.RdfFormat.RDF_XML,
    "json": ox.RdfFormat.JSON_LD,
}
EXTENSIONS = ("ttl", "trig", "nt", "nq", "rdf", "owl", "xml", "jsonld", "json", "n3")


class StoreInputError(ValueError):
    """A graph file that cannot be loaded; the message names the file and the problem."""


def rdf_format(path: str | os.PathLike[str]) -> ox.RdfFormat:
    """The RDF format of ``path``, by its extension.

    >>> rdf_format("out/graph.trig").name
    'TriG'
    >>> rdf_format("graph.nquads").name
    'N-Quads'
    """
    ext = Path(path).suffix.lower().lstrip(".")
    fmt = ox.RdfFormat.from_extension(ext) if ext else None
    fmt = fmt or _EXTRA_EXTENSIONS.get(ext)
    if fmt is None:
        raise StoreInputError(
            f"{path}: unknown RDF format (extension {ext or 'none'!r}); "
            f"use one of .{', .'.join(EXTENSIONS)}")
    return fmt


def _syntax_message(exc: SyntaxError) -> str:
    """Oxigraph's parse error on one line: ``line 3, column 6: a dot is expected``."""
    text = " ".join(str(exc.args[0] if exc.args else exc).split())
    loc = exc.args[1] if len(exc.args) > 1 and isinstance(exc.args[1], tuple) else None
    if loc and len(loc) >= 3 and loc[1] is not None:
        detail = text.split(": ", 1)[1] if ": " in text else text
        return f"line {loc[1]}, column {loc[2]}: {detail}"
    return text


def iter_quads(path: str | os.PathLike[str]) -> Iterator[ox.Quad]:
    """Parse one file into quads (triples of Turtle and the like are in the default graph).

    Raises:
        StoreInputError: the file is missing, of an unknown format, or not valid RDF.
    """
    p = Path(path)
    fmt = rdf_format(p)
    if not p.is_file():
        raise StoreInputError(f"{p}: no such file")
    try:
        data = p.read_bytes()
        yield from ox.parse(data, format=fmt, base_iri=p.resolve().as_uri(),
                            rename_blank_nodes=True)
    except SyntaxError as exc:
        raise StoreInputError(f"{p}: not valid {fmt.name}: {_syntax_message(exc)}") from None
    except (OSError, ValueError) as exc:
        raise StoreInputError(f"{p}: cannot read: {exc}") from None


def load(paths: Iterable[str | os.PathLike[str]], store: ox.Store | None = None) -> ox.Store:
    """Load RDF files into ``store`` (a new in-memory store by default).

    Named graphs are kept; the default graph becomes the merge of every graph.
    Nothing is added to ``store`` when one of the files fails.

    Raises:
        StoreInputError: a file is missing, of an unknown format, or not valid RDF.
    """
    quads: list[ox.Quad] = []
    for path in paths:
        for q in iter_quads(path):
            quads.append(q)
            if not isinstance(q.graph_name, ox.DefaultGraph):
                quads.append(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()))
        logger.info("parsed %s (%d quads so far)", path, len(quads))
    store = ox.Store() if store is None else store
    store.extend(quads)
    return store


def graphs(paths: Iterable[str | os.PathLike[str]]) -> dict[ox.NamedNode | None, list[ox.Triple]]:
    """The triples of the files by graph name (``None``: the default graph), sorted.

    A triple that a file states twice is kept once; the order is that of the
    N-Triples lines, so the same files give the same lists.
    """
    out: dict[ox.NamedNode | None, set[ox.Triple]] = {}
    for path in paths:
        for q in iter_quads(path):
            name = None if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name
            out.setdefault(name, set()).add(q.triple)
    return {name: sorted(triples, key=str)
            for name, triples in sorted(out.items(), key=lambda kv: "" if kv[0] is None
                                        else kv[0].value)}
