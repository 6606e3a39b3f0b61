"""The shipped ontology (ontology/kg.ttl) and SHACL shapes (ontology/shapes.ttl)."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pyoxigraph
import pytest
from pyshacl import validate
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SH, SKOS

from kg.namespaces import KGE_IRI, KGO, KGO_IRI, ONTOLOGY_IRI, ORG, WGS84

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
EXAMPLE = ROOT / "tests" / "data" / "shapes_example.ttl"

# plain Namespaces: pytest probes module globals, and rdflib's SDO and XSD warn on that
SDO = Namespace("https://schema.org/")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
PROV = Namespace("http://www.w3.org/ns/prov#")
KGE = Namespace(KGE_IRI)
ARTICLE = URIRef(KGE_IRI + "article/csf-2015-07-16")
STATEMENT_1 = URIRef(KGE_IRI + "statement/1")

KGO_TERMS = sorted(name for name in KGO.__annotations__ if not name.startswith("_"))
DECLARATION_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}

CORE_CLASSES = [
    "Firm", "GovernmentBody", "Organization", "MediaOutlet", "Country", "Province",
    "City", "Park", "Policy", "Project", "Person", "Sector", "Article",
]  # fmt: skip

ALIGNMENTS = [
    ("Firm", SDO.Corporation),
    ("Firm", ORG.FormalOrganization),
    ("GovernmentBody", SDO.GovernmentOrganization),
    ("Organization", ORG.Organization),
    ("MediaOutlet", SDO.NewsMediaOrganization),
    ("Country", SDO.Country),
    ("Province", SDO.AdministrativeArea),
    ("City", SDO.City),
    ("Park", SDO.Place),
    ("Policy", SDO.Legislation),
    ("Project", SDO.Project),
    ("Person", SDO.Person),
    ("Sector", SKOS.Concept),
    ("Article", SDO.NewsArticle),
    # our own hierarchy
    ("Firm", KGO.Agent),
    ("GovernmentBody", KGO.Agent),
    ("Organization", KGO.Agent),
    ("MediaOutlet", KGO.Agent),
    ("Person", KGO.Agent),
    ("Agent", PROV.Agent),
    ("Country", KGO.Place),
    ("Province", KGO.Place),
    ("City", KGO.Place),
    ("Park", KGO.Place),
    ("Place", SDO.Place),
    ("Sentence", NIF.Sentence),
    ("Statement", RDF.Statement),
    ("Statement", PROV.Entity),
    ("Fact", PROV.Entity),
    ("Extraction", PROV.Activity),
    ("Gazetteer", PROV.Entity),
]


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


@pytest.fixture(scope="module")
def example() -> Graph:
    return Graph().parse(EXAMPLE, format="turtle")


def _langs(graph: Graph, subject: URIRef, predicate: URIRef) -> set[str]:
    return {
        obj.language
        for obj in graph.objects(subject, predicate)
        if isinstance(obj, Literal) and obj.language
    }


# --- kg.ttl ------------------------------------------------------------------


def test_ontology_parses_with_rdflib_and_oxigraph(ontology: Graph) -> None:
    store = pyoxigraph.Store()
    store.load(path=str(ONTOLOGY), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(ontology) > 0
    assert len(store) == len(ontology)


def test_ontology_header(ontology: Graph) -> None:
    onto = URIRef(ONTOLOGY_IRI)
    assert (onto, RDF.type, OWL.Ontology) in ontology
    assert "en" in _langs(ontology, onto, DCTERMS.title)
    assert ontology.value(onto, DCTERMS.description) is not None
    assert ontology.value(onto, DCTERMS.license) == URIRef(
        "https://creativecommons.org/licenses/by/4.0/"
    )
    assert str(ontology.value(onto, OWL.versionInfo)) == "0.1.0"


@pytest.mark.parametrize("name", KGO_TERMS)
def test_every_kgo_term_is_declared_and_labelled(ontology: Graph, name: str) -> None:
    term = URIRef(KGO_IRI + name)
    types = set(ontology.objects(term, RDF.type))
    assert types & DECLARATION_TYPES, f"kgo:{name} has no OWL declaration"
    assert {"ko", "en"} <= _langs(ontology, term, RDFS.label), f"kgo:{name} lacks labels"
    assert {"ko", "en"} <= _langs(ontology, term, RDFS.comment), f"kgo:{name} lacks comments"


def test_kg_ttl_uses_no_kgo_term_outside_namespaces_py(ontology: Graph) -> None:
    known = {URIRef(KGO_IRI + name) for name in KGO_TERMS}
    used = {
        node
        for triple in ontology
        for node in triple
        if isinstance(node, URIRef) and str(node).startswith(KGO_IRI)
    }
    assert used - known == set()


def test_classes_and_properties_have_the_right_kind(ontology: Graph) -> None:
    kinds = {
        OWL.Class: {name for name in KGO_TERMS if name[0].isupper()},
        OWL.ObjectProperty: {
            "cooperatesWith", "locatedIn", "establishes", "issuedBy", "designatedBy",
            "partOf", "memberOf", "inSector", "investsIn", "mentions", "citesSource",
            "publishedBy", "hasFact", "hasSentence", "evidence", "inArticle", "factSubject",
        },
    }  # fmt: skip
    kinds[OWL.DatatypeProperty] = set(KGO_TERMS) - kinds[OWL.Class] - kinds[OWL.ObjectProperty]
    for kind, names in kinds.items():
        for name in names:
            assert (URIRef(KGO_IRI + name), RDF.type, kind) in ontology, (name, kind)
    assert (KGO.cooperatesWith, RDF.type, OWL.SymmetricProperty) in ontology
    assert (KGO.locatedIn, RDF.type, OWL.TransitiveProperty) in ontology


@pytest.mark.parametrize(
    ("name", "standard"), ALIGNMENTS, ids=[f"{n}-{s.n3()}" for n, s in ALIGNMENTS]
)
def test_class_reaches_its_standard_class(ontology: Graph, name: str, standard: URIRef) -> None:
    query = "ASK { ?cls rdfs:subClassOf* ?std }"
    result = ontology.query(
        query, initNs={"rdfs": RDFS}, initBindings={"cls": URIRef(KGO_IRI + name), "std": standard}
    )
    assert result.askAnswer, f"kgo:{name} is not rdfs:subClassOf* {standard.n3()}"


def test_every_core_class_is_aligned(ontology: Graph) -> None:
    aligned = {name for name, standard in ALIGNMENTS if not str(standard).startswith(KGO_IRI)}
    assert set(CORE_CLASSES) <= aligned


def test_property_alignments(ontology: Graph) -> None:
    expected = [
        (KGO.locatedIn, SDO.containedInPlace),
        (KGO.issuedBy, SDO.legislationPassedBy),
        (KGO.partOf, DCTERMS.isPartOf),
        (KGO.memberOf, SDO.memberOf),
        (KGO.inSector, DCTERMS.subject),
        (KGO.mentions, SDO.mentions),
        (KGO.citesSource, DCTERMS.source),
        (KGO.publishedBy, DCTERMS.publisher),
        (KGO.evidence, PROV.wasDerivedFrom),
        (KGO.inArticle, DCTERMS.isPartOf),
    ]
    for prop, parent in expected:
        assert (prop, RDFS.subPropertyOf, parent) in ontology, (prop, parent)
    assert (KGO.hasFact, OWL.inverseOf, KGO.factSubject) in ontology
    assert (KGO.hasSentence, OWL.inverseOf, KGO.inArticle) in ontology


# --- shapes.ttl ----------------------------------------------------------------


def _validate(data: Graph, shapes: Graph, ontology: Graph) -> tuple[bool, set[str], str]:
    conforms, report, text = validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="none"
    )
    messages = {str(msg) for msg in report.objects(None, SH.resultMessage)}
    return bool(conforms), messages, text


def test_shapes_parse_with_rdflib_and_oxigraph(shapes: Graph) -> None:
    store = pyoxigraph.Store()
    store.load(path=str(SHAPES), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(shapes) > 0


def test_example_conforms(example: Graph, shapes: Graph, ontology: Graph) -> None:
    conforms, _, text = _validate(example, shapes, ontology)
    assert conforms, text


def test_example_conforms_without_the_ontology(example: Graph, shapes: Graph) -> None:
    conforms, _, text = validate(example, shacl_graph=shapes, inference="none")
    assert conforms, text


def _drop_ko_label(g: Graph) -> None:
    g.remove((KGE.harbin, RDFS.label, None))


def _ko_latn_only_preflabel(g: Graph) -> None:
    g.remove((KGE.harbin, SKOS.prefLabel, Literal("하얼빈", lang="ko")))
    g.add((KGE.harbin, SKOS.prefLabel, Literal("Ha'erbin", lang="ko-Latn")))


def _confidence_too_high(g: Graph) -> None:
    g.set((STATEMENT_1, KGO.confidence, Literal(Decimal("1.5"))))


def _drop_content_hash(g: Graph) -> None:
    g.remove((ARTICLE, KGO.contentHash, None))


def _bad_content_hash(g: Graph) -> None:
    g.set((ARTICLE, KGO.contentHash, Literal("not-a-hash")))


def _located_in_sector(g: Graph) -> None:
    g.add((KGE.harbin_bonded, KGO.locatedIn, KGE.s_ecommerce))


def _text_statement_without_evidence(g: Graph) -> None:
    g.remove((STATEMENT_1, KGO.evidence, None))


def _unknown_origin(g: Graph) -> None:
    g.set((STATEMENT_1, KGO.origin, Literal("guess")))


def _unasserted_statement(g: Graph) -> None:
    g.remove((KGE.pocketmobile, KGO.cooperatesWith, KGE.changlong))


def _two_core_types(g: Graph) -> None:
    g.add((KGE.most, RDF.type, KGO.Organization))


def _untyped_object(g: Graph) -> None:
    g.add((KGE.changlong, KGO.investsIn, KGE.nowhere))


def _member_of_from_firm(g: Graph) -> None:
    g.add((KGE.changlong, KGO.memberOf, KGE.most))


def _issued_by_from_firm(g: Graph) -> None:
    g.add((KGE.changlong, KGO.issuedBy, KGE.state_council))


def _alt_label_without_language(g: Graph) -> None:
    g.add((KGE.harbin, SKOS.altLabel, Literal("Harbin")))


def _latitude_out_of_range(g: Graph) -> None:
    g.set((KGE.harbin, WGS84.lat, Literal(Decimal("145.75"))))


def _sentence_without_article(g: Graph) -> None:
    g.remove((URIRef(str(ARTICLE) + "/s4"), KGO.inArticle, None))


def _fact_without_value(g: Graph) -> None:
    g.remove((URIRef(KGE_IRI + "fact/1"), KGO.value, None))


def _year_as_integer(g: Graph) -> None:
    g.set((URIRef(KGE_IRI + "fact/3"), KGO.year, Literal(2020)))


BROKEN: list[tuple[str, Callable[[Graph], None], str]] = [
    ("entity-without-ko-label", _drop_ko_label,
     "An entity must have an rdfs:label in Korean (@ko)."),
    ("ko-latn-is-not-ko", _ko_latn_only_preflabel,
     "An entity must have a skos:prefLabel in Korean (@ko)."),
    ("confidence-1.5", _confidence_too_high,
     "kgo:confidence must be an xsd:decimal from 0 to 1."),
    ("article-without-content-hash", _drop_content_hash,
     "An article must have exactly one kgo:contentHash."),
    ("content-hash-not-hex", _bad_content_hash,
     "kgo:contentHash must be a SHA-256 digest: 64 lower-case hex digits."),
    ("located-in-a-sector", _located_in_sector,
     "kgo:locatedIn must point at a kgo:Country, kgo:Province, kgo:City or kgo:Park."),
    ("text-statement-without-evidence", _text_statement_without_evidence,
     'A statement with kgo:origin "text" must have kgo:evidence.'),
    ("unknown-origin", _unknown_origin, 'kgo:origin must be "text" or "gazetteer".'),
    ("statement-not-asserted", _unasserted_statement,
     "The triple a statement reifies must be asserted in the graph."),
    ("two-core-types", _two_core_types,
     "An entity must have exactly one rdf:type among the twelve core entity classes "
     "(Firm ... Sector)."),
    ("untyped-relation-object", _untyped_object,
     "An entity must have exactly one rdf:type among the twelve core entity classes "
     "(Firm ... Sector)."),
    ("member-of-from-a-firm", _member_of_from_firm,
     "Only a kgo:Person can be kgo:memberOf something."),
    ("issued-by-from-a-firm", _issued_by_from_firm,
     "Only a kgo:Policy or kgo:Project can be kgo:issuedBy something."),
    ("alt-label-without-language", _alt_label_without_language,
     "An entity's skos:altLabel values must be language-tagged: "
     "ko, ko-Latn, zh-Hant, zh-Hans, zh-Latn-pinyin or en."),
    ("latitude-out-of-range", _latitude_out_of_range,
     "geo:lat must be a single xsd:decimal from -90 to 90."),
    ("sentence-without-article", _sentence_without_article,
     "A sentence must be kgo:inArticle exactly one kgo:Article."),
    ("fact-without-value", _fact_without_value, "A fact must have exactly one kgo:value."),
    ("year-as-integer", _year_as_integer, "kgo:year must be an xsd:gYear."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("mutate", "message"),
    [(mutate, message) for _, mutate, message in BROKEN],
    ids=[name for name, _, _ in BROKEN],
)
def test_broken_variant_does_not_conform(
    example: Graph,
    shapes: Graph,
    ontology: Graph,
    mutate: Callable[[Graph], None],
    message: str,
) -> None:
    data = Graph()
    data += example
    mutate(data)
    assert len(data) != len(example) or set(data) != set(example), "the mutation changed nothing"
    conforms, messages, text = _validate(data, shapes, ontology)
    assert not conforms
    assert message in messages, text


def test_shape_messages_exist(shapes: Graph) -> None:
    """Every message a test expects is written in shapes.ttl, word for word."""
    written = {str(msg) for msg in shapes.objects(None, SH.message)}
    assert {message for _, _, message in BROKEN} <= written


def test_ontology_and_shapes_agree_on_xsd(ontology: Graph, shapes: Graph) -> None:
    """The ranges the ontology declares are the datatypes the shapes demand; the datatypes
    outside OWL 2 RL (xsd:gYear, rdf:langString) are only in the shapes."""
    assert ontology.value(KGO.population, RDFS.range) == XSD.integer
    assert ontology.value(KGO.confidence, RDFS.range) == XSD.decimal
    assert ontology.value(KGO.year, RDFS.range) is None
    assert ontology.value(KGO.role, RDFS.range) is None
    demanded = {(shapes.value(node, SH.path), shapes.value(node, SH.datatype))
                for node in shapes.subjects(SH.datatype, None)}
    assert {(KGO.population, XSD.integer), (KGO.confidence, XSD.decimal),
            (KGO.year, XSD.gYear), (KGO.role, RDF.langString)} <= demanded


# --- ontology/README.md --------------------------------------------------------


def _readme_queries() -> tuple[str, list[str]]:
    text = (ROOT / "ontology" / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```(\w*)\n(.*?)```", text, flags=re.DOTALL)
    prefixes = next(body for lang, body in blocks if not lang and body.startswith("PREFIX"))
    return prefixes, [body for lang, body in blocks if lang == "sparql"]


README_PREFIXES, README_QUERIES = _readme_queries()


@pytest.mark.parametrize("query", README_QUERIES, ids=range(len(README_QUERIES)))
def test_readme_query_answers_on_the_example(example: Graph, query: str) -> None:
    rows = list(example.query(README_PREFIXES + query))
    assert rows, "rdflib found nothing"
    store = pyoxigraph.Store()
    store.load(path=str(EXAMPLE), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(list(store.query(README_PREFIXES + query))) == len(rows)
