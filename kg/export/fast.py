"""Fast writers for large graphs: sorted quads (:func:`kg.graph.build_quads`) → files.

rdflib's serializers hold the whole graph as Python objects and write Turtle at some
thousands of triples a second; here the quads are N-Triples term strings, sorted, and
streamed to the file in sorted order (by subject, predicate, object; TriG by graph
first), so the output is deterministic and sorted. The shapes are fixed (no blank
nodes, no lists), so the writer is short.

N-Quads and N-Triples are byte-identical to :mod:`kg.export.turtle`'s. Turtle and TriG
hold the same triples and quads, but laid out differently from rdflib's: every project
prefix is declared (rdflib: only those used); literals keep their datatype
(``"1.0"^^xsd:decimal``, rdflib: ``1.0``); a prefixed name only where the local part
is a plain word (``kgo:Firm``; ``<…/firm/창룽그룹>`` in full, as rdflib does too).
``kg build`` uses these writers from :data:`FAST_MIN_QUADS` quads on, so small builds
keep rdflib's bytes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from itertools import groupby
from typing import BinaryIO

FAST_MIN_QUADS = 10_000
"""``kg build`` writes through these writers from this many quads on (about 20 articles)."""

Quad = tuple[str, str, str, str]


class Sorted:
    """The quads sorted once for every writer: by subject, predicate, object and graph.
    The union's triples and each graph's triples are read off that order, not sorted
    again: a triple's quads are next to each other, and a stable sort by graph keeps each
    graph's triples in their order. Nothing but the sorted list is kept."""

    def __init__(self, quads: Iterable[Quad]) -> None:
        self._source: Iterable[Quad] | None = quads
        self._quads: list[Quad] | None = None

    @property
    def quads(self) -> list[Quad]:
        """All quads, sorted (at the first use)."""
        if self._quads is None:
            self._quads = sorted(self._source or ())
            self._source = None
        return self._quads

    def triples(self) -> Iterator[tuple[str, str, str]]:
        """The union graph's triples, sorted."""
        last = None
        for s, p, o, _ in self.quads:
            if (s, p, o) != last:
                last = (s, p, o)
                yield last

    def graphs(self) -> Iterator[tuple[str, Iterator[tuple[str, str, str]]]]:
        """Each graph's name and sorted triples, in order of name."""
        by_graph = sorted(self.quads, key=_graph_of)  # stable: each graph's quads in order
        for g, group in groupby(by_graph, key=_graph_of):
            yield g, ((s, p, o) for s, p, o, _ in group)


def _graph_of(q: Quad) -> str:
    return q[3]


def _sorted(quads: Iterable[Quad] | Sorted) -> Sorted:
    return quads if isinstance(quads, Sorted) else Sorted(quads)


def _triples(quads: Iterable[Quad] | Sorted) -> Iterator[tuple[str, str, str]]:
    return _sorted(quads).triples()


def nquads_lines(quads: Iterable[Quad] | Sorted) -> Iterator[str]:
    """Sorted N-Quads lines (``kg.export.turtle``'s order: by subject, then the rest)."""
    for s, p, o, g in _sorted(quads).quads:
        yield f"{s} {p} {o} {g} .\n"


def ntriples_lines(quads: Iterable[Quad] | Sorted) -> Iterator[str]:
    """Sorted N-Triples lines of the union graph."""
    for s, p, o in _triples(quads):
        yield f"{s} {p} {o} .\n"


def _by_graph(quads: Iterable[Quad] | Sorted) -> Iterator[str]:
    for g, triples in _sorted(quads).graphs():
        for s, p, o in triples:
            yield f"{s} {p} {o} {g} .\n"


_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?")


class _Names:
    """IRIs as prefixed names where the local part is a plain word (else ``<iri>``)."""

    def __init__(self, prefixes: dict[str, str]) -> None:
        # longest namespace first, so kge: wins over a namespace it starts with
        self.spaces = sorted(((ns, p) for p, ns in prefixes.items()), key=lambda x: -len(x[0]))
        self.memo: dict[str, str] = {_RDF_TYPE: "a"}

    def iri(self, term: str) -> str:
        got = self.memo.get(term)
        if got is None:
            got = term
            iri = term[1:-1]
            for ns, prefix in self.spaces:
                if iri.startswith(ns) and _LOCAL.fullmatch(iri[len(ns):]):
                    got = f"{prefix}:{iri[len(ns):]}"
                    break
            self.memo[term] = got
        return got

    def term(self, term: str) -> str:
        if term[0] == "<":
            return self.iri(term) if term != _RDF_TYPE else term
        if term.endswith(">") and "^^<" in term:
            lex, dt = term.rsplit("^^", 1)
            return f"{lex}^^{self.iri(dt)}"
        return term


def _turtle(triples: Iterable[tuple[str, str, str]], names: _Names,
            indent: str = "") -> Iterator[str]:
    """Turtle statements of sorted triples: ``s p o, o ; p o .``"""
    for s, group in groupby(triples, key=lambda t: t[0]):
        by_pred: dict[str, list[str]] = {}
        for _, p, o in group:
            got = by_pred.get(p)
            if got is None:
                got = by_pred[p] = []
            got.append(o)
        # the predicates come sorted; rdf:type goes first
        preds = list(by_pred)
        if _RDF_TYPE in by_pred and preds[0] != _RDF_TYPE:
            preds.remove(_RDF_TYPE)
            preds.insert(0, _RDF_TYPE)
        parts = []
        for p in preds:
            objs = f",\n{indent}        ".join(names.term(o) for o in by_pred[p])
            parts.append(f"{names.iri(p)} {objs}")
        body = f" ;\n{indent}    ".join(parts)
        yield f"{indent}{names.iri(s)} {body} .\n\n"


def _header(prefixes: dict[str, str]) -> str:
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(prefixes.items())) + "\n"


def turtle_chunks(quads: Iterable[Quad] | Sorted, prefixes: dict[str, str]) -> Iterator[str]:
    """Turtle of the union graph, subjects in sorted order."""
    yield _header(prefixes)
    yield from _turtle(_triples(quads), _Names(prefixes))


def trig_chunks(quads: Iterable[Quad] | Sorted, prefixes: dict[str, str]) -> Iterator[str]:
    """TriG: the named graphs in order of name, each with its subjects in sorted order."""
    yield _header(prefixes)
    names = _Names(prefixes)
    for g, triples in _sorted(quads).graphs():
        yield f"{g} {{\n"
        yield from _turtle(triples, names)
        yield "}\n\n"


def writer(quads: set[Quad] | Sorted, fmt: str,
           prefixes: dict[str, str]) -> Callable[[BinaryIO], None]:
    """A function that writes ``quads`` in ``fmt`` (``turtle``, ``trig``, ``nquads`` or
    ``nt``) to a binary file; give a :class:`Sorted` to sort them once for all formats."""
    chunks = {"nquads": lambda: nquads_lines(quads), "nt": lambda: ntriples_lines(quads),
              "turtle": lambda: turtle_chunks(quads, prefixes),
              "trig": lambda: trig_chunks(quads, prefixes)}[fmt]

    def write(fh: BinaryIO) -> None:
        buf: list[str] = []
        for chunk in chunks():
            buf.append(chunk)
            if len(buf) >= 4096:
                fh.write("".join(buf).encode("utf-8"))
                buf.clear()
        fh.write("".join(buf).encode("utf-8"))

    return write


FAST_FORMATS = {"turtle", "trig", "nquads", "nt"}
"""The formats these writers write (RDF/XML and JSON-LD go through rdflib)."""


def prefixes(base: str) -> dict[str, str]:
    """The project's prefixes (:data:`kg.namespaces.PREFIXES`, ``kge:`` = ``base``)."""
    from kg.namespaces import PREFIXES

    return {p: base if p == "kge" else str(ns) for p, ns in PREFIXES.items()}
