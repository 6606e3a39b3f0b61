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


def _triples(quads: Iterable[Quad]) -> list[tuple[str, str, str]]:
    return sorted({(s, p, o) for s, p, o, _ in quads})


def nquads_lines(quads: Iterable[Quad]) -> Iterator[str]:
    """Sorted N-Quads lines (``kg.export.turtle``'s order: by subject, then the rest)."""
    for s, p, o, g in sorted(quads):
        yield f"{s} {p} {o} {g} .\n"


def ntriples_lines(quads: Iterable[Quad]) -> Iterator[str]:
    """Sorted N-Triples lines of the union graph."""
    for s, p, o in _triples(quads):
        yield f"{s} {p} {o} .\n"


def _by_graph(quads: Iterable[Quad]) -> Iterator[str]:
    for g, s, p, o in sorted((g, s, p, o) for s, p, o, g in quads):
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
    """Turtle statements of triples sorted by subject: ``s p o, o ; p o .``"""
    for s, group in groupby(triples, key=lambda t: t[0]):
        by_pred: dict[str, list[str]] = {}
        for _, p, o in group:
            by_pred.setdefault(p, []).append(o)
        preds = sorted(by_pred, key=lambda p: (p != _RDF_TYPE, p))
        parts = []
        for p in preds:
            objs = f",\n{indent}        ".join(names.term(o) for o in by_pred[p])
            parts.append(f"{names.iri(p)} {objs}")
        body = f" ;\n{indent}    ".join(parts)
        yield f"{indent}{names.iri(s)} {body} .\n\n"


def _header(prefixes: dict[str, str]) -> str:
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(prefixes.items())) + "\n"


def turtle_chunks(quads: Iterable[Quad], prefixes: dict[str, str]) -> Iterator[str]:
    """Turtle of the union graph, subjects in sorted order."""
    yield _header(prefixes)
    yield from _turtle(_triples(quads), _Names(prefixes))


def trig_chunks(quads: Iterable[Quad], prefixes: dict[str, str]) -> Iterator[str]:
    """TriG: the named graphs in order of name, each with its subjects in sorted order."""
    yield _header(prefixes)
    names = _Names(prefixes)
    ordered = sorted((g, s, p, o) for s, p, o, g in quads)
    for g, group in groupby(ordered, key=lambda q: q[0]):
        yield f"{g} {{\n"
        yield from _turtle(((s, p, o) for _, s, p, o in group), names)
        yield "}\n\n"


def writer(quads: set[Quad], fmt: str, prefixes: dict[str, str]) -> Callable[[BinaryIO], None]:
    """A function that writes ``quads`` in ``fmt`` (``turtle``, ``trig``, ``nquads`` or
    ``nt``) to a binary file."""
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
