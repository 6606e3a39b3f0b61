"""An interactive, self-contained HTML view of the graph (pyvis / vis-network).

Only the entities (IRIs typed with one of the twelve core classes) and the core
relations between them are drawn; articles, facts, sentences and reified
statements are not nodes, they feed the tooltips instead.  The page makes no
outside request: vis-network's JS and CSS (shipped inside the pyvis package) are
inlined, Bootstrap and tom-select are left out, and a Content-Security-Policy
forbids any fetch.  The same graph always gives the same bytes.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pyvis
from jinja2 import Environment, StrictUndefined
from markupsafe import Markup
from pyvis.network import Network
from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg.export import atomic_write
from kg.namespaces import CORE_RELATIONS, DCTERMS, KGO, RDF, RDFS, SKOS

__all__ = ["CORE_CLASSES", "RELATIONS", "TYPE_STYLES", "TypeStyle", "render_html", "write_html"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TypeStyle:
    """How one core class is drawn: fill colour, vis-network shape, legend names."""

    colour: str
    shape: str
    ko: str
    en: str


# Okabe-Ito (7) and Paul Tol "muted" (5) colours; the shape encodes the broad
# group (agents ●, places ■, policy/project ◆, person ▲, sector ⬢) so that two
# types never depend on hue alone.
TYPE_STYLES: dict[URIRef, TypeStyle] = {
    KGO.Firm: TypeStyle("#0072B2", "dot", "기업", "Firm"),
    KGO.GovernmentBody: TypeStyle("#D55E00", "dot", "정부 기관", "Government body"),
    KGO.Organization: TypeStyle("#009E73", "dot", "기구·단체", "Organization"),
    KGO.MediaOutlet: TypeStyle("#CC79A7", "dot", "언론사", "Media outlet"),
    KGO.Country: TypeStyle("#E69F00", "square", "국가", "Country"),
    KGO.Province: TypeStyle("#56B4E9", "square", "성(省)", "Province"),
    KGO.City: TypeStyle("#F0E442", "square", "도시", "City"),
    KGO.Park: TypeStyle("#882255", "square", "산업단지", "Park"),
    KGO.Policy: TypeStyle("#AA4499", "diamond", "정책", "Policy"),
    KGO.Project: TypeStyle("#44AA99", "diamond", "프로젝트", "Project"),
    KGO.Person: TypeStyle("#332288", "triangle", "인물", "Person"),
    KGO.Sector: TypeStyle("#999933", "hexagon", "산업 부문", "Sector"),
}
CORE_CLASSES: tuple[URIRef, ...] = tuple(TYPE_STYLES)

RELATIONS: tuple[URIRef, ...] = tuple(KGO[name] for name in CORE_RELATIONS)
SYMMETRIC: frozenset[URIRef] = frozenset({KGO.cooperatesWith})

LABEL_PROPERTIES: tuple[URIRef, ...] = (SKOS.prefLabel, RDFS.label, SKOS.altLabel)
LANGUAGE_ORDER: tuple[str, ...] = ("ko", "zh-hant", "zh-hans", "zh-latn-pinyin", "en")

RANDOM_SEED = 20150716
FONT_STACK = (
    "'Noto Sans CJK KR', 'Noto Sans KR', 'NanumGothic', 'Malgun Gothic', "
    "'Apple SD Gothic Neo', 'Noto Sans CJK SC', sans-serif"
)
MAX_ARTICLES_IN_TOOLTIP = 5
CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data:; font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'"
)

# attributes that make the browser load something, and CSS that does
_URL_ATTRIBUTES = frozenset(
    {"src", "href", "srcset", "action", "formaction", "poster", "data", "background", "ping"}
)
_CSS_LOAD = re.compile(r"""url\(\s*(?!["']?\s*data:)|@import""", re.IGNORECASE)


# --------------------------------------------------------------------------- model


@dataclass(frozen=True)
class _Entity:
    iri: URIRef
    type: URIRef
    label: str
    tooltip: str
    gazetteer_only: bool


@dataclass(frozen=True)
class _Relation:
    source: URIRef
    prop: URIRef
    target: URIRef


def _local_name(iri: str) -> str:
    """The part of ``iri`` after the last ``#`` or ``/``."""
    return re.split(r"[#/]", iri.rstrip("/#"))[-1] or iri


def _lang_key(lang: str | None) -> tuple[int, str]:
    low = (lang or "").lower()
    rank = LANGUAGE_ORDER.index(low) if low in LANGUAGE_ORDER else len(LANGUAGE_ORDER)
    return (rank if lang else rank + 1, low)


def _literals(graph: Graph, subject: Node, prop: URIRef) -> list[Literal]:
    return sorted(
        (o for o in graph.objects(subject, prop) if isinstance(o, Literal)),
        key=lambda lit: (_lang_key(lit.language), str(lit)),
    )


def _korean_label(graph: Graph, iri: URIRef) -> str:
    """``skos:prefLabel``@ko, else ``rdfs:label``@ko, else any label, else the local name."""
    for want_ko in (True, False):
        for prop in (SKOS.prefLabel, RDFS.label):
            for lit in _literals(graph, iri, prop):
                if not want_ko or (lit.language or "").lower() == "ko":
                    return str(lit)
    return _local_name(str(iri))


def _show_literal(lit: Literal) -> str:
    return f"{lit} @{lit.language}" if lit.language else str(lit)


def _fact_lines(graph: Graph, iri: URIRef) -> list[str]:
    lines = []
    for fact in graph.objects(iri, KGO.hasFact):
        kind = ", ".join(str(x) for x in _literals(graph, fact, KGO.factType)) or "fact"
        value = ", ".join(str(x) for x in _literals(graph, fact, KGO.value))
        unit = ", ".join(str(x) for x in _literals(graph, fact, KGO.unit))
        when = ", ".join(str(x) for p in (KGO.year, KGO.date) for x in _literals(graph, fact, p))
        line = f"  {kind}: {value} {unit}".rstrip()
        lines.append(f"{line} ({when})" if when else line)
    return sorted(lines)


def _tooltip(graph: Graph, iri: URIRef, kind: URIRef, label: str, articles: list[str]) -> str:
    """Plain-text tooltip: names with language tags, type, IRI, role, facts, articles."""
    style = TYPE_STYLES[kind]
    lines = [label, f"{style.ko} · {style.en} (kgo:{_local_name(str(kind))})", str(iri), ""]
    seen: set[tuple[str, str]] = set()
    names = []
    for prop in LABEL_PROPERTIES:
        for lit in graph.objects(iri, prop):
            if isinstance(lit, Literal) and (str(lit), lit.language or "") not in seen:
                seen.add((str(lit), lit.language or ""))
                names.append(lit)
    lines.append("이름 · names")
    for lit in sorted(names, key=lambda x: (_lang_key(x.language), str(x))):
        lines.append(f"  [{lit.language or '-'}] {lit}")
    roles = [_show_literal(x) for p in (KGO.role, KGO.roleEn) for x in _literals(graph, iri, p)]
    if roles:
        lines.append("직위 · role: " + "; ".join(roles))
    facts = _fact_lines(graph, iri)
    if facts:
        lines += ["수치 · facts", *facts]
    if articles:
        lines.append(f"기사 {len(articles)}건에 언급 · mentioned in {len(articles)}")
        lines += [f"  {t}" for t in articles[:MAX_ARTICLES_IN_TOOLTIP]]
        if len(articles) > MAX_ARTICLES_IN_TOOLTIP:
            lines.append(f"  … +{len(articles) - MAX_ARTICLES_IN_TOOLTIP}")
    else:
        lines.append("기사 언급 없음 (지명 사전에서 추가) · gazetteer only")
    return "\n".join(lines)


def _collect(graph: Graph) -> tuple[list[_Entity], list[_Relation], int]:
    """Entities sorted by IRI, relations sorted and de-duplicated, number of articles."""
    types: dict[URIRef, URIRef] = {}
    for kind in reversed(CORE_CLASSES):  # the first class in CORE_CLASSES wins
        for s in graph.subjects(RDF.type, kind):
            if isinstance(s, URIRef):
                types[s] = kind

    article_titles: dict[Node, str] = {}
    for art in graph.subjects(RDF.type, KGO.Article):
        titles = _literals(graph, art, DCTERMS.title)
        article_titles[art] = str(titles[0]) if titles else _local_name(str(art))
    mentioned_in: dict[URIRef, list[str]] = defaultdict(list)
    for art, ent in graph.subject_objects(KGO.mentions):
        if isinstance(ent, URIRef):
            mentioned_in[ent].append(article_titles.get(art) or _local_name(str(art)))

    entities = []
    for iri in sorted(types, key=str):
        label = _korean_label(graph, iri)
        articles = sorted(set(mentioned_in.get(iri, [])))
        entities.append(
            _Entity(
                iri=iri,
                type=types[iri],
                label=label,
                tooltip=_tooltip(graph, iri, types[iri], label, articles),
                gazetteer_only=iri not in mentioned_in,
            )
        )

    relations: set[_Relation] = set()
    for prop in RELATIONS:
        for s, o in graph.subject_objects(prop):
            if s not in types or o not in types:
                log.debug("not drawn (no typed entity at an end): %s %s %s", s, prop, o)
                continue
            if prop in SYMMETRIC and str(o) < str(s):
                s, o = o, s
            relations.add(_Relation(URIRef(s), prop, URIRef(o)))
    ordered = sorted(relations, key=lambda r: (str(r.source), str(r.prop), str(r.target)))
    return entities, ordered, len(article_titles)


# --------------------------------------------------------------------------- pyvis


def _lighter(colour: str, amount: float = 0.6) -> str:
    """``colour`` mixed with white (``amount`` = share of white)."""
    rgb = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(c + (255 - c) * amount):02X}" for c in rgb)


def _options() -> dict[str, Any]:
    font = {"face": FONT_STACK, "strokeColor": "#ffffff"}
    return {
        "autoResize": True,
        "layout": {"randomSeed": RANDOM_SEED, "improvedLayout": True},
        "nodes": {
            "size": 16,
            "borderWidth": 2,
            "font": {**font, "size": 15, "color": "#1f2328", "strokeWidth": 4},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "color": {"color": "#8c959f", "highlight": "#24292f", "hover": "#57606a"},
            "font": {**font, "size": 11, "color": "#57606a", "strokeWidth": 3, "align": "middle"},
            "smooth": {"enabled": True, "type": "continuous", "roundness": 0.25},
            "width": 1.2,
            "selectionWidth": 1.5,
        },
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -80,
                "centralGravity": 0.01,
                "springLength": 140,
                "springConstant": 0.06,
                "damping": 0.5,
                "avoidOverlap": 0.6,
            },
            "stabilization": {"enabled": True, "iterations": 1000, "updateInterval": 50},
            "minVelocity": 0.75,
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False},
        "manipulation": {"enabled": False},
        "configure": {"enabled": False},
    }


def _network(entities: list[_Entity], relations: list[_Relation]) -> Network:
    """The pyvis ``Network`` (nodes and edges in sorted order, explicit edge ids)."""
    net = Network(directed=True, cdn_resources="in_line", height="100%", width="100%")
    for ent in entities:
        style = TYPE_STYLES[ent.type]
        fill = _lighter(style.colour) if ent.gazetteer_only else style.colour
        net.add_node(
            str(ent.iri),
            label=ent.label,
            shape=style.shape,
            color={
                "background": fill,
                "border": style.colour,
                "highlight": {"background": fill, "border": "#24292f"},
                "hover": {"background": fill, "border": "#24292f"},
            },
            title=ent.tooltip,
            shapeProperties={"borderDashes": [4, 3] if ent.gazetteer_only else False},
            kgType=_local_name(str(ent.type)),
            kgGazetteerOnly=ent.gazetteer_only,
        )
    label_of = {ent.iri: ent.label for ent in entities}
    parallel: dict[frozenset[URIRef], int] = defaultdict(int)
    for i, rel in enumerate(relations):
        name = _local_name(str(rel.prop))
        symmetric = rel.prop in SYMMETRIC
        arrow = " ↔ " if symmetric else " → "
        extra: dict[str, Any] = {}
        if symmetric:
            extra["arrows"] = {"to": {"enabled": False}}
        k = parallel[frozenset((rel.source, rel.target))]
        parallel[frozenset((rel.source, rel.target))] += 1
        if k:  # bend the 2nd, 3rd, ... edge between one pair to alternate sides
            side = "curvedCW" if k % 2 else "curvedCCW"
            extra["smooth"] = {"enabled": True, "type": side, "roundness": 0.25 * ((k + 1) // 2)}
        net.add_edge(
            str(rel.source),
            str(rel.target),
            id=f"e{i}",
            label=name,
            title=f"{label_of[rel.source]}{arrow}{name}{arrow}{label_of[rel.target]}",
            **extra,
        )
    net.options = _options()
    return net


# --------------------------------------------------------------------------- page

_ICON = re.compile(r'url\("data:image/png;base64,[A-Za-z0-9+/=]*"\)')


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """vis-network's JS and CSS as shipped inside the pyvis package."""
    base = Path(pyvis.__file__).parent
    for lib in (base / "templates" / "lib" / "vis-9.1.2", base / "lib" / "vis-9.1.2"):
        if (lib / "vis-network.min.js").is_file():
            js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
            css = (lib / "vis-network.css").read_text(encoding="utf-8")
            # 205 of its 220 KB are PNG icons of the navigation/manipulation buttons,
            # which the page does not enable (navigationButtons and manipulation are off)
            css = _ICON.sub("none", css)
            if re.search(r"</script", js, re.I) or re.search(r"</style", css, re.I):
                raise RuntimeError(f"{lib} cannot be inlined safely")
            return js, css
    raise FileNotFoundError(f"vis-network 9.1.2 not found in the pyvis package at {base}")


def _script_json(data: Any) -> Markup:
    """JSON that is safe inside ``<script>``: no ``<``, ``>``, ``&``, U+2028/9 left raw."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for raw, esc in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, esc)
    return Markup(text)


class _OfflineCheck(HTMLParser):
    """Collects every attribute or style sheet of a page that would load a resource."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_style = tag == "style"
        for name, value in attrs:
            if value is None:
                continue
            if name in _URL_ATTRIBUTES and not value.strip().lower().startswith(("data:", "#")):
                self.problems.append(f"<{tag} {name}={value!r}>")
            if name == "style" and _CSS_LOAD.search(value):
                self.problems.append(f"<{tag} style={value!r}>")

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            for match in _CSS_LOAD.finditer(data):
                self.problems.append(f"<style>…{data[match.start() : match.end() + 60]}")


def _assert_offline(page: str) -> None:
    """Refuse to produce a page that would load anything, even a local file.

    Graph text only reaches the page as escaped text or as JSON inside a script,
    so only the markup and the style sheets are checked.
    """
    check = _OfflineCheck()
    check.feed(page)
    check.close()
    if check.problems:
        raise RuntimeError(f"the HTML page would load a resource: {check.problems[:3]}")


_CSS = """
html, body { margin: 0; height: 100%; }
body { display: flex; flex-direction: column; font-family: FONT; color: #1f2328;
  background: #ffffff; }
header { display: flex; align-items: baseline; gap: 16px; padding: 8px 16px;
  border-bottom: 1px solid #d0d7de; }
header h1 { margin: 0; font-size: 18px; font-weight: 600; }
header .stats, header .status { font-size: 13px; color: #57606a; }
header .status { margin-left: auto; }
main { position: relative; flex: 1; min-height: 480px; }
#mynetwork { position: absolute; inset: 0; }
#legend { position: absolute; top: 12px; left: 12px; z-index: 2; font-size: 13px;
  background: rgba(255, 255, 255, 0.93); border: 1px solid #d0d7de; border-radius: 6px;
  padding: 8px 10px; max-height: calc(100% - 48px); overflow: auto;
  box-shadow: 0 1px 3px rgba(31, 35, 40, 0.12); }
#legend h2 { margin: 0 0 6px; font-size: 13px; font-weight: 600; }
#legend ul { list-style: none; margin: 0; padding: 0; }
#legend li { display: flex; align-items: center; gap: 7px; margin: 3px 0; }
#legend .en { color: #57606a; }
#legend .count { margin-left: auto; padding-left: 10px; color: #57606a;
  font-variant-numeric: tabular-nums; }
#legend hr { border: 0; border-top: 1px solid #d0d7de; margin: 6px 0; }
.sw { flex: none; display: inline-block; width: 14px; height: 14px;
  box-sizing: border-box; }
.sw-dot { border-radius: 50%; }
.sw-diamond { transform: rotate(45deg) scale(0.8); }
.sw-triangle { clip-path: polygon(50% 0, 100% 100%, 0 100%); }
.sw-hexagon { clip-path: polygon(25% 0, 75% 0, 100% 50%, 75% 100%, 25% 100%, 0 50%); }
.sw-gazetteer { border: 2px dashed #57606a; border-radius: 50%; background: #eaeef2; }
.sw-edge { height: 0; width: 22px; border-top: 2px solid #8c959f; }
div.vis-tooltip { white-space: pre-wrap; max-width: 520px; font-family: FONT;
  font-size: 13px; line-height: 1.45; color: #1f2328; background: #ffffff;
  border: 1px solid #d0d7de; border-radius: 6px; padding: 8px 10px; }
""".replace("FONT", FONT_STACK)

_JS = """
var nodes = new vis.DataSet(KG_NODES);
var edges = new vis.DataSet(KG_EDGES);
var container = document.getElementById("mynetwork");
var network = new vis.Network(container, {nodes: nodes, edges: edges}, KG_OPTIONS);
window.kgReady = false;
function kgDone() {
  if (window.kgReady) { return; }
  window.kgReady = true;
  document.getElementById("status").textContent = "";
}
network.once("stabilizationIterationsDone", kgDone);
network.once("stabilized", kgDone);
network.on("stabilizationProgress", function (p) {
  document.getElementById("status").textContent =
    "배치 계산 중 " + Math.round(100 * p.iterations / p.total) + "%";
});
if (nodes.length === 0) { kgDone(); }
"""

_TEMPLATE = """<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{ csp }}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="kg (pyvis {{ pyvis_version }}, vis-network 9.1.2)">
<title>{{ title }}</title>
<link rel="icon" href="data:,">
<style>
{{ vis_css }}
</style>
<style>{{ css }}</style>
<script>
{{ vis_js }}
</script>
</head>
<body>
<header>
<h1>{{ title }}</h1>
<span class="stats">개체 {{ n_nodes }} · 관계 {{ n_edges }} · 기사 {{ n_articles }}</span>
<span class="status" id="status">배치 계산 중…</span>
</header>
<main>
<aside id="legend" aria-label="범례 legend">
<h2>유형 · types</h2>
<ul>
{%- for item in legend %}
<li data-type="{{ item.key }}"><span class="sw sw-{{ item.shape }}" \
style="background: {{ item.colour }}"></span><span class="ko">{{ item.ko }}</span> \
<span class="en">{{ item.en }}</span><span class="count">{{ item.count }}</span></li>
{%- endfor %}
</ul>
<hr>
<ul>
{%- if n_gazetteer %}
<li data-key="gazetteer-only"><span class="sw sw-gazetteer"></span>\
<span class="ko">기사 언급 없음</span> <span class="en">gazetteer only</span>\
<span class="count">{{ n_gazetteer }}</span></li>
{%- endif %}
<li data-key="edge"><span class="sw sw-edge"></span>\
<span class="ko">관계</span> <span class="en">relation (→; cooperatesWith ↔)</span></li>
</ul>
</aside>
<div id="mynetwork"></div>
</main>
<script>
{{ js }}
</script>
</body>
</html>
"""


@lru_cache(maxsize=1)
def _template() -> Any:
    env = Environment(autoescape=True, undefined=StrictUndefined, keep_trailing_newline=True)
    return env.from_string(_TEMPLATE)


def _legend(entities: Iterable[_Entity]) -> list[dict[str, Any]]:
    counts: Mapping[URIRef, int] = _count(e.type for e in entities)
    return [
        {
            "key": _local_name(str(kind)),
            "colour": style.colour,
            "shape": style.shape,
            "ko": style.ko,
            "en": style.en,
            "count": counts[kind],
        }
        for kind, style in TYPE_STYLES.items()
        if counts.get(kind)
    ]


def _count(items: Iterable[URIRef]) -> dict[URIRef, int]:
    counts: dict[URIRef, int] = defaultdict(int)
    for item in items:
        counts[item] += 1
    return counts


def render_html(graph: Graph, title: str = "kg") -> str:
    """Render ``graph`` as one self-contained, deterministic HTML page.

    Args:
        graph: the knowledge graph.
        title: page title and heading (escaped).

    Returns:
        The HTML text; it references no outside resource.
    """
    entities, relations, n_articles = _collect(graph)
    net = _network(entities, relations)
    nodes, edges, _heading, _height, _width, _options_json = net.get_network_data()
    vis_js, vis_css = _vis_assets()
    js = (
        _JS.replace("KG_NODES", _script_json(nodes))
        .replace("KG_EDGES", _script_json(edges))
        .replace("KG_OPTIONS", _script_json(net.options))
    )
    page = _template().render(
        csp=CSP,
        pyvis_version=getattr(pyvis, "__version__", "0.3.2"),
        title=title,
        vis_css=Markup(vis_css),
        css=Markup(_CSS),
        vis_js=Markup(vis_js),
        js=Markup(js),
        n_nodes=len(nodes),
        n_edges=len(edges),
        n_articles=n_articles,
        n_gazetteer=sum(e.gazetteer_only for e in entities),
        legend=_legend(entities),
    )
    _assert_offline(page)
    return page


def write_html(graph: Graph, path: str | os.PathLike[str], title: str = "kg") -> Path:
    """Write :func:`render_html` of ``graph`` to ``path`` atomically; return the path."""
    page = render_html(graph, title).encode("utf-8")
    target = atomic_write(path, page)
    log.info("wrote %s (%.0f KB)", target, len(page) / 1024)
    return target
