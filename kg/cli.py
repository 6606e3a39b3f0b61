"""The ``kg`` command line: ``kg build``, ``kg eval``, ``kg query``, ``kg serve``, ``kg push``,
``kg html``, ``kg export``, ``kg validate``."""

from __future__ import annotations

import argparse
import logging
import re
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from kg import __version__

DEFAULT_OUT = "exports"
DEFAULT_FORMATS = "turtle,trig,nquads,html"


def _few_files(inputs: list[str]) -> bool:
    """Are the inputs a few article files (or none: the bundled article), a build that
    stays in this process and so gains from loading Kiwi meanwhile (kg.early)?"""
    import os

    from kg.early import FEW_ARTICLES

    return len(inputs) < FEW_ARTICLES and all(
        os.path.isfile(p) and not p.endswith((".jsonl", ".json")) for p in inputs)




def _warm(formats: list[str]) -> Callable[[], None]:
    """The first-use set-ups of the stages after the text (the page's template and
    layout, rdflib's writers, the Chinese converters), run while Kiwi loads (kg.early)."""

    def warm() -> None:
        from rdflib import Graph

        from kg import facts, transcribe  # noqa: F401 - imported for their set-ups
        from kg.export import html
        from kg.namespaces import KGE_IRI, KGO_IRI

        transcribe.to_traditional("国"), transcribe.to_simplified("國")
        a, b = f"<{KGE_IRI}firm/가>", f"<{KGE_IRI}city/나>"
        graph = Graph().parse(format="turtle", data=(
            f"@prefix kgo: <{KGO_IRI}> .\n"
            f'{a} a kgo:Firm ; kgo:label "가"@ko ; kgo:cooperatesWith {b} .\n'
            f'{b} a kgo:City ; kgo:label "나"@ko .\n'))
        if "html" in formats:
            html.render_html(graph)
        graph.serialize(format="turtle")

    return warm


def _build(args: argparse.Namespace) -> int:
    if args.dask is None and _few_files(args.inputs):
        from kg import early

        # Kiwi loads in a helper while this process imports and reads
        early.start(_warm([f.strip() for f in args.formats.split(",")]))
    from kg.cache import ArticleCache, BuildCache
    from kg.export import Content, checkpoint, html, network, turtle
    from kg.export import fast as fast_export
    from kg.export.fast import FAST_MIN_QUADS
    from kg.graph import build_dataset, build_quads, union
    from kg.ingest import InputError, read_paths
    from kg.parallel import process
    from kg.pipeline import sample_paths, user_gazetteer
    from kg.usergaz import GazetteerError

    t0 = time.perf_counter()
    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    names = {v: k for k, v in turtle.FORMATS.items()}
    unknown = [f for f in formats if f not in ("html", "graphml", "gexf")
               and f not in turtle.FORMATS and f not in names]
    if unknown or not formats:
        print(f"kg: error: unknown format {unknown[0] if unknown else args.formats!r}",
              file=sys.stderr)
        return 2
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\x00-\x20<>\"{}|\\^`]*[/#]", args.base):
        print(f"kg: error: --base {args.base!r} is not an absolute IRI ending in / or #",
              file=sys.stderr)
        return 2
    if args.max_article_mb <= 0:
        print("kg: error: --max-article-mb must be above 0", file=sys.stderr)
        return 2
    if args.workers is not None and args.workers < 1:
        print("kg: error: --workers must be 1 or more", file=sys.stderr)
        return 2
    try:
        gaz = user_gazetteer(args.gazetteer or None)
    except GazetteerError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return 1
    faults: list[InputError] | None = [] if args.keep_going else None
    try:
        arts = read_paths(args.inputs or sample_paths(),
                          max_article_bytes=int(args.max_article_mb * 1e6), errors=faults)
    except InputError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return 1
    for exc in faults or []:
        print(f"kg: error: {exc}", file=sys.stderr)
    if not arts:
        print(f"kg: error: no article to build ({len(faults or [])} input faults); "
              "nothing written", file=sys.stderr)
        return 1
    checkpoint("read")
    timings = {"read": time.perf_counter() - t0}
    t1 = time.perf_counter()
    cache = None if args.no_cache else ArticleCache(args.cache_dir)
    out = Path(args.output)
    builds = build = None
    if cache is not None and not args.strict:
        # the same articles with the same options as a build before: its files again
        builds = BuildCache(args.cache_dir)
        build = _build_key(arts, gaz, formats, args)
        hit = builds.get(build)
        if hit is not None:
            for line in hit["warnings"]:
                print(line, file=sys.stderr)
            checkpoint("processed")
            timings["text"] = time.perf_counter() - t1
            checkpoint("serialised")
            files = {out / name: _copy_of(path) for name, path in hit["files"].items()}
            return _written(files, arts, hit["summary"], timings, t0, faults, out, args.timings)
    try:
        corpus = process(arts, gaz, workers=args.workers, dask=args.dask, cache=cache,
                         progress=not args.quiet)
    except OSError as exc:  # a Dask scheduler that cannot be reached
        print(f"kg: error: {args.dask or 'workers'}: {exc}", file=sys.stderr)
        return 1
    warnings = []
    for art_id in corpus.without_entities:
        art = next(a for a in corpus.articles if a.id == art_id)
        warnings.append(f"kg: warning: {art.path or art.id}: no entity found in article "
                        f"{art.id!r}")
        print(warnings[-1], file=sys.stderr)
    checkpoint("processed")
    timings["text"] = time.perf_counter() - t1
    t1 = time.perf_counter()
    quads = build_quads(corpus, args.base)
    fast = args.fast_writer == "yes" or (args.fast_writer == "auto"
                                         and len(quads) >= FAST_MIN_QUADS)
    dataset = graph = None
    if not fast or any(f not in fast_export.FAST_FORMATS for f in formats):
        dataset = build_dataset(corpus, args.base)
        graph = union(dataset, args.base)
    timings["graph"] = time.perf_counter() - t1
    if args.strict:
        if graph is None:
            dataset = build_dataset(corpus, args.base)
            graph = union(dataset, args.base)
        if _report(graph, f"{out}: the graph") != 0:
            print(f"kg: error: {out}: the graph does not conform to the shapes (--strict); "
                  "nothing written", file=sys.stderr)
            return 1
    files: dict[Path, Content] = {}
    ordered = fast_export.Sorted(quads)  # sorted once (by the first writer) for all formats
    for fmt in formats:
        if fmt == "html":
            title = arts[0].title if len(arts) == 1 else f"kg: {len(arts)} articles"
            files[out / "graph.html"] = html.render_html(graph, title=title).encode("utf-8")
        elif fmt in ("graphml", "gexf"):
            files[out / f"graph.{fmt}"] = getattr(network, fmt)(graph)
        else:
            name = fmt if fmt in turtle.FORMATS else names[fmt]
            target = out / f"graph.{turtle.FORMATS[name]}"
            t1 = time.perf_counter()
            if fast and name in fast_export.FAST_FORMATS:
                files[target] = _timed(fast_export.writer(ordered, name,
                                                          fast_export.prefixes(args.base)),
                                       timings, name)
            else:
                source = dataset if name in turtle.QUAD_FORMATS else graph
                files[target] = turtle.serialize(source, name)
                timings[name] = time.perf_counter() - t1
    checkpoint("serialised")
    summary = (*_summary(quads), len(corpus.facts))
    code = _written(files, arts, summary, timings, t0, faults, out, args.timings)
    if code == 0 and builds is not None and build is not None:
        builds.put(build, list(files), summary=summary, warnings=warnings)
    return code


def _copy_of(path: Path) -> Callable[[BinaryIO], None]:
    """A writer of the bytes of ``path`` (a file of the build cache), streamed."""

    def write(fh: BinaryIO) -> None:
        import shutil

        with open(path, "rb") as src:
            shutil.copyfileobj(src, fh, 1 << 20)

    return write


def _build_key(arts: list, gaz: object, formats: list[str], args: argparse.Namespace) -> str:
    """The key of a whole build (:class:`kg.cache.BuildCache`)."""
    from kg.cache import article_key, build_key, gazetteer_hash
    from kg.gazetteer import builtin

    builtin()  # loaded first: its snapshot is part of the articles' keys
    gaz_hash = gazetteer_hash(gaz)
    return build_key([article_key(a, gaz_hash) for a in arts],
                     {"formats": formats, "base": args.base, "fast": args.fast_writer})


def _written(files: dict, arts: list, summary: tuple, timings: dict[str, float], t0: float,
             faults: list | None, out: Path, show_timings: bool) -> int:
    """Write the files, print the summary (and the timings); the exit status."""
    from kg.export import write_all

    try:
        written = write_all(files)
    except OSError as exc:
        print(f"kg: error: {exc.filename or out}: cannot write the outputs "
              f"({exc.strerror or exc}); nothing replaced", file=sys.stderr)
        return 1
    types, mentioned, n_rel, n_triples, n_facts = summary
    by_type = ", ".join(f"{t} {n}" for t, n in sorted(types.items()))
    print(f"{len(arts)} article(s): {sum(types.values())} entities "
          f"({mentioned} named in the text; {by_type}), {n_rel} relations, "
          f"{n_facts} facts, {n_triples} triples in {time.perf_counter() - t0:.1f}s "
          f"-> {', '.join(str(p) for p in written)}")
    if show_timings:
        timings["total"] = time.perf_counter() - t0
        print("kg: timings: " + ", ".join(f"{k} {v:.2f}s" for k, v in timings.items()),
              file=sys.stderr)
    if faults:
        print(f"kg: {len(faults)} input fault(s) skipped (--keep-going); "
              f"built the other {len(arts)} article(s)", file=sys.stderr)
        return 1
    return 0


def _timed(write: Callable[[BinaryIO], None], timings: dict[str, float],
           name: str) -> Callable[[BinaryIO], None]:
    """``write``, its time added to ``timings[name]``."""
    def timed(fh: BinaryIO) -> None:
        t0 = time.perf_counter()
        write(fh)
        timings[name] = timings.get(name, 0.0) + time.perf_counter() - t0
    return timed


def _summary(quads: set[tuple[str, str, str, str]]) -> tuple[Counter, int, int, int]:
    """Entities by core class, entities the texts name, core relations, triples."""
    from kg.namespaces import CORE_CLASSES, CORE_RELATIONS, KGO

    rdf_type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    mentions = f"<{KGO.mentions}>"
    core = {f"<{KGO[r]}>" for r in CORE_RELATIONS}
    triples = {(s, p, o) for s, p, o, _ in quads}
    types = Counter(o[1:-1].split("#")[-1] for s, p, o in triples
                    if p == rdf_type and o[1:-1].split("#")[-1] in CORE_CLASSES)
    mentioned = len({o for _, p, o in triples if p == mentions})
    n_rel = sum(1 for _, p, _ in triples if p in core)
    return types, mentioned, n_rel, len(triples)


def _eval(args: argparse.Namespace) -> int:
    from kg.evaluate import evaluate_files

    for p in (args.graph, args.gold):
        if not Path(p).is_file():
            print(f"kg: error: {p}: no such file", file=sys.stderr)
            return 1
    score = evaluate_files(args.graph, args.gold, args.ontology)
    for line in score.lines():
        print(line)
    if score.missing_entities:
        print("missing_entities:", score.missing_entities)
    if score.missing_relations:
        print("missing_relations:", score.missing_relations)
    if args.show:
        print("spurious_entities:", score.spurious_entities)
        print("wrong_relations:", score.wrong_relations)
    return 0


def _error(message: object) -> int:
    print(f"kg: error: {message}", file=sys.stderr)
    return 1


def _names_a_file(text: str) -> bool:
    """Is ``text`` the path of a file? (A long one-line query is no path: the system
    refuses a name that long rather than saying no.)"""
    try:
        return Path(text).is_file()
    except OSError:
        return False


def _query(args: argparse.Namespace) -> int:
    from kg import query, store

    graphs, text = list(args.inputs), None
    if args.file:
        path = Path(args.file)
        if not path.is_file():
            return _error(f"{path}: no such file")
        text = path.read_text(encoding="utf-8")
    elif len(graphs) < 2:
        return _error("give the graph files, then the query (text, a .rq file, or -f FILE.rq)")
    else:
        text = graphs.pop()
        if text.endswith(".rq") or (len(text) < 4096 and "\n" not in text
                                    and _names_a_file(text)):
            if not _names_a_file(text):
                return _error(f"{text}: no such file")
            text = Path(text).read_text(encoding="utf-8")
    params = {}
    for item in args.param:
        name, sep, value = item.partition("=")
        if not sep:
            return _error(f"--param {item!r}: write NAME=VALUE")
        params[name.lstrip("?$")] = value
    try:
        text = query.set_params(text, params)
        st = store.load(graphs)
        outcome = query.write(query.run(st, text), args.format, sys.stdout,
                              terminal=sys.stdout.isatty())
    except (store.StoreInputError, query.QueryError) as exc:
        return _error(exc)
    except OSError as exc:  # a store or pipe failure while the results are written
        return _error(f"query: {exc}")
    if outcome.count == 0 and outcome.kind != "ASK":
        what = "no triples" if outcome.kind == "GRAPH" else "no results"
        print(f"kg query: {what}", file=sys.stderr)
    return 0


def _serve(args: argparse.Namespace) -> int:
    from kg import serve, store

    if not serve.is_loopback(args.host):
        print(f"kg serve: warning: listening on {args.host}, not only on this machine",
              file=sys.stderr)

    def announce(url: str, triples: int) -> None:
        print(f"kg serve: {triples} triples from {', '.join(args.graphs)} at {url} "
              f"(read-only, {args.timeout} s time limit); Ctrl-C stops", flush=True)

    try:
        serve.serve(args.graphs, args.host, args.port, args.timeout, announce)
    except (store.StoreInputError, serve.ServeError) as exc:
        return _error(exc)
    return 0


def _push(args: argparse.Namespace) -> int:
    from kg import push, store

    try:
        password = push.password_for(args.user, args.password)
        done = push.push(args.graphs, args.endpoint, args.graph, args.user, password,
                         args.timeout)
    except (store.StoreInputError, push.PushError) as exc:
        return _error(exc)
    print(f"kg push: replaced {done.graphs} graph(s), {done.triples} triples, "
          f"at {args.endpoint} in {done.seconds:.1f}s")
    return 0


def _html(args: argparse.Namespace) -> int:
    from kg.export import html

    if args.hops < 0:
        print("kg: error: --hops must be 0 or more", file=sys.stderr)
        return 2
    for p in args.graphs:
        if not Path(p).is_file():
            return _error(f"{p}: no such file")
    try:
        graph = html.read_graph(args.graphs)
    except (ValueError, OSError) as exc:
        return _error(exc)
    title = args.title
    if title is None:
        titles = html.article_titles(graph)
        title = titles[0] if len(titles) == 1 else f"kg: {len(titles)} articles"
    first = Path(args.graphs[0])
    try:
        center = html.find_entity(graph, args.focus) if args.focus else None
        out = Path(args.output) if args.output else first.with_name(
            f"{first.stem}-{html.slug(center)}.html" if center else f"{first.stem}.html")
        page = html.render_html(graph, title, focus=str(center) if center else None,
                                hops=args.hops)
    except (LookupError, html.GraphTooLargeError) as exc:
        return _error(f"{first}: {exc}")
    from kg.export import atomic_write

    try:
        atomic_write(out, page.encode("utf-8"))
    except OSError as exc:
        return _error(f"{exc.filename or out}: cannot write the page ({exc.strerror or exc})")
    counts = re.search(r"개체 (\d+) · 관계 (\d+)", page)
    drawn = f"{counts[1]} entities, {counts[2]} relations" if counts else "the graph"
    print(f"kg html: {drawn} from {', '.join(args.graphs)} -> {out} ({len(page) // 1024} KB)")
    return 0


def _report(graph: object, what: str) -> int:
    """Print each SHACL violation of ``graph`` on a line of stderr; 1 if there is any."""
    from kg import validate

    results = validate.validate(graph)
    violations = [v for v in results if v.severity == "Violation"]
    for v in results:
        print(f"kg: {v.severity.lower()}: {v}", file=sys.stderr)
    if violations:
        print(f"kg: {what}: {len(violations)} violation(s) of ontology/shapes.ttl",
              file=sys.stderr)
        return 1
    return 0


def _validate(args: argparse.Namespace) -> int:
    from kg import store
    from kg.export import convert

    try:
        dataset = convert.load(args.graphs)
    except store.StoreInputError as exc:
        return _error(exc)
    names = ", ".join(args.graphs)
    if _report(dataset, names) != 0:
        return 1
    print(f"kg validate: {names}: {convert.triple_count(dataset)} triples conform to "
          "ontology/shapes.ttl")
    return 0


def _export(args: argparse.Namespace) -> int:
    from kg import store
    from kg.export import atomic_write, convert

    fmt = convert.format_name(args.format) if args.format else None
    if fmt is None and not args.format:
        fmt = convert.format_name(Path(args.output).suffix.lstrip("."))
    if fmt is None:
        print(f"kg: error: unknown format {args.format or Path(args.output).suffix!r} "
              f"(one of {', '.join(convert.FORMATS)})", file=sys.stderr)
        return 2
    try:
        dataset = convert.load(args.graphs)
    except store.StoreInputError as exc:
        return _error(exc)
    data = convert.serialize(dataset, fmt)
    try:
        atomic_write(args.output, data)
    except OSError as exc:
        return _error(f"{exc.filename or args.output}: cannot write ({exc.strerror or exc})")
    print(f"kg export: {convert.triple_count(dataset)} triples from {', '.join(args.graphs)} -> "
          f"{args.output} ({fmt}, {len(data):,} bytes)")
    return 0


def parser() -> argparse.ArgumentParser:
    """The argument parser of ``kg``."""
    from kg.ingest import FILE_FACTOR, MAX_ARTICLE_BYTES
    from kg.namespaces import KGE_IRI
    from kg.query import FORMATS

    p = argparse.ArgumentParser(prog="kg", description=__doc__)
    p.add_argument("--version", action="version", version=f"kg {__version__}")
    p.add_argument("-v", "--verbose", action="count", default=0, help="log more (-vv: debug)")
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build articles into RDF and an HTML view")
    b.add_argument("inputs", nargs="*", help="files (.txt .md .html .jsonl) or folders; "
                   "none: the bundled sample article")
    b.add_argument("-o", "--output", default=DEFAULT_OUT, help="output folder (default: exports)")
    b.add_argument("--base", default=KGE_IRI, help="IRI under which entities are minted")
    b.add_argument("--formats", default=DEFAULT_FORMATS,
                   help="comma-separated: turtle, trig, nquads, nt, xml, json-ld, graphml, gexf, "
                   "html "
                   f"(default: {DEFAULT_FORMATS}); trig and nquads hold one named graph "
                   "per article")
    b.add_argument("-k", "--keep-going", action="store_true",
                   help="skip bad inputs (and bad JSON lines), build the rest, exit 1")
    b.add_argument("--max-article-mb", type=float, default=MAX_ARTICLE_BYTES / 1e6, metavar="MB",
                   help="refuse an article whose text is larger (default: %(default)g; "
                   f"a file may be {FILE_FACTOR} times that)")
    b.add_argument("-g", "--gazetteer", action="append", metavar="FILE.csv",
                   help="a user gazetteer (CSV: name,type,aliases,iri[,parent,country]); "
                   "repeatable; checked before anything is read")
    b.add_argument("--strict", action="store_true",
                   help="check the graph against ontology/shapes.ttl first; write nothing "
                   "if it fails")
    b.add_argument("-j", "--workers", type=int, metavar="N",
                   help="worker processes for the text stages (default: all cores)")
    b.add_argument("--dask", metavar="ADDRESS",
                   help="run the per-article work on a Dask cluster, e.g. tcp://host:8786")
    b.add_argument("--no-cache", action="store_true",
                   help="analyse every article again (do not read or write the cache)")
    b.add_argument("--cache-dir", metavar="DIR",
                   help="where each article's records are kept between builds "
                   "(default: $XDG_CACHE_HOME/kg or ~/.cache/kg)")
    b.add_argument("--fast-writer", choices=("auto", "yes", "no"), default="auto",
                   help="write RDF with the fast writers (Oxigraph's layout); auto: from "
                   "10,000 quads on, below that rdflib's (default: auto)")
    b.add_argument("--timings", action="store_true",
                   help="print the seconds of each stage on stderr")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    b.set_defaults(func=_build)
    e = sub.add_parser("eval", help="precision/recall/F1 of a graph against a gold JSON")
    e.add_argument("graph")
    e.add_argument("gold")
    e.add_argument("--ontology", help="ontology Turtle for rdfs:subClassOf (e.g. ontology/kg.ttl)")
    e.add_argument("--show", action="store_true", help="list spurious entities and wrong relations")
    e.set_defaults(func=_eval)
    q = sub.add_parser("query", help="run a SPARQL query over graph files (Oxigraph)",
                       description="Run a SPARQL query over RDF files of any format; the "
                       "project's prefixes (kgo:, kge:, skos:, ...) are bound.")
    q.add_argument("inputs", nargs="+", metavar="GRAPH... [QUERY]",
                   help="graph files (.ttl .trig .nq .nt .rdf .jsonld .n3), then the query "
                   "(text or a .rq file) unless -f is given")
    q.add_argument("-f", "--file", metavar="FILE.rq", help="read the query from this file")
    q.add_argument("--format", choices=FORMATS,
                   help="table (default in a terminal), csv, tsv (default otherwise), json, "
                   "xml; turtle or nt for CONSTRUCT and DESCRIBE")
    q.add_argument("-p", "--param", action="append", default=[], metavar="NAME=VALUE",
                   help="set a saved query's parameter: the values of its VALUES ?NAME {...}")
    q.set_defaults(func=_query)
    s = sub.add_parser("serve", help="a read-only SPARQL endpoint over graph files "
                       "(Oxigraph's server)")
    s.add_argument("graphs", nargs="+", metavar="GRAPH")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default: "
                   "127.0.0.1, this machine only)")
    s.add_argument("--port", type=int, default=7878, help="port (default: 7878)")
    s.add_argument("--timeout", type=int, default=30, metavar="SECONDS",
                   help="stop a query (and the sending of its results) after this long "
                   "(default: 30)")
    s.set_defaults(func=_serve)
    u = sub.add_parser("push", help="replace the graphs in a triple store (SPARQL 1.1 Graph "
                       "Store HTTP Protocol)")
    u.add_argument("graphs", nargs="+", metavar="GRAPH",
                   help="graph files; TriG or N-Quads give one named graph per article")
    u.add_argument("--endpoint", required=True, metavar="URL",
                   help="the store's Graph Store endpoint, e.g. http://127.0.0.1:7878/store")
    u.add_argument("--graph", metavar="IRI", help="the named graph for a file of triples; "
                   "for TriG or N-Quads, push only this graph")
    u.add_argument("--user")
    u.add_argument("--password", help="the login's password; better: set KG_PUSH_PASSWORD, "
                   "or be asked (in a terminal), since other users can see a command line")
    u.add_argument("--timeout", type=float, default=120.0, metavar="SECONDS",
                   help="wait this long for the store to answer each graph (default: 120)")
    u.set_defaults(func=_push)
    h = sub.add_parser("html", help="the HTML network view of graph files, or of one "
                       "entity's neighbourhood (--focus)")
    h.add_argument("graphs", nargs="+", metavar="GRAPH",
                   help="graph files kg build wrote (.ttl .trig .nq .nt .rdf .jsonld)")
    h.add_argument("-o", "--output", metavar="FILE.html",
                   help="the page (default: beside the first graph, GRAPH.html or "
                   "GRAPH-ENTITY.html with --focus)")
    h.add_argument("--focus", metavar="NAME", help="draw only this entity's neighbourhood: "
                   "an IRI or any of its names (洛阳, 뤄양, Luoyang, 낙양)")
    h.add_argument("--hops", type=int, default=2, help="how far the neighbourhood reaches "
                   "(default: 2)")
    h.add_argument("--title", help="the page's title (default: the article's title)")
    h.set_defaults(func=_html)
    x = sub.add_parser("export", help="convert graph files to another format "
                       "(RDF, JSON-LD with our context, GraphML, GEXF)",
                       description="Read RDF files of any format and write them in one "
                       "format: turtle, nt, trig, nquads (named graphs kept), jsonld "
                       "(compact, ontology/context.jsonld), rdfxml, graphml, gexf "
                       "(entities and their relations, for Gephi).")
    x.add_argument("graphs", nargs="+", metavar="GRAPH")
    x.add_argument("-o", "--output", required=True, metavar="FILE")
    x.add_argument("--format", help="turtle, nt, trig, nquads, jsonld, rdfxml, graphml, gexf "
                   "(default: by the extension of FILE)")
    x.set_defaults(func=_export)
    v = sub.add_parser("validate", help="check graph files against the SHACL shapes "
                       "(ontology/shapes.ttl); exit 1 on any violation")
    v.add_argument("graphs", nargs="+", metavar="GRAPH")
    v.set_defaults(func=_validate)
    return p


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``kg`` console script."""
    args = parser().parse_args(argv)
    level = logging.ERROR if args.verbose == 0 else logging.INFO if args.verbose == 1 \
        else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _terminated) if in_main else None
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    finally:
        if in_main:
            signal.signal(signal.SIGTERM, previous)


def _terminated(signum: int, frame: object) -> None:
    """SIGTERM unwinds like Ctrl-C, so that temporary files are removed."""
    raise KeyboardInterrupt


if __name__ == "__main__":
    sys.exit(main())
