"""Evidence, facts and many articles (issue 4)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import RDFS, SKOS, Graph, URIRef

from kg.cli import main
from kg.evaluate import norm

from .conftest import DATA

KGO = "https://w3id.org/kg-china/ontology#"
PREFIXES = f"""
PREFIX kgo: <{KGO}>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
"""
# the query documented in ontology/README.md: every relation with its sentence
EVIDENCE = PREFIXES + """
SELECT ?s ?p ?o ?sentence ?rule ?confidence WHERE {
  ?s ?p ?o .
  ?st a kgo:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
      kgo:origin "text" ; kgo:rule ?rule ; kgo:confidence ?confidence ;
      kgo:evidence/nif:anchorOf ?sentence .
}"""
CORE = ["cooperatesWith", "locatedIn", "establishes", "issuedBy", "designatedBy", "partOf",
        "memberOf", "inSector", "investsIn"]
EXTRA = [DATA / "extra-sk-wuxi-2016.txt", DATA / "extra-yancheng-2017.txt"]
BUNDLED = DATA / "csf-2015-07-16.txt"


@pytest.fixture(scope="module")
def graph(bundled: Path) -> Graph:
    return Graph().parse(bundled / "graph.ttl")


def _label(g: Graph, node: object) -> set[str]:
    return {str(o) for p in (RDFS.label, SKOS.prefLabel, SKOS.altLabel) for o in g.objects(node, p)}


@pytest.mark.parametrize(
    ("subject", "prop", "obj", "words"),
    [
        ("포켓모바일", "cooperatesWith", "창룽그룹", "제휴"),
        ("과학기술서비스업 육성에 관한 약간의견", "issuedBy", "국무원", "내세움"),
        ("시범지역", "designatedBy", "과학기술부", "선정"),
        ("자오젠린", "memberOf", "과학기술부", "부부장"),
        ("중관춘", "partOf", "시범지역", "포함"),
    ],
    ids=["cooperation", "issued", "designated", "member", "part"],
)
def test_each_relation_comes_with_its_korean_sentence(graph: Graph, subject: str, prop: str,
                                                      obj: str, words: str) -> None:
    def named(node: object, name: str) -> bool:
        return norm(name) in {norm(x) for x in _label(graph, node)}

    rows = [r for r in graph.query(EVIDENCE) if str(r.p) == KGO + prop and (
        (named(r.s, subject) and named(r.o, obj))
        or (prop == "cooperatesWith" and named(r.o, subject) and named(r.s, obj)))]
    assert rows, f"no evidence for {subject} {prop} {obj}"
    assert any(words in str(r.sentence) for r in rows), [str(r.sentence) for r in rows]
    assert all(0 < float(r.confidence) <= 1 for r in rows)


def test_every_text_relation_has_evidence(graph: Graph) -> None:
    with_evidence = {(r.s, r.p, r.o) for r in graph.query(EVIDENCE)}
    statements = PREFIXES + """
    SELECT ?s ?p ?o ?origin WHERE { ?st a kgo:Statement ; rdf:subject ?s ; rdf:predicate ?p ;
                                    rdf:object ?o ; kgo:origin ?origin }"""
    origin = {}
    for r in graph.query(statements):
        origin.setdefault((r.s, r.p, r.o), set()).add(str(r.origin))
    core = [(s, URIRef(KGO + p), o) for p in CORE
            for s, o in graph.subject_objects(URIRef(KGO + p))]
    assert core
    for t in core:
        back = (t[2], t[1], t[0])
        found = origin.get(t, set()) | origin.get(back, set())
        assert found, f"{t} has no statement"
        if "text" in found:
            assert t in with_evidence or back in with_evidence


def _facts(g: Graph) -> list[dict]:
    q = PREFIXES + """
    SELECT ?e ?type ?value ?unit ?year WHERE {
      ?e kgo:hasFact ?f . ?f kgo:factType ?type ; kgo:value ?value .
      OPTIONAL { ?f kgo:unit ?unit } OPTIONAL { ?f kgo:year ?year } }"""
    return [{"labels": {norm(x) for x in _label(g, r.e)}, "type": str(r.type),
             "value": r.value, "unit": str(r.unit or ""), "year": str(r.year or "")}
            for r in g.query(q)]


GOLD = json.loads((DATA / "csf-2015-07-16.json").read_text(encoding="utf-8"))
NAMES = {e["key"]: {norm(n) for n in e["names"]} for e in GOLD["entities"]}
GOLD_FACTS = [f for f in GOLD["facts"] if f["what"] != "name_mismatch"
              and f["s"] not in ("rd_base", "luoyang_project")]


@pytest.mark.parametrize("fact", GOLD_FACTS, ids=[f"{f['s']}-{f['what']}" for f in GOLD_FACTS])
def test_gold_facts_are_in_the_graph(graph: Graph, fact: dict) -> None:
    facts = [f for f in _facts(graph) if f["labels"] & NAMES[fact["s"]]
             and f["type"] == fact["what"]]
    assert facts, f"no {fact['what']} fact on {fact['s']}"
    want = fact["value"]
    ok = []
    for f in facts:
        v = f["value"].toPython()
        if isinstance(want, (int, float)) and not isinstance(want, bool):
            same = Decimal(str(v)) == Decimal(str(want))
        else:
            same = str(v) == str(want)
        same = same and f["unit"] == fact.get("unit", f["unit"]) and \
            f["year"] == str(fact.get("year", ""))
        ok.append(same)
    assert any(ok), (fact, facts)


def test_date_facts_are_typed(graph: Graph) -> None:
    q = PREFIXES + """SELECT ?d WHERE { ?f kgo:factType "date" ; kgo:value ?d }"""
    types = {str(r.d.datatype).split("#")[-1] for r in graph.query(q)}
    assert types <= {"date", "gYearMonth", "gYear"} and "gYearMonth" in types


def test_name_mismatch_is_noted(graph: Graph) -> None:
    q = PREFIXES + """SELECT ?n WHERE { ?p a kgo:Person ; kgo:dataQualityNote ?n }"""
    notes = [str(r.n) for r in graph.query(q)]
    assert any("曹健林" in n and "차오젠린" in n for n in notes), notes


def _build(tmp: Path, *inputs: Path, name: str) -> Path:
    out = tmp / name
    assert main(["build", *map(str, inputs), "-o", str(out), "--formats", "turtle,trig"]) == 0
    return out


def test_input_order_does_not_matter(tmp_path: Path) -> None:
    a = _build(tmp_path, BUNDLED, *EXTRA, name="abc")
    b = _build(tmp_path, EXTRA[1], BUNDLED, EXTRA[0], name="cab")
    for f in ("graph.ttl", "graph.trig"):
        assert (a / f).read_bytes() == (b / f).read_bytes()


@pytest.mark.parametrize("one", [BUNDLED, *EXTRA], ids=["bundled", "wuxi", "yancheng"])
def test_adding_articles_keeps_every_triple(tmp_path: Path, one: Path) -> None:
    alone = Graph().parse(_build(tmp_path, one, name="one") / "graph.ttl")
    together = Graph().parse(_build(tmp_path, BUNDLED, *EXTRA, name="all") / "graph.ttl")
    missing = set(alone) - set(together)
    assert not missing, sorted(missing)[:5]


def test_shared_entities_merge_across_articles(tmp_path: Path) -> None:
    g = Graph().parse(_build(tmp_path, BUNDLED, *EXTRA, name="all") / "graph.ttl")
    q = PREFIXES + """
    SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a kgo:mentions ?e } GROUP BY ?e"""
    shared = {str(r.e).rsplit("/", 2)[-2:][-1]: int(r.n) for r in g.query(q) if int(r.n) > 1}
    # the State Council, Shandong, Shanghai (bundled + Yancheng); MOST, Suzhou (bundled + Wuxi)
    for key in ("state_council", "CN-SD", "CN-SH", "most", "1886760"):
        assert key in shared, sorted(shared)


def test_trig_has_one_named_graph_per_article(tmp_path: Path) -> None:
    out = _build(tmp_path, BUNDLED, *EXTRA, name="all")
    store = pyoxigraph.Store()
    store.load((out / "graph.trig").read_bytes(), format=pyoxigraph.RdfFormat.TRIG)
    names = sorted(g.value for g in store.named_graphs())
    articles = [n for n in names if "/article/" in n]
    assert [n.rsplit("/", 1)[-1] for n in articles] == [
        "csf-2015-07-16", "extra-sk-wuxi-2016", "extra-yancheng-2017"]
    # an article's graph holds its own statements: its sentences and their evidence
    q = f"""SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{articles[0]}> {{
        ?st <{KGO}evidence> ?s . ?s <{KGO}inArticle> <{articles[0]}> }} }}"""
    assert int(next(iter(store.query(q)))["n"].value) > 20
    ttl = Graph().parse(out / "graph.ttl")
    assert len({(q.subject, q.predicate, q.object) for q in store}) == len(ttl)


def test_jsonl_metadata_and_content_hash(tmp_path: Path) -> None:
    rows = [{"id": "wuxi", "title": "SK하이닉스 우시 공장 증설", "date": "2016-04-11",
             "publisher": "CSF", "text": (DATA / "extra-sk-wuxi-2016.txt").read_text("utf-8")}]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    g = Graph().parse(_build(tmp_path, src, name="jsonl") / "graph.ttl")
    q = PREFIXES + """PREFIX dcterms: <http://purl.org/dc/terms/>
    SELECT ?t ?d ?h WHERE { ?a a kgo:Article ; dcterms:title ?t ; dcterms:date ?d ;
                             kgo:contentHash ?h }"""
    (row,) = list(g.query(q))
    assert (str(row.t), str(row.d)) == ("SK하이닉스 우시 공장 증설", "2016-04-11")
    assert len(str(row.h)) == 64
