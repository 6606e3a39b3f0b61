"""Records -> rdflib.Graph. The only module that calls ``Graph.add``.

Shape of the graph (see ``ontology/README.md``):

* every entity: ``rdf:type`` one core class, ``rdfs:label`` and
  ``skos:prefLabel`` in Korean, other names as ``skos:altLabel`` tagged
  ``ko``/``zh-Hant``/``zh-Hans``/``zh-Latn-pinyin``/``en``; places with
  ``owl:sameAs`` GeoNames, WGS84 coordinates and population;
* the core relations as direct triples, each with one ``kgo:Statement`` per
  article (or gazetteer) that says so: ``rdf:subject/predicate/object``,
  ``kgo:origin``, ``kgo:rule``, ``kgo:confidence`` and ``kgo:evidence`` → the
  ``kgo:Sentence`` (``nif:anchorOf``, ``nif:beginIndex``/``endIndex``);
* facts as ``kgo:Fact`` nodes (``kgo:factType``, typed ``kgo:value``, ``kgo:unit``,
  ``kgo:year``) hung on their entity with ``kgo:hasFact``;
* each article a ``kgo:Article`` that ``kgo:mentions`` every entity its text names.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.namespaces import (
    CORE_RELATIONS,
    GEONAMES,
    KGE_IRI,
    KGO,
    NIF,
    WGS84,
    bind_all,
    mint,
)
from kg.records import Article, Entity, Fact, Relation, Sentence

logger = logging.getLogger(__name__)

_DATATYPES = {
    "decimal": XSD.decimal, "integer": XSD.integer, "gYearMonth": XSD.gYearMonth,
    "date": XSD.date, "gYear": XSD.gYear, "duration": XSD.duration, "string": None,
}


@dataclass
class Corpus:
    """Everything the pipeline found, ready to be written as RDF."""

    articles: list[Article] = field(default_factory=list)
    sentences: dict[str, list[Sentence]] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    without_entities: list[str] = field(default_factory=list)  # ids of articles naming none
    gazetteers: list = field(default_factory=list)  # kg.usergaz.Source of the user files used


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


class GraphBuilder:
    """Writes a :class:`Corpus` into an rdflib dataset under an entity base IRI.

    Each article's statements (its node, sentences, mentions, relations, facts
    and their evidence) go into a named graph named by the article's IRI; the
    entities' descriptions (types, names, coordinates) and the gazetteer's
    statements into the named graph ``<base>graph/entities``.
    """

    def __init__(self, base: str = KGE_IRI) -> None:
        self.base = Namespace(base)
        self.dataset = bind_all(Dataset(), base)
        self.entities_graph = self.dataset.graph(self.base["graph/entities"])
        self.ctx: Graph = self.entities_graph
        self._minted: dict[str, URIRef] = {}

    # -- IRIs --------------------------------------------------------------------
    def entity(self, key: str) -> URIRef:
        got = self._minted.get(key)
        if got is None:
            got = self._minted[key] = mint(self.base, key)
        return got

    def _lit(self, value: object, lang: str | None = None,
             datatype: str | None = None) -> Literal:
        return Literal(value, lang=lang, datatype=datatype)

    def gazetteer(self, sha256: str) -> URIRef:
        return mint(self.base, f"gazetteer/{sha256[:16]}")

    def article(self, art_id: str) -> URIRef:
        return mint(self.base, f"article/{art_id}")

    def sentence(self, art_id: str, index: int) -> URIRef:
        return mint(self.base, f"article/{art_id}/s{index}")

    # -- writing -----------------------------------------------------------------
    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        self.ctx.add((s, p, o))

    def _in(self, art_id: str | None) -> Graph:
        return self.dataset.graph(self.article(art_id)) if art_id else self.entities_graph

    def build(self, corpus: Corpus) -> Dataset:
        # each article's entities, in key order (one pass, not one per article)
        self._named: dict[str, list[str]] = {}
        self._rules: dict[str, set[str]] = {}
        for key in sorted(corpus.entities):
            for art_id in corpus.entities[key].articles:
                self._named.setdefault(art_id, []).append(key)
        for art in corpus.articles:
            self.ctx = self._in(art.id)
            self._article(art, corpus)
        self.ctx = self.entities_graph
        for src in sorted(corpus.gazetteers, key=lambda s: s.sha256):
            node = self.gazetteer(src.sha256)
            self.add(node, RDF.type, KGO.Gazetteer)
            self.add(node, KGO.sourceFile, self._lit(src.file))
            self.add(node, KGO.contentHash, self._lit(f"sha256:{src.sha256}"))
        for key in sorted(corpus.entities):
            self._entity(corpus.entities[key])
        for rel in corpus.relations:
            self.ctx = self._in(rel.article_id if rel.origin == "text" else None)
            self._relation(rel)
        for fact in corpus.facts:
            self.ctx = self._in(fact.article_id)
            self._fact(fact)
        return self.dataset

    def _article(self, art: Article, corpus: Corpus) -> None:
        node = self.article(art.id)
        self.add(node, RDF.type, KGO.Article)
        self.add(node, DCTERMS.title, self._lit(art.title or art.id, lang="ko"))
        if art.date:
            self.add(node, DCTERMS.date, self._lit(art.date, datatype=XSD.date))
        self.add(node, KGO.contentHash, self._lit(art.content_hash))
        if art.path:
            self.add(node, KGO.sourceFile, self._lit(art.path.replace("\\", "/").split("/")[-1]))
        for sent in corpus.sentences.get(art.id, []):
            s = self.sentence(art.id, sent.index)
            self.add(node, KGO.hasSentence, s)
            self.add(s, RDF.type, KGO.Sentence)
            self.add(s, NIF.anchorOf, self._lit(sent.text))
            self.add(s, NIF.beginIndex, self._lit(sent.start, datatype=XSD.nonNegativeInteger))
            self.add(s, NIF.endIndex, self._lit(sent.end, datatype=XSD.nonNegativeInteger))
            self.add(s, KGO.inArticle, node)
        used: set[str] = set()
        for key in self._named.get(art.id, ()):
            ent = corpus.entities[key]
            if ent.mentioned:
                self.add(node, KGO.mentions, self.entity(key))
                used |= ent.derived_from
                rules = self._rules.get(key)
                if rules is None:
                    rules = self._rules[key] = {m.rule for m in ent.mentions}
                if ent.type == "MediaOutlet" and "source-line" in rules:
                    self.add(node, KGO.citesSource, self.entity(key))
                if "publisher" in rules:
                    self.add(node, KGO.publishedBy, self.entity(key))
        for sha in sorted(used):
            # names of this article were found with a user gazetteer (kg.usergaz)
            self.add(node, PROV.wasInfluencedBy, self.gazetteer(sha))

    def _entity(self, ent: Entity) -> None:
        node = self.entity(ent.key)
        self.add(node, RDF.type, KGO[ent.type])
        self.add(node, RDFS.label, self._lit(ent.label, lang="ko"))
        self.add(node, SKOS.prefLabel, self._lit(ent.label, lang="ko"))
        if ent.en:
            self.add(node, SKOS.prefLabel, self._lit(ent.en, lang="en"))
        for lang in sorted(ent.labels):
            for name in sorted(ent.labels[lang]):
                if (lang == "ko" and name == ent.label) or (lang == "en" and name == ent.en):
                    continue
                self.add(node, SKOS.altLabel, self._lit(name, lang=lang))
        if ent.geonames_id:
            self.add(node, OWL.sameAs, GEONAMES[f"{ent.geonames_id}/"])
        for iri in sorted(ent.same_as):
            self.add(node, OWL.sameAs, URIRef(iri))
        for sha in sorted(ent.derived_from):
            self.add(node, PROV.wasDerivedFrom, self.gazetteer(sha))
        if ent.lat is not None and ent.long is not None:
            self.add(node, WGS84.lat, self._lit(Decimal(str(ent.lat)), datatype=XSD.decimal))
            self.add(node, WGS84.long, self._lit(Decimal(str(ent.long)), datatype=XSD.decimal))
        if ent.population:
            self.add(node, KGO.population, self._lit(int(ent.population), datatype=XSD.integer))
        for note in sorted(set(ent.notes)):
            self.add(node, KGO.dataQualityNote, self._lit(note))
        for reading in sorted(ent.readings):
            self.add(node, KGO.sinoKoreanReading, self._lit(reading, lang="ko"))

    def _relation(self, rel: Relation) -> None:
        s, o = self.entity(rel.subject), self.entity(rel.object)
        p = KGO[rel.predicate]
        self.add(s, p, o)
        if rel.predicate == "cooperatesWith":
            # symmetric: both directions are stated, so a query needs no inference
            self.add(o, p, s)
        origin = rel.article_id if rel.origin == "text" else "gazetteer"
        st = self.base[f"statement/{_digest(rel.subject, rel.predicate, rel.object, origin)}"]
        self.add(st, RDF.type, KGO.Statement)
        self.add(st, RDF.subject, s)
        self.add(st, RDF.predicate, p)
        self.add(st, RDF.object, o)
        self.add(st, KGO.origin, self._lit(rel.origin))
        self.add(st, KGO.rule, self._lit(rel.rule))
        self.add(st, KGO.confidence, self._lit(Decimal(str(rel.confidence)), datatype=XSD.decimal))
        if rel.origin == "text" and rel.sentence is not None:
            self.add(st, KGO.evidence, self.sentence(rel.article_id, rel.sentence))

    def _fact(self, f: Fact) -> None:
        digest = _digest(f.subject, f.kind, f.value, f.unit, f.year, f.article_id)
        node = self.base[f"fact/{digest}"]
        subj = self.entity(f.subject)
        self.add(subj, KGO.hasFact, node)
        self.add(node, RDF.type, KGO.Fact)
        self.add(node, KGO.factSubject, subj)
        self.add(node, KGO.factType, self._lit(f.kind))
        dt = _DATATYPES.get(f.datatype)
        if f.kind == "role":
            self.add(node, KGO.value, self._lit(f.value, lang="ko"))
            for holder in (subj, node):
                self.add(holder, KGO.role, self._lit(f.value, lang="ko"))
                if f.gloss:
                    self.add(holder, KGO.roleEn, self._lit(f.gloss, lang="en"))
        elif f.datatype == "decimal":
            # canonical lexical form, as Turtle writes it back ("5000" -> "5000.0")
            lex = f.value if "." in f.value else f"{f.value}.0"
            self.add(node, KGO.value, self._lit(lex, datatype=dt))
        else:
            self.add(node, KGO.value, self._lit(f.value, datatype=dt))
        if f.datatype in ("gYearMonth", "date", "gYear"):
            self.add(node, KGO.date, self._lit(f.value, datatype=dt))
        if f.unit:
            self.add(node, KGO.unit, self._lit(f.unit))
        if f.surface:
            self.add(node, KGO.surface, self._lit(f.surface))
        if f.year is not None:
            self.add(node, KGO.year, self._lit(str(f.year), datatype=XSD.gYear))
        self.add(node, KGO.rule, self._lit(f.rule))
        if f.sentence is not None:
            self.add(node, KGO.evidence, self.sentence(f.article_id, f.sentence))


class QuadBuilder(GraphBuilder):
    """Like :class:`GraphBuilder`, but collects the quads as N-Quads terms (strings) in a
    set instead of an rdflib dataset: a fraction of the memory and time, for the fast
    writers of large graphs (:mod:`kg.export.fast`).

    ``quads`` holds ``(subject, predicate, object, graph)`` in N-Triples syntax; IRIs that
    recur are one string each.
    """

    def __init__(self, base: str = KGE_IRI) -> None:
        super().__init__(base)
        self.quads: set[tuple[str, str, str, str]] = set()
        self._langs: dict[str, str] = {}
        self._literals: dict[tuple, str] = {}
        self._iris: dict[str, str] = {}
        self.entities_graph = self._iri(self.base["graph/entities"])  # type: ignore[assignment]
        self.ctx = self.entities_graph  # type: ignore[assignment]

    def _iri(self, iri: str) -> str:
        got = self._iris.get(iri)
        if got is None:
            got = self._iris[iri] = f"<{iri}>"
        return got

    def _term(self, t: URIRef | Literal) -> str:
        if isinstance(t, URIRef):
            return self._iri(t)
        # as rdflib's N-Triples writer escapes them, so the bytes are the same
        lex = ('"' + str(t).replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')
               .replace("\r", "\\r") + '"')
        if t.language:
            return f"{lex}@{t.language}"
        if t.datatype is not None:
            return f"{lex}^^{self._iri(t.datatype)}"
        return lex

    def _in(self, art_id: str | None) -> str:  # type: ignore[override]
        return self._iri(self.article(art_id)) if art_id else self.entities_graph

    def _lit(self, value: object, lang: str | None = None,  # type: ignore[override]
             datatype: str | None = None) -> str:
        """The literal's N-Triples term, not an rdflib Literal (the same string
        :meth:`_term` makes of it): a string's lexical form is the string itself, so only
        its language tag is checked by rdflib (once a tag); other values are made once."""
        if datatype is None and type(value) is str and lang:
            tag = self._langs.get(lang)
            if tag is None:
                tag = self._langs[lang] = f"@{Literal('', lang=lang).language}"
            return self._escape(value) + tag
        if datatype is None and type(value) is str and lang is None:
            return self._escape(value)
        # by the value's repr: Decimal("1.0") == Decimal("1.00"), but their lexical forms differ
        key = (type(value), value if type(value) is str else repr(value), lang, datatype)
        got = self._literals.get(key)
        if got is None:
            got = self._literals[key] = self._term(Literal(value, lang=lang, datatype=datatype))
        return got

    @staticmethod
    def _escape(lexical: str) -> str:
        return ('"' + lexical.replace("\\", "\\\\").replace("\n", "\\n")
                .replace('"', '\\"').replace("\r", "\\r") + '"')

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal | str) -> None:
        # a str that is no URIRef is a term _lit made
        term = o if type(o) is str else self._term(o)  # type: ignore[arg-type]
        self.quads.add((self._iri(s), self._iri(p), term, self.ctx))  # type: ignore[arg-type]

    def build(self, corpus: Corpus) -> set[tuple[str, str, str, str]]:  # type: ignore[override]
        super().build(corpus)
        self._iris.clear()
        self._literals.clear()
        return self.quads


def build_quads(corpus: Corpus, base: str = KGE_IRI) -> set[tuple[str, str, str, str]]:
    """The quads of ``corpus`` as N-Triples term strings (see :class:`QuadBuilder`)."""
    return QuadBuilder(base).build(corpus)


def build_dataset(corpus: Corpus, base: str = KGE_IRI) -> Dataset:
    """Write ``corpus`` as an rdflib dataset: one named graph per article."""
    return GraphBuilder(base).build(corpus)


def union(dataset: Dataset, base: str = KGE_IRI) -> Graph:
    """All triples of a dataset's graphs in one graph."""
    graph = bind_all(Graph(), base)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def build_graph(corpus: Corpus, base: str = KGE_IRI) -> Graph:
    """Write ``corpus`` as one rdflib graph (the union of the dataset's graphs)."""
    return union(build_dataset(corpus, base), base)


def core_triples(graph: Graph) -> Iterable[tuple]:
    """The core-relation triples of a graph (for summaries)."""
    for rel in sorted(CORE_RELATIONS):
        yield from graph.triples((None, KGO[rel], None))
