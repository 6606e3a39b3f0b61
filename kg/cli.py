"""The ``kg`` command line: ``kg build``, ``kg eval``, ``kg query``."""

from __future__ import annotations

import argparse
import logging
import re
import signal
import sys
import threading
import time
from collections import Counter
from pathlib import Path

from kg import __version__

DEFAULT_OUT = "exports"
DEFAULT_FORMATS = "turtle,trig,nquads,html"


def _build(args: argparse.Namespace) -> int:
    from rdflib import RDF

    from kg.export import checkpoint, html, turtle, write_all
    from kg.graph import build_dataset, core_triples, union
    from kg.ingest import InputError, read_paths
    from kg.namespaces import CORE_CLASSES, KGO
    from kg.pipeline import process, sample_paths, user_gazetteer
    from kg.usergaz import GazetteerError

    t0 = time.perf_counter()
    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    names = {v: k for k, v in turtle.FORMATS.items()}
    unknown = [f for f in formats if f != "html" and f not in turtle.FORMATS and f not in names]
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
    corpus = process(arts, gaz)
    for art_id in corpus.without_entities:
        art = next(a for a in corpus.articles if a.id == art_id)
        print(f"kg: warning: {art.path or art.id}: no entity found in article {art.id!r}",
              file=sys.stderr)
    checkpoint("processed")
    dataset = build_dataset(corpus, args.base)
    graph = union(dataset, args.base)
    out = Path(args.output)
    files: dict[Path, bytes] = {}
    for fmt in formats:
        if fmt == "html":
            title = arts[0].title if len(arts) == 1 else f"kg: {len(arts)} articles"
            files[out / "graph.html"] = html.render_html(graph, title=title).encode("utf-8")
        else:
            name = fmt if fmt in turtle.FORMATS else names[fmt]
            source = dataset if name in turtle.QUAD_FORMATS else graph
            files[out / f"graph.{turtle.FORMATS[name]}"] = turtle.serialize(source, name)
    checkpoint("serialised")
    try:
        written = write_all(files)
    except OSError as exc:
        print(f"kg: error: {exc.filename or out}: cannot write the outputs "
              f"({exc.strerror or exc}); nothing replaced", file=sys.stderr)
        return 1
    types = Counter(
        str(c).split("#")[-1] for _, c in graph.subject_objects(RDF.type)
        if str(c).split("#")[-1] in CORE_CLASSES
    )
    mentioned = set(graph.objects(None, KGO.mentions))
    by_type = ", ".join(f"{t} {n}" for t, n in sorted(types.items()))
    n_rel = sum(1 for _ in core_triples(graph))
    print(f"{len(arts)} article(s): {sum(types.values())} entities "
          f"({len(mentioned)} named in the text; {by_type}), {n_rel} relations, "
          f"{len(corpus.facts)} facts, {len(graph)} triples in {time.perf_counter() - t0:.1f}s "
          f"-> {', '.join(str(p) for p in written)}")
    if faults:
        print(f"kg: {len(faults)} input fault(s) skipped (--keep-going); "
              f"built the other {len(arts)} article(s)", file=sys.stderr)
        return 1
    return 0


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


def _query(args: argparse.Namespace) -> int:
    from kg.evaluate import load_graph

    text = Path(args.query).read_text(encoding="utf-8") if Path(args.query).is_file() \
        else args.query
    graph = load_graph(args.graph)
    result = graph.query(text)
    if result.type == "ASK":
        print(bool(result.askAnswer))
        return 0
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        sys.stdout.write(result.serialize(format="turtle").decode("utf-8"))
        return 0
    print("\t".join(str(v) for v in result.vars))
    for row in result:
        print("\t".join("" if v is None else str(v) for v in row))
    return 0


def parser() -> argparse.ArgumentParser:
    """The argument parser of ``kg``."""
    from kg.ingest import FILE_FACTOR, MAX_ARTICLE_BYTES
    from kg.namespaces import KGE_IRI

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
                   help="comma-separated: turtle, trig, nquads, nt, xml, json-ld, html "
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
    b.set_defaults(func=_build)
    e = sub.add_parser("eval", help="precision/recall/F1 of a graph against a gold JSON")
    e.add_argument("graph")
    e.add_argument("gold")
    e.add_argument("--ontology", help="ontology Turtle for rdfs:subClassOf (e.g. ontology/kg.ttl)")
    e.add_argument("--show", action="store_true", help="list spurious entities and wrong relations")
    e.set_defaults(func=_eval)
    q = sub.add_parser("query", help="run a SPARQL query (text or file) over a graph file")
    q.add_argument("graph")
    q.add_argument("query")
    q.set_defaults(func=_query)
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
