"""SPARQL over the graph files with Oxigraph: run a query, write its results.

The engine is Oxigraph (pyoxigraph), chosen by ``bench/bench_sparql.py``;
rdflib's engine gives the same answers on the saved queries (a test compares
them) but is one to two orders of magnitude slower on a large graph.

* The project's prefixes (:data:`kg.namespaces.PREFIXES`) are bound; a query may
  redeclare any of them.
* ``VALUES ?name { ... }`` blocks are a saved query's parameters:
  :func:`set_params` replaces their values (``kg query --param name=哈爾濱``).
* Results are written as a table (rich; Hangul and Hanzi are two columns
  wide), the W3C SPARQL results formats (CSV, TSV, JSON, XML), or, for
  ``CONSTRUCT`` and ``DESCRIBE``, Turtle or N-Triples.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from typing import IO

import pyoxigraph as ox

from kg.namespaces import PREFIXES

#: prefix -> namespace IRI, as strings
PREFIX_IRIS: dict[str, str] = {k: str(v) for k, v in PREFIXES.items()}

RESULT_FORMATS = {
    "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
}
GRAPH_FORMATS = {"turtle": "turtle", "ttl": "turtle", "nt": "nt", "ntriples": "nt"}
FORMATS = ("table", *RESULT_FORMATS, *GRAPH_FORMATS)

_ERROR_AT = re.compile(r"error at (\d+):(\d+): ?(.*)", re.S)
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class QueryError(ValueError):
    """A query that cannot be run; the message says where and why, on one line."""


@dataclass
class Outcome:
    """What was written: the kind of query and how many rows (or triples)."""

    kind: str  # "SELECT", "ASK" or "GRAPH"
    count: int


def sparql_term(value: str) -> str:
    """A command-line value as a SPARQL term: IRIs, literals and numbers as written, else a string.

    >>> sparql_term("哈爾濱")
    '"哈爾濱"'
    >>> sparql_term('"2015-07-16"^^xsd:date'), sparql_term("<https://sws.geonames.org/2037013/>")
    ('"2015-07-16"^^xsd:date', '<https://sws.geonames.org/2037013/>')
    >>> sparql_term('say "hi"')
    '"say \\\\"hi\\\\""'
    """
    v = value.strip()
    if (v.startswith("<") and v.endswith(">")) or v.startswith('"') \
            or re.fullmatch(r"[+-]?\d+(\.\d+)?|true|false", v):
        return v
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def set_params(text: str, params: dict[str, str]) -> str:
    """Replace the values of ``VALUES ?name { ... }`` (one variable) by each parameter's.

    >>> set_params('SELECT * { VALUES ?name { "하얼빈" } ?e ?p ?name }', {"name": "哈爾濱"})
    'SELECT * { VALUES ?name { "哈爾濱" } ?e ?p ?name }'

    Raises:
        QueryError: the query has no such block for a parameter.
    """
    for name, value in params.items():
        if not _NAME.fullmatch(name):
            raise QueryError(f"parameter {name!r}: not a variable name")
        block = re.compile(r"(VALUES\s+[?$]" + name + r"\s*\{)[^{}]*(\})", re.I)
        if not block.search(text):
            raise QueryError(f"parameter {name!r}: the query has no 'VALUES ?{name} {{ ... }}'")
        term = sparql_term(value)
        text = block.sub(lambda m, t=term: f"{m.group(1)} {t} {m.group(2)}", text)
    return text


def _pyparsing_location(text: str) -> tuple[int, int] | None:
    """Where rdflib's SPARQL grammar stops: the start of the clause that does not parse.

    Oxigraph's parser reports the farthest point it reached, often the end of the
    enclosing group; rdflib's (pyparsing) names the line of the mistake.
    """
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        parseQuery(text)
    except ParseException as exc:
        return exc.lineno, exc.col
    except Exception:  # noqa: BLE001 - any other failure: no better location
        return None
    return None  # rdflib reads it: the mistake is not one of syntax (an unknown prefix...)


def _unknown_prefix(text: str) -> tuple[int, int, str] | None:
    """The first prefixed name whose prefix is neither declared nor the project's."""
    blank = re.sub(r"<[^<>\s]*>|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|#[^\n]*",
                   lambda m: " " * len(m.group(0)), text)
    declared = set(re.findall(r"PREFIX\s+([A-Za-z][\w.-]*)?:", blank, re.I)) | set(PREFIX_IRIS)
    for m in re.finditer(r"(?<![\w?$:])([A-Za-z][\w-]*):(?=[\w\\%])", blank):
        if m.group(1) not in declared:
            before = text[:m.start()]
            return before.count("\n") + 1, m.start() - (before.rfind("\n") + 1) + 1, m.group(1)
    return None


def _syntax_error(text: str, exc: SyntaxError) -> QueryError:
    msg = str(exc.args[0] if exc.args else exc)
    m = _ERROR_AT.match(msg)
    if not m:
        return QueryError(f"query: {' '.join(msg.split())}")
    line, col, why = int(m.group(1)), int(m.group(2)), " ".join(m.group(3).split())
    where = _pyparsing_location(text)
    unknown = _unknown_prefix(text)
    if unknown and ("Prefix not found" in why or where is None):
        line, col, name = unknown
        why = f"unknown prefix {name + ':'!r} (declare it with PREFIX)"
    elif where and where < (line, col):
        (line, col), why = where, "the query cannot be read from here"
    if len(why) > 160:
        why = why[:157] + "..."
    lines = text.splitlines() or [""]
    near = lines[line - 1][col - 1:].strip() if 0 < line <= len(lines) else ""
    near = near if len(near) <= 60 else near[:57] + "..."
    return QueryError(f"query syntax error at line {line}, column {col}: {why}"
                      + (f" (near {near!r})" if near else ""))


def run(store: ox.Store, text: str) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    """Run ``text`` on ``store`` with the project's prefixes bound.

    Raises:
        QueryError: a syntax error (with line and column) or an update.
    """
    if re.match(r"\s*(?:(?:PREFIX|BASE)\b[^\n]*\n\s*|#[^\n]*\n\s*)*"
                r"(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", text, re.I):
        raise QueryError("query: updates are not run by kg query (the files stay as they are)")
    try:
        return store.query(text, prefixes=PREFIX_IRIS)
    except SyntaxError as exc:
        raise _syntax_error(text, exc) from None


def short(term: object) -> str:
    """A term as a reader wants it in a table: prefixed IRIs, plain values.

    >>> short(ox.NamedNode("https://w3id.org/kg-china/id/city/2037013"))
    'kge:city/2037013'
    >>> short(ox.Literal("하얼빈", language="ko")), short(ox.Literal("5"))
    ('하얼빈 @ko', '5')
    """
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        best = max(((p, ns) for p, ns in PREFIX_IRIS.items() if term.value.startswith(ns)),
                   key=lambda pn: len(pn[1]), default=None)
        return f"{best[0]}:{term.value[len(best[1]):]}" if best else f"<{term.value}>"
    if isinstance(term, ox.Literal):
        return f"{term.value} @{term.language}" if term.language else term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def _table(variables: list[str], rows: list[list[str]], out: IO[str]) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, soft_wrap=False, highlight=False)
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, header_style="bold")
    for v in variables:
        table.add_column(v, overflow="fold")
    for row in rows:
        table.add_row(*row)
    console.print(table)
    n = len(rows)
    console.print(f"{n} row{'s' if n != 1 else ''}" if n else "no results")


def _graph_text(triples: list[ox.Triple], fmt: str) -> str:
    nt = ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.N_TRIPLES) or b""
    if fmt == "nt":
        return nt.decode("utf-8")
    from rdflib import Graph

    from kg.namespaces import bind_all

    g = bind_all(Graph())
    g.parse(data=nt.decode("utf-8"), format="nt")
    return g.serialize(format="turtle")


def write(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, fmt: str | None,
          out: IO[str], terminal: bool = False) -> Outcome:
    """Write ``result`` to ``out`` in ``fmt`` (see :data:`FORMATS`).

    With no ``fmt``: Turtle for a graph, else a table on a terminal and TSV elsewhere.

    Raises:
        QueryError: ``fmt`` does not fit the kind of result.
    """
    if fmt is None:
        fmt = "turtle" if isinstance(result, ox.QueryTriples) else "table" if terminal else "tsv"
    if isinstance(result, ox.QueryTriples):
        if fmt not in GRAPH_FORMATS and fmt != "table":
            raise QueryError(f"format {fmt!r}: a graph result is written as turtle or nt")
        triples = list(result)
        out.write(_graph_text(triples, GRAPH_FORMATS.get(fmt, "turtle")))
        return Outcome("GRAPH", len(triples))
    if fmt in GRAPH_FORMATS:
        raise QueryError(f"format {fmt!r}: only CONSTRUCT and DESCRIBE give a graph; "
                         f"use table, {', '.join(RESULT_FORMATS)}")
    if isinstance(result, ox.QueryBoolean):
        if fmt == "table":
            out.write(f"{str(bool(result)).lower()}\n")
        else:
            out.write(result.serialize(format=RESULT_FORMATS[fmt]).decode("utf-8") + "\n")
        return Outcome("ASK", 1)
    variables = [v.value for v in result.variables]
    if fmt == "table":
        rows = [[short(sol[v]) for v in variables] for sol in result]
        _table(variables, rows, out)
        return Outcome("SELECT", len(rows))
    text = result.serialize(format=RESULT_FORMATS[fmt]).decode("utf-8")
    if fmt == "csv":  # CSV results cannot be read back by Oxigraph: they lose the term types
        count = max(0, sum(1 for _ in csv.reader(io.StringIO(text, newline=""))) - 1)
    else:
        count = sum(1 for _ in ox.parse_query_results(text.encode("utf-8"),
                                                      format=RESULT_FORMATS[fmt]))
    out.write(text if text.endswith("\n") else text + "\n")
    return Outcome("SELECT", count)


def query_text(store: ox.Store, text: str, fmt: str = "tsv") -> str:
    """Run ``text`` on ``store`` and return the results as ``fmt`` text (for notebooks).

    >>> s = ox.Store()
    >>> s.add(ox.Quad(ox.NamedNode("https://w3id.org/kg-china/id/city/2037013"),
    ...               ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
    ...               ox.Literal("하얼빈", language="ko")))
    >>> print(query_text(s, "SELECT ?l WHERE { ?c rdfs:label ?l }"), end="")
    ?l
    "하얼빈"@ko
    """
    buf = io.StringIO()
    write(run(store, text), fmt, buf)
    return buf.getvalue()
