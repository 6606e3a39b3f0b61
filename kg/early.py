"""Kiwi loaded in a helper process while the main one starts: the cold one-article build.

Kiwi's model takes a second to load and another to build at its first analysis, and it
holds the GIL meanwhile, so a thread cannot overlap it with the imports, the gazetteer and
the reading of the articles. ``kg build`` of a few files therefore forks a helper at its
start (:func:`start`) that loads Kiwi with the user words of the built-in gazetteer and
analyses texts on request; :func:`kg.sentences.kiwi` hands out a :class:`RemoteKiwi` when
the helper is ready and agrees with this process's gazetteer, else loads Kiwi itself.
Kiwi reads the same text the same way in either process, so the files are the same bytes
(``tests/test_early_kiwi.py``). ``KG_EARLY_KIWI=0`` turns it off.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from typing import NamedTuple

logger = logging.getLogger(__name__)

ENV = "KG_EARLY_KIWI"
# fewer articles than this stay in one process (kg.parallel.MIN_PARALLEL, which the tests
# check it equals; not imported here, to keep this module light)
FEW_ARTICLES = 16
_STATE: dict[str, object] = {}


class Token(NamedTuple):
    """What kg reads of a Kiwi token."""

    form: str
    tag: str
    start: int
    len: int
    oov: bool


class Sent(NamedTuple):
    """What kg reads of one of Kiwi's sentences."""

    start: int
    end: int
    tokens: list[Token]


def _tokens(toks) -> list[Token]:  # noqa: ANN001 - list[kiwipiepy.Token]
    return [Token(t.form, t.tag, t.start, t.len, bool(getattr(t, "oov", False))) for t in toks]


def enabled() -> bool:
    """May a helper be started here (POSIX fork, not turned off)?"""
    return hasattr(os, "fork") and os.environ.get(ENV, "1") != "0"


def running() -> bool:
    """Was a helper started (and not yet taken or stopped)?"""
    return "conn" in _STATE


def start(warm: Callable[[], object] | None = None) -> bool:
    """Fork the helper that loads Kiwi (once); False when it cannot or may not run.

    Args:
        warm: first-use set-ups (never Kiwi) this process runs while it waits for the helper.
    """
    if "conn" in _STATE or not enabled():
        return "conn" in _STATE
    from kg import sentences

    if sentences.kiwi.cache_info().currsize:
        return False  # this process has its Kiwi already
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    mine, theirs = ctx.Pipe()
    proc = ctx.Process(target=_serve, args=(theirs, mine), daemon=True, name="kg-kiwi")
    proc.start()
    theirs.close()
    # the words are found here while the helper loads Kiwi's model
    words = _words()
    mine.send(words)
    _STATE.update(conn=mine, proc=proc, warm=warm, words=words[0] if words else [])
    return True


def _words() -> tuple[list[str], str] | None:
    """Kiwi's user words a previous process stored for the built-in gazetteer's prebuilt
    form, and that form's digest; None when either is not stored yet."""
    from kg.cache import _read, builder_version, cache_dir

    folder = cache_dir() / "snapshots"
    version = builder_version()
    try:
        data = (folder / f"gazetteer-{version}.pickle").read_bytes()
    except OSError:
        return None
    digest = hashlib.sha256(data).hexdigest()[:16]
    words = _read(folder / f"kiwi-words-{digest}-{version}.pickle")
    return (words, digest) if isinstance(words, list) else None


def _kiwi(words: list[str]):  # noqa: ANN202 - kiwipiepy.Kiwi
    """A Kiwi taught ``words`` as proper nouns, on the threads kg.sentences gives it."""
    from kiwipiepy import Kiwi

    kiwi = Kiwi(num_workers=int(os.environ.get("KG_KIWI_THREADS", "-1")))
    for name in words:
        kiwi.add_user_word(name, "NNP")
    return kiwi


def _answer(kiwi, op: str, text: str) -> list:  # noqa: ANN001 - kiwipiepy.Kiwi
    """Kiwi's reading of ``text``: its tokens (``tokenize``) or its sentences (``sents``)."""
    if op == "tokenize":
        return _tokens(kiwi.tokenize(text))
    return [Sent(s.start, s.end, _tokens(s.tokens))
            for s in kiwi.split_into_sents(text, return_tokens=True)]


def _serve(conn, other) -> None:  # noqa: ANN001 - multiprocessing Connections
    """The helper: load Kiwi, take the user words the starting process found, say which
    gazetteer they are of, then analyse; it ends when the starting process does (the
    pipe's other end, inherited, is closed here so that its end is seen)."""
    other.close()
    try:
        kiwi = _kiwi([])  # the model loads while the starting process finds the words
        got = conn.recv()  # the user words and their gazetteer's digest, or None
        if got is None:
            conn.send(None)
            return
        for name in got[0]:
            kiwi.add_user_word(name, "NNP")
        kiwi.tokenize("가")  # the first analysis builds the model
        conn.send(got[1])
        while True:
            conn.send(_answer(kiwi, *conn.recv()))
    except (EOFError, KeyboardInterrupt, BrokenPipeError):
        return


class RemoteKiwi:
    """The helper's Kiwi, with the two calls kg makes of it; should the helper die, a Kiwi
    of this process with the same user words takes over."""

    def __init__(self, conn, words: list[str]) -> None:  # noqa: ANN001 - Connection
        self._conn = conn
        self._words = words
        self._local = None

    def _ask(self, op: str, text: str) -> list:
        if self._local is None:
            try:
                self._conn.send((op, text))
                return self._conn.recv()
            except (EOFError, OSError):
                logger.warning("the Kiwi helper process ended; loading Kiwi here")
                self._local = _kiwi(self._words)
        return _answer(self._local, op, text)

    def tokenize(self, text: str) -> list[Token]:
        """Kiwi's tokens of ``text``."""
        return self._ask("tokenize", text)

    def split_into_sents(self, text: str, return_tokens: bool = True) -> list[Sent]:
        """Kiwi's sentences of ``text``, with their tokens."""
        return self._ask("sents", text)


def take(digest: str) -> RemoteKiwi | None:
    """The helper's Kiwi when it is running with the words of gazetteer ``digest``; else
    None (the helper, if any, is stopped and this process loads Kiwi itself)."""
    conn = _STATE.get("conn")
    if conn is None:
        return None
    warm = _STATE.pop("warm", None)
    if warm is not None and not conn.poll():
        try:
            warm()
        except Exception:  # noqa: BLE001 - a set-up done early is only done later instead
            logger.debug("early set-up failed", exc_info=True)
    try:
        theirs = conn.recv()
    except (EOFError, OSError):
        theirs = None
    if theirs and theirs == digest:
        logger.info("Kiwi from the helper process (pid %s)", _STATE["proc"].pid)
        return RemoteKiwi(conn, _STATE.get("words", []))
    logger.info("early Kiwi not used (its gazetteer %s, this process's %s)", theirs, digest)
    stop()
    return None


def stop() -> None:
    """Stop the helper, if one runs."""
    proc = _STATE.pop("proc", None)
    conn = _STATE.pop("conn", None)
    if conn is not None:
        conn.close()
    if proc is not None:
        proc.terminate()
        proc.join(5)
