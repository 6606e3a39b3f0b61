"""The graph as a network for Gephi and other graph tools: GraphML and GEXF 1.2.

Entities (nodes with one of the core classes) become nodes with the attributes
``iri``, ``type``, ``label_ko``, ``label_zh``, ``label_en``; the core relations between
them become directed edges with the attribute ``property`` (``locatedIn``, ...).
Provenance (articles, sentences, statements, facts) is left out: it is not a network.
networkx writes the files; nodes and edges are added in sorted order, so the same
graph gives the same bytes.

Both files are valid against their XML Schemas (tested with the XSDs that Debian's
``libjgrapht-java`` ships): a GEXF node's id is its IRI, but a GraphML id must be an
``xs:NMTOKEN``, which an IRI (with its ``/``) is not, so GraphML nodes are ``n0``,
``n1``, ... in IRI order and edges ``e0``, ``e1``, ..., the IRI in the ``iri`` attribute.
"""

from __future__ import annotations

import io
import re

import networkx as nx
from rdflib import RDF, RDFS, SKOS, Dataset, Graph, Literal, URIRef

from kg.namespaces import CORE_CLASSES, CORE_RELATIONS, KGO, KGO_IRI


def _label(graph: Graph, node: URIRef, langs: tuple[str, ...]) -> str:
    for prop in (SKOS.prefLabel, RDFS.label, SKOS.altLabel):
        names = sorted(str(o) for o in graph.objects(node, prop)
                       if isinstance(o, Literal) and o.language
                       and o.language.lower() in (lang.lower() for lang in langs))
        if names:
            return names[0]
    return ""


def _triples(graph: Graph | Dataset) -> Graph:
    if not isinstance(graph, Dataset):
        return graph
    out = Graph()
    for s, p, o, _ in graph.quads((None, None, None, None)):
        out.add((s, p, o))
    return out


def to_networkx(graph: Graph | Dataset) -> nx.MultiDiGraph:
    """Entities as nodes (keyed by IRI), core relations as edges (see the module doc)."""
    graph = _triples(graph)
    core = {KGO[c] for c in CORE_CLASSES}
    types: dict[URIRef, str] = {}
    for s, o in graph.subject_objects(RDF.type):
        if o in core and isinstance(s, URIRef):
            name = str(o)[len(KGO_IRI):]
            types[s] = min(types.get(s, name), name)
    net = nx.MultiDiGraph()
    for node in sorted(types):
        net.add_node(str(node), iri=str(node), type=types[node],
                     label=_label(graph, node, ("ko",)) or str(node),
                     label_ko=_label(graph, node, ("ko",)),
                     label_zh=_label(graph, node, ("zh-Hans", "zh-Hant", "zh")),
                     label_en=_label(graph, node, ("en",)))
    edges = sorted(
        (str(s), str(o), rel)
        for rel in CORE_RELATIONS
        for s, o in graph.subject_objects(KGO[rel])
        if s in types and o in types
    )
    for s, o, rel in edges:
        net.add_edge(s, o, key=rel, property=rel)
    return net


def _graphml_ids(net: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The same network with node ids ``n0``... (IRI order) and edge keys ``e0``...:
    GraphML's ids are ``xs:NMTOKEN`` (no ``/``) and an edge id is unique in its graph."""
    ids = {node: f"n{i}" for i, node in enumerate(net.nodes)}
    out = nx.MultiDiGraph()
    for node, data in net.nodes(data=True):
        out.add_node(ids[node], **data)
    for i, (s, o, data) in enumerate(net.edges(data=True)):
        out.add_edge(ids[s], ids[o], key=f"e{i}", **data)
    return out


def graphml(graph: Graph | Dataset) -> bytes:
    """GraphML (networkx's writer), UTF-8; ids ``n0``/``e0``..., the IRI in ``iri``."""
    buf = io.BytesIO()
    nx.write_graphml(_graphml_ids(to_networkx(graph)), buf, encoding="utf-8",
                     prettyprint=True)
    return buf.getvalue()


def gexf(graph: Graph | Dataset) -> bytes:
    """GEXF 1.2 (networkx's writer), UTF-8."""
    buf = io.BytesIO()
    nx.write_gexf(to_networkx(graph), buf, encoding="utf-8", prettyprint=True, version="1.2draft")
    # networkx stamps today's date: dropped (it is optional), so the bytes are stable
    out = re.sub(rb'<meta lastmodifieddate="[^"]*">', b"<meta>", buf.getvalue(), count=1)
    # and it writes <graph name="">, an attribute the GEXF 1.2 schema does not allow
    return re.sub(rb'(<graph [^>]*?) name="[^"]*"', rb"\1", out, count=1)
