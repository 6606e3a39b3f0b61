"""Property tests (hypothesis): hostile names through IRIs, literals, the page and ingest.

Every test is derandomised (its examples follow from its name) and bounded, so a
run is fast and the same everywhere; raise ``max_examples`` locally to search
harder.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal

from kg.export import html, turtle
from kg.graph import Corpus, build_dataset, union
from kg.ingest import InputError, clean, clean_line, read_paths
from kg.namespaces import KGE_IRI, KGO, RDFS, SKOS, iri_path, mint
from kg.records import Article, Entity

SETTINGS = {"derandomize": True, "deadline": None, "database": None,
            "suppress_health_check": [HealthCheck.function_scoped_fixture,
                                      HealthCheck.too_slow]}

# any code point, surrogates and controls included
ANY_CHAR = st.characters(exclude_categories=[])
HOSTILE = st.sampled_from(list('<>"{}|\\^`%#?/ .\x00\x01\x1f\x7f\x85\u2028\u202e\ufeff'
                               '\ufffe\ud800\udfff') + ["..", "\r\n", "]]>", "'''", '"""'])
KEYS = st.lists(st.one_of(ANY_CHAR, HOSTILE), max_size=12).map("".join)
# text that reaches a label: what ingest leaves of any string
LABELS = st.lists(st.one_of(ANY_CHAR, HOSTILE, st.sampled_from(list("삼성전자洛陽"))),
                  min_size=1, max_size=20).map(lambda cs: clean_line("".join(cs)) or "가")


@settings(max_examples=300, **SETTINGS)
@given(KEYS)
@example("firm/창룽그룹")
@example("x/../y/./z")
@example("a%20b")
def test_any_key_mints_a_valid_iri_that_decodes_back(key: str) -> None:
    iri = mint(KGE_IRI, key)
    assert iri.startswith(KGE_IRI)
    # one-to-one: the path decodes back to the key, so distinct keys never collide
    assert unquote(iri_path(key), errors="surrogatepass") == key
    ox.NamedNode(str(iri))  # pyoxigraph checks RFC 3987 and raises on a bad IRI
    for segment in iri_path(key).split("/"):
        assert segment not in (".", "..")


@settings(max_examples=50, **SETTINGS)
@given(st.lists(KEYS, min_size=2, max_size=8, unique=True))
def test_distinct_keys_give_distinct_iris(keys: list[str]) -> None:
    assert len({mint(KGE_IRI, k) for k in keys}) == len(keys)


def _corpus(key: str, label: str, alt: str) -> Corpus:
    ent = Entity(key=f"firm/{key}", type="Firm", label=label, articles={"a"})
    ent.add_label("zh-Hant", alt)
    ent.notes.append(alt)
    art = Article(id="a", text=label, title=alt, content_hash="0" * 64)
    return Corpus(articles=[art], entities={ent.key: ent})


def _labels_rdflib(data: bytes, fmt: str) -> set[tuple[str, str, str]]:
    g = Dataset() if fmt in turtle.QUAD_FORMATS else Graph()
    g.parse(data=data, format=fmt)
    triples = g.quads() if isinstance(g, Dataset) else ((s, p, o, None) for s, p, o in g)
    return {(str(s), str(o), o.language or "") for s, p, o, _c in triples
            if p in (RDFS.label, SKOS.altLabel, KGO.dataQualityNote) and isinstance(o, Literal)}


_OX = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
       "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
       "xml": ox.RdfFormat.RDF_XML}


def _labels_oxigraph(data: bytes, fmt: str) -> set[tuple[str, str, str]]:
    wanted = {str(RDFS.label), str(SKOS.altLabel), str(KGO.dataQualityNote)}
    return {(q.subject.value, q.object.value, q.object.language or "")
            for q in ox.parse(data, format=_OX[fmt]) if q.predicate.value in wanted}


@settings(max_examples=60, **SETTINGS)
@given(KEYS, LABELS, LABELS)
@example("x", 'a"b\\c\n', "'''")
def test_labels_round_trip_exactly_through_every_format(key: str, label: str, alt: str) -> None:
    dataset = build_dataset(_corpus(key, label, alt))
    graph = union(dataset)
    iri = str(mint(KGE_IRI, f"firm/{key}"))
    want = {(iri, label, "ko"), (iri, alt, "zh-hant"), (iri, alt, "")}
    for fmt in ("turtle", "nt", "trig", "nquads", "xml"):
        data = turtle.serialize(dataset if fmt in turtle.QUAD_FORMATS else graph, fmt)
        for got in (_labels_rdflib(data, fmt), _labels_oxigraph(data, fmt)):
            normalised = {(s, o, lang.lower()) for s, o, lang in got}
            assert want <= normalised, (fmt, want - normalised)


class _Structure(HTMLParser):
    """The page's tags and attribute names, and the text outside scripts and styles."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, ...]] = []
        self._raw = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, *sorted(k for k, _v in attrs)))
        self._raw += tag in ("script", "style")

    def handle_endtag(self, tag: str) -> None:
        self.tags.append(("/" + tag,))
        self._raw -= tag in ("script", "style")


def _structure(page: str) -> list[tuple[str, ...]]:
    parser = _Structure()
    parser.feed(page)
    parser.close()
    return parser.tags


def _page_graph(label: str, title: str) -> Graph:
    return union(build_dataset(_corpus("x", label, title)))


BASELINE = _structure(html.render_html(_page_graph("가", "가"), title="가"))


@settings(max_examples=25, **SETTINGS)
@given(LABELS, LABELS)
@example("</script><script>alert(1)</script>", '"><img src=x onerror=alert(1)>')
@example("<!--", "]]><style>")
def test_no_label_closes_a_tag_or_an_attribute_or_runs_script(label: str, title: str) -> None:
    page = html.render_html(_page_graph(label, title), title=title)
    # the same tags with the same attributes as a page of harmless names: no label
    # opened or closed an element, added an attribute (onerror=...) or a script
    assert _structure(page) == BASELINE
    marker = '<script type="application/json" id="kg-data">'
    start = page.index(marker) + len(marker)
    data = page[start:page.index("</script>", start)]
    assert "<" not in data and "\u2028" not in data
    nodes = json.loads(data)["nodes"]
    assert [n["ko"] for n in nodes] == [label]


TEXTS = st.lists(st.one_of(
    st.sampled_from(list("삼성전자는 시안에 공장을 지었다 LG화학 난징(南京)·「」“”")),
    st.sampled_from(list("\"'<>&{}|\\^`\n\r\t")),
    st.sampled_from(["2015-07-16", "CSF 2015-13-45", "출처: 2015.7.14/광명망(光明網)", "목록",
                     "<script>", "</p>", "&amp;", "&#0;", "\x00", "\ufeff", "(이하 X)", "\u3000"]),
    ANY_CHAR), max_size=40).map("".join)
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "cp949", "utf-16", "utf-32", "gb18030"])


@st.composite
def _files(draw: st.DrawFn) -> tuple[str, bytes]:
    suffix = draw(st.sampled_from([".txt", ".md", ".html", ".jsonl"]))
    if draw(st.booleans()):
        return suffix, draw(st.binary(max_size=300))
    text = draw(TEXTS)
    if suffix == ".jsonl" and draw(st.booleans()):
        text = json.dumps({"id": text[:5], "title": text[:8], "text": text, "date": text[-10:]})
    return suffix, text.encode(draw(ENCODINGS), "replace")


@pytest.fixture(scope="module")
def built_once() -> None:
    """Load the gazetteer and Kiwi once, outside the examples' time."""
    from kg.pipeline import process
    process([Article(id="w", text="한중 협력", content_hash="0" * 64)])


@settings(max_examples=120, **SETTINGS)
@given(_files())
@example((".txt", b"%PDF-1.4\n"))
@example((".jsonl", b'{"text": "\\ud800\\u0000"}\n'))
@example((".jsonl", b"[" * 5000))
def test_no_bytes_make_the_builder_raise_anything_but_its_input_error(
        tmp_path: Path, built_once: None, file: tuple[str, bytes]) -> None:
    from kg.pipeline import process

    suffix, data = file
    path = tmp_path / f"in{suffix}"
    path.write_bytes(data)
    try:
        arts = read_paths([path])
    except InputError as exc:
        assert str(exc).startswith(str(path)) and "\n" not in str(exc)
        event("refused")
        return
    event("built")
    dataset = build_dataset(process(arts))
    graph = union(dataset)
    for fmt in ("turtle", "nt", "trig", "nquads", "xml"):
        data = turtle.serialize(dataset if fmt in turtle.QUAD_FORMATS else graph, fmt)
        assert sum(1 for _ in ox.parse(data, format=_OX[fmt])) >= len(graph)
    for art in arts:
        assert clean(art.text) == art.text
