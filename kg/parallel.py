"""The text stages over many articles: worker processes, a Dask cluster, a cache, progress.

Each article is analysed on its own (:func:`kg.pipeline.analyse`, a pure function);
the parts are merged as they arrive (:func:`kg.pipeline.merge`, associative and
order-free) and finished once (:func:`kg.pipeline.finish`), so the records, and the
files written from them, are the same whatever the number of workers, the engine and
the order in which parts come back.

* ``workers > 1``: a pool of processes (the ``forkserver`` start method, ``spawn``
  where there is none), each loading Kiwi and the gazetteers once, at its start;
* ``dask="tcp://host:8786"``: the per-article work runs as tasks on a Dask cluster
  (``distributed``); each Dask worker process loads Kiwi and the gazetteers at its first
  task and keeps them;
* ``cache``: an :class:`~kg.cache.ArticleCache`; an article whose key (content,
  builder version, user gazetteer) is stored is not analysed again.

Parts travel without the article's text, which the graph does not need, so that what
the merge holds grows with the entities and statements, not with the text.
"""

from __future__ import annotations

import dataclasses
import logging
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence

from kg import pipeline, usergaz
from kg.cache import ArticleCache, article_key, gazetteer_hash
from kg.gazetteer import Gazetteer
from kg.graph import Corpus
from kg.records import Article

logger = logging.getLogger(__name__)

MIN_PARALLEL = 16
"""Fewer articles to analyse than this are analysed in this process (no pool to start)."""
PROGRESS_MIN = 5
"""A progress bar is shown for builds of at least this many articles."""

GazetteerSpec = tuple[tuple[usergaz.Entry, ...], tuple[usergaz.Source, ...]] | None


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def gazetteer_spec(gaz: Gazetteer | None) -> GazetteerSpec:
    """What a worker needs to rebuild the build's gazetteer: the user's entries (small),
    not the records (the built-in ones each worker loads itself)."""
    if isinstance(gaz, usergaz.UserGazetteer):
        return tuple(gaz.entries), tuple(gaz.sources)
    return None


_GAZ: dict[object, Gazetteer | None] = {}


def _gazetteer_of(spec: GazetteerSpec) -> Gazetteer | None:
    """The gazetteer of ``spec``, built once per process."""
    if spec is None:
        return None
    key = tuple(s.sha256 for s in spec[1])
    if key not in _GAZ:
        from kg.gazetteer import builtin

        _GAZ[key] = usergaz.UserGazetteer(builtin(), list(spec[0]), list(spec[1]))
    return _GAZ[key]


def _strip(part: Corpus) -> Corpus:
    part.articles = [dataclasses.replace(a, text="") for a in part.articles]
    return part


def analyse_remote(articles: Sequence[Article], spec: GazetteerSpec = None,
                   gazetteer: bytes | None = None) -> list[Corpus]:
    """Analyse ``articles`` (a batch) where this runs: a pool process or a Dask worker.

    Kiwi and the gazetteers are loaded at the first call in a process, then kept;
    ``gazetteer``: the caller's built-in gazetteer, pickled (see :func:`_adopt`).
    """
    _one_thread()
    if gazetteer is not None:
        _adopt(gazetteer)
    gaz = _gazetteer_of(spec)
    return [_strip(pipeline.analyse(a, gaz)) for a in articles]


_SPEC: GazetteerSpec = None


def _one_thread() -> None:
    """Kiwi on one thread in a worker process: the processes are the parallelism (Kiwi
    would start a thread per core in each)."""
    os.environ.setdefault("KG_KIWI_THREADS", "1")


def _adopt(gazetteer: bytes) -> None:
    """Use the parent's built-in gazetteer (pickled) in this process, once."""
    import pickle

    from kg import gazetteer as gazetteer_module

    if getattr(_adopt, "done", None) != id(gazetteer):
        digest, gaz = pickle.loads(gazetteer)
        gazetteer_module.use_builtin(gaz, digest)
        _GAZ.clear()
        _adopt.done = id(gazetteer)  # type: ignore[attr-defined]


def _init_worker(spec: GazetteerSpec, gazetteer: bytes) -> None:
    """Pool initializer: load the gazetteers and Kiwi once, before the first article."""
    global _SPEC
    _SPEC = spec
    from kg import sentences
    from kg.mentions import firms

    _one_thread()
    _adopt(gazetteer)
    _gazetteer_of(spec)
    sentences.kiwi()
    firms.group_names()


def _pool_task(batch: Sequence[Article]) -> list[Corpus]:
    return analyse_remote(batch, _SPEC)


def _batches(items: Sequence[Article], size: int) -> Iterator[list[Article]]:
    for i in range(0, len(items), size):
        yield list(items[i:i + size])


def _local(todo: Sequence[Article], gaz: Gazetteer | None) -> Iterator[Corpus]:
    with usergaz.active(gaz) as active:
        for art in todo:
            yield _strip(pipeline._analyse(art, active))


def _pool(todo: Sequence[Article], spec: GazetteerSpec, workers: int) -> Iterator[Corpus]:
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    size = max(1, min(8, len(todo) // (workers * 8)))
    with ctx.Pool(workers, initializer=_init_worker, initargs=(spec, _pickled())) as pool:
        for parts in pool.imap_unordered(_pool_task, _batches(todo, size)):
            yield from parts


def _dask(todo: Sequence[Article], spec: GazetteerSpec, address: object) -> Iterator[Corpus]:
    try:
        from distributed import Client, as_completed
    except ImportError as exc:  # pragma: no cover - distributed is a dependency
        raise RuntimeError("--dask needs the 'distributed' package "
                           "(pip install 'dask[distributed]')") from exc
    client = address if isinstance(address, Client) else Client(address)
    try:
        n = max(1, sum(client.nthreads().values()))
        size = max(1, min(8, len(todo) // (n * 8)))
        remote_spec = client.scatter([spec], broadcast=True)[0] if spec is not None else None
        remote_gaz = client.scatter([_pickled()], broadcast=True)[0]
        futures = client.map(analyse_remote, list(_batches(todo, size)), spec=remote_spec,
                             gazetteer=remote_gaz, pure=False)
        for fut in as_completed(futures):
            yield from fut.result()
            fut.release()
    finally:
        if client is not address:
            client.close()


class _Progress:
    """A progress bar on stderr (articles done, articles a second, time left)."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.bar = None
        if not enabled or total < PROGRESS_MIN or not sys.stderr.isatty():
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TaskProgressColumn,
            TextColumn,
            TimeRemainingColumn,
        )

        self.bar = Progress(
            TextColumn("kg build"), BarColumn(), MofNCompleteColumn(),
            TextColumn("articles"), TaskProgressColumn(),
            TextColumn("{task.fields[rate]} art/s"), TimeRemainingColumn(),
            console=Console(stderr=True), transient=True)
        self.bar.start()
        self.task = self.bar.add_task("build", total=total, rate="-")

    def advance(self, n: int = 1) -> None:
        if self.bar is None:
            return
        self.bar.advance(self.task, n)
        speed = self.bar.tasks[0].speed
        self.bar.update(self.task, rate=f"{speed:.1f}" if speed else "-")

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def process(articles: Iterable[Article], gazetteer: Gazetteer | None = None, *,
            workers: int | None = None, dask: object = None, cache: ArticleCache | None = None,
            progress: bool = False,
            on_part: Callable[[Corpus], None] | None = None) -> Corpus:
    """The records of ``articles``, analysed in parallel, merged and finished.

    The result is the same as :func:`kg.pipeline.process` gives (but for the articles'
    text, left out).

    Args:
        articles: the articles (ids unique).
        gazetteer: the build's gazetteer (:func:`kg.pipeline.user_gazetteer`).
        workers: processes to use (default: all cores); 1: this process only.
        dask: a Dask scheduler address (or a ``distributed.Client``): run there instead.
        cache: where each article's records are kept between builds (``None``: no cache).
        progress: show a progress bar on stderr when it is a terminal.
        on_part: called with each new part (tests, benchmarks).
    """
    arts = sorted(articles, key=lambda a: a.id)
    workers = workers or default_workers()
    gaz_hash = gazetteer_hash(gazetteer)
    if cache is not None:
        _builtin()  # loaded (or built) first: its snapshot is part of the keys
    corpus = Corpus()
    bar = _Progress(len(arts), progress)
    try:
        todo: list[Article] = []
        keys: dict[str, str] = {}
        for art in arts:
            part = None
            if cache is not None:
                keys[art.id] = key = article_key(art, gaz_hash)
                part = cache.get(key)
            if part is None:
                todo.append(art)
            else:
                pipeline.merge(corpus, part)
                bar.advance()
        if cache is not None:
            logger.info("cache: %d of %d articles known", len(arts) - len(todo), len(arts))
        if dask is not None and todo:
            stream = _dask(todo, gazetteer_spec(gazetteer), dask)
        elif workers > 1 and len(todo) >= MIN_PARALLEL:
            stream = _pool(todo, gazetteer_spec(gazetteer), min(workers, len(todo)))
        else:
            stream = _local(todo, gazetteer)
        for part in stream:
            if cache is not None:
                cache.put(keys[part.articles[0].id], part)
            if on_part is not None:
                on_part(part)
            pipeline.merge(corpus, part)
            bar.advance()
    finally:
        bar.close()
    return pipeline.finish(corpus, gazetteer or _builtin())


def _pickled() -> bytes:
    """This process's built-in gazetteer and what identifies it, pickled (2 MB), for the
    workers."""
    import pickle

    from kg.gazetteer import builtin_digest

    return pickle.dumps((builtin_digest(), _builtin()), protocol=pickle.HIGHEST_PROTOCOL)


def _builtin() -> Gazetteer:
    from kg.gazetteer import builtin

    return builtin()
