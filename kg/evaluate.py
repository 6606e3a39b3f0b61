"""Precision, recall and F1 of a graph against a gold annotation (JSON).

The measure is the project's reference one (``shared/tools/score.py``):
classes and properties are matched by local name; an entity counts when it is
typed with a core class (through ``rdfs:subClassOf``), is the object of some
``mentions`` triple (when the graph has any), and one of its labels matches one
of the gold entity's names after normalisation; a relation counts when both
ends and the property match (``cooperatesWith`` either way). ``locatedIn``
between two places that the gold does not list is neutral.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, RDFS, Dataset, Graph, Literal
from rdflib.util import guess_format

# the contract's names, matched by local name whatever the namespace
from kg.namespaces import CORE_CLASSES as TYPES
from kg.namespaces import CORE_RELATIONS as RELS

SYMMETRIC = {"cooperatesWith"}
LABELS = {"label", "prefLabel", "altLabel", "hiddenLabel", "name", "alternateName"}
PLACES = {"Country", "Province", "City"}
_PUNCT = re.compile(r"[\s\-‐‑–—_·•∙・,.()\[\]{}「」『』《》〈〉‘’“”'\"`/\\:;!?]+")


def local(iri: object) -> str:
    """Local name of an IRI.

    >>> local("https://w3id.org/kg-china/ontology#Firm")
    'Firm'
    """
    return re.split(r"[#/]", str(iri))[-1]


def norm(name: str) -> str:
    """Normalise a name for comparison.

    >>> norm("하얼빈 창룽그룹") == norm("하얼빈창룽그룹")
    True
    """
    return _PUNCT.sub("", unicodedata.normalize("NFKC", name).lower())


def f1(p: float, r: float) -> float:
    """Harmonic mean."""
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score:
    """The figures of one evaluation."""

    entity_precision: float
    entity_recall: float
    relation_precision: float
    relation_recall: float
    predicted_entities: int = 0
    predicted_relations: int = 0
    missing_entities: list[str] = field(default_factory=list)
    missing_relations: list[str] = field(default_factory=list)
    spurious_entities: list[str] = field(default_factory=list)
    wrong_relations: list[str] = field(default_factory=list)

    @property
    def entity_f1(self) -> float:
        return f1(self.entity_precision, self.entity_recall)

    @property
    def relation_f1(self) -> float:
        return f1(self.relation_precision, self.relation_recall)

    def lines(self) -> list[str]:
        """The summary as the reference scorer prints it."""
        return [
            f"entities  P={self.entity_precision:.3f} R={self.entity_recall:.3f} "
            f"F1={self.entity_f1:.3f} (pred {self.predicted_entities})",
            f"relations P={self.relation_precision:.3f} R={self.relation_recall:.3f} "
            f"F1={self.relation_f1:.3f} (pred {self.predicted_relations})",
        ]


def load_graph(*paths: str | Path) -> Graph:
    """Load RDF files (any rdflib format, by extension) into one graph."""
    fmts = [guess_format(str(p)) or "turtle" for p in paths]
    g: Graph = Dataset(default_union=True) if {"trig", "nquads"} & set(fmts) else Graph()
    for p, fmt in zip(paths, fmts, strict=True):
        g.parse(str(p), format=fmt)
    return g


def _core_types(g: Graph):  # noqa: ANN202
    sup = defaultdict(set)
    for c, _, d in g.triples((None, RDFS.subClassOf, None)):
        sup[c].add(d)
    memo: dict = {}

    def core(c, seen=()):  # noqa: ANN001, ANN202
        if c in memo:
            return memo[c]
        out = {local(c)} & set(TYPES)
        for d in sup.get(c, ()):
            if d not in seen:
                out |= core(d, (*seen, c))
        memo[c] = out
        return out

    return core


def evaluate(graph: Graph, gold: dict, ontology: Graph | None = None) -> Score:
    """Score ``graph`` against a gold annotation (the dict of a gold JSON file)."""
    core = _core_types(ontology if ontology is not None else graph)
    own = _core_types(graph)
    ents: dict = {}
    for s, _, c in graph.triples((None, RDF.type, None)):
        ts = core(c) | own(c)
        if ts:
            ents.setdefault(s, [set(), set()])[0].update(ts)
    mentioned = {o for _, p, o in graph.triples((None, None, None)) if local(p) == "mentions"}
    if mentioned:
        ents = {n: v for n, v in ents.items() if n in mentioned}
    for s, p, o in graph.triples((None, None, None)):
        if s in ents and isinstance(o, Literal) and local(p) in LABELS:
            ents[s][1].add(norm(str(o)))
    gold_ents = {e["key"]: e for e in gold["entities"]}
    gold_names = {k: {norm(n) for n in e["names"]} for k, e in gold_ents.items()}
    node_keys: dict = defaultdict(set)
    for node, (ts, labels) in ents.items():
        for k, names in gold_names.items():
            if labels & names and gold_ents[k]["type"] in ts:
                node_keys[node].add(k)
    found = {k for ks in node_keys.values() for k in ks}
    req = [k for k, e in gold_ents.items() if e.get("required", True)]
    # one node per real-world thing: a second node matching only keys already claimed is a
    # duplicate, counted as a false positive (the user sees the same thing twice)
    claimed: set[str] = set()
    e_tp = 0
    for n in sorted(ents, key=lambda n: (len(node_keys[n]), str(n))):
        free = node_keys[n] - claimed
        if free:
            claimed.add(min(free))
            e_tp += 1
    e_p = e_tp / len(ents) if ents else 0.0
    e_r = sum(1 for k in req if k in found) / len(req) if req else 1.0

    gold_rel = set()
    for r in gold["relations"]:
        gold_rel.add((r["s"], r["p"], r["o"]))
        if r["p"] in SYMMETRIC:
            gold_rel.add((r["o"], r["p"], r["s"]))
    pred = {(s, local(p), o) for s, p, o in graph.triples((None, None, None))
            if local(p) in RELS and s in ents and o in ents}
    ok, bad, neutral, hit = [], [], set(), set()
    for s, p, o in pred:
        good = {(a, p, b) for a in node_keys[s] for b in node_keys[o]} & gold_rel
        if good:
            ok.append((s, p, o))
            hit |= good
        elif p == "locatedIn" and ents[s][0] & PLACES and ents[o][0] & PLACES:
            neutral.add((s, p, o))
        else:
            bad.append((s, p, o))
    pred -= neutral

    def canon(t):  # noqa: ANN001, ANN202
        return (t[1], frozenset((t[0], t[2]))) if t[1] in SYMMETRIC else t

    n_pred = len({canon(t) for t in pred})
    r_p = len({canon(t) for t in ok}) / n_pred if n_pred else 0.0
    req_rel = [(r["s"], r["p"], r["o"]) for r in gold["relations"] if r.get("required", True)]

    def hit_req(t):  # noqa: ANN001, ANN202 - a symmetric relation counts in either direction
        return t in hit or (t[1] in SYMMETRIC and (t[2], t[1], t[0]) in hit)

    r_r = sum(1 for t in req_rel if hit_req(t)) / len(req_rel) if req_rel else 1.0

    def lab(n):  # noqa: ANN001, ANN202
        return min(ents[n][1], key=len) if ents.get(n) and ents[n][1] else local(n)

    return Score(
        e_p, e_r, r_p, r_r, len(ents), n_pred,
        missing_entities=sorted(k for k in req if k not in found),
        missing_relations=[f"{s} {p} {o}" for s, p, o in req_rel if not hit_req((s, p, o))],
        spurious_entities=sorted(f"{lab(n)}:{','.join(sorted(ents[n][0]))}"
                                 for n in ents if not node_keys[n]),
        wrong_relations=sorted(f"{lab(s)} {p} {lab(o)}" for s, p, o in bad),
    )


def evaluate_files(
    graph: str | Path, gold: str | Path, ontology: str | Path | None = None
) -> Score:
    """Score a graph file against a gold JSON file."""
    g = load_graph(graph)
    onto = load_graph(ontology) if ontology else None
    with open(gold, encoding="utf-8") as fh:
        return evaluate(g, json.load(fh), onto)
