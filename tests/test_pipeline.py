"""End to end: the bundled article and the development set, scored against gold."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph

from kg.evaluate import evaluate_files

from .conftest import ARTICLES, DATA, ROOT, shared_dir

ONTOLOGY = ROOT / "ontology" / "kg.ttl"


def test_bundled_article_meets_the_bars(bundled: Path) -> None:
    score = evaluate_files(bundled / "graph.ttl", DATA / "csf-2015-07-16.json", ONTOLOGY)
    print("\n".join(score.lines()))
    assert score.entity_f1 >= 0.90, score.missing_entities
    assert score.relation_f1 >= 0.75, score.missing_relations


@pytest.mark.parametrize("name", ARTICLES[1:], ids=ARTICLES[1:])
def test_development_articles_do_not_regress(built: dict[str, Path], name: str) -> None:
    score = evaluate_files(built[name] / "graph.ttl", DATA / f"{name}.json", ONTOLOGY)
    print(name, *score.lines(), sep="\n")
    assert score.entity_f1 >= 0.85, (score.missing_entities, score.spurious_entities)
    assert score.relation_f1 >= 0.70, (score.missing_relations, score.wrong_relations)


HELDOUT = sorted(p.stem for p in (DATA / "heldout").glob("*.txt"))


@pytest.mark.parametrize("name", HELDOUT, ids=HELDOUT)
def test_held_out_articles_do_not_regress(tmp_path: Path, name: str) -> None:
    """Four articles annotated without looking at the code: a floor, not a target."""
    from kg.cli import main

    assert main(["build", str(DATA / "heldout" / f"{name}.txt"), "-o", str(tmp_path),
                 "--formats", "turtle"]) == 0
    score = evaluate_files(tmp_path / "graph.ttl", DATA / "heldout" / f"{name}.json", ONTOLOGY)
    print(name, *score.lines(), sep="\n")
    assert score.entity_f1 >= 0.85, (score.missing_entities, score.spurious_entities)
    assert score.relation_f1 >= 0.70, (score.missing_relations, score.wrong_relations)


@pytest.mark.parametrize("name", ARTICLES, ids=ARTICLES)
def test_kg_eval_agrees_with_the_reference_scorer(built: dict[str, Path], name: str) -> None:
    shared = shared_dir()
    if shared is None:
        pytest.skip("shared/tools/score.py is not beside this checkout")
    graph, gold = built[name] / "graph.ttl", DATA / f"{name}.json"
    ref = json.loads(subprocess.run(
        [sys.executable, str(shared / "tools" / "score.py"), str(graph), "--gold", str(gold),
         "--ontology", str(ONTOLOGY), "--json"], check=True, capture_output=True, text=True,
    ).stdout)
    ours = evaluate_files(graph, gold, ONTOLOGY)
    assert round(ours.entity_precision, 3) == ref["entities"]["precision"]
    assert round(ours.entity_recall, 3) == ref["entities"]["recall"]
    assert round(ours.entity_f1, 3) == ref["entities"]["f1"]
    assert round(ours.relation_precision, 3) == ref["relations"]["precision"]
    assert round(ours.relation_recall, 3) == ref["relations"]["recall"]
    assert round(ours.relation_f1, 3) == ref["relations"]["f1"]
    assert ours.missing_entities == ref["missing_entities"]


def test_exports_are_exactly_what_make_run_writes(bundled: Path) -> None:
    exports = ROOT / "exports"
    names = sorted(p.name for p in exports.iterdir() if not p.name.startswith("."))
    assert names == sorted(p.name for p in bundled.iterdir())
    for name in names:
        assert (exports / name).read_bytes() == (bundled / name).read_bytes(), name


def test_build_is_byte_identical_under_another_hash_seed(bundled: Path, tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONHASHSEED="12345")
    subprocess.run([sys.executable, "-m", "kg.cli", "build", "-o", str(tmp_path)], check=True,
                   env=env, capture_output=True)
    names = sorted(p.name for p in bundled.iterdir())
    assert names == ["graph.html", "graph.nq", "graph.trig", "graph.ttl"]
    for name in names:
        assert (tmp_path / name).read_bytes() == (bundled / name).read_bytes(), name


def test_turtle_parses_alike_in_rdflib_and_oxigraph(bundled: Path) -> None:
    data = (bundled / "graph.ttl").read_bytes()
    g = Graph().parse(data=data, format="turtle")
    store = pyoxigraph.Store()
    store.load(data, format=pyoxigraph.RdfFormat.TURTLE)
    assert len(g) == len(store) > 1000


def test_turtle_conforms_to_the_shapes(bundled: Path) -> None:
    from pyshacl import validate

    conforms, _, text = validate(
        Graph().parse(bundled / "graph.ttl"),
        shacl_graph=Graph().parse(ROOT / "ontology" / "shapes.ttl"),
        ont_graph=Graph().parse(ONTOLOGY),
        inference="none",
    )
    assert conforms, text[:3000]


def test_python_api_builds_the_same_graph(bundled: Path) -> None:
    from rdflib.compare import graph_diff, to_isomorphic

    import kg

    g = kg.build()
    ref = Graph().parse(bundled / "graph.ttl")
    iso_a, iso_b = to_isomorphic(g), to_isomorphic(ref)
    if iso_a != iso_b:
        _, only_api, only_file = graph_diff(iso_a, iso_b)
        pytest.fail(f"only in kg.build(): {sorted(only_api)[:5]}\nonly in file: "
                    f"{sorted(only_file)[:5]}")
