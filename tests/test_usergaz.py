"""User gazetteers (issue 8): ``kg build --gazetteer FILE.csv`` and ``kg.build(gazetteer=)``."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, SKOS

import kg
from kg.cli import main
from kg.gazetteer import builtin, gazetteer
from kg.namespaces import KGE, KGO
from kg.usergaz import GazetteerError, load

DATA = Path(__file__).parent / "data" / "gazetteers"
FIRMS = DATA / "firms.csv"
NOCUE = DATA / "nocue.txt"  # 루미나크: no type cue at all; 소라빛 회장: a person guess
FORMS = DATA / "article.txt"  # 루미나크 with a particle, in a · list, glossed, before a post
FIRM = KGE["firm/루미나크"]
WIKIDATA = URIRef("https://www.wikidata.org/entity/Q99999901")


def _firms_named(graph, label: str) -> set:
    return {s for s in graph.subjects(SKOS.prefLabel, Literal(label, lang="ko"))
            if (s, RDF.type, KGO.Firm) in graph}


def test_api_types_a_firm_only_with_the_gazetteer_and_forgets_it_after() -> None:
    assert not _firms_named(kg.build([NOCUE]), "루미나크")
    g = kg.build([NOCUE], gazetteer=FIRMS)
    assert _firms_named(g, "루미나크") == {FIRM}
    assert (FIRM, OWL.sameAs, WIKIDATA) in g
    alt = set(g.objects(FIRM, SKOS.altLabel)) | set(g.objects(FIRM, SKOS.prefLabel))
    assert {Literal("Luminark", lang="en"), Literal("路米納克", lang="zh-Hant"),
            Literal("路米纳克", lang="zh-Hans")} <= alt
    # the user's entry beats the guess that 소라빛 (before 회장) is a person
    assert _firms_named(g, "소라빛") == {KGE["firm/소라빛"]}
    assert (KGE["person/소라빛"], None, None) not in g
    # a second build in the same process, without the gazetteer, no longer knows the firm
    again = kg.build([NOCUE])
    assert not _firms_named(again, "루미나크")
    assert (KGE["person/소라빛"], RDF.type, KGO.Person) in again
    assert gazetteer() is builtin() and "firm/루미나크" not in builtin().records


def test_cli_builds_with_the_gazetteer_byte_identically(tmp_path: Path) -> None:
    a, b, plain = tmp_path / "a", tmp_path / "b", tmp_path / "plain"
    for out in (a, b):
        assert main(["build", str(NOCUE), "--gazetteer", str(FIRMS), "-o", str(out),
                     "--formats", "turtle"]) == 0
    assert (a / "graph.ttl").read_bytes() == (b / "graph.ttl").read_bytes()
    ttl = (a / "graph.ttl").read_text(encoding="utf-8")
    assert "wikidata.org/entity/Q99999901" in ttl and '"Luminark"@en' in ttl
    assert main(["build", str(NOCUE), "-o", str(plain), "--formats", "turtle"]) == 0
    assert "Q99999901" not in (plain / "graph.ttl").read_text(encoding="utf-8")


def test_particle_list_gloss_and_post_resolve_to_the_one_entry() -> None:
    corpus = kg.build_corpus([FORMS], gazetteer=[FIRMS])
    ent = corpus.entities["firm/루미나크"]
    assert ent.type == "Firm" and ent.same_as == {str(WIKIDATA)}
    ms = sorted(ent.mentions, key=lambda m: m.start)
    text = corpus.articles[0].text
    around = [text[m.start:m.end + 2] for m in ms]
    assert any(s.startswith("루미나크는") for s in around)  # a particle
    assert any(s.startswith("루미나크·") for s in around)  # inside a · list
    assert any(m.zh == "路米納克" for m in ms)  # with its (漢字) gloss
    assert any(s.startswith("루미나크 회") for s in around)  # before a post
    assert len(ms) >= 4 and all(m.gazetteer_id == "firm/루미나크" for m in ms)
    named = [k for k, e in corpus.entities.items() if "루미나크" in e.labels.get("ko", ())]
    assert named == ["firm/루미나크"]


def test_provenance_names_the_gazetteer_file() -> None:
    g = kg.build([FORMS], gazetteer=FIRMS)
    node = next(g.subjects(RDF.type, KGO.Gazetteer))
    assert (node, KGO.sourceFile, Literal("firms.csv")) in g
    digest = hashlib.sha256(FIRMS.read_bytes()).hexdigest()
    assert (node, KGO.contentHash, Literal(f"sha256:{digest}")) in g
    assert (FIRM, PROV.wasDerivedFrom, node) in g
    art = next(g.subjects(RDF.type, KGO.Article))
    assert (art, PROV.wasInfluencedBy, node) in g
    # the parent column: a located-in statement whose rule names the file (the text states
    # the same place, 선전에 본사를 둔, in a statement of its own)
    located = [s for s in g.subjects(RDF.subject, FIRM) if (s, RDF.predicate, KGO.locatedIn) in g]
    origins = {str(g.value(s, KGO.origin)): s for s in located}
    assert set(origins) == {"gazetteer", "text"}
    assert (origins["gazetteer"], KGO.rule, Literal("gazetteer:firms.csv")) in g


def test_a_gloss_the_text_states_beats_the_entry_and_is_logged(
        caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="kg.usergaz"):
        corpus = kg.build_corpus([DATA / "clash.txt"], gazetteer=FIRMS)
    assert "firm/소라빛" not in corpus.entities
    assert corpus.entities["city/소라빛"].type == "City"
    assert len(corpus.entities["city/소라빛"].mentions) == 2
    assert any("firms.csv row 3" in r.getMessage() and "索拉光縣" in r.getMessage()
               for r in caplog.records)


def test_an_entry_extends_the_built_in_record_without_changing_it() -> None:
    corpus = kg.build_corpus([NOCUE], gazetteer=DATA / "extend.csv")
    ent = corpus.entities["org/tencent"]
    assert ent.same_as == {"https://www.wikidata.org/wiki/Q860580"}
    assert "Tencent Holdings" in ent.labels["en"] and "騰訊" in ent.labels["zh-Hant"]
    assert not builtin().records["org/tencent"].user_row
    assert "Tencent Holdings" not in builtin().records["org/tencent"].names()


BAD = [
    ("unknown-type", "row 2: unknown type 'Company'"),
    ("empty-name", "row 3: empty name"),
    ("malformed-iri", "row 2: malformed IRI 'wikidata Q1'"),
    ("wrong-header", "row 1: wrong header (missing column type)"),
    ("duplicate", "row 4: Firm '루미나크' is listed twice (row 2)"),
    ("alias-script", "row 2: alias 'Люмина' is not in Hangul"),
    ("unknown-parent", "row 2: parent '아무데도없는곳' is a name no gazetteer knows"),
    ("not-utf8", "not UTF-8 text"),
    ("empty", "the file is empty"),
    ("extra-field", "row 2: 5 fields, the header has 4"),
]


@pytest.mark.parametrize(("case", "says"), BAD, ids=[c for c, _ in BAD])
def test_bad_gazetteer_is_one_line_exit_1_and_outputs_untouched(
        tmp_path: Path, capsys: pytest.CaptureFixture, case: str, says: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_bytes(b"previous")
    bad = DATA / "bad" / f"{case}.csv"
    rc = main(["build", str(NOCUE), "--gazetteer", str(FIRMS), "--gazetteer", str(bad),
               "-o", str(out)])
    err = capsys.readouterr().err.strip().splitlines()
    assert rc == 1
    assert len(err) == 1 and err[0].startswith(f"kg: error: {bad}: {says}"), err
    assert [p.name for p in out.iterdir()] == ["graph.ttl"]
    assert (out / "graph.ttl").read_bytes() == b"previous"


def test_the_same_entry_in_two_files_is_refused_naming_both(tmp_path: Path) -> None:
    other = tmp_path / "more.csv"
    other.write_text("name,type,aliases,iri\n루미나크,Firm,,\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"more\.csv: row 2: .* listed already "
                                             r"\(firms\.csv row 2\)"):
        load([FIRMS, other])


def test_build_named_keeps_the_gazetteer_in_the_entities_graph() -> None:
    ds = kg.build_named([FORMS], gazetteer=FIRMS)
    ents = ds.graph(KGE["graph/entities"])
    assert (FIRM, OWL.sameAs, WIKIDATA) in ents
    assert next(ents.subjects(RDF.type, KGO.Gazetteer), None) is not None


def test_the_readme_sample_loads_with_its_parents() -> None:
    gaz = load([Path(kg.__file__).parent / "sample" / "gazetteer.csv"])
    rec = gaz.records["firm/창룽그룹"]
    assert gaz.records[rec.parent].type == "City" and rec.parent.startswith("city/")
    assert rec.user_row == "gazetteer.csv row 3"
    assert gaz.best("昌隆集团") is rec  # a traditional alias found in simplified characters
