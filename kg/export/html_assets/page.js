"use strict";
// Everything from the graph is data (the JSON block above) and reaches the
// document as text: textContent, createTextNode, canvas labels. No innerHTML.
var KG = JSON.parse(document.getElementById("kg-data").textContent);
var TYPES = {};
KG.types.forEach(function (t) { TYPES[t.key] = t; });
var TYPE_NAMES = {};
KG.types.forEach(function (t) { TYPE_NAMES[t.key] = t.ko + " · " + t.en; });
var nodeIndex = new Map();
KG.nodes.forEach(function (n, i) { nodeIndex.set(n.id, i); });
var adjacency = KG.nodes.map(function () { return []; });
KG.edges.forEach(function (e, i) {
  adjacency[e.from].push(i);
  if (e.to !== e.from) { adjacency[e.to].push(i); }
});
var state = {
  lang: "ko", size: "degree",
  types: new Set(KG.types.map(function (t) { return t.key; })),
  relations: new Set(KG.relations.map(function (r) { return r.key; })),
  articles: null  // null: every article; else a Set of article numbers
};

function fold(text) {
  return String(text).normalize("NFKD").replace(/\p{M}/gu, "").normalize("NFC")
    .toLowerCase().replace(/[\s'\-·•.,()[\]]+/g, "");
}

function labelOf(n, lang) {
  if (lang === "zh") { return n.zh || n.ko; }
  if (lang === "en") { return n.en || n.pinyin || n.ko; }
  return n.ko;
}

function tooltip(n) {
  var t = TYPES[n.type];
  var lines = [labelOf(n, state.lang), t.ko + " · " + t.en + " (kgo:" + n.type + ")", n.id, "",
               "이름 · names"];
  n.names.forEach(function (x) { lines.push("  [" + (x[0] || "-") + "] " + x[1]); });
  n.readings.forEach(function (r) { lines.push("  [한자음 · reading] " + r); });
  if (n.roles.length) { lines.push("직위 · role: " + n.roles.join("; ")); }
  if (n.facts.length) {
    lines.push("수치 · facts");
    n.facts.forEach(function (f) { lines.push("  " + factText(f)); });
  }
  if (n.population) { lines.push("  population: " + n.population + " 명"); }
  if (n.articles.length) {
    lines.push("기사 " + n.articles.length + "건에 언급 · mentioned in " + n.articles.length);
  } else {
    lines.push("기사 언급 없음 (지명 사전에서 추가) · gazetteer only");
  }
  return lines.join("\n");
}

function factText(f) {
  var line = (f.kind || "fact") + ": " + (f.value || "") + (f.unit ? " " + f.unit : "");
  return f.when ? line + " (" + f.when + ")" : line;
}

function sizeValue(n) {
  if (state.size === "pagerank") { return n.pagerank; }
  if (state.size === "degree") { return n.degree; }
  return 1;
}

function visNode(n) {
  var t = TYPES[n.type];
  var fill = n.gazetteer ? t.light : t.colour;
  var v = {
    id: n.id, label: labelOf(n, state.lang), shape: t.shape, value: sizeValue(n),
    color: {background: fill, border: t.colour,
            highlight: {background: fill, border: "#24292f"},
            hover: {background: fill, border: "#24292f"}},
    shapeProperties: {borderDashes: n.gazetteer ? [4, 3] : false},
    kgType: n.type, kgGazetteerOnly: n.gazetteer,
    title: tooltip(n)  // vis-network shows a string title as text
  };
  if (KG.layout === "fixed") { v.x = n.x; v.y = n.y; }
  return v;
}

var parallel = new Map();
function visEdge(e) {
  var a = KG.nodes[e.from], b = KG.nodes[e.to];
  var arrow = e.symmetric ? " ↔ " : " → ";
  var v = {
    id: e.id, from: a.id, to: b.id,
    title: a.ko + arrow + e.rel + arrow + b.ko,
    arrows: e.symmetric ? {to: {enabled: false}} : "to",
    kgRelation: e.rel, kgGazetteer: e.gazetteer
  };
  if (KG.layout === "physics") { v.label = e.rel; }
  if (e.gazetteer) { v.dashes = [5, 4]; v.color = {color: "#b6bec6"}; }
  var pair = e.from < e.to ? e.from + ":" + e.to : e.to + ":" + e.from;
  var k = parallel.get(pair) || 0;
  parallel.set(pair, k + 1);
  if (k && KG.layout === "physics") {  // bend the 2nd, 3rd, ... edge of a pair away
    v.smooth = {enabled: true, type: k % 2 ? "curvedCW" : "curvedCCW",
                roundness: 0.25 * Math.floor((k + 1) / 2)};
  }
  return v;
}

var nodes = new vis.DataSet(KG.nodes.map(visNode));
var edges = new vis.DataSet(KG.edges.map(visEdge));

function nodeShown(n) {
  if (!state.types.has(n.type)) { return false; }
  if (state.articles === null) { return true; }
  if (n.articles.some(function (a) { return state.articles.has(a); })) { return true; }
  // a place the gazetteer added stays beside a shown entity it is linked to
  return n.gazetteer && adjacency[nodeIndex.get(n.id)].some(function (k) {
    var e = KG.edges[k];
    var other = KG.nodes[e.from === nodeIndex.get(n.id) ? e.to : e.from];
    return other.articles.some(function (a) { return state.articles.has(a); });
  });
}
var shownNodes = new Set();
function edgeShown(e) {
  if (!state.relations.has(e.rel)) { return false; }
  if (!shownNodes.has(e.from) || !shownNodes.has(e.to)) { return false; }
  if (state.articles === null) { return true; }
  var dated = e.evidence.filter(function (x) { return x.article !== undefined && x.article >= 0; });
  return dated.length === 0 || dated.some(function (x) { return state.articles.has(x.article); });
}
function recompute() {
  shownNodes = new Set();
  KG.nodes.forEach(function (n, i) { if (nodeShown(n)) { shownNodes.add(i); } });
}
recompute();
var nodeView = new vis.DataView(nodes, {filter: function (v) {
  return shownNodes.has(nodeIndex.get(v.id)); }});
var edgeView = new vis.DataView(edges, {filter: function (v) {
  return edgeShown(KG.edges[Number(v.id.slice(1))]); }});

var container = document.getElementById("mynetwork");
var network = new vis.Network(container, {nodes: nodeView, edges: edgeView}, KG.options);
window.kgReady = false;
window.kgFirstRender = null;
function kgDone() {
  if (window.kgReady) { return; }
  window.kgReady = true;
  document.getElementById("status").textContent = "";
  // laid out: hold the picture still (dragging a node moves only that node)
  if (KG.layout === "physics") { network.setOptions({physics: {enabled: false}}); }
  if (KG.focus) { select(KG.focus, true); }
}
network.once("afterDrawing", function () {
  window.kgFirstRender = performance.now();
  if (KG.layout === "fixed") { kgDone(); }
});
network.once("stabilizationIterationsDone", kgDone);
network.once("stabilized", kgDone);
network.on("stabilizationProgress", function (p) {
  document.getElementById("status").textContent =
    "배치 계산 중 " + Math.round(100 * p.iterations / p.total) + "%";
});
if (KG.nodes.length === 0) { kgDone(); }

function showCounts() {
  var ne = 0;
  KG.edges.forEach(function (e) { if (edgeShown(e)) { ne++; } });
  var el = document.getElementById("visible");
  el.textContent = (shownNodes.size === KG.nodes.length && ne === KG.edges.length) ? "" :
    "표시 · shown " + shownNodes.size + " / " + ne;
  el.dataset.nodes = shownNodes.size;
  el.dataset.edges = ne;
}
function refilter() {
  recompute();
  nodeView.refresh();
  edgeView.refresh();
  showCounts();
}
showCounts();

// ---------------------------------------------------------------- tooltips, labels, sizes

document.querySelectorAll("input[name=lang]").forEach(function (el) {
  el.addEventListener("change", function () {
    state.lang = el.value;
    nodes.update(KG.nodes.map(function (n) { return {id: n.id, label: labelOf(n, state.lang)}; }));
    if (current) { current(); }
  });
});
document.getElementById("size").addEventListener("change", function (ev) {
  state.size = ev.target.value;
  nodes.update(KG.nodes.map(function (n) { return {id: n.id, value: sizeValue(n)}; }));
});

// ---------------------------------------------------------------- filters
document.querySelectorAll("input.type-filter").forEach(function (el) {
  el.addEventListener("change", function () {
    if (el.checked) { state.types.add(el.value); } else { state.types.delete(el.value); }
    refilter();
  });
});
document.querySelectorAll("input.relation-filter").forEach(function (el) {
  el.addEventListener("change", function () {
    if (el.checked) { state.relations.add(el.value); } else { state.relations.delete(el.value); }
    refilter();
  });
});
function articleFilter() {
  var pick = document.getElementById("article");
  var from = document.getElementById("date-from");
  var to = document.getElementById("date-to");
  var chosen = pick && pick.value !== "" ? Number(pick.value) : null;
  var lo = from ? from.value : "", hi = to ? to.value : "";
  if (chosen === null && !lo && !hi) { state.articles = null; refilter(); return; }
  state.articles = new Set();
  KG.articles.forEach(function (a, i) {
    if (chosen !== null && i !== chosen) { return; }
    if ((lo || hi) && !a.date) { return; }
    if (lo && a.date < lo) { return; }
    if (hi && a.date > hi) { return; }
    state.articles.add(i);
  });
  refilter();
}
["article", "date-from", "date-to"].forEach(function (id) {
  var el = document.getElementById(id);
  if (el) { el.addEventListener("change", articleFilter); }
});

// ---------------------------------------------------------------- search
var searchIndex = [];
KG.nodes.forEach(function (n, i) {
  var seen = new Set();
  [n.ko].concat(n.names.map(function (x) { return x[1]; }), n.readings).forEach(function (name) {
    var f = fold(name);
    if (f && !seen.has(f)) { seen.add(f); searchIndex.push([f, i, name]); }
  });
});
function search(query) {
  var q = fold(query);
  if (!q) { return []; }
  var ranked = [];
  searchIndex.forEach(function (item) {
    var at = item[0].indexOf(q);
    if (at < 0) { return; }
    var rank = item[0] === q ? 0 : at === 0 ? 1 : 2;
    ranked.push([rank, item[0].length, item[1], item[2]]);
  });
  ranked.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
  var out = [], seen = new Set();
  for (var k = 0; k < ranked.length && out.length < 12; k++) {
    if (!seen.has(ranked[k][2])) { seen.add(ranked[k][2]); out.push(ranked[k]); }
  }
  return out;
}
var box = document.getElementById("search");
var list = document.getElementById("suggestions");
var hits = [], active = -1;
function showSuggestions() {
  hits = search(box.value);
  active = hits.length ? 0 : -1;
  list.replaceChildren();
  hits.forEach(function (h, k) {
    var n = KG.nodes[h[2]];
    var li = document.createElement("li");
    li.setAttribute("role", "option");
    li.dataset.id = n.id;
    li.setAttribute("aria-selected", k === active ? "true" : "false");
    var sw = document.createElement("span");
    sw.className = "sw sw-" + TYPES[n.type].shape;
    sw.style.background = TYPES[n.type].colour;
    var name = document.createElement("span");
    name.textContent = labelOf(n, state.lang);
    var match = document.createElement("span");
    match.className = "match";
    match.textContent = h[3] === name.textContent ? TYPES[n.type].en : h[3] + " · " + TYPES[n.type].en;
    li.append(sw, name, match);
    li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(k); });
    list.append(li);
  });
  list.hidden = hits.length === 0;
}
function choose(k) {
  if (k < 0 || k >= hits.length) { return; }
  var n = KG.nodes[hits[k][2]];
  box.value = labelOf(n, state.lang);
  list.hidden = true;
  select(n.id, true);
}
box.addEventListener("input", showSuggestions);
box.addEventListener("keydown", function (ev) {
  if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
    if (!hits.length) { return; }
    active = (active + (ev.key === "ArrowDown" ? 1 : hits.length - 1)) % hits.length;
    list.querySelectorAll("li").forEach(function (li, k) {
      li.setAttribute("aria-selected", k === active ? "true" : "false"); });
    ev.preventDefault();
  } else if (ev.key === "Enter") {
    if (!hits.length) { showSuggestions(); }
    choose(active < 0 ? 0 : active);
    ev.preventDefault();
  } else if (ev.key === "Escape") {
    list.hidden = true;
  }
});
box.addEventListener("blur", function () { list.hidden = true; });

// ---------------------------------------------------------------- side panel
var panel = document.getElementById("panel");
var current = null;  // re-draws the panel (after a label switch)
function el(tag, text, cls) {
  var x = document.createElement(tag);
  if (text !== undefined && text !== null) { x.textContent = String(text); }
  if (cls) { x.className = cls; }
  return x;
}
function marked(text, names) {
  // text with every occurrence of one of names in <mark>, built from text nodes
  var wanted = Array.from(new Set(names.filter(function (s) { return s && s.length >= 1; })))
    .sort(function (a, b) { return b.length - a.length; });
  var frag = document.createDocumentFragment();
  var i = 0, plain = "";
  while (i < text.length) {
    var hit = null;
    for (var k = 0; k < wanted.length; k++) {
      if (text.startsWith(wanted[k], i)) { hit = wanted[k]; break; }
    }
    if (hit) {
      if (plain) { frag.append(document.createTextNode(plain)); plain = ""; }
      frag.append(el("mark", hit));
      i += hit.length;
    } else {
      plain += text[i];
      i += 1;
    }
  }
  if (plain) { frag.append(document.createTextNode(plain)); }
  return frag;
}
function namesOf(n) {
  return [n.ko].concat(n.names.map(function (x) { return x[1]; }), n.readings)
    .filter(function (s) { return s.length >= 2 || s === n.ko; });
}
function sentenceBlock(k, names) {
  var s = KG.sentences[k];
  var q = el("blockquote");
  q.append(marked(s.text, names));
  var a = s.article >= 0 ? KG.articles[s.article] : null;
  if (a) { q.append(el("div", (a.date ? a.date + " · " : "") + a.title, "source")); }
  return q;
}
function nodeButton(n) {
  var b = el("button", labelOf(n, state.lang), "link");
  b.type = "button";
  b.addEventListener("click", function () { select(n.id, true); });
  return b;
}
function showNode(i) {
  var n = KG.nodes[i], t = TYPES[n.type];
  panel.replaceChildren();
  panel.dataset.kind = "node";
  panel.dataset.id = n.id;
  var h = el("h2", labelOf(n, state.lang));
  panel.append(h);
  var chip = el("span", t.ko + " · " + t.en, "type");
  chip.style.background = t.colour;
  panel.append(chip);
  panel.append(el("span", n.gazetteer ? "지명 사전 · gazetteer only" : "기사 " +
    n.articles.length + "건 · in " + n.articles.length + " article(s)", "origin"));
  if (!shownNodes.has(i)) { panel.append(el("p", "필터에 가려짐 · hidden by the filters", "muted")); }
  panel.append(el("h3", "이름 · names"));
  var table = el("table", null, "names");
  n.names.forEach(function (x) {
    var tr = el("tr");
    tr.append(el("td", x[0] || "-", "lang"), el("td", x[1]));
    table.append(tr);
  });
  n.readings.forEach(function (r) {
    var tr = el("tr");
    tr.append(el("td", "한자음", "lang"), el("td", r));
    table.append(tr);
  });
  panel.append(table);
  var iri = el("p", n.id, "muted");
  iri.style.wordBreak = "break-all";
  panel.append(iri);
  n.geonames.forEach(function (g) {
    if (!/^https?:\/\/(sws\.|www\.)?geonames\.org\/\d+\/?$/.test(g)) { return; }
    var a = el("a", "GeoNames " + g.replace(/\D+/g, ""));
    a.href = g;
    a.rel = "noopener noreferrer external";
    a.target = "_blank";
    var p = el("p");
    p.append(a);
    panel.append(p);
  });
  if (n.facts.length || n.roles.length || n.population) {
    panel.append(el("h3", "사실 · facts"));
    var ul = el("ul");
    n.roles.forEach(function (r) { ul.append(el("li", "직위 · post: " + r)); });
    n.facts.forEach(function (f) { ul.append(el("li", factText(f))); });
    if (n.population) { ul.append(el("li", "인구 · population: " + n.population)); }
    panel.append(ul);
  }
  n.notes.forEach(function (note) { panel.append(el("p", "※ " + note, "muted")); });
  panel.append(el("h3", "이웃 · neighbours (" + adjacency[i].length + ")"));
  var nb = el("ul", null, "neighbours");
  adjacency[i].slice(0, 200).forEach(function (k) {
    var e = KG.edges[k];
    var out = e.from === i;
    var other = KG.nodes[out ? e.to : e.from];
    var li = el("li");
    li.append(el("span", (e.symmetric ? "↔ " : out ? "→ " : "← ") + e.rel + " "), nodeButton(other));
    if (e.gazetteer) { li.append(el("span", " (gazetteer)", "muted")); }
    nb.append(li);
  });
  panel.append(nb);
  panel.append(el("h3", "언급한 문장 · sentences (" + (n.sentences.length + n.more) + ")"));
  var names = namesOf(n);
  n.sentences.forEach(function (k) { panel.append(sentenceBlock(k, names)); });
  if (n.more) { panel.append(el("p", "… +" + n.more, "muted")); }
  panel.append(el("p", "centrality: degree " + n.degree + " · PageRank " + n.pagerank, "muted"));
  current = function () { showNode(i); };
}
function showEdge(k) {
  var e = KG.edges[k], a = KG.nodes[e.from], b = KG.nodes[e.to];
  panel.replaceChildren();
  panel.dataset.kind = "edge";
  panel.dataset.id = e.id;
  var h = el("h2");
  h.append(nodeButton(a), el("span", e.symmetric ? " ↔ " : " → "), el("span", e.rel),
           el("span", e.symmetric ? " ↔ " : " → "), nodeButton(b));
  panel.append(h);
  panel.append(el("span", e.gazetteer ? "지명 사전 · gazetteer" : "본문 · text", "origin"));
  panel.append(el("h3", "근거 · evidence (" + e.evidence.length + ")"));
  if (!e.evidence.length) { panel.append(el("p", "출처 기록 없음 · no statement recorded", "muted")); }
  var names = namesOf(a).concat(namesOf(b));
  e.evidence.forEach(function (x) {
    var div = el("div", null, "evidence");
    if (x.sentence !== undefined) { div.append(sentenceBlock(x.sentence, names)); }
    div.append(el("div", (x.origin === "gazetteer" ? "지명 사전 · gazetteer" : "본문 · text") +
      " · rule " + (x.rule || "-") + " · confidence " + (x.confidence || "-"), "source rule"));
    panel.append(div);
  });
  current = function () { showEdge(k); };
}
function select(id, focus) {
  var i = nodeIndex.get(id);
  if (i === undefined) { return; }
  if (shownNodes.has(i)) {
    network.selectNodes([id]);
    if (focus) {
      network.focus(id, {scale: Math.max(network.getScale(), 1.0), animation: false});
    }
  }
  showNode(i);
}
network.on("click", function (p) {
  if (p.nodes.length) { showNode(nodeIndex.get(p.nodes[0])); }
  else if (p.edges.length) { showEdge(Number(String(p.edges[0]).slice(1))); }
});
