"""Generated graphs shaped like kg build's, of any size (for tests and bench/bench_html.py).

Entities of the twelve core classes with names in Korean, Chinese, pinyin and English,
articles with sentences, core relations with their kgo:Statement (evidence sentence, rule,
confidence; some from the gazetteer), and facts. The same (n, seed) gives the same graph.
"""

from __future__ import annotations

import random
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from kg.namespaces import CORE_CLASSES, CORE_RELATIONS, KGO, NIF

BASE = "https://example.org/synthetic/"


def synthetic_graph(n: int, seed: int = 1) -> Graph:
    """A graph of ``n`` entities and about ``1.3 n`` relations."""
    rng = random.Random(seed)
    g = Graph()
    ents = [URIRef(f"{BASE}e/{i:06d}") for i in range(n)]
    n_articles = max(1, n // 20)
    arts = [URIRef(f"{BASE}article/{k:05d}") for k in range(n_articles)]
    for k, art in enumerate(arts):
        g.add((art, RDF.type, KGO.Article))
        g.add((art, DCTERMS.title, Literal(f"합성 기사 {k}", lang="ko")))
        g.add((art, DCTERMS.date, Literal(f"20{15 + k % 10}-0{1 + k % 9}-1{k % 10}",
                                          datatype=XSD.date)))
    for i, e in enumerate(ents):
        kind = CORE_CLASSES[rng.randrange(len(CORE_CLASSES))]
        g.add((e, RDF.type, KGO[kind]))
        g.add((e, RDFS.label, Literal(f"개체{i}", lang="ko")))
        g.add((e, SKOS.prefLabel, Literal(f"개체{i}", lang="ko")))
        g.add((e, SKOS.prefLabel, Literal(f"Entity {i}", lang="en")))
        g.add((e, SKOS.altLabel, Literal(f"实体{i}", lang="zh-Hans")))
        g.add((e, SKOS.altLabel, Literal(f"實體{i}", lang="zh-Hant")))
        g.add((e, SKOS.altLabel, Literal(f"Shítǐ {i}", lang="zh-Latn-pinyin")))
        if rng.random() < 0.9:
            g.add((arts[i % n_articles], KGO.mentions, e))
    pairs = [(i, rng.randrange(i)) for i in range(1, n)]  # a tree ...
    pairs += [(rng.randrange(n), rng.randrange(n)) for _ in range(n // 3)]  # ... and more
    for k, (a, b) in enumerate(pairs):
        if a == b:
            continue
        s, o = ents[a], ents[b]
        p = KGO[CORE_RELATIONS[rng.randrange(len(CORE_RELATIONS))]]
        g.add((s, p, o))
        st = URIRef(f"{BASE}statement/{k:06d}")
        g.add((st, RDF.type, KGO.Statement))
        g.add((st, RDF.subject, s))
        g.add((st, RDF.predicate, p))
        g.add((st, RDF.object, o))
        g.add((st, KGO.confidence, Literal(Decimal("0.8"), datatype=XSD.decimal)))
        if k % 7 == 0:
            g.add((st, KGO.origin, Literal("gazetteer")))
            g.add((st, KGO.rule, Literal("gazetteer")))
            continue
        art = arts[a % n_articles]
        sent = URIRef(f"{art}/s{k}")
        g.add((art, KGO.hasSentence, sent))
        g.add((sent, RDF.type, KGO.Sentence))
        g.add((sent, KGO.inArticle, art))
        g.add((sent, NIF.anchorOf, Literal(f"개체{a}은 개체{b}와 관계가 있다고 밝혔다.")))
        g.add((sent, NIF.beginIndex, Literal(k * 40, datatype=XSD.nonNegativeInteger)))
        g.add((st, KGO.origin, Literal("text")))
        g.add((st, KGO.rule, Literal("synthetic")))
        g.add((st, KGO.evidence, sent))
    return g
