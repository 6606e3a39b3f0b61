"""Tests for kg.export.html: a self-contained, deterministic pyvis page.

The browser test drives headless Chromium through chromedriver's W3C WebDriver
HTTP API with the standard library only (no selenium).  It needs the Debian
packages ``chromium`` and ``chromium-driver`` (and ``fonts-noto-cjk`` for the
Korean text to render in screenshots).  It is skipped when they are missing,
unless the environment variable ``CI`` is set, in which case it fails.
"""

from __future__ import annotations

import base64
import json
import os
import random
import re
import shutil
import socket
import struct
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph, Literal, URIRef

from kg.export.html import TYPE_STYLES, _assert_offline, render_html, write_html
from kg.namespaces import KGO, RDF, RDFS, SKOS

DATA = Path(__file__).parent / "data" / "html_example.ttl"
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

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("KG_CHROMEDRIVER", "/usr/bin/chromedriver")


# --------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def graph() -> Graph:
    return Graph().parse(DATA, format="turtle")


@pytest.fixture(scope="module")
def page(graph: Graph) -> str:
    return render_html(graph, title="중국 경제 지식 그래프")


def expected_counts(graph: Graph) -> tuple[int, int]:
    """Entities and drawable relations, computed independently of the module."""
    entities = {s for c in CORE for s in graph.subjects(RDF.type, c)}
    edges: set[Any] = set()
    for p in RELATIONS:
        for s, o in graph.subject_objects(p):
            if s in entities and o in entities:
                edges.add((frozenset((s, o)), p) if p == KGO.cooperatesWith else (s, p, o))
    return len(entities), len(edges)


def page_data(page: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The node and edge lists handed to vis.DataSet, parsed back from the page."""
    found = re.findall(r"new vis\.DataSet\((.*?)\);\n", page)
    assert len(found) == 2
    return json.loads(found[0]), json.loads(found[1])


def node(nodes: list[dict[str, Any]], path: str) -> dict[str, Any]:
    return next(n for n in nodes if n["id"] == ID + path)


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text of <title> and the legend."""

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
    legend = page[page.index('<aside id="legend"') : page.index("</aside>")]
    return re.findall(r'<li data-type="([A-Za-z]+)">', legend)


# --------------------------------------------------------------------------------------
# unit tests (no browser)
# --------------------------------------------------------------------------------------


def test_example_counts(graph: Graph, page: str) -> None:
    nodes, edges = page_data(page)
    assert expected_counts(graph) == (EXAMPLE_NODES, EXAMPLE_EDGES)
    assert (len(nodes), len(edges)) == (EXAMPLE_NODES, EXAMPLE_EDGES)
    assert "개체 15 · 관계 15 · 기사 2" in page
    # nothing but entities is drawn
    assert all("/article/" not in n["id"] and "/fact/" not in n["id"] for n in nodes)
    assert ID + "city/seoul" not in {e["to"] for e in edges}


def test_deterministic_same_graph(graph: Graph, page: str) -> None:
    assert render_html(graph, title="중국 경제 지식 그래프") == page


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_deterministic_insertion_order(graph: Graph, page: str, seed: int) -> None:
    assert render_html(shuffled_copy(graph, seed), title="중국 경제 지식 그래프") == page


def test_sorted_order_and_stable_ids(page: str) -> None:
    nodes, edges = page_data(page)
    assert [n["id"] for n in nodes] == sorted(n["id"] for n in nodes)
    assert [e["id"] for e in edges] == [f"e{i}" for i in range(len(edges))]
    assert re.search(r'"randomSeed":\d+', page)


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
    assert node(page_data(html)[0], "firm/odd")["label"] == text


def test_vis_network_is_inlined(page: str) -> None:
    assert "@version 9.1.2" in page
    assert "div.vis-configuration-wrapper" in page  # vis-network.css
    scripts = [a for t, a in parse_tags(page).tags if t == "script"]
    assert len(scripts) == 2  # vis-network, then our data and setup


def test_legend_lists_present_types(page: str) -> None:
    assert legend_types(page) == [str(c).split("#")[1] for c in CORE]
    for style in TYPE_STYLES.values():
        assert f'<span class="ko">{style.ko}</span>' in page
        assert f'<span class="en">{style.en}</span>' in page
        assert f"background: {style.colour}" in page
    assert 'data-key="gazetteer-only"' in page


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


def test_palette_is_twelve_distinct_colours() -> None:
    assert set(TYPE_STYLES) == set(CORE)
    colours = [s.colour.upper() for s in TYPE_STYLES.values()]
    assert len(set(colours)) == 12
    # a type is never told from another of the same shape by hue alone: shapes group types
    assert len({(s.shape, s.colour) for s in TYPE_STYLES.values()}) == 12


def test_node_style_and_labels(page: str) -> None:
    nodes, _ = page_data(page)
    lg = node(nodes, "firm/lg-chem")
    assert lg["label"] == "LG화학"
    assert lg["kgType"] == "Firm" and lg["shape"] == "dot"
    assert lg["color"]["background"] == TYPE_STYLES[KGO.Firm].colour
    gazetteer = {n["id"].removeprefix(ID) for n in nodes if n["kgGazetteerOnly"]}
    assert gazetteer == {"country/cn", "organization/caam"}
    cn = node(nodes, "country/cn")
    assert cn["shapeProperties"]["borderDashes"]
    assert cn["color"]["border"] == TYPE_STYLES[KGO.Country].colour
    assert cn["color"]["background"] != TYPE_STYLES[KGO.Country].colour  # lighter
    assert lg["shapeProperties"]["borderDashes"] is False


def test_tooltips(page: str) -> None:
    nodes, _ = page_data(page)
    xinhua = node(nodes, "media/xinhua")["title"]
    for line in (
        "[ko] 신화통신",
        "[zh-Hant] 新華社",
        "[zh-Hans] 新华社",
        "[zh-Latn-pinyin] Xīnhuá Shè",
        '[en] Xinhua "News" </script><script>window.kgPwned = 1</script>',
        "언론사 · Media outlet (kgo:MediaOutlet)",
        ID + "media/xinhua",
    ):
        assert line in [x.strip() for x in xinhua.split("\n")], line
    assert "<" not in re.sub(r"</?script>", "", xinhua)  # plain text, not HTML
    lg = node(nodes, "firm/lg-chem")["title"]
    assert "  investment: 20 억 달러 (2015)" in lg.split("\n")
    assert "  LG화학, 난징에 전기차 배터리 공장 착공" in lg.split("\n")
    assert "  population: 8500000 명" in node(nodes, "city/nanjing")["title"].split("\n")
    assert "직위 · role: 국무원 총리 @ko" in node(nodes, "person/li-keqiang")["title"]
    assert "gazetteer only" in node(nodes, "country/cn")["title"]


def test_edges(page: str) -> None:
    _, edges = page_data(page)
    by_label: dict[str, list[dict[str, Any]]] = {}
    for e in edges:
        by_label.setdefault(e["label"], []).append(e)
    assert set(by_label) == {str(p).split("#")[1] for p in RELATIONS}
    (coop,) = by_label["cooperatesWith"]
    assert coop["arrows"] == {"to": {"enabled": False}}
    assert {coop["from"], coop["to"]} == {ID + "firm/lg-chem", ID + "firm/hyundai-motor"}
    assert all(e["arrows"] == "to" for e in edges if e is not coop)
    assert "LG화학 ↔ cooperatesWith ↔ 현대자동차" in coop["title"] or (
        "현대자동차 ↔ cooperatesWith ↔ LG화학" in coop["title"]
    )
    pair = [
        e for e in edges if e["from"] == ID + "province/jiangsu" and e["to"] == ID + "country/cn"
    ]
    assert sorted(e["label"] for e in pair) == ["locatedIn", "partOf"]
    assert sum("smooth" in e for e in pair) == 1  # the second one is bent away


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
    assert [t for t, _ in parse_tags(html).tags].count("script") == 2
    assert html.count("</script>") == 2
    assert "<b>x" not in html and "\u2028" not in html
    assert parse_tags(html).title == HOSTILE
    assert "<h1>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>" in html
    nodes, edges = page_data(html)  # the JSON survives, with the label intact
    assert node(nodes, "firm/evil")["label"] == HOSTILE
    assert HOSTILE in edges[0]["title"]


def test_empty_graph() -> None:
    html = render_html(Graph())
    assert page_data(html) == ([], [])
    assert legend_types(html) == []


def test_write_html(graph: Graph, page: str, tmp_path: Path) -> None:
    out = write_html(graph, tmp_path / "sub" / "graph.html", title="중국 경제 지식 그래프")
    assert out == tmp_path / "sub" / "graph.html"
    assert out.read_bytes() == page.encode("utf-8")
    assert [p.name for p in out.parent.iterdir()] == ["graph.html"]  # no temp file left


# --------------------------------------------------------------------------------------
# real browser: headless Chromium through chromedriver (W3C WebDriver over HTTP)
# --------------------------------------------------------------------------------------

CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1400,900",
    "--force-device-scale-factor=1",
]


class WebDriver:
    """The few W3C WebDriver calls the test needs, over a proxy-less HTTP client."""

    def __init__(self, port: int) -> None:
        self.base = f"http://127.0.0.1:{port}"
        self.opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        self.session = ""

    def call(self, method: str, path: str, body: Any = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(
            self.base + path, data=data, method=method, headers={"Content-Type": "application/json"}
        )
        try:
            with self.opener.open(req, timeout=120) as resp:
                return json.loads(resp.read())["value"]
        except urllib.error.HTTPError as err:
            raise AssertionError(f"WebDriver {method} {path}: {err.read()[:2000]!r}") from err

    def s(self, method: str, path: str, body: Any = None) -> Any:
        return self.call(method, f"/session/{self.session}{path}", body)

    def js(self, script: str, *args: Any) -> Any:
        return self.s("POST", "/execute/sync", {"script": script, "args": list(args)})

    def log(self, kind: str) -> list[dict[str, Any]]:
        return self.s("POST", "/se/log", {"type": kind})


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _browser_missing() -> str:
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not shutil.which(p)]
    return ", ".join(missing)


@pytest.fixture
def webdriver(tmp_path: Path) -> Iterator[WebDriver]:
    missing = _browser_missing()
    if missing:
        if os.environ.get("CI", "").lower() not in ("", "0", "false", "no"):
            pytest.fail(
                f"CI is set but {missing} is missing (apt-get install chromium chromium-driver)"
            )
        pytest.skip(f"{missing} not installed (Debian: apt-get install chromium chromium-driver)")
    port = _free_port()
    proc = subprocess.Popen(
        [CHROMEDRIVER, f"--port={port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    driver = WebDriver(port)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if driver.call("GET", "/status").get("ready"):
                    break
            except (OSError, AssertionError):
                pass
            assert time.monotonic() < deadline, "chromedriver did not start"
            time.sleep(0.1)
        caps = {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": CHROMIUM,
                "args": [*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"],
            },
            "goog:loggingPrefs": {"browser": "ALL", "performance": "ALL"},
        }
        created = driver.call("POST", "/session", {"capabilities": {"alwaysMatch": caps}})
        driver.session = created["sessionId"]
        yield driver
    finally:
        if driver.session:
            try:
                driver.call("DELETE", f"/session/{driver.session}")
            except (OSError, AssertionError):
                pass
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", png[16:24])


def test_browser(graph: Graph, webdriver: WebDriver, tmp_path: Path) -> None:
    drv = webdriver
    target = write_html(graph, tmp_path / "graph.html", title="중국 경제 지식 그래프")
    drv.s("POST", "/url", {"url": "about:blank"})
    drv.log("performance")  # drain what the start-up tab loaded (chrome://new-tab-page...)
    drv.log("browser")
    drv.s("POST", "/url", {"url": target.as_uri()})

    deadline = time.monotonic() + 60
    while not drv.js("return window.kgReady === true;"):
        assert time.monotonic() < deadline, "vis-network did not stabilise in 60 s"
        time.sleep(0.2)

    n_nodes, n_edges = expected_counts(graph)
    state = drv.js(
        """
        const legend = document.getElementById('legend');
        const box = legend.getBoundingClientRect();
        const style = getComputedStyle(legend);
        return {
          hasNetwork: typeof network === 'object' && network instanceof vis.Network,
          nodes: network.body.data.nodes.length,
          edges: network.body.data.edges.length,
          drawnNodes: network.body.nodeIndices.length,
          drawnEdges: network.body.edgeIndices.length,
          legendVisible: box.width > 50 && box.height > 50 && style.display !== 'none'
                         && style.visibility === 'visible' && Number(style.opacity) > 0,
          legendTypes: [...legend.querySelectorAll('li[data-type]')].map(li => li.dataset.type),
          canvas: document.querySelector('#mynetwork canvas') !== null,
          pwned: window.kgPwned,
        };
        """
    )
    assert state["hasNetwork"]
    assert (state["nodes"], state["edges"]) == (n_nodes, n_edges) == (EXAMPLE_NODES, EXAMPLE_EDGES)
    assert (state["drawnNodes"], state["drawnEdges"]) == (n_nodes, n_edges)
    assert state["legendVisible"]
    assert state["legendTypes"] == [str(c).split("#")[1] for c in CORE]
    assert state["canvas"] and state["pwned"] is None

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
    drv.s(
        "POST",
        "/actions",
        {
            "actions": [
                {
                    "type": "pointer",
                    "id": "mouse",
                    "parameters": {"pointerType": "mouse"},
                    "actions": [
                        {"type": "pointerMove", "duration": 0, "x": 5, "y": 5},
                        {"type": "pointerMove", "duration": 100, "x": point[0], "y": point[1]},
                        {"type": "pause", "duration": 100},
                        {"type": "pointerMove", "duration": 50, "x": point[0] + 1, "y": point[1]},
                    ],
                }
            ]
        },
    )
    deadline = time.monotonic() + 10
    tooltip = None
    while time.monotonic() < deadline:
        tooltip = drv.js(
            """
            const t = document.querySelector('div.vis-tooltip');
            return t && getComputedStyle(t).visibility === 'visible' ? t.innerText : null;
            """
        )
        if tooltip:
            break
        time.sleep(0.1)
    assert tooltip, "no tooltip on hover"
    assert "[zh-Hant] 新華社" in tooltip and "[zh-Latn-pinyin] Xīnhuá Shè" in tooltip
    assert "</script><script>window.kgPwned = 1</script>" in tooltip
    assert drv.js("return window.kgPwned;") is None

    png = base64.b64decode(drv.s("GET", "/screenshot"))
    shot = tmp_path / "kg_html.png"
    shot.write_bytes(png)
    if os.environ.get("KG_HTML_SCREENSHOT"):
        shutil.copyfile(shot, os.environ["KG_HTML_SCREENSHOT"])
    width, height = png_size(png)
    assert width >= 800 and height >= 500
    assert len(png) > 20_000  # a blank page of this size compresses to a few KB

    errors = [e for e in drv.log("browser") if e.get("level") == "SEVERE"]
    assert not errors, errors
    urls = []
    for entry in drv.log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    assert target.as_uri() in urls
    assert all(u.startswith(("file:", "data:")) for u in urls), urls
