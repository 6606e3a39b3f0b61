"""An interactive, self-contained HTML view of the graph (vis-network).

Only the entities (IRIs typed with one of the twelve core classes) and the core
relations between them are drawn; articles, facts, sentences and reified
statements are not nodes, they feed the side panel instead: every name, the
GeoNames link, the facts, the neighbours, the sentences that name an entity,
and for an edge its evidence sentences with the rule and the confidence.

The page searches every name in every script, filters by type, relation,
article and date, switches the labels between Korean, Chinese and English and
sizes nodes by degree or PageRank (networkx).  Up to :data:`PHYSICS_LIMIT`
entities vis-network lays the graph out itself; past that the layout is
computed here (igraph's Fruchterman-Reingold with a grid, seconds for ten
thousand nodes) and physics is off; past :data:`MAX_NODES` the page is refused
with a pointer to ``kg html GRAPH --focus NAME --hops 2``.

The page makes no outside request: vis-network's JS and CSS (shipped inside the
pyvis package) are inlined, and a Content-Security-Policy forbids any fetch.
Every string from the graph reaches the page as JSON data in a non-executed
``<script type="application/json">`` block and is put into the document as
text.  The same graph always gives the same bytes.
"""

from __future__ import annotations

import json
import logging
import math
import os
import random
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx
import pyvis
from jinja2 import Environment, StrictUndefined
from markupsafe import Markup
from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg.export import atomic_write
from kg.namespaces import CORE_RELATIONS, DCTERMS, KGO, NIF, OWL, RDF, RDFS, SKOS

__all__ = [
    "CORE_CLASSES",
    "MAX_NODES",
    "PHYSICS_LIMIT",
    "RELATIONS",
    "TYPE_STYLES",
    "GraphTooLargeError",
    "TypeStyle",
    "article_titles",
    "find_entity",
    "neighbourhood",
    "read_graph",
    "render_html",
    "slug",
    "write_html",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TypeStyle:
    """How one core class is drawn: fill colour, vis-network shape, legend names."""

    colour: str
    shape: str
    ko: str
    en: str


# Okabe-Ito (7) and Paul Tol "muted" (5) colours; the shape encodes the broad
# group (agents ●, places ■, policy/project ◆, person ▲, sector ⬢) so that two
# types never depend on hue alone.
TYPE_STYLES: dict[URIRef, TypeStyle] = {
    KGO.Firm: TypeStyle("#0072B2", "dot", "기업", "Firm"),
    KGO.GovernmentBody: TypeStyle("#D55E00", "dot", "정부 기관", "Government body"),
    KGO.Organization: TypeStyle("#009E73", "dot", "기구·단체", "Organization"),
    KGO.MediaOutlet: TypeStyle("#CC79A7", "dot", "언론사", "Media outlet"),
    KGO.Country: TypeStyle("#E69F00", "square", "국가", "Country"),
    KGO.Province: TypeStyle("#56B4E9", "square", "성(省)", "Province"),
    KGO.City: TypeStyle("#F0E442", "square", "도시", "City"),
    KGO.Park: TypeStyle("#882255", "square", "산업단지", "Park"),
    KGO.Policy: TypeStyle("#AA4499", "diamond", "정책", "Policy"),
    KGO.Project: TypeStyle("#44AA99", "diamond", "프로젝트", "Project"),
    KGO.Person: TypeStyle("#332288", "triangle", "인물", "Person"),
    KGO.Sector: TypeStyle("#999933", "hexagon", "산업 부문", "Sector"),
}
CORE_CLASSES: tuple[URIRef, ...] = tuple(TYPE_STYLES)

RELATIONS: tuple[URIRef, ...] = tuple(KGO[name] for name in CORE_RELATIONS)
SYMMETRIC: frozenset[URIRef] = frozenset({KGO.cooperatesWith})

LABEL_PROPERTIES: tuple[URIRef, ...] = (SKOS.prefLabel, RDFS.label, SKOS.altLabel)
LANGUAGE_ORDER: tuple[str, ...] = ("ko", "ko-latn", "zh-hant", "zh-hans", "zh-latn-pinyin", "en")

PHYSICS_LIMIT = 300
"""Up to this many entities vis-network lays the graph out (physics); above, the
layout is precomputed and physics is off."""
MAX_NODES = 15_000
"""Above this many entities :func:`render_html` refuses (see :class:`GraphTooLargeError`)."""
MAX_SENTENCES_PER_NODE = 25
"""Sentences kept for one entity's panel (the count of the others is shown)."""
RANDOM_SEED = 20150716
FONT_STACK = (
    "'Noto Sans CJK KR', 'Noto Sans KR', 'NanumGothic', 'Malgun Gothic', "
    "'Apple SD Gothic Neo', 'Noto Sans CJK SC', sans-serif"
)
CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data:; font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'"
)
_GEONAMES = re.compile(r"^https?://(sws\.|www\.)?geonames\.org/\d+/?$")

# attributes that make the browser load something, and CSS that does
_URL_ATTRIBUTES = frozenset(
    {"src", "href", "srcset", "action", "formaction", "poster", "data", "background", "ping"}
)
_CSS_LOAD = re.compile(r"""url\(\s*(?!["']?\s*data:)|@import""", re.IGNORECASE)


class GraphTooLargeError(ValueError):
    """The graph has more entities than the page can draw (:data:`MAX_NODES`)."""


# --------------------------------------------------------------------------- names


def _local_name(iri: str) -> str:
    """The part of ``iri`` after the last ``#`` or ``/``."""
    return re.split(r"[#/]", iri.rstrip("/#"))[-1] or iri


def _lang_key(lang: str | None) -> tuple[int, str]:
    low = (lang or "").lower()
    rank = LANGUAGE_ORDER.index(low) if low in LANGUAGE_ORDER else len(LANGUAGE_ORDER)
    return (rank if lang else rank + 1, low)


def _literals(graph: Graph, subject: Node, prop: URIRef) -> list[Literal]:
    return sorted(
        (o for o in graph.objects(subject, prop) if isinstance(o, Literal)),
        key=lambda lit: (_lang_key(lit.language), str(lit)),
    )


def _first(graph: Graph, subject: Node, prop: URIRef) -> str:
    found = _literals(graph, subject, prop)
    return str(found[0]) if found else ""


def _korean_label(graph: Graph, iri: URIRef) -> str:
    """``skos:prefLabel``@ko, else ``rdfs:label``@ko, else any label, else the local name."""
    for want_ko in (True, False):
        for prop in (SKOS.prefLabel, RDFS.label):
            for lit in _literals(graph, iri, prop):
                if not want_ko or (lit.language or "").lower() == "ko":
                    return str(lit)
    return _local_name(str(iri))


def _names(graph: Graph, iri: URIRef) -> list[tuple[str, str]]:
    """Every (language tag, name) of ``iri``, in the language order, without repeats."""
    seen: set[tuple[str, str]] = set()
    names = []
    for prop in LABEL_PROPERTIES:
        for lit in graph.objects(iri, prop):
            if isinstance(lit, Literal) and (lit.language or "", str(lit)) not in seen:
                seen.add((lit.language or "", str(lit)))
                names.append((lit.language or "", str(lit)))
    return sorted(names, key=lambda x: (_lang_key(x[0] or None), x[1]))


def _pick(names: list[tuple[str, str]], *langs: str) -> str:
    for want in langs:
        for lang, text in names:
            if lang.lower() == want:
                return text
    return ""


def fold(text: str) -> str:
    """A name as the search compares it: NFKC, case and tone marks folded, no spaces
    or punctuation (``Luòyáng`` and ``luo yang`` fold alike; Hangul stays whole).

    >>> fold("Luòyáng Shì") == fold("luoyang shi")
    True
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = unicodedata.normalize("NFC", text).casefold()
    return re.sub(r"[\s'\-·•.,()\[\]]+", "", text)


# --------------------------------------------------------------------------- model


@dataclass
class _Model:
    """What the page shows, gathered from the graph (every list in a fixed order)."""

    types: dict[URIRef, URIRef] = field(default_factory=dict)  # entity -> core class
    articles: list[URIRef] = field(default_factory=list)
    relations: list[tuple[URIRef, URIRef, URIRef]] = field(default_factory=list)


def _entity_types(graph: Graph) -> dict[URIRef, URIRef]:
    types: dict[URIRef, URIRef] = {}
    for kind in reversed(CORE_CLASSES):  # the first class in CORE_CLASSES wins
        for s in graph.subjects(RDF.type, kind):
            if isinstance(s, URIRef):
                types[s] = kind
    return types


def _relations(
    graph: Graph, types: dict[URIRef, URIRef]
) -> list[tuple[URIRef, URIRef, URIRef]]:
    """Core relations between typed entities, sorted, symmetric ones once."""
    found: set[tuple[URIRef, URIRef, URIRef]] = set()
    for prop in RELATIONS:
        for s, o in graph.subject_objects(prop):
            if s not in types or o not in types:
                log.debug("not drawn (no typed entity at an end): %s %s %s", s, prop, o)
                continue
            if prop in SYMMETRIC and str(o) < str(s):
                s, o = o, s
            found.add((URIRef(s), prop, URIRef(o)))
    return sorted(found, key=lambda r: (str(r[0]), str(r[1]), str(r[2])))


def find_entity(graph: Graph, name: str) -> URIRef:
    """The entity that ``name`` names: an IRI, or any of its names in any script.

    Names are compared after :func:`fold` (case, tone marks, spaces); an entity
    whose Korean name, Chinese name, pinyin, English name or Sino-Korean reading
    folds to the same text matches.

    Raises:
        LookupError: no entity, or several, have that name (the message lists them).
    """
    types = _entity_types(graph)
    if URIRef(name) in types:
        return URIRef(name)
    want = fold(name)
    hits = set()
    for iri in types:
        names = [t for _lang, t in _names(graph, iri)]
        names += [str(x) for x in graph.objects(iri, KGO.sinoKoreanReading)]
        if want and any(fold(t) == want for t in names):
            hits.add(iri)
    if not hits:
        raise LookupError(f"no entity is named {name!r}")
    if len(hits) > 1:
        listed = ", ".join(sorted(str(h) for h in hits)[:5])
        raise LookupError(f"{len(hits)} entities are named {name!r} ({listed}); give the IRI")
    return hits.pop()


def neighbourhood(graph: Graph, center: URIRef, hops: int = 2) -> set[URIRef]:
    """The entities at most ``hops`` core relations away from ``center`` (either way)."""
    types = _entity_types(graph)
    g = nx.Graph()
    g.add_node(center)
    g.add_edges_from((s, o) for s, _p, o in _relations(graph, types))
    return set(nx.single_source_shortest_path_length(g, center, cutoff=hops))


def _sentence_text(graph: Graph, sentence: Node) -> str:
    return _first(graph, sentence, NIF.anchorOf) or _first(graph, sentence, RDFS.label)


def _sentence_key(graph: Graph, sentence: Node) -> tuple[int, str]:
    begin = _first(graph, sentence, NIF.beginIndex)
    return (int(begin) if begin.isdigit() else -1, str(sentence))


def _fact(graph: Graph, fact: Node) -> dict[str, Any]:
    def joined(prop: URIRef) -> str:
        return ", ".join(str(x) for x in _literals(graph, fact, prop))

    when = ", ".join(sorted({str(x) for p in (KGO.date, KGO.year) for x in
                             _literals(graph, fact, p)}))
    out = {"kind": joined(KGO.factType) or "fact", "value": joined(KGO.value),
           "unit": joined(KGO.unit), "when": when, "surface": joined(KGO.surface)}
    return {k: v for k, v in out.items() if v}


class _Builder:
    """Gathers the page's data from an rdflib graph."""

    def __init__(self, graph: Graph, keep: set[URIRef] | None = None) -> None:
        self.g = graph
        types = _entity_types(graph)
        if keep is not None:
            types = {k: v for k, v in types.items() if k in keep}
        self.types = types
        self.entities = sorted(types, key=str)
        self.index = {iri: i for i, iri in enumerate(self.entities)}
        self.relations = _relations(graph, types)
        self.articles = sorted(
            (a for a in graph.subjects(RDF.type, KGO.Article) if isinstance(a, URIRef)), key=str)
        self.article_index = {a: i for i, a in enumerate(self.articles)}
        self.sentences: dict[Node, tuple[int, tuple[int, str], str]] = {}  # -> article, key, text
        self.used_sentences: set[Node] = set()
        self._texts: dict[Node, str] = {}
        self._of_article: dict[Node, list[tuple[Node, str]]] = {}

    def text(self, sentence: Node) -> str:
        """A sentence's text (cached: an article's sentences are read once per entity)."""
        if sentence not in self._texts:
            self._texts[sentence] = _sentence_text(self.g, sentence)
        return self._texts[sentence]

    def article_sentences(self, art: Node) -> list[tuple[Node, str]]:
        if art not in self._of_article:
            self._of_article[art] = [(s, self.text(s))
                                     for s in self.g.objects(art, KGO.hasSentence)]
        return self._of_article[art]

    def sentence(self, node: Node) -> Node | None:
        """Remember a sentence the page shows; None when it has no text."""
        if node not in self.sentences:
            text = self.text(node)
            if not text:
                return None
            art = next((a for a in self.g.objects(node, KGO.inArticle)
                        if a in self.article_index), None)
            if art is None:
                art = next((a for a in self.g.subjects(KGO.hasSentence, node)
                            if a in self.article_index), None)
            self.sentences[node] = (self.article_index.get(art, -1),
                                    _sentence_key(self.g, node), text)
        self.used_sentences.add(node)
        return node

    def evidence(self) -> dict[tuple[URIRef, URIRef, URIRef], list[dict[str, Any]]]:
        """The statements behind each drawn relation: origin, rule, confidence, sentence."""
        wanted = set(self.relations)
        found: dict[tuple[URIRef, URIRef, URIRef], list[dict[str, Any]]] = defaultdict(list)
        for st in self.g.subjects(RDF.type, KGO.Statement):
            s = self.g.value(st, RDF.subject)
            p = self.g.value(st, RDF.predicate)
            o = self.g.value(st, RDF.object)
            if p in SYMMETRIC and str(o) < str(s):
                s, o = o, s
            key = (s, p, o)
            if key not in wanted:
                continue
            item: dict[str, Any] = {
                "origin": _first(self.g, st, KGO.origin) or "text",
                "rule": _first(self.g, st, KGO.rule),
                "confidence": _first(self.g, st, KGO.confidence),
            }
            sentences = [x for x in (self.sentence(ev) for ev in
                                     sorted(self.g.objects(st, KGO.evidence), key=str)) if x]
            if sentences:
                item["sentence"] = sentences[0]
            found[key].append(item)  # type: ignore[index]
        return found

    def node_sentences(self, iri: URIRef, names: list[str], known: set[Node]) -> list[Node]:
        """Sentences of the articles that mention ``iri`` which contain one of its names."""
        hits = set(known)
        needles = sorted({n for n in names if len(n) >= 2}, key=lambda n: (-len(n), n))
        for art in self.g.subjects(KGO.mentions, iri):
            for sent, text in self.article_sentences(art):
                if sent not in hits and text and any(n in text for n in needles):
                    hits.add(sent)
        for sent in hits:
            self.sentence(sent)
        return [s for s in hits if s in self.sentences]

    def build(self, title: str, focus: URIRef | None) -> dict[str, Any]:
        g = self.g
        evidence = self.evidence()
        mentioned: dict[URIRef, set[int]] = defaultdict(set)
        for art, ent in g.subject_objects(KGO.mentions):
            if ent in self.index and art in self.article_index:
                mentioned[ent].add(self.article_index[art])  # type: ignore[index]
        evidence_of: dict[URIRef, set[Node]] = defaultdict(set)
        for (s, _p, o), items in evidence.items():
            for item in items:
                if "sentence" in item:
                    evidence_of[s].add(item["sentence"])
                    evidence_of[o].add(item["sentence"])

        degree = [0] * len(self.entities)
        projection = nx.Graph()
        projection.add_nodes_from(range(len(self.entities)))
        for s, _p, o in self.relations:
            degree[self.index[s]] += 1
            degree[self.index[o]] += 1
            projection.add_edge(self.index[s], self.index[o])
        pagerank = nx.pagerank(projection) if len(projection) else {}

        nodes = []
        sentence_lists = []
        for i, iri in enumerate(self.entities):
            names = _names(g, iri)
            readings = [str(x) for x in _literals(g, iri, KGO.sinoKoreanReading)]
            facts = []
            fact_sentences: set[Node] = set()
            for f in g.objects(iri, KGO.hasFact):
                item = _fact(g, f)
                ev = next(iter(sorted(g.objects(f, KGO.evidence), key=str)), None)
                if ev is not None and self.sentence(ev):
                    item["sentence"] = ev
                    fact_sentences.add(ev)
                facts.append(item)
            ko = _korean_label(g, iri)
            sents = self.node_sentences(
                iri, [ko, *(t for _l, t in names), *readings],
                evidence_of.get(iri, set()) | fact_sentences)
            sentence_lists.append(sents)
            node: dict[str, Any] = {
                "id": str(iri),
                "type": _local_name(str(self.types[iri])),
                "ko": ko,
                "zh": _pick(names, "zh-hans", "zh-hant", "zh"),
                "en": _pick(names, "en"),
                "pinyin": _pick(names, "zh-latn-pinyin"),
                "names": [list(x) for x in names],
                "readings": readings,
                "geonames": sorted(str(x) for x in g.objects(iri, OWL.sameAs)
                                   if _GEONAMES.match(str(x))),
                "gazetteer": iri not in mentioned,
                "articles": sorted(mentioned.get(iri, ())),
                "facts": facts,
                "roles": [_show(x) for p in (KGO.role, KGO.roleEn) for x in _literals(g, iri, p)],
                "population": _first(g, iri, KGO.population),
                "notes": [str(x) for x in _literals(g, iri, KGO.dataQualityNote)],
                "degree": degree[i],
                "pagerank": round(pagerank.get(i, 0.0) * len(self.entities), 4),
            }
            nodes.append(node)

        # number the sentences the page shows, in article and text order
        order = sorted(self.used_sentences, key=lambda s: (self.sentences[s][0],
                                                          self.sentences[s][1]))
        number = {s: k for k, s in enumerate(order)}
        sentences = [{"text": self.sentences[s][2], "article": self.sentences[s][0]}
                     for s in order]
        for node, sents in zip(nodes, sentence_lists, strict=True):
            ids = sorted(number[s] for s in sents)
            node["sentences"] = ids[:MAX_SENTENCES_PER_NODE]
            node["more"] = max(0, len(ids) - MAX_SENTENCES_PER_NODE)
            for fact in node["facts"]:
                if "sentence" in fact:
                    fact["sentence"] = number[fact["sentence"]]
            node["facts"].sort(key=lambda f: json.dumps(f, sort_keys=True, ensure_ascii=False))

        edges = []
        for k, (s, p, o) in enumerate(self.relations):
            items = evidence.get((s, p, o), [])
            for item in items:
                if "sentence" in item:
                    item["article"] = self.sentences[item["sentence"]][0]
                    item["sentence"] = number[item["sentence"]]
            items.sort(key=lambda x: json.dumps(x, sort_keys=True, ensure_ascii=False))
            edges.append({
                "id": f"e{k}",
                "from": self.index[s],
                "to": self.index[o],
                "rel": _local_name(str(p)),
                "symmetric": p in SYMMETRIC,
                "gazetteer": bool(items) and all(x["origin"] == "gazetteer" for x in items),
                "evidence": items,
            })

        layout = "physics" if len(nodes) <= PHYSICS_LIMIT else "fixed"
        if layout == "fixed":
            for node, (x, y) in zip(nodes, _layout(len(nodes), self.relations, self.index),
                                    strict=True):
                node["x"], node["y"] = x, y

        articles = []
        for art in self.articles:
            articles.append({"id": str(art),
                             "title": _first(g, art, DCTERMS.title) or _local_name(str(art)),
                             "date": _first(g, art, DCTERMS.date)[:10]})
        type_count: dict[str, int] = defaultdict(int)
        for node in nodes:
            type_count[node["type"]] += 1
        rel_count: dict[str, int] = defaultdict(int)
        for edge in edges:
            rel_count[edge["rel"]] += 1
        return {
            "title": title,
            "layout": layout,
            "focus": str(focus) if focus is not None else None,
            "types": [
                {"key": _local_name(str(kind)), "colour": st.colour, "light": _lighter(st.colour),
                 "shape": st.shape, "ko": st.ko, "en": st.en,
                 "count": type_count[_local_name(str(kind))]}
                for kind, st in TYPE_STYLES.items() if type_count.get(_local_name(str(kind)))
            ],
            "relations": [{"key": r, "count": rel_count[r]} for r in CORE_RELATIONS
                          if rel_count.get(r)],
            "articles": articles,
            "sentences": sentences,
            "nodes": nodes,
            "edges": edges,
            "options": _options(layout, len(nodes)),
        }


def _show(lit: Literal) -> str:
    return f"{lit} @{lit.language}" if lit.language else str(lit)


def _lighter(colour: str, amount: float = 0.6) -> str:
    """``colour`` mixed with white (``amount`` = share of white)."""
    rgb = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(c + (255 - c) * amount):02X}" for c in rgb)


def _layout(
    n: int, relations: list[tuple[URIRef, URIRef, URIRef]], index: dict[URIRef, int]
) -> list[tuple[int, int]]:
    """Positions for ``n`` nodes: igraph's grid Fruchterman-Reingold, seeded, in pixels.

    networkx's own spring layouts take half a minute for 3,000 nodes; igraph's
    takes a quarter of a second.  The median edge is scaled to 90 px.
    """
    import igraph

    pairs = sorted({(min(index[s], index[o]), max(index[s], index[o]))
                    for s, _p, o in relations if s != o})
    g = igraph.Graph(n=n, edges=pairs)
    rng = random.Random(RANDOM_SEED)
    igraph.set_random_number_generator(rng)
    try:
        start = [[rng.uniform(-1, 1) * math.sqrt(n), rng.uniform(-1, 1) * math.sqrt(n)]
                 for _ in range(n)]
        coords = g.layout_fruchterman_reingold(seed=start, niter=500, grid="auto").coords
    finally:
        igraph.set_random_number_generator(random)
    lengths = sorted(math.dist(coords[a], coords[b]) for a, b in pairs)
    median = lengths[len(lengths) // 2] if lengths else 1.0
    scale = 90.0 / median if median > 0 else 90.0
    return [(round(x * scale), round(y * scale)) for x, y in coords]


def _options(layout: str, n: int) -> dict[str, Any]:
    font = {"face": FONT_STACK, "strokeColor": "#ffffff"}
    fixed = layout == "fixed"
    options: dict[str, Any] = {
        "autoResize": True,
        "layout": {"randomSeed": RANDOM_SEED, "improvedLayout": not fixed},
        "nodes": {
            "size": 16,
            "borderWidth": 2,
            # past the physics limit, labels only once zoomed in far enough to read them
            "scaling": {"min": 10, "max": 42, "label": (
                {"enabled": True, "min": 12, "max": 22, "drawThreshold": 9, "maxVisible": 30}
                if fixed else {"enabled": False})},
            "font": {**font, "size": 15, "color": "#1f2328", "strokeWidth": 4},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "color": {"color": "#8c959f", "highlight": "#24292f", "hover": "#57606a"},
            "font": {**font, "size": 11, "color": "#57606a", "strokeWidth": 3, "align": "middle"},
            "smooth": ({"enabled": False} if fixed else
                       {"enabled": True, "type": "continuous", "roundness": 0.25}),
            "width": 1.2,
            "selectionWidth": 1.5,
        },
        "physics": {
            "enabled": not fixed,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -80,
                "centralGravity": 0.01,
                "springLength": 140,
                "springConstant": 0.06,
                "damping": 0.5,
                "avoidOverlap": 0.6,
            },
            "stabilization": {"enabled": not fixed, "iterations": 1000, "updateInterval": 50},
            "minVelocity": 0.75,
        },
        "interaction": {"hover": not fixed or n <= 3000, "tooltipDelay": 120,
                        "navigationButtons": False, "hideEdgesOnDrag": fixed,
                        "hideEdgesOnZoom": fixed},
        "manipulation": {"enabled": False},
        "configure": {"enabled": False},
    }
    return options


# --------------------------------------------------------------------------- page

_ICON = re.compile(r'url\("data:image/png;base64,[A-Za-z0-9+/=]*"\)')


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """vis-network's JS and CSS as shipped inside the pyvis package."""
    base = Path(pyvis.__file__).parent
    for lib in (base / "templates" / "lib" / "vis-9.1.2", base / "lib" / "vis-9.1.2"):
        if (lib / "vis-network.min.js").is_file():
            js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
            css = (lib / "vis-network.css").read_text(encoding="utf-8")
            # 205 of its 220 KB are PNG icons of the navigation/manipulation buttons,
            # which the page does not enable (navigationButtons and manipulation are off)
            css = _ICON.sub("none", css)
            if re.search(r"</script", js, re.I) or re.search(r"</style", css, re.I):
                raise RuntimeError(f"{lib} cannot be inlined safely")
            return js, css
    raise FileNotFoundError(f"vis-network 9.1.2 not found in the pyvis package at {base}")


def _script_json(data: Any) -> Markup:
    """JSON that is safe inside ``<script>``: no ``<``, ``>``, ``&``, U+2028/9 left raw."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for raw, esc in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, esc)
    return Markup(text)


class _OfflineCheck(HTMLParser):
    """Collects every attribute or style sheet of a page that would load a resource."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_style = tag == "style"
        for name, value in attrs:
            if value is None:
                continue
            if name in _URL_ATTRIBUTES and not value.strip().lower().startswith(("data:", "#")):
                self.problems.append(f"<{tag} {name}={value!r}>")
            if name == "style" and _CSS_LOAD.search(value):
                self.problems.append(f"<{tag} style={value!r}>")

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            for match in _CSS_LOAD.finditer(data):
                self.problems.append(f"<style>…{data[match.start() : match.end() + 60]}")


def _assert_offline(page: str) -> None:
    """Refuse to produce a page that would load anything, even a local file.

    Graph text only reaches the page as JSON inside a non-executed script, so
    only the markup and the style sheets are checked.
    """
    check = _OfflineCheck()
    check.feed(page)
    check.close()
    if check.problems:
        raise RuntimeError(f"the HTML page would load a resource: {check.problems[:3]}")


@lru_cache(maxsize=1)
def _template() -> Any:
    env = Environment(autoescape=True, undefined=StrictUndefined, keep_trailing_newline=True)
    here = Path(__file__).with_name("html_assets")
    return (
        # a backslash at the end of a line joins it to the next (as in Python)
        env.from_string((here / "page.html").read_text(encoding="utf-8").replace("\\\n", "")),
        (here / "page.css").read_text(encoding="utf-8").replace("FONT", FONT_STACK),
        (here / "page.js").read_text(encoding="utf-8"),
    )


def render_html(
    graph: Graph, title: str = "kg", *, focus: str | None = None, hops: int = 2
) -> str:
    """Render ``graph`` as one self-contained, deterministic HTML page.

    Args:
        graph: the knowledge graph (any graph ``kg build`` wrote, parsed with rdflib).
        title: page title and heading (escaped).
        focus: draw only the neighbourhood of this entity (an IRI or any of its
            names, see :func:`find_entity`), which the page selects when it opens.
        hops: how far the neighbourhood reaches (core relations, either direction).

    Returns:
        The HTML text; it references no outside resource.

    Raises:
        LookupError: ``focus`` names no entity, or several.
        GraphTooLargeError: more than :data:`MAX_NODES` entities would be drawn.
    """
    center = keep = None
    if focus is not None:
        center = find_entity(graph, focus)
        keep = neighbourhood(graph, center, hops)
    builder = _Builder(graph, keep)
    if len(builder.entities) > MAX_NODES:
        raise GraphTooLargeError(
            f"{len(builder.entities)} entities are more than the HTML view draws "
            f"({MAX_NODES}); draw one entity's neighbourhood instead: "
            "kg html GRAPH --focus NAME --hops 2")
    data = builder.build(title, center)
    template, css, js = _template()
    vis_js, vis_css = _vis_assets()
    n_gazetteer = sum(n["gazetteer"] for n in data["nodes"])
    page = template.render(
        csp=CSP,
        pyvis_version=getattr(pyvis, "__version__", "0.3.2"),
        title=title,
        vis_css=Markup(vis_css),
        css=Markup(css),
        vis_js=Markup(vis_js),
        data=_script_json(data),
        js=Markup(js),
        n_nodes=len(data["nodes"]),
        n_edges=len(data["edges"]),
        n_articles=len(data["articles"]),
        n_gazetteer=n_gazetteer,
        legend=data["types"],
        relations=data["relations"],
        articles=data["articles"],
        dated=any(a["date"] for a in data["articles"]),
        focus=data["focus"],
        hops=hops,
    )
    _assert_offline(page)
    return page


def write_html(
    graph: Graph, path: str | os.PathLike[str], title: str = "kg", **kwargs: Any
) -> Path:
    """Write :func:`render_html` of ``graph`` to ``path`` atomically; return the path."""
    page = render_html(graph, title, **kwargs).encode("utf-8")
    target = atomic_write(path, page)
    log.info("wrote %s (%.0f KB)", target, len(page) / 1024)
    return target


def article_titles(graph: Graph) -> list[str]:
    """The titles of the graph's articles, in IRI order (the local name if untitled)."""
    arts = sorted((a for a in graph.subjects(RDF.type, KGO.Article)), key=str)
    return [_first(graph, a, DCTERMS.title) or _local_name(str(a)) for a in arts]


def slug(iri: URIRef | str) -> str:
    """A file-name part for an entity: its IRI's local name without unsafe characters."""
    from urllib.parse import unquote

    name = unquote(_local_name(str(iri)))
    return re.sub(r"[^\w.-]+", "_", name).strip("._") or "entity"


def read_graph(paths: Iterable[str | os.PathLike[str]]) -> Graph:
    """Parse graph files (``.ttl``, ``.trig``, ``.nq``, ``.nt``, ``.rdf``, ``.jsonld``)
    into one rdflib graph: the union of every named graph.

    Raises:
        ValueError: a file's name says no known format, or it does not parse
            (the message names the file).
        OSError: a file cannot be read.
    """
    formats = {".ttl": "turtle", ".turtle": "turtle", ".trig": "trig", ".nq": "nquads",
               ".nquads": "nquads", ".nt": "nt", ".rdf": "xml", ".xml": "xml", ".owl": "xml",
               ".jsonld": "json-ld", ".json": "json-ld", ".n3": "n3"}
    from rdflib import Dataset

    graph = Graph()
    for path in map(Path, paths):
        fmt = formats.get(path.suffix.lower())
        if fmt is None:
            raise ValueError(f"{path}: unknown graph format {path.suffix or '(no extension)'!r} "
                             f"(use {', '.join(sorted(formats))})")
        data = path.read_bytes()
        try:
            if fmt in ("trig", "nquads"):
                ds = Dataset()
                ds.parse(data=data, format=fmt)
                for s, p, o, _g in ds.quads((None, None, None, None)):
                    graph.add((s, p, o))
            else:
                graph.parse(data=data, format=fmt)
        except Exception as exc:  # rdflib raises many kinds for bad input
            said = " ".join(str(exc).split()) or type(exc).__name__
            raise ValueError(f"{path}: not valid {fmt}: {said[:300]}") from exc
    return graph
