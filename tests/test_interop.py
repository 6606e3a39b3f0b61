"""Interoperability (issue 11): every export read by independent parsers, compact JSON-LD
through its context, SHACL validation in plain words, the ontology in OWL 2 RL closed by
owlrl and checked by HermiT (owlready2), and IRIs every parser accepts."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import OWL, RDF, RDFS, BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.cli import main
from kg.export.convert import FORMATS
from kg.namespaces import CORE_CLASSES, CORE_RELATIONS, KGE_IRI, KGO, KGO_IRI, bind_all, mint
from kg.relations.schema import SCHEMA

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "exports" / "graph.trig"
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
CONTEXT = ROOT / "ontology" / "context.jsonld"
BROKEN = ROOT / "tests" / "data" / "broken_statements.ttl"
KGE = KGE_IRI
ON_CI = bool(os.environ.get("CI"))

OX_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
              "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
              "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML}
RDFLIB_FORMATS = {"turtle": "turtle", "nt": "nt", "trig": "trig", "nquads": "nquads",
                  "jsonld": "json-ld", "rdfxml": "xml"}
RAPPER = {"turtle": "turtle", "nt": "ntriples", "trig": "trig", "nquads": "nquads",
          "rdfxml": "rdfxml"}
SERDI = {"turtle": "turtle", "nt": "ntriples", "trig": "trig", "nquads": "nquads"}
QUADS = {"trig", "nquads"}


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if ON_CI:
            pytest.fail(f"{name} is missing (.ci/run installs it)")
        pytest.skip(f"{name} is not installed (Debian: see .ci/run)")
    return path


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The bundled article's graph, through ``kg export``, in every format."""
    out = tmp_path_factory.mktemp("export")
    files = {}
    for fmt, ext in FORMATS.items():
        path = out / f"graph.{ext}"
        assert main(["export", str(BUNDLED), "--format", fmt, "-o", str(path)]) == 0
        files[fmt] = path
    return files


@pytest.fixture(scope="module")
def bundled() -> Graph:
    graph = Graph()
    for s, p, o, _ in Dataset().parse(BUNDLED, format="trig").quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


# --- every format, at least two parsers, the same count -------------------------


def _rdflib(path: Path, fmt: str) -> tuple[int, int]:
    """(statements, distinct triples) as rdflib reads them."""
    ds = Dataset()
    ds.parse(path, format=RDFLIB_FORMATS[fmt])
    quads = {(s, p, o, g) for s, p, o, g in ds.quads((None, None, None, None))}
    return len(quads), len({q[:3] for q in quads})


def _oxigraph(path: Path, fmt: str) -> tuple[int, int]:
    quads = set(ox.parse(path.read_bytes(), format=OX_FORMATS[fmt]))
    return len(quads), len({q.triple for q in quads})


def _rapper(path: Path, fmt: str) -> int:
    done = subprocess.run([_tool("rapper"), "-q", "-i", RAPPER[fmt], "-o", "nquads", str(path)],
                          capture_output=True, text=True, timeout=120, check=True)
    return len(set(done.stdout.splitlines()))


def _serdi(path: Path, fmt: str) -> int:
    out = "nquads" if fmt in QUADS else "ntriples"
    done = subprocess.run([_tool("serdi"), "-q", "-i", SERDI[fmt], "-o", out, str(path)],
                          capture_output=True, text=True, timeout=120, check=True)
    return len(set(done.stdout.splitlines()))


@pytest.mark.parametrize("fmt", ["turtle", "nt", "trig", "nquads", "rdfxml", "jsonld"])
def test_export_parses_alike_in_independent_parsers(
        exported: dict[str, Path], bundled: Graph, fmt: str) -> None:
    path = exported[fmt]
    statements, triples = _rdflib(path, fmt)
    assert triples == len(bundled)
    assert _oxigraph(path, fmt) == (statements, triples)
    readers = 2
    if fmt in RAPPER:
        assert _rapper(path, fmt) == statements
        readers += 1
    if fmt in SERDI:
        assert _serdi(path, fmt) == statements
        readers += 1
    assert readers >= 2


def test_quad_exports_keep_the_named_graphs(exported: dict[str, Path]) -> None:
    names = {q.graph_name for q in ox.parse(exported["nquads"].read_bytes(),
                                            format=ox.RdfFormat.N_QUADS)}
    assert ox.NamedNode(KGE + "article/csf-2015-07-16") in names
    assert ox.NamedNode(KGE + "graph/entities") in names


def test_exports_are_deterministic_and_convert_back(
        exported: dict[str, Path], tmp_path: Path) -> None:
    again = tmp_path / "again.jsonld"
    assert main(["export", str(exported["rdfxml"]), "-o", str(again)]) == 0
    assert again.read_bytes() == exported["jsonld"].read_bytes()
    back = tmp_path / "back.ttl"
    assert main(["export", str(exported["jsonld"]), "-o", str(back)]) == 0
    assert back.read_bytes() == exported["turtle"].read_bytes() == (
        ROOT / "exports" / "graph.ttl").read_bytes()


def _projection(graph: Graph) -> tuple[set[str], set[tuple[str, str, str]]]:
    core = {KGO[c] for c in CORE_CLASSES}
    nodes = {str(s) for s, o in graph.subject_objects(RDF.type) if o in core}
    edges = {(str(s), rel, str(o)) for rel in CORE_RELATIONS
             for s, o in graph.subject_objects(KGO[rel]) if str(s) in nodes and str(o) in nodes}
    return nodes, edges


def test_graphml_reads_in_networkx_and_lxml(exported: dict[str, Path], bundled: Graph) -> None:
    from lxml import etree

    nodes, edges = _projection(bundled)
    net = nx.read_graphml(exported["graphml"])
    # GraphML ids are tokens (n0, n1...): the IRI is the ``iri`` attribute
    iri = {n: d["iri"] for n, d in net.nodes(data=True)}
    assert set(iri.values()) == nodes and len(iri) == len(nodes)
    assert {(iri[s], d["property"], iri[o]) for s, o, d in net.edges(data=True)} == edges
    luoyang = next(d for d in net.nodes.values() if d["iri"] == KGE + "city/1801792")
    assert {luoyang[k] for k in ("label_ko", "label_zh", "type")} == {"뤄양", "洛阳", "City"}
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    tree = etree.parse(str(exported["graphml"]))
    assert len(tree.xpath("//g:node", namespaces=ns)) == len(nodes)
    assert len(tree.xpath("//g:edge", namespaces=ns)) == len(edges)


def test_gexf_is_gexf_1_2_and_reads_in_networkx_and_lxml(
        exported: dict[str, Path], bundled: Graph) -> None:
    from lxml import etree

    nodes, edges = _projection(bundled)
    net = nx.read_gexf(exported["gexf"])
    assert set(net.nodes) == nodes
    assert {(s, d["property"], o) for s, o, d in net.edges(data=True)} == edges
    ns = {"g": "http://www.gexf.net/1.2draft"}
    root = etree.parse(str(exported["gexf"])).getroot()
    assert root.tag == "{http://www.gexf.net/1.2draft}gexf" and root.get("version") == "1.2"
    ids = {n.get("id") for n in root.xpath("//g:node", namespaces=ns)}
    assert ids == nodes
    for edge in root.xpath("//g:edge", namespaces=ns):
        assert {edge.get("source"), edge.get("target")} <= ids
    declared = {a.get("id") for a in root.xpath("//g:attribute", namespaces=ns)}
    assert {v.get("for") for v in root.xpath("//g:attvalue", namespaces=ns)} <= declared
    # no date stamp: the same graph gives the same bytes on any day
    assert root.find("g:meta", ns).get("lastmodifieddate") is None


# --- compact JSON-LD ------------------------------------------------------------


def test_jsonld_is_compact_with_readable_keys(exported: dict[str, Path]) -> None:
    doc = json.loads(exported["jsonld"].read_text(encoding="utf-8"))
    assert doc["@context"] == json.loads(CONTEXT.read_text(encoding="utf-8"))["@context"]
    nodes = {n["id"]: n for n in doc["@graph"]}
    luoyang = nodes[KGE + "city/1801792"]
    assert luoyang["type"] == "City"
    assert luoyang["label"] == {"ko": "뤄양"}
    assert luoyang["altLabel"]["zh-Hans"] == "洛阳"
    assert luoyang["locatedIn"] == KGE + "province/CN-HA"
    keys = {k for n in doc["@graph"] for k in n}
    assert not [k for k in keys if k.startswith("http")], "a key left as a full IRI"


def test_jsonld_expands_back_through_the_shipped_context(
        exported: dict[str, Path], tmp_path: Path) -> None:
    """Without its inline context, the document expands with ontology/context.jsonld alone."""
    turtle = Graph().parse(exported["turtle"], format="turtle")
    doc = json.loads(exported["jsonld"].read_text(encoding="utf-8"))
    bare = {"@graph": doc["@graph"]}
    context = json.loads(CONTEXT.read_text(encoding="utf-8"))
    expanded = Graph().parse(data=json.dumps(bare), format="json-ld", context=context)
    assert len(expanded) == len(turtle)
    assert isomorphic(expanded, turtle)
    # the same with the context put back in by hand, read by Oxigraph
    with_context = tmp_path / "with-context.jsonld"
    with_context.write_text(json.dumps({**context, **bare}, ensure_ascii=False), encoding="utf-8")
    assert len(set(ox.parse(with_context.read_bytes(), format=ox.RdfFormat.JSON_LD))) == len(
        turtle)


def test_context_has_a_term_for_every_kgo_term_and_every_predicate(bundled: Graph) -> None:
    context = json.loads(CONTEXT.read_text(encoding="utf-8"))["@context"]
    ids = {(v["@id"] if isinstance(v, dict) else v) for v in context.values()}
    names = [n for n in KGO.__annotations__ if not n.startswith("_")]
    assert {f"kgo:{n}" for n in names} <= ids
    prefixes = {k: v for k, v in context.items() if isinstance(v, str) and v.endswith(("#", "/"))}

    def compact(iri: str) -> str:
        for prefix, ns in prefixes.items():
            if iri.startswith(ns) and prefix not in ("kge", "gn"):
                return f"{prefix}:{iri[len(ns):]}"
        return iri

    missing = {compact(str(p)) for p in set(bundled.predicates())} - ids - {"rdf:type"}
    assert not missing


# --- SHACL: kg validate, kg build --strict --------------------------------------


def test_validate_passes_the_bundled_graph(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(["validate", str(BUNDLED)], capsys)
    assert code == 0, err
    assert "conform" in out and not err


def test_validate_names_node_rule_and_value(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["validate", str(BUNDLED), str(BROKEN)], capsys)
    assert code == 1
    lines = err.splitlines()
    assert lines[-1] == f"kg: {BUNDLED}, {BROKEN}: 4 violation(s) of ontology/shapes.ttl"

    def line(*parts: str) -> str:
        found = [ln for ln in lines if all(p in ln for p in parts)]
        assert found, f"no line with {parts}:\n{err}"
        return found[0]

    # a park without a label: named by its IRI and class
    line("<kge:park/이름없는단지> (kgo:Park, no Korean label)",
         "An entity must have an rdfs:label in Korean (@ko).")
    # issuedBy a sector: the policy by its Korean label, the sector as the value
    line("수도 과학기술서비스업 발전에 관한 실시의견 <kge:policy/",
         "kgo:issuedBy must point at an issuer",
         "(kgo:issuedBy = 전자정보 <kge:sector/전자정보>)")
    # an amount that is not a decimal: the fact by what it is about, the value as written
    line("<kge:fact/broken-amount> (a fact about 창룽그룹 <kge:firm/창룽그룹>)",
         "An amount (a fact in a currency, an investment, area or capacity) must be an "
         "xsd:decimal (or xsd:integer).", '(value = "3억 위안")')
    assert len([ln for ln in lines if ln.startswith("kg: violation:")]) == 4  # 2 for the park


def test_validate_a_bad_file_is_one_line(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    code, out, err = _run(["validate", str(bad)], capsys)
    assert code == 1 and not out
    assert err.startswith(f"kg: error: {bad}: not valid Turtle") and err.count("\n") == 1


STRICT_ARTICLE = "한국의 포켓모바일은 중국 하얼빈의 창룽그룹과 협력한다고 밝혔다.\n"


def test_build_strict_writes_a_conforming_graph(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    art = tmp_path / "a.txt"
    art.write_text(STRICT_ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = _run(["build", str(art), "-o", str(out), "--formats", "turtle", "--strict",
                         "-g", str(ROOT / "kg" / "sample" / "gazetteer.csv")], capsys)
    assert code == 0, err
    assert (out / "graph.ttl").is_file()
    graph = Graph().parse(out / "graph.ttl")
    assert (None, RDF.type, KGO.Gazetteer) in graph  # the user gazetteer's node conforms too
    _assert_declared(graph)


def test_build_strict_refuses_a_graph_that_fails(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Shapes that ask for more than the builder writes (a population for every firm)."""
    from kg import validate

    shapes = tmp_path / "shapes.ttl"
    shapes.write_text((ROOT / "ontology" / "shapes.ttl").read_text(encoding="utf-8") + """
kgsh:FirmPopulationShape a sh:NodeShape ; sh:targetClass kgo:Firm ;
    sh:property [ sh:path kgo:population ; sh:minCount 1 ;
                  sh:message "A firm needs a population." ] .
""", encoding="utf-8")
    monkeypatch.setattr(validate, "SHAPES_PATH", shapes)
    validate.shapes.cache_clear()
    art = tmp_path / "a.txt"
    art.write_text(STRICT_ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_bytes(b"old")
    try:
        code, stdout, err = _run(["build", str(art), "-o", str(out), "--formats", "turtle",
                                  "--strict"], capsys)
    finally:
        validate.shapes.cache_clear()
    assert code == 1 and not stdout
    assert "창룽그룹 <kge:firm/창룽그룹>: A firm needs a population. (kgo:population)" in err
    assert err.splitlines()[-1].endswith("nothing written")
    assert (out / "graph.ttl").read_bytes() == b"old"


# --- the ontology: declared terms, OWL 2 RL, owlrl, HermiT ----------------------

BUILTIN = (str(RDF), str(RDFS), str(OWL))


def _assert_declared(graph: Graph) -> None:
    ontology = Graph().parse(ONTOLOGY)
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}
    terms = set(graph.predicates()) | set(graph.objects(None, RDF.type))
    undeclared = {t for t in terms if not str(t).startswith(BUILTIN)
                  and not set(ontology.objects(t, RDF.type)) & kinds}
    assert not undeclared


def test_every_term_the_build_writes_is_declared(bundled: Graph) -> None:
    _assert_declared(bundled)


# The datatypes of OWL 2 RL (OWL 2 Profiles, section 4.2): rdfs:Literal and these.
RL_DATATYPES = {str(RDF.PlainLiteral), str(RDF.XMLLiteral), str(RDFS.Literal)} | {
    "http://www.w3.org/2001/XMLSchema#" + n for n in (
        "decimal integer nonNegativeInteger nonPositiveInteger positiveInteger negativeInteger "
        "long int short byte unsignedLong unsignedInt unsignedShort unsignedByte double float "
        "string normalizedString token language Name NCName NMTOKEN boolean hexBinary "
        "base64Binary anyURI dateTime dateTimeStamp").split()}


def test_ontology_stays_in_owl2_rl() -> None:
    ontology = Graph().parse(ONTOLOGY)
    outside = {OWL.unionOf, OWL.oneOf, OWL.withRestrictions, OWL.onDatatype, OWL.complementOf,
               OWL.someValuesFrom, OWL.minCardinality, OWL.cardinality}
    assert not [t for t in ontology if t[1] in outside]
    for prop, rng in ontology.subject_objects(RDFS.range):
        if (prop, RDF.type, OWL.DatatypeProperty) in ontology:
            assert str(rng) in RL_DATATYPES, (prop, rng)
        assert not isinstance(rng, BNode), prop
    for prop, dom in ontology.subject_objects(RDFS.domain):
        assert not isinstance(dom, BNode), prop
    assert (KGO.locatedIn, RDF.type, OWL.TransitiveProperty) in ontology
    assert (KGO.cooperatesWith, RDF.type, OWL.SymmetricProperty) in ontology


def _superclasses(ontology: Graph, name: str) -> set[URIRef]:
    return set(ontology.transitive_objects(KGO[name], RDFS.subClassOf))


@pytest.mark.parametrize("prop", sorted(SCHEMA))
def test_domain_and_range_fit_every_use_the_builder_allows(prop: str) -> None:
    ontology = Graph().parse(ONTOLOGY)
    subjects, objects = SCHEMA[prop]
    for axiom, types in ((RDFS.domain, subjects), (RDFS.range, objects)):
        for cls in ontology.objects(KGO[prop], axiom):
            misfits = sorted(t for t in types if cls not in _superclasses(ontology, t))
            assert not misfits, f"kgo:{prop} {axiom.n3()} {cls.n3()} does not fit {misfits}"


@pytest.fixture(scope="module")
def closed(bundled: Graph) -> tuple[Graph, Graph]:
    """owlrl's OWL 2 RL closure of ontology + graph, the graph's reverse cooperations removed."""
    import owlrl

    data = Graph()
    data += bundled
    seen = set()
    for s, o in sorted(data.subject_objects(KGO.cooperatesWith)):
        if (o, s) in seen:
            data.remove((s, KGO.cooperatesWith, o))
        seen.add((s, o))
    graph = bind_all(Graph().parse(ONTOLOGY))
    graph += data
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False,
                           datatype_axioms=False).expand(graph)
    return data, graph


def test_owlrl_closure_adds_the_hops_and_both_directions(closed: tuple[Graph, Graph]) -> None:
    data, graph = closed
    errors = list(graph.objects(None, URIRef("http://www.daml.org/2002/03/agents/agent-ont#error")))
    assert not errors
    town = next(s for s, o in data.subject_objects(RDFS.label) if str(o) == "한중기술산업타운")
    henan, china = URIRef(KGE + "province/CN-HA"), URIRef(KGE + "country/CN")
    assert (town, KGO.locatedIn, URIRef(KGE + "city/1801792")) in data
    for place in (henan, china):
        assert (town, KGO.locatedIn, place) not in data
        assert (town, KGO.locatedIn, place) in graph
    one_way = [(s, o) for s, o in data.subject_objects(KGO.cooperatesWith)
               if (o, KGO.cooperatesWith, s) not in data]
    assert one_way, "the fixture removed no reverse direction"
    for s, o in one_way:
        assert (o, KGO.cooperatesWith, s) in graph


def test_owlrl_closure_still_conforms_to_the_shapes(closed: tuple[Graph, Graph]) -> None:
    from kg import validate

    _, graph = closed
    ontology = Graph().parse(ONTOLOGY)
    data = Graph()
    for t in graph:  # the data part: the ontology's own axioms are not entities
        if (t[0], None, None) not in ontology:
            data.add(t)
    assert validate.validate(bind_all(data)) == []


def test_owlrl_reports_a_range_that_does_not_fit(bundled: Graph) -> None:
    """A firm in the sector slot becomes a sector too: disjoint classes, an inconsistency."""
    import owlrl

    graph = Graph().parse(ONTOLOGY)
    graph += bundled
    graph.add((URIRef(KGE + "firm/창룽그룹"), KGO.inSector, URIRef(KGE + "firm/포켓모바일")))
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False,
                           datatype_axioms=False).expand(graph)
    errors = [str(e) for e in graph.objects(
        None, URIRef("http://www.daml.org/2002/03/agents/agent-ont#error"))]
    assert any("Firm" in e and "Sector" in e for e in errors), errors


def _hermit(tmp_path: Path, data: Graph) -> None:
    """Load ontology and data with owlready2 and run its HermiT (raises when inconsistent)."""
    owlready2 = pytest.importorskip("owlready2")
    _tool("java")
    onto_nt, data_nt = tmp_path / "kg.nt", tmp_path / "data.nt"
    Graph().parse(ONTOLOGY).serialize(onto_nt, format="nt", encoding="utf-8")
    data.serialize(data_nt, format="nt", encoding="utf-8")
    world = owlready2.World()
    onto = world.get_ontology(onto_nt.as_uri()).load(format="ntriples")
    world.get_ontology(data_nt.as_uri()).load(format="ntriples")
    assert len(list(onto.classes())) >= len(CORE_CLASSES)
    # xsd:gYear, xsd:gYearMonth, xsd:date values are outside the OWL 2 datatype map
    owlready2.sync_reasoner_hermit(world, infer_property_values=True,
                                   ignore_unsupported_datatypes=True, debug=0)
    town = world[KGE + "park/한중기술산업타운"]
    hops = {str(p.iri) for p in town.locatedIn}
    assert {KGE + "province/CN-HA", KGE + "country/CN"} <= hops


def test_hermit_finds_ontology_and_graph_consistent(tmp_path: Path, bundled: Graph) -> None:
    _hermit(tmp_path, bundled)


def test_hermit_finds_a_misfit_inconsistent(tmp_path: Path, bundled: Graph) -> None:
    owlready2 = pytest.importorskip("owlready2")
    data = Graph()
    data += bundled
    data.add((URIRef(KGE + "firm/창룽그룹"), KGO.inSector, URIRef(KGE + "firm/포켓모바일")))
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        _hermit(tmp_path, data)


# --- IRIs that every parser accepts ---------------------------------------------

HOSTILE_KEYS = [
    pytest.param("firm/삼성 전자", id="space"),
    pytest.param('x<>"{}|\\^`y', id="iri-delimiters"),
    pytest.param("a\x00b\x1f\x7fc\x85d", id="controls"),
    pytest.param("tab\there\nnew\rline", id="whitespace"),
    pytest.param("%EC%84%9C", id="percent-encoded-hangul"),
    pytest.param("서", id="hangul"),
    pytest.param("a/../b/.", id="dot-segments"),
    pytest.param("\u200b\ufeff\u202ez", id="invisible-and-bidi"),
    pytest.param("#frag?q=1&r", id="gen-delims"),
    pytest.param("\ud800x", id="lone-surrogate"),
]


@pytest.mark.parametrize("key", HOSTILE_KEYS)
def test_minted_iris_parse_in_rdflib_oxigraph_rapper_and_serdi(key: str,
                                                                tmp_path: Path) -> None:
    from kg.export import turtle

    subject, obj = mint(KGE, key), mint(KGE, f"city/{key}")
    graph = bind_all(Graph())
    graph.add((subject, RDFS.label, Literal("이름", lang="ko")))
    graph.add((subject, KGO.locatedIn, obj))
    for fmt, ox_fmt, rapper, serdi in (("turtle", ox.RdfFormat.TURTLE, "turtle", "turtle"),
                                       ("nt", ox.RdfFormat.N_TRIPLES, "ntriples", "ntriples"),
                                       ("xml", ox.RdfFormat.RDF_XML, "rdfxml", None)):
        path = tmp_path / f"g.{fmt}"
        path.write_bytes(turtle.serialize(graph, fmt))
        parsed = Graph().parse(path, format=fmt)
        assert set(parsed) == set(graph), fmt
        assert {q.subject.value for q in ox.parse(path.read_bytes(), format=ox_fmt)} == {
            str(subject)}
        done = subprocess.run([_tool("rapper"), "-q", "-i", rapper, "-o", "ntriples", str(path)],
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 0 and len(done.stdout.splitlines()) == 2, (fmt, done.stderr)
        if serdi:
            done = subprocess.run([_tool("serdi"), "-i", serdi, "-o", "ntriples", str(path)],
                                  capture_output=True, text=True, timeout=60)
            assert done.returncode == 0 and len(done.stdout.splitlines()) == 2, (fmt, done.stderr)


def test_hangul_is_kept_readable_and_only_escapes_are_encoded() -> None:
    """One way per name: Hangul as it is, a literal '%' always escaped, so no two names meet."""
    from urllib.parse import unquote

    assert str(mint(KGE, "firm/창룽그룹")) == KGE + "firm/창룽그룹"
    assert mint(KGE, "%EC%84%9C") != mint(KGE, "서")
    for param in HOSTILE_KEYS:
        key = param.values[0]
        path = str(mint(KGE, key))[len(KGE):]
        if "\ud800" not in key:
            assert unquote(path) == key
        hangul = [ch for ch in key if "\uac00" <= ch <= "\ud7a3"]
        assert all(ch in path for ch in hangul)  # kept as they are, never percent-encoded


def test_bundled_iris_have_no_percent_encoded_hangul(bundled: Graph) -> None:
    iris = {str(n) for t in bundled for n in t if isinstance(n, URIRef)}
    assert not [i for i in iris if "%" in i]
    assert any("\uac00" <= ch <= "\ud7a3" for i in iris for ch in i)
    assert all(str(t).startswith(KGO_IRI) for t in bundled.objects(None, RDF.type))


@pytest.mark.parametrize(("args", "code", "message"), [
    pytest.param(["missing.ttl"], 1, "kg: error: missing.ttl: no such file", id="missing-input"),
    pytest.param([str(BUNDLED), "--format", "yaml"], 2, "kg: error: unknown format 'yaml'",
                 id="unknown-format"),
    pytest.param([str(ROOT / "tests" / "data" / "csf-2015-07-16.txt")], 1,
                 f"kg: error: {ROOT / 'tests' / 'data' / 'csf-2015-07-16.txt'}: not valid "
                 "N-Triples: line 1, column 1:", id="not-rdf"),
])
def test_export_faults_are_one_line_and_write_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], code: int,
        message: str) -> None:
    out = tmp_path / "out.ttl"
    got, stdout, err = _run(["export", *args, "-o", str(out)], capsys)
    assert got == code and not stdout
    assert err.startswith(message) and err.count("\n") == 1
    assert not out.exists() and not list(tmp_path.iterdir())
