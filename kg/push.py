"""``kg push``: graphs into a triple store with the SPARQL 1.1 Graph Store HTTP Protocol.

Each named graph of the file (one per article, and ``kge:graph/entities``) is
sent with ``PUT <endpoint>?graph=<IRI>``, which replaces that graph in the
store: pushing twice, or pushing a rebuilt article, leaves no stale or
duplicate triples. Graphs the file does not hold are left alone. The body is
N-Triples sent as ``text/turtle`` (N-Triples is Turtle), which every store that
speaks the protocol reads (Oxigraph ``/store``, Virtuoso
``/sparql-graph-crud-auth``, Fuseki ``/DATASET/data``, GraphDB
``/repositories/ID/rdf-graphs/service``, Neptune ``/sparql/gsp/``).

A login is sent as HTTP Basic or Digest, whichever the store asks for, in the
``Authorization`` header only: the password is never put in a URL, and a URL
that holds one is refused; no log line or error message holds it. It comes
from ``--password``, else ``KG_PUSH_PASSWORD``, else a prompt (see
:func:`password_for`).
"""

from __future__ import annotations

import getpass
import logging
import os
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import pyoxigraph as ox
import requests
from requests.auth import AuthBase, HTTPBasicAuth, HTTPDigestAuth

from kg import store

logger = logging.getLogger(__name__)

CONTENT_TYPE = "text/turtle; charset=utf-8"
DEFAULT_TIMEOUT_S = 120.0
PASSWORD_ENV = "KG_PUSH_PASSWORD"


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


def password_for(user: str | None, password: str | None,
                 env: Mapping[str, str] | None = None,
                 prompt: Callable[[str], str] | None = None,
                 interactive: bool | None = None) -> str | None:
    """The password for ``user``: ``password``, else ``$KG_PUSH_PASSWORD``, else a prompt.

    The prompt (``getpass``, nothing echoed) is shown only when stdin is a terminal.
    Without ``user`` there is no login, and the variable is ignored.

    Raises:
        PushError: a password without a user, or a user and no way to get the password.
    """
    if user is None:
        if password is not None:
            raise PushError("--password needs --user")
        return None
    if password is not None:
        return password
    env = os.environ if env is None else env
    if env.get(PASSWORD_ENV):
        return env[PASSWORD_ENV]
    if interactive is None:
        interactive = sys.stdin is not None and sys.stdin.isatty()
    if not interactive:
        raise PushError(f"--user {user} needs a password: set {PASSWORD_ENV}, or run in a "
                        "terminal to be asked, or give --password")
    try:
        return (prompt or getpass.getpass)(f"kg push: password for {user}: ")
    except EOFError:
        raise PushError(f"--user {user}: no password given") from None


def shown_url(endpoint: str) -> str:
    """``endpoint`` as messages show it: any login in it replaced by ``***``.

    >>> shown_url("http://dba:secret@127.0.0.1:8890/store?x=1")
    'http://***@127.0.0.1:8890/store?x=1'
    """
    parts = urlsplit(endpoint)
    if "@" not in parts.netloc:
        return endpoint
    return urlunsplit(parts._replace(netloc="***@" + parts.netloc.rpartition("@")[2]))


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
    shown = shown_url(endpoint)
    secrets = [x for x in (password, urlsplit(endpoint).password) if x]
    try:
        parts = urlsplit(endpoint)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise PushError(f"--endpoint {shown!r}: not an http(s) URL") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PushError(f"--endpoint {shown!r}: not an http(s) URL")
    if "@" in parts.netloc:
        raise PushError(f"--endpoint {shown}: a login does not go in the URL; give --user, "
                        f"and the password in {PASSWORD_ENV} or at the prompt")
    if (user is None) != (password is None):
        raise PushError("give both --user and a password, or neither")
    todo = plan(paths, graph)
    t0 = time.perf_counter()
    auth: AuthBase | None = None
    done = 0
    session = requests.Session()

    def fail(why: str) -> PushError:
        left = len(todo) - done
        where = (f"{done} of {len(todo)} graphs were replaced before, {left} were not; "
                 "push again" if done else "nothing was changed")
        text = f"{shown}: {why}; {where}"
        for secret in secrets:  # a store could echo it back; it is never shown
            text = text.replace(secret, "***")
        return PushError(text)

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
                           "the store asks for a login (HTTP 401); give --user (and "
                           f"the password in {PASSWORD_ENV} or at the prompt)")
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
