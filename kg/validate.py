"""``kg validate``: the SHACL shapes (``ontology/shapes.ttl``) over a graph, in plain words.

Each violation is one line naming the node by its Korean label (and IRI), the rule it
breaks (the shape's message) and the offending value::

    하얼빈 종합보세구 <kge:park/하얼빈종합보세구>: kgo:inSector must point at a kgo:Sector.
      (kgo:inSector = 하얼빈 <kge:city/2037013>)

The checker is pySHACL, without inference: the shapes name the core classes one by one.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, RDFS, SH, SKOS, BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from kg.namespaces import KGO, bind_all

logger = logging.getLogger(__name__)

SHAPES_PATH = Path(__file__).resolve().parent.parent / "ontology" / "shapes.ttl"


@dataclass(frozen=True, order=True)
class Violation:
    """One SHACL result, in words."""

    node: str  # the focus node: its Korean label and its IRI
    rule: str  # the shape's message
    path: str = ""  # the property, if the rule is about one
    value: str = ""  # the offending value, if any
    severity: str = "Violation"

    def __str__(self) -> str:
        detail = ""
        if self.path or self.value:
            detail = f" ({self.path or 'value'} = {self.value})" if self.value else \
                f" ({self.path})"
        return f"{self.node}: {self.rule}{detail}"


@functools.cache
def shapes() -> Graph:
    """The shipped shapes graph."""
    return Graph().parse(SHAPES_PATH, format="turtle")


def _merged(graph: Graph | Dataset) -> Graph:
    if not isinstance(graph, Dataset):
        return graph
    out = bind_all(Graph())
    for s, p, o, _ in graph.quads((None, None, None, None)):
        out.add((s, p, o))
    return out


def _compact(graph: Graph, node: Node) -> str:
    """``kge:city/2037013``: an IRI under the longest bound namespace, else ``<IRI>``."""
    if isinstance(node, URIRef):
        best = max(((p, str(ns)) for p, ns in graph.namespaces() if str(node).startswith(str(ns))),
                   key=lambda pn: len(pn[1]), default=None)
        return f"{best[0]}:{node[len(best[1]):]}" if best else f"<{node}>"
    if isinstance(node, Literal):
        return node.n3(graph.namespace_manager)
    return "[]" if isinstance(node, BNode) else str(node)


def _name(graph: Graph, node: Node) -> str:
    """``하얼빈 <kge:city/2037013>``: the Korean label and the IRI (a label alone for none)."""
    if isinstance(node, Literal):
        return _compact(graph, node)
    iri = f"<{_compact(graph, node).strip('<>')}>"
    for prop in (RDFS.label, SKOS.prefLabel, SKOS.altLabel):
        kos = sorted(str(o) for o in graph.objects(node, prop)
                     if isinstance(o, Literal) and (o.language or "").lower() == "ko")
        if kos:
            return f"{kos[0]} {iri}"
    about = graph.value(node, KGO.factSubject) or graph.value(node, RDF.subject)
    if about is not None and about != node:
        kind = "fact" if graph.value(node, KGO.factSubject) is not None else "statement"
        return f"{iri} (a {kind} about {_name(graph, about)})"
    types = sorted(_compact(graph, t) for t in graph.objects(node, RDF.type))
    return f"{iri} ({', '.join(types)}, no Korean label)" if types else f"{iri} (no Korean label)"


def validate(graph: Graph | Dataset) -> list[Violation]:
    """The violations of the shapes in ``graph`` (a dataset: the union of its graphs), sorted.

    Warnings and infos of the shapes are returned too, with their severity.
    """
    from pyshacl import validate as shacl

    data = _merged(graph)
    if "kge" not in dict(data.namespaces()):
        data = bind_all(Graph()) + data  # a copy with the project's prefixes, for the messages
    _, report, _ = shacl(data, shacl_graph=shapes(), inference="none", allow_warnings=True)
    out = set()
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        message = report.value(result, SH.resultMessage)
        path = report.value(result, SH.resultPath)
        value = report.value(result, SH.value)
        severity = report.value(result, SH.resultSeverity)
        out.add(Violation(
            node=_name(data, focus),
            rule=str(message) if message is not None else _compact(
                data, report.value(result, SH.sourceConstraintComponent)),
            path=_compact(data, path) if isinstance(path, URIRef) else "",
            value=_name(data, value) if value is not None and value != focus else "",
            severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
        ))
    logger.info("%d SHACL results", len(out))
    return sorted(out)
