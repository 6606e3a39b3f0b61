"""Scale: the same bytes whatever the workers or engine, an order-free merge, the cache,
the prebuilt gazetteer, the fast writers."""

from __future__ import annotations

import copy
import pickle
import random
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import cache, parallel, pipeline
from kg.cli import main
from kg.export import fast, turtle
from kg.gazetteer import Gazetteer, builtin
from kg.graph import build_dataset, build_quads
from kg.ingest import read_paths

DATA = Path(__file__).parent / "data"
TEXTS = sorted(DATA.glob("*.txt"))
FORMATS = "turtle,trig,nquads"


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def parts() -> list:
    """Each development article analysed on its own (kg.pipeline.analyse)."""
    return [pipeline.analyse(a) for a in read_paths(TEXTS)]


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """`kg build --workers 1 --no-cache` of the development articles."""
    out = tmp_path_factory.mktemp("w1")
    assert main(["build", *map(str, TEXTS), "-o", str(out), "--formats", FORMATS,
                 "--workers", "1", "--no-cache", "-q"]) == 0
    return _files(out)


def test_two_workers_write_the_same_bytes(reference: dict[str, bytes], tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "MIN_PARALLEL", 2)
    assert main(["build", *map(str, TEXTS), "-o", str(tmp_path), "--formats", FORMATS,
                 "--workers", "2", "--no-cache", "-q"]) == 0
    assert _files(tmp_path) == reference


def test_dask_local_cluster_writes_the_same_bytes(reference: dict[str, bytes],
                                                  tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    user = [str(DATA / "gazetteers" / "article.txt"), str(TEXTS[1]),
            "-g", str(DATA / "gazetteers" / "firms.csv")]
    assert main(["build", *user, "-o", str(tmp_path / "u1"), "--formats", FORMATS,
                 "--workers", "1", "--no-cache", "-q"]) == 0
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        assert main(["build", *map(str, TEXTS), "-o", str(tmp_path / "all"), "--formats",
                     FORMATS, "--dask", cluster.scheduler_address, "--no-cache", "-q"]) == 0
        # a user gazetteer travels to the workers as its entries
        assert main(["build", *user, "-o", str(tmp_path / "u2"), "--formats", FORMATS,
                     "--dask", cluster.scheduler_address, "--no-cache", "-q"]) == 0
    assert _files(tmp_path / "all") == reference
    assert _files(tmp_path / "u2") == _files(tmp_path / "u1")
    assert b"firms.csv" in _files(tmp_path / "u2")["graph.nq"]


@pytest.mark.parametrize("seed", [1, 2, 3], ids=["order-1", "order-2", "order-3"])
def test_merge_is_associative_and_order_free(parts: list, seed: int) -> None:
    whole = pipeline.finish(pipeline.merge(pipeline.Corpus(), *copy.deepcopy(parts)),
                            builtin())
    shuffled = copy.deepcopy(parts)
    random.Random(seed).shuffle(shuffled)
    # a tree of merges: pairs, then pairs of pairs
    level = shuffled
    while len(level) > 1:
        level = [pipeline.merge(level[i], *level[i + 1:i + 2]) for i in range(0, len(level), 2)]
    tree = pipeline.finish(level[0], builtin())
    assert build_quads(tree) == build_quads(whole)
    assert [a.id for a in tree.articles] == sorted(a.id for a in whole.articles)


def test_parts_are_picklable(parts: list) -> None:
    again = pickle.loads(pickle.dumps(parts))
    assert build_quads(pipeline.finish(pipeline.merge(pipeline.Corpus(), *again), builtin())) \
        == build_quads(pipeline.finish(pipeline.merge(pipeline.Corpus(),
                                                      *copy.deepcopy(parts)), builtin()))


def _build(arts: list, store: cache.ArticleCache, gazetteer: object = None) -> list[str]:
    """Build through the cache; the ids of the articles analysed (not found in it)."""
    done: list[str] = []
    parallel.process(arts, gazetteer, workers=1, cache=store,
                     on_part=lambda p: done.extend(a.id for a in p.articles))
    return sorted(done)


def test_cache_analyses_only_what_changed(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    arts = read_paths(TEXTS[:4])
    store = cache.ArticleCache(tmp_path / "c")
    assert _build(arts, store) == sorted(a.id for a in arts)
    assert _build(arts, store) == []
    # an article changed: only it
    arts[1].text += "\n\n추가 문장임."
    assert _build(arts, store) == [arts[1].id]
    # another builder version: all of them
    monkeypatch.setattr(cache, "builder_version", lambda: "0-other")
    assert _build(arts, store) == sorted(a.id for a in arts)


def test_cache_is_keyed_by_the_user_gazetteer(tmp_path: Path) -> None:
    arts = read_paths(TEXTS[:2])
    store = cache.ArticleCache(tmp_path / "c")
    firms = DATA / "gazetteers" / "firms.csv"
    gaz = pipeline.user_gazetteer(firms)
    assert _build(arts, store, gaz) == sorted(a.id for a in arts)
    assert _build(arts, store, gaz) == []
    assert _build(arts, store) == sorted(a.id for a in arts)  # no user gazetteer
    changed = tmp_path / "firms.csv"
    changed.write_bytes(firms.read_bytes() + b"\n")
    assert _build(arts, store, pipeline.user_gazetteer(changed)) == sorted(a.id for a in arts)


def test_cached_rebuild_writes_the_same_bytes(reference: dict[str, bytes],
                                             tmp_path: Path) -> None:
    for out in ("a", "b"):
        assert main(["build", *map(str, TEXTS), "-o", str(tmp_path / out), "--formats",
                     FORMATS, "--workers", "1", "--cache-dir", str(tmp_path / "c"),
                     "-q"]) == 0
        assert _files(tmp_path / out) == reference
    assert list((tmp_path / "c" / "articles").rglob("*.pickle"))


def test_unchanged_build_writes_its_files_again(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture) -> None:
    """A build of the articles and options of a build before writes its bytes again without
    analysing anything; a changed article, other formats or another builder version build."""
    texts = []
    for path in TEXTS[:2]:
        shutil.copy(path, tmp_path / path.name)
        texts.append(str(tmp_path / path.name))
    analysed: list[int] = []
    real = parallel.process

    def counted(arts: list, *args: object, **kw: object) -> object:
        analysed.append(len(arts))
        return real(arts, *args, **kw)

    monkeypatch.setattr(parallel, "process", counted)

    def build(out: str, formats: str = FORMATS) -> str:
        assert main(["build", *texts, "-o", str(tmp_path / out), "--formats", formats,
                     "--workers", "1", "--cache-dir", str(tmp_path / "cache"), "-q"]) == 0
        return capsys.readouterr().out.split(" in ")[0]

    first = build("a")
    assert build("b") == first and analysed == [2]
    assert _files(tmp_path / "b") == _files(tmp_path / "a")
    build("c", "turtle")
    assert analysed == [2, 2] and _files(tmp_path / "c") == {"graph.ttl":
                                                               _files(tmp_path / "a")["graph.ttl"]}
    Path(texts[1]).write_text(Path(texts[1]).read_text(encoding="utf-8") + "\n\n추가 문장임.\n",
                              encoding="utf-8")
    build("d")
    assert analysed == [2, 2, 2]
    monkeypatch.setattr(cache, "builder_version", lambda: "0-other")
    build("e")
    assert analysed == [2, 2, 2, 2] and _files(tmp_path / "e") == _files(tmp_path / "d")


def test_prebuilt_gazetteer_is_the_built_one(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path))
    fresh = Gazetteer()
    stored = cache.snapshot("gazetteer-test", Gazetteer)  # built, stored
    loaded = cache.snapshot("gazetteer-test", lambda: pytest.fail("not loaded"))
    assert list(tmp_path.rglob("gazetteer-test-*.pickle"))
    for gaz in (stored, loaded):
        assert gaz.records == fresh.records
        assert dict(gaz._index) == dict(fresh._index)
        assert gaz._sino == fresh._sino


def test_damaged_cache_entry_is_rebuilt(tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path))
    assert cache.snapshot("x", lambda: [1, 2]) == [1, 2]
    for p in tmp_path.rglob("x-*.pickle"):
        p.write_bytes(b"not a pickle")
    assert cache.snapshot("x", lambda: [3]) == [3]


def test_fast_writers_write_the_same_graph(parts: list) -> None:
    corpus = pipeline.finish(pipeline.merge(pipeline.Corpus(), *copy.deepcopy(parts)),
                             builtin())
    quads = build_quads(corpus)
    ds = build_dataset(corpus)
    prefixes = fast.prefixes("https://w3id.org/kg-china/id/")

    def written(fmt: str) -> bytes:
        import io

        buf = io.BytesIO()
        fast.writer(quads, fmt, prefixes)(buf)
        return buf.getvalue()

    # line formats: the same bytes as rdflib's
    assert written("nquads") == turtle.serialize(ds, "nquads")
    from kg.graph import union

    assert written("nt") == turtle.serialize(union(ds), "nt")
    # Turtle and TriG: the same triples and quads (the layout differs; see kg.export.fast)
    for fmt, ox_fmt, source in (("turtle", ox.RdfFormat.TURTLE, union(ds)),
                                ("trig", ox.RdfFormat.TRIG, ds)):
        ours = set(ox.parse(written(fmt), format=ox_fmt))
        theirs = set(ox.parse(turtle.serialize(source, fmt), format=ox_fmt))
        assert ours == theirs and len(ours) > 1000
    assert written("turtle") == written("turtle")  # deterministic


def test_cli_fast_writer_same_nquads(reference: dict[str, bytes], tmp_path: Path) -> None:
    assert main(["build", *map(str, TEXTS), "-o", str(tmp_path), "--formats", FORMATS,
                 "--workers", "1", "--fast-writer", "yes", "-q"]) == 0
    got = _files(tmp_path)
    assert got["graph.nq"] == reference["graph.nq"]
    assert got["graph.ttl"] != reference["graph.ttl"]  # our own layout, documented
    assert set(ox.parse(got["graph.ttl"], format=ox.RdfFormat.TURTLE)) == \
        set(ox.parse(reference["graph.ttl"], format=ox.RdfFormat.TURTLE))


def test_no_progress_bar_without_a_terminal(tmp_path: Path) -> None:
    import subprocess
    import sys

    folder = tmp_path / "in"
    folder.mkdir()
    for t in TEXTS:
        shutil.copy(t, folder)
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(folder), "-o",
                           str(tmp_path / "out"), "--formats", "nquads", "--workers", "1"],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert "art/s" not in proc.stderr and "\x1b[" not in proc.stderr


def test_bad_worker_count_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["build", "--workers", "0", "-o", str(tmp_path)]) == 2
    assert "--workers" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_prebuilt_forms_read_a_text_as_the_built_ones(tmp_path: Path) -> None:
    """A process with the cache's prebuilt forms reads a text as the process that built
    them (a synthetic article of bench/corpus.py whose city Kiwi reads otherwise when
    its user words are added before Kiwi has analysed the names)."""
    import os
    import subprocess
    import sys

    code = ("import sys\nfrom kg import pipeline\nfrom kg.ingest import read_file\n"
            "print(sorted(pipeline.analyse(read_file(sys.argv[1])[0]).entities))\n")
    env = {**os.environ, cache.CACHE_ENV: str(tmp_path / "c")}
    runs = [subprocess.run([sys.executable, "-c", code,
                            str(DATA / "scale" / "kiwi-words.txt")], env=env,
                           capture_output=True, text=True, timeout=600) for _ in range(2)]
    assert list((tmp_path / "c").rglob("gazetteer-*.pickle"))  # the first run stored them
    assert runs[0].returncode == 0 and runs[0].stdout.count("/") > 10, runs[0].stderr
    assert runs[0].stdout == runs[1].stdout


class _Terminal(__import__("io").StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("total", "enabled", "shown"),
                         [(20, True, True), (20, False, False), (2, True, False)],
                         ids=["terminal", "quiet", "few-articles"])
def test_progress_bar_on_a_terminal(monkeypatch: pytest.MonkeyPatch, total: int,
                                    enabled: bool, shown: bool) -> None:
    import sys

    term = _Terminal()
    monkeypatch.setattr(sys, "stderr", term)
    bar = parallel._Progress(total, enabled)
    for _ in range(total):
        bar.advance()
    bar.close()
    out = term.getvalue()
    assert (f"{total}/{total}" in out and "art/s" in out) is shown


def test_cache_is_keyed_by_the_gazetteer_snapshot(monkeypatch: pytest.MonkeyPatch) -> None:
    """A rebuilt built-in gazetteer (which may differ: see kg.gazetteer.builtin) is
    another key."""
    art = read_paths(TEXTS[:1])[0]
    before = cache.article_key(art)
    monkeypatch.setattr(cache, "snapshot_digest", lambda name: "another")
    assert cache.article_key(art) != before


def test_a_stored_build_is_a_copy_and_a_damaged_one_is_built_again(tmp_path: Path) -> None:
    """The build cache keeps copies of the files (the outputs may change after), and an
    entry that lost a file is no hit."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_bytes(b"first")
    builds = cache.BuildCache(tmp_path / "c")
    builds.put("k", [out / "graph.ttl"], summary=(1,), warnings=[])
    (out / "graph.ttl").write_bytes(b"changed")
    hit = builds.get("k")
    assert hit is not None and hit["summary"] == (1,)
    assert hit["files"]["graph.ttl"].read_bytes() == b"first"
    hit["files"]["graph.ttl"].unlink()
    assert builds.get("k") is None
    assert builds.get("other") is None
