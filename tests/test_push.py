"""``kg push`` into real stores: Oxigraph's server and Virtuoso (Graph Store HTTP Protocol)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from kg import store
from kg.cli import main
from kg.namespaces import KGE_IRI
from kg.push import PushError, push

from .conftest import ROOT
from .stores import (
    Store,
    free_port,
    local_select,
    ox_key,
    oxigraph_server,
    select,
    stop,
    virtuoso_server,
)

ARTICLE = f"{KGE_IRI}article/csf-2015-07-16"
ENTITIES = f"{KGE_IRI}graph/entities"
PER_GRAPH = f"""SELECT ?g (COUNT(*) AS ?n) WHERE {{
  GRAPH ?g {{ ?s ?p ?o }} FILTER (STRSTARTS(STR(?g), "{KGE_IRI}"))
}} GROUP BY ?g"""


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as st:
        yield st


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with virtuoso_server(tmp_path_factory.mktemp("virtuoso")) as st:
        yield st


@pytest.fixture(scope="module", params=["oxigraph", "virtuoso"])
def target(request: pytest.FixtureRequest) -> Store:
    """Each real store in turn."""
    return request.getfixturevalue(request.param)


def _push(st: Store, path: Path, capsys: pytest.CaptureFixture, *extra: str) -> tuple[int, str]:
    login = ["--user", st.user, "--password", st.password] if st.user else []
    code = main(["push", str(path), "--endpoint", st.gsp_url, *login, *extra])
    out, err = capsys.readouterr()
    return code, out + err


XSD = "http://www.w3.org/2001/XMLSchema#"
NUMBERS = {XSD + t for t in ("decimal", "integer", "nonNegativeInteger", "int", "long")}


def _value(key: tuple) -> tuple:
    """A term compared by value: stores keep numbers in their own canonical form (Oxigraph
    stores xsd:nonNegativeInteger as xsd:integer, ``20000000000.0`` as ``20000000000``)."""
    if key[:1] == ("lit",) and key[3] in NUMBERS:
        return ("number", Decimal(key[1]))
    return key


def _graph(st: Store, iri: str) -> set[tuple]:
    rows = select(st.query_url, f"SELECT ?s ?p ?o WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}")
    return {(s, p, _value(o)) for s, p, o in rows}


def _file_graph(path: Path, iri: str) -> set[tuple]:
    triples = next(v for k, v in store.graphs([path]).items() if k is not None and k.value == iri)
    return {(ox_key(t.subject), ox_key(t.predicate), _value(ox_key(t.object))) for t in triples}


def _counts(st: Store) -> dict[str, int]:
    return {g[1]: int(n[1]) for g, n in select(st.query_url, PER_GRAPH)}


def test_push_then_query_back_as_kg_query_answers(target: Store, bundled: Path,
                                                  capsys: pytest.CaptureFixture) -> None:
    trig = bundled / "graph.trig"
    code, out = _push(target, trig, capsys)
    assert code == 0, out
    assert out.startswith("kg push: replaced 2 graph(s)")
    for q in sorted((ROOT / "queries").glob("*.rq")):
        text = q.read_text(encoding="utf-8")
        assert set(select(target.query_url, text)) == set(local_select([trig], text)), q.name
    assert _graph(target, ARTICLE) == _file_graph(trig, ARTICLE)
    assert _graph(target, ENTITIES) == _file_graph(trig, ENTITIES)


def test_pushing_twice_leaves_the_same_triples(target: Store, bundled: Path,
                                               capsys: pytest.CaptureFixture) -> None:
    trig = bundled / "graph.trig"
    assert _push(target, trig, capsys)[0] == 0
    first = _counts(target)
    assert _push(target, trig, capsys)[0] == 0
    assert _counts(target) == first == {
        str(k.value): len(v) for k, v in store.graphs([trig]).items() if k is not None}


def test_a_changed_article_replaces_its_graph(target: Store, bundled: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture) -> None:
    old = bundled / "graph.trig"
    assert _push(target, old, capsys)[0] == 0
    # the same article (same file name, so the same IRI) without its paragraph on Harbin
    text = (ROOT / "kg" / "sample" / "csf-2015-07-16.txt").read_text(encoding="utf-8")
    kept = [p for p in text.split("\n\n") if "포켓모바일" not in p and "창룽" not in p]
    assert len(kept) < len(text.split("\n\n"))
    changed = tmp_path / "csf-2015-07-16.txt"
    changed.write_text("\n\n".join(kept), encoding="utf-8")
    assert main(["build", str(changed), "-o", str(tmp_path / "out"), "--formats", "trig"]) == 0
    new = tmp_path / "out" / "graph.trig"
    code, out = _push(target, new, capsys, "--graph", ARTICLE)
    assert code == 0 and "replaced 1 graph(s)" in out, out
    in_store = _graph(target, ARTICLE)
    assert in_store == _file_graph(new, ARTICLE)
    gone = _file_graph(old, ARTICLE) - in_store
    assert any("포켓모바일" in str(t) for t in gone)  # nothing stale is left
    assert not any("포켓모바일" in str(t) for t in in_store)


def test_a_file_of_triples_needs_a_graph_name(oxigraph: Store, bundled: Path,
                                              capsys: pytest.CaptureFixture) -> None:
    code, out = _push(oxigraph, bundled / "graph.ttl", capsys)
    assert code == 1 and "holds no named graphs" in out and "--graph" in out
    name = "https://example.org/graph/all"
    code, out = _push(oxigraph, bundled / "graph.ttl", capsys, "--graph", name)
    assert code == 0, out
    assert len(_graph(oxigraph, name)) == len(store.graphs([bundled / "graph.ttl"])[None])


def _one_line(out: str) -> str:
    lines = out.strip().splitlines()
    assert len(lines) == 1, out
    assert lines[0].startswith("kg: error: "), out
    return lines[0]


def test_an_unreachable_endpoint(bundled: Path, capsys: pytest.CaptureFixture) -> None:
    url = f"http://127.0.0.1:{free_port()}/store"
    assert main(["push", str(bundled / "graph.trig"), "--endpoint", url]) == 1
    line = _one_line(capsys.readouterr().err)
    assert line == (f"kg: error: {url}: cannot reach the store: connection refused; "
                    "nothing was changed")


@pytest.mark.parametrize("login", ["wrong-password", "none"], ids=["wrong-password", "none"])
def test_a_refused_login(virtuoso: Store, bundled: Path, capsys: pytest.CaptureFixture,
                         login: str) -> None:
    before = _counts(virtuoso)
    extra = ["--user", "dba", "--password", "not-the-password"] if login != "none" else []
    code = main(["push", str(bundled / "graph.trig"), "--endpoint", virtuoso.gsp_url, *extra])
    assert code == 1
    line = _one_line(capsys.readouterr().err)
    assert ("login refused" if extra else "asks for a login") in line, line
    assert line.endswith("nothing was changed")
    assert _counts(virtuoso) == before


def test_a_store_that_answers_with_an_error(bundled: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture) -> None:
    with oxigraph_server(tmp_path / "ro", read_only=True) as ro:
        assert main(["push", str(bundled / "graph.trig"), "--endpoint", ro.gsp_url]) == 1
        line = _one_line(capsys.readouterr().err)
        assert "refused the write (HTTP 403: The server is read-only)" in line, line
        bad = ro.gsp_url.replace("/store", "/no-such-service")
        assert main(["push", str(bundled / "graph.trig"), "--endpoint", bad]) == 1
        line = _one_line(capsys.readouterr().err)
        assert "the store answered HTTP 404" in line, line


def test_a_push_cut_short_is_never_done(bundled: Path, tmp_path: Path) -> None:
    with oxigraph_server(tmp_path / "dies") as st:
        def after_first(name: str, count: int) -> None:
            stop(st.proc)  # the store goes away between two graphs

        with pytest.raises(PushError) as err:
            push([bundled / "graph.trig"], st.gsp_url, progress=after_first)
    msg = str(err.value)
    assert "cannot reach the store" in msg
    assert msg.endswith("1 of 2 graphs were replaced before, 1 were not; push again"), msg
