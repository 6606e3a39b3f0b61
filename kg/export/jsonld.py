"""Compact JSON-LD with the project's context (``ontology/context.jsonld``).

Keys are readable (``label``, ``type``, ``locatedIn``, ...), labels are language maps
(``"label": {"ko": "하얼빈"}``), and the context is written inline, so the file expands
back to the same triples offline, in any JSON-LD 1.1 processor. The output is sorted:
the same graph gives the same bytes.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph

CONTEXT_PATH = Path(__file__).resolve().parents[2] / "ontology" / "context.jsonld"


@functools.cache
def context() -> dict[str, Any]:
    """The JSON-LD context shipped as ``ontology/context.jsonld`` (its ``@context`` object)."""
    return json.loads(CONTEXT_PATH.read_text(encoding="utf-8"))["@context"]


def _sort_key(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _sorted(value: Any) -> Any:
    """Arrays sorted (JSON-LD arrays of values are sets unless a @list), recursively."""
    if isinstance(value, dict):
        return {k: _sorted(v) for k, v in value.items()}
    if isinstance(value, list):
        return sorted((_sorted(v) for v in value), key=_sort_key)
    return value


def _node(node: dict[str, Any]) -> dict[str, Any]:
    """A node object with sorted values, its keys in order (``id`` and ``type`` first)."""
    node = _sorted(node)
    return {k: node[k] for k in sorted(node, key=lambda k: (k not in ("id", "@id"),
                                                             k not in ("type", "@type"), k))}


def serialize(graph: Graph | Dataset) -> bytes:
    """``graph`` (a dataset: the union of its graphs) as compact JSON-LD, UTF-8."""
    triples = Graph()
    if isinstance(graph, Dataset):
        for s, p, o, _ in graph.quads((None, None, None, None)):
            triples.add((s, p, o))
    else:
        triples += graph
    ctx = context()
    text = triples.serialize(format="json-ld", context=ctx, auto_compact=True)
    doc = json.loads(text)
    nodes = doc.get("@graph", [doc] if len(doc) > 1 else [])
    nodes = [{k: v for k, v in n.items() if k != "@context"} for n in nodes]
    nodes = sorted((_node(n) for n in nodes), key=lambda n: (str(n.get("id", "")),
                                                               _sort_key(n)))
    out = {"@context": ctx, "@graph": nodes}
    return (json.dumps(out, ensure_ascii=False, indent=2, sort_keys=False) + "\n").encode("utf-8")
