"""Tests for kg.export.html: a self-contained, deterministic page an analyst can work in.

The browser tests drive headless Chromium through chromedriver's W3C WebDriver HTTP API
(tests/browser.py, standard library only). They need the Debian packages ``chromium`` and
``chromium-driver`` (and ``fonts-noto-cjk`` for the text to render in screenshots), and
are skipped when those are missing unless the environment variable ``CI`` is set, in
which case they fail. They write screenshots of the bundled article's page into
``docs/screenshots/`` (``KG_SCREENSHOTS`` names another folder).
"""

from __future__ import annotations

import base64
import json
import os
import random
import re
import struct
import subprocess
import sys
import time
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from rdflib import Graph, Literal, URIRef

from kg.export import html as kghtml
from kg.export.html import (
    MAX_NODES,
    PHYSICS_LIMIT,
    TYPE_STYLES,
    GraphTooLargeError,
    _assert_offline,
    find_entity,
    neighbourhood,
    read_graph,
    render_html,
    write_html,
)
from kg.namespaces import KGO, RDF, RDFS, SKOS

from . import browser
from .conftest import ROOT
from .synthetic import synthetic_graph

DATA = Path(__file__).parent / "data" / "html_example.ttl"
HOSTILE_TTL = Path(__file__).parent / "data" / "html_hostile.ttl"
ID = "https://w3id.org/kg-china/id/"
# listed here again, on purpose, rather than imported from kg.export.html
CORE = [
    KGO.Firm, KGO.GovernmentBody, KGO.Organization, KGO.MediaOutlet, KGO.Country,
    KGO.Province, KGO.City, KGO.Park, KGO.Policy, KGO.Project, KGO.Person, KGO.Sector,
]  # fmt: skip
RELATIONS = [
    KGO.cooperatesWith, KGO.locatedIn, KGO.establishes, KGO.issuedBy, KGO.designatedBy,
    KGO.partOf, KGO.memberOf, KGO.inSector, KGO.investsIn,
]  # fmt: skip
EXAMPLE_NODES = 15
EXAMPLE_EDGES = 15  # 16 relation triples, cooperatesWith written both ways counts once
HOSTILE = "</script><script>alert(1)</script>"
SCREENSHOTS = Path(os.environ.get("KG_SCREENSHOTS") or ROOT / "docs" / "screenshots")
LUOYANG = ["洛阳", "뤄양", "Luoyang", "낙양", "洛陽"]


# --------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def graph() -> Graph:
    return Graph().parse(DATA, format="turtle")


@pytest.fixture(scope="module")
def page(graph: Graph) -> str:
    return render_html(graph, title="중국 경제 지식 그래프")


@pytest.fixture(scope="module")
def bundled_graph(bundled: Path) -> Graph:
    return Graph().parse(bundled / "graph.ttl", format="turtle")


def expected_edges(graph: Graph) -> set[tuple[Any, ...]]:
    """Drawable relations, computed independently of the module (predicate last)."""
    entities = {s for c in CORE for s in graph.subjects(RDF.type, c)}
    edges: set[tuple[Any, ...]] = set()
    for p in RELATIONS:
        for s, o in graph.subject_objects(p):
            if s in entities and o in entities:
                edges.add((frozenset((s, o)), p) if p == KGO.cooperatesWith else (s, o, p))
    return edges


def expected_counts(graph: Graph) -> tuple[int, int]:
    """Entities and drawable relations, computed independently of the module."""
    entities = {s for c in CORE for s in graph.subjects(RDF.type, c)}
    return len(entities), len(expected_edges(graph))


def page_data(page: str) -> dict[str, Any]:
    """The page's data block, parsed back."""
    found = re.findall(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert len(found) == 1
    return json.loads(found[0])


def node(data: dict[str, Any], path: str) -> dict[str, Any]:
    return next(n for n in data["nodes"] if n["id"] == ID + path)


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text of <title>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


def parse_tags(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    parser.close()
    return parser


def shuffled_copy(graph: Graph, seed: int) -> Graph:
    triples = sorted(graph, key=lambda t: tuple(map(str, t)))
    random.Random(seed).shuffle(triples)
    copy = Graph()
    copy.bind("x", "http://example.org/unrelated#")
    for t in triples:
        copy.add(t)
    return copy


def legend_types(page: str) -> list[str]:
    legend = page[page.index('<section id="legend"') : page.index("</section>")]
    return re.findall(r'<li data-type="([A-Za-z]+)">', legend)


# --------------------------------------------------------------------------------------
# unit tests (no browser)
# --------------------------------------------------------------------------------------


def test_example_counts(graph: Graph, page: str) -> None:
    data = page_data(page)
    assert expected_counts(graph) == (EXAMPLE_NODES, EXAMPLE_EDGES)
    assert (len(data["nodes"]), len(data["edges"])) == (EXAMPLE_NODES, EXAMPLE_EDGES)
    assert "개체 15 · 관계 15 · 기사 2" in page
    # nothing but entities is drawn
    assert all("/article/" not in n["id"] and "/fact/" not in n["id"] for n in data["nodes"])
    ids = [n["id"] for n in data["nodes"]]
    assert ID + "city/seoul" not in {ids[e["to"]] for e in data["edges"]}
    assert data["layout"] == "physics" and data["options"]["physics"]["enabled"] is True


def test_deterministic_same_graph(graph: Graph, page: str) -> None:
    assert render_html(graph, title="중국 경제 지식 그래프") == page


@pytest.mark.parametrize("seed", [1, 2, 3], ids=["shuffle1", "shuffle2", "shuffle3"])
def test_deterministic_insertion_order(graph: Graph, page: str, seed: int) -> None:
    assert render_html(shuffled_copy(graph, seed), title="중국 경제 지식 그래프") == page


def test_sorted_order_and_stable_ids(page: str) -> None:
    data = page_data(page)
    assert [n["id"] for n in data["nodes"]] == sorted(n["id"] for n in data["nodes"])
    assert [e["id"] for e in data["edges"]] == [f"e{i}" for i in range(len(data["edges"]))]
    assert data["options"]["layout"]["randomSeed"] == kghtml.RANDOM_SEED


def test_no_outside_request(page: str) -> None:
    tags = parse_tags(page)
    remote = re.compile(r"^\s*([a-z][a-z0-9+.-]*:)?//", re.I)
    for tag, attrs in tags.tags:
        for name in ("src", "href", "srcset", "action", "poster", "data", "background"):
            value = attrs.get(name)
            assert value is None or not remote.match(value), (tag, name, value)
            assert value is None or not value.lower().startswith(("http:", "https:")), value
        assert not (tag == "script" and "src" in attrs), attrs
        assert not (tag == "link" and attrs.get("rel") == "stylesheet"), attrs
    assert not re.search(r"url\(\s*['\"]?\s*(https?:)?//", page, re.I)
    assert "@import" not in page
    for cdn in ("cdn.jsdelivr.net", "cdnjs.cloudflare.com", "unpkg.com", "bootstrap"):
        assert cdn not in page
    assert "tom-select" not in page.lower() and "TomSelect" not in page
    csp = [a["content"] for t, a in tags.tags if a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in (csp[0] or "")


@pytest.mark.parametrize(
    "markup",
    [
        '<img src="http://example.org/x.png">',
        '<script src="https://cdn.jsdelivr.net/npm/x.js"></script>',
        '<link rel="stylesheet" href="lib/x.css">',
        '<div style="background: url(//example.org/x.png)"></div>',
        "<style>@import 'x.css';</style>",
    ],
    ids=["img", "script", "stylesheet", "css-url", "css-import"],
)
def test_offline_guard_rejects_loading_markup(page: str, markup: str) -> None:
    with pytest.raises(RuntimeError, match="would load a resource"):
        _assert_offline(page.replace("<main>", "<main>" + markup))


def test_offline_guard_ignores_graph_text() -> None:
    g = Graph()
    odd = URIRef(ID + "firm/odd")
    g.add((odd, RDF.type, KGO.Firm))
    text = 'src="https://example.org/a.js" url(//example.org/b.png) @import "c.css"'
    g.add((odd, SKOS.prefLabel, Literal(text, lang="ko")))
    html = render_html(g, title=text)  # does not raise
    assert node(page_data(html), "firm/odd")["ko"] == text


def test_vis_network_is_inlined(page: str) -> None:
    assert "@version 9.1.2" in page
    assert "div.vis-configuration-wrapper" in page  # vis-network.css
    scripts = [a for t, a in parse_tags(page).tags if t == "script"]
    # vis-network, the data (not run), our code
    assert scripts == [{}, {"type": "application/json", "id": "kg-data"}, {}]


def test_legend_lists_present_types(page: str) -> None:
    assert legend_types(page) == [str(c).split("#")[1] for c in CORE]
    for style in TYPE_STYLES.values():
        assert f'<span class="ko">{style.ko}</span>' in page
        assert f'<span class="en">{style.en}</span>' in page
        assert f"background: {style.colour}" in page
    assert 'data-key="gazetteer-only"' in page
    assert "\\\n" not in page  # the template's line continuations are joined


def test_legend_only_present_types() -> None:
    g = Graph()
    for path, kind, label in (("firm/a", KGO.Firm, "가"), ("city/b", KGO.City, "나")):
        g.add((URIRef(ID + path), RDF.type, kind))
        g.add((URIRef(ID + path), SKOS.prefLabel, Literal(label, lang="ko")))
    g.add((URIRef(ID + "article/x"), RDF.type, KGO.Article))
    g.add((URIRef(ID + "article/x"), KGO.mentions, URIRef(ID + "firm/a")))
    g.add((URIRef(ID + "article/x"), KGO.mentions, URIRef(ID + "city/b")))
    html = render_html(g)
    assert legend_types(html) == ["Firm", "City"]
    assert 'data-key="gazetteer-only"' not in html
    assert 'id="article-filter"' not in html  # one article: nothing to filter by


def test_palette_is_twelve_distinct_colours() -> None:
    assert set(TYPE_STYLES) == set(CORE)
    colours = [s.colour.upper() for s in TYPE_STYLES.values()]
    assert len(set(colours)) == 12
    # a type is never told from another of the same shape by hue alone: shapes group types
    assert len({(s.shape, s.colour) for s in TYPE_STYLES.values()}) == 12


def test_node_data(page: str) -> None:
    data = page_data(page)
    lg = node(data, "firm/lg-chem")
    assert (lg["ko"], lg["zh"], lg["en"], lg["pinyin"]) == ("LG화학", "LG化学", "LG Chem",
                                                            "LG Huàxué")
    assert lg["type"] == "Firm" and lg["gazetteer"] is False
    gazetteer = {n["id"].removeprefix(ID) for n in data["nodes"] if n["gazetteer"]}
    assert gazetteer == {"country/cn", "organization/caam"}
    xinhua = node(data, "media/xinhua")
    assert ["zh-Hant", "新華社"] in xinhua["names"] and ["zh-Latn-pinyin", "Xīnhuá Shè"] in (
        xinhua["names"])
    assert {"kind": "investment", "value": "20", "unit": "억 달러", "when": "2015"} in lg["facts"]
    assert node(data, "person/li-keqiang")["roles"] == ["국무원 총리 @ko"]
    titles = [data["articles"][i]["title"] for i in lg["articles"]]
    assert titles == ["LG화학, 난징에 전기차 배터리 공장 착공"]
    # the sentence of the article that names LG화학 (its statement's evidence)
    assert [data["sentences"][k]["text"] for k in lg["sentences"]] == [
        "LG화학은 난징에 배터리 공장을 세운다고 밝혔다."]
    # degree: every drawn edge at the node; PageRank scaled so that the mean is 1
    degree = {n["id"]: 0 for n in data["nodes"]}
    for e in data["edges"]:
        degree[data["nodes"][e["from"]]["id"]] += 1
        degree[data["nodes"][e["to"]]["id"]] += 1
    assert {n["id"]: n["degree"] for n in data["nodes"]} == degree
    mean = sum(n["pagerank"] for n in data["nodes"]) / len(data["nodes"])
    assert mean == pytest.approx(1.0, abs=1e-3)
    projection = nx.Graph()
    projection.add_nodes_from(degree)
    projection.add_edges_from((data["nodes"][e["from"]]["id"], data["nodes"][e["to"]]["id"])
                              for e in data["edges"])
    want = nx.pagerank(projection)
    for n in data["nodes"]:
        assert n["pagerank"] == pytest.approx(want[n["id"]] * len(want), abs=1e-3), n["id"]
    alone = [n for n in data["nodes"] if n["degree"] == 0]
    assert alone and all(n["pagerank"] == min(m["pagerank"] for m in data["nodes"])
                         for n in alone)


def test_edges_and_evidence(page: str) -> None:
    data = page_data(page)
    ids = [n["id"].removeprefix(ID) for n in data["nodes"]]
    by_rel: dict[str, list[dict[str, Any]]] = {}
    for e in data["edges"]:
        by_rel.setdefault(e["rel"], []).append(e)
    assert set(by_rel) == {str(p).split("#")[1] for p in RELATIONS}
    (coop,) = by_rel["cooperatesWith"]
    assert coop["symmetric"] and {ids[coop["from"]], ids[coop["to"]]} == {
        "firm/lg-chem", "firm/hyundai-motor"}
    assert not any(e["symmetric"] for e in data["edges"] if e is not coop)
    (invest,) = [e for e in by_rel["investsIn"] if ids[e["from"]] == "firm/lg-chem"]
    (ev,) = invest["evidence"]
    assert (ev["rule"], ev["confidence"], ev["origin"]) == ("invest-verb", "0.9", "text")
    sentence = data["sentences"][ev["sentence"]]["text"]
    assert sentence == "LG화학은 난징에 배터리 공장을 세운다고 밝혔다."
    assert data["articles"][ev["article"]]["title"].startswith("LG화학")
    pair = [e for e in data["edges"] if (ids[e["from"]], ids[e["to"]]) ==
            ("province/jiangsu", "country/cn")]
    assert sorted(e["rel"] for e in pair) == ["locatedIn", "partOf"]
    assert not any(e["gazetteer"] for e in data["edges"])  # no gazetteer statement here


def test_gazetteer_edges_are_told_apart(bundled_graph: Graph, bundled: Path) -> None:
    data = page_data((bundled / "graph.html").read_text(encoding="utf-8"))
    want = set()
    for st in bundled_graph.subjects(RDF.type, KGO.Statement):
        origins = {str(o) for o in bundled_graph.objects(st, KGO.origin)}
        s, p, o = (bundled_graph.value(st, x) for x in (RDF.subject, RDF.predicate, RDF.object))
        if origins == {"gazetteer"}:
            want.add((str(s), str(p).split("#")[1], str(o)))
    text = {(str(s), str(p).split("#")[1], str(o))
            for st in bundled_graph.subjects(RDF.type, KGO.Statement)
            if {str(x) for x in bundled_graph.objects(st, KGO.origin)} == {"text"}
            for s, p, o in [tuple(bundled_graph.value(st, x)
                                  for x in (RDF.subject, RDF.predicate, RDF.object))]}
    ids = [n["id"] for n in data["nodes"]]
    got = {(ids[e["from"]], e["rel"], ids[e["to"]]) for e in data["edges"] if e["gazetteer"]}
    assert want and got == want - text
    assert all(e["evidence"] for e in data["edges"])  # every built relation has its statement


def test_hostile_label_is_escaped() -> None:
    g = Graph()
    evil = URIRef(ID + "firm/evil")
    g.add((evil, RDF.type, KGO.Firm))
    for prop in (SKOS.prefLabel, RDFS.label):
        g.add((evil, prop, Literal(HOSTILE, lang="ko")))
    g.add((evil, SKOS.altLabel, Literal("'\"&<b>x</b>\u2028", lang="en")))
    g.add((evil, KGO.role, Literal(HOSTILE)))
    g.add((URIRef(ID + "firm/good"), RDF.type, KGO.Firm))
    g.add((evil, KGO.cooperatesWith, URIRef(ID + "firm/good")))
    html = render_html(g, title=HOSTILE)
    assert "alert(1)" in html  # the text is there ...
    assert "<script>alert(1)" not in html  # ... but never as markup
    assert [t for t, _ in parse_tags(html).tags].count("script") == 3
    assert html.count("</script>") == 3
    assert "<b>x" not in html and "\u2028" not in html
    assert parse_tags(html).title == HOSTILE
    assert "<h1>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>" in html
    data = page_data(html)  # the JSON survives, with the label intact
    assert node(data, "firm/evil")["ko"] == HOSTILE
    assert node(data, "firm/evil")["roles"] == [HOSTILE]


def test_hostile_article_is_data_only() -> None:
    html = render_html(Graph().parse(HOSTILE_TTL), title="{{ 7*7 }}")
    assert [t for t, _ in parse_tags(html).tags].count("script") == 3
    tags = parse_tags(html).tags
    assert not [t for t, _ in tags if t in ("img", "svg", "iframe", "b")]
    assert not [(t, a) for t, attrs in tags for a in attrs if a.startswith("on")]
    assert "<h1>{{ 7*7 }}</h1>" in html and "49" not in re.findall(r"<h1>.*</h1>", html)[0]
    data = page_data(html)
    assert data["nodes"][0]["geonames"] == []  # a javascript: IRI is no GeoNames link
    assert any("{{ 7*7 }}" in s["text"] for s in data["sentences"])


def test_empty_graph() -> None:
    html = render_html(Graph())
    data = page_data(html)
    assert (data["nodes"], data["edges"]) == ([], [])
    assert legend_types(html) == []


def test_write_html(graph: Graph, page: str, tmp_path: Path) -> None:
    out = write_html(graph, tmp_path / "sub" / "graph.html", title="중국 경제 지식 그래프")
    assert out == tmp_path / "sub" / "graph.html"
    assert out.read_bytes() == page.encode("utf-8")
    assert [p.name for p in out.parent.iterdir()] == ["graph.html"]  # no temp file left


@pytest.mark.parametrize("name", LUOYANG, ids=["hans", "hangul", "pinyin", "reading", "hant"])
def test_find_entity_by_any_name(bundled_graph: Graph, name: str) -> None:
    iri = find_entity(bundled_graph, name)
    names = {str(o) for p in (SKOS.prefLabel, SKOS.altLabel, RDFS.label, KGO.sinoKoreanReading)
             for o in bundled_graph.objects(iri, p)}
    assert name in names or name.casefold() in {n.casefold() for n in names}
    assert find_entity(bundled_graph, "뤄양") == iri == find_entity(bundled_graph, str(iri))
    assert find_entity(bundled_graph, " luoyang ") == iri  # case and spaces folded


def test_find_entity_errors(graph: Graph) -> None:
    with pytest.raises(LookupError, match="no entity is named 'nowhere'"):
        find_entity(graph, "nowhere")
    twins = Graph()
    for path in ("firm/a", "firm/b"):
        twins.add((URIRef(ID + path), RDF.type, KGO.Firm))
        twins.add((URIRef(ID + path), SKOS.prefLabel, Literal("같은", lang="ko")))
    with pytest.raises(LookupError, match="2 entities are named"):
        find_entity(twins, "같은")


@pytest.mark.parametrize("hops", [0, 1, 2], ids=["hops0", "hops1", "hops2"])
def test_neighbourhood(graph: Graph, hops: int) -> None:
    center = URIRef(ID + "city/nanjing")
    ring = {center}
    for _ in range(hops):  # breadth-first over the core relations, either direction
        step = {o for s in ring for p in RELATIONS for o in graph.objects(s, p)}
        step |= {s for o in ring for p in RELATIONS for s in graph.subjects(p, o)}
        ring |= step
    typed = {s for c in CORE for s in graph.subjects(RDF.type, c)}
    assert neighbourhood(graph, center, hops) == ring & typed
    html = render_html(graph, focus="Nanjing", hops=hops)
    data = page_data(html)
    assert {n["id"] for n in data["nodes"]} == {str(x) for x in ring & typed}
    assert data["focus"] == str(center)


def test_large_graph_gets_a_precomputed_layout() -> None:
    g = synthetic_graph(PHYSICS_LIMIT + 50)
    html = render_html(g)
    data = page_data(html)
    assert data["layout"] == "fixed" and data["options"]["physics"]["enabled"] is False
    assert data["options"]["layout"]["improvedLayout"] is False
    xy = [(n["x"], n["y"]) for n in data["nodes"]]
    assert all(isinstance(v, int) for p in xy for v in p)
    assert len(set(xy)) > 0.95 * len(xy)  # spread out, not piled up
    assert render_html(shuffled_copy(g, 4)) == html  # the layout is seeded


def test_too_large_graph_is_refused() -> None:
    g = Graph()
    for i in range(MAX_NODES + 1):
        g.add((URIRef(f"{ID}firm/f{i}"), RDF.type, KGO.Firm))
    with pytest.raises(GraphTooLargeError, match=r"--focus NAME --hops 2"):
        render_html(g)


# --------------------------------------------------------------------------------------
# kg html
# --------------------------------------------------------------------------------------


def _kg(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True,
                          text=True, env=env, timeout=300)


@pytest.mark.parametrize("name", ["graph.ttl", "graph.trig", "graph.nq"], ids=["ttl", "trig", "nq"])
def test_kg_html_reads_every_build_format(bundled: Path, tmp_path: Path, name: str) -> None:
    out = tmp_path / "page.html"
    done = _kg("html", str(bundled / name), "-o", str(out))
    assert done.returncode == 0, done.stderr
    # the same page kg build wrote, from any of the files it wrote
    assert out.read_bytes() == (bundled / "graph.html").read_bytes()
    n, m = expected_counts(read_graph([bundled / name]))
    assert f"{n} entities, {m} relations" in done.stdout


def test_kg_html_focus(bundled: Path, bundled_graph: Graph, tmp_path: Path) -> None:
    out = tmp_path / "luoyang.html"
    done = _kg("html", str(bundled / "graph.ttl"), "--focus", "洛阳", "--hops", "2", "-o",
               str(out))
    assert done.returncode == 0, done.stderr
    data = page_data(out.read_text(encoding="utf-8"))
    center = find_entity(bundled_graph, "뤄양")
    assert data["focus"] == str(center)
    assert {n["id"] for n in data["nodes"]} == {str(x) for x in
                                                neighbourhood(bundled_graph, center, 2)}
    assert 1 < len(data["nodes"]) < expected_counts(bundled_graph)[0]


@pytest.mark.parametrize(
    ("content", "suffix", "args", "message"),
    [
        ("@prefix : <x> . :a :b", ".ttl", [], "not valid turtle"),
        ("<a> <b> <c> <d> <e> .", ".nq", [], "not valid nquads"),
        ("", ".csv", [], "unknown graph format '.csv'"),
        (None, ".ttl", ["--focus", "어디에도없는"], "no entity is named '어디에도없는'"),
    ],
    ids=["bad-turtle", "bad-nquads", "unknown-format", "unknown-focus"],
)
def test_kg_html_bad_input(bundled: Path, tmp_path: Path, content: str | None, suffix: str,
                           args: list[str], message: str) -> None:
    src = tmp_path / f"in{suffix}"
    if content is None:
        src.write_bytes((bundled / "graph.ttl").read_bytes())
    else:
        src.write_text(content, encoding="utf-8")
    out = tmp_path / "out.html"
    done = _kg("html", str(src), *args, "-o", str(out))
    assert done.returncode == 1
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith(f"kg: error: {src}: ") and message in line, line
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [src.name]  # nothing half-written


# --------------------------------------------------------------------------------------
# real browser: headless Chromium through chromedriver (W3C WebDriver over HTTP)
# --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def webdriver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[browser.WebDriver]:
    missing = browser.missing()
    if missing:
        if os.environ.get("CI", "").lower() not in ("", "0", "false", "no"):
            pytest.fail(
                f"CI is set but {missing} is missing (apt-get install chromium chromium-driver)"
            )
        pytest.skip(f"{missing} not installed (Debian: apt-get install chromium chromium-driver)")
    with browser.chromium(tmp_path_factory.mktemp("profile")) as driver:
        yield driver


def open_page(drv: browser.WebDriver, target: Path, seconds: float = 60) -> list[str]:
    """Load ``target`` from file://, wait until it has settled; the URLs it requested."""
    drv.open("about:blank")
    drv.log("performance")  # drain what the start-up tab loaded (chrome://new-tab-page...)
    drv.log("browser")
    drv.open(target.as_uri())
    drv.wait("return window.kgReady === true && window.kgFirstRender !== null;", seconds,
             "the page did not settle")
    return drv.requests()


def assert_offline(urls: list[str], target: Path) -> None:
    assert target.as_uri() in urls
    # the page itself, and data: URLs Chromium makes for its own widgets; nothing else
    assert all(u.startswith(("file:", "data:")) for u in urls), urls
    assert [u for u in urls if u.startswith("file:")] == [target.as_uri()], urls


def no_errors(drv: browser.WebDriver) -> None:
    errors = [e for e in drv.log("browser") if e.get("level") == "SEVERE"]
    assert not errors, errors


def png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", png[16:24])


def screenshot(drv: browser.WebDriver, name: str) -> bytes:
    png = base64.b64decode(drv.s("GET", "/screenshot"))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    (SCREENSHOTS / name).write_bytes(png)
    width, height = png_size(png)
    assert width >= 800 and height >= 500
    assert len(png) > 20_000  # a blank page of this size compresses to a few KB
    return png


STATE = """
return {
  nodes: network.body.data.nodes.length,
  edges: network.body.data.edges.length,
  drawnNodes: network.body.nodeIndices.length,
  drawnEdges: network.body.edgeIndices.length,
  selected: network.getSelectedNodes(),
  panel: document.getElementById('panel').dataset.id || null,
  panelKind: document.getElementById('panel').dataset.kind || null,
  panelText: document.getElementById('panel').innerText,
  pwned: window.kgPwned === undefined ? null : String(window.kgPwned),
};
"""


def state(drv: browser.WebDriver) -> dict[str, Any]:
    return drv.js(STATE)


def search(drv: browser.WebDriver, text: str) -> dict[str, Any]:
    """Type ``text`` into the search box as a user would, pick the first suggestion."""
    drv.clear("#search")
    drv.type_into("#search", text)
    drv.wait("return !document.getElementById('suggestions').hidden;", 10, "no suggestion")
    first = drv.js("return document.querySelector('#suggestions li').dataset.id;")
    drv.type_into("#search", "\ue007")  # Enter
    got = state(drv)
    assert got["selected"] == [first] and got["panel"] == first, (text, got["selected"])
    return got


def click_node(drv: browser.WebDriver, iri: str) -> None:
    x, y = drv.js(
        """
        const p = network.canvasToDOM(network.getPositions([arguments[0]])[arguments[0]]);
        const r = document.getElementById('mynetwork').getBoundingClientRect();
        return [Math.round(r.left + p.x), Math.round(r.top + p.y)];
        """,
        iri,
    )
    drv.click_at(x, y)


def clear_edge(drv: browser.WebDriver, want: list[str]) -> tuple[str, int, int]:
    """Zoom on the middle of an edge among ``want`` that no node or other edge is near."""
    found = drv.js(
        """
        const r = document.getElementById('mynetwork').getBoundingClientRect();
        const scale = 2.5;
        const pos = network.getPositions();
        const ids = network.body.edgeIndices;
        for (const id of arguments[0]) {
          const edge = network.body.edges[id];
          if (!edge) continue;
          const m = edge.edgeType.getPoint(0.5);
          let ok = true;
          for (const n of network.body.nodeIndices) {
            if (Math.hypot(pos[n].x - m.x, pos[n].y - m.y) * scale < 60) { ok = false; break; }
          }
          for (const other of ids) {
            if (!ok || other === id) continue;
            for (let t = 0; t <= 1; t += 0.02) {
              const q = network.body.edges[other].edgeType.getPoint(t);
              if (Math.hypot(q.x - m.x, q.y - m.y) * scale < 18) { ok = false; break; }
            }
          }
          if (!ok) continue;
          network.moveTo({position: m, scale: scale, animation: false});
          const p = network.canvasToDOM(m);
          return [id, Math.round(r.left + p.x), Math.round(r.top + p.y)];
        }
        return null;
        """,
        want,
    )
    assert found, "no edge with evidence is clear of the others"
    return found[0], found[1], found[2]


def test_browser_fixture(graph: Graph, webdriver: browser.WebDriver, tmp_path: Path) -> None:
    drv = webdriver
    target = write_html(graph, tmp_path / "graph.html", title="중국 경제 지식 그래프")
    urls = open_page(drv, target)
    n_nodes, n_edges = expected_counts(graph)
    got = drv.js(
        """
        const legend = document.getElementById('legend');
        const box = legend.getBoundingClientRect();
        const style = getComputedStyle(legend);
        return {
          hasNetwork: typeof network === 'object' && network instanceof vis.Network,
          legendVisible: box.width > 50 && box.height > 50 && style.display !== 'none'
                         && style.visibility === 'visible' && Number(style.opacity) > 0,
          legendTypes: [...legend.querySelectorAll('li[data-type]')].map(li => li.dataset.type),
          canvas: document.querySelector('#mynetwork canvas') !== null,
        };
        """
    )
    assert got["hasNetwork"] and got["legendVisible"] and got["canvas"]
    assert got["legendTypes"] == [str(c).split("#")[1] for c in CORE]
    now = state(drv)
    assert (now["nodes"], now["edges"]) == (n_nodes, n_edges) == (EXAMPLE_NODES, EXAMPLE_EDGES)
    assert (now["drawnNodes"], now["drawnEdges"]) == (n_nodes, n_edges)
    assert now["pwned"] is None

    # every type colour is painted on the canvas (mentioned entities are drawn in full colour)
    painted = drv.js(
        """
        const c = document.querySelector('#mynetwork canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        const seen = new Set();
        for (let i = 0; i < d.length; i += 4) {
          if (d[i + 3] === 255) {
            seen.add('#' + [d[i], d[i + 1], d[i + 2]]
              .map(v => v.toString(16).padStart(2, '0').toUpperCase()).join(''));
          }
        }
        return [...seen];
        """
    )
    assert len(painted) > 50
    assert {s.colour for s in TYPE_STYLES.values()} <= set(painted)

    # hover the hostile node: vis shows the tooltip as text, the script never runs
    xinhua = ID + "media/xinhua"
    point = drv.js(
        """
        const p = network.canvasToDOM(network.getPositions([arguments[0]])[arguments[0]]);
        const r = document.getElementById('mynetwork').getBoundingClientRect();
        return [Math.round(r.left + p.x), Math.round(r.top + p.y)];
        """,
        xinhua,
    )
    drv.s("POST", "/actions", {"actions": [{
        "type": "pointer", "id": "mouse", "parameters": {"pointerType": "mouse"},
        "actions": [
            {"type": "pointerMove", "duration": 0, "x": 5, "y": 5},
            {"type": "pointerMove", "duration": 100, "x": point[0], "y": point[1]},
            {"type": "pause", "duration": 100},
            {"type": "pointerMove", "duration": 50, "x": point[0] + 1, "y": point[1]},
        ]}]})
    tooltip = drv.wait(
        """
        const t = document.querySelector('div.vis-tooltip');
        return t && getComputedStyle(t).visibility === 'visible' ? t.innerText : null;
        """, 10, "no tooltip on hover")
    assert "[zh-Hant] 新華社" in tooltip and "[zh-Latn-pinyin] Xīnhuá Shè" in tooltip
    assert "</script><script>window.kgPwned = 1</script>" in tooltip
    drv.s("DELETE", "/actions")

    # a click on the node opens its panel: every name, the facts, the article, as text
    click_node(drv, ID + "firm/lg-chem")
    now = state(drv)
    assert now["panel"] == ID + "firm/lg-chem" and now["panelKind"] == "node"
    for text in ("LG화학", "樂金化學", "LG化学", "LG Huàxué", "LG Chem",
                 "investment: 20 억 달러 (2015)",
                 "LG화학은 난징에 배터리 공장을 세운다고 밝혔다.",
                 "LG화학, 난징에 전기차 배터리 공장 착공",
                 "현대자동차", "난징 배터리 공장", "이차전지"):
        assert text in now["panelText"], text
    assert drv.js("return window.kgPwned;") is None
    no_errors(drv)
    assert_offline(urls + drv.requests(), target)


def test_browser_bundled_article(bundled: Path, bundled_graph: Graph,
                                 webdriver: browser.WebDriver) -> None:
    """The page kg build wrote for the bundled article, used as an analyst would."""
    drv = webdriver
    target = bundled / "graph.html"
    urls = open_page(drv, target)
    n_nodes, n_edges = expected_counts(bundled_graph)
    now = state(drv)
    assert (now["nodes"], now["edges"], now["drawnNodes"], now["drawnEdges"]) == (
        n_nodes, n_edges, n_nodes, n_edges)
    stats = drv.js("return document.getElementById('stats').textContent;")
    assert stats.startswith(f"개체 {n_nodes} · 관계 {n_edges} · 기사 1")
    screenshot(drv, "graph.png")

    # search: every script finds the same node, and selects and focuses it
    luoyang = find_entity(bundled_graph, "洛阳")
    for name in LUOYANG:
        assert search(drv, name)["selected"] == [str(luoyang)], name
    pos = drv.js("const p = network.getPositions([arguments[0]])[arguments[0]];"
                 "return network.canvasToDOM(p);", str(luoyang))
    width, height = drv.js("const r = document.getElementById('mynetwork')"
                           ".getBoundingClientRect(); return [r.width, r.height];")
    assert abs(pos["x"] - width / 2) < 5 and abs(pos["y"] - height / 2) < 5  # focused
    panel = state(drv)["panelText"]
    for name in ("뤄양", "洛阳", "洛陽", "낙양", "GeoNames"):
        assert name in panel, name
    link = drv.js("return [...document.querySelectorAll('#panel a')].map(a => a.href);")
    assert link and all(re.fullmatch(r"https://sws\.geonames\.org/\d+/", u) for u in link)
    sentences = drv.js("return [...document.querySelectorAll('#panel blockquote')]"
                       ".map(q => q.firstChild && q.innerText);")
    assert sentences and all("뤄양" in s or "洛陽" in s or "洛阳" in s for s in sentences)
    screenshot(drv, "selected-node.png")

    # the type filter hides exactly that type
    types = {str(s): str(c).split("#")[1]
             for c in CORE for s in bundled_graph.subjects(RDF.type, c)}
    sectors = {s for s, t in types.items() if t == "Sector"}
    assert sectors
    drv.click('input.type-filter[value="Sector"]')
    shown = drv.js("return network.body.data.nodes.getIds();")
    assert set(shown) == set(types) - sectors
    visible_edges = drv.js("return network.body.data.edges.get().map(e => [e.from, e.to]);")
    assert all(a not in sectors and b not in sectors for a, b in visible_edges)
    assert drv.js("return document.getElementById('visible').dataset.nodes;") == str(
        len(types) - len(sectors))
    drv.click('input.type-filter[value="Sector"]')
    assert len(drv.js("return network.body.data.nodes.getIds();")) == n_nodes

    # the relation filter hides exactly that relation
    drv.click('input.relation-filter[value="locatedIn"]')
    rels = drv.js("return network.body.data.edges.get().map(e => e.kgRelation);")
    located = sum(1 for e in expected_edges(bundled_graph) if e[-1] == KGO.locatedIn)
    assert "locatedIn" not in rels and len(rels) == n_edges - located > 0
    drv.click('input.relation-filter[value="locatedIn"]')

    # the label switch: Chinese labels where the entity has a Chinese name
    drv.click('input[name=lang][value="zh"]')
    labels = drv.js("return Object.fromEntries(network.body.data.nodes.get()"
                    ".map(n => [n.id, n.label]));")
    assert labels[str(luoyang)] == "洛阳"
    for iri, label in labels.items():
        zh = {str(o) for o in bundled_graph.objects(URIRef(iri), SKOS.altLabel)
              if isinstance(o, Literal) and (o.language or "").lower().startswith("zh-han")}
        assert label in zh or not zh, (iri, label, zh)
    drawn = drv.js("return network.body.nodes[arguments[0]].options.label;", str(luoyang))
    assert drawn == "洛阳"
    drv.click('input[name=lang][value="en"]')
    assert drv.js("return network.body.data.nodes.get(arguments[0]).label;",
                  str(luoyang)) == "Luoyang"
    drv.click('input[name=lang][value="ko"]')

    # clicking an edge shows its evidence sentence, the two names marked, rule, confidence
    evidence = _text_statements(bundled_graph)
    data = page_data(target.read_text(encoding="utf-8"))
    ids = [n["id"] for n in data["nodes"]]

    def named(iri: str, text: str) -> bool:
        return any(str(o) in text for p in (SKOS.prefLabel, SKOS.altLabel)
                   for o in bundled_graph.objects(URIRef(iri), p))

    # edges whose sentence names both ends (others say "it", or a short name)
    with_text = [e["id"] for e in data["edges"]
                 if any(named(ids[e["from"]], t) and named(ids[e["to"]], t)
                        for t, _r, _c in evidence.get((ids[e["from"]], e["rel"], ids[e["to"]]),
                                                      []))]
    assert with_text
    edge_id, x, y = clear_edge(drv, with_text)
    drv.click_at(x, y)
    now = state(drv)
    assert now["panelKind"] == "edge" and now["panel"] == edge_id, now["panel"]
    edge = data["edges"][int(edge_id[1:])]
    key = (ids[edge["from"]], edge["rel"], ids[edge["to"]])
    for sentence, rule, confidence in evidence[key]:
        assert sentence in now["panelText"].replace("\n", "") or sentence in now["panelText"]
        assert f"rule {rule}" in now["panelText"] and f"confidence {confidence}" in now["panelText"]
    marks = drv.js("return [...document.querySelectorAll('#panel blockquote mark')]"
                   ".map(m => m.textContent);")
    a, b = data["nodes"][edge["from"]], data["nodes"][edge["to"]]
    names_a = {a["ko"], *(t for _l, t in a["names"])}
    names_b = {b["ko"], *(t for _l, t in b["names"])}
    assert set(marks) & names_a and set(marks) & names_b, (marks, a["ko"], b["ko"])
    no_errors(drv)
    assert_offline(urls + drv.requests(), target)


def _text_statements(graph: Graph) -> dict[tuple[str, str, str], list[tuple[str, str, str]]]:
    """(subject, relation, object) -> [(sentence, rule, confidence)] from the text."""
    rows = graph.query(
        """
        PREFIX kgo: <https://w3id.org/kg-china/ontology#>
        PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT ?s ?p ?o ?text ?rule ?conf WHERE {
          ?st a kgo:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
              kgo:origin "text" ; kgo:rule ?rule ; kgo:confidence ?conf ;
              kgo:evidence/nif:anchorOf ?text .
        }
        """
    )
    out: dict[tuple[str, str, str], list[tuple[str, str, str]]] = {}
    for s, p, o, text, rule, conf in rows:
        rel = str(p).split("#")[1]
        if rel == "cooperatesWith" and str(o) < str(s):
            s, o = o, s
        out.setdefault((str(s), rel, str(o)), []).append((str(text), str(rule), str(conf)))
    return out


def test_browser_hostile_article(webdriver: browser.WebDriver, tmp_path: Path) -> None:
    """Markup, quotes and template syntax in every string show as text and run nothing."""
    drv = webdriver
    graph = Graph().parse(HOSTILE_TTL)
    target = write_html(graph, tmp_path / "hostile.html",
                        title="</script><script>window.kgPwned='page title'</script>{{ 7*7 }}")
    urls = open_page(drv, target)
    before = drv.js("return document.querySelectorAll('script, img, svg, iframe, b').length;")
    assert before == 3  # our three scripts, nothing the data brought
    # the suggestions, the node panel and the edge panel all show the strings
    drv.type_into("#search", "악성")
    drv.wait("return !document.getElementById('suggestions').hidden;", 10, "no suggestion")
    suggestion = drv.js("return document.getElementById('suggestions').innerText;")
    assert "<img src=x onerror=" in suggestion
    drv.type_into("#search", "\ue007")
    text = state(drv)["panelText"]
    for shown in ("<img src=x onerror=\"window.kgPwned='label'\">악성", "<svg onload=",
                  "{{ 7*7 }} ${7*7} <b>bold</b>", "<script>window.kgPwned='role'</script>",
                  "<iframe srcdoc=", "{{ 7*7 }} </script>", "</script><script>window.kgPwned='en'"):
        assert shown in text, shown
    assert "49" not in text
    edge_id = drv.js("return network.body.edgeIndices[0];")
    x, y = drv.js(
        """
        const m = network.canvasToDOM(network.body.edges[arguments[0]].edgeType.getPoint(0.5));
        const r = document.getElementById('mynetwork').getBoundingClientRect();
        return [Math.round(r.left + m.x), Math.round(r.top + m.y)];
        """, edge_id)
    drv.js("network.unselectAll();")
    drv.click_at(x, y)
    now = state(drv)
    assert now["panelKind"] == "edge"
    assert "rule <script>window.kgPwned='rule'</script>" in now["panelText"]
    assert "\"따옴표\"" in now["panelText"] and "window.kgPwned='sentence'" in now["panelText"]
    for lang in ("zh", "en"):  # labels in every language go to the canvas as text
        drv.click(f'input[name=lang][value="{lang}"]')
    title = drv.js("return [document.title, document.querySelector('h1').textContent];")
    assert title == ["</script><script>window.kgPwned='page title'</script>{{ 7*7 }}"] * 2
    time.sleep(0.5)  # let any onerror/onload fire
    assert drv.js("return window.kgPwned;") is None
    assert drv.js("return document.querySelectorAll('script, img, svg, iframe, b').length;") == 3
    no_errors(drv)
    assert_offline(urls + drv.requests(), target)


def test_browser_3000_entities(webdriver: browser.WebDriver, tmp_path: Path) -> None:
    """A generated 3,000-entity graph opens with the precomputed layout and settles."""
    drv = webdriver
    graph = synthetic_graph(3000)
    target = write_html(graph, tmp_path / "big.html", title="3000")
    start = time.monotonic()
    urls = open_page(drv, target, seconds=90)
    opened = time.monotonic() - start
    n_nodes, n_edges = expected_counts(graph)
    now = state(drv)
    assert (now["nodes"], now["edges"]) == (n_nodes, n_edges) and n_nodes == 3000
    assert drv.js("return network.physics.options.enabled;") is False
    search(drv, "实体1234")
    assert state(drv)["selected"] == ["https://example.org/synthetic/e/001234"]
    print(f"3000 entities, {n_edges} edges: settled in {opened:.1f} s "
          f"({target.stat().st_size // 1024} KB)")
    no_errors(drv)
    assert_offline(urls + drv.requests(), target)


HOSTILE_TITLES = [
    "</script><script>window.kgPwned='t1'</script> <img src=x onerror=\"window.kgPwned='t2'\">",
    "\"'><svg onload=window.kgPwned='t3'> {{ 7*7 }} {% raw %}",
]


def test_browser_built_hostile_corpus(webdriver: browser.WebDriver, tmp_path: Path) -> None:
    """kg build on two articles with hostile titles and text; the article and date filters."""
    from kg.cli import main

    rows = [
        {"id": "a1", "title": HOSTILE_TITLES[0], "date": "2015-07-16",
         "text": "LG화학은 난징(南京)에 배터리 공장을 설립함. <img src=x onerror=alert(1)>"},
        {"id": "a2", "title": HOSTILE_TITLES[1], "date": "2017-03-02",
         "text": "현대자동차는 충칭(重慶)에 공장을 세웠다. </script>{{ 7*7 }}"},
    ]
    src = tmp_path / "hostile.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(src), "-o", str(out)]) == 0
    graph = Graph().parse(out / "graph.ttl")
    target = out / "graph.html"
    urls = open_page(drv := webdriver, target)
    assert drv.js("return document.querySelectorAll('script, img, svg, iframe').length;") == 3
    options = drv.js("return [...document.querySelectorAll('#article option')]"
                     ".map(o => o.textContent);")
    assert options[1:] == [f"2015-07-16 {HOSTILE_TITLES[0]}", f"2017-03-02 {HOSTILE_TITLES[1]}"]

    def mentioned(art: str) -> set[str]:
        iri = next(a for a in graph.subjects(RDF.type, KGO.Article) if str(a).endswith(art))
        return {str(e) for e in graph.objects(iri, KGO.mentions)}

    typed = {str(s) for c in CORE for s in graph.subjects(RDF.type, c)}
    gazetteer = typed - {str(e) for e in graph.objects(None, KGO.mentions)}
    for value, art in (("0", "a1"), ("1", "a2")):
        drv.js("const s = document.getElementById('article'); s.value = arguments[0];"
               "s.dispatchEvent(new Event('change'));", value)
        shown = set(drv.js("return network.body.data.nodes.getIds();"))
        # the entities the article names, and the gazetteer's places linked to them
        assert mentioned(art) <= shown and shown - mentioned(art) <= gazetteer, art
    drv.js("const s = document.getElementById('article'); s.value = '';"
           "s.dispatchEvent(new Event('change'));")
    assert len(drv.js("return network.body.data.nodes.getIds();")) == len(typed)
    drv.type_into("#date-from", "01012016")  # typed as a user would
    shown = set(drv.js("return network.body.data.nodes.getIds();"))
    assert drv.js("return document.getElementById('date-from').value;") == "2016-01-01"
    assert mentioned("a2") <= shown and not (mentioned("a1") - mentioned("a2")) & shown
    # the size switch: all alike
    drv.js("const s = document.getElementById('size'); s.value = 'none';"
           "s.dispatchEvent(new Event('change'));")
    assert set(drv.js("return network.body.data.nodes.get().map(n => n.value);")) == {1}
    drv.type_into("#search", "LG")
    drv.type_into("#search", "\ue007")
    assert "<img src=x onerror=" in state(drv)["panelText"]  # the sentence, as text
    time.sleep(0.5)
    assert drv.js("return window.kgPwned;") is None
    assert drv.js("return document.querySelectorAll('script, img, svg, iframe').length;") == 3
    no_errors(drv)
    assert_offline(urls + drv.requests(), target)
