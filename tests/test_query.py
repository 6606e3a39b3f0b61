"""``kg query``: the saved queries' rows, engines that agree, formats, errors."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from kg import query, store
from kg.cli import main
from kg.evaluate import load_graph
from kg.namespaces import KGE_IRI

from .conftest import ARTICLES, ROOT

QUERIES = sorted((ROOT / "queries").glob("*.rq"))
NAMES = [q.stem for q in QUERIES]


def plain(term: object) -> str:
    """A result term as the rows below write it: literal values, IRIs under kge: shortened."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return term.value.replace(KGE_IRI, "kge:")
    return term.value


def rows(paths: list[Path], name: str, params: dict[str, str] | None = None) -> list[tuple]:
    text = query.set_params((ROOT / "queries" / f"{name}.rq").read_text(encoding="utf-8"),
                            params or {})
    res = query.run(store.load(paths), text)
    names = [v.value for v in res.variables]
    return [tuple(plain(sol[v]) for v in names) for sol in res]


def test_every_saved_query_opens_with_its_question_and_declares_its_prefixes() -> None:
    assert len(QUERIES) == 8
    for q in QUERIES:
        text = q.read_text(encoding="utf-8")
        assert text.startswith("# ") and len(text.splitlines()[0]) > 30, q.name
        # runs without the project's prefixes: any SPARQL endpoint can take the file as it is
        ox.Store().query(text)


# --- the saved queries on the bundled article, row by row ------------------------------

def test_korean_firms_and_their_chinese_partners(bundled: Path) -> None:
    assert rows([bundled / "graph.ttl"], "korean-firms-chinese-partners") == [
        ("포켓모바일", "창룽그룹", "Firm", "哈爾賓昌隆集團"),
    ]


def test_parks_by_province_and_city_with_their_sectors(bundled: Path) -> None:
    luoyang = [("허난", "뤄양", "한중기술산업타운", s) for s in (
        "글로벌 전자상거래", "문화관광", "미용", "바이오제약", "전력", "전자정보", "첨단장비제조",
        "헬스케어")]
    assert rows([bundled / "graph.ttl"], "parks") == [
        ("", "", "우한동후", ""),
        ("", "", "톈진빈하이", ""),
        ("", "베이징", "중관춘", ""),
        ("", "상하이", "장강", ""),
        ("", "쿠안탄", "콴탄산업단지", ""),
        ("광둥", "선전", "난산", ""),
        ("광시", "친저우", "친저우산업단지", ""),
        ("장쑤", "쑤저우", "쑤저우공업단지", ""),
        *luoyang,
        ("헤이룽장", "하얼빈", "하얼빈 종합보세구", ""),
    ]


def test_policies_by_issuing_body_and_date(bundled: Path) -> None:
    assert rows([bundled / "graph.ttl"], "policies") == [
        ("", "2015-07-16", "일대일로"),
        ("국무원", "2014-10", "과학기술서비스업 육성에 관한 약간의견"),
        ("베이징", "2015-06", "수도 과학기술서비스업 발전에 관한 실시의견"),
    ]


HARBIN = [
    ("in", "https://w3id.org/kg-china/ontology#locatedIn", "kge:firm/창룽그룹", "창룽그룹"),
    ("in", "https://w3id.org/kg-china/ontology#locatedIn", "kge:park/하얼빈종합보세구",
     "하얼빈 종합보세구"),
    ("in", "https://w3id.org/kg-china/ontology#mentions", "kge:article/csf-2015-07-16", ""),
    ("out", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
     "https://w3id.org/kg-china/ontology#City", ""),
    ("out", "http://www.w3.org/2000/01/rdf-schema#label", "하얼빈", ""),
    ("out", "http://www.w3.org/2002/07/owl#sameAs", "https://sws.geonames.org/2037013/", ""),
    ("out", "http://www.w3.org/2003/01/geo/wgs84_pos#lat", "45.75", ""),
    ("out", "http://www.w3.org/2003/01/geo/wgs84_pos#long", "126.65", ""),
    ("out", "http://www.w3.org/2004/02/skos/core#altLabel", "Ha'erbin", ""),
    ("out", "http://www.w3.org/2004/02/skos/core#altLabel", "Ha'erbin", ""),
    ("out", "http://www.w3.org/2004/02/skos/core#altLabel", "Hā'ěrbīn", ""),
    ("out", "http://www.w3.org/2004/02/skos/core#altLabel", "哈尔滨", ""),
    ("out", "http://www.w3.org/2004/02/skos/core#altLabel", "哈爾濱", ""),
    ("out", "http://www.w3.org/2004/02/skos/core#altLabel", "합이빈", ""),
    ("out", "http://www.w3.org/2004/02/skos/core#prefLabel", "Harbin", ""),
    ("out", "http://www.w3.org/2004/02/skos/core#prefLabel", "하얼빈", ""),
    ("out", "https://w3id.org/kg-china/ontology#locatedIn", "kge:province/CN-HL", "헤이룽장"),
    ("out", "https://w3id.org/kg-china/ontology#population", "5242897", ""),
    ("out", "https://w3id.org/kg-china/ontology#sinoKoreanReading", "합이빈", ""),
]
SCRIPTS = {"hanzi-traditional": "哈爾濱", "hanzi-simplified": "哈尔滨", "hangul": "하얼빈",
           "english": "Harbin", "pinyin": "Hā'ěrbīn", "sino-korean": "합이빈"}


@pytest.mark.parametrize("name", SCRIPTS.values(), ids=SCRIPTS.keys())
def test_everything_about_one_entity_by_any_of_its_names(bundled: Path, name: str) -> None:
    got = rows([bundled / "graph.trig"], "entity", {"name": name})
    assert {r[0] for r in got} == {"kge:city/2037013"}
    assert [r[1:] for r in got] == HARBIN


EVIDENCE = """\
과학기술부 locatedIn 중국
과학기술서비스업 육성에 관한 약간의견 inSector 기술금융|기술보급|기술서비스업|기술이전|기술컨설팅|연구개발|인증테스트|지식재산권|창업 인큐베이터
과학기술서비스업 육성에 관한 약간의견 issuedBy 국무원
난산 locatedIn 선전
난산 partOf 시범지역
뤄양 locatedIn 허난
선양 partOf 시범지역
수도 과학기술서비스업 발전에 관한 실시의견 inSector 기술서비스업
수도 과학기술서비스업 발전에 관한 실시의견 issuedBy 베이징
시범지역 designatedBy 과학기술부
시안 partOf 시범지역
쑤저우공업단지 locatedIn 쑤저우
우한동후 partOf 시범지역
자오젠린 memberOf 과학기술부
장강 locatedIn 상하이
장강 partOf 시범지역
정보과학기술회사 locatedIn 하얼빈 종합보세구
중관춘 locatedIn 베이징
중관춘 partOf 시범지역
중국 cooperatesWith 말레이시아|싱가폴|아세안|한국
창룽그룹 cooperatesWith 포켓모바일
창룽그룹 establishes 정보과학기술회사
창룽그룹 inSector 광고 뉴미디어|교육|금융|농업|라디오TV방송|소프트웨어 연구개발|의료|전자상거래
창룽그룹 locatedIn 하얼빈
청두 partOf 시범지역
충칭 partOf 시범지역
친저우산업단지 locatedIn 친저우
콴탄산업단지 locatedIn 쿠안탄
톈진빈하이 partOf 시범지역
포켓모바일 establishes 정보과학기술회사
포켓모바일 locatedIn 한국
하얼빈 종합보세구 locatedIn 하얼빈
한중기술산업타운 inSector 글로벌 전자상거래|문화관광|미용|바이오제약|전력|전자정보|첨단장비제조|헬스케어
한중기술산업타운 locatedIn 뤄양
"""


def _expand(table: str) -> list[tuple[str, str, str]]:
    out = []
    for line in table.strip().splitlines():
        rel = next(r for r in (" inSector ", " issuedBy ", " partOf ", " locatedIn ",
                               " designatedBy ", " memberOf ", " cooperatesWith ",
                               " establishes ") if r in line)
        subject, objects = line.split(rel)
        out.extend((subject, rel.strip(), o) for o in objects.split("|"))
    return out


def test_the_sentence_behind_each_relation(bundled: Path) -> None:
    got = rows([bundled / "graph.ttl"], "evidence")
    assert [r[:3] for r in got] == _expand(EVIDENCE)
    assert {r[6] for r in got} == {"kge:article/csf-2015-07-16"}
    by = {(r[0], r[1], r[2]): r for r in got}
    firm = by[("포켓모바일", "locatedIn", "한국")]
    assert firm[3:6] == ("0.75", "place-before-name", firm[5])
    assert firm[5].startswith("최근 한국의 포켓모바일(pocketmobile)사는 하얼빈 창룽그룹")
    assert by[("중국", "cooperatesWith", "한국")][5] == "중국 기술서비스업의 발전과 한중 협력"


def test_people_and_their_posts(bundled: Path) -> None:
    (row,) = rows([bundled / "graph.ttl"], "people")
    assert row[:4] == ("자오젠린", "과학기술부", "부부장", "Vice Minister")
    assert row[4].startswith("중국과학기술부(科學技術部, MOST)자오젠린(曹健林) 부부장은")


def test_what_changed_between_two_dates(bundled: Path) -> None:
    assert rows([bundled / "graph.ttl"], "articles-between") == [
        ("2015-07-16", "중국 기술서비스업의 발전과 한중 협력", "77", "59", "59")]
    assert rows([bundled / "graph.ttl"], "articles-between",
                {"from": "2016-01-01", "to": "2016-12-31"}) == []


def test_what_changed_between_two_dates_in_a_corpus(built: dict[str, Path]) -> None:
    paths = [built[a] / "graph.trig" for a in ARTICLES]
    assert rows(paths, "articles-between", {"from": "2015-01-01", "to": "2018-12-31"}) == [
        ("2015-07-16", "중국 기술서비스업의 발전과 한중 협력", "77", "59", "59"),
        ("2015-10-23", "LG화학 난징 배터리 공장 준공", "18", "23", "23"),
        ("2017-07-20", "현대자동차, 충칭 공장 가동으로 중국 서부 공략", "14", "12", "12"),
    ]


def test_entities_named_in_the_most_articles(bundled: Path, built: dict[str, Path]) -> None:
    one = rows([bundled / "graph.ttl"], "most-mentioned")
    assert len(one) == 20 and {r[2] for r in one} == {"1"}
    assert one[:4] == [("고속철", "Sector", "1"), ("과학기술부", "GovernmentBody", "1"),
                       ("과학기술서비스업", "Sector", "1"),
                       ("과학기술서비스업 육성에 관한 약간의견", "Policy", "1")]
    five = rows([built[a] / "graph.trig" for a in ARTICLES], "most-mentioned")
    assert five[:4] == [("중국", "Country", "5"), ("국무원", "GovernmentBody", "3"),
                        ("전자정보", "Sector", "3"), ("한국", "Country", "3")]


# --- rdflib and Oxigraph give the same answers ------------------------------------------

def _rdflib_key(term: object) -> tuple:
    from rdflib import Literal, URIRef

    if term is None:
        return ()
    if isinstance(term, URIRef):
        return ("iri", str(term))
    assert isinstance(term, Literal)
    lang = term.language
    return ("lit", str(term), lang.lower() if lang else None,
            None if lang else str(term.datatype or "http://www.w3.org/2001/XMLSchema#string"))


@pytest.mark.parametrize("q", QUERIES, ids=NAMES)
def test_rdflib_and_oxigraph_answer_alike(built: dict[str, Path], q: Path) -> None:
    from .stores import local_select

    paths = [built[a] / "graph.trig" for a in ARTICLES]
    text = q.read_text(encoding="utf-8")
    mine = local_select(paths, text)
    res = load_graph(*paths).query(text)
    theirs = [tuple(_rdflib_key(row[v]) for v in res.vars) for row in res]
    assert mine, q.name
    assert mine == theirs  # same rows in the same order (every saved query orders them)


# --- the command line -------------------------------------------------------------------

POLICIES = "SELECT ?p ?l WHERE { ?p a kgo:Policy ; rdfs:label ?l } ORDER BY ?l"


def _run(capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, str, str]:
    code = main(["query", *argv])
    out, err = capsys.readouterr()
    return code, out, err


FILES = {"turtle": "graph.ttl", "trig": "graph.trig", "nquads": "graph.nq"}


@pytest.mark.parametrize("fmt", FILES, ids=FILES)
def test_any_rdf_format_gives_the_same_answer(bundled: Path, capsys: pytest.CaptureFixture,
                                              fmt: str) -> None:
    code, out, _ = _run(capsys, str(bundled / FILES[fmt]), POLICIES, "--format", "tsv")
    assert code == 0
    assert out.splitlines()[0] == "?p\t?l" and len(out.splitlines()) == 4


def test_several_files_of_several_formats_merge(bundled: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture) -> None:
    g = Graph().parse(bundled / "graph.ttl")
    g.serialize(tmp_path / "graph.jsonld", format="json-ld")
    g.serialize(tmp_path / "graph.rdf", format="xml")
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    code, out, _ = _run(capsys, str(bundled / "graph.nq"), str(tmp_path / "graph.jsonld"),
                        str(tmp_path / "graph.rdf"), str(bundled / "graph.trig"), count)
    assert code == 0
    assert int(out.splitlines()[1]) == len(g)  # the default graph is the merge, each once
    code, out, _ = _run(capsys, str(bundled / "graph.trig"),
                        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g "
                        "ORDER BY ?g")
    assert [line.split("\t")[0] for line in out.splitlines()[1:]] == [
        f"<{KGE_IRI}article/csf-2015-07-16>", f"<{KGE_IRI}graph/entities>"]


def test_w3c_result_formats(bundled: Path, capsys: pytest.CaptureFixture) -> None:
    graph = str(bundled / "graph.ttl")
    _, out, _ = _run(capsys, graph, POLICIES, "--format", "json")
    doc = json.loads(out)
    assert doc["head"]["vars"] == ["p", "l"] and len(doc["results"]["bindings"]) == 3
    assert doc["results"]["bindings"][0]["l"] == {
        "type": "literal", "value": "과학기술서비스업 육성에 관한 약간의견", "xml:lang": "ko"}
    _, out, _ = _run(capsys, graph, POLICIES, "--format", "xml")
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    assert len(ET.fromstring(out).findall(".//r:result", ns)) == 3
    _, out, _ = _run(capsys, graph, POLICIES, "--format", "csv")
    table = list(csv.reader(io.StringIO(out)))
    assert table[0] == ["p", "l"] and table[1][1] == "과학기술서비스업 육성에 관한 약간의견"
    _, out, _ = _run(capsys, graph, POLICIES, "--format", "tsv")
    assert out.splitlines()[1].endswith('\t"과학기술서비스업 육성에 관한 약간의견"@ko')
    _, out, _ = _run(capsys, graph, "ASK { ?p a kgo:Policy }", "--format", "json")
    assert json.loads(out) == {"head": {}, "boolean": True}


@pytest.mark.parametrize("fmt", ["turtle", "nt"], ids=["turtle", "nt"])
def test_graph_results_as_turtle_or_ntriples(bundled: Path, capsys: pytest.CaptureFixture,
                                             fmt: str) -> None:
    construct = "CONSTRUCT { ?p a kgo:Policy ; rdfs:label ?l } WHERE { ?p a kgo:Policy ; " \
        "rdfs:label ?l }"
    code, out, _ = _run(capsys, str(bundled / "graph.ttl"), construct, "--format", fmt)
    assert code == 0
    assert len(Graph().parse(data=out, format=fmt)) == 6
    code, again, _ = _run(capsys, str(bundled / "graph.ttl"), construct, "--format", fmt)
    assert again == out  # deterministic
    if fmt == "turtle":
        assert "@prefix kgo: <https://w3id.org/kg-china/ontology#> ." in out


def _cells(line: str) -> str:
    """The line as screen cells: a wide (Hangul, Hanzi) character fills two."""
    return "".join(c * (2 if unicodedata.east_asian_width(c) in "WF" else 1) for c in line)


def test_table_columns_line_up_with_hangul_and_hanzi(bundled: Path,
                                                     capsys: pytest.CaptureFixture) -> None:
    q = "SELECT ?zh ?ko WHERE { ?e skos:altLabel ?zh ; rdfs:label ?ko . " \
        "FILTER (lang(?zh) = 'zh-hant') } ORDER BY ?ko LIMIT 6"
    code, out, _ = _run(capsys, str(bundled / "graph.ttl"), q, "--format", "table")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["zh", "ko"] and lines[-1].strip() == "6 rows"
    body = [_cells(ln) for ln in lines[2:-1]]
    assert len(body) >= 6 and any("@ko" in ln for ln in body) and any("關" in ln for ln in body)
    assert len({len(ln) for ln in [_cells(lines[0]), *body]}) == 1, out  # same screen width
    col = lines[0].index("ko")
    # the second column starts at the same screen column on every line
    assert all(ln[col - 1] == " " and ln[col] != " " for ln in body), out


def test_an_empty_result_says_so(bundled: Path, capsys: pytest.CaptureFixture) -> None:
    code, out, err = _run(capsys, str(bundled / "graph.ttl"),
                          "SELECT ?x WHERE { ?x a kgo:Nothing }", "--format", "tsv")
    assert code == 0 and out == "?x\n" and "no results" in err
    code, out, _ = _run(capsys, str(bundled / "graph.ttl"),
                        "SELECT ?x WHERE { ?x a kgo:Nothing }", "--format", "table")
    assert out.splitlines()[0].strip() == "x" and out.splitlines()[-1] == "no results"


def test_a_long_query_on_one_line_is_a_query(bundled: Path,
                                             capsys: pytest.CaptureFixture) -> None:
    """A one-line query longer than a file name may be is run, not taken for a path."""
    long = "SELECT ?p WHERE { ?p a kgo:Policy . " + " ".join(
        f"OPTIONAL {{ ?p rdfs:label ?l{i} }}" for i in range(12)) + " } LIMIT 1"
    assert len(long.encode()) > 255
    code, out, err = _run(capsys, str(bundled / "graph.ttl"), long, "--format", "tsv")
    assert code == 0, err
    assert out.splitlines()[0].startswith("?p")


def test_a_syntax_error_shows_line_and_column(bundled: Path, tmp_path: Path) -> None:
    rq = tmp_path / "broken.rq"
    rq.write_text("SELECT ?p WHERE {\n  ?p a kgo:Policy .\n  FILTER (?p = }\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "query", str(bundled / "graph.ttl"),
                           "-f", str(rq)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and proc.stdout == ""
    (line,) = proc.stderr.strip().splitlines()
    assert "line 3, column 3" in line and "FILTER (?p = }" in line, line


BAD = {
    "missing": ("nothing.ttl", None, "no such file"),
    "unknown-format": ("graph.xyz", "<a:b> <a:c> <a:d> .", "unknown rdf format"),
    "broken-turtle": ("broken.ttl", "<a:b> <a:c> \n <a:d> <a:e> .", "line 2"),
    "broken-nquads": ("broken.nq", "<a:b> <a:c> <a:d> <a:g> <a:h> .", "not valid n-quads"),
}


@pytest.mark.parametrize("case", BAD, ids=BAD)
def test_a_bad_graph_file_is_one_line_naming_it(tmp_path: Path, capsys: pytest.CaptureFixture,
                                                case: str) -> None:
    name, content, problem = BAD[case]
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    code, out, err = _run(capsys, str(path), "ASK {}")
    assert code == 1 and out == ""
    (line,) = err.strip().splitlines()
    assert str(path) in line and problem in line.lower(), line


def test_updates_and_unknown_parameters_are_refused(bundled: Path,
                                                    capsys: pytest.CaptureFixture) -> None:
    graph = str(bundled / "graph.ttl")
    code, _, err = _run(capsys, graph, "DELETE WHERE { ?s ?p ?o }")
    assert code == 1 and "updates are not run" in err
    code, _, err = _run(capsys, graph, "-f", str(ROOT / "queries" / "parks.rq"), "-p", "name=x")
    assert code == 1 and "VALUES ?name" in err


def test_prefixes_are_bound_and_may_be_redeclared(bundled: Path,
                                                  capsys: pytest.CaptureFixture) -> None:
    graph = str(bundled / "graph.ttl")
    code, out, _ = _run(capsys, graph, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a kgo:Policy ;"
                        " skos:prefLabel ?l ; kgo:sinoKoreanReading ?r }")
    assert code == 0 and out.splitlines()[1] == "3"
    code, out, _ = _run(capsys, graph, "PREFIX kgo: <https://w3id.org/kg-china/ontology#> "
                        "SELECT (COUNT(?p) AS ?n) WHERE { ?p a kgo:Policy }")
    assert code == 0 and out.splitlines()[1] == "3"
