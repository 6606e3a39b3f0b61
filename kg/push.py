"""``kg push``: graphs into a triple store with the SPARQL 1.1 Graph Store HTTP Protocol.

Each named graph of the file (one per article, and ``kge:graph/entities``) is
sent with ``PUT <endpoint>?graph=<IRI>``, which replaces that graph in the
store: pushing twice, or pushing a rebuilt article, leaves no stale or
duplicate triples. Graphs the file does not hold are left alone. The body is
N-Triples sent as ``text/turtle`` (N-Triples is Turtle), which every store that
speaks the protocol reads (Oxigraph ``/store``, Virtuoso
``/sparql-graph-crud-auth``, Fuseki ``/DATASET/data``, GraphDB
``/repositories/ID/rdf-graphs/service``, Neptune ``/sparql/gsp/``).

A login is sent as HTTP Basic or Digest, whichever the store asks for.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

import pyoxigraph as ox
import requests
from requests.auth import AuthBase, HTTPBasicAuth, HTTPDigestAuth

from kg import store

logger = logging.getLogger(__name__)

CONTENT_TYPE = "text/turtle; charset=utf-8"
DEFAULT_TIMEOUT_S = 120.0


class PushError(RuntimeError):
    """A push that did not complete; the message says why and how far it got, on one line."""


@dataclass
class Pushed:
    """What a complete push sent."""

    graphs: int
    triples: int
    seconds: float


def plan(paths: Sequence[str | os.PathLike[str]],
         graph: str | None = None) -> list[tuple[str, bytes, int]]:
    """The graphs to send: (graph IRI, N-Triples body, triple count), in order of IRI.

    A file with named graphs (TriG, N-Quads) gives each of them, or only ``graph``
    when it is given; a file of triples (Turtle, N-Triples…) needs ``graph`` to name
    where its triples go.

    Raises:
        kg.store.StoreInputError: a file cannot be loaded.
        PushError: no graph to push, or ``graph`` is not an absolute IRI or not in the file.
    """
    if graph is not None:
        try:
            ox.NamedNode(graph)
        except ValueError as exc:
            raise PushError(f"--graph {graph!r}: not an absolute IRI ({exc})") from None
    by_name = store.graphs(paths)
    files = ", ".join(str(p) for p in paths)
    named = {k.value: v for k, v in by_name.items() if k is not None}
    loose = by_name.get(None, [])
    if not named:
        if graph is None:
            raise PushError(f"{files}: holds no named graphs; name the target with --graph IRI "
                            "(or push graph.trig, which has one graph per article)")
        chosen = {graph: loose}
    elif loose:
        raise PushError(f"{files}: {len(loose)} triples are in no named graph; push a file "
                        "whose triples are all in named graphs, or a Turtle file with --graph")
    elif graph is not None:
        if graph not in named:
            raise PushError(f"{files}: has no graph <{graph}> (it has {len(named)}: "
                            f"{', '.join(sorted(named)[:3])}{', ...' if len(named) > 3 else ''})")
        chosen = {graph: named[graph]}
    else:
        chosen = named
    out = []
    for name in sorted(chosen):
        triples = chosen[name]
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
        out.append((name, body, len(triples)))
    return out


def _reason(exc: requests.RequestException) -> str:
    chain: list[BaseException] = []
    e: BaseException | None = exc
    while e is not None and len(chain) < 10:
        chain.append(e)
        e = e.__cause__ or e.__context__ or (e.args[0] if e.args and
                                             isinstance(e.args[0], BaseException) else None)
    for link in chain:
        if isinstance(link, ConnectionRefusedError):
            return "connection refused"
        text = str(link)
        if "Name or service not known" in text or "nodename nor servname" in text:
            return "unknown host"
    if isinstance(exc, requests.Timeout):
        return "no answer in time"
    return " ".join(str(exc).split())[:200]


def _message(resp: requests.Response) -> str:
    text = " ".join(resp.text.split()) if resp.text else ""
    return (text[:200] + "...") if len(text) > 200 else text


def push(paths: Sequence[str | os.PathLike[str]], endpoint: str, graph: str | None = None,
         user: str | None = None, password: str | None = None,
         timeout_s: float = DEFAULT_TIMEOUT_S,
         progress: Callable[[str, int], None] | None = None) -> Pushed:
    """Replace each graph of the files in the store at ``endpoint``; all of them, or an error.

    Raises:
        kg.store.StoreInputError: a file cannot be loaded.
        PushError: the endpoint is unreachable, refuses the login or answers with an
            error; the message tells how many graphs were replaced before.
    """
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PushError(f"--endpoint {endpoint!r}: not an http(s) URL")
    if (user is None) != (password is None):
        raise PushError("give both --user and --password, or neither")
    todo = plan(paths, graph)
    t0 = time.perf_counter()
    auth: AuthBase | None = None
    done = 0
    session = requests.Session()

    def fail(why: str) -> PushError:
        left = len(todo) - done
        where = (f"{done} of {len(todo)} graphs were replaced before, {left} were not; "
                 "push again" if done else "nothing was changed")
        return PushError(f"{endpoint}: {why}; {where}")

    with session:
        for name, body, count in todo:
            def put(a: AuthBase | None, name: str = name, body: bytes = body) -> requests.Response:
                return session.put(endpoint, params={"graph": name}, data=body, auth=a,
                                   headers={"Content-Type": CONTENT_TYPE},
                                   timeout=(10.0, timeout_s))
            try:
                resp = put(auth)
                if resp.status_code == 401 and user is not None and auth is None:
                    challenge = resp.headers.get("WWW-Authenticate", "").strip().lower()
                    auth = HTTPDigestAuth(user, password) if challenge.startswith("digest") \
                        else HTTPBasicAuth(user, password)
                    resp = put(auth)
            except requests.RequestException as exc:
                raise fail(f"cannot reach the store: {_reason(exc)}") from None
            if resp.status_code in (401, 407):
                raise fail("login refused (HTTP 401)" if user is not None else
                           "the store asks for a login (HTTP 401); give --user and --password")
            if resp.status_code == 403:
                raise fail(f"the store refused the write (HTTP 403: {_message(resp)})")
            if not 200 <= resp.status_code < 300:
                raise fail(f"the store answered HTTP {resp.status_code} for graph <{name}>: "
                           f"{_message(resp) or resp.reason}")
            done += 1
            logger.info("replaced <%s>: %d triples (HTTP %d)", name, count, resp.status_code)
            if progress:
                progress(name, count)
    return Pushed(len(todo), sum(c for _, _, c in todo), time.perf_counter() - t0)
